package corpus

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
)

// caseCitations returns every citation an instrument carries itself: its
// own, its parties', clauses', revisions', events' and traits'.
func caseCitations(in guarantees.Instrument) []accord.Citation {
	out := slices.Clone(in.Evidence)
	for _, p := range in.Parties {
		out = append(out, p.Evidence...)
	}
	for _, c := range in.Clauses {
		out = append(out, c.Evidence...)
		for _, r := range c.Revisions {
			out = append(out, r.Evidence...)
		}
	}
	for _, e := range in.Events {
		out = append(out, e.Evidence...)
	}
	for _, t := range in.Traits {
		out = append(out, t.Evidence...)
	}
	return out
}

// TestFindingsCiteTheCase: every finding of every instrument, in the
// default context, carries the evidence of the case that set it off — the
// instrument's own clause, event, trait, party or record, or for a
// neutrality finding the rule — besides the catalogue's general sources.
// (Findings once cited only the catalogue: the U.S.–Japan treaty's
// discretionary response was sourced to a sentence about NATO.)
func TestFindingsCiteTheCase(t *testing.T) {
	c := guaranteesCorpus(t)
	var rules []accord.Citation
	for r := range c.Rulebook().All() {
		rules = append(rules, r.Evidence...)
		for _, s := range r.Sides {
			rules = append(rules, s.Evidence...)
		}
	}
	n := 0
	for _, ri := range c.RankInstruments(c.GuaranteeSituation()) {
		own := caseCitations(ri.Instrument)
		for _, f := range ri.Assessment.Findings {
			ev := f.Evidence()
			require.NotEmpty(t, ev, "%s: %s cites its case", ri.Instrument.ID, f)
			for _, e := range ev {
				assert.True(t, slices.Contains(own, e) || slices.Contains(rules, e),
					"%s: %s cites %q, which is neither the instrument's nor a rule's", ri.Instrument.ID, f, e.Anchor)
			}
			switch {
			case f.Trait != 0:
				assert.True(t, ri.Instrument.HasTrait(f.Trait), "%s: %s names a trait it has", ri.Instrument.ID, f)
			case f.Event != 0:
				assert.True(t, slices.ContainsFunc(ri.Instrument.Events, func(e guarantees.Event) bool { return e.Kind == f.Event }),
					"%s: %s names an event it has", ri.Instrument.ID, f)
			}
			n++
		}
	}
	require.NotZero(t, n)

	japan, ok := c.Instrument("us-japan-security-treaty")
	require.True(t, ok)
	a := japan.Assess(c.GuaranteeSituation())
	i := slices.IndexFunc(a.Findings, func(f guarantees.Finding) bool { return f.Kind == guarantees.DiscretionaryResponse })
	require.GreaterOrEqual(t, i, 0, "the treaty's operative clause leaves the response to each party")
	f := a.Findings[i]
	assert.Equal(t, "defence", f.Clause)
	assert.NotEqual(t, f.Sources(), f.Evidence(), "the case's evidence is not the catalogue's")
	for _, e := range f.Evidence() {
		assert.Contains(t, caseCitations(japan), e)
	}
	// Changing what a finding hands out changes nothing later.
	if len(a.Findings) > 0 {
		ev := a.Findings[0].Evidence()
		require.NotEmpty(t, ev)
		ev[0].Anchor = "changed"
		assert.NotEqual(t, "changed", japan.Assess(c.GuaranteeSituation()).Findings[0].Evidence()[0].Anchor)
	}
}

// TestDefaultContextChecksNeutrality: the corpus's default context checks
// guarantees of neutrality against the rulebook, so every output that
// takes it finds the Istanbul draft's demands beyond neutrality.
func TestDefaultContextChecksNeutrality(t *testing.T) {
	c := guaranteesCorpus(t)
	sit := c.GuaranteeSituation()
	require.NotNil(t, sit.Neutrality)
	assert.Same(t, c.Rulebook(), sit.Neutrality.Rulebook)
	in, ok := c.Instrument("istanbul-draft-treaty-2022")
	require.True(t, ok)
	assert.True(t, in.Assess(sit).Has(guarantees.BeyondNeutrality))
}
