package actors

import (
	"testing"

	"github.com/accordmodel/accord/internal/baseline"
)

// BenchmarkBaselineMapLookup is the reference the package's other
// benchmarks are divided by in BENCHMARKS.md (see package baseline).
func BenchmarkBaselineMapLookup(b *testing.B) { baseline.MapLookup(b) }
