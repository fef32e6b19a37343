package ahocorasick

import (
	"cmp"
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

func FuzzMatches(f *testing.F) {
	f.Add("he\x00she\x00his\x00hers", "ushers and his")
	f.Add("a\x00aa\x00aaa", "aaaaaa")
	f.Add("nato\x00eu\x00\xff", "eur nato\xff")
	f.Fuzz(func(t *testing.T, pats, text string) {
		patterns := strings.Split(pats, "\x00")
		if len(patterns) > 64 {
			patterns = patterns[:64]
		}
		got := collect(mustNew(t, patterns), text)
		want := naive(patterns, text)
		if !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q: got %v, want %v", patterns, text, got, want)
		}
	})
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
