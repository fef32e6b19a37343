package chart

import (
	"fmt"
	"math"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees"
)

// stageStyle gives each stage of an instrument its colour: in force green,
// breached vermillion, lapsed dark grey (no longer in force: greyed out,
// and far from vermillion in every form of colour vision, where orange was
// not), took effect (present state not stated) blue, and the never-binding
// stages (signed, draft, proposed) purple, sky blue and yellow.
func stageStyle(s guarantees.Stage) Color {
	switch s {
	case guarantees.Proposed:
		return Yellow
	case guarantees.Draft:
		return SkyBlue
	case guarantees.Signed:
		return ReddishPurple
	case guarantees.InForce:
		return BluishGreen
	case guarantees.Breached:
		return Vermillion
	case guarantees.Lapsed:
		return lapsedGrey
	case guarantees.TookEffect:
		return Blue
	}
	return Black
}

// rankingFindings is how many deciding findings each bar lists.
const rankingFindings = 3

// GuaranteeRanking builds the guarantee ranking from the corpus's coded
// instruments that are security commitments (guarantees.Kind.Commitment):
// each one's base text assessed with
// guarantees.Assess in the situation the corpus records
// (corpus.Corpus.GuaranteeSituation: who attacked whom, and the neutrality
// rulebook — the same default context, and so the same scores, as
// corpus.Corpus.RankInstruments and the examples), as a bar of length
// score, coloured by stage and set against the named levels; each bar
// lists the findings that weigh most (guarantees.Assessment.Deciding).
// For every revision proposed to a clause, one more bar shows the
// instrument with that revision alone adopted — clearly labelled as not
// adopted — so that the effect of, say, a guarantor's veto is visible.
// Every bar's tooltip gives the assessment and cites, for each finding,
// the instrument's own evidence for it (its clause, event or trait) and
// the reasoning behind findings of its kind.
func GuaranteeRanking(c *corpus.Corpus) (Ranking, error) {
	reg := c.Actors()
	if reg == nil || c.NumInstruments() == 0 {
		return Ranking{}, fmt.Errorf("%w: the corpus has no instruments", ErrInput)
	}
	ctx := c.GuaranteeSituation()
	r := Ranking{
		Title: "How much is a guarantee worth? Security instruments ranked by assessed strength",
		Desc: "Each bar is a security instrument, its length the score its assessment gives: the strength of the obligation, " +
			"plus or minus the weight of each finding (binding or not, ratified or not, forces present, decision rules, record " +
			"when tested). Shaded zones are the levels from hollow to robust; colour and the words beside each bar give its stage. " +
			"Under each bar are the findings that weigh most.",
		Scale: "assessed score",
		Note: "Source: the accord corpus, instruments coded from the source articles, assessed by the guarantees package; " +
			"bars for revisions show drafts with one party's proposed wording adopted, which never happened. Tooltips cite the " +
			"instrument and the reasoning behind each finding.",
	}
	for _, s := range guarantees.Stages() {
		r.Categories = append(r.Categories, Category{Key: s.String(), Label: words(s.String()), Color: stageStyle(s)})
	}
	pr := message.NewPrinter(language.English)
	lo, hi := 0, 0
	add := func(in guarantees.Instrument, a guarantees.Assessment, label, variant string) {
		lo, hi = min(lo, a.Score), max(hi, a.Score)
		bar := Bar{Label: label, Value: float64(a.Score), ValueLabel: pr.Sprintf("%d · %s", a.Score, a.Level), Category: in.Stage.String()}
		var tip strings.Builder
		pr.Fprintf(&tip, "%s (%s)%s\nscore %d, level %s: %s\nobligation as written: %s; as it binds: %s",
			in.Name, words(in.Stage.String()), variant, a.Score, a.Level, a.Level.Doc(), words(a.Obligation.String()), words(a.Effective.String()))
		for _, f := range a.Deciding(rankingFindings) {
			bar.Findings = append(bar.Findings, findingText(reg, in, f))
		}
		for _, f := range a.Findings {
			fmt.Fprintf(&tip, "\n%s\nthis case: %s\nwhy it counts: %s", findingText(reg, in, f), citeText(f.Evidence()), citeText(f.Sources()))
		}
		tip.WriteString("\ninstrument: " + citeText(in.Evidence))
		bar.Tooltip = tip.String()
		r.Bars = append(r.Bars, bar)
	}
	// Bars follow corpus.RankInstruments, so that ties are ordered as
	// everywhere else; each instrument's revisions follow it.
	for _, ri := range c.RankInstruments(ctx) {
		in := ri.Instrument
		add(in, ri.Assessment, in.Name, "")
		for _, cl := range in.Clauses {
			for _, rev := range cl.Revisions {
				subj, err := guarantees.InstrumentSubject(in, rev.ID)
				if err != nil {
					return Ranking{}, fmt.Errorf("%w: %s with revision %s: %v", ErrInput, in.ID, rev.ID, err)
				}
				who := strings.Join(actorNames(reg, rev.By), " and ")
				label := fmt.Sprintf("%s, %s with %s's revision (%s, not adopted)", in.Title(), cl.Label, who, words(rev.Status.String()))
				variant := fmt.Sprintf(", with %s's revision of %s adopted: %s\n%s", who, cl.Label, rev.Summary, citeText(rev.Evidence))
				add(in, guarantees.Assess(subj, ctx), label, variant)
			}
		}
	}
	// The axis spans the scores with a point to spare, and the levels are
	// shaded where they fall on it.
	r.Min, r.Max = float64(lo-1), float64(hi+1)
	r.Intervals = levelZones(lo-1, hi+1)
	return r, nil
}

// levelZones returns the stretches of the score axis lo..hi that each
// guarantees.Level covers, by asking guarantees.LevelOf.
func levelZones(lo, hi int) []Interval {
	var zones []Interval
	for s := lo; s <= hi; s++ {
		name := guarantees.LevelOf(s).String()
		if n := len(zones); n > 0 && zones[n-1].Label == name {
			zones[n-1].To = math.Min(float64(s)+0.5, float64(hi))
			continue
		}
		zones = append(zones, Interval{From: math.Max(float64(s)-0.5, float64(lo)), To: math.Min(float64(s)+0.5, float64(hi)), Label: name})
	}
	return zones
}

// findingText phrases a finding for a reader: its weight, what it is,
// whom and which clause it concerns, and why it counts.
func findingText(reg *actors.Registry, in guarantees.Instrument, f guarantees.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%+d %s", f.Weight(), words(f.Kind.String()))
	if f.Actor != "" {
		b.WriteString(" (" + reg.Name(f.Actor) + ")")
	}
	if f.Clause != "" {
		if cl, ok := in.Clause(f.Clause); ok {
			b.WriteString(" [" + cl.Label + "]")
		}
	}
	if e := f.Explanation(); e != "" {
		b.WriteString(": " + e)
	}
	return b.String()
}
