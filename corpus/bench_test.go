package corpus

import (
	"runtime"
	"testing"

	"github.com/accordmodel/accord/seeds"
)

// BenchmarkLoadEmbedded measures parsing and validating the whole embedded
// corpus (the goal is under 2 ms).
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(seeds.FS()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadEmbeddedOnce measures one load from a collected heap, as a
// program's one load of the embedded corpus (Default) runs: the garbage of
// the previous iteration is collected outside the timing, so that no
// collection of it is charged to the next load.
func BenchmarkLoadEmbeddedOnce(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		if _, err := Load(seeds.FS()); err != nil {
			b.Fatal(err)
		}
	}
}
