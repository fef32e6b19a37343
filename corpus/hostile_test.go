package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing/fstest"

	"encoding/json"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/internal/jsontree"
	"github.com/stretchr/testify/assert"

	"github.com/stretchr/testify/require"
)

// oneRecord returns a data file with only the first record of each
// top-level list of data (and every other member as it is): a small file
// of the shape of the real one, for mutating at every level.
func oneRecord(tb testing.TB, data []byte) []byte {
	return keepOne(tb, data, func(list []json.RawMessage) json.RawMessage { return list[0] })
}

// smallestRecord is oneRecord keeping the shortest record of each list:
// the fuzz seeds, which the fuzzer mutates (and minimises) faster the
// shorter they are.
func smallestRecord(tb testing.TB, data []byte) []byte {
	return keepOne(tb, data, func(list []json.RawMessage) json.RawMessage {
		return slices.MinFunc(list, func(a, b json.RawMessage) int { return len(a) - len(b) })
	})
}

// keepOne returns data with each top-level list of more than one element
// cut to the element pick chooses.
func keepOne(tb testing.TB, data []byte, pick func([]json.RawMessage) json.RawMessage) []byte {
	tb.Helper()
	var top map[string]json.RawMessage
	require.NoError(tb, json.Unmarshal(data, &top))
	for k, v := range top {
		var list []json.RawMessage
		if json.Unmarshal(v, &list) == nil && len(list) > 1 {
			one, err := json.Marshal([]json.RawMessage{pick(list)})
			require.NoError(tb, err)
			top[k] = one
		}
	}
	out, err := json.MarshalIndent(top, "", "  ")
	require.NoError(tb, err)
	return out
}

// oneRecordFS returns the real document registry and the one-record
// version of the data file name (see oneRecord): a corpus small enough to
// load thousands of times, in which name can be mutated.
func oneRecordFS(tb testing.TB, name string) fstest.MapFS {
	tb.Helper()
	fsys, _ := seedFiles(tb)
	m := fstest.MapFS{"documents.json": fsys["documents.json"]}
	m[name] = &fstest.MapFile{Data: oneRecord(tb, fsys[name].Data)}
	return m
}

// with returns a copy of fsys with the file name holding data.
func with(fsys fstest.MapFS, name string, data []byte) fstest.MapFS {
	m := maps.Clone(fsys)
	m[name] = &fstest.MapFile{Data: data}
	return m
}

// allocated returns the bytes load allocated and its result.
func allocated(load func() error) (uint64, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	err := load()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, err
}

// at returns "file:line:col" of a problem.
func at(e *accord.FieldError) string { return fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column) }

const oneDocument = `{"documents": [{"id": "a", "title": "A", "kind": "commentary", "file": "a.txt",
  "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "words": 1, "summary": "s"}]}`

// TestHostileDocumentRegistry feeds a document registry every class of
// hostile or careless input: each load fails (never panics) with the
// problem named where it is, as the only problem when the file cannot be
// parsed, allocating at most 8 bytes per byte of input (plus 1 MB) and
// never quoting a huge value back.
func TestHostileDocumentRegistry(t *testing.T) {
	_, err := Load(fstest.MapFS{"documents.json": {Data: []byte(oneDocument)}})
	require.NoError(t, err, "the unmutated registry loads")
	huge := strings.Repeat("a", 16<<20)
	big := LoadOptions{Limits: Limits{MaxStringBytes: 32 << 20}}
	replace := func(old, new string) string { return strings.Replace(oneDocument, old, new, 1) }
	tests := []struct {
		name string
		data string
		opts LoadOptions
		at   string // file:line:col of the first problem
		path string
		kind error
		rule error  // ErrLimit, or nil
		msg  string // in the first problem's message
		only bool   // the first problem is the only one
	}{
		{"two million [", strings.Repeat("[", 2_000_000), LoadOptions{}, "documents.json:1:129", "", accord.ErrInvalid, ErrLimit, "MaxDepth = 128", true},
		{"deep in a record", replace(`"words": 1`, `"words": `+strings.Repeat("[", 300)), LoadOptions{}, "documents.json:2:", "", accord.ErrInvalid, ErrLimit, "nested too deeply", true},
		{"depth raised", "[" + strings.Repeat(`{"a":`, 200), LoadOptions{Limits: Limits{MaxDepth: 1000}}, "documents.json:1:", "", accord.ErrInvalid, nil, "unexpected end of JSON input", true},
		{"16 MB summary", replace(`"summary": "s"`, `"summary": "`+huge+`"`), LoadOptions{}, "documents.json:2:", "documents[0].summary", accord.ErrInvalid, ErrLimit, "MaxStringBytes = 1048576", false},
		{"16 MB id", replace(`"id": "a"`, `"id": "`+huge+`"`), big, "documents.json:1:", "documents[0].id", accord.ErrInvalid, ErrLimit, "MaxIDBytes = 200", false},
		{"16 MB enum value", replace(`"kind": "commentary"`, `"kind": "`+huge+`"`), big, "documents.json:1:", "documents[0].kind", accord.ErrNotSupported, nil, "aaaa…", false},
		{"16 MB key", replace(`"words": 1`, `"words": 1, "`+huge+`": 1`), big, "documents.json:2:93", ("documents[0]." + huge)[:clipText] + "…", accord.ErrUnknownField, nil, "aaaa…", true},
		{"byte order mark", "\uFEFF" + oneDocument, LoadOptions{}, "documents.json:1:1", "", accord.ErrInvalid, nil, "byte order mark", true},
		{"NUL", oneDocument + "\x00", LoadOptions{}, "documents.json:2:", "", accord.ErrInvalid, nil, "NUL byte", true},
		{"UTF-16", "{\x00\"\x00", LoadOptions{}, "documents.json:1:2", "", accord.ErrInvalid, nil, "NUL byte", true},
		{"invalid UTF-8", replace(`"title": "A"`, "\"title\": \"A\xff\""), LoadOptions{}, "documents.json:1:39", "documents[0].title", accord.ErrInvalid, nil, "not UTF-8", true},
		{"escaped NUL", replace(`"summary": "s"`, `"summary": "s\u0000"`), LoadOptions{}, "documents.json:2:106", "documents[0].summary", accord.ErrInvalid, nil, "U+0000", true},
		{"raw control character", replace(`"summary": "s"`, "\"summary\": \"s\x07\""), LoadOptions{}, "documents.json:2:106", "", accord.ErrInvalid, nil, "control character", true},
		{"lone surrogate", replace(`"title": "A"`, `"title": "\ud800"`), LoadOptions{}, "documents.json:1:38", "documents[0].title", accord.ErrInvalid, nil, "surrogate", true},
		{"integer underflow", replace(`"words": 1`, `"words": 1e-400`), LoadOptions{}, "documents.json:2:90", "documents[0].words", accord.ErrInvalid, nil, "integer", false},
		{"integer overflow", replace(`"words": 1`, `"words": 99999999999999999999`), LoadOptions{}, "documents.json:2:90", "documents[0].words", accord.ErrInvalid, nil, "integer", false},
		{"huge number literal", replace(`"words": 1`, `"words": 1`+strings.Repeat("0", 2<<20)), LoadOptions{}, "documents.json:2:90", "documents[0].words", accord.ErrInvalid, ErrLimit, "number literal", false},
		{"empty", "", LoadOptions{}, "documents.json:1:1", "", accord.ErrInvalid, nil, "unexpected end", true},
		{"blank", " \n\t ", LoadOptions{}, "documents.json:2:3", "", accord.ErrInvalid, nil, "unexpected end", true},
		{"trailing brace", oneDocument + "}", LoadOptions{}, "documents.json:2:", "", accord.ErrInvalid, nil, "after top-level value", true},
		{"top-level array", `[]`, LoadOptions{}, "documents.json:1:1", "", accord.ErrInvalid, nil, "expected an object", true},
		{"top-level null", `null`, LoadOptions{}, "documents.json:1:1", "documents", accord.ErrRequired, nil, "at least one document", true},
		{"documents a string", `{"documents": "x"}`, LoadOptions{}, "documents.json:1:15", "documents", accord.ErrInvalid, nil, "expected an array", false},
		{"record a number", `{"documents": [1]}`, LoadOptions{}, "documents.json:1:16", "documents[0]", accord.ErrInvalid, nil, "expected an object", false},
		{"duplicate key", replace(`"words": 1`, `"words": 1, "words": 2`), LoadOptions{}, "documents.json:2:93", "documents[0].words", accord.ErrDuplicate, nil, "more than once", true},
		{"duplicate top key", oneDocument[:len(oneDocument)-1] + `, "documents": []}`, LoadOptions{}, "documents.json:2:", "documents", accord.ErrDuplicate, nil, "more than once", true},
		{"unknown member", replace(`"words": 1`, `"words": 1, "pages": 2`), LoadOptions{}, "documents.json:2:93", "documents[0].pages", accord.ErrUnknownField, nil, "known fields", true},
		{"unknown top member", `{"docs": []}`, LoadOptions{}, "documents.json:1:1", "documents", accord.ErrRequired, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"documents.json": {Data: []byte(tt.data)}}
			var c *Corpus
			bytes, err := allocated(func() (err error) {
				c, err = LoadWith(tt.opts, fsys)
				return err
			})
			assert.Nil(t, c)
			list := checkLoadWith(t, tt.opts, fsys, "documents.json")
			require.NotEmpty(t, list)
			first := list[0]
			assert.True(t, strings.HasPrefix(at(first), tt.at), "first problem at %s, want %s: %v", at(first), tt.at, first)
			assert.Equal(t, tt.path, first.Path.String())
			assert.ErrorIs(t, first, tt.kind)
			if tt.rule != nil {
				assert.ErrorIs(t, first, tt.rule)
				assert.ErrorIs(t, err, ErrLimit)
			} else {
				assert.NotErrorIs(t, err, ErrLimit)
			}
			assert.Contains(t, first.Error(), tt.msg)
			if tt.only {
				assert.Len(t, list, 1, "a file that does not parse, or has one problem, reports one: %v", err)
			}
			assert.Less(t, len(err.Error()), 64<<10, "no huge value is quoted back")
			assert.LessOrEqual(t, bytes, 8*uint64(len(tt.data))+1<<20, "allocated %d bytes for %d of input", bytes, len(tt.data))
		})
	}
}

// TestHostileFileDoesNotParse: a data file of the real corpus that does not
// parse (truncated anywhere, emptied, or with a brace appended, the last
// once 1,213 problems deep) yields exactly one problem, its syntax error,
// at a line and column inside it: the records the other files refer to
// are unknown, not missing.
func TestHostileFileDoesNotParse(t *testing.T) {
	fsys, names := seedFiles(t)
	cuts := 6
	if testing.Short() {
		cuts = 1
	}
	for _, name := range names {
		data := fsys[name].Data
		cases := map[string][]byte{"empty": {}, "brace appended": append(slices.Clip(data), '}')}
		for i := 1; i <= cuts; i++ {
			n := len(data) * i / (cuts + 1)
			cases[fmt.Sprintf("cut at %d", n)] = data[:n]
		}
		for what, bad := range cases {
			list := checkLoad(t, with(fsys, name, bad), name)
			if assert.Len(t, list, 1, "%s, %s: %v", name, what, list) {
				assert.Equal(t, name, list[0].File)
				assert.Contains(t, list[0].Detail, "malformed JSON")
			}
		}
	}
}

// values returns the offset and kind of every value of the JSON text
// data, and of every object the offset just after its '{'.
func values(tb testing.TB, data []byte) (vals []jsonValue) {
	tb.Helper()
	root, _, err := jsontree.Parse(string(data))
	require.NoError(tb, err)
	var walk func(n *jsontree.Node)
	walk = func(n *jsontree.Node) {
		vals = append(vals, jsonValue{n.Offset, n.Kind})
		for _, f := range n.Fields {
			walk(f.Value)
		}
		for _, e := range n.Elems {
			walk(e)
		}
	}
	walk(root)
	return vals
}

type jsonValue struct {
	off  int
	kind jsontree.Kind
}

// end returns where the JSON value starting at off in data ends.
func end(tb testing.TB, data []byte, off int) int {
	dec := json.NewDecoder(bytes.NewReader(data[off:]))
	var raw json.RawMessage
	require.NoError(tb, dec.Decode(&raw))
	return off + int(dec.InputOffset())
}

// splice returns data with data[from:to] replaced by s.
func splice(data []byte, from, to int, s string) []byte {
	return slices.Concat(data[:from], []byte(s), data[to:])
}

// TestHostileAtEveryLevel mutates each value of a one-record version of
// every data file: a value of the wrong JSON type, a key given twice and
// an unknown member in every object, a record given twice in every
// top-level list. Each load fails (never panics) with a problem at the
// mutated place, and every problem names file:line:col.
func TestHostileAtEveryLevel(t *testing.T) {
	_, names := seedFiles(t)
	other := map[jsontree.Kind]string{jsontree.String: "0", jsontree.Number: `"0"`, jsontree.Bool: `"x"`, jsontree.Array: "{}", jsontree.Object: "[]"}
	for _, name := range names {
		fsys := oneRecordFS(t, name)
		data := fsys[name].Data
		pos := func(off int) string {
			line, col := jsontree.NewLines(string(data)).Pos(off)
			return fmt.Sprintf("%s:%d:%d", name, line, col)
		}
		// expect fails t unless loading data mutated gives a problem of
		// kind at file:line:col where (of the mutated text).
		mutations := 0
		expect := func(what string, mutated []byte, where int, kind error) {
			t.Helper()
			mutations++
			list := checkLoad(t, with(fsys, name, mutated), name)
			line, col := jsontree.NewLines(string(mutated)).Pos(where)
			want := fmt.Sprintf("%s:%d:%d", name, line, col)
			for _, e := range list {
				if at(e) == want && errors.Is(e, kind) {
					return
				}
			}
			t.Errorf("%s: no %v problem at %s among %v", what, kind, want, list)
		}
		for _, v := range values(t, data) {
			if v.kind == jsontree.Null {
				continue
			}
			to := end(t, data, v.off)
			expect("wrong type at "+pos(v.off), splice(data, v.off, to, other[v.kind]), v.off, accord.ErrInvalid)
			if v.kind != jsontree.Object || data[v.off+1] == '}' {
				continue
			}
			// The first member, given twice; then an unknown member.
			key := v.off + 1 + len(data[v.off+1:]) - len(bytes.TrimLeft(data[v.off+1:], " \n"))
			member := string(data[key:end(t, data, end(t, data, key)+1+len(data[end(t, data, key)+1:])-len(bytes.TrimLeft(data[end(t, data, key)+1:], " ")))])
			expect("key twice at "+pos(key), splice(data, key, key, member+", "), key+len(member)+2, accord.ErrDuplicate)
			mutated := splice(data, key, key, `"zz_unknown": 0, `)
			list := checkLoad(t, with(fsys, name, mutated), name)
			assert.NotEmpty(t, list, "an unknown member at %s", pos(key))
		}
		// Every record of a top-level list, twice: the one record's id is
		// a duplicate.
		for _, v := range values(t, data)[1:] {
			if v.kind != jsontree.Array || !bytes.HasPrefix(bytes.TrimLeft(data[v.off+1:], " \n"), []byte("{")) {
				continue
			}
			rec := v.off + 1 + len(data[v.off+1:]) - len(bytes.TrimLeft(data[v.off+1:], " \n"))
			text := string(data[rec:end(t, data, rec)])
			if !strings.Contains(text, `"id"`) {
				continue
			}
			list := checkLoad(t, with(fsys, name, splice(data, rec, rec, text+", ")), name)
			assert.True(t, slices.ContainsFunc(list, func(e *accord.FieldError) bool { return errors.Is(e, accord.ErrDuplicate) }), "%s: a record twice at %s: %v", name, pos(rec), list)
			break // the top-level lists only
		}
		t.Logf("%s: %d values mutated", name, mutations)
	}
}

// TestRecordOfTheWrongTypeIsOneProblem puts a value of the wrong type in
// place of the record of each top-level list of every data file (one
// record each): the load reports that value once, as the decoder found
// it, and nothing about the fields of the zero record left in its place,
// which the loader neither validates nor reports.
func TestRecordOfTheWrongTypeIsOneProblem(t *testing.T) {
	_, names := seedFiles(t)
	lists := 0
	for _, name := range names {
		fsys := oneRecordFS(t, name)
		data := fsys[name].Data
		root, _, err := jsontree.Parse(string(data))
		require.NoError(t, err)
		for _, fd := range root.Fields {
			rec := fd.Value.Index(0)
			if rec == nil || rec.Kind != jsontree.Object {
				continue
			}
			lists++
			t.Run(name+"/"+fd.Key, func(t *testing.T) {
				mutated := splice(data, rec.Offset, end(t, data, rec.Offset), "0")
				line, col := jsontree.NewLines(string(mutated)).Pos(rec.Offset)
				want := fmt.Sprintf("%s:%d:%d", name, line, col)
				var here []*accord.FieldError
				for _, e := range checkLoad(t, with(fsys, name, mutated), name) {
					if e.File == name && strings.HasPrefix(e.Path.String(), fd.Key+"[0].") {
						t.Errorf("a problem of the zero record: %v", e)
					}
					if at(e) == want {
						here = append(here, e)
					}
				}
				if assert.Len(t, here, 1, "one problem at the value, %s", want) {
					assert.ErrorIs(t, here[0], accord.ErrInvalid)
					assert.Equal(t, fd.Key+"[0]", here[0].Path.String())
				}
			})
		}
	}
	assert.GreaterOrEqual(t, lists, 8, "the record lists of the seed files")
}

// TestLoadMemoryWrongTypes: a registry of values of the wrong type (two
// bytes each, the densest a file can be) costs its parse and the problems
// kept, not a validated zero record each: it allocated 260-320 bytes per
// byte of input when every zero record was validated, and about 50 since.
func TestLoadMemoryWrongTypes(t *testing.T) {
	text := registryOf(2<<20, perByteRecords["wrong-types"])
	fsys := fstest.MapFS{"documents.json": {Data: []byte(text)}}
	bytes, err := allocated(func() error { _, err := Load(fsys); return err })
	list := problems(t, err)
	require.NotEmpty(t, list)
	assert.Equal(t, accord.ErrInvalid, list[0].kind)
	assert.Equal(t, "documents[0]", list[0].path)
	assert.LessOrEqual(t, bytes, 100*uint64(len(text)), "allocated %.1f bytes per byte of input", float64(bytes)/float64(len(text)))
}

// TestLoadFileSizeLimit: a file larger than MaxFileBytes is refused
// before it is read when its size is known, and after reading one byte
// more than the limit when it is not; one at the limit loads.
func TestLoadFileSizeLimit(t *testing.T) {
	padded := oneDocument + strings.Repeat(" ", 1000-len(oneDocument))
	opts := LoadOptions{Limits: Limits{MaxFileBytes: 1000}}
	for _, mode := range []fs.FileMode{0, fs.ModeDevice} { // a device has no size to trust
		fsys := fstest.MapFS{"documents.json": {Data: []byte(padded), Mode: mode}}
		_, err := LoadWith(opts, fsys)
		require.NoError(t, err, "a file of exactly MaxFileBytes loads")
		fsys["documents.json"] = &fstest.MapFile{Data: []byte(padded + " "), Mode: mode}
		list := checkLoadWith(t, opts, fsys, "")
		require.Len(t, list, 1)
		assert.Equal(t, "documents.json", list[0].File)
		assert.ErrorIs(t, list[0], ErrLimit)
		assert.Contains(t, list[0].Error(), "MaxFileBytes = 1000")
	}
}

// TestLoadProblemsCap: a registry of many bad records lists the first
// MaxProblems problems, in order, then one saying how many more there
// were; the count agrees with a load that lists them all.
func TestLoadProblemsCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"documents": [`)
	for i := range 5000 {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"id": "d-%d", "kind": "blog", "pages": 1}`, i)
	}
	b.WriteString("]}")
	fsys := fstest.MapFS{"documents.json": {Data: []byte(b.String())}}
	all := checkLoadWith(t, LoadOptions{Limits: Limits{MaxProblems: 1 << 30}}, fsys, "documents.json")
	require.Greater(t, len(all), 20_000)
	for _, max := range []int{1, 10, 1000} {
		list := checkLoadWith(t, LoadOptions{Limits: Limits{MaxProblems: max}}, fsys, "documents.json")
		require.Len(t, list, max+1)
		assert.Equal(t, all[:max], list[:max], "the first %d problems, in order", max)
		last := list[max]
		assert.ErrorIs(t, last, ErrLimit)
		assert.Equal(t, fmt.Sprintf("and %d more problems not listed (limit MaxProblems = %d)", len(all)-max, max), last.Detail)
	}
	_, err := Load(fsys)
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	assert.Len(t, list, DefaultLimits().MaxProblems+1, "the default cap")
}

// TestLoadBadArguments: a nil layer or a limit out of range is an error,
// not a panic.
func TestLoadBadArguments(t *testing.T) {
	fsys := fstest.MapFS{"documents.json": {Data: []byte(oneDocument)}}
	for _, tt := range []struct {
		name string
		load func() (*Corpus, error)
		msg  string
	}{
		{"Load(nil)", func() (*Corpus, error) { return Load(nil) }, "layer 1 is nil"},
		{"Load()", func() (*Corpus, error) { return Load() }, "at least one layer"},
		{"LoadWith(nil)", func() (*Corpus, error) { return LoadWith(LoadOptions{}, nil) }, "layer 1 is nil"},
		{"negative limit", func() (*Corpus, error) {
			return LoadWith(LoadOptions{Limits: Limits{MaxProblems: -1}}, fsys)
		}, "Limits.MaxProblems is -1"},
		{"depth above the ceiling", func() (*Corpus, error) {
			return LoadWith(LoadOptions{Limits: Limits{MaxDepth: MaxDepthCeiling + 1}}, fsys)
		}, "Limits.MaxDepth is 10001"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.load()
			assert.Nil(t, c)
			assert.ErrorContains(t, err, tt.msg)
		})
	}
	c, err := LoadWith(LoadOptions{Limits: Limits{MaxDepth: MaxDepthCeiling}}, fsys)
	require.NoError(t, err)
	assert.Equal(t, 1, c.NumDocuments())
}

// TestLoadMemoryDenseFile: loading a dense registry of well-formed records
// with one unknown member (once parsed, rejected and parsed again, at 32
// bytes per byte) allocates at most 8 bytes per byte of input, parsing
// it once.
func TestLoadMemoryDenseFile(t *testing.T) {
	text := registryOf(2<<20, perByteRecords["records"])
	fsys := fstest.MapFS{"documents.json": {Data: []byte(text)}}
	bytes, err := allocated(func() error { _, err := Load(fsys); return err })
	list := problems(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, accord.ErrUnknownField, list[0].kind)
	assert.LessOrEqual(t, bytes, 8*uint64(len(text)), "allocated %.1f bytes per byte of input", float64(bytes)/float64(len(text)))
}
