package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// present and istanbul are the dates the settlement tests evaluate on: the
// negotiations the 2025 articles report, and the Istanbul talks of 2022.
var (
	present  = accord.YearOf(2025)
	istanbul = accord.YearOf(2022)
)

func defaultSettlementCorpus(t *testing.T) *Corpus {
	t.Helper()
	c, err := Default()
	require.NoError(t, err)
	return c
}

func evaluateOption(t *testing.T, c *Corpus, id string, at accord.Date) settlement.Evaluation {
	t.Helper()
	s, ok := c.Settlement(id)
	require.True(t, ok, "no option %s", id)
	ev, err := settlement.Evaluate(s, c, settlement.Options{At: at})
	require.NoError(t, err, id)
	return ev
}

func holds(ev settlement.Evaluation, t settlement.Term) bool {
	for _, o := range ev.Outcomes {
		if o.Term == t && o.Holds {
			return true
		}
	}
	return false
}

// decidedOn reports whether a stand is decided by a reason about issue.
func decidedOn(st settlement.Stand, issue string) bool {
	return slices.ContainsFunc(st.Deciding, func(r settlement.Reason) bool { return r.Issue() == issue })
}

func TestSettlementsCoded(t *testing.T) {
	c := defaultSettlementCorpus(t)
	want := []string{
		"istanbul-communique-2022", "istanbul-draft-2022", "istanbul-draft-2022-russian", "istanbul-draft-2022-ukrainian",
		"coalition-article5-guarantee", "armed-non-alignment", "neutrality-international-guarantee",
		"kyiv-present-stance", "lawfare-armed-neutrality-proposal", "russia-present-terms",
	}
	var got []string
	for s := range c.Settlements() {
		got = append(got, s.ID)
		assert.NotEmpty(t, s.Evidence, s.ID)
		assert.Empty(t, s.Validate(accord.Path{}), s.ID)
	}
	assert.Equal(t, want, got)
	assert.Equal(t, len(want), c.NumSettlements())
	ru, _ := c.Settlement("istanbul-draft-2022-russian")
	assert.Equal(t, "istanbul-draft-2022", ru.VariantOf)
	assert.Equal(t, []string{"art5-russian-revision"}, ru.Guarantees[0].Adopt)
	_, ok := c.Settlement("missing")
	assert.False(t, ok)
	fr := c.SettlementFrame()
	assert.Equal(t, "nato", fr.Bloc)
	assert.True(t, slices.ContainsFunc(fr.Attacks, func(a guarantees.Attack) bool { return a.Attacker == "russia" && a.Victim == "ukraine" }),
		"the corpus records Russia's attack on Ukraine")
}

// TestSettlementMatrixRules checks the option × actor matrix against what
// the articles say in 2025, option by option: Russia rules out NATO troops
// in Ukraine as its key red line (zelenskyy-army-limits-report: "They
// completely ruled out the deployment of NATO personnel"; hiia: "flatly
// rejects any NATO troops on Ukrainian soil"), and Ukraine will not sign
// any deal limiting its army (zelenskyy-army-limits-report) nor discuss
// arms reductions (kyiv-official-stance).
func TestSettlementMatrixRules(t *testing.T) {
	c := defaultSettlementCorpus(t)
	nato, caps := 0, 0
	for s := range c.Settlements() {
		ev := evaluateOption(t, c, s.ID, present)
		if holds(ev, settlement.TermNATOTroops) {
			nato++
			st, ok := ev.Stand("russia")
			require.True(t, ok, s.ID)
			assert.Equal(t, settlement.Rejects, st.Answer, "%s puts NATO troops in Ukraine", s.ID)
			assert.True(t, decidedOn(st, "foreign-troops"), "%s: Russia's rejection is decided by its red line on foreign troops", s.ID)
		}
		if holds(ev, settlement.TermForceLimits) {
			caps++
			st, ok := ev.Stand("ukraine")
			require.True(t, ok, s.ID)
			assert.Equal(t, settlement.Rejects, st.Answer, "%s caps Ukraine's forces", s.ID)
			assert.True(t, decidedOn(st, "armed-forces-limits"), "%s: Ukraine's rejection is decided by its red line on limits", s.ID)
		}
	}
	assert.Equal(t, 1, nato, "the coalition guarantee is the option that stations NATO states' troops")
	assert.Equal(t, 2, caps, "the two parties' versions of the Istanbul draft carry caps")
}

// TestSettlementMatrixCells checks single cells against the articles.
func TestSettlementMatrixCells(t *testing.T) {
	c := defaultSettlementCorpus(t)
	tests := []struct {
		name    string
		option  string
		at      accord.Date
		actor   string
		verdict settlement.Answer
		issue   string // an issue among the deciding reasons; "" for none required
		why     string
	}{
		{"Kyiv's stance crosses Russia's NATO red line", "kyiv-present-stance", present, "russia", settlement.Rejects, "nato-membership",
			"hiia: Russia's conditional openness to guarantees is 'an alternative to NATO membership'"},
		{"Kyiv's stance is not rejected by Kyiv", "kyiv-present-stance", present, "ukraine", settlement.Conditional, "",
			"kyiv-official-stance: Kyiv's own terms; its peacekeeping and NATO conditions stay to be settled"},
		{"Russia's terms cross Ukraine's territorial red lines", "russia-present-terms", present, "ukraine", settlement.Rejects, "territorial-recognition",
			"kyiv-official-stance: 'does not recognize any territorial changes achieved by force'"},
		{"Russia's terms cross Zelenskyy's line on ceding territory", "russia-present-terms", present, "ukraine", settlement.Rejects, "territorial-withdrawal",
			"zelenskyy-army-limits-report: 'No ceding any territory past the border'"},
		{"Russia accepts its own terms", "russia-present-terms", present, "russia", settlement.Accepts, "",
			"lawfare: Russia's conditional support for a neutral Ukraine within its 1991 borders is undated, so it is held on no date"},
		{"armed neutrality crosses Kyiv's refusal of neutral status", "lawfare-armed-neutrality-proposal", present, "ukraine", settlement.Rejects, "neutral-status",
			"kyiv-official-stance: 'not engaging in talks about adopting a neutral status'"},
		{"armed neutrality without Russia leaves Russia's claim to be a guarantor unmet", "lawfare-armed-neutrality-proposal", present, "russia", settlement.Rejects, "russia-as-guarantor",
			"hiia: Russia 'claimed a position as one of the guarantors'"},
		{"in 2022 Ukraine rejects Russia's veto", "istanbul-draft-2022-russian", istanbul, "ukraine", settlement.Rejects, "guarantee-veto",
			"lawfare: 'Ukraine informed Russia that it was a nonstarter'"},
		{"in 2022 Russia demands the veto the base text lacks", "istanbul-draft-2022", istanbul, "russia", settlement.Rejects, "guarantee-veto",
			"lawfare: 'it requested that any actions under them would require a joint decision'"},
		{"in 2022 Ukraine's own caps satisfy its conditional offer", "istanbul-draft-2022-ukrainian", istanbul, "ukraine", settlement.Conditional, "",
			"lawfare: Ukraine offered about 250,000 personnel and 800 tanks on condition of guarantees"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := evaluateOption(t, c, tt.option, tt.at)
			st, ok := ev.Stand(tt.actor)
			require.True(t, ok)
			assert.Equal(t, tt.verdict, st.Answer, "%s (%s): %v", tt.option, tt.why, st.Deciding)
			if tt.issue != "" {
				assert.True(t, decidedOn(st, tt.issue), "%s: expected a deciding reason on %s, got %v", tt.option, tt.issue, st.Deciding)
			}
			for _, r := range st.Deciding {
				assert.NotEmpty(t, r.Evidence(), "every deciding reason is cited")
			}
		})
	}
}

// TestSettlementNovelPackage: a package no article discusses — UN
// peacekeepers in a non-aligned Ukraine, Crimea deferred for twenty years,
// a ceasefire first — still gets reasons from the actors' positions.
func TestSettlementNovelPackage(t *testing.T) {
	c := defaultSettlementCorpus(t)
	s := settlement.Settlement{
		ID: "novel-package", Name: "Non-alignment with UN peacekeepers", Protected: "ukraine",
		Stage: settlement.Floated, Modality: settlement.Constructed,
		Status:     settlement.StatusTerm{Kind: neutrality.NonAlignment, Armament: neutrality.Armed},
		Forces:     settlement.ForcePosture{Limits: settlement.Unlimited},
		Presence:   settlement.ForeignPresence{Deployments: []settlement.Deployment{{Kind: settlement.Peacekeepers, Mandate: settlement.UNMandate, ConsentOf: []string{"ukraine"}}}},
		Territory:  []settlement.TerritorialTerm{{Region: "crimea", Treatment: settlement.Deferred, YearsMin: 20}},
		Sequencing: settlement.CeasefireFirst,
		Summary:    "A constructed package for the test.",
		Evidence:   []accord.Citation{{Doc: "kyiv-official-stance", Anchor: "deployment of international peacekeepers"}},
	}
	ev, err := settlement.Evaluate(s, c, settlement.Options{At: present})
	require.NoError(t, err)
	require.NotEmpty(t, ev.Stands)
	for _, actor := range []string{"ukraine", "russia", "united-states", "european-states"} {
		st, ok := ev.Stand(actor)
		require.True(t, ok, actor)
		assert.NotEmpty(t, st.Deciding, actor)
	}
	ua, _ := ev.Stand("ukraine")
	assert.True(t, slices.ContainsFunc(ua.Reasons, func(r settlement.Reason) bool {
		return r.Issue() == "peacekeepers" && r.Kind == settlement.ConditionOpen
	}), "Kyiv accepts peacekeepers only on conditions the package leaves open")
	ru, _ := ev.Stand("russia")
	assert.Equal(t, settlement.Rejects, ru.Answer, "Russia demands neutrality and recognition of Crimea")
	require.NotNil(t, ev.Neutrality)
	assert.NotEmpty(t, ev.Neutrality.Report.Rulings, "the rulebook judges the package")
}

// TestSettlementZone: between Ukraine and Russia there is no zone of
// agreement in the coded space, in 2022 as in 2025, and the smallest set of
// red lines that closes it names the clash the articles put at the centre:
// in 2022 the guarantors' veto (lawfare), in 2025 the recognition of
// Crimea (Russia demands it, Kyiv rules out any recognition).
func TestSettlementZone(t *testing.T) {
	c := defaultSettlementCorpus(t)
	sp, err := c.SettlementSpace()
	require.NoError(t, err)
	// The nearest packages: in 2022 a single red line stood in the way,
	// Russia's demand for the veto; in 2025 no package crosses fewer
	// than three.
	tests := []struct {
		at      accord.Date
		want    []settlement.RedLine
		nearest int
	}{
		{istanbul, []settlement.RedLine{{Actor: "russia", Issue: "guarantee-veto", Direction: 1}, {Actor: "ukraine", Issue: "guarantee-veto", Direction: -1}}, 1},
		{present, []settlement.RedLine{{Actor: "russia", Issue: "recognition-crimea", Direction: 1}, {Actor: "ukraine", Issue: "territorial-recognition", Direction: -1}}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.at.String(), func(t *testing.T) {
			z, err := settlement.Search(context.Background(), sp, c, settlement.SearchOptions{Options: settlement.Options{At: tt.at}, Required: []string{"ukraine", "russia"}})
			require.NoError(t, err)
			assert.Equal(t, sp.Size(), z.Space)
			assert.Equal(t, z.Space, z.Examined+z.Pruned)
			assert.Zero(t, z.Acceptable)
			var got []settlement.RedLine
			for _, b := range z.Blocking {
				got = append(got, b.RedLine)
				assert.NotEmpty(t, b.Positions)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.nearest, z.Nearest.Cost)
			require.NotEmpty(t, z.Nearest.Packages)
		})
	}
	z, err := settlement.Search(context.Background(), sp, c, settlement.SearchOptions{Options: settlement.Options{At: present}, Required: []string{"ukraine", "united-states", "european-states"}})
	require.NoError(t, err)
	assert.Positive(t, z.Acceptable, "Ukraine and its Western partners share a zone")
	for _, p := range z.Packages {
		assert.NotEqual(t, "capped", p.Settlement.Forces.Limits.String(), "no package Ukraine accepts caps its forces")
	}
}

// BenchmarkSettlementSearch measures the zone search on the coded space
// (about 200,000 packages) for Ukraine and Russia.
func BenchmarkSettlementSearch(b *testing.B) {
	c, err := Default()
	require.NoError(b, err)
	sp, err := c.SettlementSpace()
	require.NoError(b, err)
	for _, at := range []accord.Date{istanbul, present} {
		b.Run(at.String(), func(b *testing.B) {
			var z settlement.Zone
			for b.Loop() {
				z, err = settlement.Search(context.Background(), sp, c, settlement.SearchOptions{Options: settlement.Options{At: at}, Required: []string{"ukraine", "russia"}})
				require.NoError(b, err)
			}
			b.ReportMetric(float64(z.Space), "packages")
			b.ReportMetric(float64(z.Visited), "visited")
			b.ReportMetric(float64(z.RoundsVisited), "rounds-visited")
		})
	}
}

const badSettlements = `{
  "bloc": "nato",
  "bindings": [
    {"term": "force-limits", "issue": "no-such-issue"},
    {"term": "force-limits", "issue": "armed-forces-limits"}
  ],
  "settlements": [
    {
      "id": "bad-package",
      "name": "Bad",
      "protected": "ukraine",
      "stage": "in-force",
      "modality": "proposed",
      "guarantees": [
        {"instrument": "no-such-instrument"},
        {"instrument": "istanbul-draft-treaty-2022", "adopt": ["no-such-revision"]}
      ],
      "presence": {"deployments": [{"kind": "peacekeepers", "consent_of": ["ukraine"]}]},
      "territory": [
        {"region": "crimea", "treatment": "annexed"},
        {"region": "donetsk-oblast", "treatment": "not-recognised"},
        {"region": "donetsk-oblast", "treatment": "recognised"}
      ],
      "summary": "A package with one problem of each kind.",
      "evidence": [{"doc": "no-such-document", "anchor": "an anchor"}]
    }
  ]
}`

// TestLoadSettlementProblems: every problem of the settlement registry is
// reported at once, with its file, line and path.
func TestLoadSettlementProblems(t *testing.T) {
	_, err := Load(seedFS(t, map[string]string{"settlements.json": badSettlements}))
	require.Error(t, err)
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	tests := []struct {
		path string
		kind error
		rule error
	}{
		{"bindings[0].issue", accord.ErrNotFound, nil},
		{"bindings[1].term", accord.ErrDuplicate, nil},
		{"settlements[0].stage", accord.ErrNotSupported, nil},
		{"settlements[0].guarantees[0].instrument", accord.ErrNotFound, nil},
		{"settlements[0].guarantees[1].adopt", accord.ErrNotFound, guarantees.ErrUnknownRevision},
		{"settlements[0].presence.deployments[0].mandate", accord.ErrRequired, settlement.ErrNoMandate},
		{"settlements[0].territory[0].treatment", accord.ErrNotSupported, nil},
		{"settlements[0].territory[2].region", accord.ErrDuplicate, settlement.ErrDuplicateRegion},
		{"settlements[0].evidence[0].doc", accord.ErrNotFound, nil},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(list, func(e *accord.FieldError) bool { return e.File == "settlements.json" && e.Path.String() == tt.path })
		if !assert.GreaterOrEqual(t, i, 0, "no problem reported at %s in %v", tt.path, list) {
			continue
		}
		e := list[i]
		assert.Positive(t, e.Line, tt.path)
		assert.ErrorIs(t, e, tt.kind, tt.path)
		if tt.rule != nil {
			assert.ErrorIs(t, e, tt.rule, tt.path)
		}
	}
}

// TestSettlementLegalFindings: the Istanbul draft's bans on foreign
// military activity go beyond what permanent neutrality requires
// (lawfare: "Such sweeping prohibitions are not necessary elements of
// permanent neutrality"): exercises and trainers are allowed on condition
// (they are temporary, could leave at once and do not rehearse a war
// against a particular rival). Only bases are contested, and the caller's
// doctrine decides them: lawfare finds that a permanent base "would make it
// hard" for foreign troops to leave in a war, hiia admits no formal foreign
// presence.
func TestSettlementLegalFindings(t *testing.T) {
	c := defaultSettlementCorpus(t)
	s, ok := c.Settlement("istanbul-draft-2022-russian")
	require.True(t, ok)
	verdicts := func(opts neutrality.Options) map[neutrality.Activity]neutrality.Verdict {
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: istanbul, Neutrality: opts})
		require.NoError(t, err)
		require.NotNil(t, ev.Neutrality)
		got := map[neutrality.Activity]neutrality.Verdict{}
		for _, f := range ev.Neutrality.Beyond() {
			got[f.Activity] = f.Verdict
		}
		for _, f := range ev.Neutrality.Report.Rulings {
			if f.Activity == neutrality.LimitsOnOwnForces {
				assert.Equal(t, neutrality.NotRequired, f.Verdict, "caps are no part of permanent neutrality")
			}
		}
		return got
	}
	open := verdicts(neutrality.Options{})
	assert.Equal(t, neutrality.Conditional, open[neutrality.JointExercises])
	assert.Equal(t, neutrality.Conditional, open[neutrality.ForeignTrainers])
	assert.Equal(t, neutrality.Contested, open[neutrality.ForeignMilitaryBase])
	lawfare := verdicts(neutrality.Options{}.WithDoctrines(neutrality.TemporaryPresenceAllowed))
	assert.Equal(t, neutrality.Conditional, lawfare[neutrality.ForeignMilitaryBase])
	hiia := verdicts(neutrality.Options{}.WithDoctrines(neutrality.NoFormalForeignPresence))
	assert.NotContains(t, hiia, neutrality.ForeignMilitaryBase, "with no formal foreign presence, a ban on bases is what the status requires")
	assert.Equal(t, neutrality.Conditional, hiia[neutrality.JointExercises], "the proviso on formal presence says nothing of temporary exercises")
}

// TestLoadRejectsSpaceTooLarge: options whose space has more packages
// than an int counts (two options treating 64 regions differently span
// 2^64) are a problem of settlements.json; the loader used to accept them
// and Space.Size overflowed to 0.
func TestLoadRejectsSpaceTooLarge(t *testing.T) {
	data, err := fs.ReadFile(seeds.FS(), "settlements.json")
	require.NoError(t, err)
	var file map[string]any
	require.NoError(t, json.Unmarshal(data, &file))
	list := file["settlements"].([]any)
	require.NotEmpty(t, list)
	var opts []any
	for i, treatment := range []string{"recognised", "not-recognised"} {
		o := maps.Clone(list[0].(map[string]any))
		o["id"] = fmt.Sprintf("wide-option-%d", i)
		delete(o, "variant_of")
		var terms []map[string]any
		for r := range 64 {
			terms = append(terms, map[string]any{"region": fmt.Sprintf("region-%02d", r), "treatment": treatment})
		}
		o["territory"] = terms
		opts = append(opts, o)
	}
	file["settlements"] = opts
	data, err = json.Marshal(file)
	require.NoError(t, err)
	_, err = Load(seedFS(t, map[string]string{"settlements.json": string(data)}))
	require.Error(t, err)
	var errs accord.ErrorList
	require.ErrorAs(t, err, &errs)
	i := slices.IndexFunc(errs, func(e *accord.FieldError) bool { return errors.Is(e, settlement.ErrSpaceTooLarge) })
	require.GreaterOrEqual(t, i, 0, "no space problem in %v", errs)
	assert.Equal(t, "settlements.json", errs[i].File)
	assert.Equal(t, "settlements", errs[i].Path.String())
	assert.Contains(t, errs[i].Error(), "18446744073709551616", "2^64 packages")
}

// TestStandsPrintNames: a stand from an evaluation of the coded options
// names its actor and the issues of its red lines, not their ids.
func TestStandsPrintNames(t *testing.T) {
	c := defaultSettlementCorpus(t)
	checked := 0
	for s := range c.Settlements() {
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: accord.MustParseDate("2025-10")})
		require.NoError(t, err)
		line := ev.String()
		for _, st := range ev.Stands {
			name := c.Actors().Name(st.Actor)
			assert.True(t, strings.HasPrefix(st.String(), name+" "), "%s: %q", s.ID, st.String())
			assert.Contains(t, line, name)
			for _, rl := range st.RedLines() {
				assert.Contains(t, st.String(), c.Issues().Name(rl.Issue))
				if c.Issues().Name(rl.Issue) != rl.Issue {
					assert.NotContains(t, st.String(), " "+rl.Issue, "the issue by name, not id")
					checked++
				}
			}
		}
	}
	assert.Positive(t, checked, "some red line of a coded option was checked")
}
