package corpus

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/internal/jsontree"
	"github.com/accordmodel/accord/seeds"
)

// TestCitationsInFileOrder checks what Corpus.Citations promises of the
// embedded corpus: the citations in file and line order, each at the line
// and column where its object starts in the file and at the path of that
// object, which holds the citation.
func TestCitationsInFileOrder(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	all := slices.Collect(c.Citations())
	require.NotEmpty(t, all)
	assert.True(t, slices.IsSortedFunc(all, func(a, b Cited) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	}), "citations are in file and line order")
	type file struct {
		text  string
		root  *jsontree.Node
		lines jsontree.Lines
	}
	files := map[string]file{}
	for _, ct := range all {
		f, ok := files[ct.File]
		if !ok {
			b, err := fs.ReadFile(seeds.FS(), ct.File)
			require.NoError(t, err)
			f.text = string(b)
			f.root, _, err = jsontree.Parse(f.text)
			require.NoError(t, err)
			f.lines = jsontree.NewLines(f.text)
			files[ct.File] = f
		}
		assert.Regexp(t, `evidence\[\d+\]$`, ct.Path)
		off := f.root.Locate(accord.Path{}, ct.Path)
		line, col := f.lines.Pos(off)
		require.Equal(t, [2]int{line, col}, [2]int{ct.Line, ct.Column}, "%s: %s", ct.File, ct.Path)
		// A citation object holds no other object: it ends at the first '}'.
		end := strings.IndexByte(f.text[off:], '}')
		require.Positive(t, end, "%s:%d:%d", ct.File, ct.Line, ct.Column)
		var got accord.Citation
		require.NoError(t, json.Unmarshal([]byte(f.text[off:off+end+1]), &got), "%s:%d:%d", ct.File, ct.Line, ct.Column)
		assert.Equal(t, ct.Citation, got, "%s:%d:%d: %s", ct.File, ct.Line, ct.Column, ct.Path)
	}
}

// TestEveryCitationIsRecorded proves that the corpus records every
// citation of the data: it walks the raw JSON of every data file
// generically, counts the entries of every "evidence" list, and compares
// them, file by file and by document and anchor, with what
// Corpus.Citations returns.
func TestEveryCitationIsRecorded(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	type key struct{ file, doc, anchor string }
	inFiles := map[key]int{}
	total := 0
	var walk func(file string, v any)
	walk = func(file string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if ev, ok := x.([]any); ok && k == "evidence" {
					for _, e := range ev {
						m, ok := e.(map[string]any)
						require.True(t, ok, "%s: an evidence entry is an object", file)
						doc, _ := m["doc"].(string)
						anchor, _ := m["anchor"].(string)
						inFiles[key{file, doc, anchor}]++
						total++
					}
				}
				walk(file, x)
			}
		case []any:
			for _, x := range v {
				walk(file, x)
			}
		}
	}
	_, dataFiles := seedFiles(t)
	for _, name := range dataFiles {
		data, err := fs.ReadFile(seeds.FS(), name)
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(data, &v), name)
		walk(name, v)
	}
	require.Greater(t, total, 1000, "the data cites its sources more than a thousand times")
	recorded := map[key]int{}
	n := 0
	for ct := range c.Citations() {
		recorded[key{ct.File, ct.Doc, ct.Anchor}]++
		n++
	}
	assert.Equal(t, total, n, "as many citations recorded as evidence entries in the files")
	var differ []string
	for k, want := range inFiles {
		if got := recorded[k]; got != want {
			differ = append(differ, fmt.Sprintf("%s cites %s %q %d times; recorded %d", k.file, k.doc, k.anchor, want, got))
		}
	}
	for k, got := range recorded {
		if _, ok := inFiles[k]; !ok {
			differ = append(differ, fmt.Sprintf("%s does not cite %s %q; recorded %d", k.file, k.doc, k.anchor, got))
		}
	}
	slices.Sort(differ)
	assert.Empty(t, differ, "the same citations, file by file")
}
