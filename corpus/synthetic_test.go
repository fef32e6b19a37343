package corpus_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/seeds"
)

// Files that are not scaled: the document registry (copies would need
// source articles) and the neutrality rulebook (a rule is keyed by the
// situation it judges, a combination of enum values, so copies would be
// duplicate rules). Every other record kind is copied.
var unscaledFiles = map[string]bool{
	"documents.json": true, "rules.json": true, "doctrines.json": true, "schema.json": true,
}

// Members that are not copied: the settlement frame binds each term of a
// package to one issue, for the whole corpus.
var unscaledMembers = map[string]bool{"bindings": true}

// Members whose strings are names (made unique per copy so that lookup
// and tagging see as many distinct names as records): an actor's, an
// alias's, an issue's or an instrument's name, names in other languages,
// titles and key terms.
var nameMembers = map[string]bool{"name": true, "short_name": true, "title": true, "term": true, "label": true}

// synthetic is a data set made of k renamed copies of the coded corpus.
type synthetic struct {
	fsys    fstest.MapFS
	records int // top-level records in all files
}

var (
	syntheticMu    sync.Mutex
	syntheticCache = map[int]synthetic{}
)

// syntheticCorpus returns the embedded data with every scaled file holding
// k copies of its records: copy 0 is the original and copy i > 0 has every
// id suffixed with "-x<i>" (and every reference to it rewritten the same
// way, so the copies form k disjoint, consistent data sets) and every name
// suffixed with " x<i>". Copies of per-article records stay in their
// article's file.
func syntheticCorpus(tb testing.TB, k int) synthetic {
	tb.Helper()
	syntheticMu.Lock()
	defer syntheticMu.Unlock()
	if s, ok := syntheticCache[k]; ok {
		return s
	}
	files := map[string]any{}
	raw := map[string][]byte{}
	err := fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		if err != nil {
			return err
		}
		raw[p] = data
		if path.Ext(p) == ".json" && !unscaledFiles[p] {
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			files[p] = v
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}

	// The ids to rename: every "id" defined in a scaled file, except
	// document ids (documents are not copied).
	keep := map[string]bool{}
	var docs struct {
		Documents []struct {
			ID string `json:"id"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw["documents.json"], &docs); err != nil {
		tb.Fatal(err)
	}
	for _, d := range docs.Documents {
		keep[d.ID] = true
	}
	rename := map[string]bool{}
	var collect func(v any)
	collect = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if id, ok := v["id"].(string); ok && !keep[id] {
				rename[id] = true
			}
			for _, e := range v {
				collect(e)
			}
		case []any:
			for _, e := range v {
				collect(e)
			}
		}
	}
	for _, v := range files {
		collect(v)
	}

	// copyOf copies v, decoded from a value of Go type t, for copy i. It
	// follows the Go types the loader decodes into (schemaFiles), so that
	// an enum value that happens to equal an id ("neutralisation" is an
	// issue id and a status kind) is left alone.
	var copyOf func(v any, t reflect.Type, i int, member string) any
	copyOf = func(v any, t reflect.Type, i int, member string) any {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if i == 0 || t.Implements(textMarshaler) {
			return v // enums, dates, language tags
		}
		switch v := v.(type) {
		case map[string]any:
			out := make(map[string]any, len(v))
			for key, e := range v {
				switch t.Kind() {
				case reflect.Map:
					out[key] = copyOf(e, t.Elem(), i, "name") // names keyed by language tag
				case reflect.Struct:
					if key == "target" && v["kind"] == "status" {
						out[key] = e // a term's target is a status kind's wire name
						continue
					}
					f, ok := jsonField(t, key)
					if !ok {
						tb.Fatalf("%v has no member %q", t, key)
					}
					out[key] = copyOf(e, f.Type, i, key)
				}
			}
			return out
		case []any:
			out := make([]any, len(v))
			for j, e := range v {
				out[j] = copyOf(e, t.Elem(), i, member)
			}
			return out
		case string:
			switch {
			case rename[v]:
				return fmt.Sprintf("%s-x%d", v, i)
			case nameMembers[member]:
				return fmt.Sprintf("%s x%d", v, i)
			}
		}
		return v
	}

	out := fstest.MapFS{}
	records := 0
	for name, data := range raw {
		v, scaled := files[name]
		if !scaled {
			out[name] = &fstest.MapFile{Data: data}
			if path.Ext(name) == ".json" && name != "schema.json" {
				var top map[string]any
				if err := json.Unmarshal(data, &top); err != nil {
					tb.Fatal(err)
				}
				for _, e := range top {
					if list, ok := e.([]any); ok {
						records += len(list)
					}
				}
			}
			continue
		}
		top := v.(map[string]any)
		sf, ok := schemaFileFor(name)
		if !ok {
			tb.Fatalf("%s is of no known kind", name)
		}
		res := map[string]any{}
		for key, e := range top {
			list, ok := e.([]any)
			if !ok || unscaledMembers[key] {
				res[key] = e // "document", "bloc", "bindings": the first copy's
				continue
			}
			f, ok := jsonField(sf.typ, key)
			if !ok {
				tb.Fatalf("%s: unknown member %q", name, key)
			}
			all := make([]any, 0, len(list)*k)
			for i := range k {
				all = append(all, copyOf(list, f.Type, i, key).([]any)...)
			}
			res[key] = all
			records += len(all)
		}
		data, err := json.MarshalIndent(res, "", "  ")
		if err != nil {
			tb.Fatal(err)
		}
		out[name] = &fstest.MapFile{Data: data}
	}
	s := synthetic{fsys: out, records: records}
	syntheticCache[k] = s
	return s
}

// TestSyntheticCorpus: the ×10 data set loads without problems and holds
// ten times the actors, positions, instruments, statuses and settlements,
// each copy's records referring to its own copy's records.
func TestSyntheticCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a ×10 corpus")
	}
	c1, err := corpus.Default()
	require.NoError(t, err)
	s := syntheticCorpus(t, 10)
	c, err := corpus.Load(s.fsys)
	require.NoError(t, err)
	assert.Equal(t, 10*c1.Actors().Len(), c.Actors().Len())
	assert.Equal(t, 10*c1.Positions().Len(), c.Positions().Len())
	assert.Equal(t, 10*c1.NumInstruments(), c.NumInstruments())
	assert.Equal(t, 10*c1.NumNeutralityStatuses(), c.NumNeutralityStatuses())
	assert.Equal(t, 10*c1.NumSettlements(), c.NumSettlements())
	assert.Equal(t, c1.NumDocuments(), c.NumDocuments())

	ua, err := c.Actors().Lookup("Ukraine x3")
	require.NoError(t, err)
	assert.Equal(t, "ukraine-x3", ua.ID)
	orig, err := c.Actors().Lookup("Ukraine")
	require.NoError(t, err)
	assert.Equal(t, "ukraine", orig.ID)
	for _, p := range noErr(c.Positions().Of("russia-x7", accord.Date{})) {
		assert.True(t, strings.HasSuffix(p.ID, "-x7"), p.ID)
		assert.True(t, strings.HasSuffix(p.Issue, "-x7") || !strings.Contains(p.Issue, "-x"), p.Issue)
	}
	ids := slices.Collect(maps.Keys(s.fsys))
	assert.Contains(t, ids, "actors.json")
}

// jsonField returns the field of struct type t whose JSON name is name.
func jsonField(t reflect.Type, name string) (reflect.StructField, bool) {
	for f := range t.Fields() {
		if n, _, _ := strings.Cut(f.Tag.Get("json"), ","); n == name && f.IsExported() {
			return f, true
		}
	}
	return reflect.StructField{}, false
}
