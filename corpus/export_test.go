package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/seeds"
)

// seedsFiles builds a data set laid out like package seeds from an export:
// each registry in its file and each article's records in the per-article
// files, so that Load can read an export back.
func seedsFiles(t *testing.T, d exportDoc) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	put := func(name string, v any) {
		data, err := json.MarshalIndent(v, "", "  ")
		require.NoError(t, err)
		fsys[name] = &fstest.MapFile{Data: data}
	}
	registry := func(name, key string, n int, v any) {
		if n > 0 || name == "documents.json" {
			put(name, map[string]any{key: v})
		}
	}
	registry("documents.json", "documents", len(d.Documents), d.Documents)
	registry("actors.json", "actors", len(d.Actors), d.Actors)
	registry("issues.json", "issues", len(d.Issues), d.Issues)
	registry("instruments.json", "instruments", len(d.Instruments), d.Instruments)
	registry("doctrines.json", "doctrines", len(d.Doctrines), d.Doctrines)
	registry("rules.json", "rules", len(d.Rules), d.Rules)
	registry("terms.json", "terms", len(d.Terms), d.Terms)
	if len(d.Settlements) > 0 || d.Frame.Bloc != "" || len(d.Frame.Bindings) > 0 {
		put("settlements.json", map[string]any{"bloc": d.Frame.Bloc, "bindings": d.Frame.Bindings, "settlements": d.Settlements})
	}
	for _, a := range d.Articles {
		if len(a.Positions) > 0 {
			put("positions/"+a.Document+".json", map[string]any{"document": a.Document, "positions": a.Positions})
		}
		if len(a.Statuses)+len(a.Demands) > 0 {
			v := map[string]any{"document": a.Document}
			if len(a.Statuses) > 0 {
				v["statuses"] = a.Statuses
			}
			if len(a.Demands) > 0 {
				v["demands"] = a.Demands
			}
			put("neutrality/"+a.Document+".json", v)
		}
		if len(a.Quantities) > 0 {
			put("quantities/"+a.Document+".json", map[string]any{"document": a.Document, "quantities": a.Quantities})
		}
	}
	return fsys
}

// seedDataFiles returns the names of the JSON data files in fsys.
func seedDataFiles(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	var names []string
	require.NoError(t, fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".json" && p != "schema.json" {
			names = append(names, p)
		}
		return err
	}))
	slices.Sort(names)
	return names
}

func writeJSON(t *testing.T, c *Corpus) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, c.WriteJSON(&buf))
	return buf.Bytes()
}

// TestWriteJSONReloads: the one-document export, split back into seeds
// files, loads into a corpus whose export is byte-identical; it covers
// every data file of the embedded corpus, and each reconstructed file
// holds the same JSON as the original.
func TestWriteJSONReloads(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	out := writeJSON(t, c)

	var d exportDoc
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&d))
	assert.Equal(t, ExportFormat, d.Format)
	assert.Equal(t, ExportVersion, d.Version)
	assert.Len(t, d.Documents, c.NumDocuments())
	assert.Len(t, d.Actors, c.Actors().Len())
	assert.Len(t, d.Instruments, c.NumInstruments())
	assert.Len(t, d.Rules, c.Rulebook().Len())
	assert.Len(t, d.Settlements, c.NumSettlements())
	var positions, statuses int
	for _, a := range d.Articles {
		positions += len(a.Positions)
		statuses += len(a.Statuses)
		for _, p := range a.Positions {
			for _, ev := range p.Evidence {
				assert.Equal(t, a.Document, ev.Doc, "position %s grouped under the wrong article", p.ID)
			}
		}
	}
	assert.Equal(t, c.Positions().Len(), positions)
	assert.Equal(t, c.NumNeutralityStatuses(), statuses)

	fsys := seedsFiles(t, d)
	assert.Equal(t, seedDataFiles(t, seeds.FS()), seedDataFiles(t, fsys),
		"the export must cover every data file of the corpus: a new kind of file needs a section in export.go")
	for name, f := range fsys {
		orig, err := fs.ReadFile(seeds.FS(), name)
		if err != nil {
			continue // reported by the file list comparison above
		}
		assert.JSONEq(t, string(orig), string(f.Data), "%s as exported differs from the seeds file", name)
	}

	back, err := Load(fsys)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(writeJSON(t, back)))
}

// TestWriteJSONLinesReloads: every line of the JSON Lines export is one
// record with its kind (and its article, for per-article records); the
// records, regrouped, load into a corpus equal to the original.
func TestWriteJSONLinesReloads(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, c.WriteJSONLines(&buf))

	d := exportDoc{Format: ExportFormat, Version: ExportVersion}
	articles := map[string]*exportArticle{}
	article := func(doc string) *exportArticle {
		if articles[doc] == nil {
			articles[doc] = &exportArticle{Document: doc}
		}
		return articles[doc]
	}
	counts := map[string]int{}
	var kinds []string
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			Kind     string          `json:"kind"`
			Document string          `json:"document"`
			Record   json.RawMessage `json:"record"`
		}
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&line), sc.Text())
		require.NotEmpty(t, line.Record)
		counts[line.Kind]++
		if len(kinds) == 0 || kinds[len(kinds)-1] != line.Kind {
			kinds = append(kinds, line.Kind)
		}
		into := func(v any) {
			t.Helper()
			dec := json.NewDecoder(bytes.NewReader(line.Record))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(v), "%s record: %s", line.Kind, line.Record)
		}
		perArticle := true
		switch line.Kind {
		case kindDocument:
			into(appendNew(&d.Documents))
			perArticle = false
		case kindActor:
			into(appendNew(&d.Actors))
			perArticle = false
		case kindIssue:
			into(appendNew(&d.Issues))
			perArticle = false
		case kindInstrument:
			into(appendNew(&d.Instruments))
			perArticle = false
		case kindDoctrine:
			into(appendNew(&d.Doctrines))
			perArticle = false
		case kindNeutralityRule:
			into(appendNew(&d.Rules))
			perArticle = false
		case "term":
			into(appendNew(&d.Terms))
			perArticle = false
		case "settlement-frame":
			into(&d.Frame)
			perArticle = false
		case kindSettlement:
			into(appendNew(&d.Settlements))
			perArticle = false
		case kindPosition:
			into(appendNew(&article(line.Document).Positions))
		case kindNeutralityStatus:
			into(appendNew(&article(line.Document).Statuses))
		case kindNeutralityDemand:
			into(appendNew(&article(line.Document).Demands))
		case kindQuantity:
			into(appendNew(&article(line.Document).Quantities))
		default:
			t.Fatalf("unknown kind %q", line.Kind)
		}
		if perArticle {
			assert.NotEmpty(t, line.Document, "a %s line needs its document", line.Kind)
		} else {
			assert.Empty(t, line.Document, "a %s line has no document", line.Kind)
		}
	}
	require.NoError(t, sc.Err())
	for _, k := range kinds {
		assert.Equal(t, 1, strings.Count(strings.Join(kinds, " ")+" ", k+" "), "kinds are written in groups: %v", kinds)
	}
	assert.Equal(t, c.NumDocuments(), counts[kindDocument])
	assert.Equal(t, c.Actors().Len(), counts[kindActor])
	assert.Equal(t, c.Positions().Len(), counts[kindPosition])
	assert.Equal(t, c.NumInstruments(), counts[kindInstrument])
	assert.Equal(t, c.NumNeutralityStatuses(), counts[kindNeutralityStatus])
	assert.Equal(t, c.NumSettlements(), counts[kindSettlement])
	assert.Equal(t, c.NumQuantities(), counts[kindQuantity])
	for _, doc := range d.Documents {
		if a := articles[doc.ID]; a != nil {
			d.Articles = append(d.Articles, *a)
		}
	}
	back, err := Load(seedsFiles(t, d))
	require.NoError(t, err)
	assert.Equal(t, string(writeJSON(t, c)), string(writeJSON(t, back)))
}

func appendNew[T any](s *[]T) *T {
	*s = append(*s, *new(T))
	return &(*s)[len(*s)-1]
}

// TestWriteJSONEmptyCorpus: a corpus with documents only writes every
// section as an empty array, never null.
func TestWriteJSONEmptyCorpus(t *testing.T) {
	docs, err := fs.ReadFile(seeds.FS(), "documents.json")
	require.NoError(t, err)
	c, err := Load(fstest.MapFS{"documents.json": {Data: docs}})
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(writeJSON(t, c), &v))
	for _, key := range []string{"actors", "issues", "instruments", "doctrines", "rules", "terms", "settlements", "articles"} {
		assert.Equal(t, []any{}, v[key], key)
	}
	var buf bytes.Buffer
	require.NoError(t, c.WriteJSONLines(&buf))
	assert.Equal(t, c.NumDocuments(), strings.Count(buf.String(), "\n"))
}
