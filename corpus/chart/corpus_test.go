package chart

import (
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/neutrality"
)

// loadCorpus returns the embedded corpus.
func loadCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	require.NoError(t, err)
	return c
}

// renderChecked renders a chart twice, checks that both renderings are the
// same bytes, and returns the parsed, layout-checked report.
func renderChecked(t *testing.T, r interface{ Render(io.Writer) error }) svgReport {
	t.Helper()
	var a, b bytes.Buffer
	require.NoError(t, r.Render(&a))
	require.NoError(t, r.Render(&b))
	require.Equal(t, a.Bytes(), b.Bytes(), "rendering twice gives the same bytes")
	rep := inspect(t, a.Bytes())
	checkLayout(t, rep)
	return rep
}

// checkLabelled asserts that every coloured shape with a tooltip — a band,
// a stance, a bar: a <g> holding a <rect> — also holds a text label, so
// that no category is told by colour alone.
func checkLabelled(t *testing.T, rep svgReport) {
	t.Helper()
	groups := 0
	rep.root.walk(func(n node) {
		if n.XMLName.Local != "g" {
			return
		}
		hasRect, hasText := false, false
		for _, c := range n.Nodes {
			switch c.XMLName.Local {
			case "rect":
				hasRect = true
			case "text":
				hasText = true
			}
		}
		if hasRect {
			groups++
			assert.True(t, hasText, "shape %q has a text label", n.Nodes[0].Content)
		}
	})
	assert.NotZero(t, groups)
}

// flat joins wrapped lines back into running text.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestPostureTimelineFromCorpus(t *testing.T) {
	c := loadCorpus(t)
	tl, err := PostureTimeline(c)
	require.NoError(t, err)
	rep := renderChecked(t, tl)
	checkLabelled(t, rep)
	vis, tips := flat(rep.visible()), rep.tooltips()
	reg := c.Actors()

	// The requested states lead, in order.
	var rows []string
	for _, r := range tl.Rows {
		rows = append(rows, r.Label)
	}
	for i, id := range PostureStates() {
		require.Greater(t, len(rows), i)
		assert.Equal(t, reg.Name(id), rows[i])
	}
	for s := range c.NeutralityStatuses() {
		st := s.Status
		name := reg.Name(st.State)
		assert.Contains(t, vis, name, "state %s appears in the chart", st.State)
		for _, ev := range st.Evidence {
			assert.Contains(t, tips, ev.Anchor, "status %s is cited in a tooltip", st.ID)
		}
		for _, e := range st.Events {
			if e.Kind == neutrality.Held && !e.Date.IsValid() {
				continue // a status that held is its band
			}
			for _, ev := range e.Evidence {
				assert.Contains(t, tips, ev.Anchor, "an event of %s is cited in a tooltip", st.ID)
			}
		}
	}
	// Proposals are never drawn as statuses in force.
	for _, r := range tl.Rows {
		for _, b := range r.Bands {
			assert.NotContains(t, b.Tooltip, "(proposed", "row %s", r.Label)
		}
	}
	assert.Contains(t, vis, "proposed, never in force", "proposals are listed")
	// The axis ends when the newest article was written.
	assert.Equal(t, 2025, tl.End.Year())
	assert.Contains(t, vis, "1990", "the change of scale is labelled")
}

func TestClashMatrixFromCorpus(t *testing.T) {
	c := loadCorpus(t)
	ps := c.Positions()
	reg := c.Actors()
	m, err := ClashMatrix(c, ClashOptions{})
	require.NoError(t, err)
	rep := renderChecked(t, m)
	checkLabelled(t, rep)
	tips := rep.tooltips()

	shown := map[string]bool{}
	for _, r := range m.Rows {
		shown[r.Key] = true
	}
	for _, id := range ps.Actors() {
		a, ok := reg.Actor(id)
		require.True(t, ok)
		assert.Equal(t, isParty(a.Kind), shown[id], "%s (%s) is shown exactly when it is a party", id, a.Kind)
	}
	for p := range ps.All() {
		if !shown[p.Actor] {
			continue
		}
		assert.Contains(t, tips, reg.Name(p.Actor))
		assert.Contains(t, tips, c.Issues().Name(p.Issue), "issue %s appears", p.Issue)
		for _, ev := range p.Evidence {
			assert.Contains(t, tips, ev.Anchor, "position %s is cited", p.ID)
		}
	}
	// The highlighted clashes are the ones the positions analysis finds.
	require.Equal(t, Pair{A: "ukraine", B: "russia"}, m.Highlight)
	cmp := noErr(ps.Compare("ukraine", "russia", accord.Date{}))
	want := map[string]bool{}
	for _, r := range slices.Concat(cmp.Disagreements, cmp.RedLineClashes) {
		want[r.Issue] = true
	}
	got := m.Clashes()
	assert.Len(t, got, len(want))
	for _, k := range got {
		assert.True(t, want[k], "clash on %s", k)
	}
	assert.NotEmpty(t, got)
}

func TestClashMatrixOfEveryActor(t *testing.T) {
	c := loadCorpus(t)
	all := c.Positions().Actors()
	m, err := ClashMatrix(c, ClashOptions{Actors: all, Pair: Pair{A: "ukraine", B: "united-states"}})
	require.NoError(t, err)
	require.Len(t, m.Rows, len(all))
	rep := renderChecked(t, m)
	for _, id := range all {
		assert.Contains(t, rep.tooltips(), c.Actors().Name(id))
	}
	for _, id := range c.Positions().Issues() {
		assert.Contains(t, rep.tooltips(), c.Issues().Name(id))
	}
}

func TestClashMatrixOptionsErrors(t *testing.T) {
	c := loadCorpus(t)
	tests := []struct {
		name string
		opt  ClashOptions
	}{
		{"unknown actor", ClashOptions{Actors: []string{"ukraine", "atlantis"}}},
		{"unknown issue", ClashOptions{Issues: []string{"neutral-status", "atlantis"}}},
		{"pair not shown", ClashOptions{Actors: []string{"ukraine", "russia"}, Pair: Pair{A: "ukraine", B: "france"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ClashMatrix(c, tt.opt)
			assert.ErrorIs(t, err, ErrInput)
		})
	}
	// Every unknown id is reported at once, by kind and path.
	_, err := ClashMatrix(c, ClashOptions{Actors: []string{"ukraine", "atlantis"}, Issues: []string{"lemuria"}, Compact: true})
	require.ErrorIs(t, err, ErrInput)
	assert.ErrorIs(t, err, actors.ErrUnknownActor)
	assert.ErrorIs(t, err, actors.ErrUnknownIssue)
	assert.Contains(t, err.Error(), "actors[1]")
	assert.Contains(t, err.Error(), "atlantis")
	assert.Contains(t, err.Error(), "issues[0]")
	assert.Contains(t, err.Error(), "lemuria")
	m, err := ClashMatrix(c, ClashOptions{Actors: []string{"france", "ukraine"}, Pair: Pair{A: "ukraine", B: "ukraine"}})
	require.NoError(t, err)
	assert.True(t, m.Highlight.IsZero(), "a pair of one actor highlights nothing")
	assert.Equal(t, "france", m.Rows[0].Key, "the order given is kept")
	renderChecked(t, m)
}

func TestPostureTimelineOfChosenStates(t *testing.T) {
	c := loadCorpus(t)
	tl, err := PostureTimeline(c, "austria", "switzerland")
	require.NoError(t, err)
	require.Len(t, tl.Rows, 2)
	assert.Equal(t, "Austria", tl.Rows[0].Label)
	assert.Contains(t, tl.Title, "Austria and Switzerland", "the title names the states chosen")
	for _, cat := range tl.Categories {
		assert.True(t, slices.ContainsFunc(tl.Rows, func(r TimelineRow) bool {
			return slices.ContainsFunc(r.Bands, func(b Band) bool { return b.Category == cat.Key })
		}), "the legend lists only kinds the bands show, not %s", cat.Key)
	}
	renderChecked(t, tl)

	_, err = PostureTimeline(c, "atlantis")
	assert.ErrorIs(t, err, ErrInput, "an unknown state")
	_, err = PostureTimeline(c, "china")
	assert.ErrorIs(t, err, ErrInput, "a state with no dated status has nothing to draw")

	tl, err = PostureTimeline(c, "sweden", "china")
	require.NoError(t, err)
	require.Len(t, tl.Rows, 1)
	assert.Contains(t, tl.Undated, Aside{Row: "China", Label: "no status coded in the corpus"}, "a state without a status is said to have none")
}

func TestGuaranteeRankingFromCorpus(t *testing.T) {
	c := loadCorpus(t)
	r, err := GuaranteeRanking(c)
	require.NoError(t, err)
	rep := renderChecked(t, r)
	checkLabelled(t, rep)
	vis, tips := flat(rep.visible()), rep.tooltips()
	ctx := c.GuaranteeSituation()
	revisions, commitments := 0, 0
	for in := range c.Instruments() {
		if !in.Kind.Commitment() {
			assert.False(t, slices.ContainsFunc(r.Bars, func(b Bar) bool { return b.Label == in.Name }),
				"%s, a %s, is not ranked", in.ID, in.Kind)
			continue
		}
		commitments++
		assert.Contains(t, tips, in.Name, "instrument %s appears", in.ID)
		assert.Contains(t, vis, strings.Fields(in.Name)[0])
		a := in.Assess(ctx)
		assert.True(t, slices.ContainsFunc(r.Bars, func(b Bar) bool { return b.Label == in.Name && b.Value == float64(a.Score) }),
			"%s has a bar of its score %d", in.ID, a.Score)
		for _, ev := range in.Evidence {
			assert.Contains(t, tips, ev.Anchor, "instrument %s is cited", in.ID)
		}
		for _, cl := range in.Clauses {
			revisions += len(cl.Revisions)
		}
	}
	assert.Len(t, r.Bars, commitments+revisions, "one bar per commitment and one per proposed revision")
	assert.Contains(t, vis, "not adopted", "revision bars say they were never adopted")
	sorted := r.sorted()
	for i := 1; i < len(sorted); i++ {
		assert.GreaterOrEqual(t, sorted[i-1].Value, sorted[i].Value, "strongest first")
	}
	for _, z := range r.Intervals {
		assert.Contains(t, vis, z.Label, "level %s is named", z.Label)
	}
}

func TestLevelZonesCoverTheAxis(t *testing.T) {
	zones := levelZones(-30, 15)
	require.NotEmpty(t, zones)
	assert.InDelta(t, -30, zones[0].From, 1e-9)
	assert.InDelta(t, 15, zones[len(zones)-1].To, 1e-9)
	for i := 1; i < len(zones); i++ {
		assert.InDelta(t, zones[i-1].To, zones[i].From, 1e-9, "zones meet")
		assert.NotEqual(t, zones[i-1].Label, zones[i].Label)
	}
}

func TestYearHelpers(t *testing.T) {
	d := accord.MustParseDate
	tests := []struct {
		p           accord.Period
		span, short string
	}{
		{accord.Period{}, "", ""},
		{accord.Period{From: d("2022-03"), To: d("2022-04")}, "2022", "2022"},
		{accord.Period{From: d("2010"), To: d("2014")}, "2010–2014", "2010–14"},
		{accord.Period{From: d("1990"), To: d("2005")}, "1990–2005", "1990–05"},
		{accord.Period{From: d("1839"), To: d("1914")}, "1839–1914", "1839–14"},
		{accord.Period{From: d("1914"), To: d("2014")}, "1914–2014", "1914–2014"},
		{accord.Period{From: d("2014")}, "2014–", "2014–"},
		{accord.Period{From: d("2014"), End: accord.StillHolds}, "2014–", "2014–"},
		{accord.Period{From: d("2014"), End: accord.EndNotStated}, "2014–?", "2014–?"},
		{accord.Period{From: d("1839"), End: accord.EndedUndated}, "1839–ended", "’39–end"},
		{accord.Period{To: d("2022")}, "–2022", "–2022"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.span, yearSpan(tt.p))
		assert.Equal(t, tt.short, shortYears(yearSpan(tt.p)))
	}
}

// The benchmarks render the corpus charts; go test -bench . -benchmem
// reports the time and memory one chart takes.
func BenchmarkRender(b *testing.B) {
	c := loadCorpus(b)
	tl, err := PostureTimeline(c)
	require.NoError(b, err)
	m, err := ClashMatrix(c, ClashOptions{})
	require.NoError(b, err)
	r, err := GuaranteeRanking(c)
	require.NoError(b, err)
	for _, bc := range []struct {
		name  string
		chart interface{ Render(io.Writer) error }
	}{{"timeline", tl}, {"matrix", m}, {"ranking", r}} {
		b.Run(bc.name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := bc.chart.Render(&buf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes/chart")
		})
	}
}

// BenchmarkBuild measures the adapters: corpus to chart input.
func BenchmarkBuild(b *testing.B) {
	c := loadCorpus(b)
	b.Run("timeline", func(b *testing.B) {
		for b.Loop() {
			if _, err := PostureTimeline(c); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("matrix", func(b *testing.B) {
		for b.Loop() {
			if _, err := ClashMatrix(c, ClashOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ranking", func(b *testing.B) {
		for b.Loop() {
			if _, err := GuaranteeRanking(c); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestClashMatrixCompact(t *testing.T) {
	c := loadCorpus(t)
	ps, tax := c.Positions(), c.Issues()
	full, err := ClashMatrix(c, ClashOptions{})
	require.NoError(t, err)
	m, err := ClashMatrix(c, ClashOptions{Compact: true})
	require.NoError(t, err)
	require.True(t, m.Compact)
	rep := renderChecked(t, m)
	checkLabelled(t, rep)
	fullRep := renderChecked(t, full)

	// The overview fits on about one screen: under 1,500 px at 1,200 px
	// wide, less than half the full form.
	assert.Less(t, rep.height, 1500.0)
	assert.Less(t, rep.height, fullRep.height/2)

	// No empty row or column; the same actors, issues and clashes as the
	// full form.
	withCell := map[string]bool{}
	for _, cell := range m.Cells {
		withCell["row "+cell.Row], withCell["col "+cell.Col] = true, true
	}
	for _, r := range m.Rows {
		assert.True(t, withCell["row "+r.Key], "actor %s has a stance", r.Key)
	}
	for _, col := range m.Cols {
		assert.True(t, withCell["col "+col.Key], "issue %s has a stance", col.Key)
	}
	assert.Equal(t, full.Rows, m.Rows)
	assert.Equal(t, full.Cols, m.Cols)
	assert.Equal(t, full.Clashes(), m.Clashes())

	// One entry per distinct stance of an actor on an issue, whatever its
	// years and articles; every position is cited in its entry's tooltip.
	type key struct {
		actor, issue, stance string
		redLine, cond        bool
	}
	want := map[key]bool{}
	for p := range ps.All() {
		if !slices.ContainsFunc(m.Rows, func(h Header) bool { return h.Key == p.Actor }) {
			continue
		}
		want[key{p.Actor, p.Issue, p.Stance.String(), p.RedLine, p.Stance.String() == "conditional" || len(p.Conditions) > 0}] = true
	}
	got := map[key]bool{}
	for _, cell := range m.Cells {
		k := key{cell.Row, cell.Col, cell.Category, cell.RedLine, cell.Conditional}
		assert.False(t, got[k], "%v has one entry", k)
		got[k] = true
		assert.Empty(t, cell.Label, "years are in the tooltip only")
	}
	assert.Equal(t, want, got)

	// Stances of all periods look alike, so the description says how far
	// back they go: to the earliest year a shown position was held.
	first := 0
	for p := range ps.All() {
		if p.Period.From.IsValid() && slices.ContainsFunc(m.Rows, func(h Header) bool { return h.Key == p.Actor }) && (first == 0 || p.Period.From.Year() < first) {
			first = p.Period.From.Year()
		}
	}
	require.NotZero(t, first)
	assert.Contains(t, m.Desc, "the earliest from "+strconv.Itoa(first))
	tips := rep.tooltips()
	for p := range ps.All() {
		for _, ev := range p.Evidence {
			if slices.ContainsFunc(m.Rows, func(h Header) bool { return h.Key == p.Actor }) {
				assert.Contains(t, tips, ev.Anchor, "position %s (%s on %s) is cited", p.ID, p.Actor, tax.Name(p.Issue))
			}
		}
	}
}

func TestClashMatrixSelection(t *testing.T) {
	c := loadCorpus(t)
	issues := []string{"security-guarantees", "neutral-status", "nuclear-umbrella"}
	m, err := ClashMatrix(c, ClashOptions{Issues: issues, Compact: true})
	require.NoError(t, err)
	renderChecked(t, m)
	var cols []string
	for _, h := range m.Cols {
		cols = append(cols, h.Key)
	}
	assert.Equal(t, issues, cols, "the issues chosen, in the order given")
	// The actors are the parties with a stance on one of them, and only
	// those (the pair is among them).
	on := map[string]bool{}
	for _, is := range issues {
		for _, p := range noErr(c.Positions().On(is, accord.Date{})) {
			if a, ok := c.Actors().Actor(p.Actor); ok && isParty(a.Kind) {
				on[p.Actor] = true
			}
		}
	}
	require.NotEmpty(t, on)
	assert.Len(t, m.Rows, len(on))
	for _, r := range m.Rows {
		assert.True(t, on[r.Key], "%s takes a stance on one of the issues", r.Key)
	}

	// Rows and columns chosen together; a compact matrix drops an actor
	// with no stance on the chosen issues, the full form keeps it.
	opt := ClashOptions{Actors: []string{"france", "ukraine", "china"}, Issues: []string{"nuclear-umbrella", "foreign-troops"}}
	full, err := ClashMatrix(c, opt)
	require.NoError(t, err)
	opt.Compact = true
	small, err := ClashMatrix(c, opt)
	require.NoError(t, err)
	renderChecked(t, full)
	renderChecked(t, small)
	keys := func(hs []Header) []string {
		var out []string
		for _, h := range hs {
			out = append(out, h.Key)
		}
		return out
	}
	assert.Equal(t, []string{"france", "ukraine", "china"}, keys(full.Rows))
	assert.Equal(t, []string{"france"}, keys(small.Rows), "Ukraine and China take no stance on these two issues")
	assert.Equal(t, []string{"nuclear-umbrella", "foreign-troops"}, keys(small.Cols))
}
