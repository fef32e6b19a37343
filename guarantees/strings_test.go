package guarantees

import (
	"strings"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/neutrality"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSubjectTitle(t *testing.T) {
	labelled := istanbul()
	labelled.ShortName = "Istanbul draft"
	labelled.Clauses[0].Label = "Article 5 (security guarantees)"
	labelled.Clauses[0].Revisions[0].Label = "Russia's revision"
	labelled.Clauses[0].Revisions[1].Label = "Ukraine's revision"
	nato := guarantee()
	nato.ShortName = "NATO Article 5"
	nato.Clauses[0].ID, nato.Clauses[0].Label = "art5", "Article 5"
	tests := []struct {
		name   string
		in     Instrument
		clause string // "" for the whole instrument
		adopt  []string
		want   string
	}{
		{"whole instrument: the short name", labelled, "", nil, "Istanbul draft"},
		{"whole instrument with a revision", labelled, "", []string{"ua"}, "Istanbul draft with Ukraine's revision"},
		{"a clause: its label after the title", labelled, "art5", nil, "Istanbul draft, Article 5 (security guarantees)"},
		{"a clause with two revisions, in the order adopted", labelled, "art5", []string{"ru", "ua"},
			"Istanbul draft, Article 5 (security guarantees), with Russia's revision and Ukraine's revision"},
		{"a revision without a label: its id", istanbul(), "art5", []string{"ua"}, "Test guarantee, Article 5, with revision ua"},
		{"the label is left out when the title says it", nato, "art5", nil, "NATO Article 5"},
		{"no short name: the name", guarantee(), "defence", nil, "Test guarantee, Article 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Subject
			var err error
			if tt.clause == "" {
				s, err = InstrumentSubject(tt.in, tt.adopt...)
			} else {
				s, err = ClauseSubject(tt.in, tt.clause, tt.adopt...)
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, s.Title())
			assert.Equal(t, tt.want, Assess(s, Situation{}).Title, "Assess copies the title")
		})
	}
	assert.Empty(t, Subject{}.Title())
	assert.Equal(t, "Test guarantee", guarantee().Assess(Situation{}).Title)
}

func TestContainsWords(t *testing.T) {
	tests := []struct {
		s, phrase string
		want      bool
	}{
		{"NATO Article 5", "Article 5", true},
		{"NATO Article 51", "Article 5", false},
		{"UN Charter Art. 51", "Art. 5", false},
		{"Article 5 of NATO", "Article 5", true},
		{"Article 51, Article 5", "Article 5", true},
		{"Treaty", "Article 5", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, containsWords(tt.s, tt.phrase), "%q in %q", tt.phrase, tt.s)
	}
}

func TestRevisionTitle(t *testing.T) {
	tests := []struct {
		r    Revision
		want string
	}{
		{Revision{ID: "ua", Label: "Ukraine's revision"}, "Ukraine's revision"},
		{Revision{ID: "ua"}, "revision ua"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.r.Title())
	}
}

func TestComparisonString(t *testing.T) {
	a := Assessment{Subject: "a", Title: "NATO Article 5", Score: 4}
	b := Assessment{Subject: "b", Title: "Istanbul draft", Score: -4}
	tests := []struct {
		name string
		c    Comparison
		want string
	}{
		{"A stronger", Compare(a, b), "NATO Article 5 is stronger than Istanbul draft (score 4 against -4)"},
		{"B stronger", Compare(b, a), "NATO Article 5 is stronger than Istanbul draft (score 4 against -4)"},
		{"a tie", Compare(a, a), "NATO Article 5 and NATO Article 5 are equally strong (score 4)"},
		{"no title: the subject", Compare(Assessment{Subject: "x", Score: 1}, Assessment{Subject: "y"}), "x is stronger than y (score 1 against 0)"},
		{"zero", Comparison{}, "an unnamed subject and an unnamed subject are equally strong (score 0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.String())
		})
	}
}

func TestDifferenceString(t *testing.T) {
	tests := []struct {
		d    Difference
		want string
	}{
		{Difference{Kind: VetoForGuarantor, InB: true}, "-4 veto-for-guarantor, only B (favours A)"},
		{Difference{Kind: VetoForGuarantor, InA: true}, "-4 veto-for-guarantor, only A (favours B)"},
		{Difference{Kind: ForceObligation, InA: true}, "+1 force-obligation, only A (favours A)"},
		{Difference{Kind: AttackOnAll, InB: true}, "+1 attack-on-all, only B (favours B)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.d.String())
	}
}

func TestWrapLine(t *testing.T) {
	tests := []struct {
		name          string
		s             string
		width, indent int
		want          []string
	}{
		{"fits", "a b c", 10, 2, []string{"a b c"}},
		{"wraps with a hanging indent", "aaa bbb ccc", 7, 2, []string{"aaa bbb", "  ccc"}},
		{"keeps the leading indent", "  aa bb cc", 7, 4, []string{"  aa bb", "    cc"}},
		{"a long word stays whole", "aaaaaaaaaa b", 5, 1, []string{"aaaaaaaaaa", " b"}},
		{"counts runes, not bytes", "ééé ééé", 7, 0, []string{"ééé ééé"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wrapLine(tt.s, tt.width, tt.indent))
		})
	}
}

func TestExplainEqual(t *testing.T) {
	a := Assessment{Title: "A treaty", Score: 3, Level: Limited, Effective: Consult}
	var b strings.Builder
	require.NoError(t, Compare(a, a).Explain(&b))
	assert.Equal(t, "A: A treaty (score 3, limited; each guarantor bound to consult)\n"+
		"B: A treaty (score 3, limited; each guarantor bound to consult)\n"+
		"A and B are equally strong. They have the same findings.\n", b.String())
}

func TestFindingString(t *testing.T) {
	a := assessWhole(t, istanbul(), Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}}}, "ru")
	got := map[FindingKind]string{}
	for _, f := range a.Findings {
		got[f.Kind] = f.String()
	}
	assert.Equal(t, "veto-for-guarantor [Article 5]", got[VetoForGuarantor], "a clause by its label")
	assert.Equal(t, "aggressor-as-guarantor (russia)", got[AggressorAsGuarantor])
	assert.Equal(t, "not-in-force", got[NotInForce])
	tests := []struct {
		f    Finding
		want string
	}{
		{Finding{Kind: VetoForGuarantor, Clause: "art5"}, "veto-for-guarantor [art5]"},
		{Finding{Kind: BeyondNeutrality, Activity: neutrality.LimitsOnOwnForces, Clause: "caps"}, "beyond-neutrality (limits-on-own-forces) [caps]"},
		{Finding{Kind: FailedToDeter, Actor: "german-empire"}, "failed-to-deter (german-empire)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.f.String(), "without a label, the clause id")
	}
}

func TestInstrumentClauseAssessmentString(t *testing.T) {
	nato := guarantee()
	nato.ShortName, nato.Kind = "NATO Article 5", DefencePact
	assert.Equal(t, "NATO Article 5 (defence-pact, in-force; lawfare-armed-neutrality)", nato.String())
	assert.Equal(t, "Test guarantee (neutrality-guarantee, draft; lawfare-armed-neutrality)", istanbul().String())
	assert.Equal(t, "x", Instrument{ID: "x"}.String())
	assert.Equal(t, "unnamed instrument", Instrument{}.String())

	assert.Equal(t, "Article 5 [art5, commitment]", art5().String())
	assert.Equal(t, "unlabelled clause [, Topic(0)]", Clause{}.String())

	tests := []struct {
		a    Assessment
		want string
	}{
		{Assessment{Title: "NATO Article 5", Subject: "north-atlantic-treaty", Score: 7, Level: Strong, Effective: DiscretionaryForce},
			"NATO Article 5: score 7, strong; each guarantor bound to discretionary-force"},
		{Assessment{Subject: "un-charter", Score: -2, Level: Weak}, "un-charter: score -2, weak; no commitment clause"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.a.String())
	}
}

func TestAttackEventPartyString(t *testing.T) {
	tests := []struct {
		name string
		s    interface{ String() string }
		want string
	}{
		{"an attack", Attack{Attacker: "russia", Victim: "ukraine", When: accord.YearOf(2014)}, "russia attacked ukraine (2014)"},
		{"an undated attack", Attack{Attacker: "a", Victim: "b"}, "a attacked b"},
		{"a breach with its victims", Event{Kind: EventBreached, Actors: []string{"russia"}, Victims: []string{"ukraine"},
			When: accord.Period{From: accord.YearOf(2014), To: accord.YearOf(2014)}, Evidence: ev},
			"breached by russia against ukraine, 2014 (lawfare-armed-neutrality)"},
		{"an undated event", Event{Kind: EventSigned}, "signed"},
		{"a party", Party{Actor: "russia", Role: Guarantor}, "russia (guarantor)"},
		{"a party for its members", Party{Actor: "nato", Role: Guarantor, Members: 32}, "nato (guarantor, 32 members)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.s.String())
		})
	}
}
