package settlement

import (
	"slices"

	"github.com/accordmodel/accord/actors"
)

// Nearest is, for a space with no acceptable package, the packages that
// come closest: those crossing the fewest red lines of the required
// actors, with the red lines each crosses. Relaxing those red lines would
// open the zone. It complements [Zone].Blocking, which names the fewest
// red lines that together close every package.
type Nearest struct {
	// Cost is the number of red lines the nearest packages cross.
	Cost int
	// Packages keeps the first nearest packages found, in space order,
	// each with its required actors' stands.
	Packages []Package
	// RedLines holds, for each kept package, the red lines it crosses.
	RedLines [][]RedLine
	// Visited counts the partial and complete packages the branch and
	// bound evaluated.
	Visited int
}

// nearest finds the packages crossing the fewest red lines by branch and
// bound: a partial package's red lines crossed beyond recall (as
// blockedFinally judges them) are a lower bound on every completion's,
// so a branch whose bound exceeds the best cost found is cut, and once
// keep packages of the best cost are kept, so is one that only equals it.
//
// bound is a cost some package is known to reach (the smallest blocking set
// the hitting-set rounds met), so branches that exceed it are cut from the
// start; zero or less means none is known.
func (sr *searcher) nearest(keep, bound int) Nearest {
	n := len(sr.outs)
	red := sr.ix.filter(func(p *actors.Position) bool { _, ok := redLineOf(p); return ok })
	redOuts := sr.relevantOuts(red)
	choice := make([]int, n)
	merged := make([][]*relOut, n+1)
	res := Nearest{Cost: -1}
	var got []block
	var rec func(d int)
	rec = func(d int) {
		if sr.stopped() {
			return
		}
		res.Visited++
		got = red.appendBlocks(got[:0], merged[d], &sr.sc)
		if d < n {
			lb := sr.finalRedLines(got, d)
			if res.Cost < 0 && bound > 0 && lb > bound {
				return
			}
			if res.Cost >= 0 && (lb > res.Cost || (lb == res.Cost && len(res.Packages) >= keep)) {
				return
			}
			for a := range sr.outs[d] {
				choice[d] = a
				merged[d+1] = mergeSorted(merged[d+1][:0], merged[d], redOuts[d][a])
				rec(d + 1)
			}
			return
		}
		set := sr.lines[:0]
		for _, b := range got {
			if rl := b.redLine(); !slices.Contains(set, rl) {
				set = append(set, rl)
			}
		}
		sr.lines = set
		switch c := len(set); {
		case res.Cost < 0 || c < res.Cost:
			res.Cost, res.Packages, res.RedLines = c, nil, nil
			fallthrough
		case c == res.Cost && len(res.Packages) < keep:
			set = slices.Clone(set)
			sortRedLines(set)
			// The stands are built at the end, for the packages kept
			// then: a better package found later drops these.
			res.Packages = append(res.Packages, Package{Choice: slices.Clone(choice)})
			res.RedLines = append(res.RedLines, set)
		}
	}
	rec(0)
	for i := range res.Packages {
		p := &res.Packages[i]
		p.Stands = stands(sr.reg, sr.ix.appendReasonsOf(nil, sr.complete(p.Choice), &sr.sc))
	}
	return res
}

// finalRedLines counts the distinct red lines a partial package of depth
// d crosses whatever the remaining dimensions add.
func (sr *searcher) finalRedLines(got []block, d int) int {
	out := sr.lines[:0]
	for _, b := range got {
		if !sr.final(b, d) {
			continue
		}
		if rl := b.redLine(); !slices.Contains(out, rl) {
			out = append(out, rl)
		}
	}
	sr.lines = out
	return len(out)
}
