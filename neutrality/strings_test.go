package neutrality

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRulingString(t *testing.T) {
	rb := testRulebook(t)
	pn := Status{Kind: PermanentNeutrality}
	byTerms := validStatuses()[PermanentNeutrality]
	byTerms.Allows = []Activity{AllianceMembership}
	require.NotEmpty(t, byTerms.Evidence)
	war := Options{Context: Wartime}
	tests := []struct {
		name   string
		status Status
		a      Activity
		opts   Options
		want   string
	}{
		{"a plain verdict with its document", pn, AllianceMembership, Options{}, "incompatible (lawfare-armed-neutrality)"},
		{"a condition", pn, DefenceAgreement, Options{}, "conditional: short of an alliance (lawfare-armed-neutrality)"},
		{"contested, no doctrine chosen: every side", pn, WeaponsToVictim, war,
			"contested: compatible under qualified-neutrality (lawfare-armed-neutrality); incompatible under strict-neutrality (lawfare-armed-neutrality)"},
		{"contested, a doctrine chosen", pn, WeaponsToVictim, war.WithDoctrines(StrictNeutrality),
			"incompatible under strict-neutrality (lawfare-armed-neutrality)"},
		{"the status's own terms", byTerms, AllianceMembership, Options{},
			"compatible, by the status's own terms (" + accord.CitedDocs(byTerms.Evidence)[0] + ")"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := rb.Check(tt.status, tt.a, tt.opts)
			require.NoError(t, err)
			assert.Equal(t, tt.want, f.String())
		})
	}
	assert.Equal(t, "no ruling", Ruling{}.String())
}

func TestSideString(t *testing.T) {
	two := append(cite("a"), accord.Citation{Doc: "hiia-security-guarantees", Anchor: "b"}, accord.Citation{Doc: "lawfare-armed-neutrality", Anchor: "c"})
	tests := []struct {
		name string
		sd   Side
		want string
	}{
		{"verdict, doctrine, document", Side{Doctrine: StrictNeutrality, Verdict: Incompatible, Evidence: cite("x")},
			"incompatible under strict-neutrality (lawfare-armed-neutrality)"},
		{"a condition on one line", Side{Doctrine: TemporaryPresenceAllowed, Verdict: Conditional, Condition: "only for\na time", Evidence: cite("x")},
			"conditional under temporary-presence-allowed: only for a time (lawfare-armed-neutrality)"},
		{"each document once", Side{Doctrine: QualifiedNeutrality, Verdict: Compatible, Evidence: two},
			"compatible under qualified-neutrality (lawfare-armed-neutrality, hiia-security-guarantees)"},
		{"zero", Side{}, "no side"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.sd.String())
		})
	}
}

func TestClassificationString(t *testing.T) {
	facts := Facts{Postures: []Posture{StayNeutral, StayOutOfBlocs}, Bases: []Basis{PolicyStatement}}
	tests := []struct {
		name  string
		facts Facts
		opts  Options
		want  string
	}{
		{"undecided: each alternative", facts, Options{},
			"undecided: neutrality-policy under declaration-suffices, or non-alignment under recognition-required"},
		{"decided by a doctrine", facts, Options{Doctrines: []string{RecognitionRequired}}, "non-alignment under recognition-required"},
		{"a proposal says so", Facts{Postures: []Posture{StayNeutral}, Bases: []Basis{Treaty}, GuaranteedBy: []string{"france"}, Stage: Proposed},
			Options{}, "neutralisation (proposed)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Classify(tt.facts, tt.opts)
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.String())
		})
	}
	assert.Equal(t, "no classification", Classification{}.String())
	assert.Equal(t, "non-alignment under a and b", Alternative{Kind: NonAlignment, Doctrines: []string{"a", "b"}}.String())
	assert.Equal(t, "non-alignment", Alternative{Kind: NonAlignment}.String())
}

func TestDemandString(t *testing.T) {
	tests := []struct {
		name string
		d    Demand
		want string
	}{
		{"every part", Demand{By: []string{"russia"}, Talks: "istanbul-2022", Stage: LatestDraft, Direction: Forbid,
			Activity: AllianceMembership, Evidence: cite("x")},
			"russia: forbid alliance-membership (istanbul-2022, latest-draft; lawfare-armed-neutrality)"},
		{"two parties, no stage", Demand{By: []string{"ukraine", "russia"}, Talks: "istanbul-2022", Direction: Require,
			Activity: ReceivesSecurityGuarantee}, "ukraine and russia: require receives-security-guarantee (istanbul-2022)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.String())
		})
	}
}

func TestStatusString(t *testing.T) {
	tests := []struct {
		name string
		s    Status
		want string
	}{
		{"state, kind, period, document", Status{State: "sweden", Kind: NonAlignment,
			Period: accord.Period{From: accord.YearOf(1992), To: accord.YearOf(2022)}, Stage: InForce, Evidence: cite("x")},
			"sweden: non-alignment 1992–2022 (lawfare-armed-neutrality)"},
		{"a proposal says so", Status{State: "ukraine", Kind: PermanentNeutrality, Stage: Proposed, Evidence: cite("x")},
			"ukraine: permanent-neutrality, proposed (lawfare-armed-neutrality)"},
		{"a territory", Status{State: "finland", Territory: "aland-islands", Kind: Neutralisation, Stage: InForce,
			Period: accord.Period{From: accord.YearOf(1921), End: accord.StillHolds}},
			"finland (aland-islands): neutralisation 1921–present"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.s.String())
		})
	}
}

func TestRuleDoctrineString(t *testing.T) {
	rules := map[string]Rule{}
	for _, r := range testRules() {
		rules[r.ID] = r
	}
	tests := []struct {
		id   string
		want string
	}{
		{"pn-alliance", "permanent-neutrality, alliance-membership: incompatible (lawfare-armed-neutrality)"},
		{"pn-transit-peace", "permanent-neutrality, military-transit, in peacetime: conditional: temporary (lawfare-armed-neutrality)"},
		{"nw-weapons-victim", "neutral-in-war, weapons-to-victim, in wartime: contested: compatible under qualified-neutrality (lawfare-armed-neutrality); incompatible under strict-neutrality (lawfare-armed-neutrality)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, rules[tt.id].String(), tt.id)
	}
	assert.Equal(t, "Strict (strict-neutrality)", testDoctrines()[1].String())
	assert.Equal(t, "unnamed doctrine ()", Doctrine{}.String())
}

func TestEventString(t *testing.T) {
	tests := []struct {
		e    Event
		want string
	}{
		{Event{Kind: Violated, Date: accord.YearOf(1914), By: []string{"german-empire"}, Evidence: cite("x")},
			"violated by german-empire, 1914 (lawfare-armed-neutrality)"},
		{Event{Kind: FailedInWar}, "failed-in-war"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.e.String())
	}
}
