package actors

import (
	"cmp"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// newCollator returns an English collator that ignores case. A collator is
// not safe for concurrent use, so each caller makes its own.
func newCollator() *collate.Collator {
	return collate.New(language.English, collate.IgnoreCase, collate.Loose)
}

// ranks orders names with the English collation of golang.org/x/text/collate
// (ties broken by key) and returns each key's rank. Registries compute ranks
// once, at construction, and sort results by rank afterwards.
func ranks(keys, names []string) map[string]int {
	col := newCollator()
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := col.CompareString(names[a], names[b]); c != 0 {
			return c
		}
		return cmp.Compare(keys[a], keys[b])
	})
	out := make(map[string]int, len(keys))
	for r, i := range idx {
		out[keys[i]] = r
	}
	return out
}

// SortNames sorts names in place with the English collation of
// golang.org/x/text/collate, ignoring case ("Ireland" before "Israel" before
// "italy"; "Türkiye" next to "Turkey").
func SortNames(names []string) {
	col := newCollator()
	slices.SortStableFunc(names, func(a, b string) int {
		if c := col.CompareString(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
}
