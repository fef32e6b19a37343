package actors

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/accordmodel/accord"
)

// syntheticRegistry returns a registry of n actors, each with a canonical
// name, two names in other languages and three aliases.
func syntheticRegistry(b *testing.B, n int) *Registry {
	b.Helper()
	list := make([]Actor, n)
	for i := range list {
		id := "actor-" + strconv.Itoa(i)
		list[i] = Actor{ID: id, Kind: State, Name: "Actor " + strconv.Itoa(i), Summary: "s", Evidence: ev("x"),
			Aliases: []Alias{
				{Name: "A" + strconv.Itoa(i), Kind: Abbreviation},
				{Name: "Actor’s " + strconv.Itoa(i), Kind: Spelling},
				{Name: "Capital " + strconv.Itoa(i), Kind: Metonym, StandsFor: "the government"},
			}}
	}
	r, err := NewRegistry(list)
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// BenchmarkRegistryLookup shows that lookup costs the same whatever the
// size of the registry: one Fold and one map access.
func BenchmarkRegistryLookup(b *testing.B) {
	for _, n := range []int{100, 10_000, 100_000} {
		r := syntheticRegistry(b, n)
		names := []string{"ACTOR 7", "Actor's 42", "capital 99", "a3", "Nobody"}
		b.Run(fmt.Sprintf("actors=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				_, _ = r.Lookup(names[i%len(names)])
			}
		})
	}
}

// syntheticPositions returns n actors each holding a position on each of
// k issues, alternating for and against, every third a red line.
func syntheticPositions(b *testing.B, n, k int) *Positions {
	b.Helper()
	var acts []Actor
	var issues []Issue
	var list []Position
	for j := range k {
		issues = append(issues, Issue{ID: "issue-" + strconv.Itoa(j), Name: "Issue " + strconv.Itoa(j), Outcome: "o", Evidence: ev("x")})
	}
	for i := range n {
		id := "actor-" + strconv.Itoa(i)
		acts = append(acts, Actor{ID: id, Kind: State, Name: "Actor " + strconv.Itoa(i), Summary: "s", Evidence: ev("x")})
		for j := range k {
			st := Supports
			if (i+j)%2 == 1 {
				st = Rejects
			}
			list = append(list, Position{ID: id + "-" + strconv.Itoa(j), Actor: id, Issue: "issue-" + strconv.Itoa(j), Stance: st,
				RedLine: (i+j)%3 == 0, Attribution: Stated, Summary: "s", Period: period("2022", ""), Evidence: ev("x")})
		}
	}
	return MustNewPositions(MustNewRegistry(acts), MustNewTaxonomy(issues), list)
}

func BenchmarkClashMatrixSynthetic(b *testing.B) {
	for _, n := range []int{10, 40, 100} {
		ps := syntheticPositions(b, n, 40)
		at := accord.YearOf(2025)
		b.Run(fmt.Sprintf("actors=%d,issues=40", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = ps.ClashMatrix(at)
			}
		})
	}
}

var pathSink accord.Path

// BenchmarkPathSteps measures building a path the way validators do, a
// step at a time, each step extending the text: it runs once per field
// of every record a load checks.
func BenchmarkPathSteps(b *testing.B) {
	p := accord.NewPath("actors").Index(3)
	b.ReportAllocs()
	for b.Loop() {
		pathSink = p.Child("aliases").Index(2).Child("evidence")
	}
}
