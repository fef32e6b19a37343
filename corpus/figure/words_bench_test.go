package figure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/internal/sources"
)

// benchText returns the source articles joined, when present, and
// otherwise a sentence of numbers in words repeated: the text both
// benchmarks below run on.
func benchText() string {
	dir, _ := sources.Available()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		sb.Write(data)
	}
	if sb.Len() == 0 {
		return strings.Repeat("Within no more than three days, the twenty-five states met often. ", 1000)
	}
	return sb.String()
}

// BenchmarkNumberWords measures the search for numbers in words on its
// own, against folding, on the source articles when present.
func BenchmarkNumberWords(b *testing.B) {
	fs := fold.Fold(benchText())
	b.SetBytes(int64(len(fs)))
	for b.Loop() {
		_ = numberWordSpans(fs)
	}
}

// BenchmarkFoldReference is fold.Fold on the same text, for scale.
func BenchmarkFoldReference(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = fold.Fold(text)
	}
}
