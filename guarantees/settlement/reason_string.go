package settlement

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/accordmodel/accord/actors"
)

// String returns one readable line: how the position meets the outcome,
// the actor's position in words (the actor's and the issue's names where
// the source's registry and taxonomy have them, whether it is a red line,
// the deciding condition or figure), the package's outcome, and the
// position's first citation, for example
//
//	red line crossed: Ukraine rejects Neutral status, as a red line; the package
//	gives permanent-neutrality [kyiv-official-stance: "it is not engaging in
//	talks about adopting a neutral status" and 2 more]
//
// (one line, wrapped here).
//
// The zero Reason prints as "no position".
func (r Reason) String() string {
	if r.pos == nil {
		return "no position"
	}
	p := r.pos
	actor, issue := p.Actor, p.Issue
	if r.set != nil {
		actor, issue = r.set.Registry().Name(actor), r.set.Taxonomy().Name(issue)
	}
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(r.Kind.String(), "-", " "))
	b.WriteString(": ")
	b.WriteString(actor)
	b.WriteString(" ")
	b.WriteString(stanceWords(p.Stance))
	b.WriteString(" ")
	b.WriteString(issue)
	if p.RedLine {
		b.WriteString(", as a red line")
	}
	if r.Condition.Text != "" {
		b.WriteString(", on condition: ")
		b.WriteString(r.Condition.Text)
	}
	if r.Figure != (actors.StatedFigure{}) {
		b.WriteString(", naming ")
		b.WriteString(r.Figure.String())
	}
	b.WriteString("; the package gives ")
	b.WriteString(r.Outcome.String())
	if len(p.Evidence) > 0 {
		c := p.Evidence[0]
		b.WriteString(" [")
		b.WriteString(c.Doc)
		b.WriteString(": ")
		b.WriteString(strconv.Quote(c.Anchor))
		if n := len(p.Evidence) - 1; n > 0 {
			b.WriteString(" and ")
			b.WriteString(strconv.Itoa(n))
			b.WriteString(" more")
		}
		b.WriteString("]")
	}
	return b.String()
}

// stanceWords says a stance as a verb phrase taking the issue's name.
func stanceWords(s actors.Stance) string {
	switch s {
	case actors.Conditional:
		return "accepts on conditions"
	case actors.Open:
		return "is open to"
	case actors.Noncommittal:
		return "is noncommittal on"
	}
	return s.String()
}

// reasonWire is a Reason as encoding/json writes and reads it.
type reasonWire struct {
	Kind      ReasonKind
	Outcome   Outcome
	Position  *actors.Position `json:",omitempty"`
	Condition actors.Condition
	Figure    actors.StatedFigure `json:",omitzero"`
}

// MarshalJSON encodes the reason as it was encoded when it held a copy of
// its position: the fields Kind, Outcome, Position (left out when r refers
// to no position), Condition and Figure (left out when zero).
func (r Reason) MarshalJSON() ([]byte, error) {
	return json.Marshal(reasonWire{r.Kind, r.Outcome, r.pos, r.Condition, r.Figure})
}

// UnmarshalJSON decodes what MarshalJSON writes. The reason read refers to
// its own copy of the position, outside any source, so its String gives
// the actor's and the issue's ids rather than their names.
func (r *Reason) UnmarshalJSON(b []byte) error {
	var w reasonWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*r = Reason{Kind: w.Kind, Outcome: w.Outcome, pos: w.Position, Condition: w.Condition, Figure: w.Figure}
	return nil
}
