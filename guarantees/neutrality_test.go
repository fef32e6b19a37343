package guarantees

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/neutrality"
)

// testRulebook is a small rulebook of permanent neutrality; the verdicts
// are the caller's, and the guarantees package only asks.
func testRulebook(t *testing.T) *neutrality.Rulebook {
	t.Helper()
	rule := func(a neutrality.Activity, v neutrality.Verdict) neutrality.Rule {
		return neutrality.Rule{ID: "pn-" + a.String(), Status: neutrality.PermanentNeutrality, Activity: a, Verdict: v, Reason: "r", Evidence: ev}
	}
	rb, err := neutrality.NewRulebook([]neutrality.Rule{
		rule(neutrality.ReceivesSecurityGuarantee, neutrality.Compatible),
		rule(neutrality.GuarantorConsensus, neutrality.NotRequired),
		rule(neutrality.LimitsOnOwnForces, neutrality.NotRequired),
		rule(neutrality.ForeignMilitaryBase, neutrality.Incompatible),
		rule(neutrality.AllianceMembershipCourse, neutrality.Incompatible),
		rule(neutrality.ReceivesMilitaryAssistance, neutrality.Compatible),
	}, nil)
	require.NoError(t, err)
	return rb
}

func TestNeutralityActivities(t *testing.T) {
	in := istanbul()
	in.Clauses = append(in.Clauses, Clause{ID: "caps", Label: "Caps", Topic: ForceLimits, Summary: "caps", Evidence: ev})
	s, err := InstrumentSubject(in, "ru", "ua")
	require.NoError(t, err)
	var got []neutrality.Activity
	for _, a := range s.NeutralityActivities() {
		got = append(got, a.Activity)
	}
	assert.Equal(t, []neutrality.Activity{
		neutrality.ReceivesSecurityGuarantee, neutrality.ReceivesMilitaryAssistance, neutrality.GuarantorConsensus, neutrality.LimitsOnOwnForces,
	}, got)
}

func TestNeutralityFindings(t *testing.T) {
	rb := testRulebook(t)
	in := istanbul()
	in.Clauses = append(in.Clauses, Clause{ID: "caps", Label: "Caps", Topic: ForceLimits, Summary: "caps", Evidence: ev})
	require.Empty(t, in.Validate(accord.Path{}))
	s, err := InstrumentSubject(in, "ru")
	require.NoError(t, err)

	// A guarantee of neutrality is checked as a neutralisation, which the
	// rulebook judges by its rules of permanent neutrality.
	chk, err := CheckNeutrality(s, NeutralityReview{Rulebook: rb})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Neutralisation, chk.Status)
	assert.Equal(t, 2, chk.Report.Count(neutrality.NotRequired))

	without := Assess(s, Situation{})
	with := Assess(s, Situation{Neutrality: &NeutralityReview{Rulebook: rb}})
	assert.False(t, without.Has(BeyondNeutrality))
	assert.True(t, with.Has(BeyondNeutrality))
	assert.Equal(t, without.Score+BeyondNeutrality.Weight(), with.Score, "the kind counts once for its two activities")

	// An instrument that is no guarantee of neutrality is checked only
	// against a status the caller names.
	g := guarantee()
	g.ForcesPresent = ForcesPresent
	g.Clauses = append(g.Clauses, Clause{ID: "nato", Label: "NATO path", Topic: AlliancePath, Summary: "s", Evidence: ev})
	gs, err := InstrumentSubject(g)
	require.NoError(t, err)
	assert.False(t, Assess(gs, Situation{Neutrality: &NeutralityReview{Rulebook: rb}}).Has(NeutralityConflict))
	review := &NeutralityReview{Rulebook: rb, Status: neutrality.Status{ID: "ukraine-neutral", Kind: neutrality.PermanentNeutrality}}
	a := Assess(gs, Situation{Neutrality: review})
	require.True(t, a.Has(NeutralityConflict))
	var acts []neutrality.Activity
	for _, f := range a.Findings {
		if f.Kind == NeutralityConflict {
			acts = append(acts, f.Activity)
		}
	}
	assert.ElementsMatch(t, []neutrality.Activity{neutrality.ForeignMilitaryBase, neutrality.AllianceMembershipCourse}, acts)

	// The status's own instrument overrides the rulebook.
	review.Status.Allows = []neutrality.Activity{neutrality.ForeignMilitaryBase, neutrality.AllianceMembershipCourse}
	assert.False(t, Assess(gs, Situation{Neutrality: review}).Has(NeutralityConflict))

	// An invalid status is the rulebook's error, and Assess adds nothing.
	_, err = CheckNeutrality(gs, NeutralityReview{Rulebook: rb, Status: neutrality.Status{Kind: 99}})
	assert.Error(t, err)
	assert.False(t, Assess(gs, Situation{Neutrality: &NeutralityReview{Rulebook: rb, Status: neutrality.Status{Kind: 99}}}).Has(NeutralityConflict))
}
