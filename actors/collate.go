package actors

import (
	"bytes"
	"cmp"
	"slices"
	"sync"

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
	col := collators.Get().(*collate.Collator)
	defer collators.Put(col)
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

// collators holds English collators that ignore case, for ranks and
// SortNames. A collator is not safe for concurrent use but may be reused:
// one taken from the pool keeps the buffers its last use grew, which
// collate.New would allocate anew.
var collators = sync.Pool{New: func() any {
	return collate.New(language.English, collate.IgnoreCase, collate.Loose)
}}

// SortNames sorts names in place with the English collation of
// golang.org/x/text/collate, ignoring case ("Ireland" before "Israel" before
// "italy"; "Türkiye" next to "Turkey").
func SortNames(names []string) {
	col := collators.Get().(*collate.Collator)
	defer collators.Put(col)
	slices.SortStableFunc(names, func(a, b string) int {
		if c := col.CompareString(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
}
