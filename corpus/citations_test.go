package corpus

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unsafe"

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
			f.root, _, err = jsontree.ParseString(f.text)
			require.NoError(t, err)
			f.lines = jsontree.NewLinesString(f.text)
			files[ct.File] = f
		}
		assert.Regexp(t, `evidence\[\d+\]$`, ct.Path)
		off := f.root.Locate(ct.Path)
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

// TestPermute checks the in-place permutation finishCitations applies to
// a job's citations.
func TestPermute(t *testing.T) {
	tests := []struct {
		perm []int32
	}{
		{nil},
		{[]int32{0}},
		{[]int32{1, 0}},
		{[]int32{2, 0, 1}},
		{[]int32{0, 3, 1, 2, 5, 4}},
		{[]int32{7, 6, 5, 4, 3, 2, 1, 0}},
	}
	for _, tt := range tests {
		s := make([]string, len(tt.perm))
		want := make([]string, len(tt.perm))
		for i, p := range tt.perm {
			s[i] = string(rune('a' + i))
			want[i] = string(rune('a' + p))
		}
		permute(s, slices.Clone(tt.perm))
		assert.Equal(t, want, s, "%v", tt.perm)
	}
}

// TestCitationsOfOneFileFromTwoJobs checks the rare path of
// loader.citations: when a follow-up cites in a file another job decoded,
// the file's runs are merged into one, in line order, and files come in
// name order.
func TestCitationsOfOneFileFromTwoJobs(t *testing.T) {
	fsys := fstest.MapFS{
		"b.json": {Data: []byte("{\n  \"first\": {\"doc\": \"d\", \"anchor\": \"one\"},\n  \"second\": {\"doc\": \"d\", \"anchor\": \"two\"}\n}")},
		"a.json": {Data: []byte("{\"only\": {\"doc\": \"d\", \"anchor\": \"three\"}}")},
	}
	type file struct {
		First  accord.Citation `json:"first"`
		Second accord.Citation `json:"second"`
		Only   accord.Citation `json:"only"`
	}
	l := newLoader(fsys)
	var b file
	jb := l.spawnFile("b.json", false, func(j *loader) {
		require.True(t, j.decode(&b))
		j.citeAll("b.json", accord.NewPath("second"), []accord.Citation{b.Second})
	})
	l.spawnFile("a.json", false, func(j *loader) {
		var a file
		require.True(t, j.decode(&a))
		j.citeAll("a.json", accord.NewPath("only"), []accord.Citation{a.Only})
	})
	l.after([]*loader{jb}, func(j *loader) {
		j.citeAll("b.json", accord.NewPath("first"), []accord.Citation{b.First})
	})
	l.join()
	runs := l.citations()
	type at struct {
		file, path, anchor string
		line, col          int
	}
	var got [][]at
	for _, run := range runs {
		var r []at
		for _, ct := range run {
			r = append(r, at{ct.File, ct.Path, ct.Anchor, ct.Line, ct.Column})
		}
		got = append(got, r)
	}
	assert.Equal(t, [][]at{
		{{"a.json", "only[0]", "three", 1, 10}},
		{{"b.json", "first[0]", "one", 2, 12}, {"b.json", "second[0]", "two", 3, 13}},
	}, got)
}

// within reports whether s's bytes lie inside block's.
func within(s, block string) bool {
	if len(s) == 0 || len(block) == 0 {
		return false
	}
	p, start := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(block)))
	return p >= start && p+uintptr(len(s)) <= start+uintptr(len(block))
}

// The corpus keeps citations' path texts; the texts of definitions' and
// references' paths go with the load. They must not share blocks, or a
// block kept for a citation would keep the others' texts too.
func TestCitationPathsKeptApart(t *testing.T) {
	fsys := fstest.MapFS{"f.json": {Data: []byte(`{"ev": [{"doc": "d", "anchor": "one"}, {"doc": "d", "anchor": "two"}]}`)}}
	var cites, ops []string
	var citeBlock, opBlock string
	l := newLoader(fsys)
	l.spawnFile("f.json", false, func(j *loader) {
		var f struct {
			Ev []accord.Citation `json:"ev"`
		}
		require.True(t, j.decode(&f))
		for i, c := range f.Ev {
			p := accord.NewPath("ev").Index(i)
			j.define("thing", fmt.Sprint("t", i), "f.json", p.Child("id"))
			j.ref("other", "o", "f.json", p.Child("other"))
			j.cite("f.json", p, c)
		}
		for _, ct := range j.cites {
			cites = append(cites, ct.Path)
		}
		for _, o := range j.log {
			ops = append(ops, o.path)
		}
		citeBlock, opBlock = j.paths.String(), j.opPaths.String()
	})
	l.join()
	require.Equal(t, []string{"ev[0]", "ev[1]"}, cites)
	// Each citation also refers to its document, which no file defines
	// here.
	require.Equal(t, []string{"ev[0].id", "ev[0].other", "ev[0].doc", "ev[1].id", "ev[1].other", "ev[1].doc"}, ops)
	for _, s := range cites {
		assert.True(t, within(s, citeBlock), "citation path %q is in the citations' block", s)
		assert.False(t, within(s, opBlock), "citation path %q is in the definitions' block", s)
	}
	for _, s := range ops {
		assert.True(t, within(s, opBlock), "path %q is in the definitions' block", s)
		assert.False(t, within(s, citeBlock), "path %q is in the citations' block", s)
	}
}
