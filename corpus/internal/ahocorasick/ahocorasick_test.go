package ahocorasick

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// naive finds every occurrence of every pattern by searching for each.
func naive(patterns []string, text string) []Match {
	var out []Match
	for id, p := range patterns {
		if p == "" {
			continue
		}
		for i := 0; i+len(p) <= len(text); i++ {
			if text[i:i+len(p)] == p {
				out = append(out, Match{Pattern: id, Start: i, End: i + len(p)})
			}
		}
	}
	sortMatches(out)
	return out
}

func sortMatches(ms []Match) {
	slices.SortFunc(ms, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Pattern, b.Pattern))
	})
}

func collect(m *Matcher, text string) []Match {
	var out []Match
	for mt := range m.Matches(text) {
		out = append(out, mt)
	}
	sortMatches(out)
	return out
}

func TestMatches(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		text     string
		want     []Match
	}{
		{"classic he/she/his/hers", []string{"he", "she", "his", "hers"}, "ushers",
			[]Match{{1, 1, 4}, {0, 2, 4}, {3, 2, 6}}},
		{"nested names", []string{"nato", "north atlantic treaty", "treaty"}, "the north atlantic treaty (nato)",
			[]Match{{1, 4, 25}, {2, 19, 25}, {0, 27, 31}}},
		{"duplicates all reported", []string{"eu", "eu"}, "eu", []Match{{0, 0, 2}, {1, 0, 2}}},
		{"empty pattern never matches", []string{"", "a"}, "aa", []Match{{1, 0, 1}, {1, 1, 2}}},
		{"multi-byte text", []string{"зеленський", "київ"}, "зеленський і київ", []Match{{0, 0, 20}, {1, 24, 32}}},
		{"no patterns", nil, "anything", nil},
		{"empty text", []string{"a"}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustNew(t, tt.patterns)
			assert.Equal(t, tt.want, collect(m, tt.text))
			assert.Equal(t, naive(tt.patterns, tt.text), collect(m, tt.text))
			assert.Equal(t, len(tt.patterns), m.Len())
		})
	}
}

func TestZeroMatcher(t *testing.T) {
	var m Matcher
	assert.Empty(t, collect(&m, "text"))
}

func TestMatchesStopsEarly(t *testing.T) {
	m := mustNew(t, []string{"a"})
	n := 0
	for range m.Matches("aaaa") {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

// inOrder reports whether matches come ordered as Matches promises: by
// end offset and, at one end, longest first.
func inOrder(ms []Match) bool {
	return slices.IsSortedFunc(ms, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.End, b.End), cmp.Compare(a.Start, b.Start))
	})
}

func FuzzMatches(f *testing.F) {
	f.Add("he\x00she\x00his\x00hers", "ushers and his", uint8(0))
	f.Add("a\x00aa\x00aaa", "aaaaaa", uint8(1))
	f.Add("nato\x00eu\x00\xff", "eur nato\xff", uint8(2))
	f.Fuzz(func(t *testing.T, pats, text string, repeat uint8) {
		patterns := strings.Split(pats, "\x00")
		if len(patterns) > 64 {
			patterns = patterns[:64]
		}
		// Repeating the text past a few blocks exercises the interleaved
		// walks and their hand-over at block boundaries.
		if repeat%4 == 1 && text != "" {
			text = strings.Repeat(text, (5*half+256)/len(text)+1)[:5*half+int(repeat)]
		}
		m := mustNew(t, patterns)
		var got []Match
		for mt := range m.Matches(text) {
			got = append(got, mt)
		}
		if !inOrder(got) {
			t.Fatalf("patterns %q in %q: matches out of order: %v", patterns, text, got)
		}
		sortMatches(got)
		want := naive(patterns, text)
		if !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q: got %v, want %v", patterns, text, got, want)
		}
	})
}

// TestMatchesLongText compares the blocked scan of long texts with the
// naive search, for pattern sets whose longest pattern is short, at the
// limit of the blocked scan (part/2 bytes), and past it.
func TestMatchesLongText(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	// Words of n bytes over a small alphabet with a two-byte letter, so
	// that matches are frequent and blocks split runes.
	word := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString([]string{"a", "b", " ", "c", "é"}[rng.IntN(5)])
		}
		return b.String()[:n]
	}
	for _, longest := range []int{1, 6, part / 2, part/2 + 1} {
		patterns := []string{word(longest)}
		for range 40 {
			patterns = append(patterns, word(1+rng.IntN(6)))
		}
		for _, n := range []int{2*half - 1, 2 * half, 2*half + 1, 7*half + 13} {
			// Text made of the patterns, so that deep states straddle the
			// block boundaries.
			var sb strings.Builder
			for sb.Len() < n {
				sb.WriteString(patterns[rng.IntN(len(patterns))])
			}
			text := sb.String()[:n]
			var got []Match
			for mt := range mustNew(t, patterns).Matches(text) {
				got = append(got, mt)
			}
			assert.True(t, inOrder(got), "longest %d, text %d bytes: out of order", longest, n)
			sortMatches(got)
			assert.Equal(t, naive(patterns, text), got, "longest %d, text %d bytes", longest, n)
		}
	}
}

func TestMatchesStopsEarlyInBlocks(t *testing.T) {
	m := mustNew(t, []string{"a"})
	text := strings.Repeat("a", 5*half)
	for _, stop := range []int{1, half + 1, 2*half + 1} {
		n := 0
		for range m.Matches(text) {
			n++
			if n == stop {
				break
			}
		}
		assert.Equal(t, stop, n)
	}
}

func mustNew(t testing.TB, patterns []string) *Matcher {
	t.Helper()
	m, err := New(patterns)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestNewTooLarge(t *testing.T) {
	all := make([]byte, 256) // every byte value: 257 classes
	for i := range all {
		all[i] = byte(i)
	}
	big := strings.Repeat("a", 1<<23+1) // with 257 classes, past the table's reach
	_, err := New([]string{string(all), big})
	assert.ErrorIs(t, err, ErrTooLarge)
}
