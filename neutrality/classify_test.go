package neutrality

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClassifyEachKind(t *testing.T) {
	tests := []struct {
		name  string
		facts Facts
		want  Kind
	}{
		{"non-party to a war", Facts{Conflict: "Second World War", Bases: []Basis{LawOfNeutrality}}, NeutralInWar},
		{"policy of neutrality", Facts{Postures: []Posture{StayNeutral}, Bases: []Basis{PolicyStatement}}, NeutralityPolicy},
		{"recognised permanent neutrality", Facts{Postures: []Posture{StayNeutral}, Bases: []Basis{UnilateralDeclaration}, RecognisedBy: []string{"concert-of-europe"}}, PermanentNeutrality},
		{"permanent neutrality by treaty", Facts{Postures: []Posture{StayNeutral}, Bases: []Basis{Treaty}}, PermanentNeutrality},
		{"neutralisation imposed by others", Facts{Postures: []Posture{StayNeutral}, Bases: []Basis{AgreementAmongOthers}}, Neutralisation},
		{"neutralisation by guarantee", Facts{Postures: []Posture{StayNeutral}, Bases: []Basis{Treaty}, GuaranteedBy: []string{"p5"}}, Neutralisation},
		{"non-bloc law", Facts{Postures: []Posture{StayOutOfBlocs}, Bases: []Basis{DomesticLaw}}, NonAlignment},
		{"alliance member", Facts{Alliances: []string{"nato"}}, AllianceMember},
		{"alliance course", Facts{Postures: []Posture{JoinAlliance}, Bases: []Basis{DomesticLaw}}, AllianceAspirant},
		{"a permanent neutral stays so in a war", Facts{Conflict: "a war", Postures: []Posture{StayNeutral}, Bases: []Basis{Treaty}}, PermanentNeutrality},
		{"nuclear-weapon-free by law", Facts{Postures: []Posture{StayNuclearWeaponFree}, Bases: []Basis{DomesticLaw}}, NuclearWeaponFree},
		{"a guarantee without a binding basis is no neutralisation", Facts{Postures: []Posture{StayNeutral}, Bases: []Basis{PolicyStatement}, GuaranteedBy: []string{"p5"}}, NeutralityPolicy},
	}
	seen := map[Kind]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Classify(tt.facts, Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.Kind)
			assert.True(t, c.Decided())
			assert.False(t, c.IsContested())
			assert.NotEmpty(t, c.Reasons)
			seen[c.Kind] = true
		})
	}
	assert.Len(t, seen, len(Kinds()), "every kind can be derived")
}

func TestClassifyDoctrineSwitch(t *testing.T) {
	unrecognised := Facts{Postures: []Posture{StayNeutral, StayOutOfBlocs}, Bases: []Basis{UnilateralDeclaration, DomesticLaw}}
	allied := Facts{Postures: []Posture{StayOutOfBlocs}, Alliances: []string{"nato"}}
	policyOutOfBlocs := Facts{Postures: []Posture{StayNeutral, StayOutOfBlocs}, Bases: []Basis{PolicyStatement}}
	tests := []struct {
		name      string
		facts     Facts
		doctrines []string
		want      Kind
		alts      []Alternative
	}{
		{"unilateral declaration, no doctrine", unrecognised, nil, 0,
			[]Alternative{{[]string{DeclarationSuffices}, PermanentNeutrality}, {[]string{RecognitionRequired}, NonAlignment}}},
		{"unilateral declaration, declaration suffices", unrecognised, []string{DeclarationSuffices}, PermanentNeutrality,
			[]Alternative{{[]string{DeclarationSuffices}, PermanentNeutrality}, {[]string{RecognitionRequired}, NonAlignment}}},
		{"unilateral declaration, recognition required", unrecognised, []string{RecognitionRequired}, NonAlignment,
			[]Alternative{{[]string{DeclarationSuffices}, PermanentNeutrality}, {[]string{RecognitionRequired}, NonAlignment}}},
		{"unrecognised neutrality policy outside blocs", policyOutOfBlocs, []string{RecognitionRequired}, NonAlignment,
			[]Alternative{{[]string{DeclarationSuffices}, NeutralityPolicy}, {[]string{RecognitionRequired}, NonAlignment}}},
		{"non-bloc state in an alliance, no doctrine", allied, nil, 0,
			[]Alternative{{[]string{NonAlignmentPermitsAlliances}, NonAlignment}, {[]string{NonAlignmentExcludesAlliances}, AllianceMember}}},
		{"non-bloc state in an alliance, alliances permitted", allied, []string{NonAlignmentPermitsAlliances}, NonAlignment,
			[]Alternative{{[]string{NonAlignmentPermitsAlliances}, NonAlignment}, {[]string{NonAlignmentExcludesAlliances}, AllianceMember}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Classify(tt.facts, Options{Doctrines: tt.doctrines})
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.Kind)
			assert.True(t, c.IsContested())
			assert.Equal(t, tt.alts, c.Alternatives)
			assert.Equal(t, tt.want.IsValid(), c.Decided())
			if c.Decided() {
				assert.Equal(t, tt.doctrines, c.Doctrines)
			}
		})
	}
}

func TestClassifyErrors(t *testing.T) {
	_, err := Classify(Facts{}, Options{})
	assert.ErrorIs(t, err, ErrUnclassifiable)
	_, err = Classify(Facts{Bases: []Basis{Treaty}, RecognisedBy: []string{"x"}}, Options{})
	assert.ErrorIs(t, err, ErrUnclassifiable, "a basis without a declared posture says nothing")
	_, err = Classify(Facts{Postures: []Posture{42}}, Options{})
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	assertHas(t, list, accord.ErrNotSupported, nil, "facts.postures[0]")
}

func TestClassifyAgreesWithValidStatuses(t *testing.T) {
	for k, s := range validStatuses() {
		c, err := Classify(s.Facts(), Options{Doctrines: []string{DeclarationSuffices, NonAlignmentExcludesAlliances}})
		require.NoError(t, err, k)
		assert.Equal(t, k, c.Kind, "%s: %v", s.ID, c.Reasons)
	}
}
