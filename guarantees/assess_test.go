package guarantees

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func assessWhole(t *testing.T, in Instrument, ctx Situation, adopt ...string) Assessment {
	t.Helper()
	require.Empty(t, in.Validate(accord.Path{}), "the constructed instrument must be valid")
	s, err := InstrumentSubject(in, adopt...)
	require.NoError(t, err)
	return Assess(s, ctx)
}

// TestEveryFindingHasAConstructedCase triggers each finding of the
// catalogue by changing one thing in a constructed guarantee that lacks
// it. (The corpus tests trigger each one with a coded instrument.)
func TestEveryFindingHasAConstructedCase(t *testing.T) {
	withClause := func(in *Instrument, change func(*Reading)) { change(&in.Clauses[0].Reading) }
	russiaAttacked := Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}}}
	cases := map[FindingKind]struct {
		change func(*Instrument)
		ctx    Situation
		adopt  []string
	}{
		NotInForce:                 {change: func(in *Instrument) { in.Stage, in.Ratification = Draft, RatificationNotStated }},
		AssuranceOnly:              {change: func(in *Instrument) { in.Kind = SecurityAssurance }},
		NotLegallyBinding:          {change: func(in *Instrument) { in.Binding = PoliticallyBinding }},
		Unratified:                 {change: func(in *Instrument) { in.Ratification = NotRatified }},
		LegislativeApprovalPending: {change: func(in *Instrument) { in.Ratification = ApprovalPending }},
		NoEnforcement:              {change: func(in *Instrument) { in.Traits = []Trait{{Kind: TraitNoEnforcement, Evidence: ev}} }},
		NoDutyToDefend:             {change: func(in *Instrument) { withClause(in, func(r *Reading) { r.Obligation = Respect }) }},
		NarrowTrigger:              {change: func(in *Instrument) { withClause(in, func(r *Reading) { r.Trigger = NuclearAggression }) }},
		DiscretionaryResponse:      {change: func(in *Instrument) { withClause(in, func(r *Reading) { r.Obligation = DiscretionaryForce }) }},
		VetoForGuarantor:           {change: func(in *Instrument) { *in = istanbul() }, adopt: []string{"ru"}},
		AggressorAsGuarantor:       {change: func(in *Instrument) { in.Parties[0].Actor = "russia" }, ctx: russiaAttacked},
		BreachedByGuarantor: {change: func(in *Instrument) {
			in.Stage = Breached
			in.Events = []Event{{Kind: EventBreached, Actors: []string{"france"}, Summary: "s", Evidence: ev}}
		}},
		NotHonoured: {change: func(in *Instrument) {
			in.Events = []Event{{Kind: EventNotHonoured, Actors: []string{"france"}, Summary: "s", Evidence: ev}}
		}},
		FailedToDeter: {change: func(in *Instrument) {
			in.Events = []Event{{Kind: EventBreached, Actors: []string{"german-empire"}, Summary: "a non-party attacked", Evidence: ev}}
		}},
		TerritorialCarveOut: {change: func(in *Instrument) {
			withClause(in, func(r *Reading) { r.Scope.Exclusions = []Exclusion{{Area: "crimea"}} })
		}},
		NoTripwire:     {change: func(in *Instrument) { in.ForcesPresent = ForcesAbsent }},
		VagueTerms:     {change: func(in *Instrument) { in.Traits = []Trait{{Kind: TraitVagueTerms, Evidence: ev}} }},
		SoftLanguage:   {change: func(in *Instrument) { in.Traits = []Trait{{Kind: TraitSoftLanguage, Evidence: ev}} }},
		DonorDependent: {change: func(in *Instrument) { in.Traits = []Trait{{Kind: TraitDonorDependent, Evidence: ev}} }},
		SupervisionRisk: {change: func(in *Instrument) {
			in.NeutralProtected = true
			withClause(in, func(r *Reading) { r.Invoker = AnyGuarantor })
		}},
		RatifiedTreaty:  {change: func(in *Instrument) {}},
		ForceObligation: {change: func(in *Instrument) {}},
		NamedMeasures: {change: func(in *Instrument) {
			withClause(in, func(r *Reading) { r.Measures = append(r.Measures, ClosingAirspace) })
		}},
		ConsultationDeadline: {change: func(in *Instrument) {
			withClause(in, func(r *Reading) { r.Consultation, r.ConsultationDays = true, 3 })
		}},
		InvitationOnly: {change: func(in *Instrument) { withClause(in, func(r *Reading) { r.Invoker = ProtectedRequest }) }},
		ForcesOnGround: {change: func(in *Instrument) { in.ForcesPresent = ForcesPresent }},
		NuclearUmbrellaCover: {change: func(in *Instrument) {
			withClause(in, func(r *Reading) { r.Measures = append(r.Measures, NuclearUmbrella) })
		}},
		Honoured: {change: func(in *Instrument) {
			in.Events = []Event{{Kind: EventHonoured, Actors: []string{"united-kingdom"}, Summary: "s", Evidence: ev}}
		}},
		ProvenDeterrent:     {change: func(in *Instrument) { in.Events = []Event{{Kind: EventDeterred, Summary: "s", Evidence: ev}} }},
		FixedSupportFigures: {change: func(in *Instrument) { in.Traits = []Trait{{Kind: TraitFixedFigures, Evidence: ev}} }},
		BroadGuarantors: {change: func(in *Instrument) {
			in.Parties = append(in.Parties, Party{Actor: "p5", Role: Guarantor, Members: 5})
		}},
		KnownQuantity: {change: func(in *Instrument) { in.Traits = []Trait{{Kind: TraitKnownQuantity, Evidence: ev}} }},
		AttackOnAll:   {change: func(in *Instrument) { withClause(in, func(r *Reading) { r.Casus = CasusAttackOnAll }) }},
	}
	base := assessWhole(t, guarantee(), Situation{})
	for _, k := range FindingKinds() {
		if k == NeutralityConflict || k == BeyondNeutrality {
			continue // TestNeutralityFindings, with a rulebook
		}
		t.Run(k.String(), func(t *testing.T) {
			tc, ok := cases[k]
			require.True(t, ok, "no constructed case for %s", k)
			in := guarantee()
			tc.change(&in)
			a := assessWhole(t, in, tc.ctx, tc.adopt...)
			assert.True(t, a.Has(k), "findings: %v", a.Findings)
			if k.Effect() == Strength && base.Has(k) {
				return // the baseline is a ratified force guarantee
			}
			assert.False(t, base.Has(k), "the baseline must lack %s", k)
			if k.Effect() == Weakness {
				assert.Less(t, a.Score, base.Score, "a weakness lowers the score")
			} else {
				assert.Greater(t, a.Score, base.Score, "a strength raises the score")
			}
		})
	}
}

func TestAssessSeparatesPairs(t *testing.T) {
	// A ratified defence treaty with troops on the ground against an
	// unratified assurance that its own guarantor broke.
	treaty := guarantee()
	treaty.Kind, treaty.ForcesPresent = DefencePact, ForcesPresent
	treaty.Clauses[0].Reading.Obligation = DiscretionaryForce
	assurance := guarantee()
	assurance.Kind, assurance.Binding, assurance.Ratification, assurance.Stage = SecurityAssurance, PoliticallyBinding, NotRatified, Breached
	assurance.Parties[0].Actor = "russia"
	assurance.Clauses[0].Reading = Reading{Trigger: NuclearAggression, Obligation: Support, Decision: DecisionNotStated, Invoker: InvokerNotStated}
	assurance.Events = []Event{{Kind: EventBreached, Actors: []string{"russia"}, Summary: "s", Evidence: ev}}
	ctx := Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}}}
	ta, aa := assessWhole(t, treaty, ctx), assessWhole(t, assurance, ctx)
	assert.Greater(t, ta.Score, aa.Score)
	assert.Greater(t, ta.Level, aa.Level)

	// The Russian revision: a veto for every guarantor costs more than
	// the Ukrainian revision's named measures add.
	in := istanbul()
	plain := assessWhole(t, in, Situation{})
	ua := assessWhole(t, in, Situation{}, "ua")
	ru := assessWhole(t, in, Situation{}, "ru")
	both := assessWhole(t, in, Situation{}, "ru", "ua")
	assert.Greater(t, ua.Score, plain.Score)
	assert.Greater(t, plain.Score, ru.Score)
	assert.Greater(t, ua.Score, both.Score)
	assert.Equal(t, Consult, ru.Effective, "under a joint decision only consultation binds each guarantor")
	assert.Equal(t, ObligatoryForce, ru.Obligation, "the wording still speaks of armed force")
}

func TestClauseSubjectLeavesOutTheInstrument(t *testing.T) {
	in := istanbul() // a draft: the whole instrument is not in force
	s, err := ClauseSubject(in, "art5", "ua")
	require.NoError(t, err)
	assert.Equal(t, "istanbul/art5+ua", s.Name())
	a := Assess(s, Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}}})
	assert.False(t, a.Has(NotInForce))
	assert.False(t, a.Has(AggressorAsGuarantor))
	assert.True(t, a.Has(NamedMeasures))
	_, err = ClauseSubject(in, "art9")
	assert.ErrorIs(t, err, ErrUnknownClause)
	_, err = InstrumentSubject(in, "zz")
	assert.ErrorIs(t, err, ErrUnknownRevision)
}

func TestAssessCountsAKindOnce(t *testing.T) {
	in := guarantee()
	in.Events = []Event{{Kind: EventNotHonoured, Actors: []string{"france", "united-kingdom"}, Summary: "s", Evidence: ev}}
	a := assessWhole(t, in, Situation{})
	n := 0
	for _, f := range a.Findings {
		if f.Kind == NotHonoured {
			n++
		}
	}
	assert.Equal(t, 2, n, "one finding per actor")
	assert.Equal(t, assessWhole(t, guarantee(), Situation{}).Score+NotHonoured.Weight(), a.Score, "but one weight")
}

func TestLevelOf(t *testing.T) {
	for score, want := range map[int]Level{-30: Hollow, -5: Hollow, -4: Weak, 0: Weak, 1: Limited, 4: Limited, 5: Strong, 8: Strong, 9: Robust, 40: Robust} {
		assert.Equal(t, want, LevelOf(score), "score %d", score)
	}
}

func TestCatalogueIsComplete(t *testing.T) {
	cat := Catalogue()
	require.Len(t, cat, len(FindingKinds()))
	for _, e := range cat {
		assert.True(t, e.Effect.IsValid(), e.Kind.String())
		assert.NotZero(t, e.Weight, e.Kind.String())
		assert.Equal(t, e.Effect == Strength, e.Weight > 0, "%s: the sign of the weight matches the effect", e.Kind)
		assert.NotEmpty(t, e.Explanation, e.Kind.String())
		assert.NotEmpty(t, e.Sources, e.Kind.String())
		assert.Empty(t, accord.ValidateEvidence(accord.NewPath(e.Kind.String()), e.Sources))
	}
	// Sources are copies.
	src := NotInForce.Sources()
	src[0].Anchor = "changed"
	assert.NotEqual(t, "changed", NotInForce.Sources()[0].Anchor)
}

func TestCompareExplainsFindingByFinding(t *testing.T) {
	in := istanbul()
	sa, err := ClauseSubject(in, "art5", "ua")
	require.NoError(t, err)
	sb, err := ClauseSubject(in, "art5", "ru", "ua")
	require.NoError(t, err)
	a, b := Assess(sa, Situation{}), Assess(sb, Situation{})
	c := Compare(a, b)
	assert.Equal(t, -1, c.Stronger)
	var kinds []FindingKind
	for _, d := range c.Differences {
		kinds = append(kinds, d.Kind)
		assert.Equal(t, -1, d.Favours(), "%s favours the Ukrainian version", d.Kind)
	}
	assert.ElementsMatch(t, []FindingKind{VetoForGuarantor, NoDutyToDefend, ForceObligation, NamedMeasures}, kinds)
	assert.Equal(t, VetoForGuarantor, c.Differences[0].Kind, "the heaviest difference comes first")
	var b2 strings.Builder
	require.NoError(t, c.Explain(&b2))
	out := b2.String()
	assert.Contains(t, out, "A: Test guarantee, Article 5, with revision ua (score 8,")
	assert.Contains(t, out, "A is stronger, by 12 points.")
	assert.Contains(t, out, "-4 veto-for-guarantor, only B (favours A): action needs every guarantor's consent")
	assert.NotContains(t, out, "istanbul/", "Explain names the subjects by title, not by id")
	for line := range strings.Lines(out) {
		assert.LessOrEqual(t, utf8.RuneCountInString(strings.TrimSuffix(line, "\n")), ExplainWidth, line)
	}
	assert.Equal(t, 0, Compare(a, a).Stronger)
	assert.Empty(t, Compare(a, a).Differences)
}

func TestDeciding(t *testing.T) {
	a := assessWhole(t, istanbul(), Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}}}, "ru")
	d := a.Deciding(2)
	require.Len(t, d, 2)
	assert.Equal(t, AggressorAsGuarantor, d[0].Kind)
	assert.Len(t, a.Deciding(100), len(a.Findings))
}

func TestZeroSubject(t *testing.T) {
	a := Assess(Subject{}, Situation{})
	assert.True(t, a.Has(NoDutyToDefend))
	assert.Equal(t, Weak, a.Level)
}

func BenchmarkAssess(b *testing.B) {
	in := istanbul()
	in.Events = []Event{{Kind: EventDrafted, Summary: "s", Evidence: ev}}
	s, err := InstrumentSubject(in, "ru", "ua")
	if err != nil {
		b.Fatal(err)
	}
	ctx := Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}, {Attacker: "german-empire", Victim: "belgium"}}}
	b.ReportAllocs()
	for b.Loop() {
		_ = Assess(s, ctx)
	}
}

func TestAssessAsIfAdopted(t *testing.T) {
	in := guarantee()
	in.Form, in.Stage, in.Ratification = PolicyOption, Proposed, ApprovalPending
	real := assessWhole(t, in, Situation{})
	hyp := assessWhole(t, in, Situation{AsIfAdopted: true})
	assert.True(t, real.Has(NotInForce))
	assert.True(t, real.Has(LegislativeApprovalPending))
	assert.False(t, real.Has(RatifiedTreaty))
	assert.False(t, hyp.Has(NotInForce))
	assert.False(t, hyp.Has(LegislativeApprovalPending))
	assert.True(t, hyp.Has(RatifiedTreaty), "a legally binding proposal awaiting ratification counts as ratified")
	assert.Greater(t, hyp.Score, real.Score)

	// What took effect is judged as it is.
	b := guarantee()
	b.Ratification = NotRatified
	assert.Equal(t, assessWhole(t, b, Situation{}), assessWhole(t, b, Situation{AsIfAdopted: true}))
}

// TestTookEffectIsNotADraft: an instrument that took effect, with its
// present state not stated, is not assessed as a proposal or draft that
// binds no one.
func TestTookEffectIsNotADraft(t *testing.T) {
	sit := Situation{Attacks: []Attack{{Attacker: "russia", Victim: "ukraine"}}}
	for _, tt := range []struct {
		stage Stage
		want  bool
	}{{Draft, true}, {Signed, true}, {TookEffect, false}, {InForce, false}} {
		in := guarantee()
		in.Stage, in.Ratification = tt.stage, RatificationNotStated
		in.Events = nil
		assert.Equal(t, tt.want, in.Assess(sit).Has(NotInForce), "%s", tt.stage)
	}
}
