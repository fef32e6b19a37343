package guarantees

import (
	"fmt"
	"strings"

	"github.com/accordmodel/accord"
)

// String returns the instrument on one line: its title, kind, stage and
// the documents its own evidence cites:
// "NATO Article 5 (defence-pact, in-force; zelenskyy-army-limits-report, lawfare-armed-neutrality)".
func (in Instrument) String() string {
	title := in.Title()
	if title == "" {
		title = in.ID
	}
	if title == "" {
		title = "unnamed instrument"
	}
	var parts []string
	if in.Kind.IsValid() {
		parts = append(parts, in.Kind.String())
	}
	if in.Stage.IsValid() {
		parts = append(parts, in.Stage.String())
	}
	detail := strings.Join(parts, ", ")
	if docs := accord.CitedDocs(in.Evidence); len(docs) > 0 {
		if detail != "" {
			detail += "; "
		}
		detail += strings.Join(docs, ", ")
	}
	if detail == "" {
		return title
	}
	return title + " (" + detail + ")"
}

// String returns the clause's label with its id and topic:
// "Article 5 (security guarantees) [art5, commitment]".
func (c Clause) String() string {
	label := c.Label
	if label == "" {
		label = "unlabelled clause"
	}
	return label + " [" + c.ID + ", " + c.Topic.String() + "]"
}

// String returns the assessment on one line: the subject's title (or
// name), score, level and the obligation that effectively binds each
// guarantor: "NATO Article 5: score 7, strong; each guarantor bound to
// discretionary-force".
func (a Assessment) String() string {
	s := fmt.Sprintf("%s: score %d, %s", titleOf(a), a.Score, a.Level)
	if a.Effective.IsValid() {
		return s + "; each guarantor bound to " + a.Effective.String()
	}
	return s + "; no commitment clause"
}

// String returns "attacker attacked victim (when)", the date left out
// when it is not known: "russia attacked ukraine (2014)".
func (a Attack) String() string {
	s := a.Attacker + " attacked " + a.Victim
	if w := a.When.String(); w != "" {
		s += " (" + w + ")"
	}
	return s
}

// String returns the event on one line: its kind, the actors concerned,
// the victims when not every protected party, when, and the documents it
// cites: "breached by russia, 2014 (hiia-security-guarantees)", or with
// the victims when not every protected party: "breached by a against b, …".
func (e Event) String() string {
	var b strings.Builder
	b.WriteString(e.Kind.String())
	if len(e.Actors) > 0 {
		b.WriteString(" by " + strings.Join(e.Actors, " and "))
	}
	if len(e.Victims) > 0 {
		b.WriteString(" against " + strings.Join(e.Victims, " and "))
	}
	if w := e.When.String(); w != "" {
		b.WriteString(", " + w)
	}
	if docs := accord.CitedDocs(e.Evidence); len(docs) > 0 {
		b.WriteString(" (" + strings.Join(docs, ", ") + ")")
	}
	return b.String()
}

// String returns the party's actor and role: "russia (guarantor)", with
// the member count of a party that stands for its members:
// "coalition (guarantor, 30 members)".
func (p Party) String() string {
	s := p.Actor + " (" + p.Role.String()
	if p.Members > 0 {
		s += fmt.Sprintf(", %d members", p.Members)
	}
	return s + ")"
}
