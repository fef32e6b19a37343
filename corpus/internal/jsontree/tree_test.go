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

// lineCol returns the line and column of offset in text.
func lineCol(text string, offset int) [2]int {
	line, col := NewLines(text).Pos(offset)
	return [2]int{line, col}
}

func TestParseAndLocate(t *testing.T) {
	root, dups, err := Parse(sample)
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
		{"documentsX", 1, 1},            // a longer name is another field
		{"documents[x]", 2, 16},         // not an index: the list
		{"documents[0", 2, 16},          // unclosed bracket: as far as it got
		{`documents[0]["kind"]`, 3, 25}, // a quoted key selects a member
	}
	for _, tt := range tests {
		assert.Equal(t, [2]int{tt.line, tt.col}, lineCol(sample, root.Locate(accord.Path{}, accord.NewPath(tt.path))), "Locate(%q)", tt.path)
	}
	// Below a base path, the paths start with the base.
	base := accord.NewPath("file")
	assert.Equal(t, [2]int{3, 25}, lineCol(sample, root.Locate(base, accord.NewPath("file.documents[0].kind"))))
	assert.Equal(t, [2]int{1, 1}, lineCol(sample, root.Locate(base, accord.NewPath("documents[0].kind"))), "a path outside the base is the root")
}

func TestParseDuplicateKeys(t *testing.T) {
	data := []byte("{\"a\": 1,\n \"a\": 2, \"b\": {\"c\": 1, \"c\": 3}}")
	root, dups, err := Parse(string(data))
	require.NoError(t, err)
	require.Len(t, dups, 2)
	assert.Equal(t, "a", dups[0].Err.Path.String())
	assert.ErrorIs(t, dups[0].Err, accord.ErrDuplicate)
	assert.Equal(t, [2]int{2, 2}, lineCol(string(data), dups[0].Offset))
	assert.Equal(t, "b.c", dups[1].Err.Path.String())
	assert.Equal(t, "1", root.Get("a").Text, "the first occurrence is kept")
}

// TestParseDuplicateKeyPaths checks the paths and places of duplicate keys
// at every depth, that the tree is the same as without the duplicate, and that a syntax error
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
			tree, dups, err := Parse(tt.in)
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
				paths = append(paths, d.Err.Path.String())
				at = append(at, d.Offset)
			}
			assert.Equal(t, tt.paths, paths)
			assert.Equal(t, tt.at, at)
			want, wantDups, err := Parse(tt.same)
			require.NoError(t, err)
			require.Empty(t, wantDups)
			assert.Equal(t, shape(want), shape(tree), "the tree is the one without the repeated keys")
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
			_, _, err := Parse(tt.in)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tt.line, lineCol(tt.in, se.Offset)[0])
		})
	}
}

func TestLines(t *testing.T) {
	lines := NewLines("ab\ncd\n")
	for _, tt := range []struct{ off, line, col int }{{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {6, 3, 1}, {99, 3, 1}, {-4, 1, 1}} {
		line, col := lines.Pos(tt.off)
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, "Lines.Pos at offset %d", tt.off)
	}
	line, col := NewLines("").Pos(0)
	assert.Equal(t, [2]int{1, 1}, [2]int{line, col})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{sample, `{"a":1,"a":2}`, `[1,2,`, `{"x":{"y":[{"z":null}]}}`, `"s"`, `1e400`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		root, _, err := Parse(s)
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
		for _, p := range decodeAll(root, &v, accord.Path{}) {
			if p.Err == nil || p.Offset < 0 || p.Offset > len(s) {
				t.Fatalf("bad problem %+v for %q", p, s)
			}
			if off := root.Locate(accord.Path{}, p.Err.Path); off < 0 || off > len(s) {
				t.Fatalf("Locate(%q) = %d, outside %q", p.Err.Path, off, s)
			}
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
			if _, _, err := Parse(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestParseBigText parses and decodes a text of more than 1 MiB and
// checks every value and a position on its last line.
func TestParseBigText(t *testing.T) {
	note := strings.Repeat("a coder's remark ", 10)
	var b strings.Builder
	b.WriteString(`{"items": [`)
	for i := 0; b.Len() < 1<<20+1000; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"id": "item-%d", "n": %d, "tags": ["a", "b\u00e9"], "ok": %v, "note": "%s"}`, i, i, i%2 == 0, note)
	}
	b.WriteString("]}")
	text := b.String()
	require.Greater(t, len(text), 1<<20)

	root, dups, err := Parse(text)
	require.NoError(t, err)
	require.Empty(t, dups)

	var got struct {
		Items []struct {
			ID   string   `json:"id"`
			N    int      `json:"n"`
			Tags []string `json:"tags"`
			OK   bool     `json:"ok"`
			Note string   `json:"note"`
		} `json:"items"`
	}
	require.Empty(t, decodeAll(root, &got, accord.Path{}))
	require.NotEmpty(t, got.Items)
	for i, it := range got.Items {
		require.Equal(t, fmt.Sprintf("item-%d", i), it.ID)
		require.Equal(t, i, it.N)
		require.Equal(t, []string{"a", "bé"}, it.Tags)
		require.Equal(t, i%2 == 0, it.OK)
		require.Equal(t, note, it.Note)
	}
	last := len(got.Items) - 1
	line, col := NewLines(text).Pos(root.Locate(accord.Path{}, accord.NewPath(fmt.Sprintf("items[%d].n", last))))
	assert.Equal(t, last+1, line)
	assert.Equal(t, strings.Index(text[strings.LastIndexByte(text, '\n')+1:], `"n": `)+6, col)
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

// locateByScan is the first implementation of Locate, which renders the
// path of every member and element on the way and compares it with the
// path sought: quadratic in the length of an array, but plainly right.
// Locate must agree with it.
func locateByScan(n *Node, base, at accord.Path) int {
	path := at.String()
	t := n.t
	var buf []byte
	below := func(c accord.Path) bool {
		buf, _ = c.AppendText(buf[:0])
		rest, ok := strings.CutPrefix(path, string(buf))
		return ok && (rest == "" || rest[0] == '.' || rest[0] == '[')
	}
	for cur, at := &t.nodes[n.i], base; ; {
		if at.String() == path {
			return int(cur.off)
		}
		next := int32(-1)
		switch cur.kind {
		case Object:
			for j := cur.a; j < cur.a+cur.b && next < 0; j += 2 {
				key := t.text(&t.nodes[j])
				if c := at.Child(key); below(c) {
					next, at = j+1, c
				} else if c := at.Key(key); below(c) {
					next, at = j+1, c
				}
			}
		case Array:
			for j := int32(0); j < cur.b && next < 0; j++ {
				if c := at.Index(int(j)); below(c) {
					next, at = cur.a+j, c
				}
			}
		}
		if next < 0 {
			return int(cur.off)
		}
		cur = &t.nodes[next]
	}
}

// FuzzLocate: Locate agrees with locateByScan on any text and path, and
// on the paths of the text's own values.
func FuzzLocate(f *testing.F) {
	for _, s := range []string{"documents[1].tags[\"x\"]", "documents[0]", "", "documents[01]", "documents[0][\"kind\"]", ".x", "[0]"} {
		f.Add(sample, s)
	}
	f.Add(`{"": {"": [1]}, "a.b": 1, "a": {"b": 2}}`, "a.b")
	f.Add(`[[0, {"x": [1]}]]`, "[0][1].x[0]")
	f.Fuzz(func(t *testing.T, text, path string) {
		root, _, err := Parse(text)
		if err != nil {
			return
		}
		for _, base := range []accord.Path{{}, accord.NewPath("file")} {
			p := accord.NewPath(path)
			if base != (accord.Path{}) {
				p = accord.NewPath("file." + path)
			}
			if got, want := root.Locate(base, p), locateByScan(root, base, p); got != want {
				t.Fatalf("Locate(%q, %q) = %d, by scan %d, in %q", base, p, got, want, text)
			}
		}
	})
}

// TestElemOffset: an element's offset is the one Index gives, without a
// Node; -1 for an element that does not exist or a value that is not an
// array.
func TestElemOffset(t *testing.T) {
	root, _, err := Parse(`{"list": [1, {"a": 2}, [3], "x"], "n": 4}`)
	require.NoError(t, err)
	list := root.Get("list")
	for i := range list.Len() {
		assert.Equal(t, list.Index(i).Offset, list.ElemOffset(i), "element %d", i)
	}
	tests := []struct {
		name string
		n    *Node
		i    int
	}{
		{"past the end", list, list.Len()},
		{"negative", list, -1},
		{"not an array", root, 0},
		{"a number", root.Get("n"), 0},
		{"nil", nil, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, -1, tt.n.ElemOffset(tt.i), tt.name)
	}
}
