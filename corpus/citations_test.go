package corpus

import (
	"cmp"
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
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
		var got actors.Citation
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
		First  actors.Citation `json:"first"`
		Second actors.Citation `json:"second"`
		Only   actors.Citation `json:"only"`
	}
	l := newLoader(fsys)
	var b file
	jb := l.spawnFile("b.json", false, func(j *loader) {
		require.True(t, j.decode(&b))
		j.citeAll("b.json", actors.NewPath("second"), []actors.Citation{b.Second})
	})
	l.spawnFile("a.json", false, func(j *loader) {
		var a file
		require.True(t, j.decode(&a))
		j.citeAll("a.json", actors.NewPath("only"), []actors.Citation{a.Only})
	})
	l.after([]*loader{jb}, func(j *loader) {
		j.citeAll("b.json", actors.NewPath("first"), []actors.Citation{b.First})
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
