package corpus

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/seeds"
)

func TestDefaultLoads(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	again, err := Default()
	require.NoError(t, err)
	assert.Same(t, c, again, "the embedded corpus is parsed once")

	// The registry codes exactly the five articles of ../shared/seeds, by
	// file name (see its README).
	files := map[string]string{}
	for d := range c.Documents() {
		files[d.ID] = d.File
	}
	assert.Equal(t, map[string]string{
		"kyiv-official-stance":         "000_860df69fc616288e.txt",
		"rusi-neutrality-chimera":      "001_7e51999496a5dafd.txt",
		"zelenskyy-army-limits-report": "002_7a67eb502e32b0b8.txt",
		"lawfare-armed-neutrality":     "003_803ea97acd683d1b.txt",
		"hiia-security-guarantees":     "004_c4bd7d4912b4f8b1.txt",
	}, files)
	d, ok := c.Document("rusi-neutrality-chimera")
	require.True(t, ok)
	assert.Equal(t, "Mart Kuldkepp", d.Author, "the commentary is signed by its author")
	assert.Equal(t, Commentary, d.Kind)
	_, ok = c.Document("no-such-document")
	assert.False(t, ok)
}

// seedFS returns the embedded seeds with some files replaced or added.
func seedFS(t *testing.T, replace map[string]string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	require.NoError(t, fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	}))
	for name, data := range replace {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

const badDocuments = `{
  "documents": [
    {"id": "a", "title": "A", "kind": "commentary", "file": "a.txt",
     "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "words": 1, "summary": "s",
     "subtitle": "not a field"},
    {"id": "b", "title": "B", "kind": "blog", "file": "b.txt",
     "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "words": 1, "summary": "s"},
    {"id": "a", "title": "A again", "kind": "news-report", "file": "c.txt",
     "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "words": 1, "summary": "s"},
    {"id": "Not A Slug", "kind": "commentary", "file": "d.txt", "sha256": "xyz", "words": 0, "summary": "",
     "written": {"from": "2014", "to": "2010"}}
  ]
}`

// problem is one problem of a Load error, as the loader's tests compare
// it: where (file:line:col), the record path, and the kind.
type problem struct {
	at   string
	path string
	kind error
}

// problems returns the problems of err, which must be an accord.ErrorList.
func problems(t *testing.T, err error) []problem {
	t.Helper()
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	out := make([]problem, len(list))
	for i, e := range list {
		out[i] = problem{fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column), e.Path.String(), e.Kind}
	}
	return out
}

func TestLoadReportsEveryProblemOfARegistry(t *testing.T) {
	_, err := Load(fstest.MapFS{"documents.json": {Data: []byte(badDocuments)}})
	require.Error(t, err)
	wants := []problem{
		{"documents.json:5:6", "documents[0].subtitle", accord.ErrUnknownField},
		{"documents.json:6:39", "documents[1].kind", accord.ErrNotSupported}, // once, not again as "required"
		{"documents.json:8:12", "documents[2].id", accord.ErrDuplicate},
		{"documents.json:10:5", "documents[3].title", accord.ErrRequired}, // missing: the record
		{"documents.json:10:12", "documents[3].id", accord.ErrInvalid},
		{"documents.json:10:75", "documents[3].sha256", accord.ErrInvalid},
		{"documents.json:10:91", "documents[3].words", accord.ErrInvalid},
		{"documents.json:10:105", "documents[3].summary", accord.ErrRequired},
		{"documents.json:11:40", "documents[3].written.to", accord.ErrInvalid},
	}
	assert.Equal(t, wants, problems(t, err))
	assert.ErrorIs(t, err, accord.ErrDuplicate)
	assert.Contains(t, err.Error(), `documents.json:6:39: documents[1].kind: unsupported value "blog" (supported: official-statement-digest, commentary, legal-analysis, news-report, policy-analysis, official-text, coder-notes)`)
	assert.Contains(t, err.Error(), "already defined at documents.json:3:12")
}

func TestLoadMalformedFiles(t *testing.T) {
	tests := []struct {
		name  string
		fsys  fs.FS
		at    string
		kind  error
		exact string
	}{
		{"missing registry", fstest.MapFS{}, "documents.json:0:0", accord.ErrRequired, ""},
		{"syntax error", fstest.MapFS{"documents.json": {Data: []byte("{\n  \"documents\": [,]\n}")}}, "documents.json:2:17", accord.ErrInvalid, ""},
		{"empty registry", fstest.MapFS{"documents.json": {Data: []byte(`{"documents": []}`)}}, "documents.json:1:15", accord.ErrRequired, ""},
		{"wrong shape", fstest.MapFS{"documents.json": {Data: []byte(`{"documents": {}}`)}}, "documents.json:1:15", accord.ErrInvalid, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(tt.fsys)
			assert.Nil(t, c)
			got := problems(t, err)
			require.NotEmpty(t, got)
			assert.Equal(t, tt.at, got[0].at)
			assert.ErrorIs(t, got[0].kind, tt.kind)
		})
	}
}

func TestLoaderReferencesAndPerArticleFiles(t *testing.T) {
	// A per-article directory exercised through the loader itself, with a
	// record type of the test's own: its file must name a registered
	// document, its citations must cite that document, ids are unique
	// across files, and references must resolve.
	type claim struct {
		ID       string            `json:"id"`
		About    string            `json:"about"`
		Evidence []accord.Citation `json:"evidence"`
	}
	type claimsFile struct {
		Document string  `json:"document"`
		Claims   []claim `json:"claims"`
	}
	fsys := seedFS(t, map[string]string{
		"claims/rusi-neutrality-chimera.json": `{"document": "rusi-neutrality-chimera", "claims": [
  {"id": "c1", "about": "c2", "evidence": [{"doc": "rusi-neutrality-chimera", "anchor": "x"}]},
  {"id": "c2", "about": "nobody", "evidence": [{"doc": "lawfare-armed-neutrality", "anchor": "y"}]}
]}`,
		"claims/no-such-document.json": `{"document": "rusi-neutrality-chimera", "claims": [
  {"id": "c1", "about": "c1", "evidence": []}
]}`,
	})
	l := &loader{fsys: fsys, ids: map[string]map[string]site{}}
	c := &Corpus{}
	c.loadDocuments(l)
	var visited []string
	perArticle(l, "claims", func(f *file, v *claimsFile) {
		for i, cl := range v.Claims {
			l.define("claim", cl.ID, f, "claims", i)
		}
		// A claim may be about one defined later in its file.
		for i, cl := range v.Claims {
			l.ref("claim", cl.About, f, accord.NewPath("claims").Index(i).Child("about"))
		}
		visited = append(visited, f.doc)
	})
	err := l.finish()
	assert.Equal(t, []string{"no-such-document", "rusi-neutrality-chimera"}, visited, "files in name order")
	assert.Equal(t, []problem{
		{"claims/no-such-document.json:1:14", "document", accord.ErrInvalid},              // must equal the file name
		{"claims/no-such-document.json:1:14", "document", accord.ErrNotFound},             // and the file names no document
		{"claims/rusi-neutrality-chimera.json:2:10", "claims[0].id", accord.ErrDuplicate}, // c1 is defined first in the file visited first
		{"claims/rusi-neutrality-chimera.json:3:25", "claims[1].about", accord.ErrNotFound},
		{"claims/rusi-neutrality-chimera.json:3:56", "claims[1].evidence[0].doc", accord.ErrInvalid}, // cites another article
	}, problems(t, err))
}

func TestLoaderRegistryFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"present.json":     {Data: []byte(`{"n": 1}`)},
		"broken.json":      {Data: []byte(`{"n": }`)},
		"both.json":        {Data: []byte(`{"n": 1}`)},
		"both/b.json":      {Data: []byte(`{"n": 3}`)},
		"both/a.json":      {Data: []byte(`{"n": 2}`)},
		"folder/x.json":    {Data: []byte(`{"n": 4}`)},
		"folder/notes.txt": {Data: []byte(`not data`)},
	}
	type content struct {
		N int `json:"n"`
	}
	tests := []struct {
		base     string
		required bool
		decoded  []int  // the values decoded, in the order of the calls
		problem  string // the file of the one problem reported, if any
	}{
		{base: "absent"},
		{base: "absent", required: true, problem: "absent.json"},
		{base: "present", decoded: []int{1}},
		{base: "broken", problem: "broken.json"},
		{base: "both", required: true, decoded: []int{1, 2, 3}},
		{base: "folder", required: true, decoded: []int{4}, problem: "folder/notes.txt"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/required=%v", tt.base, tt.required), func(t *testing.T) {
			l := &loader{fsys: fsys, ids: map[string]map[string]site{}}
			var got []int
			registryFiles(l, tt.base, tt.required, func(_ *file, v *content) { got = append(got, v.N) })
			assert.Equal(t, tt.decoded, got)
			err := l.finish()
			if tt.problem == "" {
				assert.NoError(t, err)
				return
			}
			var list accord.ErrorList
			require.ErrorAs(t, err, &list)
			require.Len(t, list, 1)
			assert.Equal(t, tt.problem, list[0].File)
		})
	}
}

// TestLoadReportsFourKindsOfProblemAtOnce is the loader's contract in one
// load: an unknown field, a duplicate id, an unsupported enum value and a
// dangling reference, in two files, all in one error, each with its file,
// line:column and record path.
func TestLoadReportsFourKindsOfProblemAtOnce(t *testing.T) {
	fsys := fstest.MapFS{
		"documents.json": {Data: []byte(`{"documents": [
  {"id": "memo", "title": "A memo", "kind": "commentary", "file": "memo.txt",
   "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
   "words": 12, "summary": "A memo.", "pages": 3}
]}`)},
		"actors.json": {Data: []byte(`{"actors": [
  {"id": "ruritania", "kind": "state", "name": "Ruritania", "summary": "A state.",
   "evidence": [{"doc": "memo", "anchor": "a memo"}]},
  {"id": "ruritania", "kind": "kingdom", "name": "Ruritania Again", "summary": "A state.",
   "evidence": [{"doc": "no-such-memo", "anchor": "a memo"}]}
]}`)},
	}
	_, err := Load(fsys)
	require.Error(t, err)
	assert.Equal(t, []problem{
		{"actors.json:4:10", "actors[1].id", accord.ErrDuplicate},
		{"actors.json:4:31", "actors[1].kind", accord.ErrNotSupported},
		{"actors.json:5:25", "actors[1].evidence[0].doc", accord.ErrNotFound},
		{"documents.json:4:39", "documents[0].pages", accord.ErrUnknownField},
	}, problems(t, err))
	msg := err.Error()
	assert.Contains(t, msg, "4 problems:")
	assert.Contains(t, msg, "already defined at actors.json:2:10", "a duplicate says where the first one is")
	assert.Contains(t, msg, `actors.json:5:25: actors[1].evidence[0].doc: not found "no-such-memo"`)
}

// TestLoadIsDeterministic loads a corpus with problems in many files
// again and again: the problems must come out the same every time, and a
// duplicate id across files must be reported against the first file in
// name order.
func TestLoadIsDeterministic(t *testing.T) {
	firstID := regexp.MustCompile(`"id": "[^"]+"`)
	replace := map[string]string{}
	require.NoError(t, fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		if err != nil {
			return err
		}
		text := string(data)
		switch path.Dir(p) {
		case "positions":
			// The same position id in every file.
			loc := firstID.FindStringIndex(text)
			require.NotNil(t, loc, p)
			text = text[:loc[0]] + `"id": "same-position"` + text[loc[1]:]
		case "neutrality":
			text = strings.ReplaceAll(text, `"ukraine"`, `"no-such-state"`)
		}
		if p == "instruments.json" || p == "settlements.json" {
			text = strings.Replace(text, `"russia"`, `"no-such-actor"`, 3)
		}
		replace[p] = text
		return nil
	}))
	fsys := seedFS(t, replace)

	_, err := Load(fsys)
	require.Error(t, err)
	want := err.Error()
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	files := map[string]int{}
	for _, e := range list {
		files[e.File]++
	}
	require.GreaterOrEqual(t, len(files), 8, "problems in many files: %v", files)
	assert.Contains(t, want, `positions/kyiv-official-stance.json:`)
	assert.Contains(t, want, `positions/zelenskyy-army-limits-report.json:5:13: positions[0].id: duplicate value "same-position": this position id is already defined at positions/hiia-security-guarantees.json:5:13`)
	assert.NotContains(t, want, `positions/hiia-security-guarantees.json:5:13: positions[0].id: duplicate`, "the first file in name order holds the first definition")

	for range 20 {
		_, err := Load(fsys)
		require.Error(t, err)
		require.Equal(t, want, err.Error())
	}
}
