package neutrality

import (
	"errors"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckEachVerdictKind(t *testing.T) {
	rb := testRulebook(t)
	pn := validStatuses()[PermanentNeutrality]
	nw := validStatuses()[NeutralInWar]
	tests := []struct {
		status    Status
		activity  Activity
		opts      Options
		want      Verdict
		condition string
		rule      string
	}{
		{pn, AllianceMembership, Options{}, Incompatible, "", "pn-alliance"},
		{pn, EUMembership, Options{}, Compatible, "", "pn-eu"},
		{pn, DefenceAgreement, Options{}, Conditional, "short of an alliance", "pn-defence"},
		{pn, LimitsOnOwnForces, Options{}, NotRequired, "", "pn-caps"},
		{pn, WeaponsToVictim, Options{Context: Wartime}, Contested, "", "nw-weapons-victim"},
		{pn, StrongArmedForces, Options{}, Required, "", "pn-forces"},
		// The law of neutrality asked about peacetime: not "incompatible",
		// but a distinct answer that it does not apply.
		{nw, MilitaryTransit, Options{Context: Peacetime}, NotApplicable, "", ""},
	}
	seen := map[Verdict]bool{}
	for _, tt := range tests {
		t.Run(tt.status.Kind.String()+"/"+tt.activity.String(), func(t *testing.T) {
			f, err := rb.Check(tt.status, tt.activity, tt.opts)
			require.NoError(t, err)
			assert.True(t, f.Found())
			assert.Equal(t, tt.want, f.Verdict)
			assert.Equal(t, tt.condition, f.Condition)
			assert.Equal(t, tt.rule, f.RuleID())
			assert.NotEmpty(t, f.Reason)
			assert.NotEmpty(t, f.Evidence())
			seen[f.Verdict] = true
		})
	}
	assert.Len(t, seen, len(Verdicts()), "every verdict kind is exercised")
}

func TestCheckDoctrineSwitch(t *testing.T) {
	rb := testRulebook(t)
	nw := validStatuses()[NeutralInWar]
	tests := []struct {
		name     string
		opts     Options
		want     Verdict
		doctrine string
	}{
		{"no doctrine keeps the dispute", Options{}, Contested, ""},
		{"qualified neutrality", Options{}.WithDoctrines(QualifiedNeutrality), Compatible, QualifiedNeutrality},
		{"strict neutrality", Options{}.WithDoctrines(StrictNeutrality), Incompatible, StrictNeutrality},
		{"first of two listed wins", Options{}.WithDoctrines(StrictNeutrality, QualifiedNeutrality), Incompatible, StrictNeutrality},
		{"a doctrine of another question changes nothing", Options{}.WithDoctrines(RecognitionRequired), Contested, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := rb.Check(nw, WeaponsToVictim, tt.opts)
			require.NoError(t, err)
			assert.Equal(t, tt.want, f.Verdict)
			assert.Equal(t, tt.doctrine, f.Doctrine)
			assert.True(t, f.IsContested(), "the rule stays contested whichever side is chosen")
			sides := f.Sides()
			require.Len(t, sides, 2, "every side is kept")
			assert.Equal(t, QualifiedNeutrality, sides[0].Doctrine)
			assert.Equal(t, StrictNeutrality, sides[1].Doctrine)
		})
	}
}

func TestCheckFallbacks(t *testing.T) {
	rb := testRulebook(t)
	v := validStatuses()
	t.Run("neutralisation inherits permanent neutrality", func(t *testing.T) {
		f, err := rb.Check(v[Neutralisation], AllianceMembership, Options{})
		require.NoError(t, err)
		assert.Equal(t, Incompatible, f.Verdict)
		assert.True(t, f.Inherited())
		assert.Equal(t, Neutralisation, f.Status)
	})
	t.Run("a context rule wins in its context", func(t *testing.T) {
		f, err := rb.Check(v[PermanentNeutrality], MilitaryTransit, Options{Context: Peacetime})
		require.NoError(t, err)
		assert.Equal(t, "pn-transit-peace", f.RuleID())
		assert.False(t, f.Inherited())
	})
	t.Run("in wartime the law of neutrality applies to every kind", func(t *testing.T) {
		for _, k := range []Kind{PermanentNeutrality, NonAlignment, AllianceMember} {
			f, err := rb.Check(v[k], MilitaryTransit, Options{Context: Wartime})
			require.NoError(t, err, k)
			assert.Equal(t, "nw-transit", f.RuleID(), k)
			assert.Equal(t, Wartime, f.Context)
		}
	})
	t.Run("neutral in a war is judged in wartime by default", func(t *testing.T) {
		f, err := rb.Check(v[NeutralInWar], MilitaryTransit, Options{})
		require.NoError(t, err)
		assert.Equal(t, Wartime, f.Context)
	})
	t.Run("the law of neutrality does not apply in peacetime", func(t *testing.T) {
		for _, a := range []Activity{MilitaryTransit, WeaponsToVictim, ArmsExports} {
			f, err := rb.Check(v[NeutralInWar], a, Options{Context: Peacetime})
			require.NoError(t, err, a)
			assert.Equal(t, NotApplicable, f.Verdict, a)
			assert.Equal(t, Peacetime, f.Context, a)
			assert.Empty(t, f.RuleID(), a)
			assert.False(t, f.IsContested(), a)
			assert.NotEmpty(t, f.Evidence(), a)
		}
		assert.False(t, NeutralInWar.BindsIn(Peacetime))
		assert.True(t, NeutralInWar.BindsIn(Wartime))
		assert.True(t, PermanentNeutrality.BindsIn(Peacetime))
		assert.False(t, Kind(0).BindsIn(Wartime))
	})
	t.Run("peacetime has no wartime fallback", func(t *testing.T) {
		_, err := rb.Check(v[NonAlignment], MilitaryTransit, Options{})
		assert.ErrorIs(t, err, ErrNoRule)
	})
}

func TestCheckInstrumentOverrides(t *testing.T) {
	rb := testRulebook(t)
	s := validStatuses()[PermanentNeutrality]
	s.Allows = []Activity{AllianceMembership}
	s.Forbids = []Activity{EUMembership}
	f, err := rb.Check(s, AllianceMembership, Options{})
	require.NoError(t, err)
	assert.Equal(t, Compatible, f.Verdict)
	assert.True(t, f.ByInstrument())
	assert.Empty(t, f.RuleID())
	assert.Equal(t, s.Evidence, f.Evidence())
	f, err = rb.Check(s, EUMembership, Options{})
	require.NoError(t, err)
	assert.Equal(t, Incompatible, f.Verdict)
	assert.True(t, f.ByInstrument())
}

func TestCheckErrors(t *testing.T) {
	rb := testRulebook(t)
	pn := validStatuses()[PermanentNeutrality]
	_, err := rb.Check(Status{}, AllianceMembership, Options{})
	assert.ErrorIs(t, err, accord.ErrNotSupported)
	_, err = rb.Check(pn, 0, Options{})
	assert.ErrorIs(t, err, accord.ErrNotSupported)
	_, err = rb.Check(pn, AllianceMembership, Options{Context: 9})
	assert.ErrorIs(t, err, accord.ErrNotSupported)
	f, err := rb.Check(pn, JointArmsProduction, Options{})
	assert.ErrorIs(t, err, ErrNoRule)
	assert.False(t, f.Found())
}

// TestCheckNoRule: a pair nothing covers gets a Ruling that says what was
// checked, with Found false, and an error that matches ErrNoRule and
// names the kind, activity and context, whatever the rulebook (a nil one
// included) and however often it is asked.
func TestCheckNoRule(t *testing.T) {
	rb := testRulebook(t)
	v := validStatuses()
	tests := []struct {
		name   string
		rb     *Rulebook
		status Status
		act    Activity
		opts   Options
		ctx    Context
		msg    string
	}{
		{"peacetime by default", rb, v[PermanentNeutrality], JointArmsProduction, Options{}, Peacetime,
			"no rule for this status and activity: permanent-neutrality / joint-arms-production / peacetime"},
		{"wartime asked", rb, v[NonAlignment], ArmsExports, Options{Context: Wartime, Doctrines: []string{QualifiedNeutrality}}, Wartime,
			"no rule for this status and activity: non-alignment / arms-exports / wartime"},
		{"nil rulebook", nil, v[NeutralInWar], WeaponsToVictim, Options{}, Wartime,
			"no rule for this status and activity: neutral-in-war / weapons-to-victim / wartime"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.rb.Check(tt.status, tt.act, tt.opts)
			require.ErrorIs(t, err, ErrNoRule)
			assert.Equal(t, tt.msg, err.Error())
			assert.False(t, f.Found())
			assert.Equal(t, Ruling{Status: tt.status.Kind, Activity: tt.act, Context: tt.ctx}, Ruling{Status: f.Status, Activity: f.Activity, Context: f.Context})
			assert.Empty(t, f.RuleID())
			assert.Empty(t, f.Evidence())
			_, again := tt.rb.Check(tt.status, tt.act, tt.opts)
			assert.Same(t, err, again, "one fixed error per kind, activity and context")
			otherCtx := map[Context]Context{Peacetime: Wartime, Wartime: Peacetime}[tt.ctx]
			if _, other := tt.rb.Check(tt.status, tt.act, Options{Context: otherCtx}); errors.Is(other, ErrNoRule) {
				assert.NotEqual(t, err.Error(), other.Error(), "another context, another message")
			}
		})
	}
}

func TestCheckAll(t *testing.T) {
	rb := testRulebook(t)
	pn := validStatuses()[PermanentNeutrality]
	rep, err := rb.CheckAll(pn, []Activity{AllianceMembership, EUMembership, DefenceAgreement, JointArmsProduction, LimitsOnOwnForces}, Options{})
	require.NoError(t, err)
	require.Len(t, rep.Rulings, 4)
	assert.Equal(t, []Activity{JointArmsProduction}, rep.Uncovered)
	assert.Equal(t, 1, rep.Count(Incompatible))
	assert.Equal(t, 1, rep.Count(Conditional))
	assert.Equal(t, []Activity{AllianceMembership}, []Activity{rep.With(Incompatible)[0].Activity})
	for i, a := range []Activity{AllianceMembership, EUMembership, DefenceAgreement, LimitsOnOwnForces} {
		assert.Equal(t, a, rep.Rulings[i].Activity, "findings keep the order given")
	}
	_, err = rb.CheckAll(pn, []Activity{EUMembership, 0, 200}, Options{})
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	assert.Len(t, list, 2)
	assertHas(t, list, accord.ErrNotSupported, nil, "activities[1]")
	assertHas(t, list, accord.ErrNotSupported, nil, "activities[2]")
}

func TestNewRulebookRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine)
		kind   error
		rule   error
		path   string
	}{
		{"two rules for one situation", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			r := rs[0]
			r.ID = "other"
			return append(rs, r), ds
		}, accord.ErrDuplicate, ErrDuplicateRule, "rules[8]"},
		{"duplicate rule id", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[1].ID = rs[0].ID
			return rs, ds
		}, accord.ErrDuplicate, nil, "rules[1].id"},
		{"conditional without a condition", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[2].Condition = ""
			return rs, ds
		}, accord.ErrRequired, ErrNoCondition, "rules[2].condition"},
		{"contested with one side", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[6].Sides = rs[6].Sides[:1]
			return rs, ds
		}, accord.ErrRequired, ErrTooFewSides, "rules[6].sides"},
		{"sides on a rule that is not contested", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[0].Sides = rs[6].Sides
			return rs, ds
		}, accord.ErrInvalid, ErrSidesNotContested, "rules[0].sides"},
		{"unknown doctrine", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[6].Sides = []Side{rs[6].Sides[0], {Doctrine: "made-up", Verdict: Compatible, Reason: "r", Evidence: cite("a b c d")}}
			return rs, ds
		}, accord.ErrNotFound, ErrUnknownDoctrine, "rules[6].sides[1].doctrine"},
		{"doctrine of another question", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[6].Sides[1].Doctrine = RecognitionRequired
			return rs, ds
		}, accord.ErrInvalid, ErrUnknownDoctrine, "rules[6].sides[1].doctrine"},
		{"duplicate doctrine", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			return rs, append(ds, ds[0])
		}, accord.ErrDuplicate, nil, "doctrines[4].id"},
		{"side that is itself contested", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[6].Sides[0].Verdict = Contested
			return rs, ds
		}, accord.ErrInvalid, nil, "rules[6].sides[0].verdict"},
		{"law of neutrality for any context", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[5].Context = 0
			return rs, ds
		}, accord.ErrInvalid, ErrRuleContext, "rules[5].context"},
		{"law of neutrality for peacetime", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[5].Context = Peacetime
			return rs, ds
		}, accord.ErrInvalid, ErrRuleContext, "rules[5].context"},
		{"a rule that says it does not apply", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[0].Verdict = NotApplicable
			return rs, ds
		}, accord.ErrInvalid, nil, "rules[0].verdict"},
		{"a side that says it does not apply", func(rs []Rule, ds []Doctrine) ([]Rule, []Doctrine) {
			rs[6].Sides[0].Verdict = NotApplicable
			return rs, ds
		}, accord.ErrInvalid, nil, "rules[6].sides[0].verdict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, ds := tt.change(testRules(), testDoctrines())
			rb, err := NewRulebook(rs, ds)
			assert.Nil(t, rb)
			var list accord.ErrorList
			require.ErrorAs(t, err, &list)
			assertHas(t, list, tt.kind, tt.rule, tt.path)
		})
	}
}

func TestRulebookWithUserRule(t *testing.T) {
	rb := testRulebook(t)
	pn := validStatuses()[PermanentNeutrality]
	mine := Rule{ID: "my-joint-production", Status: PermanentNeutrality, Activity: JointArmsProduction, Verdict: Compatible,
		Reason: "My own reading.", Evidence: []accord.Citation{{Doc: "my-memo", Anchor: "joint production is fine"}}}
	override := Rule{ID: "my-eu", Status: PermanentNeutrality, Activity: EUMembership, Verdict: Conditional,
		Condition: "the EU's defence clause is opted out of", Reason: "A stricter reading.", Evidence: []accord.Citation{{Doc: "my-memo", Anchor: "stricter"}}}
	extended, err := rb.With([]Rule{mine, override}, nil)
	require.NoError(t, err)

	f, err := extended.Check(pn, JointArmsProduction, Options{})
	require.NoError(t, err, "the user's rule is used")
	assert.Equal(t, Compatible, f.Verdict)
	assert.Equal(t, "my-joint-production", f.RuleID())
	assert.Equal(t, "my-memo", f.Evidence()[0].Doc)

	f, err = extended.Check(pn, EUMembership, Options{})
	require.NoError(t, err)
	assert.Equal(t, "my-eu", f.RuleID(), "a rule for the same situation replaces the old one")
	assert.Equal(t, Conditional, f.Verdict)
	assert.Equal(t, rb.Len()+1, extended.Len())

	_, err = rb.Check(pn, JointArmsProduction, Options{})
	assert.ErrorIs(t, err, ErrNoRule, "the original rulebook is unchanged")
	f, err = rb.Check(pn, EUMembership, Options{})
	require.NoError(t, err)
	assert.Equal(t, "pn-eu", f.RuleID())

	_, err = rb.With([]Rule{{ID: "broken", Status: PermanentNeutrality, Activity: ArmsExports, Verdict: Conditional, Reason: "r", Evidence: cite("a b c d")}}, nil)
	assert.ErrorIs(t, err, ErrNoCondition, "user rules are validated like any other")
}

func TestRulebookAccessorsReturnCopies(t *testing.T) {
	rb := testRulebook(t)
	rules := rb.Rules()
	rules[0].Reason = "changed"
	rules[6].Sides[0].Evidence[0].Anchor = "changed"
	r, ok := rb.Lookup(NeutralInWar, WeaponsToVictim, Wartime)
	require.True(t, ok)
	assert.Equal(t, "qualified", r.Sides[0].Evidence[0].Anchor)
	f, err := rb.Check(validStatuses()[NeutralInWar], WeaponsToVictim, Options{})
	require.NoError(t, err)
	f.Sides()[0].Evidence[0].Anchor = "changed"
	f.Evidence()[0].Anchor = "changed"
	again, _ := rb.Check(validStatuses()[NeutralInWar], WeaponsToVictim, Options{})
	assert.Equal(t, "scholarly debate", again.Evidence()[0].Anchor)
	assert.Equal(t, "qualified", again.Sides()[0].Evidence[0].Anchor)
	d, ok := rb.Doctrine(QualifiedNeutrality)
	require.True(t, ok)
	assert.Equal(t, QuestionAssistanceToVictim, d.Question)
	assert.Equal(t, []string{QuestionAssistanceToVictim, QuestionRecognition}, rb.Questions())
	n := 0
	for range rb.All() {
		n++
	}
	assert.Equal(t, rb.Len(), n)
	_, ok = rb.Lookup(PermanentNeutrality, MilitaryTransit, 0)
	assert.False(t, ok, "Lookup does not fall back from any context to a context rule")
}

func TestCheckDoesNotAllocate(t *testing.T) {
	rb := testRulebook(t)
	pn := validStatuses()[PermanentNeutrality]
	opts := Options{Context: Wartime, Doctrines: []string{QualifiedNeutrality}}
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := rb.Check(pn, WeaponsToVictim, opts); err != nil {
			panic(err)
		}
		if _, err := rb.Check(pn, DefenceAgreement, Options{}); err != nil {
			panic(err)
		}
		if _, err := rb.Check(pn, JointArmsProduction, Options{}); !errors.Is(err, ErrNoRule) {
			panic(err)
		}
	})
	assert.Zero(t, allocs, "with a rule or without one")
}

func BenchmarkCheck(b *testing.B) {
	rb := testRulebook(b)
	pn := validStatuses()[PermanentNeutrality]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rb.Check(pn, DefenceAgreement, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckContested(b *testing.B) {
	rb := testRulebook(b)
	pn := validStatuses()[PermanentNeutrality]
	opts := Options{Context: Wartime, Doctrines: []string{RecognitionRequired, StrictNeutrality}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rb.Check(pn, WeaponsToVictim, opts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckAll(b *testing.B) {
	rb := testRulebook(b)
	pn := validStatuses()[PermanentNeutrality]
	acts := Activities()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rb.CheckAll(pn, acts, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzCheck feeds arbitrary kinds, activities, contexts and facts to Check
// and Classify: bad input gets an error, never a panic, and a finding
// always carries a valid verdict.
func FuzzCheck(f *testing.F) {
	rb := testRulebook(f)
	f.Add(uint8(PermanentNeutrality), uint8(WeaponsToVictim), uint8(Wartime), uint8(StayNeutral), uint8(Treaty), "qualified-neutrality")
	f.Add(uint8(0), uint8(200), uint8(9), uint8(0), uint8(99), "")
	f.Fuzz(func(t *testing.T, k, a, c, p, b uint8, doctrine string) {
		s := Status{Kind: Kind(k), Allows: []Activity{Activity(a ^ 1)}}
		fd, err := rb.Check(s, Activity(a), Options{Context: Context(c), Doctrines: []string{doctrine}})
		if err == nil && !fd.Verdict.IsValid() {
			t.Fatalf("finding without a verdict: %+v", fd)
		}
		cl, err := Classify(Facts{Postures: []Posture{Posture(p)}, Bases: []Basis{Basis(b)}}, Options{Doctrines: []string{doctrine}})
		if err == nil && !cl.Decided() && len(cl.Alternatives) == 0 {
			t.Fatalf("undecided classification without alternatives: %+v", cl)
		}
	})
}
