package neutrality

import (
	"slices"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allFacts enumerates facts over every subset of postures and of bases,
// with and without recognition, guarantee, alliance, war and territory, at
// every stage. Bases that neither Classify nor Validate tell apart are
// represented once: domestic-law behaves as unilateral-declaration (both
// bind, neither is a treaty), law-of-neutrality as policy-statement (neither
// binds); TestEquivalentBases checks that. In -short mode it takes every
// seventh combination.
func allFacts(short bool) []Facts {
	postures, bases := Postures(), []Basis{PolicyStatement, UnilateralDeclaration, Treaty, AgreementAmongOthers, NotStated}
	var out []Facts
	n := 0
	for pm := 0; pm < 1<<len(postures); pm++ {
		for bm := 0; bm < 1<<len(bases); bm++ {
			for om := 0; om < 1<<5; om++ {
				for _, st := range Stages() {
					n++
					if short && n%7 != 0 {
						continue
					}
					f := Facts{Stage: st}
					for i, p := range postures {
						if pm>>i&1 == 1 {
							f.Postures = append(f.Postures, p)
						}
					}
					for i, b := range bases {
						if bm>>i&1 == 1 {
							f.Bases = append(f.Bases, b)
						}
					}
					if om&1 != 0 {
						f.RecognisedBy = []string{"recogniser"}
					}
					if om&2 != 0 {
						f.GuaranteedBy = []string{"guarantor"}
					}
					if om&4 != 0 {
						f.Alliances = []string{"nato"}
					}
					if om&8 != 0 {
						f.Conflict = "a war"
					}
					if om&16 != 0 {
						f.Territory = "an-island-group"
					}
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// statusOf is a status that records exactly the facts f, claiming kind k.
func statusOf(f Facts, k Kind) Status {
	return Status{
		ID: "generated", State: "testland", Territory: f.Territory, Kind: k, Stage: f.Stage,
		Postures: f.Postures, Bases: f.Bases, RecognisedBy: f.RecognisedBy, GuaranteedBy: f.GuaranteedBy,
		Alliances: f.Alliances, Conflict: f.Conflict, Period: accord.Period{End: accord.EndNotStated},
		Summary: "s", Evidence: cite("x y z w"),
	}
}

// TestValidateAgreesWithClassify is the property that Validate and
// Classify agree: for every combination of facts, a status claiming a
// kind Classify derives (decided, or one doctrine's alternative)
// validates, and a status claiming any other kind does not.
func TestValidateAgreesWithClassify(t *testing.T) {
	facts := allFacts(testing.Short())
	require.NotEmpty(t, facts)
	checked := map[Kind]int{}
	for _, f := range facts {
		if len(f.Validate(accord.NewPath("facts"))) > 0 {
			continue // not-stated with a basis: neither side accepts it
		}
		c, err := Classify(f, Options{})
		var derived []Kind
		if err == nil {
			if c.Decided() {
				derived = append(derived, c.Kind)
			}
			for _, a := range c.Alternatives {
				derived = append(derived, a.Kind)
			}
			assert.Equal(t, cmpStage(f.Stage), c.Stage)
		} else {
			require.ErrorIs(t, err, ErrUnclassifiable, "%+v", f)
		}
		for _, k := range Kinds() {
			errs := statusOf(f, k).Validate(accord.NewPath("s"))
			if slices.Contains(derived, k) {
				if !assert.Empty(t, errs, "facts %+v classify as %s but do not validate", f, k) {
					return
				}
				checked[k]++
			} else if !assert.NotEmpty(t, errs, "facts %+v validate as %s but classify as %v", f, k, derived) {
				return
			}
		}
	}
	for _, k := range Kinds() {
		assert.Positive(t, checked[k], "no generated facts yield %s", k)
	}
}

func cmpStage(s Stage) Stage {
	if s == 0 {
		return InForce
	}
	return s
}

// The wrong answers of issue 18, each checked against the behaviour that
// replaced it.
func TestValidateClassifyWrongAnswers(t *testing.T) {
	v := validStatuses()
	t.Run("an imposed neutralisation with no guarantor validates, as Classify says", func(t *testing.T) {
		s := v[Neutralisation]
		s.GuaranteedBy = nil // imposed by an agreement among others, as Laos in 1962
		c, err := Classify(s.Facts(), Options{})
		require.NoError(t, err)
		assert.Equal(t, Neutralisation, c.Kind)
		assert.Empty(t, s.Validate(accord.NewPath("s")))
	})
	t.Run("a neutrality listing an alliance fails Validate", func(t *testing.T) {
		for _, k := range []Kind{PermanentNeutrality, Neutralisation, NeutralityPolicy, NeutralInWar} {
			s := v[k]
			s.Alliances = []string{"nato"}
			errs := s.Validate(accord.NewPath("s"))
			assertHas(t, errs, accord.ErrInvalid, ErrNeutralInAlliance, "s.alliances")
		}
	})
	t.Run("a territory's neutralisation coexists with its sovereign's alliance", func(t *testing.T) {
		s := v[Neutralisation]
		s.State, s.Territory, s.Alliances = "finland", "aland-islands", []string{"nato"}
		assert.Empty(t, s.Validate(accord.NewPath("s")))
		c, err := Classify(s.Facts(), Options{})
		require.NoError(t, err)
		assert.Equal(t, Neutralisation, c.Kind)
		s.Kind = AllianceMember
		assertHas(t, s.Validate(accord.NewPath("s")), accord.ErrInvalid, ErrKindMismatch, "s.kind")
	})
	t.Run("Classify respects the stage", func(t *testing.T) {
		for _, st := range []Stage{Proposed, Goal} {
			s := v[PermanentNeutrality]
			s.Stage = st
			c, err := Classify(s.Facts(), Options{Doctrines: []string{DeclarationSuffices}})
			require.NoError(t, err)
			assert.Equal(t, PermanentNeutrality, c.Kind, "the kind it would have")
			assert.Equal(t, st, c.Stage)
			assert.False(t, c.InForce())
			require.NotEmpty(t, c.Reasons)
			assert.Contains(t, c.Reasons[0], "not")
		}
		c, err := Classify(v[PermanentNeutrality].Facts(), Options{Doctrines: []string{DeclarationSuffices}})
		require.NoError(t, err)
		assert.True(t, c.InForce())
	})
	t.Run("a kind that does not follow from the facts fails with its derivation", func(t *testing.T) {
		s := v[NonAlignment]
		s.Postures = []Posture{StayOutOfBlocs, JoinAlliance}
		s.Kind = AllianceAspirant
		errs := s.Validate(accord.NewPath("s"))
		assertHas(t, errs, accord.ErrInvalid, ErrKindMismatch, "s.kind")
		assert.Contains(t, errs.Error(), "non-alignment")
	})
}

func TestNuclearWeaponFreeStatus(t *testing.T) {
	s := validStatuses()[NuclearWeaponFree]
	assert.Empty(t, s.Validate(accord.NewPath("s")))
	s.Bases = []Basis{PolicyStatement}
	assertHas(t, s.Validate(accord.NewPath("s")), accord.ErrRequired, ErrNoBasis, "s.bases")
	assert.False(t, NuclearWeaponFree.IsNeutral(), "it says nothing of wars and blocs")
	for _, a := range []Activity{NuclearWeaponsStationing, NuclearWeaponsTransit} {
		assert.True(t, a.IsValid())
		assert.NotEmpty(t, a.Doc())
	}
}

func TestTerms(t *testing.T) {
	rb := testRulebook(t)
	s := validStatuses()[PermanentNeutrality]
	s.Terms = []Proviso{
		{Activity: AllianceMembership, Verdict: Compatible, Condition: "approval in a referendum", Evidence: cite("referendum")},
		{Activity: ForeignMilitaryBase, Verdict: Incompatible, Area: "aland-islands", Evidence: cite("fortifications")},
	}
	require.Empty(t, s.Validate(accord.NewPath("s")))

	r, err := rb.Check(s, AllianceMembership, Options{})
	require.NoError(t, err)
	assert.Equal(t, Conditional, r.Verdict, "a term subject to a referendum allows only once approved")
	assert.Equal(t, "approval in a referendum", r.Condition)
	assert.True(t, r.ByInstrument())

	_, err = rb.Check(s, ForeignMilitaryBase, Options{})
	assert.ErrorIs(t, err, ErrNoRule, "elsewhere than the area, the term does not apply")
	r, err = rb.Check(s, ForeignMilitaryBase, Options{Area: "aland-islands"})
	require.NoError(t, err)
	assert.Equal(t, Incompatible, r.Verdict)

	bad := s
	bad.Terms = append(slices.Clone(s.Terms), Proviso{Activity: AllianceMembership, Verdict: Incompatible, Condition: "approval in a referendum", Evidence: cite("x")}, Proviso{Activity: 99, Verdict: NotRequired, Area: "Bad Area"})
	errs := bad.Validate(accord.NewPath("s"))
	assertHas(t, errs, accord.ErrDuplicate, ErrConflictingTerms, "s.terms[2]")
	assertHas(t, errs, accord.ErrNotSupported, nil, "s.terms[3].activity")
	assertHas(t, errs, accord.ErrNotSupported, nil, "s.terms[3].verdict")
	assertHas(t, errs, accord.ErrInvalid, nil, "s.terms[3].area")
	assertHas(t, errs, accord.ErrRequired, nil, "s.terms[3].evidence")
}

func TestCheckWithProvisoDoesNotAllocate(t *testing.T) {
	rb := testRulebook(t)
	s := validStatuses()[PermanentNeutrality]
	s.Terms = []Proviso{{Activity: ForeignMilitaryBase, Verdict: Compatible, Condition: "c", Area: "aland-islands", Evidence: cite("x")}}
	opts := Options{Area: "aland-islands"}
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := rb.Check(s, ForeignMilitaryBase, opts); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

// TestEquivalentBases backs the reduction in allFacts: swapping a basis for
// its representative changes neither the classification nor the verdict of
// Validate.
func TestEquivalentBases(t *testing.T) {
	for _, pair := range [][2]Basis{{DomesticLaw, UnilateralDeclaration}, {LawOfNeutrality, PolicyStatement}} {
		assert.Equal(t, pair[0].IsBinding(), pair[1].IsBinding())
		for _, f := range allFacts(true) {
			i := slices.Index(f.Bases, pair[1])
			if i < 0 || slices.Contains(f.Bases, pair[0]) {
				continue
			}
			g := f
			g.Bases = slices.Clone(f.Bases)
			g.Bases[i] = pair[0]
			cf, errF := Classify(f, Options{})
			cg, errG := Classify(g, Options{})
			require.Equal(t, errF == nil, errG == nil)
			assert.Equal(t, cf.Kind, cg.Kind)
			assert.Equal(t, cf.Alternatives, cg.Alternatives)
			for _, k := range Kinds() {
				assert.Equal(t, len(statusOf(f, k).Validate(accord.Path{})) == 0, len(statusOf(g, k).Validate(accord.Path{})) == 0, "%v as %s", g, k)
			}
		}
	}
}
