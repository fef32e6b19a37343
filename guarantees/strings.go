package guarantees

import (
	"fmt"
	"strings"

	"github.com/accordmodel/accord"
)

// String returns the instrument on one line: its title, kind, stage and
// the documents its own evidence cites:
// "NATO Article 5 (defence-pact, in-force; hiia-security-guarantees, …)".
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
