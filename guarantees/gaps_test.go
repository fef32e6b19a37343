package guarantees

import (
	"errors"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The gaps of issue 18 in package guarantees, each with the value, field
// or rule that closes it.

func TestRespectOnlyPartiesAreNoGuarantors(t *testing.T) {
	// Five states that only undertake to respect the status, as the P5 did
	// for Mongolia in 2012, are not broad guarantors.
	in := guarantee()
	in.Parties = append(in.Parties, Party{Actor: "p5", Role: RespectOnly, Members: 5})
	a := assessWhole(t, in, Situation{})
	assert.False(t, a.Has(BroadGuarantors))
	assert.NotContains(t, in.Guarantors(), "p5")
	assert.False(t, RespectOnly.Gives())
	assert.False(t, RespectOnly.Receives())

	// Coded as guarantors whose own obligation is only respect, they do
	// not count either: the assessment counts parties with a duty to help.
	in = guarantee()
	in.Parties = append(in.Parties, Party{Actor: "p5", Role: Guarantor, Members: 5})
	in.Clauses[0].Reading.Parties = []PartyObligation{{Actor: "p5", Obligation: Respect}}
	assert.False(t, assessWhole(t, in, Situation{}).Has(BroadGuarantors))
	in.Clauses[0].Reading.Parties = nil
	assert.True(t, assessWhole(t, in, Situation{}).Has(BroadGuarantors), "with a duty to defend they count")

	// A party that withdrew no longer counts.
	in.Events = []Event{{Kind: EventWithdrew, Actors: []string{"p5"}, Summary: "s", Evidence: ev}}
	assert.False(t, assessWhole(t, in, Situation{}).Has(BroadGuarantors))
}

func TestPerPartyObligations(t *testing.T) {
	in := guarantee()
	in.Clauses[0].Reading.Parties = []PartyObligation{{Actor: "united-kingdom", Obligation: Consult}}
	require.Empty(t, in.Validate(accord.NewPath("in")))
	r := in.Clauses[0].Reading
	assert.Equal(t, Consult, r.ObligationOf("united-kingdom"))
	assert.Equal(t, ObligatoryForce, r.ObligationOf("france"))

	in.Clauses[0].Reading.Parties = append(in.Clauses[0].Reading.Parties,
		PartyObligation{Actor: "united-kingdom", Obligation: Support}, PartyObligation{Actor: "atlantis", Obligation: 99})
	errs := in.Validate(accord.NewPath("in"))
	assertPath(t, errs, accord.ErrDuplicate, "in.clauses[0].reading.parties[1].actor")
	assertPath(t, errs, accord.ErrNotSupported, "in.clauses[0].reading.parties[2].obligation")
	assertPath(t, errs, accord.ErrNotFound, "in.clauses[0].reading.parties[2].actor")
}

func TestNamedAdversary(t *testing.T) {
	// Help against one named power, consultation against the rest.
	in := guarantee()
	r := &in.Clauses[0].Reading
	r.Against, r.Otherwise = []string{"germany"}, Consult
	require.Empty(t, in.Validate(accord.NewPath("in")))
	assert.Equal(t, ObligatoryForce, r.ObligationAgainst("germany"))
	assert.Equal(t, Consult, r.ObligationAgainst("russia"))

	named := assessWhole(t, in, Situation{Attacks: []Attack{{Attacker: "germany", Victim: "ukraine"}}})
	other := assessWhole(t, in, Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}}})
	assert.Equal(t, ObligatoryForce, named.Effective)
	assert.Equal(t, Consult, other.Effective, "against an attacker not named, only consultation binds")
	assert.True(t, other.Has(NoDutyToDefend))
	assert.Greater(t, named.Score, other.Score)

	r.Otherwise = AutomaticForce
	assertPath(t, in.Validate(accord.NewPath("in")), accord.ErrInvalid, "in.clauses[0].reading.otherwise")
	r.Against = nil
	assertPath(t, in.Validate(accord.NewPath("in")), accord.ErrInvalid, "in.clauses[0].reading.otherwise")
}

func TestReservedRightIsNoDuty(t *testing.T) {
	// Cyprus 1960, Article IV: consult, and failing joint action each
	// guarantor reserves the right to act.
	in := guarantee()
	in.Clauses[0].Reading.Obligation = ReservedRight
	a := assessWhole(t, in, Situation{})
	assert.True(t, a.Has(NoDutyToDefend))
	assert.False(t, a.Has(DiscretionaryResponse), "a reserved right is not a discretionary duty")
	assert.Less(t, ReservedRight, Respect)
	assert.Greater(t, ReservedRight, Permits)
	assert.False(t, ReservedRight.OwesHelp())
}

func TestCasusTellsAttackOnAllApart(t *testing.T) {
	// An automatic trigger with discretionary means, and "an attack on one
	// is an attack on all", no longer collapse into a discretionary pledge.
	pledge := guarantee()
	pledge.Clauses[0].Reading.Obligation = DiscretionaryForce
	collective := guarantee()
	collective.Clauses[0].Reading.Obligation = DiscretionaryForce
	collective.Clauses[0].Reading.Casus = CasusAttackOnAll
	p, c := assessWhole(t, pledge, Situation{}), assessWhole(t, collective, Situation{})
	assert.Greater(t, c.Score, p.Score)
	assert.Equal(t, DiscretionaryForce, c.Effective, "the means stay discretionary")
	assert.True(t, CasusAutomatic.Automatic())
	assert.True(t, CasusAttackOnAll.Automatic())
	assert.False(t, CasusDetermined.Automatic())
	collective.Clauses[0].Reading.Casus = 42
	assertPath(t, collective.Validate(accord.NewPath("in")), accord.ErrNotSupported, "in.clauses[0].reading.casus")
}

func TestQualifiedMajority(t *testing.T) {
	in := guarantee()
	r := &in.Clauses[0].Reading
	r.Decision, r.Majority = QualifiedMajority, "2/3"
	require.Empty(t, in.Validate(accord.NewPath("in")))
	a := assessWhole(t, in, Situation{})
	assert.False(t, a.Has(VetoForGuarantor), "a blocking minority is not a veto for each guarantor")
	assert.Equal(t, ObligatoryForce, a.Effective)

	for _, bad := range []string{"", "1/2", "3/3", "two thirds", "0/3"} {
		r.Majority = bad
		errs := in.Validate(accord.NewPath("in"))
		assert.NotEmpty(t, errs, bad)
	}
	r.Decision, r.Majority = EachAlone, "2/3"
	assertPath(t, in.Validate(accord.NewPath("in")), accord.ErrInvalid, "in.clauses[0].reading.majority")
}

func TestBreachNamesItsVictims(t *testing.T) {
	// Two guarantors of a declaration that protects three states breach it
	// against one of them.
	in := guarantee()
	in.Parties = append(in.Parties, Party{Actor: "moldova", Role: Protected}, Party{Actor: "georgia", Role: Protected})
	in.Stage = Breached
	in.Events = []Event{{Kind: EventBreached, Actors: []string{"france", "united-kingdom"}, Victims: []string{"moldova"}, Summary: "s", Evidence: ev}}
	require.Empty(t, in.Validate(accord.NewPath("in")))
	assert.ElementsMatch(t, []Attack{{Attacker: "france", Victim: "moldova"}, {Attacker: "united-kingdom", Victim: "moldova"}}, in.BreachAttacks())
	in.Events[0].Victims = nil
	assert.Len(t, in.BreachAttacks(), 6, "without victims, every protected party")

	bad := Event{Kind: EventHonoured, Actors: []string{"france"}, Victims: []string{"moldova"}, Summary: "s", Evidence: ev}
	assertPath(t, bad.Validate(accord.NewPath("e")), accord.ErrInvalid, "e.victims")
	for _, k := range []EventKind{EventInvoked, EventSuspended, EventWithdrew} {
		e := Event{Kind: k, Summary: "s", Evidence: ev}
		assertPath(t, e.Validate(accord.NewPath("e")), accord.ErrRequired, "e.actors")
	}
}

func TestForceCapsInATreatyInForce(t *testing.T) {
	in := guarantee()
	in.Clauses = append(in.Clauses, Clause{ID: "caps", Label: "Article 2", Topic: ForceLimits, Summary: "caps",
		Caps:     []ForceCap{{Quantity: "personnel", AtMost: 34400, Unit: "troops"}, {Party: "ukraine", Quantity: "submarines", Unit: "submarines"}},
		Evidence: ev})
	require.Empty(t, in.Validate(accord.NewPath("in")))
	assert.Equal(t, InForce, in.Stage, "caps in an instrument in force")
	c := in.Clone()
	c.Clauses[1].Caps[0].AtMost = 1
	assert.Equal(t, 34400.0, in.Clauses[1].Caps[0].AtMost)

	in.Clauses[0].Caps = []ForceCap{{Quantity: "tanks", Unit: "tanks"}}
	in.Clauses[1].Caps = append(in.Clauses[1].Caps, ForceCap{AtMost: -1})
	errs := in.Validate(accord.NewPath("in"))
	assertPath(t, errs, accord.ErrInvalid, "in.clauses[0].caps")
	assertPath(t, errs, accord.ErrRequired, "in.clauses[1].caps[2].quantity")
	assertPath(t, errs, accord.ErrInvalid, "in.clauses[1].caps[2].at_most")
}

func TestATOPObligationKinds(t *testing.T) {
	for _, k := range []Kind{NeutralityPact, NonAggressionPact, ConsultationPact} {
		assert.True(t, k.IsValid())
		assert.Contains(t, k.Doc(), "ATOP")
	}
	in := guarantee()
	in.Kind = ConsultationPact
	in.Parties = []Party{{Actor: "france", Role: Mutual}, {Actor: "united-kingdom", Role: Mutual}}
	in.Clauses[0].Reading.Obligation = Consult
	require.Empty(t, in.Validate(accord.NewPath("in")))
	in.Parties = []Party{{Actor: "france", Role: Signatory}}
	assertPath(t, in.Validate(accord.NewPath("in")), accord.ErrRequired, "in.parties")
	in.Kind = NonAggressionPact
	assert.Empty(t, in.Validate(accord.NewPath("in")), "a non-aggression pact promises no protection")
}

// assertPath checks that errs holds a problem of the given kind at path.
func assertPath(t *testing.T, errs accord.ErrorList, kind error, path string) {
	t.Helper()
	for _, e := range errs {
		if e.Path.String() == path && errors.Is(e, kind) {
			return
		}
	}
	assert.Failf(t, "problem not reported", "want %v at %q in:\n%v", kind, path, errs)
}
