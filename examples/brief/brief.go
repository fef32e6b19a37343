package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/explain"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
)

// Page is everything the brief shows, in the order it shows it. Every
// string is plain text; the template escapes it.
type Page struct {
	// At is the month the clashes and the answers to the options are
	// judged at (Present).
	At       string
	Sources  []Source
	Verdicts []VerdictLegend
	Kinds    []KindTable
	Ranking  []RankRow
	Levels   []VerdictLegend
	Clashes  ClashView
	Options  []OptionView
	Answers  AnswerMatrix
	Zones    []ZoneView
}

// Cite is one citation: the document it names, the short label of that
// document and the anchor phrase.
type Cite struct {
	Doc, Label, Anchor string
}

// Claim is a sentence of the brief and the citations that support it.
type Claim struct {
	Text  string
	Cites []Cite
	// Unsourced marks a statement that carries no citation by design
	// (a computed fact, not a coded one); any other claim without a
	// citation shows "(no citation)".
	Unsourced bool
}

// Source is one entry of the sources section.
type Source struct {
	ID, Label, Title, Author, Publisher, Kind, Written, WrittenNote, Summary string
	Untitled                                                                 bool
	Words                                                                    int
}

// VerdictLegend names one value of a scale and says what it means.
type VerdictLegend struct {
	Key, Label, Doc string
}

// KindTable is the verdict table of one status kind: a row per activity
// the rulebook judges for it, a column per context.
type KindTable struct {
	Key, Name, Doc string
	Contexts       []string
	// Unbound says, once for the table, why the status says nothing in a
	// context it does not bind in; the cells of that context point here.
	Unbound []UnboundNote
	Rows    []VerdictRow
}

// UnboundNote is why a status kind says nothing in one context.
type UnboundNote struct {
	Context string
	Reason  Claim
}

// VerdictRow is one activity's verdicts under a status kind.
type VerdictRow struct {
	Key           string // the activity's wire name
	Activity, Doc string
	Cells         []VerdictCell
}

// VerdictCell is one ruling. Span is 2 when one rule decides both
// contexts; Missing marks a context the rulebook has no rule for.
type VerdictCell struct {
	Span      int
	Missing   bool
	Verdict   string // wire name, for the CSS class
	Label     string
	Condition string
	Reason    Claim
	Inherited string // the kind whose rule decides, when not the row's own
	Sides     []SideView
	// Unbound marks a not-applicable ruling because the status does not
	// bind in the context; the reason is given once, above the table.
	Unbound bool
}

// SideView is one side of a contested rule.
type SideView struct {
	Doctrine, Verdict, Label, Condition string
	Reason                              Claim
}

// RankRow is one instrument of the guarantee ranking.
type RankRow struct {
	Rank                             int
	ID, Title, Stage, Level, Binding string
	Score                            int
	Summary                          Claim
	Findings                         []FindingView
}

// FindingView is one deciding finding of an assessment.
type FindingView struct {
	Kind, Effect string
	Weight       string // signed: "+3", "−2"
	Claim        Claim
}

// ClashView is the red-line clash matrix and the clashes behind it.
type ClashView struct {
	Actors []string
	Counts [][]int
	List   []ClashItem
}

// ClashItem is one clash: two actors on one issue, with the positions of
// each.
type ClashItem struct {
	A, B, Issue string
	APos, BPos  []Claim
}

// OptionView is one settlement option with every actor's stand on it.
type OptionView struct {
	ID, Name, Stage, Modality, ProposedBy, Date string
	Summary                                     Claim
	Stands                                      []StandView
	Law                                         []Ref
	Guarantees                                  []Ref
}

// Ref is a computed statement and the place in the brief it rests on
// ("#kind-neutralisation", "#inst-budapest-memorandum"); Href may be "".
type Ref struct {
	Text, Href string
}

// StandView is one actor's predicted answer and the reasons that decide it.
type StandView struct {
	Actor, Answer string
	Reasons       []Claim
}

// AnswerMatrix is every actor's answer to every option: Rows[i][j] is
// the answer of Actors[i] to Options[j] ("" for no position).
type AnswerMatrix struct {
	Options []OptionHeader
	Actors  []string
	Rows    [][]string
}

// OptionHeader is a column of the answer matrix.
type OptionHeader struct {
	ID, Name string
}

// ZoneView is one search for the zone of possible agreement.
type ZoneView struct {
	Title                               string
	Space, Examined, Pruned, Acceptable string // counts, with thousands separators
	Package                             []Claim
	Stands                              []string
	Blocking                            []Claim
	Nearest                             []Claim
	NearestBy                           string
	NearestCut                          int
}

// zoneQueries are the searches the brief reports: who must not reject,
// with the positions held in which year.
var zoneQueries = []struct {
	year     int
	required []string
}{
	{2022, []string{"ukraine", "russia"}},
	{2025, []string{"ukraine", "russia"}},
	{2025, []string{"ukraine", "united-states", "european-states"}},
}

// Present is the month the brief judges the red-line clashes and the
// settlement options at: the latest month the articles describe (the
// HIIA analysis is dated October 2025 or later). Positions held only
// before it, such as Ukraine's offers at Istanbul in 2022, do not count,
// and an actor is never set against a position of its own from another
// year. The zone of agreement is searched at 2022 and 2025 as well.
var Present = accord.MustParseDate("2025-10")

// build gathers the page from the corpus through the library's queries:
// the rulebook for the verdicts, RankInstruments for the ranking, the
// clash matrix, and Evaluate and Search for the settlement options.
func build(c *corpus.Corpus) (Page, error) {
	p := Page{At: Present.String()}
	b := builder{c: c, labels: map[string]string{}}
	for d := range c.Documents() {
		s := Source{ID: d.ID, Label: docLabel(d), Title: d.Title, Untitled: d.Untitled, Author: d.Author,
			Publisher: d.Publisher, Kind: human(d.Kind.String()), WrittenNote: d.WrittenNote,
			Summary: d.Summary, Words: d.Words}
		s.Written = writtenText(d.Written)
		b.labels[d.ID] = s.Label
		p.Sources = append(p.Sources, s)
	}
	var errs []error
	var err error
	for _, v := range neutrality.Verdicts() {
		p.Verdicts = append(p.Verdicts, VerdictLegend{Key: v.String(), Label: v.String(), Doc: v.Doc()})
	}
	if p.Kinds, err = b.verdicts(); err != nil {
		errs = append(errs, err)
	}
	for _, l := range guarantees.Levels() {
		p.Levels = append(p.Levels, VerdictLegend{Key: l.String(), Label: l.String(), Doc: l.Doc()})
	}
	p.Ranking = b.ranking()
	p.Clashes = b.clashes()
	if p.Options, p.Answers, err = b.options(); err != nil {
		errs = append(errs, err)
	}
	if p.Zones, err = b.zones(); err != nil {
		errs = append(errs, err)
	}
	return p, errors.Join(errs...)
}

// builder turns the library's answers into the page's plain values.
type builder struct {
	c      *corpus.Corpus
	labels map[string]string // document id → short label
}

// cites converts citations, keeping their order.
func (b builder) cites(cs []accord.Citation) []Cite {
	out := make([]Cite, 0, len(cs))
	for _, c := range cs {
		out = append(out, Cite{Doc: c.Doc, Label: cmp.Or(b.labels[c.Doc], c.Doc), Anchor: c.Anchor})
	}
	return out
}

// verdicts checks every status kind, activity and context against the
// rulebook, as the computed export's verdict table does, and lays the
// rulings out one table per kind.
func (b builder) verdicts() ([]KindTable, error) {
	rb := b.c.Rulebook()
	var out []KindTable
	for _, k := range neutrality.Kinds() {
		t := KindTable{Key: k.String(), Name: human(k.String()), Doc: sentence(k.Doc())}
		for _, ctx := range neutrality.Contexts() {
			t.Contexts = append(t.Contexts, human(ctx.String()))
		}
		for _, a := range neutrality.Activities() {
			var rulings []neutrality.Ruling
			var found bool
			for _, ctx := range neutrality.Contexts() {
				r, err := rb.Check(neutrality.Status{Kind: k}, a, neutrality.Options{Context: ctx})
				switch {
				case errors.Is(err, neutrality.ErrNoRule):
				case err != nil:
					return nil, fmt.Errorf("checking %s against %s: %w", a, k, err)
				default:
					found = true
				}
				rulings = append(rulings, r) // the zero Ruling for no rule
			}
			if !found {
				continue
			}
			for i, ctx := range neutrality.Contexts() {
				r := rulings[i]
				if r.Verdict == neutrality.NotApplicable && r.RuleID() == "" && !hasNote(t.Unbound, words(ctx.String())) {
					t.Unbound = append(t.Unbound, UnboundNote{Context: words(ctx.String()),
						Reason: Claim{Text: r.Reason, Cites: b.cites(r.Evidence())}})
				}
			}
			row := VerdictRow{Key: a.String(), Activity: human(a.String()), Doc: sentence(a.Doc())}
			if sameRuling(rulings) {
				cell := b.cell(k, rulings[0])
				cell.Span = len(rulings)
				row.Cells = []VerdictCell{cell}
			} else {
				for _, r := range rulings {
					row.Cells = append(row.Cells, b.cell(k, r))
				}
			}
			t.Rows = append(t.Rows, row)
		}
		if len(t.Rows) > 0 {
			out = append(out, t)
		}
	}
	return out, nil
}

// hasNote reports whether notes has one for context.
func hasNote(notes []UnboundNote, context string) bool {
	return slices.ContainsFunc(notes, func(n UnboundNote) bool { return n.Context == context })
}

// sameRuling reports whether every context has the same ruling from the
// same rule, so that one cell can span them.
func sameRuling(rs []neutrality.Ruling) bool {
	for _, r := range rs[1:] {
		if !r.Verdict.IsValid() || r.RuleID() != rs[0].RuleID() || r.Verdict != rs[0].Verdict ||
			r.Reason != rs[0].Reason || r.Condition != rs[0].Condition {
			return false
		}
	}
	return rs[0].Verdict.IsValid()
}

// cell renders one ruling for kind k.
func (b builder) cell(k neutrality.Kind, r neutrality.Ruling) VerdictCell {
	if !r.Verdict.IsValid() {
		return VerdictCell{Span: 1, Missing: true}
	}
	cell := VerdictCell{Span: 1, Verdict: r.Verdict.String(), Label: r.Verdict.String(), Condition: r.Condition,
		Reason: Claim{Text: r.Reason, Cites: b.cites(r.Evidence())}}
	if r.Verdict == neutrality.NotApplicable && r.RuleID() == "" {
		cell.Unbound, cell.Reason = true, Claim{}
	}
	if rule, ok := r.Rule(); ok && rule.Status != k {
		cell.Inherited = human(rule.Status.String())
	}
	rb := b.c.Rulebook()
	for _, s := range r.Sides() {
		name := s.Doctrine
		if d, ok := rb.Doctrine(s.Doctrine); ok {
			name = d.Name
		}
		cell.Sides = append(cell.Sides, SideView{Doctrine: name, Verdict: s.Verdict.String(), Label: s.Verdict.String(),
			Condition: s.Condition, Reason: Claim{Text: s.Reason, Cites: b.cites(s.Evidence)}})
	}
	return cell
}

// ranking is the instruments' ranking in the situation the corpus
// records, with each one's deciding findings.
func (b builder) ranking() []RankRow {
	var out []RankRow
	for i, r := range b.c.RankInstruments(b.c.GuaranteeSituation()) {
		in, a := r.Instrument, r.Assessment
		row := RankRow{Rank: i + 1, ID: in.ID, Title: in.Title(), Stage: words(in.Stage.String()),
			Binding: words(in.Binding.String()), Score: a.Score, Level: a.Level.String(),
			Summary: Claim{Text: in.Summary, Cites: b.cites(in.Evidence)}}
		for _, f := range a.Deciding(3) {
			row.Findings = append(row.Findings, FindingView{Kind: human(f.Kind.String()), Effect: f.Effect().String(),
				Weight: signed(f.Weight()), Claim: Claim{Text: f.Explanation(), Cites: b.cites(f.Evidence())}})
		}
		out = append(out, row)
	}
	return out
}

// clashes is the red-line clash matrix at Present.
func (b builder) clashes() ClashView {
	reg, iss := b.c.Actors(), b.c.Issues()
	m := b.c.Positions().ClashMatrix(Present)
	v := ClashView{Counts: m.Counts}
	for _, a := range m.Actors {
		v.Actors = append(v.Actors, reg.Name(a))
	}
	for _, r := range m.Clashes() {
		v.List = append(v.List, ClashItem{A: reg.Name(r.A), B: reg.Name(r.B), Issue: iss.Name(r.Issue),
			APos: b.positions(r.APositions()), BPos: b.positions(r.BPositions())})
	}
	return v
}

// positions states each position with its citations.
func (b builder) positions(ps []actors.Position) []Claim {
	var out []Claim
	for _, p := range ps {
		text := p.Summary
		if h := heldText(p.Period); h != "" {
			text += " (" + h + ")"
		}
		out = append(out, Claim{Text: text, Cites: b.cites(p.Evidence)})
	}
	return out
}

// options evaluates every settlement option against every actor with a
// position on an issue it touches, with the positions held at Present.
func (b builder) options() ([]OptionView, AnswerMatrix, error) {
	reg := b.c.Actors()
	var views []OptionView
	var m AnswerMatrix
	answers := map[string]map[string]string{} // actor name → option id → answer
	for s := range b.c.Settlements() {
		ev, err := settlement.Evaluate(s, b.c, settlement.Options{At: Present})
		if err != nil {
			return nil, m, fmt.Errorf("evaluating %s: %w", s.ID, err)
		}
		v := OptionView{ID: s.ID, Name: s.Name, Stage: human(s.Stage.String()), Modality: words(s.Modality.String()),
			Summary: Claim{Text: s.Summary, Cites: b.cites(s.Evidence)}}
		var by []string
		for _, a := range s.ProposedBy {
			by = append(by, reg.Name(a))
		}
		v.ProposedBy = strings.Join(by, ", ")
		if s.Date.IsValid() {
			v.Date = s.Date.String()
		}
		for _, st := range ev.Stands {
			sv := StandView{Actor: reg.Name(st.Actor), Answer: st.Answer.String()}
			for _, r := range st.Deciding {
				sv.Reasons = append(sv.Reasons, Claim{Text: explain.Reason(b.c, r), Cites: b.cites(r.Evidence())})
			}
			v.Stands = append(v.Stands, sv)
			if answers[sv.Actor] == nil {
				answers[sv.Actor] = map[string]string{}
			}
			answers[sv.Actor][s.ID] = sv.Answer
		}
		if n := ev.Neutrality; n != nil {
			for _, f := range n.Report.Rulings {
				v.Law = append(v.Law, Ref{Text: fmt.Sprintf("as %s, %s: %s",
					lowerFirst(human(n.Status.Kind.String())), lowerFirst(human(f.Activity.String())), f.Verdict),
					Href: "#kind-" + n.Status.Kind.String()})
			}
		}
		for _, g := range ev.Guarantees {
			ref := Ref{Text: g.Title}
			if in, ok := b.c.Instrument(g.Instrument); ok {
				ref.Href = "#inst-" + in.ID
				for _, id := range g.Adopted {
					ref.Text += revisionText(b, in, id)
				}
			}
			ref.Text += fmt.Sprintf(": %s (score %d)", g.Assessment.Level, g.Assessment.Score)
			v.Guarantees = append(v.Guarantees, ref)
		}
		views = append(views, v)
		m.Options = append(m.Options, OptionHeader{ID: s.ID, Name: s.Name})
	}
	for a := range answers {
		m.Actors = append(m.Actors, a)
	}
	coll := collate.New(language.English, collate.Loose)
	slices.SortFunc(m.Actors, coll.CompareString)
	for _, a := range m.Actors {
		row := make([]string, len(m.Options))
		for j, o := range m.Options {
			row[j] = answers[a][o.ID]
		}
		m.Rows = append(m.Rows, row)
	}
	return views, m, nil
}

// zones searches the space the options' components span for packages the
// required actors do not reject.
func (b builder) zones() ([]ZoneView, error) {
	reg := b.c.Actors()
	sp, err := b.c.SettlementSpace()
	if err != nil {
		return nil, err
	}
	var out []ZoneView
	for _, q := range zoneQueries {
		opts := settlement.SearchOptions{Options: settlement.Options{At: accord.YearOf(q.year)}, Required: q.required, Keep: 1}
		z, err := settlement.Search(context.Background(), sp, b.c, opts)
		if err != nil {
			return nil, err
		}
		var names []string
		for _, a := range q.required {
			names = append(names, reg.Name(a))
		}
		v := ZoneView{Title: fmt.Sprintf("%s, positions held in %d", joinAnd(names), q.year),
			Space: num.Sprint(z.Space), Examined: num.Sprint(z.Examined), Pruned: num.Sprint(z.Pruned)}
		if z.Acceptable > 0 {
			v.Acceptable = num.Sprint(z.Acceptable)
		}
		if len(z.Packages) > 0 {
			v.Package = b.packageTerms(z.Packages[0].Settlement)
			for _, st := range z.Packages[0].Stands {
				v.Stands = append(v.Stands, reg.Name(st.Actor)+": "+st.Answer.String())
			}
		}
		for _, bl := range z.Blocking {
			var cs []accord.Citation
			for _, pos := range bl.Positions {
				cs = append(cs, pos.Evidence...)
			}
			v.Blocking = append(v.Blocking, Claim{Text: b.redLineText(bl.RedLine), Cites: b.cites(cs)})
		}
		if nz := z.Nearest; len(nz.Packages) > 0 {
			v.NearestCut = nz.Cost
			v.Nearest = b.packageTerms(nz.Packages[0].Settlement)
			var lines []string
			for _, rl := range nz.RedLines[0] {
				lines = append(lines, b.redLineText(rl))
			}
			v.NearestBy = joinAnd(lines)
		}
		out = append(out, v)
	}
	return out, nil
}

// redLineText says which way an actor's red line runs.
func (b builder) redLineText(rl settlement.RedLine) string {
	dir := "rules out"
	if rl.Direction > 0 {
		dir = "insists on"
	}
	return fmt.Sprintf("%s %s “%s”", b.c.Actors().Name(rl.Actor), dir, b.c.Issues().Name(rl.Issue))
}

// num prints counts with thousands separators.
var num = message.NewPrinter(language.English)

// packageTerms states a package's components in words, each with the
// citations of the option it comes from.
func (b builder) packageTerms(s settlement.Settlement) []Claim {
	reg := b.c.Actors()
	names := func(ids []string) string {
		var out []string
		for _, id := range ids {
			out = append(out, reg.Name(id))
		}
		return joinAnd(out)
	}
	var out []Claim
	if st := s.Status; !st.IsZero() {
		text := "Status: " + strings.ToLower(human(st.Kind.String()))
		if st.Armament.IsValid() {
			text += ", " + st.Armament.String()
		}
		if len(st.GuaranteedBy) > 0 {
			text += ", guaranteed by " + names(st.GuaranteedBy)
		}
		out = append(out, Claim{Text: text, Cites: b.cites(st.Evidence)})
	}
	for _, g := range s.Guarantees {
		text := "Guarantee: " + g.Ref()
		if in, ok := b.c.Instrument(g.Instrument); ok {
			text = "Guarantee: " + in.Title()
			for _, id := range g.Adopt {
				text += revisionText(b, in, id)
			}
		} else if g.Inline != nil {
			text = "Guarantee: " + g.Inline.Title()
		}
		out = append(out, Claim{Text: text, Cites: b.cites(g.Evidence)})
	}
	if f := s.Forces; !f.IsZero() {
		text := "Armed forces: " + words(f.Limits.String())
		var caps []string
		for _, c := range f.Caps {
			caps = append(caps, num.Sprintf("%v %s at most", c.AtMost, c.Unit))
		}
		if len(caps) > 0 {
			text += " (" + strings.Join(caps, ", ") + ")"
		}
		out = append(out, Claim{Text: text, Cites: b.cites(f.Evidence)})
	}
	if pr := s.Presence; !pr.IsZero() {
		var parts []string
		for _, d := range pr.Deployments {
			part := human(d.Kind.String())
			if len(d.Contributors) > 0 {
				part += " from " + names(d.Contributors)
			}
			parts = append(parts, part)
		}
		for _, k := range pr.Excludes {
			parts = append(parts, "no "+strings.ToLower(human(k.String())))
		}
		out = append(out, Claim{Text: "Foreign presence: " + strings.Join(parts, "; "), Cites: b.cites(pr.Evidence)})
	}
	for _, t := range s.Territory {
		text := "Territory: " + human(t.Region) + ", " + words(t.Treatment.String())
		switch {
		case t.YearsMax > 0:
			text += fmt.Sprintf(" (talks for %d to %d years)", t.YearsMin, t.YearsMax)
		case t.YearsMin > 0:
			text += fmt.Sprintf(" (talks for %d years)", t.YearsMin)
		}
		out = append(out, Claim{Text: text, Cites: b.cites(t.Evidence)})
	}
	if s.Sequencing.IsValid() {
		// The sequencing is an enum of the package with no citation of its own.
		out = append(out, Claim{Text: "Sequencing: " + words(s.Sequencing.String()), Unsourced: true})
	}
	return out
}

// revisionText says whose revision of the instrument a package adopts.
func revisionText(b builder, in guarantees.Instrument, id string) string {
	for _, cl := range in.Clauses {
		if r, ok := cl.Revision(id); ok {
			var by []string
			for _, a := range r.By {
				by = append(by, b.c.Actors().Name(a))
			}
			return ", with " + joinAnd(by) + "'s revision of " + cmp.Or(cl.Label, cl.ID)
		}
	}
	return ", with revision " + id
}

// heldText says in words when a position was held, keeping apart the
// three ways a period can stay open: "from 2014; still held", "from 2014;
// the article does not say whether it still holds", "from 2014; since
// ended, on a date the article does not give".
func heldText(p accord.Period) string {
	from := ""
	if p.From.IsValid() {
		from = "from " + p.From.String()
	}
	join := func(a, b string) string {
		if a == "" {
			return b
		}
		return a + "; " + b
	}
	switch {
	case p.IsZero():
		return ""
	case p.End == accord.StillHolds:
		return join(from, "still held")
	case p.End == accord.EndNotStated:
		return join(from, "the article does not say whether it still holds")
	case p.End == accord.EndedUndated:
		return join(from, "since ended, on a date the article does not give")
	case p.From == p.To:
		return p.From.String()
	case !p.To.IsValid():
		return from
	case !p.From.IsValid():
		return "until " + p.To.String()
	}
	return p.From.String() + " to " + p.To.String()
}

// writtenText says when an article was written, in words around the
// dates the registry codes.
func writtenText(p accord.Period) string {
	switch {
	case p.IsZero():
		return "not stated"
	case p.From == p.To:
		return p.From.String()
	case !p.To.IsValid():
		return p.From.String() + " or later"
	case !p.From.IsValid():
		return p.To.String() + " or earlier"
	}
	return "between " + p.From.String() + " and " + p.To.String()
}

// docLabel is the short name a citation shows for a document: its
// publisher, else its author, else its kind.
func docLabel(d corpus.Document) string {
	return cmp.Or(d.Publisher, d.Author, human(d.Kind.String()))
}

// acronyms are the words human writes in capitals.
var acronyms = map[string]string{"eu": "EU", "nato": "NATO", "un": "UN", "us": "US"}

// human turns a wire name ("eu-membership") into words ("EU membership").
func human(name string) string {
	var b strings.Builder
	prev := ""
	for i, w := range strings.Split(name, "-") {
		if a, ok := acronyms[w]; ok {
			w = a
		}
		if i > 0 {
			if prev == "non" {
				b.WriteByte('-') // non-alignment keeps its hyphen
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
		prev = w
	}
	s := b.String()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// sentence starts s with a capital and ends it with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// lowerFirst lower-cases the first letter of s unless it begins an
// acronym ("EU membership" stays).
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// signed writes n with its sign, a true minus for negatives.
func signed(n int) string {
	return strings.Replace(fmt.Sprintf("%+d", n), "-", "−", 1)
}

// words turns a wire name into lower-case words ("in-force" → "in force").
func words(name string) string { return strings.ReplaceAll(name, "-", " ") }

// joinAnd joins "a", "a and b", "a, b and c".
func joinAnd(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
