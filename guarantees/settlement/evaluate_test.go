package settlement

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
)

// guarantee is a constructed neutrality guarantee in which Russia and France
// would each defend Ukraine by force at its request; Russia's revision would
// make action depend on a joint decision.
func guarantee() guarantees.Instrument {
	return guarantees.Instrument{
		ID: "test-guarantee", Name: "Test guarantee", Kind: guarantees.NeutralityGuarantee, Form: guarantees.Treaty,
		Binding: guarantees.LegallyBinding, Ratification: guarantees.RatificationNotStated, Stage: guarantees.Draft,
		Parties: []guarantees.Party{
			{Actor: "ukraine", Role: guarantees.Protected},
			{Actor: "russia", Role: guarantees.Guarantor},
			{Actor: "france", Role: guarantees.Guarantor},
		},
		ForcesPresent: guarantees.PresenceNotStated, NeutralProtected: true,
		Clauses: []guarantees.Clause{{
			ID: "art5", Label: "Article 5", Topic: guarantees.Commitment,
			Wording: "each guarantor will defend Ukraine", WordingSource: "test",
			Summary: "Each guarantor defends Ukraine.",
			Reading: guarantees.Reading{Trigger: guarantees.ArmedAttack, Obligation: guarantees.ObligatoryForce,
				Measures: []guarantees.Measure{guarantees.ArmedForce}, Decision: guarantees.EachAlone, Invoker: guarantees.ProtectedRequest},
			Revisions: []guarantees.Revision{{
				ID: "veto", By: []string{"russia"}, Kind: guarantees.Insertion, At: "each guarantor", Placement: guarantees.After,
				Text: " on a joint decision", Status: guarantees.RevisionDisputed,
				Changes: guarantees.ReadingChange{Decision: guarantees.AllJointly}, Summary: "Joint decision.", Evidence: cite("veto"),
			}},
			Evidence: cite("art5"),
		}},
		Summary: "A test guarantee.", Evidence: cite("guarantee"),
	}
}

func pkg(change func(*Settlement)) Settlement {
	s := Settlement{ID: "test-package", Name: "Test", Protected: "ukraine", Stage: Floated, Modality: Constructed,
		Summary: "A test package.", Evidence: cite("package")}
	change(&s)
	return s
}

func reasonOf(t *testing.T, ev Evaluation, actor, position string) Reason {
	t.Helper()
	st, ok := ev.Stand(actor)
	require.True(t, ok, "no stand for %s", actor)
	for _, r := range st.Reasons {
		if r.PositionID() == position {
			return r
		}
	}
	require.Failf(t, "no reason", "%s has no reason from position %s: %v", actor, position, st.Reasons)
	return Reason{}
}

func TestEvaluateStands(t *testing.T) {
	withCond := func(p actors.Position, issue string) actors.Position {
		p.Conditions = []actors.Condition{{Issue: issue, Text: "a test condition"}}
		return p
	}
	withFigure := func(p actors.Position, f actors.StatedFigure) actors.Position {
		p.Figures = []actors.StatedFigure{f}
		return p
	}
	g := guarantee()
	tests := []struct {
		name     string
		extra    []actors.Position
		pkg      Settlement
		actor    string
		verdict  Answer
		position string
		kind     ReasonKind
	}{
		{"NATO troops cross Russia's red line", nil, optionA(), "russia", Rejects, "ru-nato-troops", RedLineCrossed},
		{"caps cross Ukraine's red line", nil, optionA(), "ukraine", Rejects, "ua-caps", RedLineCrossed},
		{"a neutral, uncapped package without troops satisfies both", nil,
			pkg(func(s *Settlement) { s.Status, s.Forces, s.Presence = neutralStatus, uncapped, noTroops }), "russia", Accepts, "ru-neutral", Satisfied},
		{"non-alignment leaves Russia's demand unmet", nil, optionB(), "russia", Rejects, "ru-neutral", DemandUnmet},
		{"a position on the broader issue applies to troops that come",
			[]actors.Position{pos("br-foreign", "brazil", "foreign-troops", actors.Opposes, false)}, optionA(), "brazil", Conditional, "br-foreign", Objection},
		{"a figure above the demanded ceiling breaches it",
			[]actors.Position{withFigure(pos("ru-cap-figure", "russia", "force-caps", actors.Demands, false),
				actors.StatedFigure{Quantity: "personnel", Bound: actors.AtMost, Value: 50000, Unit: "troops"})},
			pkg(func(s *Settlement) { s.Forces = capped }), "russia", Rejects, "ru-cap-figure", FigureBreached},
		{"a figure within the demanded ceiling satisfies it",
			[]actors.Position{withFigure(pos("ru-cap-figure", "russia", "force-caps", actors.Demands, false),
				actors.StatedFigure{Quantity: "personnel", Bound: actors.AtMost, Value: 85000, Unit: "troops"})},
			pkg(func(s *Settlement) { s.Forces = capped }), "russia", Accepts, "ru-cap-figure", Satisfied},
		{"a level the actor wants to keep is a floor for the cap",
			[]actors.Position{withFigure(pos("br-cap", "brazil", "force-caps", actors.Supports, false),
				actors.StatedFigure{Quantity: "personnel", Bound: actors.About, Value: 250000, Unit: "troops"})},
			pkg(func(s *Settlement) { s.Forces = capped }), "brazil", Conditional, "br-cap", FigureGap},
		{"a condition the package does not settle stays open",
			[]actors.Position{withCond(pos("ua-neutral", "ukraine", "neutral-status", actors.Conditional, false), "guarantees")},
			pkg(func(s *Settlement) { s.Status = neutralStatus }), "ukraine", Conditional, "ua-neutral", ConditionOpen},
		{"a condition the package meets",
			[]actors.Position{withCond(pos("ua-neutral", "ukraine", "neutral-status", actors.Conditional, false), "guarantees")},
			pkg(func(s *Settlement) { s.Status = neutralStatus; s.Guarantees = []GuaranteeTerm{{Inline: &g}} }), "ukraine", Accepts, "ua-neutral", Satisfied},
		{"a red-line condition the package rules out",
			[]actors.Position{withCond(pos("ua-neutral", "ukraine", "neutral-status", actors.Conditional, true), "nato-troops"),
				pos("ua-troops", "ukraine", "nato-troops", actors.Supports, false)},
			pkg(func(s *Settlement) { s.Status = neutralStatus; s.Presence = noTroops }), "ukraine", Rejects, "ua-neutral", ConditionBreached},
		{"a condition is met the way the actor wants its issue settled",
			// Russia rejects NATO troops, so its condition on that issue is
			// that there be none.
			[]actors.Position{withCond(pos("ru-guarantee", "russia", "guarantees", actors.Conditional, false), "nato-troops")},
			pkg(func(s *Settlement) { s.Guarantees = []GuaranteeTerm{{Inline: &g}}; s.Presence = noTroops }), "russia", Accepts, "ru-guarantee", Satisfied},
		{"a red line on the veto",
			[]actors.Position{pos("ua-veto", "ukraine", "guarantor-veto", actors.Rejects, true)},
			pkg(func(s *Settlement) { s.Guarantees = []GuaranteeTerm{{Inline: &g, Adopt: []string{"veto"}}} }), "ukraine", Rejects, "ua-veto", RedLineCrossed},
		{"the base text leaves no veto",
			[]actors.Position{pos("ua-veto", "ukraine", "guarantor-veto", actors.Rejects, true)},
			pkg(func(s *Settlement) { s.Guarantees = []GuaranteeTerm{{Inline: &g}} }), "ukraine", Accepts, "ua-veto", Satisfied},
		{"open stances leave acceptance open",
			[]actors.Position{pos("br-neutral", "brazil", "neutral-status", actors.Open, false)},
			optionB(), "brazil", Conditional, "br-neutral", Undecided},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := Evaluate(tt.pkg, negotiation(tt.extra...), Options{})
			require.NoError(t, err)
			st, ok := ev.Stand(tt.actor)
			require.True(t, ok)
			assert.Equal(t, tt.verdict, st.Answer, "%v", st.Reasons)
			r := reasonOf(t, ev, tt.actor, tt.position)
			assert.Equal(t, tt.kind, r.Kind)
			assert.NotEmpty(t, r.Evidence(), "every reason carries its citations")
			if tt.verdict != Accepts {
				assert.Contains(t, st.Deciding, r, "the reason decides the verdict")
			}
		})
	}
}

// TestEvaluateAncestorsOnlyForOutcomesThatHold: ruling out NATO troops
// does not rule out foreign troops in general, so a position on the broader
// issue is not consulted.
func TestEvaluateAncestorsOnlyForOutcomesThatHold(t *testing.T) {
	src := negotiation(pos("br-foreign", "brazil", "foreign-troops", actors.Opposes, false))
	var bs []TermBinding
	for _, b := range src.frame.Bindings {
		if b.Term != TermForeignTroops {
			bs = append(bs, b)
		}
	}
	src.frame.Bindings = bs
	ev, err := Evaluate(optionB(), src, Options{})
	require.NoError(t, err)
	_, ok := ev.Stand("brazil")
	assert.False(t, ok, "only the nato-troops outcome reaches the broader issue, and it does not hold")
	ev, err = Evaluate(optionA(), src, Options{})
	require.NoError(t, err)
	assert.Equal(t, Objection, reasonOf(t, ev, "brazil", "br-foreign").Kind)
}

func TestEvaluateOutcomes(t *testing.T) {
	g := guarantee()
	s := pkg(func(s *Settlement) {
		s.Status = neutralStatus
		s.Guarantees = []GuaranteeTerm{{Inline: &g, Adopt: []string{"veto"}}}
		s.Presence = frenchTroops
		s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: Deferred, YearsMin: 10, YearsMax: 15}}
		s.Sequencing = CeasefireFirst
	})
	ev, err := Evaluate(s, negotiation(), Options{})
	require.NoError(t, err)
	holds := map[string]bool{}
	for _, o := range ev.Outcomes {
		holds[o.String()] = o.Holds
	}
	for _, want := range []string{"permanent-neutrality", "security-guarantee", "neutrality-guarantee", "binding-guarantee",
		"guarantor-veto", "aggressor-guarantor", "foreign-troops", "nato-troops", "deferred-talks (crimea)", "ceasefire-first"} {
		assert.True(t, holds[want], want)
	}
	for _, want := range []string{"no nato-membership", "no recognition (crimea)", "no peacekeepers", "no coalition-guarantee"} {
		_, ok := holds[want]
		assert.True(t, ok, want)
	}
	var unbound []Term
	for _, o := range ev.Unbound {
		unbound = append(unbound, o.Term)
	}
	assert.Contains(t, unbound, TermCeasefireFirst, "the fixture binds no issue to the sequencing")
	require.Len(t, ev.Guarantees, 1)
	a := ev.Guarantees[0].Assessment
	assert.True(t, a.Has(guarantees.VetoForGuarantor))
	assert.True(t, a.Has(guarantees.AggressorAsGuarantor))
}

func TestEvaluateLegalFindings(t *testing.T) {
	rule := func(id string, a neutrality.Activity, v neutrality.Verdict) neutrality.Rule {
		return neutrality.Rule{ID: id, Status: neutrality.PermanentNeutrality, Activity: a, Verdict: v,
			Reason: "A test reason.", Evidence: cite(id)}
	}
	rb, err := neutrality.NewRulebook([]neutrality.Rule{
		rule("caps", neutrality.LimitsOnOwnForces, neutrality.NotRequired),
		rule("bases", neutrality.ForeignMilitaryBase, neutrality.Incompatible),
		rule("exercises", neutrality.JointExercises, neutrality.Compatible),
	}, nil)
	require.NoError(t, err)
	src := negotiation()
	src.rb = rb
	st := neutralStatus
	st.Forbids = []neutrality.Activity{neutrality.JointExercises, neutrality.ForeignMilitaryBase}
	s := pkg(func(s *Settlement) { s.Status, s.Forces = st, capped; s.Presence = frenchTroops })
	ev, err := Evaluate(s, src, Options{})
	require.NoError(t, err)
	require.NotNil(t, ev.Neutrality)
	assert.Equal(t, neutrality.Proposed, ev.Neutrality.Status.Stage, "a package's status is never in force")
	assert.Equal(t, []neutrality.Activity{neutrality.LimitsOnOwnForces, neutrality.ForeignMilitaryBase}, ev.Neutrality.Activities)
	require.Len(t, ev.Neutrality.Report.Rulings, 2)
	assert.Equal(t, neutrality.NotRequired, ev.Neutrality.Report.Rulings[0].Verdict, "caps are not what neutrality requires")
	assert.True(t, ev.Neutrality.Report.Rulings[1].ByInstrument(), "the package's own ban on bases decides")
	beyond := ev.Neutrality.Beyond()
	require.Len(t, beyond, 1, "banning exercises goes beyond the status; banning bases does not")
	assert.Equal(t, neutrality.JointExercises, beyond[0].Activity)
}

func TestEvaluateErrors(t *testing.T) {
	src := negotiation()
	g := guarantee()
	tests := []struct {
		name string
		pkg  Settlement
		src  Source
		kind error
		path string
	}{
		{"unknown instrument", pkg(func(s *Settlement) { s.Guarantees = []GuaranteeTerm{{Instrument: "missing"}} }), src, accord.ErrNotFound, "guarantees[0].instrument"},
		{"unknown revision", pkg(func(s *Settlement) { s.Guarantees = []GuaranteeTerm{{Inline: &g, Adopt: []string{"nope"}}} }), src, guarantees.ErrUnknownRevision, "guarantees[0].adopt"},
		{"invalid package", pkg(func(s *Settlement) { s.Forces = ForcePosture{Limits: Capped} }), src, ErrCapWithoutFigure, "forces.caps"},
		{"no positions", optionA(), &fakeSource{}, ErrNoPositions, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Evaluate(tt.pkg, tt.src, Options{})
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.kind)
			if tt.path != "" {
				var fe *accord.FieldError
				require.True(t, errors.As(err, &fe))
				assert.Equal(t, tt.path, fe.Path.String())
			}
		})
	}
}

func TestEvaluateRestrictsActorsAndDates(t *testing.T) {
	old := pos("ru-old", "russia", "force-caps", actors.Demands, false)
	old.Period = accord.Period{From: accord.YearOf(2022), To: accord.YearOf(2022)}
	src := negotiation(old)
	ev, err := Evaluate(optionB(), src, Options{Actors: []string{"russia"}, At: accord.YearOf(2025)})
	require.NoError(t, err)
	require.Len(t, ev.Stands, 1)
	for _, r := range ev.Stands[0].Reasons {
		assert.NotEqual(t, "ru-old", r.PositionID(), "a 2022 position does not speak in 2025")
	}
	ev, err = Evaluate(optionB(), src, Options{Actors: []string{"russia"}, At: accord.YearOf(2022)})
	require.NoError(t, err)
	assert.Equal(t, DemandUnmet, reasonOf(t, ev, "russia", "ru-old").Kind)
}

// TestCloneSharesNothing: changing a clone leaves the original alone.
func TestCloneSharesNothing(t *testing.T) {
	g := guarantee()
	s := optionA()
	s.Guarantees = []GuaranteeTerm{{Inline: &g, Adopt: []string{"veto"}}}
	s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: NotRecognised, Evidence: cite("t")}}
	c := s.Clone()
	c.Guarantees[0].Adopt[0] = "changed"
	c.Guarantees[0].Inline.Parties[0].Actor = "changed"
	c.Forces.Caps[0].AtMost = 1
	c.Presence.Deployments[0].Contributors[0] = "changed"
	c.Territory[0].Evidence[0].Anchor = "changed"
	c.Status.Bases[0] = neutrality.DomesticLaw
	assert.Equal(t, "veto", s.Guarantees[0].Adopt[0])
	assert.Equal(t, "ukraine", s.Guarantees[0].Inline.Parties[0].Actor)
	assert.Equal(t, 85000.0, s.Forces.Caps[0].AtMost)
	assert.Equal(t, "france", s.Presence.Deployments[0].Contributors[0])
	assert.Equal(t, "t", s.Territory[0].Evidence[0].Anchor)
	assert.Equal(t, neutrality.Treaty, s.Status.Bases[0])
}
