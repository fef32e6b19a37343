package corpus

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/neutrality"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dutyAnchors are the phrases in which the articles state a duty that a
// status puts on the state itself. A rule resting on one of them must give
// the verdict required: a duty written only into a rule's reason, under a
// verdict of "compatible", is the error this test catches.
var dutyAnchors = []string{
	"to defend its neutrality, if necessary by the use of arms",
	"requires NATO members to take only those actions that they",
}

func TestDutiesAreRequired(t *testing.T) {
	c := neutralityCorpus(t)
	src := sourcesFS(t)
	lawfare := fold.Fold(readDoc(t, c, src, "lawfare-armed-neutrality"))
	for _, a := range dutyAnchors {
		require.Contains(t, lawfare, fold.Fold(a), "the duty is stated in the article")
	}
	found := 0
	for r := range c.Rulebook().All() {
		for _, e := range r.Evidence {
			for _, a := range dutyAnchors {
				if e.Anchor == a {
					found++
					assert.Equal(t, neutrality.Required, r.Verdict, "%s rests on a stated duty (%q)", r.ID, a)
				}
			}
		}
	}
	assert.GreaterOrEqual(t, found, 3, "the duty to defend neutrality and NATO's Article 5 are coded")

	// A demand that a permanently neutral state keep strong forces asks
	// what the status itself requires.
	pn := neutrality.Status{ID: "test", State: "ukraine", Kind: neutrality.PermanentNeutrality, Stage: neutrality.Proposed}
	f, err := c.Rulebook().Check(pn, neutrality.StrongArmedForces, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Required, f.Verdict)
	keep := neutrality.Demand{Direction: neutrality.Require, Activity: neutrality.StrongArmedForces}
	assert.Equal(t, neutrality.RequiredByStatus, neutrality.Assess(keep, f))
	cut := neutrality.Demand{Direction: neutrality.Forbid, Activity: neutrality.StrongArmedForces}
	assert.Equal(t, neutrality.AgainstStatus, neutrality.Assess(cut, f))
}

// TestLawOfNeutralityBindsOnlyInWar: every rule of the law of neutrality
// is set for wartime, and asked about peacetime the rulebook says it does
// not apply — never "incompatible" — citing the sentence that says so.
func TestLawOfNeutralityBindsOnlyInWar(t *testing.T) {
	c := neutralityCorpus(t)
	rb := c.Rulebook()
	n := 0
	for r := range rb.All() {
		if r.Status == neutrality.NeutralInWar {
			n++
			assert.Equal(t, neutrality.Wartime, r.Context, r.ID)
		}
	}
	require.NotZero(t, n)
	nw := neutrality.Status{ID: "test", State: "ireland", Kind: neutrality.NeutralInWar, Conflict: "a war"}
	war, err := rb.Check(nw, neutrality.WeaponsToBelligerent, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Incompatible, war.Verdict, "in wartime the rule binds")
	peace, err := rb.Check(nw, neutrality.WeaponsToBelligerent, neutrality.Options{Context: neutrality.Peacetime})
	require.NoError(t, err)
	assert.Equal(t, neutrality.NotApplicable, peace.Verdict)
	assert.Equal(t, neutrality.OutsideStatus, neutrality.Assess(neutrality.Demand{Direction: neutrality.Forbid}, peace))
	src := sourcesFS(t)
	ev := peace.Evidence()
	require.NotEmpty(t, ev)
	for _, e := range ev {
		assert.Contains(t, fold.Fold(readDoc(t, c, src, e.Doc)), fold.Fold(e.Anchor))
		assert.LessOrEqual(t, fold.WordCount(e.Anchor), accord.MaxAnchorWords)
	}
}
