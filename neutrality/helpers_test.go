package neutrality

import (
	"errors"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cite is a citation for constructed test values.
func cite(anchor string) []accord.Citation {
	return []accord.Citation{{Doc: "lawfare-armed-neutrality", Anchor: anchor}}
}

// testDoctrines are the two sides of the qualified/strict question.
func testDoctrines() []Doctrine {
	return []Doctrine{
		{ID: QualifiedNeutrality, Question: QuestionAssistanceToVictim, Name: "Qualified", Summary: "s", Evidence: cite("qualified neutrality")},
		{ID: StrictNeutrality, Question: QuestionAssistanceToVictim, Name: "Strict", Summary: "s", Evidence: cite("strict neutrality")},
		{ID: DeclarationSuffices, Question: QuestionRecognition, Name: "Declaration", Summary: "s", Evidence: cite("by declaring")},
		{ID: RecognitionRequired, Question: QuestionRecognition, Name: "Recognition", Summary: "s", Evidence: cite("requires recognition")},
	}
}

// testRules cover one rule of every verdict kind and the fallbacks.
func testRules() []Rule {
	return []Rule{
		{ID: "pn-alliance", Status: PermanentNeutrality, Activity: AllianceMembership, Verdict: Incompatible, Reason: "r", Evidence: cite("abstention from joining military alliances")},
		{ID: "pn-eu", Status: PermanentNeutrality, Activity: EUMembership, Verdict: Compatible, Reason: "r", Evidence: cite("membership in economic organizations")},
		{ID: "pn-defence", Status: PermanentNeutrality, Activity: DefenceAgreement, Verdict: Conditional, Condition: "short of an alliance", Reason: "r", Evidence: cite("short of a full-fledged military alliance")},
		{ID: "pn-caps", Status: PermanentNeutrality, Activity: LimitsOnOwnForces, Verdict: NotRequired, Reason: "r", Evidence: cite("nothing to do with")},
		{ID: "pn-transit-peace", Status: PermanentNeutrality, Activity: MilitaryTransit, Context: Peacetime, Verdict: Conditional, Condition: "temporary", Reason: "r", Evidence: cite("transit")},
		{ID: "nw-transit", Status: NeutralInWar, Activity: MilitaryTransit, Context: Wartime, Verdict: Incompatible, Reason: "r", Evidence: cite("invasion or transit")},
		{ID: "nw-weapons-victim", Status: NeutralInWar, Activity: WeaponsToVictim, Context: Wartime, Verdict: Contested, Reason: "r", Question: QuestionAssistanceToVictim,
			Sides: []Side{
				{Doctrine: QualifiedNeutrality, Verdict: Compatible, Reason: "q", Evidence: cite("qualified")},
				{Doctrine: StrictNeutrality, Verdict: Incompatible, Reason: "s", Evidence: cite("strict")},
			}, Evidence: cite("scholarly debate")},
		{ID: "pn-forces", Status: PermanentNeutrality, Activity: StrongArmedForces, Verdict: Required, Reason: "r", Evidence: cite("to defend its neutrality")},
	}
}

func testRulebook(t testing.TB) *Rulebook {
	t.Helper()
	rb, err := NewRulebook(testRules(), testDoctrines())
	require.NoError(t, err)
	return rb
}

// assertHas checks that errs holds a problem of the given kind (and rule,
// when not nil) at path.
func assertHas(t *testing.T, errs accord.ErrorList, kind, rule error, path string) {
	t.Helper()
	for _, e := range errs {
		if e.Path.String() == path && errors.Is(e, kind) && (rule == nil || errors.Is(e, rule)) {
			return
		}
	}
	assert.Failf(t, "problem not reported", "want %v/%v at %q in:\n%v", kind, rule, path, errs)
}
