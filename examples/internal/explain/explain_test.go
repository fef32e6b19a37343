package explain

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees/settlement"
)

// TestReason evaluates every coded settlement option and checks the
// phrase for each reason: its kind's words, then the issue's name (or the
// condition's text, for the kinds about a condition).
func TestReason(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	prefix := map[settlement.ReasonKind]string{
		settlement.RedLineCrossed:    "red line crossed: ",
		settlement.DemandUnmet:       "demand not met: ",
		settlement.FigureBreached:    "figure breached: ",
		settlement.ConditionBreached: "condition ruled out: ",
		settlement.Objection:         "objects to: ",
		settlement.WishUnmet:         "would want: ",
		settlement.FigureGap:         "figure differs: ",
		settlement.ConditionOpen:     "on condition: ",
		settlement.Undecided:         "undecided on: ",
		settlement.Satisfied:         "satisfied: ",
	}
	seen := map[settlement.ReasonKind]int{}
	for s := range c.Settlements() {
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: accord.MustParseDate("2025-10")})
		require.NoError(t, err, s.ID)
		for _, st := range ev.Stands {
			for _, r := range st.Reasons {
				got := Reason(c, r)
				want, ok := prefix[r.Kind]
				require.True(t, ok, "a phrase for every kind: %s", r.Kind)
				assert.True(t, strings.HasPrefix(got, want), "%s: %q", r.Kind, got)
				switch r.Kind {
				case settlement.ConditionBreached, settlement.ConditionOpen:
					assert.Contains(t, got, r.Condition.Text)
				default:
					assert.Contains(t, got, c.Issues().Name(r.Issue()))
					assert.NotContains(t, got, r.Issue()+" ", "the issue's name, not its id")
				}
				seen[r.Kind]++
			}
		}
	}
	assert.GreaterOrEqual(t, len(seen), 5, "the coded options give reasons of several kinds: %v", seen)
}
