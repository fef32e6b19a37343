package corpus

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
)

// The real cases of the test layer (testdata/cases), each with what the
// model should say of it and why. The notes in testdata/cases/sources give
// the facts.

// Åland: a territory's neutralisation, set by an agreement among others
// without a guarantor, coexists with its sovereign's membership of NATO;
// the ban on bases applies in the islands and only there; and a treaty in
// force caps forces.
func TestCaseAlandIslands(t *testing.T) {
	l := loadCaseLayer(t)
	aland := l.status(t, "aland-islands-neutralisation")
	c, err := neutrality.Classify(aland.Facts(), neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Neutralisation, c.Kind, "imposed by others, binding: a neutralisation, whatever alliance its sovereign is in")
	assert.Empty(t, aland.GuaranteedBy, "no party guarantees the zone")

	// Without the territory, the same facts are Finland's: a neutrality
	// that lists an alliance, which Validate rejects.
	whole := aland
	whole.Territory = ""
	assertRule(t, whole.Validate(accord.NewPath("s")), neutrality.ErrNeutralInAlliance, "s.alliances")

	rb := l.rulebook
	r, err := rb.Check(aland, neutrality.ForeignMilitaryBase, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Incompatible, r.Verdict)

	finland := l.status(t, "finland-nato-membership")
	r, err = rb.Check(finland, neutrality.ForeignMilitaryBase, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Compatible, r.Verdict, "on the mainland an ally may host bases")
	r, err = rb.Check(finland, neutrality.ForeignMilitaryBase, neutrality.Options{Area: "aland-islands"})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Incompatible, r.Verdict, "in the islands the convention's ban holds")
	assert.True(t, r.ByInstrument())

	conv := l.instrument(t, "aland-convention-1921")
	assert.True(t, conv.Stage.Effective(), "the caps are in a treaty in force")
	caps, ok := conv.Clause("demilitarisation")
	require.True(t, ok)
	require.Len(t, caps.Caps, 1)
	assert.Zero(t, caps.Caps[0].AtMost, "a ban")
	r, err = rb.Check(finland, neutrality.LimitsOnOwnForces, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.NotRequired, r.Verdict, "membership neither demands nor forbids caps")
}

// Panama: a waterway's permanent neutrality; the Protocol states owe only
// respect and are not guarantors; the United States reserved a right to
// act, uninvited, which a neutral has reason to fear.
func TestCasePanamaCanal(t *testing.T) {
	l := loadCaseLayer(t)
	canal := l.status(t, "panama-canal-permanent-neutrality")
	c, err := neutrality.Classify(canal.Facts(), neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.PermanentNeutrality, c.Kind)

	in := l.instrument(t, "panama-canal-neutrality-treaty-1977")
	assert.ElementsMatch(t, []string{"panama", "united-states"}, in.Guarantors(), "Protocol states respect the regime; they guarantee nothing")
	dc, ok := in.Clause("deconcini")
	require.True(t, ok)
	assert.Equal(t, guarantees.ReservedRight, dc.Reading.Obligation)
	a := in.Assess(guarantees.Situation{})
	assert.Equal(t, guarantees.Support, a.Obligation, "the operative duty is to maintain the regime, not the reserved right")
	assert.False(t, a.Has(guarantees.BroadGuarantors))
	assert.True(t, a.Has(guarantees.SupervisionRisk), "the reserved right lets a guarantor act uninvited")
}

// Rio: "an attack on one is an attack on all" with discretionary means
// and a two-thirds decision rule; parties leave one at a time; invoked
// in 2001.
func TestCaseRioTreaty(t *testing.T) {
	l := loadCaseLayer(t)
	in := l.instrument(t, "rio-treaty-1947")
	art3, ok := in.Clause("art3")
	require.True(t, ok)
	r := art3.Reading
	assert.Equal(t, guarantees.CasusAttackOnAll, r.Casus)
	assert.Equal(t, guarantees.QualifiedMajority, r.Decision)
	assert.Equal(t, "2/3", r.Majority)

	rio, err := guarantees.ClauseSubject(in, "art3")
	require.NoError(t, err)
	ra := guarantees.Assess(rio, guarantees.Situation{})
	assert.True(t, ra.Has(guarantees.AttackOnAll))
	assert.False(t, ra.Has(guarantees.VetoForGuarantor), "two thirds is not a veto for each party")

	// Without its attack-on-all, the same clause is a mere discretionary
	// pledge and ranks lower: the two are no longer one value.
	pledge := in.Clone()
	pledge.Clauses[0].Reading.Casus = 0
	ps, err := guarantees.ClauseSubject(pledge, "art3")
	require.NoError(t, err)
	assert.Greater(t, ra.Score, guarantees.Assess(ps, guarantees.Situation{}).Score)

	// NATO's Article 5, coded from the articles, shares the casus and
	// differs in the decision rule, which the readings keep apart.
	nato, ok := l.seeds.Instrument("north-atlantic-treaty")
	require.True(t, ok)
	n5, _ := nato.Clause("art5")
	assert.Equal(t, guarantees.CasusAttackOnAll, n5.Reading.Casus)
	assert.NotEqual(t, n5.Reading.Decision, r.Decision)

	assert.True(t, in.Withdrawn("mexico"))
	assert.False(t, in.Withdrawn("united-states"), "a withdrawal leaves the others bound")
	assert.Equal(t, guarantees.InForce, in.Stage)
	kinds := []guarantees.EventKind{}
	for _, e := range in.Events {
		kinds = append(kinds, e.Kind)
	}
	assert.Equal(t, []guarantees.EventKind{guarantees.EventInvoked, guarantees.EventWithdrew}, kinds)
}

// Cyprus: a duty to consult and a reserved right to act are no duty to
// defend; the 1974 breaches harmed Cyprus and were committed by two of
// the guarantors; the treaty bans union and partition.
func TestCaseCyprus(t *testing.T) {
	l := loadCaseLayer(t)
	in := l.instrument(t, "cyprus-treaty-of-guarantee-1960")
	a := in.Assess(guarantees.Situation{Attacks: in.BreachAttacks()})
	assert.True(t, a.Has(guarantees.NoDutyToDefend))
	assert.False(t, a.Has(guarantees.DiscretionaryResponse), "a reserved right is not a duty left to discretion")
	assert.True(t, a.Has(guarantees.BreachedByGuarantor))
	assert.True(t, a.Has(guarantees.AggressorAsGuarantor))
	assert.True(t, a.Has(guarantees.NotHonoured))
	assert.ElementsMatch(t, []guarantees.Attack{
		{Attacker: "greece", Victim: "cyprus", When: accord.MustParseDate("1974-07")},
		{Attacker: "turkey", Victim: "cyprus", When: accord.MustParseDate("1974-07")},
	}, in.BreachAttacks())

	cy := l.status(t, "cyprus-non-alignment")
	for _, act := range []neutrality.Activity{neutrality.UnionWithState, neutrality.Partition} {
		r, err := l.rulebook.Check(cy, act, neutrality.Options{})
		require.NoError(t, err)
		assert.Equal(t, neutrality.Incompatible, r.Verdict, act)
		assert.True(t, r.ByInstrument(), "the treaty, not non-alignment, forbids %s", act)
	}
	r, err := l.rulebook.Check(neutrality.Status{Kind: neutrality.NonAlignment}, neutrality.Partition, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.NotRequired, r.Verdict)
}

// Mongolia: a nuclear-weapon-free status, first a goal and then law,
// recognised by the UN; the five powers that only respect it are no
// guarantors, however many and strong.
func TestCaseMongolia(t *testing.T) {
	l := loadCaseLayer(t)
	goal := l.status(t, "mongolia-nuclear-weapon-free-goal")
	c, err := neutrality.Classify(goal.Facts(), neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.NuclearWeaponFree, c.Kind, "the status aimed at")
	assert.False(t, c.InForce(), "1992 set an aim, not a status")

	nwf := l.status(t, "mongolia-nuclear-weapon-free")
	c, err = neutrality.Classify(nwf.Facts(), neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.NuclearWeaponFree, c.Kind)
	assert.True(t, c.InForce())
	for _, act := range []neutrality.Activity{neutrality.NuclearWeaponsStationing, neutrality.NuclearWeaponsTransit} {
		r, err := l.rulebook.Check(nwf, act, neutrality.Options{})
		require.NoError(t, err)
		assert.Equal(t, neutrality.Incompatible, r.Verdict, act)
	}
	r, err := l.rulebook.Check(nwf, neutrality.ReceivesSecurityGuarantee, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Compatible, r.Verdict)
	assert.Equal(t, neutrality.NonAlignment, l.status(t, "mongolia-non-alignment").Kind, "a second status, on blocs, beside the nuclear one")

	in := l.instrument(t, "p5-mongolia-declaration-2012")
	assert.Empty(t, in.Guarantors())
	assert.False(t, in.Assess(guarantees.Situation{}).Has(guarantees.BroadGuarantors))
	// Coded as guarantors, as the model once forced, the five still owe
	// only respect, and the assessment does not count them.
	bent := in.Clone()
	bent.Parties[0].Role = guarantees.Guarantor
	assert.False(t, bent.Assess(guarantees.Situation{}).Has(guarantees.BroadGuarantors))
}

// Finland and the Soviet Union, 1948: help against one named adversary,
// consultation against the rest; Finland must fight, the Soviet Union
// helps only as agreed.
func TestCaseFinlandSovietTreaty(t *testing.T) {
	l := loadCaseLayer(t)
	in := l.instrument(t, "finland-soviet-treaty-1948")
	art1, _ := in.Clause("art1")
	r := art1.Reading
	assert.Equal(t, guarantees.ObligatoryForce, r.ObligationOf("finland"))
	assert.Equal(t, guarantees.Support, r.ObligationOf("soviet-union"))
	assert.Equal(t, guarantees.ObligatoryForce, r.ObligationAgainst("germany"))
	assert.Equal(t, guarantees.Consult, r.ObligationAgainst("united-states"))
	named := in.Assess(guarantees.Situation{Attacks: []guarantees.Attack{{Attacker: "germany", Victim: "finland"}}})
	other := in.Assess(guarantees.Situation{Attacks: []guarantees.Attack{{Attacker: "united-states", Victim: "finland"}}})
	assert.Equal(t, guarantees.ObligatoryForce, named.Effective)
	assert.Equal(t, guarantees.Consult, other.Effective)
	assert.Greater(t, named.Score, other.Score)
}

// The layer's rules judge the activities neutrality texts regulate beyond
// alliances, citing the layer's note on the law and practice.
func TestCaseLayerRules(t *testing.T) {
	l := loadCaseLayer(t)
	pn := neutrality.Status{Kind: neutrality.PermanentNeutrality}
	for act, want := range map[neutrality.Activity]neutrality.Verdict{
		neutrality.UNPeacekeeping: neutrality.Compatible,
		neutrality.GoodOffices:    neutrality.Compatible,
		neutrality.UnionWithState: neutrality.Incompatible,
	} {
		r, err := l.rulebook.Check(pn, act, neutrality.Options{})
		require.NoError(t, err, act)
		assert.Equal(t, want, r.Verdict, act)
	}
	// Arms sold in peacetime on a promise of non-aggression do not concern
	// the law of neutrality, which binds only in a war between others.
	r, err := l.rulebook.Check(neutrality.Status{Kind: neutrality.NeutralInWar}, neutrality.ArmsForNonAggression, neutrality.Options{Context: neutrality.Peacetime})
	require.NoError(t, err)
	assert.Equal(t, neutrality.NotApplicable, r.Verdict)
}

// assertRule checks that errs holds a problem with the rule at path.
func assertRule(t *testing.T, errs accord.ErrorList, rule error, path string) {
	t.Helper()
	for _, e := range errs {
		if e.Path.String() == path && e.Rule == rule {
			return
		}
	}
	assert.Failf(t, "problem not reported", "want %v at %s in %v", rule, path, errs)
}

// TestRulebookCoversIssue18Gaps: the seed rulebook has rules for defence
// agreements and guarantees under a policy of neutrality, for caps on an
// alliance member's forces, and for the nuclear-weapon-free status.
func TestRulebookCoversIssue18Gaps(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	rb := c.Rulebook()
	for _, tc := range []struct {
		kind neutrality.Kind
		act  neutrality.Activity
		want neutrality.Verdict
	}{
		{neutrality.NeutralityPolicy, neutrality.DefenceAgreement, neutrality.Compatible},
		{neutrality.NeutralityPolicy, neutrality.ReceivesSecurityGuarantee, neutrality.Compatible},
		{neutrality.AllianceMember, neutrality.LimitsOnOwnForces, neutrality.NotRequired},
		{neutrality.NuclearWeaponFree, neutrality.NuclearWeaponsStationing, neutrality.Incompatible},
		{neutrality.NuclearWeaponFree, neutrality.ReceivesSecurityGuarantee, neutrality.Compatible},
	} {
		r, ok := rb.Lookup(tc.kind, tc.act, 0)
		require.True(t, ok, "%s / %s", tc.kind, tc.act)
		assert.Equal(t, tc.want, r.Verdict, r.ID)
	}
}

// TestLoadChecksWhoHoldsAStatus: a status belongs to a state, and a
// territory's status to a territory actor of that state.
func TestLoadChecksWhoHoldsAStatus(t *testing.T) {
	const doc = "lawfare-armed-neutrality"
	bad := `{
  "document": "` + doc + `",
  "statuses": [
    {"id": "x-alliance", "state": "nato", "kind": "alliance-member", "stage": "in-force", "alliances": ["nato"],
     "summary": "s", "evidence": [{"doc": "` + doc + `", "anchor": "permanently neutral"}]},
    {"id": "y-territory", "state": "sweden", "territory": "finland", "kind": "neutralisation", "stage": "in-force",
     "postures": ["stay-neutral"], "bases": ["agreement-among-others"],
     "summary": "s", "evidence": [{"doc": "` + doc + `", "anchor": "permanently neutral"}]}
  ]
}`
	_, err := Load(seedFS(t, map[string]string{"neutrality/" + doc + ".json": bad}))
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	for _, path := range []string{"statuses[0].state", "statuses[1].territory"} {
		found := false
		for _, e := range list {
			found = found || (e.Path.String() == path && errors.Is(e, accord.ErrInvalid))
		}
		assert.True(t, found, "want a problem at %s in\n%v", path, list)
	}
}
