package fold_test

import (
	"strings"
	"testing"

	"github.com/accordmodel/accord/internal/fold"
)

// FuzzWordCount: WordCount counts exactly the fields strings.Fields finds
// (runs of non-space characters), for any input, valid UTF-8 or not.
func FuzzWordCount(f *testing.F) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\u00a0b\u2003c", "tab\tand\nnewline", "\xff \xfe", "Україна і Росія"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold.WordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("WordCount(%q) = %d, strings.Fields finds %d", s, got, want)
		}
	})
}
