package settlement_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/accordmodel/accord"
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
