package actors

import (
	"strings"

	"github.com/accordmodel/accord"
)

// String returns the position on one line: the actor (and who voiced
// it), the stance on the issue, "red line", the figures it names, its
// conditions, the period and the documents it cites:
//
//	russia: demands armed-forces-limits, at most 85,000 troops (personnel), at most 342 tanks (tanks), 2022 (lawfare-armed-neutrality)
//	ukraine (via zelenskyy): demands strong-armed-forces, 2025-08–present (zelenskyy-army-limits-report)
//	european-states: conditional on negotiated-settlement, if the peace is just and lasting, not a bad deal, 2025–present (hiia-security-guarantees)
//
// The zero Position is "no position".
func (p Position) String() string {
	if p.Actor == "" && p.Issue == "" && !p.Stance.IsValid() {
		return "no position"
	}
	var b strings.Builder
	b.WriteString(p.Actor)
	if p.Via != "" {
		b.WriteString(" (via " + p.Via + ")")
	}
	b.WriteString(": " + p.Stance.String())
	if p.Stance == Conditional || p.Stance == Open || p.Stance == Noncommittal {
		b.WriteString(" on")
	}
	b.WriteString(" " + p.Issue)
	if p.RedLine {
		b.WriteString(", red line")
	}
	for _, f := range p.Figures {
		b.WriteString(", " + f.String())
	}
	for _, c := range p.Conditions {
		b.WriteString(", " + c.String())
	}
	if s := p.Period.String(); s != "" {
		b.WriteString(", " + s)
	}
	writeDocs(&b, p.Evidence)
	return b.String()
}

// String returns "if " and the condition's issue, or its text when it
// names none: "if security-guarantees".
func (c Condition) String() string {
	if c.Issue != "" {
		return "if " + c.Issue
	}
	return "if " + strings.Join(strings.Fields(c.Text), " ")
}

// String returns the quantity on one line: the actor, what is measured
// (and of which group, or against which actor), the mode when the value is
// not the actual one, the value with its bound and unit, the period, the
// source the article gives, and the documents it cites:
//
//	ukraine: population about 38,000,000 people, 2024 (source united-nations) (hiia-security-guarantees)
//	ukraine: census-share of Ukrainian ethnicity 77.8 percent, 2001 (hiia-security-guarantees)
//
// The zero Quantity is "no quantity".
func (q Quantity) String() string {
	if q.Actor == "" && !q.Metric.IsValid() {
		return "no quantity"
	}
	var b strings.Builder
	b.WriteString(q.Actor + ": " + q.Metric.String())
	if q.Group != "" {
		b.WriteString(" of " + q.Group)
	}
	if q.RelativeTo != "" {
		b.WriteString(" relative to " + q.RelativeTo)
	}
	if q.Mode.IsValid() && q.Mode != Actual {
		b.WriteString(", " + q.Mode.String() + ",")
	}
	b.WriteString(" " + boundText(q.Bound, q.Value, q.Max) + " " + q.Unit.String())
	if s := q.Period.String(); s != "" {
		b.WriteString(", " + s)
	}
	if q.Source != "" {
		b.WriteString(" (source " + q.Source + ")")
	}
	writeDocs(&b, q.Evidence)
	return b.String()
}

// writeDocs appends " (doc, doc)" naming the documents ev cites; nothing
// when it cites none.
func writeDocs(b *strings.Builder, ev []accord.Citation) {
	if docs := accord.CitedDocs(ev); len(docs) > 0 {
		b.WriteString(" (" + strings.Join(docs, ", ") + ")")
	}
}

// String returns the actor's name with its id and kind:
// "Volodymyr Zelenskyy (zelenskyy, person)".
func (a Actor) String() string {
	name := a.Name
	if name == "" {
		name = "unnamed actor"
	}
	return name + " (" + a.ID + ", " + a.Kind.String() + ")"
}

// String returns the issue's name with its id: "Neutral status
// (neutral-status)".
func (i Issue) String() string {
	name := i.Name
	if name == "" {
		name = "unnamed issue"
	}
	return name + " (" + i.ID + ")"
}
