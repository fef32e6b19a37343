package actors

import (
	"errors"
	"testing"
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
		if got := r.Candidates(Fold(name)); len(got) != len(cands) {
			t.Fatalf("Candidates(Fold(%q)) = %v, Candidates = %v", name, got, cands)
		}
	})
}

// FuzzParseStance: every name ParseStance accepts round-trips through
// String and MarshalText; every other name is ErrNotSupported.
func FuzzParseStance(f *testing.F) {
	for _, s := range append(stanceEnum.Names(), "", "Supports", "maybe", "red-line") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		s, err := ParseStance(name)
		if err != nil {
			if !errors.Is(err, ErrNotSupported) {
				t.Fatalf("ParseStance(%q): %v is not ErrNotSupported", name, err)
			}
			return
		}
		b, err := s.MarshalText()
		if err != nil || string(b) != name || s.String() != name {
			t.Fatalf("ParseStance(%q) = %v; MarshalText = %q, %v", name, s, b, err)
		}
	})
}

// FuzzParseKind is FuzzParseStance for Kind, AliasKind, Role,
// Attribution, Bound and RelationKind, which share Enum's parser.
func FuzzParseKind(f *testing.F) {
	for _, info := range Enums() {
		for _, v := range info.Values {
			f.Add(v.Name)
		}
	}
	f.Add("State")
	f.Fuzz(func(t *testing.T, name string) {
		check := func(ok bool, err error) {
			if err != nil && !errors.Is(err, ErrNotSupported) {
				t.Fatalf("%q: %v is not ErrNotSupported", name, err)
			}
			if err == nil && !ok {
				t.Fatalf("%q parsed but does not round-trip", name)
			}
		}
		k, err := ParseKind(name)
		check(k.String() == name, err)
		ak, err := ParseAliasKind(name)
		check(ak.String() == name, err)
		r, err := ParseRole(name)
		check(r.String() == name, err)
		a, err := ParseAttribution(name)
		check(a.String() == name, err)
		b, err := ParseBound(name)
		check(b.String() == name, err)
		rk, err := ParseRelationKind(name)
		check(rk.String() == name, err)
	})
}
