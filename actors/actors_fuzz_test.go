package actors

import (
	"errors"
	"testing"

	"github.com/accordmodel/accord/internal/fold"
)

// FuzzLookup: lookup never panics, agrees with Candidates, and is
// insensitive to everything Fold removes.
func FuzzLookup(f *testing.F) {
	r := MustNewRegistry(testActors())
	for _, s := range []string{"Ukraine", "the Kremlin", "O’Zelensky", "GERMANY", "Україна", "", "the ", "\xff", "Zelenskiy\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		a, err := r.Lookup(name)
		cands := r.Candidates(name)
		switch {
		case err == nil:
			if len(cands) != 1 || cands[0] != a.ID {
				t.Fatalf("Lookup(%q) = %s but Candidates = %v", name, a.ID, cands)
			}
		case errors.Is(err, ErrAmbiguousName):
			if len(cands) < 2 {
				t.Fatalf("Lookup(%q) ambiguous but Candidates = %v", name, cands)
			}
		case errors.Is(err, ErrUnknownName):
			if len(cands) != 0 {
				t.Fatalf("Lookup(%q) unknown but Candidates = %v", name, cands)
			}
		default:
			t.Fatalf("Lookup(%q): unexpected error %v", name, err)
		}
		if got := r.Candidates(fold.Fold(name)); len(got) != len(cands) {
			t.Fatalf("Candidates(Fold(%q)) = %v, Candidates = %v", name, got, cands)
		}
	})
}
