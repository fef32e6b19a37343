package corpus

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/benchratio"
	"github.com/accordmodel/accord/neutrality"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func neutralityCorpus(t testing.TB) *Corpus {
	t.Helper()
	c, err := Default()
	require.NoError(t, err)
	return c
}

func TestNeutralityRulebookCoverage(t *testing.T) {
	c := neutralityCorpus(t)
	rb := c.Rulebook()
	require.GreaterOrEqual(t, rb.Len(), 50)
	verdicts := map[neutrality.Verdict]bool{}
	kinds := map[neutrality.Kind]bool{}
	for r := range rb.All() {
		verdicts[r.Verdict] = true
		kinds[r.Status] = true
		assert.NotEmpty(t, r.Evidence, r.ID)
		for _, s := range r.Sides {
			assert.NotEmpty(t, s.Evidence, r.ID)
			d, ok := rb.Doctrine(s.Doctrine)
			require.True(t, ok, r.ID)
			assert.True(t, slices.ContainsFunc(s.Evidence, func(c accord.Citation) bool { return accord.CitesDoc(d.Evidence, c.Doc) }),
				"%s: side %s cites a document that holds or reports its doctrine", r.ID, s.Doctrine)
		}
		assert.True(t, strings.HasSuffix(r.Reason, "."), "%s: the reason is one sentence", r.ID)
	}
	assert.False(t, verdicts[neutrality.NotApplicable], "only a ruling says a rule does not apply")
	assert.Len(t, verdicts, len(neutrality.Verdicts())-1, "the coded rules use every verdict a rule can give")
	assert.Len(t, kinds, len(neutrality.Kinds()), "every status kind has rules of its own")
	assert.ElementsMatch(t, []string{"alliances-under-non-alignment", "assistance-to-victim", "foreign-presence", "recognition-of-neutrality"}, rb.Questions())
}

// TestDoctrinesOf pins which doctrine each article holds, as read from the
// articles: Lawfare (003) defines non-alignment as staying outside blocs
// and alliances, permanent neutrality as declarable, and temporary
// presence as tolerable; HIIA (004) lets non-aligned states conclude
// alliances, requires recognition and rules out a formal foreign presence.
// Lawfare reports both qualified and strict neutrality and so holds neither.
func TestDoctrinesOf(t *testing.T) {
	c := neutralityCorpus(t)
	assert.Equal(t, []string{"declaration-suffices", "non-alignment-excludes-alliances", "temporary-presence-allowed"}, noErr(c.DoctrinesOf("lawfare-armed-neutrality")))
	assert.Equal(t, []string{"no-formal-foreign-presence", "non-alignment-permits-alliances", "recognition-required"}, noErr(c.DoctrinesOf("hiia-security-guarantees")))
	assert.Empty(t, noErr(c.DoctrinesOf("rusi-neutrality-chimera")))
}

// TestClassifyCodedStatuses checks every coded status against Classify:
// the kind an article gives a status must follow from the facts the same
// article reports, under the doctrines that article holds; where the
// article holds none on a question that matters, its kind must be one of
// the alternatives.
func TestClassifyCodedStatuses(t *testing.T) {
	c := neutralityCorpus(t)
	n := 0
	for s := range c.NeutralityStatuses() {
		t.Run(s.Status.ID, func(t *testing.T) {
			cl, err := neutrality.Classify(s.Status.Facts(), neutrality.Options{Doctrines: noErr(c.DoctrinesOf(s.Document))})
			require.NoError(t, err)
			if cl.Decided() {
				assert.Equal(t, s.Status.Kind, cl.Kind, "%v", cl.Reasons)
				return
			}
			assert.True(t, slices.ContainsFunc(cl.Alternatives, func(a neutrality.Alternative) bool { return a.Kind == s.Status.Kind }),
				"%s is none of %v", s.Status.Kind, cl.Alternatives)
		})
		n++
	}
	assert.GreaterOrEqual(t, n, 35)
}

// TestContestedCharacterisations: the articles describe the same cases
// differently, and the corpus keeps each description with its source.
func TestContestedCharacterisations(t *testing.T) {
	c := neutralityCorpus(t)
	kindOf := func(id string) neutrality.Kind {
		s, ok := c.NeutralityStatus(id)
		require.True(t, ok, id)
		return s.Status.Kind
	}
	// Was Ukraine neutral before 2014? RUSI: yes, a neutrality policy; HIIA: never, it was non-aligned.
	assert.Equal(t, neutrality.NeutralityPolicy, kindOf("ukraine-neutrality-policy-rusi"))
	assert.Equal(t, neutrality.NonAlignment, kindOf("ukraine-non-alignment-hiia"))
	assert.Equal(t, neutrality.NonAlignment, kindOf("ukraine-non-bloc-lawfare"))
	// Switzerland: declared and recognised (Lawfare) or imposed and guaranteed (RUSI, HIIA).
	assert.Equal(t, neutrality.PermanentNeutrality, kindOf("switzerland-permanent-neutrality-lawfare"))
	assert.Equal(t, neutrality.Neutralisation, kindOf("switzerland-neutralisation-rusi"))
	assert.Equal(t, neutrality.Neutralisation, kindOf("switzerland-neutralisation-hiia"))
	// Ireland: a mere policy (Lawfare); RUSI calls it "permanent neutrality"
	// but defines that as a guiding principle of foreign policy, which is a
	// policy too, whatever the word.
	assert.Equal(t, neutrality.NeutralityPolicy, kindOf("ireland-neutrality-policy-lawfare"))
	assert.Equal(t, neutrality.NeutralityPolicy, kindOf("ireland-permanent-neutrality-rusi"))
	// Austria: declared (Lawfare) or internationally guaranteed (HIIA).
	assert.Equal(t, neutrality.PermanentNeutrality, kindOf("austria-permanent-neutrality-lawfare"))
	assert.Equal(t, neutrality.Neutralisation, kindOf("austria-neutralisation-hiia"))
}

func TestUkraineTimeline(t *testing.T) {
	c := neutralityCorpus(t)
	tl := noErr(c.NeutralityStatusesOf("ukraine"))
	require.NotEmpty(t, tl)
	var ids []string
	for _, s := range tl {
		ids = append(ids, s.Status.ID)
	}
	pos := func(id string) int {
		i := slices.Index(ids, id)
		require.GreaterOrEqual(t, i, 0, id)
		return i
	}
	assert.Equal(t, "ukraine-1990-declaration-hiia", ids[0], "the 1990 Declaration of State Sovereignty opens the timeline")
	assert.Less(t, pos("ukraine-1990-declaration-hiia"), pos("ukraine-non-bloc-law-hiia"))
	assert.Less(t, pos("ukraine-non-bloc-law-hiia"), pos("ukraine-nato-course-lawfare"))
	law, _ := c.NeutralityStatus("ukraine-non-bloc-law-hiia")
	assert.Equal(t, "2010", law.Status.Period.From.String())
	out, ok := law.Status.Outcome()
	require.True(t, ok)
	assert.Equal(t, neutrality.Abandoned, out.Kind)
	assert.Equal(t, []string{"verkhovna-rada"}, out.By)
	for _, id := range []string{"ukraine-nato-course-lawfare", "ukraine-alliance-course-kyiv"} {
		s, _ := c.NeutralityStatus(id)
		assert.Equal(t, neutrality.AllianceAspirant, s.Status.Kind, id)
	}
	lastDated := slices.IndexFunc(tl, func(s SourcedStatus) bool { return s.Status.Period.IsZero() })
	require.Greater(t, lastDated, 0)
	for _, s := range tl[:lastDated] {
		assert.Equal(t, neutrality.InForce, s.Status.Stage, s.Status.ID)
	}
	for _, s := range tl[lastDated:] {
		assert.True(t, s.Status.Period.IsZero(), "undated statuses come last: %s", s.Status.ID)
	}
}

// TestSwedenAndFinlandTimelines: from a policy of neutrality to
// non-alignment at the end of the Cold War (Lawfare), then into NATO in
// 2023 and 2024 (HIIA).
func TestSwedenAndFinlandTimelines(t *testing.T) {
	c := neutralityCorpus(t)
	for state, year := range map[string]string{"finland": "2023", "sweden": "2024"} {
		want := []struct {
			id      string
			kind    neutrality.Kind
			outcome neutrality.EventKind
		}{
			{state + "-neutrality-policy-lawfare", neutrality.NeutralityPolicy, neutrality.Superseded},
			{state + "-non-alignment-lawfare", neutrality.NonAlignment, neutrality.Abandoned},
			{state + "-neutrality-policy-hiia", neutrality.NeutralityPolicy, neutrality.Abandoned},
		}
		for _, w := range want {
			s, ok := c.NeutralityStatus(w.id)
			require.True(t, ok, w.id)
			assert.Equal(t, w.kind, s.Status.Kind, w.id)
			out, ok := s.Status.Outcome()
			require.True(t, ok, w.id)
			assert.Equal(t, w.outcome, out.Kind, w.id)
		}
		nato, ok := c.NeutralityStatus(state + "-nato-hiia")
		require.True(t, ok)
		assert.Equal(t, neutrality.AllianceMember, nato.Status.Kind)
		assert.Equal(t, year, nato.Status.Period.From.String())
		tl := noErr(c.NeutralityStatusesOf(state))
		assert.Len(t, tl, 4, state)
	}
}

func TestPrecedentsAndHowTheyEnded(t *testing.T) {
	c := neutralityCorpus(t)
	states := map[string]bool{}
	for _, p := range noErr(c.PrecedentsFor("ukraine")) {
		states[p.Status.State] = true
		assert.Equal(t, neutrality.InForce, p.Status.Stage)
	}
	for _, s := range []string{"switzerland", "belgium", "luxembourg", "albania", "austria", "malta", "costa-rica", "ireland",
		"turkmenistan", "cambodia", "denmark", "norway", "italy", "sweden", "finland"} {
		assert.True(t, states[s], "precedent %s is coded", s)
	}
	assert.False(t, states["ukraine"])

	tests := []struct {
		id      string
		outcome neutrality.EventKind
		by      []string
		year    int
		also    neutrality.EventKind // another event the status must record, or 0
		alsoBy  string
	}{
		{"belgium-neutralisation-lawfare", neutrality.Abandoned, []string{"belgium"}, 0, neutrality.Violated, "german-empire"},
		{"belgium-neutralisation-lawfare", neutrality.Abandoned, []string{"belgium"}, 0, neutrality.GuaranteeHonoured, "united-kingdom"},
		{"luxembourg-neutralisation-lawfare", neutrality.Abandoned, []string{"luxembourg"}, 0, neutrality.GuaranteeUnhonoured, "united-kingdom"},
		{"switzerland-neutralisation-hiia", neutrality.Held, nil, 0, 0, ""},
		{"albania-neutralisation-rusi", neutrality.FailedInWar, nil, 0, 0, ""},
		{"denmark-neutral-in-war-rusi", neutrality.Violated, nil, 0, 0, ""},
		{"italy-neutral-in-war-rusi", neutrality.Abandoned, []string{"italy"}, 0, 0, ""},
		{"cambodia-permanent-neutrality-lawfare", neutrality.Violated, []string{"united-states"}, 1970, neutrality.BreachAlleged, "nixon-administration"},
		{"austria-permanent-neutrality-lawfare", neutrality.Held, nil, 0, neutrality.EnforcementClaimed, "soviet-union"},
		{"finland-neutrality-policy-hiia", neutrality.Abandoned, []string{"finland"}, 2023, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s, ok := c.NeutralityStatus(tt.id)
			require.True(t, ok)
			out, ok := s.Status.Outcome()
			require.True(t, ok)
			assert.Equal(t, tt.outcome, out.Kind)
			assert.Equal(t, tt.by, out.By)
			assert.Equal(t, tt.year, out.Date.Year())
			if tt.also != 0 {
				assert.True(t, slices.ContainsFunc(s.Status.Events, func(e neutrality.Event) bool {
					return e.Kind == tt.also && slices.Contains(e.By, tt.alsoBy)
				}), "%s by %s", tt.also, tt.alsoBy)
			}
		})
	}
}

// TestIstanbulDemandsAgainstPermanentNeutrality pins the example's central
// finding, read from the Lawfare analysis: the status itself requires
// staying out of alliances, while the caps, the veto over exercises, the
// ban on any foreign military activity, the guarantor veto and the bans on
// EU defence ties go beyond it; whether a ban on bases does depends on the
// doctrine of foreign presence.
func TestIstanbulDemandsAgainstPermanentNeutrality(t *testing.T) {
	c := neutralityCorpus(t)
	rb := c.Rulebook()
	status := neutrality.Status{ID: "ukraine-permanent-neutrality-test", State: "ukraine", Kind: neutrality.PermanentNeutrality, Stage: neutrality.Proposed}
	want := map[string]neutrality.Reach{
		"istanbul-2022-permanent-neutrality":                   neutrality.WithinStatus,
		"istanbul-2022-kyiv-no-alliances":                      neutrality.WithinStatus,
		"istanbul-2022-kyiv-no-foreign-bases":                  neutrality.DependsOnDoctrine,
		"istanbul-2022-force-caps":                             neutrality.BeyondStatus,
		"istanbul-2022-no-eu-mutual-assistance":                neutrality.BeyondStatus,
		"istanbul-2022-no-eu-actions-against-russia":           neutrality.BeyondStatus,
		"istanbul-2022-no-harmful-military-agreements":         neutrality.BeyondStatus,
		"istanbul-2022-veto-over-exercises":                    neutrality.BeyondStatus,
		"istanbul-2022-guarantor-consensus":                    neutrality.BeyondStatus,
		"istanbul-2022-no-foreign-military-activity-exercises": neutrality.BeyondStatus,
		"istanbul-2022-no-foreign-military-activity-transit":   neutrality.BeyondStatus,
		"istanbul-2022-eu-membership":                          neutrality.WithinStatus,
		"istanbul-2022-standing-army":                          neutrality.WithinStatus,
	}
	got := map[string]neutrality.Reach{}
	for _, d := range noErr(c.DemandsIn("istanbul-2022")) {
		f, err := rb.Check(status, d.Demand.Activity, neutrality.Options{})
		require.NoError(t, err, d.Demand.ID)
		got[d.Demand.ID] = neutrality.Assess(d.Demand, f)
	}
	for id, r := range want {
		assert.Equal(t, r, got[id], id)
	}
	// Under the Lawfare article's own doctrine a ban on foreign bases goes
	// beyond the status (a base is only hard to square with it); under
	// HIIA's, which admits no formal foreign presence, it stays within.
	d := slices.IndexFunc(noErr(c.DemandsIn("istanbul-2022")), func(d SourcedDemand) bool { return d.Demand.Activity == neutrality.ForeignMilitaryBase })
	require.GreaterOrEqual(t, d, 0)
	dem := noErr(c.DemandsIn("istanbul-2022"))[d].Demand
	for doc, r := range map[string]neutrality.Reach{"lawfare-armed-neutrality": neutrality.BeyondStatus, "hiia-security-guarantees": neutrality.WithinStatus} {
		f, err := rb.Check(status, dem.Activity, neutrality.Options{Doctrines: noErr(c.DoctrinesOf(doc))})
		require.NoError(t, err)
		assert.Equal(t, r, neutrality.Assess(dem, f), doc)
	}
}

func TestCorpusDoctrineSwitchAndUserRule(t *testing.T) {
	c := neutralityCorpus(t)
	rb := c.Rulebook()
	na := neutrality.Status{Kind: neutrality.NonAlignment}
	for doctrines, want := range map[string]neutrality.Verdict{
		"": neutrality.Contested, "non-alignment-excludes-alliances": neutrality.Incompatible, "non-alignment-permits-alliances": neutrality.Compatible,
	} {
		opts := neutrality.Options{}
		if doctrines != "" {
			opts = opts.WithDoctrines(doctrines)
		}
		f, err := rb.Check(na, neutrality.AllianceMembership, opts)
		require.NoError(t, err)
		assert.Equal(t, want, f.Verdict, doctrines)
		assert.Len(t, f.Sides(), 2)
	}
	// Western aid to Ukraine: an alliance member outside the war falls under the law of neutrality.
	f, err := rb.Check(neutrality.Status{Kind: neutrality.AllianceMember}, neutrality.WeaponsToVictim, neutrality.Options{Context: neutrality.Wartime, Doctrines: []string{neutrality.QualifiedNeutrality}})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Compatible, f.Verdict)
	assert.True(t, f.Inherited())

	mine := neutrality.Rule{ID: "my-non-alignment-arms-exports", Status: neutrality.NonAlignment, Activity: neutrality.ArmsExports,
		Verdict: neutrality.Compatible, Reason: "Nothing in non-alignment limits arms sales.", Evidence: []accord.Citation{{Doc: "my-notes", Anchor: "arms sales"}}}
	_, err = rb.Check(na, neutrality.ArmsExports, neutrality.Options{})
	require.ErrorIs(t, err, neutrality.ErrNoRule)
	extended, err := rb.With([]neutrality.Rule{mine}, nil)
	require.NoError(t, err)
	f, err = extended.Check(na, neutrality.ArmsExports, neutrality.Options{})
	require.NoError(t, err)
	assert.Equal(t, "my-non-alignment-arms-exports", f.RuleID())
}

func TestLoadReportsNeutralityProblems(t *testing.T) {
	const doc = "lawfare-armed-neutrality"
	bad := `{
  "document": "` + doc + `",
  "statuses": [
    {"id": "x-neutralisation", "state": "belgium", "kind": "neutralisation", "stage": "in-force",
     "postures": ["stay-neutral"], "bases": ["treaty"],
     "period": {"from": "1914", "to": "1839"}, "summary": "s",
     "evidence": [{"doc": "` + doc + `", "anchor": "placed under their guarantee"}]},
    {"id": "y-permanent", "state": "atlantis", "kind": "permanent-neutrality", "stage": "in-force",
     "postures": ["stay-neutral"], "summary": "s",
     "evidence": [{"doc": "` + doc + `", "anchor": "permanently neutral"}]}
  ]
}`
	rules := `{"rules": [{"id": "r", "status": "permanent-neutrality", "activity": "defence-agreement", "verdict": "conditional",
  "reason": "r.", "evidence": [{"doc": "` + doc + `", "anchor": "short of a full-fledged military alliance"}]},
  {"id": "s", "status": "non-alignment", "activity": "alliance-membership", "verdict": "contested", "question": "alliances-under-non-alignment",
  "reason": "r.", "sides": [{"doctrine": "no-such-doctrine", "verdict": "compatible", "reason": "r.", "evidence": [{"doc": "` + doc + `", "anchor": "a b c d"}]},
  {"doctrine": "non-alignment-permits-alliances", "verdict": "compatible", "reason": "r.", "evidence": [{"doc": "` + doc + `", "anchor": "a b c d"}]}],
  "evidence": [{"doc": "` + doc + `", "anchor": "a b c d"}]}]}`
	_, err := Load(seedFS(t, map[string]string{"neutrality/" + doc + ".json": bad, "rules.json": rules}))
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	file := "neutrality/" + doc + ".json"
	for _, want := range []struct {
		file, path string
		rule       error
		kind       error
	}{
		{file, "statuses[0].guaranteed_by", neutrality.ErrNoGuarantor, accord.ErrRequired},
		{file, "statuses[0].period.to", neutrality.ErrPeriodOrder, accord.ErrInvalid},
		{file, "statuses[1].bases", neutrality.ErrNoBasis, accord.ErrRequired},
		{file, "statuses[1].state", nil, accord.ErrNotFound},
		{"rules.json", "rules[0].condition", neutrality.ErrNoCondition, accord.ErrRequired},
		{"rules.json", "rules[1].sides[0].doctrine", nil, accord.ErrNotFound},
	} {
		found := slices.ContainsFunc(list, func(e *accord.FieldError) bool {
			return e.File == want.file && e.Path.String() == want.path && errors.Is(e, want.kind) && (want.rule == nil || errors.Is(e, want.rule)) && e.Line > 0
		})
		assert.True(t, found, "want %v at %s %s in\n%v", want.rule, want.file, want.path, list)
	}
}

func BenchmarkCorpusCheck(b *testing.B) {
	c := neutralityCorpus(b)
	rb := c.Rulebook()
	s := neutrality.Status{Kind: neutrality.Neutralisation}
	opts := neutrality.Options{Context: neutrality.Wartime, Doctrines: noErr(c.DoctrinesOf("lawfare-armed-neutrality"))}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rb.Check(s, neutrality.IntelligenceToVictim, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// checkPairs splits every coded status × activity pair, checked with no
// options, into those a rule or the status's instrument decides and those
// nothing covers.
func checkPairs(tb testing.TB) (rb *neutrality.Rulebook, ruled, noRule []checkPair) {
	tb.Helper()
	c := neutralityCorpus(tb)
	rb = c.Rulebook()
	for s := range c.NeutralityStatuses() {
		for _, a := range neutrality.Activities() {
			p := checkPair{s.Status, a}
			if _, err := rb.Check(p.status, a, neutrality.Options{}); errors.Is(err, neutrality.ErrNoRule) {
				noRule = append(noRule, p)
			} else {
				require.NoError(tb, err)
				ruled = append(ruled, p)
			}
		}
	}
	require.NotEmpty(tb, ruled)
	require.NotEmpty(tb, noRule)
	return rb, ruled, noRule
}

// checkPair is one status and one activity to check.
type checkPair struct {
	status   neutrality.Status
	activity neutrality.Activity
}

// BenchmarkCorpusCheckPairs checks the coded statuses against every
// activity, the pairs a rule decides and the pairs no rule covers
// apart, one Check per iteration (for ns/op and allocs/op of each).
func BenchmarkCorpusCheckPairs(b *testing.B) {
	rb, ruled, noRule := checkPairs(b)
	for _, bc := range []struct {
		name  string
		pairs []checkPair
	}{{"rule", ruled}, {"no-rule", noRule}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				p := bc.pairs[i%len(bc.pairs)]
				_, _ = rb.Check(p.status, p.activity, neutrality.Options{})
			}
		})
	}
}

// BenchmarkCorpusCheckNoRuleRatio checks every coded status × activity
// pair no rule covers, and every pair a rule decides, by turns in each
// iteration, and reports the median of the iterations' ratios of the cost
// of one Check with no rule to one Check with a rule (ratio; goal: at most
// 2).
func BenchmarkCorpusCheckNoRuleRatio(b *testing.B) {
	rb, ruled, noRule := checkPairs(b)
	run := func(pairs []checkPair) func() {
		return func() {
			for _, p := range pairs {
				_, _ = rb.Check(p.status, p.activity, neutrality.Options{})
			}
		}
	}
	t := benchratio.Paired(b, run(noRule), run(ruled))
	b.ReportMetric(t.Ratio()*float64(len(ruled))/float64(len(noRule)), "ratio")
	b.ReportMetric(float64(len(noRule))/float64(len(noRule)+len(ruled)), "no-rule-share")
}

// BenchmarkCorpusCheckAll checks every activity against each coded status
// by turns with CheckAll, which lists the activities no rule covers (more
// than half of them) in Report.Uncovered.
func BenchmarkCorpusCheckAll(b *testing.B) {
	c := neutralityCorpus(b)
	rb := c.Rulebook()
	var statuses []neutrality.Status
	for s := range c.NeutralityStatuses() {
		statuses = append(statuses, s.Status)
	}
	acts := neutrality.Activities()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := rb.CheckAll(statuses[i%len(statuses)], acts, neutrality.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCodebookDefinesDoctrines: every doctrine and contested question in
// the rulebook has a codebook entry (enum values are checked for every
// package by TestCodebookDefinesEveryEnumValue).
func TestCodebookDefinesDoctrines(t *testing.T) {
	terms := codebookTerms(t)
	for _, d := range neutralityCorpus(t).Rulebook().Doctrines() {
		assert.True(t, terms[d.ID], "CODEBOOK.md does not define doctrine `%s`", d.ID)
		assert.True(t, terms[d.Question], "CODEBOOK.md does not define question `%s`", d.Question)
	}
}
