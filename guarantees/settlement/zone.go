package settlement

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

// SearchOptions configure [Search].
type SearchOptions struct {
	// Options give the date of the positions and the bloc; their Actors
	// field is ignored (Required says whose answer counts).
	Options Options
	// Required lists the actor ids that must not reject a package.
	Required []string
	// Keep is how many acceptable packages to return (the search counts
	// them all but holds only the best Keep at any time); zero keeps
	// [DefaultKeep]. It must not be negative or exceed [MaxKeep].
	Keep int
	// MaxSpace is the largest space, in packages, Search agrees to walk;
	// zero means [DefaultMaxSpace]. A larger space is an error wrapping
	// [ErrSpaceTooLarge]: raise MaxSpace to search it anyway (the walk
	// prunes, but in the worst case it visits every package).
	MaxSpace int
}

// Limits of [Search].
const (
	// DefaultKeep is the number of packages kept when
	// SearchOptions.Keep is zero.
	DefaultKeep = 20
	// MaxKeep is the largest SearchOptions.Keep: every kept package is
	// composed into a [Settlement], so Keep bounds the memory of the
	// answer.
	MaxKeep = 100_000
	// DefaultMaxSpace is the largest space Search walks unless
	// SearchOptions.MaxSpace says otherwise: 2^24 = 16,777,216 packages,
	// 82 times the space of the embedded corpus's options.
	DefaultMaxSpace = 1 << 24
)

// ErrSpaceTooLarge is wrapped by the errors of [NewSpace], for options
// spanning more packages than an int can count, and of [Search], for a
// space larger than its SearchOptions.MaxSpace.
var ErrSpaceTooLarge = errors.New("settlement: space too large")

// Package is one package of a space, by the alternative it picks in each
// dimension, with the required actors' stands on it.
type Package struct {
	// Choice holds the index of the alternative picked in each dimension.
	Choice []int
	// Settlement is the composed package.
	Settlement Settlement
	// Stands are the required actors' stands, in collated name order.
	Stands []Stand
}

// Blocking is one red line of a minimum blocking set, with the positions
// that express it.
type Blocking struct {
	RedLine   RedLine
	Positions []actors.Position
}

// Zone is the result of [Search]: how big the space is and how much of it
// the search looked at, the acceptable packages, and, when there are none,
// a smallest set of red lines that blocks every package.
type Zone struct {
	// Required are the actors that must not reject a package.
	Required []string
	// Dimensions are the space's dimensions.
	Dimensions []Dimension
	// Space is the number of packages in the space.
	Space int
	// Visited counts the partial and complete packages the search
	// evaluated; Examined counts the complete ones, and Pruned the
	// complete packages never built because a partial package they
	// extend was already rejected by a required actor. Examined + Pruned
	// = Space.
	Visited, Examined, Pruned int
	// Acceptable counts the packages no required actor rejects, and
	// Packages keeps the first of them (ranked by how many required
	// actors accept outright, then in space order).
	Acceptable int
	Packages   []Package
	// Blocking is, when no package is acceptable, a minimum set of red
	// lines of the required actors such that every package of the space
	// crosses at least one of them; it is empty otherwise. Every smaller
	// set leaves some package uncrossed, so each of these red lines is
	// needed to close the zone.
	Blocking []Blocking
	// Nearest holds, when no package is acceptable, the packages that cross
	// the fewest red lines.
	Nearest Nearest
	// Rounds counts the rounds of the hitting-set search, RoundsVisited
	// the partial and complete packages those rounds evaluated, and
	// Checked the complete ones.
	Rounds, RoundsVisited, Checked int
}

// Search looks for the zone of possible agreement in space: the packages
// that no required actor rejects, judged as [Evaluate] judges them. It
// walks the space dimension by dimension and prunes a partial package as
// soon as a required actor's red line is crossed in a way no further
// component can undo (an outcome the partial package brings about, which
// later components cannot retract, or a demand no remaining dimension can
// meet). The count of packages examined is reported in the [Zone].
//
// When no package is acceptable, Search finds a smallest set of red lines
// that blocks every package: a minimum hitting set of the packages'
// blocking sets, computed exactly by the implicit hitting-set method. It
// keeps a family F of blocking sets, computes a minimum hitting set S of F
// by branch and bound, and searches the space again counting only the red
// lines in S; a package that S leaves unblocked adds its full blocking set
// to F, and when there is none, S is optimal (it is optimal for F, whose
// sets every package's blocking set must be hit by anyway). Each round
// adds a set S does not hit, so the rounds are at most the number of
// distinct blocking sets; branch and bound costs at most k^m for blocking
// sets of at most k red lines and an answer of m. Search then finds the
// [Nearest] packages, those crossing the fewest red lines, by branch and
// bound. BenchmarkSearch measures the whole on spaces of up to 28,800
// packages, and the corpus's BenchmarkSettlementSearch on the 204,120 of
// the coded options.
//
// Search stops, with an error wrapping ctx.Err(), soon after ctx is
// cancelled. It refuses a nil ctx or src, a Source without positions
// ([ErrNoPositions]), a space larger than opts.MaxSpace
// ([ErrSpaceTooLarge]) and a Keep outside 0…[MaxKeep]. It holds at most
// Keep acceptable packages at any time, however many it counts.
func Search(ctx context.Context, space Space, src Source, opts SearchOptions) (Zone, error) {
	if ctx == nil {
		return Zone{}, errors.New("settlement: Search needs a context (use context.Background())")
	}
	if isNil(src) {
		return Zone{}, errors.New("settlement: Search needs a Source, not nil")
	}
	ps := src.Positions()
	if ps == nil {
		return Zone{}, ErrNoPositions
	}
	if len(opts.Required) == 0 {
		return Zone{}, fmt.Errorf("settlement: Search needs at least one required actor")
	}
	if len(space.dims) == 0 {
		return Zone{}, fmt.Errorf("settlement: Search needs a space with at least one dimension (build it with NewSpace)")
	}
	if opts.Keep < 0 || opts.Keep > MaxKeep {
		return Zone{}, fmt.Errorf("settlement: Keep is %d; it must be between 0 (for %d) and %d", opts.Keep, DefaultKeep, MaxKeep)
	}
	if opts.MaxSpace < 0 {
		return Zone{}, fmt.Errorf("settlement: MaxSpace is %d; it must not be negative (0 means %d)", opts.MaxSpace, DefaultMaxSpace)
	}
	keep := cmp.Or(opts.Keep, DefaultKeep)
	maxSpace := cmp.Or(opts.MaxSpace, DefaultMaxSpace)
	size, ok := space.size()
	if !ok || size > maxSpace {
		return Zone{}, fmt.Errorf("%w: %s packages, more than MaxSpace (%d)", ErrSpaceTooLarge, space.sizeString(), maxSpace)
	}
	if err := ctx.Err(); err != nil {
		return Zone{}, fmt.Errorf("settlement: search not started: %w", err)
	}
	z := Zone{Required: slices.Clone(opts.Required), Dimensions: space.Dimensions(), Space: size}
	sr, err := newSearcher(ctx, space, src, opts)
	if err != nil {
		return Zone{}, err
	}
	// acc holds the best keep packages found so far, ranked by how many
	// required actors accept outright (held in counts), then in space
	// order: a package found later goes after every kept one with as many
	// acceptances. Only a package kept is copied out of the walk's buffers.
	acc := make([]Package, 0, min(keep, 64))
	counts := make([]int, 0, min(keep, 64))
	sr.walk(func(red RedLine) bool { return true }, &z.Visited, &z.Examined, &z.Pruned, func(choice []int, rs []Reason) bool {
		z.Acceptable++
		n := sr.accepts(rs)
		at, _ := slices.BinarySearchFunc(counts, n, func(q, n int) int {
			if q >= n {
				return -1
			}
			return 1
		})
		if at == keep {
			return true
		}
		p := Package{Choice: slices.Clone(choice), Stands: stands(sr.reg, slices.Clone(rs))}
		if len(acc) == keep {
			acc, counts = acc[:keep-1], counts[:keep-1]
		}
		acc, counts = slices.Insert(acc, at, p), slices.Insert(counts, at, n)
		if testHookKept != nil {
			testHookKept(len(acc))
		}
		return true
	})
	if sr.err != nil {
		return Zone{}, sr.err
	}
	for i := range acc {
		s, err := space.Compose(acc[i].Choice)
		if err != nil {
			return Zone{}, err
		}
		acc[i].Settlement = s
	}
	z.Packages = acc
	if z.Acceptable > 0 {
		return z, nil
	}
	var bound int
	z.Blocking, z.Rounds, z.RoundsVisited, z.Checked, bound = sr.minimumBlocking()
	if sr.err != nil {
		return Zone{}, sr.err
	}
	z.Nearest = sr.nearest(keep, bound)
	if sr.err != nil {
		return Zone{}, sr.err
	}
	for i := range z.Nearest.Packages {
		s, err := space.Compose(z.Nearest.Packages[i].Choice)
		if err != nil {
			return Zone{}, err
		}
		z.Nearest.Packages[i].Settlement = s
	}
	return z, nil
}

// testHookKept, when set by a test, is called with the number of
// packages the search holds each time it keeps one.
var testHookKept func(held int)

// isNil reports whether src is nil or holds a nil pointer, map, slice,
// func or channel, whose methods might not work.
func isNil(src Source) bool {
	if src == nil {
		return true
	}
	switch v := reflect.ValueOf(src); v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return v.IsNil()
	}
	return false
}

// accepts returns how many required actors accept a package outright,
// given its reasons: those with reasons, every one of which is satisfied.
func (sr *searcher) accepts(rs []Reason) int {
	low := sr.low
	for i := range low {
		low[i] = -1
	}
	for _, r := range rs {
		if j := slices.Index(sr.required, r.pos.Actor); j >= 0 && (low[j] < 0 || rank(r.Kind) < low[j]) {
			low[j] = rank(r.Kind)
		}
	}
	n := 0
	for _, l := range low {
		if l == 2 {
			n++
		}
	}
	return n
}

// searcher holds what the walk needs, computed once.
type searcher struct {
	ctx context.Context
	// steps counts the nodes visited by every walk, for checking ctx; err
	// is set once ctx is done, and every walk then unwinds.
	steps    int
	err      error
	space    Space
	reg      *actors.Registry
	ix       *positionIndex
	required []string
	// outs[d][a] are the outcomes of alternative a of dimension d.
	outs [][][]Outcome
	// later[d] holds the issues whose outcome dimensions d… can bring
	// about: a demand on such an issue that a partial package leaves
	// unmet may still be met.
	later []map[string]bool
	// Buffers the walks reuse, so that a package visited costs no
	// allocation: the outcomes settled per issue, the reasons of a
	// complete package, red lines, and each required actor's weightiest
	// rank of reason (accepts).
	sc    scratch
	full  []Reason
	lines []RedLine
	low   []int
	// fullOuts are the outcomes of outs that can meet a required actor's
	// position (relevantOuts of ix), and leaf, spare the buffers complete
	// merges them into.
	fullOuts    [][][]*relOut
	leaf, spare []*relOut
}

// relevantOuts returns, for each alternative of each dimension, its
// outcomes that can meet a position of ix: those on an issue ix speaks to.
// Merging and settling them gives the reasons that merging and settling
// every outcome gives, since the outcomes merged into one share their
// term, and so their issue.
func (sr *searcher) relevantOuts(ix *positionIndex) [][][]*relOut {
	out := make([][][]*relOut, len(sr.outs))
	for d, alts := range sr.outs {
		out[d] = make([][]*relOut, len(alts))
		for a, outs := range alts {
			rel := ix.relevantOf(nil, outs)
			for i := range rel {
				out[d][a] = append(out[d][a], &rel[i])
			}
		}
	}
	return out
}

// complete returns the outcomes of the complete package choice that can
// meet a required actor's position, merged; they are valid until the next
// call.
func (sr *searcher) complete(choice []int) []*relOut {
	a, b := sr.leaf[:0], sr.spare[:0]
	for d, c := range choice {
		b = mergeSorted(b[:0], a, sr.fullOuts[d][c])
		a, b = b, a
	}
	sr.leaf, sr.spare = a, b
	return a
}

// checkEvery is how many nodes a walk visits between looks at its context.
const checkEvery = 1024

// stopped reports whether the search must stop: its context is done. It
// looks at the context once every checkEvery calls.
func (sr *searcher) stopped() bool {
	if sr.err != nil {
		return true
	}
	if sr.steps++; sr.steps%checkEvery != 0 {
		return false
	}
	if err := sr.ctx.Err(); err != nil {
		sr.err = fmt.Errorf("settlement: search stopped after %d steps: %w", sr.steps, err)
		return true
	}
	return false
}

func newSearcher(ctx context.Context, space Space, src Source, opts SearchOptions) (*searcher, error) {
	ps := src.Positions()
	e := newEnv(src, space.protected, opts.Options)
	sr := &searcher{ctx: ctx, space: space, reg: ps.Registry(), required: opts.Required, low: make([]int, len(opts.Required))}
	sr.ix = newPositionIndex(ps, opts.Options.At, func(a string) bool { return slices.Contains(opts.Required, a) })
	// A territorial dimension's component names its one region as
	// territory[0]; in a composed package the regions follow in dimension
	// order, so its outcomes' From is rewritten to the package's index.
	regions := 0
	for _, d := range space.dims {
		_, territorial := strings.CutPrefix(d.Name, "territory:")
		var outs [][]Outcome
		for _, a := range d.Alternatives {
			rs, errs := e.resolve(a.part.Guarantees, accord.NewPath(d.Name).Child("guarantees"))
			if len(errs) > 0 {
				return nil, errs
			}
			o := e.outcomes(a.part, rs)
			if territorial {
				for i := range o {
					if rest, ok := strings.CutPrefix(o[i].From, "territory[0]"); ok {
						o[i].From = fmt.Sprintf("territory[%d]", regions) + rest
					}
				}
			}
			outs = append(outs, o)
		}
		if territorial {
			regions++
		}
		sr.outs = append(sr.outs, outs)
	}
	sr.ix.precomputeConditions(newInterned(sr.outs))
	sr.fullOuts = sr.relevantOuts(sr.ix)
	sr.later = make([]map[string]bool, len(space.dims)+1)
	sr.later[len(space.dims)] = map[string]bool{}
	for d := len(space.dims) - 1; d >= 0; d-- {
		m := maps.Clone(sr.later[d+1])
		for _, outs := range sr.outs[d] {
			for _, o := range outs {
				if o.Holds && o.Issue != "" {
					m[o.Issue] = true
				}
			}
		}
		sr.later[d] = m
	}
	return sr, nil
}

// walk visits the space depth first, counting only red lines for which
// active is true, and calls found for every complete package no required
// actor rejects, with the package's reasons (valid only during the call);
// found returns false to stop the walk.
//
// Only red-line positions can block, so the walk judges partial packages
// with an index of the active red lines' positions alone, and judges a
// complete package in full only when none of them blocks it. It reuses
// its buffers from one package to the next.
func (sr *searcher) walk(active func(RedLine) bool, visited, examined, pruned *int, found func(choice []int, rs []Reason) bool) {
	n := len(sr.outs)
	red := sr.ix.filter(func(p *actors.Position) bool {
		rl, ok := redLineOf(p)
		return ok && active(rl)
	})
	redOuts := sr.relevantOuts(red)
	choice := make([]int, n)
	// merged[d] holds the outcomes of the first d dimensions chosen that
	// can meet an active red line's position.
	merged := make([][]*relOut, n+1)
	// below[d] is the number of complete packages under a node of depth d.
	below := make([]int, n+1)
	below[n] = 1
	for d := n - 1; d >= 0; d-- {
		below[d] = below[d+1] * len(sr.outs[d])
	}
	// got holds the blocking reasons of the node being visited; it is
	// read before the walk goes deeper and overwritten there.
	var got []block
	var rec func(d int) bool
	rec = func(d int) bool {
		if sr.stopped() {
			return false
		}
		*visited++
		outs := merged[d]
		got = red.appendBlocks(got[:0], outs, &sr.sc)
		if d < n {
			if sr.blockedFinally(got, d, active) {
				*pruned += below[d]
				return true
			}
			for a := range sr.outs[d] {
				choice[d] = a
				merged[d+1] = mergeSorted(merged[d+1][:0], outs, redOuts[d][a])
				if !rec(d + 1) {
					return false
				}
			}
			return true
		}
		*examined++
		for _, b := range got {
			if active(b.redLine()) {
				return true
			}
		}
		sr.full = sr.ix.appendReasonsOf(sr.full[:0], sr.complete(choice), &sr.sc)
		return found(choice, sr.full)
	}
	rec(0)
}

// blockedFinally reports whether a partial package of depth d is rejected
// by a required actor whatever the remaining dimensions add.
func (sr *searcher) blockedFinally(got []block, d int, active func(RedLine) bool) bool {
	for _, b := range got {
		if sr.final(b, d) && active(b.redLine()) {
			return true
		}
	}
	return false
}

// final reports whether blocking reason b holds whatever the dimensions
// after depth d add: an unmet demand holds only when none of them can meet
// it.
func (sr *searcher) final(b block, d int) bool {
	switch b.kind {
	case RedLineCrossed, FigureBreached:
		return true
	case DemandUnmet:
		return !sr.later[d][b.issue]
	}
	return false
}

// blockingSet returns every red line a complete package crosses.
func blockingSet(stands []Stand) []RedLine {
	var out []RedLine
	for _, s := range stands {
		for _, rl := range s.RedLines() {
			if !slices.Contains(out, rl) {
				out = append(out, rl)
			}
		}
	}
	return out
}

// minimumBlocking runs the implicit hitting-set rounds.
//
// It also returns the size of the smallest blocking set it met, which some
// package reaches: an upper bound for [searcher.nearest].
func (sr *searcher) minimumBlocking() ([]Blocking, int, int, int, int) {
	var family [][]RedLine
	positions := map[RedLine][]actors.Position{}
	rounds, visited, checked := 0, 0, 0
	for {
		rounds++
		s := minimumHittingSet(family, sr.stopped)
		if sr.err != nil {
			return nil, rounds, visited, checked, 0
		}
		in := map[RedLine]bool{}
		for _, rl := range s {
			in[rl] = true
		}
		var open []Stand
		var pruned int
		sr.walk(func(rl RedLine) bool { return in[rl] }, &visited, &checked, &pruned, func(_ []int, rs []Reason) bool {
			// rs is the walk's buffer, which the next walk overwrites:
			// open is read only in this round.
			open = stands(sr.reg, rs)
			return false
		})
		if open == nil {
			out := make([]Blocking, len(s))
			for i, rl := range s {
				out[i] = Blocking{RedLine: rl, Positions: positions[rl]}
			}
			smallest := 0
			for _, set := range family {
				if smallest == 0 || len(set) < smallest {
					smallest = len(set)
				}
			}
			return out, rounds, visited, checked, smallest
		}
		set := blockingSet(open)
		if len(set) == 0 {
			// The package is acceptable to everyone: no blocking set
			// exists. Search only calls this when the first walk found
			// none, so this cannot happen; stop rather than loop.
			return nil, rounds, visited, checked, 0
		}
		for _, st := range open {
			for _, r := range st.Deciding {
				if rl, ok := r.RedLine(); ok && !slices.ContainsFunc(positions[rl], func(p actors.Position) bool { return p.ID == r.PositionID() }) {
					positions[rl] = append(positions[rl], r.Position())
				}
			}
		}
		family = append(family, set)
	}
}

// minimumHittingSet returns a smallest set that shares an element with
// every set of family, by branch and bound: it branches on the elements of
// the smallest set not yet hit and cuts a branch that cannot beat the best
// found. The result is sorted by actor, then issue, then direction.
//
// It gives up, returning nil, when stop returns true.
func minimumHittingSet(family [][]RedLine, stop func() bool) []RedLine {
	var best []RedLine
	haveBest := false
	var chosen []RedLine
	hits := func(set []RedLine) bool {
		return slices.ContainsFunc(set, func(e RedLine) bool { return slices.Contains(chosen, e) })
	}
	var rec func()
	rec = func() {
		if stop() || haveBest && len(chosen) >= len(best) {
			return
		}
		var pick []RedLine
		for _, set := range family {
			if !hits(set) && (pick == nil || len(set) < len(pick)) {
				pick = set
			}
		}
		if pick == nil {
			best, haveBest = slices.Clone(chosen), true
			return
		}
		if haveBest && len(chosen)+1 >= len(best) {
			return
		}
		for _, e := range pick {
			chosen = append(chosen, e)
			rec()
			chosen = chosen[:len(chosen)-1]
		}
	}
	rec()
	sortRedLines(best)
	return best
}

// sortRedLines sorts red lines by actor, then issue, then direction.
func sortRedLines(rls []RedLine) {
	slices.SortFunc(rls, func(a, b RedLine) int {
		return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Issue, b.Issue), cmp.Compare(a.Direction, b.Direction))
	})
}
