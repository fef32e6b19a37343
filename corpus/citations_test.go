package corpus

import (
	"cmp"
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
	"testing"

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
