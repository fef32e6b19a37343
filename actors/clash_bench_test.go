package actors_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/internal/benchratio"
)

// clashEnumeration is the baseline of the clash matrix: the positions
// grouped by issue once, and, per run, the bare enumeration of the pairs
// of positions of two actors held on a date that clash over a red line
// (opposite sides, at least one a red line), counted and nothing built.
type clashEnumeration struct {
	byIssue [][]actors.Position
	held    []*actors.Position
}

func newClashEnumeration(ps *actors.Positions) *clashEnumeration {
	e := &clashEnumeration{}
	at := map[string]int{}
	for p := range ps.All() {
		i, ok := at[p.Issue]
		if !ok {
			i = len(e.byIssue)
			at[p.Issue] = i
			e.byIssue = append(e.byIssue, nil)
		}
		e.byIssue[i] = append(e.byIssue[i], p)
	}
	return e
}

// count returns the number of clashing pairs of positions held on d.
func (e *clashEnumeration) count(d accord.Date) int {
	n := 0
	for _, g := range e.byIssue {
		e.held = e.held[:0]
		for k := range g {
			if g[k].HeldOn(d) {
				e.held = append(e.held, &g[k])
			}
		}
		for x, p := range e.held {
			pp := p.Stance.Polarity()
			if pp == 0 {
				continue
			}
			for _, q := range e.held[x+1:] {
				if qp := q.Stance.Polarity(); qp != 0 && qp != pp && (p.RedLine || q.RedLine) && p.Actor != q.Actor {
					n++
				}
			}
		}
	}
	return n
}

// benchClashRatio times ClashMatrix against the bare enumeration of its
// clashing pairs, by turns, and reports the median ratio (goal: at most
// 5×, issue 22) and the baseline's time per clashing pair. With list, it
// times ClashMatrix and then Matrix.Clashes, which makes the Relation
// values.
func benchClashRatio(b *testing.B, ps *actors.Positions, d accord.Date, list bool) {
	e := newClashEnumeration(ps)
	pairs := e.count(d)
	if pairs == 0 {
		b.Fatal("no clashes to enumerate")
	}
	b.ReportAllocs()
	sink := 0
	matrix := func() { sink += ps.ClashMatrix(d).NumClashes() }
	if list {
		matrix = func() { sink += len(ps.ClashMatrix(d).Clashes()) }
	}
	t := benchratio.Paired(b, matrix, func() { sink += e.count(d) })
	b.ReportMetric(t.Ratio(), "ratio")
	b.ReportMetric(float64(pairs), "pairs")
	var base float64
	for _, x := range t.B {
		base += float64(x.Nanoseconds())
	}
	b.ReportMetric(base/float64(len(t.B))/float64(pairs), "base-ns/pair")
	if sink < 0 {
		b.Fatal("unreachable")
	}
}

// BenchmarkClashMatrixRatio measures ClashMatrix against the enumeration
// of its clashing pairs on the coded corpus (at the date of the corpus's
// most recent positions, and at any time) and on synthetic data sets of
// actors that each hold a position on each of 40 issues; the ",list"
// cases also make the list of clashes (Matrix.Clashes).
func BenchmarkClashMatrixRatio(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, list := range []bool{false, true} {
		suffix := ""
		if list {
			suffix = ",list"
		}
		b.Run("corpus,2025-09"+suffix, func(b *testing.B) { benchClashRatio(b, c.Positions(), accord.MustParseDate("2025-09"), list) })
		b.Run("corpus,any-time"+suffix, func(b *testing.B) { benchClashRatio(b, c.Positions(), accord.Date{}, list) })
		for _, n := range []int{10, 100} {
			ps := syntheticClashPositions(b, n, 40)
			b.Run(fmt.Sprintf("actors=%d,issues=40%s", n, suffix), func(b *testing.B) { benchClashRatio(b, ps, accord.YearOf(2025), list) })
		}
	}
}

// syntheticClashPositions returns n actors each holding a position on each
// of k issues, alternating for and against, every third a red line.
func syntheticClashPositions(b *testing.B, n, k int) *actors.Positions {
	b.Helper()
	var acts []actors.Actor
	var issues []actors.Issue
	var list []actors.Position
	for j := range k {
		issues = append(issues, actors.Issue{ID: "issue-" + strconv.Itoa(j), Name: "Issue " + strconv.Itoa(j), Outcome: "o", Evidence: cite("x")})
	}
	for i := range n {
		id := "actor-" + strconv.Itoa(i)
		acts = append(acts, actors.Actor{ID: id, Kind: actors.State, Name: "Actor " + strconv.Itoa(i), Summary: "s", Evidence: cite("x")})
		for j := range k {
			st := actors.Supports
			if (i+j)%2 == 1 {
				st = actors.Rejects
			}
			list = append(list, actors.Position{ID: id + "-" + strconv.Itoa(j), Actor: id, Issue: "issue-" + strconv.Itoa(j), Stance: st,
				RedLine: (i+j)%3 == 0, Attribution: actors.Stated, Summary: "s",
				Period: accord.Period{From: accord.YearOf(2022), End: accord.StillHolds}, Evidence: cite("x")})
		}
	}
	return actors.MustNewPositions(actors.MustNewRegistry(acts), actors.MustNewTaxonomy(issues), list)
}
