package settlement

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
)

func TestValidateValid(t *testing.T) {
	for _, s := range []Settlement{optionA(), optionB()} {
		assert.Empty(t, s.Validate(actors.NewPath("settlements").Index(0)), s.ID)
	}
}

// TestValidateErrors: every problem is reported with its kind, its rule
// sentinel where a rule of the package is broken, and its path.
func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Settlement)
		kind   error
		rule   error
		path   string
	}{
		{"peacekeepers without a mandate", func(s *Settlement) {
			s.Presence = Presence{Deployments: []Deployment{{Kind: Peacekeepers, ConsentOf: []string{"ukraine"}}}}
		}, actors.ErrRequired, ErrNoMandate, "s.presence.deployments[0].mandate"},
		{"ground forces without contributors", func(s *Settlement) {
			s.Presence = Presence{Deployments: []Deployment{{Kind: GroundForces}}}
		}, actors.ErrRequired, ErrNoContributors, "s.presence.deployments[0].contributors"},
		{"kind deployed and excluded", func(s *Settlement) {
			s.Presence.Excludes = []DeploymentKind{GroundForces}
		}, actors.ErrInvalid, ErrPresenceContradicts, "s.presence.excludes[0]"},
		{"cap without a figure", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Capped, Caps: []Cap{{Quantity: "tanks", Unit: "tanks"}}}
		}, actors.ErrRequired, ErrCapWithoutFigure, "s.forces.caps[0].at_most"},
		{"capped without caps", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Capped}
		}, actors.ErrRequired, ErrCapWithoutFigure, "s.forces.caps"},
		{"negative cap", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Capped, Caps: []Cap{{Quantity: "tanks", Unit: "tanks", AtMost: -1}}}
		}, actors.ErrInvalid, ErrCapWithoutFigure, "s.forces.caps[0].at_most"},
		{"unlimited with caps", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Unlimited, Caps: capped.Caps}
		}, actors.ErrInvalid, ErrCapsContradict, "s.forces.caps"},
		{"region named twice", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: NotRecognised}, {Region: "crimea", Treatment: Recognised}}
		}, actors.ErrDuplicate, ErrDuplicateRegion, "s.territory[1].region"},
		{"deferral without years", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred}}
		}, actors.ErrRequired, ErrDeferralYears, "s.territory[0].years_min"},
		{"years without deferral", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Recognised, YearsMin: 10}}
		}, actors.ErrInvalid, ErrDeferralYears, "s.territory[0].years_min"},
		{"years ending before they start", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred, YearsMin: 15, YearsMax: 10}}
		}, actors.ErrInvalid, ErrDeferralYears, "s.territory[0].years_max"},
		{"guarantee with neither instrument", func(s *Settlement) {
			s.Guarantees = []GuaranteeTerm{{Adopt: []string{"art5-russian-revision"}}}
		}, actors.ErrRequired, ErrGuaranteeSource, "s.guarantees[0].instrument"},
		{"guarantee with both instruments", func(s *Settlement) {
			s.Guarantees = []GuaranteeTerm{{Instrument: "x", Inline: &guarantees.Instrument{ID: "y"}}}
		}, actors.ErrInvalid, ErrGuaranteeSource, "s.guarantees[0].inline"},
		{"invalid inline instrument", func(s *Settlement) {
			s.Guarantees = []GuaranteeTerm{{Inline: &guarantees.Instrument{ID: "y"}}}
		}, actors.ErrRequired, nil, "s.guarantees[0].inline.name"},
		{"neutral-in-war is no settlement term", func(s *Settlement) {
			s.Status.Kind = neutrality.NeutralInWar
		}, actors.ErrNotSupported, ErrNotASettlementStatus, "s.status.kind"},
		{"neutralisation without guarantor", func(s *Settlement) {
			s.Status.Kind = neutrality.Neutralisation
		}, actors.ErrRequired, neutrality.ErrNoGuarantor, "s.status.guaranteed_by"},
		{"activity allowed and forbidden", func(s *Settlement) {
			s.Status.Allows = []neutrality.Activity{neutrality.JointExercises}
			s.Status.Forbids = []neutrality.Activity{neutrality.JointExercises}
		}, actors.ErrInvalid, neutrality.ErrConflictingTerms, "s.status.forbids[0]"},
		{"empty package", func(s *Settlement) {
			s.Status, s.Forces, s.Presence = StatusTerm{}, ForcePosture{}, Presence{}
		}, actors.ErrRequired, ErrEmptyPackage, "s"},
		{"missing stage", func(s *Settlement) { s.Stage = 0 }, actors.ErrRequired, nil, "s.stage"},
		{"unknown modality", func(s *Settlement) { s.Modality = 99 }, actors.ErrNotSupported, nil, "s.modality"},
		{"malformed protected id", func(s *Settlement) { s.Protected = "Ukraine" }, actors.ErrInvalid, actors.ErrBadID, "s.protected"},
		{"no evidence", func(s *Settlement) { s.Evidence = nil }, actors.ErrRequired, nil, "s.evidence"},
		{"variant of itself", func(s *Settlement) { s.VariantOf = s.ID }, actors.ErrInvalid, nil, "s.variant_of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := optionA()
			tt.change(&s)
			errs := s.Validate(actors.NewPath("s"))
			require.NotEmpty(t, errs)
			var found *actors.FieldError
			for _, e := range errs {
				if e.Path == tt.path {
					found = e
				}
			}
			require.NotNil(t, found, "no error at %s; got %v", tt.path, errs)
			assert.True(t, errors.Is(found, tt.kind), "kind: %v", found)
			if tt.rule != nil {
				assert.True(t, errors.Is(found, tt.rule), "rule: %v", found)
			}
		})
	}
}

// TestValidateReportsEverything: problems in several components are all
// reported at once.
func TestValidateReportsEverything(t *testing.T) {
	s := optionA()
	s.Forces = ForcePosture{Limits: Capped}
	s.Presence = Presence{Deployments: []Deployment{{Kind: Peacekeepers}}}
	s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred, YearsMin: 10}, {Region: "crimea", Treatment: Recognised}}
	err := s.Validate(actors.Path{}).Err()
	require.Error(t, err)
	for _, rule := range []error{ErrCapWithoutFigure, ErrNoMandate, ErrDuplicateRegion} {
		assert.ErrorIs(t, err, rule)
	}
}

func TestFrameValidate(t *testing.T) {
	f := negotiation().frame
	assert.Empty(t, f.Validate(actors.Path{}))
	f.Bindings = append(f.Bindings, Binding{Term: TermForceLimits, Issue: "other"}, Binding{Issue: "x"})
	errs := f.Validate(actors.Path{})
	var paths []string
	for _, e := range errs {
		paths = append(paths, e.Path)
	}
	assert.Contains(t, paths, "bindings[8].term", "a term bound twice")
	assert.Contains(t, paths, "bindings[9].term", "a binding without a term")
}

func TestEnumsRoundTrip(t *testing.T) {
	for _, e := range Enums() {
		require.NotEmpty(t, e.Values, e.Type)
	}
	for _, v := range Terms() {
		b, err := v.MarshalText()
		require.NoError(t, err)
		var got Term
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, v, got)
	}
	_, err := ParseTreatment("annexed")
	assert.ErrorIs(t, err, actors.ErrNotSupported)
	assert.Equal(t, "Verdict(9)", Verdict(9).String())
}
