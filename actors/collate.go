package actors

import (
	"bytes"
	"cmp"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// ranks orders names with the English collation of golang.org/x/text/collate
// (ties broken by key) and returns each key's rank. A collate.Collator is
// not safe for concurrent use, so registries compute ranks once, at
// construction, and sort results by rank afterwards.
func ranks(keys, names []string) map[string]int {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	// Each name's collation key, computed once: comparing keys
	// bytewise orders names as the collator's Compare does, without
	// collating a name anew in every comparison of the sort.
	col := collate.New(language.English, collate.IgnoreCase, collate.Loose)
	var buf collate.Buffer
	sortKeys := make([][]byte, len(names))
	for i, n := range names {
		sortKeys[i] = col.KeyFromString(&buf, n)
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := bytes.Compare(sortKeys[a], sortKeys[b]); c != 0 {
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
	col := collate.New(language.English, collate.IgnoreCase, collate.Loose)
	slices.SortStableFunc(names, func(a, b string) int {
		if c := col.CompareString(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
}
