package corpus_test

import (
	"errors"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/internal/fold"
)

// FuzzActorsLookup: looking up any name in the real registry never panics,
// agrees with Candidates, and depends only on the name's folded form.
// Seeds: every name and alias of every coded actor.
func FuzzActorsLookup(f *testing.F) {
	c, err := corpus.Default()
	if err != nil {
		f.Fatal(err)
	}
	for a := range c.Actors().All() {
		for _, n := range a.AllNames() {
			f.Add(n)
		}
	}
	f.Add("the kremlin’s")
	f.Add("ZELENSKIY")
	f.Fuzz(func(t *testing.T, name string) {
		reg := c.Actors()
		a, err := c.Actors().Lookup(name)
		cands := reg.Candidates(name)
		switch {
		case err == nil:
			if len(cands) != 1 || cands[0] != a.ID || !reg.Has(a.ID) {
				t.Fatalf("Actors().Lookup(%q) = %s, Candidates = %v", name, a.ID, cands)
			}
		case errors.Is(err, actors.ErrAmbiguousName):
			if len(cands) < 2 {
				t.Fatalf("Actors().Lookup(%q) ambiguous, Candidates = %v", name, cands)
			}
		case errors.Is(err, actors.ErrUnknownName):
			if len(cands) != 0 {
				t.Fatalf("Actors().Lookup(%q) unknown, Candidates = %v", name, cands)
			}
		default:
			t.Fatalf("Actors().Lookup(%q): unexpected error %v", name, err)
		}
		if got := reg.Candidates(fold.Fold(name)); !slices.Equal(got, cands) {
			t.Fatalf("Candidates(Fold(%q)) = %v, Candidates = %v", name, got, cands)
		}
	})
}

// FuzzCorpusTag tags arbitrary text with the real gazetteer: it never
// panics, every mention's offsets cut its text out of the input, mentions
// come in order, and every name resolves to records of the corpus. Seeds:
// the coded summaries and the anchors, which quote the articles.
func FuzzCorpusTag(f *testing.F) {
	c, err := corpus.Default()
	if err != nil {
		f.Fatal(err)
	}
	for d := range c.Documents() {
		f.Add(d.Summary)
	}
	n := 0
	for ct := range c.Citations() {
		if n%7 == 0 {
			f.Add(ct.Anchor)
		}
		n++
	}
	for p := range c.Positions().All() {
		if n%5 == 0 {
			f.Add(p.Summary)
		}
		n++
	}
	f.Add("Kyiv’s and the U.S.’s €110–120 billion; 85,000 troops; non‑bloc\u00a0status")
	f.Fuzz(func(t *testing.T, text string) {
		ms := c.Tagger().Tag(text)
		for i, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %d %+v has bad offsets in %q", i, m, text)
			}
			if i > 0 && ms[i-1].Start > m.Start {
				t.Fatalf("mentions out of order in %q", text)
			}
			if m.Kind == tag.Figure {
				continue
			}
			if len(m.Targets) == 0 || m.Ambiguous != (len(m.Targets) > 1) {
				t.Fatalf("mention %+v resolves badly", m)
			}
			for _, tg := range m.Targets {
				ok := false
				switch tg.Kind {
				case tag.Actor:
					ok = c.Actors().Has(tg.ID)
				case tag.Instrument:
					_, ok = c.Instrument(tg.ID)
				case tag.Issue:
					ok = c.Issues().Has(tg.ID)
				default:
					ok = tg.ID != ""
				}
				if !ok {
					t.Fatalf("mention %+v names %v, which the corpus lacks", m, tg)
				}
			}
		}
		if utf8.ValidString(text) && len(ms) > 0 && fold.Fold(text) == "" {
			t.Fatalf("mentions found in a text that folds to nothing: %q", text)
		}
	})
}

// FuzzClauseVersions renders the real clauses that carry revisions, under
// any combination of their revisions and with any wording in place of the
// real one: rendering never panics; with the real wording every
// combination Versions lists renders, and the base version is the wording.
func FuzzClauseVersions(f *testing.F) {
	c, err := corpus.Default()
	if err != nil {
		f.Fatal(err)
	}
	type ref struct{ in, clause string }
	var clauses []ref
	for in := range c.Instruments() {
		for _, cl := range in.Clauses {
			if len(cl.Revisions) > 0 {
				clauses = append(clauses, ref{in.ID, cl.ID})
			}
		}
	}
	if len(clauses) == 0 {
		f.Skip("no coded clause carries revisions")
	}
	for i := range clauses {
		f.Add(uint8(i), uint8(0), "")
		f.Add(uint8(i), uint8(255), "")
		f.Add(uint8(i), uint8(1), "Each Guarantor shall act.")
	}
	f.Fuzz(func(t *testing.T, which, mask uint8, wording string) {
		r := clauses[int(which)%len(clauses)]
		in, ok := c.Instrument(r.in)
		if !ok {
			t.Fatalf("instrument %s vanished", r.in)
		}
		cl, ok := in.Clause(r.clause)
		if !ok {
			t.Fatalf("clause %s/%s vanished", r.in, r.clause)
		}
		var ids []string
		for i, rev := range cl.Revisions {
			if mask&(1<<(i%8)) != 0 {
				ids = append(ids, rev.ID)
			}
		}
		real := wording == ""
		if !real {
			cl.Wording = wording
		}
		v, err := cl.Version(ids...)
		if err == nil && v.Clause != cl.ID {
			t.Fatalf("version of %s names clause %q", cl.ID, v.Clause)
		}
		base, err := cl.Version()
		if err != nil {
			t.Fatalf("the base version of %s fails: %v", cl.ID, err)
		}
		if base.Text != cl.Wording {
			t.Fatalf("the base version of %s is %q, not its wording", cl.ID, base.Text)
		}
		if real {
			for v := range cl.Versions() {
				if _, err := cl.Version(v.Revisions...); err != nil {
					t.Fatalf("listed version %v of %s fails: %v", v.Revisions, cl.ID, err)
				}
			}
		}
	})
}
