package corpus

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/internal/fold"
)

func actorsCorpus(t testing.TB) *Corpus {
	t.Helper()
	c, err := Default()
	require.NoError(t, err)
	return c
}

// TestActorsStableIDs: the ids other domains and the tagger refer to exist.
func TestActorsStableIDs(t *testing.T) {
	c := actorsCorpus(t)
	assert.GreaterOrEqual(t, c.Actors().Len(), 100, "the articles name about a hundred actors")
	for _, id := range []string{"ukraine", "russia", "united-states", "nato", "eu", "un-security-council", "p5",
		"zelenskyy", "putin", "trump", "kremlin", "european-states", "coalition-of-the-willing", "concert-of-europe",
		"soviet-union", "prussia", "league-of-nations", "icj", "un-general-assembly", "verkhovna-rada", "us-congress",
		"mart-kuldkepp", "ruslan-bortnik", "lawfare-author"} {
		_, ok := c.Actors().Actor(id)
		assert.True(t, ok, id)
	}
}

// TestEveryNameResolves: every name, name in another language and alias in
// the data resolves to its actor; the only names that do not resolve to
// exactly one actor are those the articles really use for two: "Germany"
// (today's state; the German Empire of 1914 in the Lawfare analysis) and
// "foreign ministry" (Ukraine's in the Kyiv digest, Russia's in the news
// report).
func TestEveryNameResolves(t *testing.T) {
	c := actorsCorpus(t)
	reg := c.Actors()
	ambiguous := map[string][]string{}
	for a := range c.Actors().All() {
		for _, name := range a.AllNames() {
			cands := reg.Candidates(name)
			require.Contains(t, cands, a.ID, "%q does not resolve to %s", name, a.ID)
			if len(cands) > 1 {
				ambiguous[fold.Fold(name)] = cands
				_, err := reg.Lookup(name)
				assert.ErrorIs(t, err, actors.ErrAmbiguousName, name)
				continue
			}
			got, err := reg.Lookup(name)
			require.NoError(t, err, name)
			assert.Equal(t, a.ID, got.ID, name)
		}
	}
	assert.Equal(t, map[string][]string{
		"germany":          {"german-empire", "germany"},
		"foreign ministry": {"russia-foreign-ministry", "ukraine-foreign-ministry"},
	}, ambiguous)
}

func TestLookupVariantsTheArticlesUse(t *testing.T) {
	c := actorsCorpus(t)
	tests := []struct{ name, want string }{
		{"Zelenskyy", "zelenskyy"},
		{"President Zelenskiy", ""}, // titles are not part of names
		{"Zelenskiy", "zelenskyy"},
		{"Krushchev", "nikita-khrushchev"},
		{"Nikita Khrushchev", "nikita-khrushchev"},
		{"Хрущёв", "nikita-khrushchev"},
		{"O’Hanlon", "michael-ohanlon"},
		{"o'hanlon", "michael-ohanlon"},
		{"Kyiv", "ukraine"},
		{"Україна", "ukraine"},
		{"Moscow", "russia"},
		{"Россия", "russia"},
		{"Washington", "united-states"},
		{"U.S.", "united-states"},
		{"the Kremlin", "kremlin"},
		{"USSR", "soviet-union"},
		{"Britain", "united-kingdom"},
		{"Western partners", "the-west"},
		{"European allies", "european-states"},
		{"UN Security Council", "un-security-council"},
		{"Coalition of the Willing", "coalition-of-the-willing"},
	}
	for _, tt := range tests {
		a, err := c.Actors().Lookup(tt.name)
		if tt.want == "" {
			assert.ErrorIs(t, err, actors.ErrUnknownName, tt.name)
			continue
		}
		if assert.NoError(t, err, tt.name) {
			assert.Equal(t, tt.want, a.ID, tt.name)
		}
	}
}

func TestMainActorsHaveUkrainianAndRussianNames(t *testing.T) {
	c := actorsCorpus(t)
	for _, id := range []string{"ukraine", "russia", "united-states", "united-kingdom", "france", "nato", "eu", "un-security-council",
		"zelenskyy", "putin", "trump", "kremlin"} {
		a, ok := c.Actors().Actor(id)
		require.True(t, ok, id)
		assert.NotEmpty(t, a.Names[language.Ukrainian], id)
		assert.NotEmpty(t, a.Names[language.Russian], id)
	}
}

func TestMembershipsAndOffices(t *testing.T) {
	reg := actorsCorpus(t).Actors()
	y := accord.YearOf
	nato2022, nato2023, nato2024 := noErr(reg.Members("nato", y(2022))), noErr(reg.Members("nato", y(2023))), noErr(reg.Members("nato", y(2024)))
	assert.NotContains(t, nato2022, "finland")
	assert.Contains(t, nato2023, "finland")
	assert.NotContains(t, nato2023, "sweden")
	assert.Contains(t, nato2024, "sweden")
	for _, id := range []string{"austria", "malta", "ireland"} {
		assert.Contains(t, noErr(reg.Members("eu", accord.Date{})), id)
	}
	assert.Equal(t, []string{"china", "france", "russia", "united-kingdom", "united-states"}, noErr(reg.Members("p5", accord.Date{})))
	var permanent []string
	for a := range reg.All() {
		for _, m := range a.Memberships {
			if m.Of == "un-security-council" && m.Role == actors.PermanentMember {
				permanent = append(permanent, a.ID)
			}
		}
	}
	slices.Sort(permanent)
	assert.Equal(t, []string{"china", "france", "russia", "united-kingdom", "united-states"}, permanent)
	assert.Equal(t, []string{"austria", "france", "prussia", "russia", "united-kingdom"}, noErr(reg.Members("concert-of-europe", y(1815))))
	assert.Equal(t, "united-states", noErr(reg.Principal("trump", y(2025))))
	assert.Equal(t, "ukraine", noErr(reg.Principal("zelenskyy", y(2025))))
	assert.Equal(t, "russia", noErr(reg.Principal("kremlin", accord.Date{})))
	assert.Equal(t, "eu", noErr(reg.Principal("ursula-von-der-leyen", y(2025))))
	assert.Equal(t, "united-nations", noErr(reg.Principal("un-security-council", accord.Date{})))
}

// positionsOn returns the positions of actor on issue held on the date.
func actorPositionsOn(c *Corpus, actor, issue, date string) []actors.Position {
	f := actors.Filter{Actors: []string{actor}, Issues: []string{issue}}
	if date != "" {
		f.At = accord.MustParseDate(date)
	}
	return noErr(c.Positions().Select(f))
}

func TestRussiaRejectsForeignTroopsAsARedLine(t *testing.T) {
	c := actorsCorpus(t)
	ps := actorPositionsOn(c, "russia", "foreign-troops", "2025-09")
	require.NotEmpty(t, ps)
	docs := map[string]bool{}
	for _, p := range ps {
		assert.Equal(t, actors.Rejects, p.Stance, p.ID)
		assert.True(t, p.RedLine, p.ID)
		docs[p.Evidence[0].Doc] = true
	}
	assert.Equal(t, map[string]bool{"zelenskyy-army-limits-report": true, "hiia-security-guarantees": true}, docs,
		"both articles that report the Russian refusal are coded")
}

func TestUkraineRejectsLimitsOnItsArmedForces(t *testing.T) {
	c := actorsCorpus(t)
	ps := actorPositionsOn(c, "ukraine", "armed-forces-limits", "2025-09")
	require.NotEmpty(t, ps)
	for _, p := range ps {
		assert.Equal(t, actors.Rejects, p.Stance, p.ID)
	}
	assert.Contains(t, positionIDs(ps), "report-ukraine-armed-forces-limits")
	assert.Contains(t, positionIDs(ps), "kyiv-ukraine-armed-forces-limits")
}

func positionIDs(ps []actors.Position) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func positionFigure(t *testing.T, p actors.Position, quantity string) actors.StatedFigure {
	t.Helper()
	for _, f := range p.Figures {
		if f.Quantity == quantity {
			return f
		}
	}
	t.Fatalf("%s has no %s figure", p.ID, quantity)
	return actors.StatedFigure{}
}

// TestIstanbulCapsAndCounterProposal: Russia's caps (85,000 personnel, 342
// tanks) and Ukraine's counter-proposal (about 250,000, 800 tanks), as the
// Lawfare analysis gives them, are coded with their figures, and the
// analysis reports the gap between them in 2022.
func TestIstanbulCapsAndCounterProposal(t *testing.T) {
	c := actorsCorpus(t)
	ru := actorPositionsOn(c, "russia", "armed-forces-limits", "2022")
	ua := actorPositionsOn(c, "ukraine", "armed-forces-limits", "2022")
	require.Len(t, ru, 1)
	require.Len(t, ua, 1)
	assert.Equal(t, actors.StatedFigure{Quantity: "personnel", Bound: actors.AtMost, Value: 85000, Unit: "troops"}, positionFigure(t, ru[0], "personnel"))
	assert.Equal(t, actors.StatedFigure{Quantity: "tanks", Bound: actors.AtMost, Value: 342, Unit: "tanks"}, positionFigure(t, ru[0], "tanks"))
	assert.Equal(t, actors.Demands, ru[0].Stance)
	assert.Equal(t, 250000.0, positionFigure(t, ua[0], "personnel").Value)
	assert.Equal(t, 800.0, positionFigure(t, ua[0], "tanks").Value)
	assert.Equal(t, actors.Conditional, ua[0].Stance, "Ukraine accepted caps only with the guarantees")
	require.NotEmpty(t, ua[0].Conditions)

	cmp := noErr(c.Positions().Compare("russia", "ukraine", accord.YearOf(2022)))
	var gap *actors.Relation
	for i, r := range cmp.FigureGaps {
		if r.Issue == "armed-forces-limits" {
			gap = &cmp.FigureGaps[i]
		}
	}
	require.NotNil(t, gap)
	assert.Equal(t, positionIDs(ru), positionIDs(gap.APositions()))
	assert.Equal(t, positionIDs(ua), positionIDs(gap.BPositions()))
}

// TestClashWithStatesReadyToStationForces: in 2025 the clash matrix finds
// Russia's red line on foreign troops against the European states, France
// and the United Kingdom, which are ready to station forces in Ukraine.
func TestClashWithStatesReadyToStationForces(t *testing.T) {
	c := actorsCorpus(t)
	m := c.Positions().ClashMatrix(accord.MustParseDate("2025-09"))
	for _, id := range []string{"european-states", "france", "united-kingdom"} {
		var found bool
		for _, r := range m.Between("russia", id) {
			if r.Issue == "foreign-troops" {
				found = true
				assert.Equal(t, actors.RedLineClash, r.Kind)
				assert.NotEmpty(t, r.APositions())
				assert.NotEmpty(t, r.BPositions())
			}
		}
		assert.True(t, found, "no foreign-troops clash between russia and %s", id)
		assert.Positive(t, m.Count("russia", id))
	}
	for i := range m.Actors {
		assert.Zero(t, m.Counts[i][i])
		for j := range m.Actors {
			assert.Equal(t, m.Counts[i][j], m.Counts[j][i])
		}
	}
}

// TestUkraineNeutralityChangedOverTime: Ukraine accepted permanent
// neutrality in principle at Istanbul in 2022, in exchange for guarantees,
// and rejects it now.
func TestUkraineNeutralityChangedOverTime(t *testing.T) {
	c := actorsCorpus(t)
	// The Lawfare and HIIA analyses code Ukraine's Istanbul stance; the RUSI
	// commentary's view that Ukraine gave up neutrality for good in 2014 is
	// kept beside them, as a disagreement between articles.
	byDoc := map[string][]actors.Stance{}
	for _, p := range actorPositionsOn(c, "ukraine", "neutral-status", "2022") {
		byDoc[p.Evidence[0].Doc] = append(byDoc[p.Evidence[0].Doc], p.Stance)
		if p.Stance == actors.Conditional {
			assert.NotEmpty(t, p.Conditions, p.ID)
		}
	}
	assert.Equal(t, map[string][]actors.Stance{
		"lawfare-armed-neutrality": {actors.Conditional},
		"hiia-security-guarantees": {actors.Conditional},
		"rusi-neutrality-chimera":  {actors.Opposes},
	}, byDoc)
	now := actorPositionsOn(c, "ukraine", "neutral-status", "2025-10")
	require.NotEmpty(t, now)
	for _, p := range now {
		assert.Equal(t, -1, p.Stance.Polarity(), p.ID)
	}
	// And the 1990s neutrality policy, as the RUSI commentary tells it.
	assert.Equal(t, actors.Supports, actorPositionsOn(c, "ukraine", "neutral-status", "1995")[0].Stance)
}

// TestEveryArticleIsCoded: every article contributes positions, and the
// authors' own conclusions are coded as authorial positions of the author.
func TestEveryArticleIsCoded(t *testing.T) {
	c := actorsCorpus(t)
	ps := c.Positions()
	for d := range c.Documents() {
		assert.NotEmpty(t, noErr(ps.Select(actors.Filter{Doc: d.ID})), d.ID)
	}
	for doc, author := range map[string]string{
		"rusi-neutrality-chimera":  "mart-kuldkepp",
		"lawfare-armed-neutrality": "lawfare-author",
		"hiia-security-guarantees": "ruslan-bortnik",
	} {
		got := noErr(ps.Select(actors.Filter{Actors: []string{author}, Doc: doc}))
		require.NotEmpty(t, got, author)
		for _, p := range got {
			assert.Equal(t, actors.Authorial, p.Attribution, p.ID)
		}
	}
	// Positions whose year the article does not state say how it was
	// inferred.
	for p := range ps.All() {
		if p.Evidence[0].Doc == "kyiv-official-stance" || p.Evidence[0].Doc == "zelenskyy-army-limits-report" {
			assert.True(t, strings.Contains(p.Evidence[0].Note, "no year") || strings.Contains(p.Evidence[0].Note, "undated"), p.ID)
		}
	}
}

func TestLoadReportsBadActorsAndPositions(t *testing.T) {
	fsys := seedFS(t, map[string]string{
		"positions/kyiv-official-stance.json": `{
  "document": "kyiv-official-stance",
  "positions": [
    {"id": "bad-1", "actor": "atlantis", "issue": "neutral-status", "stance": "rejects", "attribution": "stated",
     "summary": "s", "evidence": [{"doc": "kyiv-official-stance", "anchor": "neutral status"}]},
    {"id": "bad-2", "actor": "ukraine", "issue": "neutral-status", "red_line": true, "attribution": "stated",
     "summary": "s", "period": {"from": "2025", "to": "2022"},
     "evidence": [{"doc": "kyiv-official-stance", "anchor": "neutral status"}]},
    {"id": "bad-3", "actor": "ukraine", "issue": "sanctions", "stance": "maybe", "attribution": "stated",
     "summary": "s", "evidence": [{"doc": "rusi-neutrality-chimera", "anchor": "neutral"}]}
  ]
}`,
	})
	_, err := Load(fsys)
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	type want struct {
		kind, rule error
		path       string
	}
	wants := []want{
		{accord.ErrNotFound, nil, "positions[0].actor"},
		{accord.ErrRequired, actors.ErrRedLineStance, "positions[1].stance"},
		{accord.ErrInvalid, nil, "positions[1].period.to"},
		{accord.ErrNotSupported, nil, "positions[2].stance"},
		{accord.ErrInvalid, nil, "positions[2].evidence[0].doc"},
	}
	for _, w := range wants {
		i := slices.IndexFunc(list, func(e *accord.FieldError) bool {
			return e.File == "positions/kyiv-official-stance.json" && e.Path.String() == w.path && errors.Is(e, w.kind)
		})
		if assert.GreaterOrEqual(t, i, 0, "no %v at %s in\n%v", w.kind, w.path, err) {
			assert.Positive(t, list[i].Line, "located in the file")
			if w.rule != nil {
				assert.ErrorIs(t, list[i], w.rule)
			}
		}
	}
}

func TestLoadReportsBadActors(t *testing.T) {
	fsys := seedFS(t, map[string]string{
		"actors.json": `{"actors": [
  {"id": "ukraine", "kind": "state", "name": "Ukraine", "summary": "s", "acts_for": "ukraine",
   "aliases": [{"name": "Kyiv", "kind": "metonym"}],
   "evidence": [{"doc": "kyiv-official-stance", "anchor": "Kyiv"}]},
  {"id": "kremlin", "kind": "government-body", "name": "Kremlin", "summary": "s", "acts_for": "russia",
   "evidence": [{"doc": "kyiv-official-stance", "anchor": "Kyiv"}]}
]}`,
	})
	_, err := Load(fsys)
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	has := func(kind, rule error, path string) bool {
		return slices.ContainsFunc(list, func(e *accord.FieldError) bool {
			return e.File == "actors.json" && e.Path.String() == path && errors.Is(e, kind) && (rule == nil || errors.Is(e, rule)) && e.Line > 0
		})
	}
	assert.True(t, has(accord.ErrInvalid, actors.ErrSelfReference, "actors[0].acts_for"), "%v", err)
	assert.True(t, has(accord.ErrRequired, actors.ErrMetonymReferent, "actors[0].aliases[0].stands_for"), "%v", err)
	assert.True(t, has(accord.ErrNotFound, nil, "actors[1].acts_for"), "%v", err)
	// Positions now refer to actors that no longer exist.
	assert.True(t, slices.ContainsFunc(list, func(e *accord.FieldError) bool {
		return strings.HasPrefix(e.File, "positions/") && errors.Is(e, accord.ErrNotFound)
	}))
}

func BenchmarkActorsLookup(b *testing.B) {
	c := actorsCorpus(b)
	names := []string{"Zelenskiy", "the Kremlin", "O’Hanlon", "Україна", "Germany", "Atlantis"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = c.Actors().Lookup(names[i%len(names)])
	}
}

func BenchmarkClashMatrix(b *testing.B) {
	ps := actorsCorpus(b).Positions()
	at := accord.MustParseDate("2025-09")
	b.ReportAllocs()
	for b.Loop() {
		_ = ps.ClashMatrix(at)
	}
}

func BenchmarkClashMatrixAllTime(b *testing.B) {
	ps := actorsCorpus(b).Positions()
	b.ReportAllocs()
	for b.Loop() {
		_ = ps.ClashMatrix(accord.Date{})
	}
}

// TestEveryIssueIsHeld: the taxonomy has no issue that no article raises
// as someone's position.
func TestEveryIssueIsHeld(t *testing.T) {
	c := actorsCorpus(t)
	for is := range c.Issues().All() {
		assert.NotEmpty(t, noErr(c.Positions().On(is.ID, accord.Date{})), is.ID)
	}
}

// TestVoicesSpeakForTheirActor: whoever voices a position (via) acts for
// the position's actor when the position was held — Zelenskyy for
// Ukraine, the Kremlin for Russia, von der Leyen for the EU.
func TestVoicesSpeakForTheirActor(t *testing.T) {
	c := actorsCorpus(t)
	reg := c.Actors()
	n := 0
	for p := range c.Positions().All() {
		if p.Via == "" {
			continue
		}
		n++
		assert.Equal(t, p.Actor, noErr(reg.Principal(p.Via, p.Period.From)), "%s: %s does not act for %s", p.ID, p.Via, p.Actor)
	}
	assert.Positive(t, n)
}

// TestSelectOrder checks the order Select documents on the coded positions,
// against a comparator written from that documentation with the public
// API: actor (Registry.Compare, collated names), then issue
// (Taxonomy.Compare), then period start, then id — for the whole set and
// for filtered selections.
func TestSelectOrder(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	ps := c.Positions()
	want := func(a, b actors.Position) int {
		if c := ps.Registry().Compare(a.Actor, b.Actor); c != 0 {
			return c
		}
		if c := ps.Taxonomy().Compare(a.Issue, b.Issue); c != 0 {
			return c
		}
		if c := a.Period.From.Compare(b.Period.From); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	}
	tests := []struct {
		name string
		f    actors.Filter
		min  int // fewest positions the filter selects
	}{
		{"all", actors.Filter{}, 190},
		{"two actors", actors.Filter{Actors: []string{"ukraine", "russia"}}, 20},
		{"an issue and its subissues", actors.Filter{Issues: []string{"security-guarantees"}, Subissues: true}, 20},
		{"red lines", actors.Filter{RedLines: true}, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := noErr(ps.Select(tt.f))
			require.GreaterOrEqual(t, len(got), tt.min)
			assert.True(t, slices.IsSortedFunc(got, want), "sorted as documented")
			ids := map[string]bool{}
			for _, p := range got {
				assert.False(t, ids[p.ID], "%s selected once", p.ID)
				ids[p.ID] = true
			}
		})
	}
}
