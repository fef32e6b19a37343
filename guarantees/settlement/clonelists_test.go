package settlement

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
)

// Clone copies every list of ids and citations into runs of shared arrays:
// changing or appending to one copy changes neither the original nor
// another copy.
func TestCloneListsAreIndependent(t *testing.T) {
	ev := []accord.Citation{{Doc: "d", Anchor: "a"}}
	s := optionA()
	s.ProposedBy = []string{"ukraine"}
	s.Status.Evidence = slices.Clone(ev)
	s.Status.GuaranteedBy = []string{"france", "united-kingdom"}
	s.Evidence = slices.Clone(ev)
	s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred, Evidence: slices.Clone(ev)}}
	orig := s.Clone()
	require.Equal(t, s, orig)

	c := s.Clone()
	require.Equal(t, s, c)
	var lists int
	c.eachList(func(l *[]accord.Citation) {
		if len(*l) > 0 {
			lists++
			(*l)[0].Anchor = "changed"
			*l = append(*l, accord.Citation{Doc: "appended"})
		}
	}, func(l *[]string) {
		if len(*l) > 0 {
			lists++
			(*l)[0] = "changed"
			*l = append(*l, "appended")
		}
	})
	require.GreaterOrEqual(t, lists, 5, "the test changes several lists")
	assert.Equal(t, orig, s, "the original is unchanged")
	c.eachList(func(l *[]accord.Citation) {
		if len(*l) > 0 {
			assert.Equal(t, "changed", (*l)[0].Anchor, "no append wrote into another copy")
			assert.Equal(t, "appended", (*l)[len(*l)-1].Doc)
		}
	}, func(l *[]string) {
		if len(*l) > 0 {
			assert.Equal(t, "changed", (*l)[0], "no append wrote into another copy")
			assert.Equal(t, "appended", (*l)[len(*l)-1])
		}
	})
}
