package corpus

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees/settlement"
)

// TestZoneMatchesEvaluate checks the zone search on the coded data against
// Evaluate: every package the search keeps carries the stands Evaluate
// gives its required actors, and on the spaces of every pair of coded
// options (small enough to evaluate every package) the search counts the
// acceptable packages Evaluate finds and keeps the ones Evaluate ranks
// first.
func TestZoneMatchesEvaluate(t *testing.T) {
	c := defaultSettlementCorpus(t)
	full, err := c.SettlementSpace()
	require.NoError(t, err)
	opts := slices.Collect(c.Settlements())
	spaces := []settlement.Space{full}
	for i := 0; i+1 < len(opts); i += 2 {
		sp, err := settlement.NewSpace(opts[i : i+2])
		require.NoError(t, err)
		spaces = append(spaces, sp)
	}
	// laterRegions counts the reasons on a region after the first, whose
	// From the search must give as the composed package's index.
	laterRegions := 0
	for _, tc := range zoneCases {
		t.Run(tc.name, func(t *testing.T) {
			for si, sp := range spaces {
				z, err := settlement.Search(context.Background(), sp, c, settlement.SearchOptions{Options: settlement.Options{At: tc.at}, Required: tc.required, Keep: 3})
				require.NoError(t, err)
				eval := func(s settlement.Settlement) []settlement.Stand {
					ev, err := settlement.Evaluate(s, c, settlement.Options{At: tc.at, Actors: tc.required})
					require.NoError(t, err)
					return ev.Stands
				}
				for _, p := range append(slices.Clone(z.Packages), z.Nearest.Packages...) {
					assert.Equal(t, eval(p.Settlement), p.Stands, "space %d, package %v", si, p.Choice)
					for _, st := range p.Stands {
						for _, r := range st.Reasons {
							if strings.HasPrefix(r.Outcome.From, "territory[") && r.Outcome.From != "territory[0]" {
								laterRegions++
							}
						}
					}
				}
				if si == 0 {
					continue
				}
				// Every package of the small space, in space order.
				acceptable := 0
				var ranked []settlement.Package
				dims := sp.Dimensions()
				choice := make([]int, len(dims))
				var rec func(d int)
				rec = func(d int) {
					if d < len(dims) {
						for a := range dims[d].Alternatives {
							choice[d] = a
							rec(d + 1)
						}
						return
					}
					s, err := sp.Compose(choice)
					require.NoError(t, err)
					ev := settlement.Evaluation{Stands: eval(s)}
					if ev.Count(settlement.Rejects) == 0 {
						acceptable++
						ranked = append(ranked, settlement.Package{Choice: slices.Clone(choice), Stands: ev.Stands})
					}
				}
				rec(0)
				assert.Equal(t, acceptable, z.Acceptable, "space %d", si)
				count := func(p settlement.Package) int {
					return settlement.Evaluation{Stands: p.Stands}.Count(settlement.Accepts)
				}
				slices.SortStableFunc(ranked, func(a, b settlement.Package) int { return count(b) - count(a) })
				var got, want [][]int
				for _, p := range z.Packages {
					got = append(got, p.Choice)
				}
				for _, p := range ranked[:min(3, len(ranked))] {
					want = append(want, p.Choice)
				}
				assert.Equal(t, want, got, "space %d: the packages kept", si)
			}
		})
	}
	assert.Positive(t, laterRegions, "no reason on a later region was compared")
}

// TestReasonString: a reason prints on one line with the actor's and the
// issue's names from the corpus, not their ids, and the position's
// citation.
func TestReasonString(t *testing.T) {
	c := defaultSettlementCorpus(t)
	n := 0
	for s := range c.Settlements() {
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: present, Actors: []string{"ukraine", "russia"}})
		require.NoError(t, err)
		for _, st := range ev.Stands {
			for _, r := range st.Reasons {
				n++
				p := r.Position()
				line := r.String()
				assert.NotContains(t, line, "\n")
				assert.Contains(t, line, c.Actors().Name(p.Actor), line)
				assert.Contains(t, line, c.Issues().Name(p.Issue), line)
				assert.Contains(t, line, p.Evidence[0].Doc, line)
				assert.Contains(t, line, p.Evidence[0].Anchor, line)
				if p.RedLine {
					assert.Contains(t, line, "as a red line", line)
				}
				if r.Condition.Text != "" {
					assert.Contains(t, line, r.Condition.Text, line)
				}
			}
		}
	}
	require.Positive(t, n)
	assert.Equal(t, "no position", settlement.Reason{}.String())
}

// TestReasonJSON: a reason encodes with its position, as it did when it
// held a copy of it.
func TestReasonJSON(t *testing.T) {
	c := defaultSettlementCorpus(t)
	s, ok := c.Settlement(slices.Collect(c.Settlements())[0].ID)
	require.True(t, ok)
	ev, err := settlement.Evaluate(s, c, settlement.Options{At: present, Actors: []string{"ukraine"}})
	require.NoError(t, err)
	require.NotEmpty(t, ev.Stands)
	r := ev.Stands[0].Reasons[0]
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var got struct {
		Kind     settlement.ReasonKind
		Outcome  settlement.Outcome
		Position actors.Position
	}
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, r.Kind, got.Kind)
	assert.Equal(t, r.Outcome, got.Outcome)
	assert.Equal(t, r.Position(), got.Position)
	var back settlement.Reason
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r.Position(), back.Position())
	assert.Equal(t, r.Kind, back.Kind)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(again))
}
