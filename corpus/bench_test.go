package corpus

import (
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
