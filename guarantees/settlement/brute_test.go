package settlement

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
)

// bruteForce evaluates every package of the space with Evaluate and
// returns how many no required actor rejects, and each package's set of
// red lines crossed and its required actors' stands, in space order.
func bruteForce(t *testing.T, sp Space, src Source, required []string) (int, [][]RedLine, []Package) {
	t.Helper()
	dims := sp.Dimensions()
	choice := make([]int, len(dims))
	acceptable := 0
	var sets [][]RedLine
	var all []Package
	var rec func(d int)
	rec = func(d int) {
		if d < len(dims) {
			for a := range dims[d].Alternatives {
				choice[d] = a
				rec(d + 1)
			}
			return
		}
		s, err := sp.Compose(choice)
		require.NoError(t, err)
		ev, err := Evaluate(s, src, Options{Actors: required})
		require.NoError(t, err)
		var set []RedLine
		for _, st := range ev.Stands {
			set = append(set, st.RedLines()...)
		}
		if len(set) == 0 {
			acceptable++
		}
		sets = append(sets, set)
		all = append(all, Package{Choice: slices.Clone(choice), Settlement: s, Stands: ev.Stands})
	}
	rec(0)
	return acceptable, sets, all
}

// keptByBruteForce returns the packages Search must keep: the first keep
// acceptable packages ranked by how many required actors accept outright,
// then in space order; or, when none is acceptable, the first keep
// packages crossing the fewest red lines, in space order.
func keptByBruteForce(all []Package, sets [][]RedLine, acceptable, keep int) []Package {
	var out []Package
	if acceptable > 0 {
		for i, p := range all {
			if len(sets[i]) == 0 {
				out = append(out, p)
			}
		}
		accepts := func(p Package) int { return Evaluation{Stands: p.Stands}.Count(Accepts) }
		slices.SortStableFunc(out, func(a, b Package) int { return accepts(b) - accepts(a) })
		return out[:min(keep, len(out))]
	}
	fewest := len(sets[0])
	for _, s := range sets {
		fewest = min(fewest, len(s))
	}
	for i, p := range all {
		if len(sets[i]) == fewest && len(out) < keep {
			out = append(out, p)
		}
	}
	return out
}

// smallestHittingSize finds by exhaustion the size of a smallest set of red
// lines that meets every set.
func smallestHittingSize(sets [][]RedLine) int {
	var all []RedLine
	for _, s := range sets {
		for _, r := range s {
			if !slices.Contains(all, r) {
				all = append(all, r)
			}
		}
	}
	for size := 0; size <= len(all); size++ {
		var try func(start int, chosen []RedLine) bool
		try = func(start int, chosen []RedLine) bool {
			if len(chosen) == size {
				for _, s := range sets {
					if !slices.ContainsFunc(s, func(r RedLine) bool { return slices.Contains(chosen, r) }) {
						return false
					}
				}
				return true
			}
			for i := start; i < len(all); i++ {
				if try(i+1, append(chosen, all[i])) {
					return true
				}
			}
			return false
		}
		if try(0, nil) {
			return size
		}
	}
	return -1
}

// TestSearchMatchesBruteForce compares the pruned search with an
// evaluation of every package, on spaces where a demand can be met by a
// later dimension than the one that first leaves it unmet (Russia's demand
// for a cession, which any of three regions can satisfy).
func TestSearchMatchesBruteForce(t *testing.T) {
	opts, _ := wideNegotiation(4)
	for i := range opts {
		opts[i].Territory[2].Treatment = []Treatment{NotRecognised, Ceded, Restored, Deferred}[i]
		if opts[i].Territory[2].Treatment == Deferred {
			opts[i].Territory[2].YearsMin = 3
		} else {
			opts[i].Territory[2].YearsMin = 0
		}
	}
	sp, err := NewSpace(opts)
	require.NoError(t, err)
	tests := []struct {
		name     string
		extra    []actors.Position
		required []string
	}{
		{"Crimea clash", []actors.Position{
			pos("ru-crimea", "russia", "recognition-crimea", actors.Demands, true),
			pos("ua-crimea", "ukraine", "recognition-crimea", actors.Rejects, true)}, []string{"ukraine", "russia"}},
		{"a cession any region can give", []actors.Position{
			pos("ru-cession", "russia", "cession", actors.Demands, true)}, []string{"ukraine", "russia"}},
		{"a zone for Russia and a bystander", []actors.Position{
			pos("ru-cession", "russia", "cession", actors.Demands, true),
			pos("br-crimea", "brazil", "recognition-crimea", actors.Supports, false)}, []string{"russia", "brazil"}},
		{"cession against a bystander", []actors.Position{
			pos("ru-cession", "russia", "cession", actors.Demands, true),
			pos("br-cession", "brazil", "cession", actors.Rejects, true)}, []string{"russia", "brazil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := negotiation(tt.extra...)
			wantAcceptable, sets, all := bruteForce(t, sp, src, tt.required)
			for _, keep := range []int{1, 3, MaxKeep} {
				z, err := Search(context.Background(), sp, src, SearchOptions{Required: tt.required, Keep: keep})
				require.NoError(t, err)
				kept := z.Packages
				if wantAcceptable == 0 {
					kept = z.Nearest.Packages
				}
				// Search keeps the packages Evaluate ranks first, each with
				// the stands Evaluate gives its required actors.
				assert.Equal(t, keptByBruteForce(all, sets, wantAcceptable, keep), kept, "keep %d", keep)
			}
			z, err := Search(context.Background(), sp, src, SearchOptions{Required: tt.required})
			require.NoError(t, err)
			assert.Equal(t, wantAcceptable, z.Acceptable, "acceptable packages")
			assert.Equal(t, z.Space, z.Examined+z.Pruned)
			if wantAcceptable > 0 {
				assert.NotEmpty(t, z.Packages)
				assert.Empty(t, z.Blocking)
				return
			}
			var got []RedLine
			for _, b := range z.Blocking {
				got = append(got, b.RedLine)
			}
			for i, s := range sets {
				assert.True(t, slices.ContainsFunc(s, func(r RedLine) bool { return slices.Contains(got, r) }),
					"package %d is not blocked by %v", i, got)
			}
			assert.Equal(t, smallestHittingSize(sets), len(got), fmt.Sprint("minimum size; got ", got))
			fewest := len(sets[0])
			for _, s := range sets {
				fewest = min(fewest, len(s))
			}
			assert.Equal(t, fewest, z.Nearest.Cost, "the nearest packages cross the fewest red lines")
			for _, rls := range z.Nearest.RedLines {
				assert.Len(t, rls, fewest)
			}
		})
	}
}
