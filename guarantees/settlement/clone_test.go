package settlement_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
)

// TestCloneCopiesInlineInstruments is the regression test for a Clone
// that copied an inline instrument's struct but shared its clauses,
// parties and evidence, so that changing a settlement returned by the
// corpus changed the corpus.
func TestCloneCopiesInlineInstruments(t *testing.T) {
	in := &guarantees.Instrument{
		ID:       "inline",
		Parties:  []guarantees.Party{{Actor: "a"}},
		Clauses:  []guarantees.Clause{{ID: "c", Wording: "w", Revisions: []guarantees.Revision{{ID: "r", By: []string{"a"}}}}},
		Evidence: []accord.Citation{{Doc: "d", Anchor: "x"}},
	}
	s := settlement.Settlement{ID: "s", Guarantees: []settlement.GuaranteeTerm{{Inline: in}}}
	c := s.Clone()
	c.Guarantees[0].Inline.Parties[0].Actor = "changed"
	c.Guarantees[0].Inline.Clauses[0].Wording = "changed"
	c.Guarantees[0].Inline.Clauses[0].Revisions[0].By[0] = "changed"
	c.Guarantees[0].Inline.Evidence[0].Anchor = "changed"
	assert.Equal(t, "a", in.Parties[0].Actor)
	assert.Equal(t, "w", in.Clauses[0].Wording)
	assert.Equal(t, "a", in.Clauses[0].Revisions[0].By[0])
	assert.Equal(t, "x", in.Evidence[0].Anchor)
}

// TestReasonsReferWithoutSharing: a reason points at its position in the
// source rather than holding a copy, and every way of reading the position
// hands out a copy, so that changing what a caller got changes neither the
// source nor a later evaluation.
func TestReasonsReferWithoutSharing(t *testing.T) {
	src := settlement.TestNegotiation()
	s := settlement.TestOptionA()
	first, err := settlement.Evaluate(s, src, settlement.Options{})
	require.NoError(t, err)
	require.NotEmpty(t, first.Stands)
	want := fmt.Sprint(first.Stands)
	for _, st := range first.Stands {
		for _, r := range st.Reasons {
			id := r.PositionID()
			p := r.Position()
			require.Equal(t, id, p.ID)
			require.NotEmpty(t, p.Evidence)
			p.ID, p.Actor, p.Issue = "changed", "changed", "changed"
			p.Evidence[0].Anchor = "changed"
			ev := r.Evidence()
			ev[0].Doc = "changed"
			held, ok := src.Positions().Position(id)
			require.True(t, ok)
			assert.NotEqual(t, "changed", held.Evidence[0].Anchor)
			assert.Equal(t, id, r.Position().ID)
		}
	}
	again, err := settlement.Evaluate(s, src, settlement.Options{})
	require.NoError(t, err)
	assert.Equal(t, want, fmt.Sprint(again.Stands))
	assert.Equal(t, first.Stands, again.Stands)
	var zero settlement.Reason
	assert.Equal(t, actors.Position{}, zero.Position())
	assert.Empty(t, zero.PositionID())
	assert.Empty(t, zero.Evidence())
}
