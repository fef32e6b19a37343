package actors_test

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
)

// The analyses (ClashMatrix, Standings, Compare) checked against a
// straightforward reference implementation written from their
// documentation with the public API only: every pair of positions related
// one by one, results sorted with Registry.Compare and Taxonomy.Compare.
// The faster analyses must give exactly the same results.

// relView is a Relation as the reference builds it: the positions by id.
type relView struct {
	Kind        actors.RelationKind
	Issue, A, B string
	AIDs, BIDs  []string
}

// standView is a Standing with its positions by id.
type standView struct {
	Actor   string
	Stance  actors.Stance
	RedLine bool
	IDs     []string
}

func positionIDsOf(ps []actors.Position) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// viewOf reads a Relation through the public API.
func viewOf(r actors.Relation) relView {
	return relView{Kind: r.Kind, Issue: r.Issue, A: r.A, B: r.B, AIDs: positionIDsOf(r.APositions()), BIDs: positionIDsOf(r.BPositions())}
}

func viewsOf(rs []actors.Relation) []relView {
	var out []relView
	for _, r := range rs {
		out = append(out, viewOf(r))
	}
	return out
}

// refRelate is how two positions relate, from RelationKind's documentation.
func refRelate(a, b actors.Position) (actors.RelationKind, bool) {
	pa, pb := a.Stance.Polarity(), b.Stance.Polarity()
	if pa == 0 || pb == 0 {
		return 0, false
	}
	if pa != pb {
		if a.RedLine || b.RedLine {
			return actors.RedLineClash, true
		}
		return actors.Disagreement, true
	}
	for _, fa := range a.Figures {
		for _, fb := range b.Figures {
			if fa.Comparable(fb) && fa != fb {
				return actors.FigureGap, true
			}
		}
	}
	return actors.Agreement, true
}

// refModel holds every position in Select order.
type refModel struct {
	ps   *actors.Positions
	list []actors.Position
}

func newRefModel(t *testing.T, ps *actors.Positions) refModel {
	list, err := ps.Select(actors.Filter{})
	require.NoError(t, err)
	return refModel{ps: ps, list: list}
}

// held returns the positions of actor on issue held on d, in Select order.
func (m refModel) held(actor, issue string, d accord.Date) []actors.Position {
	var out []actors.Position
	for _, p := range m.list {
		if p.Actor == actor && p.Issue == issue && p.HeldOn(d) {
			out = append(out, p)
		}
	}
	return out
}

// relations relates a's and b's positions on every issue: one view per
// issue and kind, sorted by issue (collated), then kind.
func (m refModel) relations(a, b string, d accord.Date, keep func(actors.RelationKind) bool) []relView {
	var out []relView
	for _, issue := range m.ps.Issues() {
		as, bs := m.held(a, issue, d), m.held(b, issue, d)
		for _, k := range actors.RelationKinds() {
			if !keep(k) {
				continue
			}
			var aIDs, bIDs []string
			for _, p := range as {
				for _, q := range bs {
					if got, ok := refRelate(p, q); ok && got == k {
						if !slices.Contains(aIDs, p.ID) {
							aIDs = append(aIDs, p.ID)
						}
						if !slices.Contains(bIDs, q.ID) {
							bIDs = append(bIDs, q.ID)
						}
					}
				}
			}
			if len(aIDs) > 0 {
				out = append(out, relView{Kind: k, Issue: issue, A: a, B: b, AIDs: m.inOrder(aIDs), BIDs: m.inOrder(bIDs)})
			}
		}
	}
	return out
}

// inOrder sorts ids of positions in Select order.
func (m refModel) inOrder(ids []string) []string {
	var out []string
	for _, p := range m.list {
		if slices.Contains(ids, p.ID) {
			out = append(out, p.ID)
		}
	}
	return out
}

type refComparison struct {
	Agreements, FigureGaps, Disagreements, RedLineClashes []relView
}

func (m refModel) compare(a, b string, d accord.Date) refComparison {
	var c refComparison
	if a == b {
		return c
	}
	for _, r := range m.relations(a, b, d, func(actors.RelationKind) bool { return true }) {
		switch r.Kind {
		case actors.Agreement:
			c.Agreements = append(c.Agreements, r)
		case actors.FigureGap:
			c.FigureGaps = append(c.FigureGaps, r)
		case actors.Disagreement:
			c.Disagreements = append(c.Disagreements, r)
		case actors.RedLineClash:
			c.RedLineClashes = append(c.RedLineClashes, r)
		}
	}
	return c
}

type refMatrix struct {
	Actors  []string
	Counts  [][]int
	Clashes []relView
}

func (m refModel) clashMatrix(d accord.Date) refMatrix {
	var out refMatrix
	ids := m.ps.Actors()
	reg := m.ps.Registry()
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			x, y := a, b
			if reg.Compare(x, y) > 0 {
				x, y = y, x
			}
			out.Clashes = append(out.Clashes, m.relations(x, y, d, func(k actors.RelationKind) bool { return k == actors.RedLineClash })...)
		}
	}
	slices.SortStableFunc(out.Clashes, func(p, q relView) int {
		return cmp.Or(reg.Compare(p.A, q.A), reg.Compare(p.B, q.B), m.ps.Taxonomy().Compare(p.Issue, q.Issue))
	})
	for _, r := range out.Clashes {
		for _, a := range []string{r.A, r.B} {
			if !slices.Contains(out.Actors, a) {
				out.Actors = append(out.Actors, a)
			}
		}
	}
	slices.SortFunc(out.Actors, reg.Compare)
	out.Counts = make([][]int, len(out.Actors))
	for i := range out.Counts {
		out.Counts[i] = make([]int, len(out.Actors))
	}
	for _, r := range out.Clashes {
		i, j := slices.Index(out.Actors, r.A), slices.Index(out.Actors, r.B)
		out.Counts[i][j]++
		out.Counts[j][i]++
	}
	return out
}

func (m refModel) standings(issue string, d accord.Date) []standView {
	var out []standView
	for _, p := range m.list {
		if p.Issue != issue || !p.HeldOn(d) {
			continue
		}
		i := slices.IndexFunc(out, func(s standView) bool { return s.Actor == p.Actor && s.Stance == p.Stance })
		if i < 0 {
			out = append(out, standView{Actor: p.Actor, Stance: p.Stance})
			i = len(out) - 1
		}
		out[i].RedLine = out[i].RedLine || p.RedLine
		out[i].IDs = append(out[i].IDs, p.ID)
	}
	slices.SortStableFunc(out, func(a, b standView) int {
		return cmp.Or(cmp.Compare(a.Stance, b.Stance), m.ps.Registry().Compare(a.Actor, b.Actor))
	})
	return out
}

// randomPositions returns a seeded random set of positions: several per
// actor and issue, every stance, red lines, figures that agree or differ,
// and periods of every kind of end, so that every branch of the analyses
// is taken.
func randomPositions(t *testing.T, seed uint64) *actors.Positions {
	r := rand.New(rand.NewPCG(seed, 7))
	cite := []accord.Citation{{Doc: "example", Anchor: "x"}}
	var acts []actors.Actor
	var issues []actors.Issue
	for i := range 9 {
		acts = append(acts, actors.Actor{ID: "actor-" + strconv.Itoa(i), Kind: actors.State,
			Name: "Actor " + strconv.Itoa(8-i), Summary: "s", Evidence: cite}) // names sort against ids
	}
	for j := range 6 {
		issues = append(issues, actors.Issue{ID: "issue-" + strconv.Itoa(j), Name: "Issue " + strconv.Itoa(5-j), Outcome: "o", Evidence: cite})
	}
	periods := []accord.Period{
		{},
		{From: accord.YearOf(2022), End: accord.StillHolds},
		{From: accord.YearOf(2022), To: accord.YearOf(2023)},
		{From: accord.YearOf(2025), End: accord.EndedUndated},
		{From: accord.YearOf(2024), End: accord.EndNotStated},
		{From: accord.MustParseDate("2022-03"), End: accord.StillHolds},
	}
	stances := actors.Stances()
	var list []actors.Position
	for n := range 160 {
		p := actors.Position{ID: "p-" + strconv.Itoa(n), Actor: acts[r.IntN(len(acts))].ID, Issue: issues[r.IntN(len(issues))].ID,
			Stance: stances[r.IntN(len(stances))], Attribution: actors.Stated, Summary: "s",
			Period: periods[r.IntN(len(periods))], Evidence: cite}
		p.RedLine = p.Stance.Polarity() != 0 && r.IntN(3) == 0
		if r.IntN(3) == 0 {
			p.Figures = []actors.StatedFigure{{Quantity: "personnel", Bound: actors.AtMost, Value: float64(1 + r.IntN(2)), Unit: "troops"}}
		}
		list = append(list, p)
	}
	return actors.MustNewPositions(actors.MustNewRegistry(acts), actors.MustNewTaxonomy(issues), list)
}

// TestAnalysesMatchReference: on the coded corpus and on random position
// sets, at every date that matters, ClashMatrix, Standings and Compare give
// what the reference implementation gives.
func TestAnalysesMatchReference(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	sets := map[string]*actors.Positions{"corpus": c.Positions()}
	for seed := range uint64(4) {
		sets["random-"+strconv.FormatUint(seed, 10)] = randomPositions(t, seed)
	}
	for name, ps := range sets {
		t.Run(name, func(t *testing.T) {
			m := newRefModel(t, ps)
			dates := []accord.Date{{}, accord.YearOf(2021), accord.YearOf(2022), accord.MustParseDate("2022-03"), accord.YearOf(2023),
				accord.YearOf(2024), accord.YearOf(2025), accord.MustParseDate("2025-09")}
			for _, d := range dates {
				want := m.clashMatrix(d)
				got := ps.ClashMatrix(d)
				assert.Equal(t, d, got.At)
				assert.Equal(t, want.Actors, got.Actors, "%s: actors", d)
				assert.Equal(t, want.Counts, got.Counts, "%s: counts", d)
				assert.Equal(t, want.Clashes, viewsOf(got.Clashes()), "%s: clashes", d)
				for _, issue := range ps.Issues() {
					st, err := ps.Standings(issue, d)
					require.NoError(t, err)
					var views []standView
					for _, s := range st {
						views = append(views, standView{Actor: s.Actor, Stance: s.Stance, RedLine: s.RedLine, IDs: positionIDsOf(s.Positions())})
					}
					assert.Equal(t, m.standings(issue, d), views, "%s: standings on %s", d, issue)
				}
				ids := ps.Actors()
				for _, a := range ids {
					for _, b := range ids {
						got, err := ps.Compare(a, b, d)
						require.NoError(t, err)
						assert.Equal(t, m.compare(a, b, d), refComparison{Agreements: viewsOf(got.Agreements), FigureGaps: viewsOf(got.FigureGaps),
							Disagreements: viewsOf(got.Disagreements), RedLineClashes: viewsOf(got.RedLineClashes)}, "%s: %s against %s", d, a, b)
					}
				}
			}
		})
	}
}
