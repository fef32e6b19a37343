package jsontree

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/seeds"
)

const sample = `{
  "documents": [
    {"id": "a", "kind": "commentary"},
    {
      "id": "b",
      "tags": {"x": 1}
    }
  ]
}`

func TestParseAndLocate(t *testing.T) {
	root, dups, err := Parse([]byte(sample))
	require.NoError(t, err)
	require.Empty(t, dups)
	tests := []struct {
		path      string
		line, col int
	}{
		{"", 1, 1},
		{"documents", 2, 16},
		{"documents[0]", 3, 5},
		{"documents[0].kind", 3, 25},
		{"documents[1].id", 5, 13},
		{`documents[1].tags["x"]`, 6, 21},
		{"documents[1].summary", 4, 5}, // missing: the record that lacks it
		{"documents[7]", 2, 16},        // out of range: the list
		{"nothing.here", 1, 1},
		{".documents[0]", 3, 5},         // a leading dot is skipped
		{"documents[x]", 2, 16},         // not an index: the list
		{"documents[0", 2, 16},          // unclosed bracket: as far as it got
		{`documents[0]["kind"]`, 3, 25}, // a quoted key selects a member
	}
	tree, _, err := ParseTree(sample)
	require.NoError(t, err)
	for _, tt := range tests {
		line, col := LineCol([]byte(sample), root.Locate(tt.path))
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, "Node.Locate(%q)", tt.path)
		line, col = LineCol([]byte(sample), tree.Locate(tt.path))
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, "Tree.Locate(%q)", tt.path)
	}
}

func TestParseDuplicateKeys(t *testing.T) {
	data := []byte("{\"a\": 1,\n \"a\": 2, \"b\": {\"c\": 1, \"c\": 3}}")
	root, dups, err := Parse(data)
	require.NoError(t, err)
	require.Len(t, dups, 2)
	assert.Equal(t, "a", dups[0].Err.Path)
	assert.ErrorIs(t, dups[0].Err, accord.ErrDuplicate)
	line, col := LineCol(data, dups[0].Offset)
	assert.Equal(t, [2]int{2, 2}, [2]int{line, col})
	assert.Equal(t, "b.c", dups[1].Err.Path)
	assert.Equal(t, "1", root.Get("a").Text, "the first occurrence is kept")
}

// TestParseDuplicateKeyPaths checks the paths and places of duplicate keys
// at every depth (they are found in a second pass that keeps paths), that
// the tree is the same as without the duplicate, and that a syntax error
// anywhere wins over duplicates.
func TestParseDuplicateKeyPaths(t *testing.T) {
	tests := []struct {
		name, in string
		paths    []string
		at       []int // offsets of the repeated keys
		same     string
		syntax   bool
	}{
		{name: "in a list", in: `{"l": [{"k": 1}, {"k": 2, "k": 3}]}`, paths: []string{"l[1].k"}, at: []int{26}, same: `{"l": [{"k": 1}, {"k": 2}]}`},
		{name: "deep and twice", in: `[[{"a": {"b": 1, "b": 2}}], {"x": 0, "x": 0, "x": 0}]`, paths: []string{"[0][0].a.b", "[1].x", "[1].x"}, at: []int{17, 37, 45}, same: `[[{"a": {"b": 1}}], {"x": 0}]`},
		{name: "then a syntax error", in: `{"a": 1, "a": 2, }`, syntax: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, dups, err := ParseTree(tt.in)
			if tt.syntax {
				var se *SyntaxError
				require.ErrorAs(t, err, &se)
				assert.Nil(t, tree)
				assert.Nil(t, dups)
				return
			}
			require.NoError(t, err)
			var paths []string
			var at []int
			for _, d := range dups {
				paths = append(paths, d.Err.Path)
				at = append(at, d.Offset)
			}
			assert.Equal(t, tt.paths, paths)
			assert.Equal(t, tt.at, at)
			want, wantDups, err := ParseTree(tt.same)
			require.NoError(t, err)
			require.Empty(t, wantDups)
			assert.Equal(t, shape(want.Node()), shape(tree.Node()), "the tree is the one without the repeated keys")
		})
	}
}

func TestParseSyntaxErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
	}{
		{"trailing comma", "{\n  \"a\": 1,\n}", 3, 1},
		{"unterminated", "{\"a\": [1, 2", 1, 12},
		{"two values", "{} {}", 1, 4},
		{"bad literal", "[tru]", 1, 5},
		{"empty", "", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse([]byte(tt.in))
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			line, _ := LineCol([]byte(tt.in), se.Offset)
			assert.Equal(t, tt.line, line)
		})
	}
}

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncd\n")
	lines := NewLines(data)
	for _, tt := range []struct{ off, line, col int }{{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {6, 3, 1}, {99, 3, 1}, {-4, 1, 1}} {
		line, col := LineCol(data, tt.off)
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, "LineCol at offset %d", tt.off)
		line, col = lines.Pos(tt.off)
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, "Lines.Pos at offset %d", tt.off)
	}
	empty := NewLines(nil)
	line, col := empty.Pos(0)
	assert.Equal(t, [2]int{1, 1}, [2]int{line, col})
}

// TestLineCursor: a cursor agrees with Lines.Pos on offsets in any
// order, ascending (the fast path), repeated or going back.
func TestLineCursor(t *testing.T) {
	data := "ab\ncd\n\nefg\nh"
	lines := NewLinesString(data)
	offsets := []int{-2, 0, 1, 2, 3, 3, 5, 6, 7, 8, 12, 13, 14, 99, 4, 0, 9, 2, 13}
	cur := NewLineCursor(data)
	for _, off := range offsets {
		wantLine, wantCol := lines.Pos(off)
		line, col := cur.Pos(off)
		assert.Equal(t, [2]int{wantLine, wantCol}, [2]int{line, col}, "Pos(%d)", off)
	}
	var zero LineCursor
	line, col := zero.Pos(3)
	assert.Equal(t, [2]int{1, 1}, [2]int{line, col}, "the zero cursor is for the empty text")
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{sample, `{"a":1,"a":2}`, `[1,2,`, `{"x":{"y":[{"z":null}]}}`, `"s"`, `1e400`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		root, _, err := Parse([]byte(s))
		if err != nil {
			return
		}
		var v struct {
			Documents []struct {
				ID   string            `json:"id"`
				Tags map[string]int    `json:"tags"`
				Sub  *struct{ X bool } `json:"sub"`
			} `json:"documents"`
		}
		for _, p := range Decode(root, &v, accord.Path{}) {
			if p.Err == nil || p.Offset < 0 || p.Offset > len(s) {
				t.Fatalf("bad problem %+v for %q", p, s)
			}
			root.Locate(p.Err.Path)
		}
	})
}

// BenchmarkParse parses every data file of the embedded corpus, as the
// corpus loader does; MB/s is JSON text parsed per second.
func BenchmarkParse(b *testing.B) {
	var texts []string
	size := 0
	err := fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		texts = append(texts, string(data))
		size += len(data)
		return err
	})
	require.NoError(b, err)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, _, err := ParseTree(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestNodeClass(t *testing.T) {
	tests := []struct{ n, class int }{
		{0, minNodeClass}, {1, minNodeClass}, {256, 8}, {257, 9}, {512, 9}, {513, 10},
		{1 << 16, 16}, {1<<16 + 1, 17},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.class, nodeClass(tt.n), "n=%d", tt.n)
		if tt.class <= maxNodeClass {
			b := getNodes(tt.n)
			assert.Equal(t, 1<<tt.class, cap(b), "n=%d", tt.n)
			assert.Empty(t, b)
		}
	}
	assert.Equal(t, 1<<16+1, cap(getNodes(1<<16+1)), "a slice above the largest class is made to measure")
}

// TestTreeRelease parses, releases and parses again: a later tree may reuse
// the nodes of a released one, and must not see anything of it.
func TestTreeRelease(t *testing.T) {
	texts := []string{sample, `[1, 2, {"a": "b"}]`, `{"x": [true, null, "y"]}`, sample}
	for round := range 3 {
		for _, text := range texts {
			tree, dups, err := ParseTree(text)
			require.NoError(t, err)
			require.Empty(t, dups)
			want, _, err := ParseString(text) // never released
			require.NoError(t, err)
			assert.Equal(t, want.tree.nodes, tree.nodes, "round %d: %s", round, text)
			assert.Equal(t, want.tree.Locate("documents[1].id"), tree.Locate("documents[1].id"))
			tree.Release()
			assert.Nil(t, tree.nodes, "a released tree holds no nodes")
			tree.Release() // twice is harmless
		}
	}
	var nilTree *Tree
	nilTree.Release()
}

// TestParseBigText parses a text above bigText, whose nodes go to a slice
// sized from the text rather than through the pooled buffers, and checks
// every value and a position.
func TestParseBigText(t *testing.T) {
	note := strings.Repeat("a coder's remark ", 10)
	var b strings.Builder
	b.WriteString(`{"items": [`)
	for i := 0; b.Len() < bigText+1000; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		// As dense as the data files (about 18 bytes per value), so
		// the slice sized from the text holds every node.
		fmt.Fprintf(&b, `{"id": "item-%d", "n": %d, "tags": ["a", "b\u00e9"], "ok": %v, "note": "%s"}`, i, i, i%2 == 0, note)
	}
	b.WriteString("]}")
	text := b.String()
	require.GreaterOrEqual(t, len(text), bigText)

	tree, dups, err := ParseTree(text)
	require.NoError(t, err)
	require.Empty(t, dups)
	assert.Equal(t, len(text)/bytesPerNode+1, cap(tree.nodes), "the nodes went to a slice sized from the text")

	var got struct {
		Items []struct {
			ID   string   `json:"id"`
			N    int      `json:"n"`
			Tags []string `json:"tags"`
			OK   bool     `json:"ok"`
			Note string   `json:"note"`
		} `json:"items"`
	}
	require.Empty(t, tree.Decode(&got, accord.Path{}))
	require.NotEmpty(t, got.Items)
	for i, it := range got.Items {
		require.Equal(t, fmt.Sprintf("item-%d", i), it.ID)
		require.Equal(t, i, it.N)
		require.Equal(t, []string{"a", "bé"}, it.Tags)
		require.Equal(t, i%2 == 0, it.OK)
		require.Equal(t, note, it.Note)
	}
	last := len(got.Items) - 1
	line, col := NewLinesString(text).Pos(tree.Locate(fmt.Sprintf("items[%d].n", last)))
	assert.Equal(t, last+1, line)
	assert.Equal(t, strings.Index(text[strings.LastIndexByte(text, '\n')+1:], `"n": `)+6, col)
	tree.Release()
}

// shape renders a parsed value without its offsets, to compare trees of
// different texts.
func shape(n *Node) string {
	switch n.Kind {
	case Object:
		var b strings.Builder
		b.WriteString("{")
		for _, f := range n.Fields {
			b.WriteString(f.Key + ":" + shape(f.Value) + ",")
		}
		return b.String() + "}"
	case Array:
		var b strings.Builder
		b.WriteString("[")
		for _, e := range n.Elems {
			b.WriteString(shape(e) + ",")
		}
		return b.String() + "]"
	case Bool:
		return fmt.Sprint(n.Bool)
	}
	return n.Kind.String() + ":" + n.Text
}
