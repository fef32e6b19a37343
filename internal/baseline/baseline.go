// Package baseline holds the reference workloads that accord's benchmarks
// are measured against. This machine's absolute speed varies by a third
// from day to day, so every speed goal is stated as a ratio to a baseline
// run in the same benchmark binary: a package's BenchmarkBaseline… calls
// one of these, and BENCHMARKS.md divides by it.
package baseline

import (
	"strconv"
	"testing"
)

// MapLookup measures one lookup of a string key in a map of 128 entries,
// the cost of the simplest indexed query.
func MapLookup(b *testing.B) {
	m := make(map[string]int, 128)
	keys := make([]string, 128)
	for i := range keys {
		keys[i] = "activity-" + strconv.Itoa(i)
		m[keys[i]] = i
	}
	b.ReportAllocs()
	sum := 0
	for i := 0; b.Loop(); i++ {
		sum += m[keys[i&127]]
	}
	if sum < 0 {
		b.Fatal("unreachable")
	}
}
