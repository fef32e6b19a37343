package chart

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/neutrality"
)

// PostureStates returns the actor ids of the states the posture timeline
// shows first, in order: Ukraine, then the European states whose
// neutrality the articles hold up as precedents or contrasts.
func PostureStates() []string {
	return []string{"ukraine", "sweden", "finland", "switzerland", "belgium", "austria"}
}

// kindStyle gives each kind of status its name, abbreviation and colour:
// the neutral kinds yellow, blues and purple (darker the more binding),
// non-alignment green, the alliance kinds orange and vermillion.
func kindStyle(k neutrality.Kind) (name, short string, color Color) {
	switch k {
	case neutrality.NeutralInWar:
		return "neutral in a war", "NW", Yellow
	case neutrality.NeutralityPolicy:
		return "neutrality policy", "NP", SkyBlue
	case neutrality.PermanentNeutrality:
		return "permanent neutrality", "PN", Blue
	case neutrality.Neutralisation:
		return "neutralisation", "NEU", ReddishPurple
	case neutrality.NonAlignment:
		return "non-alignment", "NA", BluishGreen
	case neutrality.AllianceAspirant:
		return "alliance aspirant", "AA", Orange
	case neutrality.AllianceMember:
		return "alliance member", "AM", Vermillion
	}
	return k.String(), k.String(), Black
}

// sourceTag names a document briefly, for labels: its publisher, or else
// its kind ("news report").
func sourceTag(c *corpus.Corpus, doc string) string {
	d, ok := c.Document(doc)
	switch {
	case !ok:
		return doc
	case d.Publisher != "":
		return d.Publisher
	}
	return words(d.Kind.String())
}

// asOf returns the latest year the corpus speaks of: when its newest
// article was written. The posture timeline ends there ("today").
func asOf(c *corpus.Corpus) accord.Date {
	var last accord.Date
	for d := range c.Documents() {
		for _, e := range []accord.Date{d.Written.From, d.Written.To} {
			if e.IsValid() && e.Compare(last) > 0 {
				last = e
			}
		}
	}
	if !last.IsValid() {
		return last
	}
	return accord.YearOf(last.Year())
}

// PostureTimeline builds the posture timeline from the corpus's coded
// neutrality statuses: one row per state, each status in force as a band
// labelled with its kind and the article that describes it, and the dated
// events of each status (violations, abandonment, guarantees honoured or
// not) as numbered markers. Where articles describe the same years
// differently their bands sit in separate lanes of the row. Proposed
// statuses (the Istanbul neutralisation) are never drawn as facts: they
// are listed, with everything the sources give no date for, under the
// chart. Every band and event carries its citations in its tooltip.
//
// With no states given, the rows are [PostureStates] followed by every
// other state with a coded status, by name. The axis runs from the first
// coded year to the year the newest article was written, with the years
// since 1990 given more room.
func PostureTimeline(c *corpus.Corpus, states ...string) (Timeline, error) {
	reg := c.Actors()
	if reg == nil {
		return Timeline{}, fmt.Errorf("%w: the corpus has no actors", ErrInput)
	}
	title := "Neutral, non-aligned or allied: Ukraine and the states the articles compare it with, over time"
	if len(states) > 0 {
		title = "Neutral, non-aligned or allied: " + joinNames(actorNames(reg, states)) + " over time"
	}
	if len(states) == 0 {
		states = PostureStates()
		var rest []string
		for s := range c.NeutralityStatuses() {
			if !slices.Contains(states, s.Status.State) && !slices.Contains(rest, s.Status.State) {
				rest = append(rest, s.Status.State)
			}
		}
		col := collate.New(language.English)
		slices.SortFunc(rest, func(a, b string) int { return col.CompareString(reg.Name(a), reg.Name(b)) })
		states = append(slices.Clone(states), rest...)
	}
	t := Timeline{
		Title: title,
		Desc: "Each row is a state; each band a status it held, as one article describes it, labelled with its kind and that " +
			"article. Bands stacked in one row are articles that describe the same years differently. A band runs to the " +
			"present (arrow) only where its article says the status still holds; one that ended on a date the article does " +
			"not give stops at a torn edge, and one whose end the article does not state fades into a dashed outline. " +
			"Numbered markers are the dated events that tested or ended a status; they are listed under the chart.",
		Note: "Source: the accord corpus, neutrality statuses coded from the source articles; every band, event and listed item " +
			"cites its article and phrase in its tooltip. Proposals are listed, never drawn as statuses in force.",
	}
	first := accord.Date{}
	see := func(d accord.Date) {
		if d.IsValid() && (!first.IsValid() || d.Compare(first) < 0) {
			first = d
		}
	}
	for _, state := range states {
		if !reg.Has(state) {
			return Timeline{}, fmt.Errorf("%w: no actor %q in the corpus", ErrInput, state)
		}
		name := reg.Name(state)
		row := TimelineRow{Label: name}
		statuses, err := c.NeutralityStatusesOf(state)
		if err != nil {
			return Timeline{}, fmt.Errorf("%w: %w", ErrInput, err)
		}
		for _, ss := range statuses {
			st := ss.Status
			src := sourceTag(c, ss.Document)
			kind, short, _ := kindStyle(st.Kind)
			tip := statusTip(name, st, src)
			switch {
			case st.Stage != neutrality.InForce:
				t.Undated = append(t.Undated, Aside{Row: name, Label: kind + ", " + words(st.Stage.String()) + ", never in force (per " + src + ")", Tooltip: tip})
				continue
			case st.Period.From.IsValid() || st.Period.To.IsValid() || st.Period.Holds():
				row.Bands = append(row.Bands, Band{From: st.Period.From, To: st.Period.To, End: st.Period.End, Category: st.Kind.String(),
					Label: kind + " · " + src, Short: short + " · " + src, Tooltip: tip})
				see(st.Period.From)
				see(st.Period.To)
			default:
				when := "undated"
				if st.Ended() {
					when = "undated; ended, date not stated"
				}
				t.Undated = append(t.Undated, Aside{Row: name, Label: kind + " (" + when + ", per " + src + ")", Tooltip: tip})
			}
			for _, e := range st.Events {
				label := kind + " " + eventWords(e.Kind)
				if len(e.By) > 0 {
					label += " by " + strings.Join(actorNames(reg, e.By), ", ")
				}
				label += " (per " + src + ")"
				undated := strings.TrimSuffix(label, ")") + "; undated)"
				etip := name + ": " + label
				if e.Note != "" {
					etip += "\n" + e.Note
				}
				etip += "\n" + citeText(e.Evidence)
				at := e.Date
				if !at.IsValid() && e.Kind.Ends() && st.Period.To.IsValid() {
					at = st.Period.To // an ending is dated by the status's end
				}
				switch {
				case at.IsValid():
					row.Markers = append(row.Markers, Marker{At: at, Label: label, Tooltip: etip})
					see(at)
				case e.Kind != neutrality.Held:
					t.Undated = append(t.Undated, Aside{Row: name, Label: undated, Tooltip: etip})
				}
			}
		}
		switch {
		case len(row.Bands) > 0 || len(row.Markers) > 0:
			t.Rows = append(t.Rows, row)
		case len(statuses) == 0:
			t.Undated = append(t.Undated, Aside{Row: name, Label: "no status coded in the corpus"})
		}
	}
	if len(t.Rows) == 0 {
		return Timeline{}, fmt.Errorf("%w: no dated status for %s", ErrInput, strings.Join(states, ", "))
	}
	// The legend lists the kinds the bands show, in the package's order.
	used := map[string]bool{}
	for _, r := range t.Rows {
		for _, b := range r.Bands {
			used[b.Category] = true
		}
	}
	for _, k := range neutrality.Kinds() {
		if used[k.String()] {
			name, short, color := kindStyle(k)
			t.Categories = append(t.Categories, Category{Key: k.String(), Label: name, Short: short, Color: color})
		}
	}
	end := asOf(c)
	if !end.IsValid() {
		return Timeline{}, fmt.Errorf("%w: the corpus's documents carry no dates", ErrInput)
	}
	start := accord.YearOf(first.Year() / 10 * 10)
	t.Start, t.End = start, end
	if start.Year() < 1980 && end.Year() >= 2000 {
		// Two centuries of precedents, and Ukraine's three decades: give
		// the years since 1990 more room, and say so on the chart.
		t.Segments = []Segment{
			{From: start, To: accord.YearOf(1990), Weight: 1},
			{From: accord.YearOf(1990), To: accord.YearOf(end.Year() + 1), Weight: 1.4},
		}
	}
	return t, nil
}

// eventWords phrases an event kind as a participle: "abandoned",
// "violated", "guarantee honoured".
func eventWords(k neutrality.EventKind) string {
	switch k {
	case neutrality.BreachAlleged:
		return "alleged to be breached"
	case neutrality.EnforcementClaimed:
		return "enforcement by force claimed"
	}
	return words(k.String())
}

// statusTip is a status's tooltip: what, when, on what basis, per whom,
// the coder's summary and the citations.
func statusTip(state string, st neutrality.Status, src string) string {
	var b strings.Builder
	kind, _, _ := kindStyle(st.Kind)
	b.WriteString(state + ": " + kind)
	switch p := st.Period; {
	case !p.To.IsValid() && p.End.IsValid() && p.From.IsValid():
		b.WriteString(", from " + p.From.String())
	case !p.To.IsValid() && p.End.IsValid():
	case !p.IsZero():
		b.WriteString(", " + p.String())
	}
	switch {
	case st.Period.To.IsValid() || st.Stage != neutrality.InForce:
	case st.Period.End == accord.StillHolds:
		b.WriteString(" (still holds, per the article)")
	case st.Period.End == accord.EndedUndated:
		b.WriteString(" (ended; the article gives no date)")
	default:
		b.WriteString(" (the article does not say whether or when it ended)")
	}
	b.WriteString(" (" + words(st.Stage.String()) + ", per " + src + ")")
	if len(st.Bases) > 0 {
		bases := make([]string, len(st.Bases))
		for i, x := range st.Bases {
			bases[i] = words(x.String())
		}
		b.WriteString("\nbasis: " + strings.Join(bases, ", "))
	}
	if st.Instrument != "" {
		b.WriteString("\ninstrument: " + st.Instrument)
	}
	b.WriteString("\n" + st.Summary + "\n" + citeText(st.Evidence))
	return b.String()
}

// actorNames returns the canonical names of the actors with the given ids.
func actorNames(reg *actors.Registry, ids []string) []string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = reg.Name(id)
	}
	return names
}

// joinNames joins names as English prose: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
