package settlement

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/neutrality"
)

func TestValidateValid(t *testing.T) {
	for _, s := range []Settlement{optionA(), optionB()} {
		assert.Empty(t, s.Validate(accord.NewPath("settlements").Index(0)), s.ID)
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
			s.Presence = ForeignPresence{Deployments: []Deployment{{Kind: Peacekeepers, ConsentOf: []string{"ukraine"}}}}
		}, accord.ErrRequired, ErrNoMandate, "s.presence.deployments[0].mandate"},
		{"ground forces without contributors", func(s *Settlement) {
			s.Presence = ForeignPresence{Deployments: []Deployment{{Kind: GroundForces}}}
		}, accord.ErrRequired, ErrNoContributors, "s.presence.deployments[0].contributors"},
		{"kind deployed and excluded", func(s *Settlement) {
			s.Presence.Excludes = []DeploymentKind{GroundForces}
		}, accord.ErrInvalid, ErrPresenceContradicts, "s.presence.excludes[0]"},
		{"cap without a figure", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Capped, Caps: []Cap{{Quantity: "tanks", Unit: "tanks"}}}
		}, accord.ErrRequired, ErrCapWithoutFigure, "s.forces.caps[0].at_most"},
		{"capped without caps", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Capped}
		}, accord.ErrRequired, ErrCapWithoutFigure, "s.forces.caps"},
		{"negative cap", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Capped, Caps: []Cap{{Quantity: "tanks", Unit: "tanks", AtMost: -1}}}
		}, accord.ErrInvalid, ErrCapWithoutFigure, "s.forces.caps[0].at_most"},
		{"unlimited with caps", func(s *Settlement) {
			s.Forces = ForcePosture{Limits: Unlimited, Caps: capped.Caps}
		}, accord.ErrInvalid, ErrCapsContradict, "s.forces.caps"},
		{"region named twice", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: NotRecognised}, {Region: "crimea", Treatment: Recognised}}
		}, accord.ErrDuplicate, ErrDuplicateRegion, "s.territory[1].region"},
		{"deferral without years", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred}}
		}, accord.ErrRequired, ErrDeferralYears, "s.territory[0].years_min"},
		{"years without deferral", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Recognised, YearsMin: 10}}
		}, accord.ErrInvalid, ErrDeferralYears, "s.territory[0].years_min"},
		{"years ending before they start", func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred, YearsMin: 15, YearsMax: 10}}
		}, accord.ErrInvalid, ErrDeferralYears, "s.territory[0].years_max"},
		{"guarantee with neither instrument", func(s *Settlement) {
			s.Guarantees = []GuaranteeTerm{{Adopt: []string{"art5-russian-revision"}}}
		}, accord.ErrRequired, ErrGuaranteeSource, "s.guarantees[0].instrument"},
		{"guarantee with both instruments", func(s *Settlement) {
			s.Guarantees = []GuaranteeTerm{{Instrument: "x", Inline: &guarantees.Instrument{ID: "y"}}}
		}, accord.ErrInvalid, ErrGuaranteeSource, "s.guarantees[0].inline"},
		{"invalid inline instrument", func(s *Settlement) {
			s.Guarantees = []GuaranteeTerm{{Inline: &guarantees.Instrument{ID: "y"}}}
		}, accord.ErrRequired, nil, "s.guarantees[0].inline.name"},
		{"neutral-in-war is no settlement term", func(s *Settlement) {
			s.Status.Kind = neutrality.NeutralInWar
		}, accord.ErrNotSupported, ErrNotASettlementStatus, "s.status.kind"},
		{"neutralisation without guarantor", func(s *Settlement) {
			s.Status.Kind = neutrality.Neutralisation
		}, accord.ErrRequired, neutrality.ErrNoGuarantor, "s.status.guaranteed_by"},
		{"activity allowed and forbidden", func(s *Settlement) {
			s.Status.Allows = []neutrality.Activity{neutrality.JointExercises}
			s.Status.Forbids = []neutrality.Activity{neutrality.JointExercises}
		}, accord.ErrInvalid, neutrality.ErrConflictingTerms, "s.status.forbids[0]"},
		{"empty package", func(s *Settlement) {
			s.Status, s.Forces, s.Presence = StatusTerm{}, ForcePosture{}, ForeignPresence{}
		}, accord.ErrRequired, ErrEmptyPackage, "s"},
		{"missing stage", func(s *Settlement) { s.Stage = 0 }, accord.ErrRequired, nil, "s.stage"},
		{"unknown modality", func(s *Settlement) { s.Modality = 99 }, accord.ErrNotSupported, nil, "s.modality"},
		{"malformed protected id", func(s *Settlement) { s.Protected = "Ukraine" }, accord.ErrInvalid, accord.ErrBadID, "s.protected"},
		{"no evidence", func(s *Settlement) { s.Evidence = nil }, accord.ErrRequired, nil, "s.evidence"},
		{"variant of itself", func(s *Settlement) { s.VariantOf = s.ID }, accord.ErrInvalid, nil, "s.variant_of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := optionA()
			tt.change(&s)
			errs := s.Validate(accord.NewPath("s"))
			require.NotEmpty(t, errs)
			var found *accord.FieldError
			for _, e := range errs {
				if e.Path.String() == tt.path {
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
	s.Presence = ForeignPresence{Deployments: []Deployment{{Kind: Peacekeepers}}}
	s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred, YearsMin: 10}, {Region: "crimea", Treatment: Recognised}}
	err := s.Validate(accord.Path{}).Err()
	require.Error(t, err)
	for _, rule := range []error{ErrCapWithoutFigure, ErrNoMandate, ErrDuplicateRegion} {
		assert.ErrorIs(t, err, rule)
	}
}

func TestFrameValidate(t *testing.T) {
	f := negotiation().frame
	assert.Empty(t, f.Validate(accord.Path{}))
	f.Bindings = append(f.Bindings, TermBinding{Term: TermForceLimits, Issue: "other"}, TermBinding{Issue: "x"})
	errs := f.Validate(accord.Path{})
	var paths []string
	for _, e := range errs {
		paths = append(paths, e.Path.String())
	}
	assert.Contains(t, paths, "bindings[8].term", "a term bound twice")
	assert.Contains(t, paths, "bindings[9].term", "a binding without a term")
}

func TestEnumsRoundTrip(t *testing.T) {
	for _, e := range enum.Of("github.com/accordmodel/accord/guarantees/settlement") {
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
	assert.ErrorIs(t, err, accord.ErrNotSupported)
	assert.Equal(t, "Answer(9)", Answer(9).String())
}

// Evaluate validates a package without building its fields' paths, and
// again from the root when it finds a problem: the problems are those
// Validate reports, with their paths.
func TestProblemsMatchValidate(t *testing.T) {
	g := guarantee()
	bad := g
	bad.ID = "Not An Id"
	tests := []struct {
		name string
		pkg  Settlement
	}{
		{"valid", optionA()},
		{"cap without figure", pkg(func(s *Settlement) { s.Forces = ForcePosture{Limits: Capped} })},
		{"second region missing", pkg(func(s *Settlement) {
			s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred}, {Treatment: Deferred}}
		})},
		{"inline instrument invalid", pkg(func(s *Settlement) { s.Guarantees = []GuaranteeTerm{{Inline: &g}, {Inline: &bad}} })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.pkg.Validate(accord.Path{})
			require.Equal(t, tt.name != "valid", len(want) > 0, "%v", want)
			got := problems(tt.pkg)
			assert.Equal(t, want, got)
			for _, fe := range got {
				assert.NotContains(t, fe.Path.String(), "\x00", "no problem is reported at the quiet path")
			}
		})
	}
}
