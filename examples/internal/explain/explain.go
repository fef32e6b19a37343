// Package explain puts the library's results into the short phrases the
// example programs print.
package explain

import (
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees/settlement"
)

// Reason says in words how a position meets a package's outcome: "red line
// crossed: Neutral status", "on condition: …", with the issue's name from c.
func Reason(c *corpus.Corpus, r settlement.Reason) string {
	issue := c.Issues().Name(r.Issue())
	switch r.Kind {
	case settlement.RedLineCrossed:
		return "red line crossed: " + issue
	case settlement.DemandUnmet:
		return "demand not met: " + issue
	case settlement.FigureBreached:
		return "figure breached: " + issue + " (" + r.Figure.String() + ")"
	case settlement.ConditionBreached:
		return "condition ruled out: " + r.Condition.Text
	case settlement.Objection:
		return "objects to: " + issue
	case settlement.WishUnmet:
		return "would want: " + issue
	case settlement.FigureGap:
		return "figure differs: " + issue + " (" + r.Figure.String() + ")"
	case settlement.ConditionOpen:
		return "on condition: " + r.Condition.Text
	case settlement.Undecided:
		return "undecided on: " + issue
	}
	return "satisfied: " + issue
}
