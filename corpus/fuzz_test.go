package corpus

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/seeds"
)

// FuzzLoad feeds arbitrary contents to the document registry. Load must
// never panic, and every problem it reports must name its file and, when
// the file parsed far enough to have one, a position inside it. Seeds
// are small (one record), so that the fuzzer mutates rather than
// minimises: it runs thousands of loads a second.
func FuzzLoad(f *testing.F) {
	real, err := fs.ReadFile(seeds.FS(), "documents.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(smallestRecord(f, real))
	f.Add([]byte(oneDocument))
	f.Add([]byte(`{"documents": [{"id": "a"}]}`))
	f.Add([]byte(`{"documents": [{"written": {"from": "2014", "to": "20"}}]}`))
	f.Add([]byte(`[`))
	f.Add([]byte("\uFEFF{}"))
	f.Add([]byte(`{"documents": [{"id": "a\u0000", "words": 1e-400}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, e := range checkLoad(t, fstest.MapFS{"documents.json": {Data: data}}, "documents.json") {
			if e.File != "documents.json" && e.File != "" {
				t.Fatalf("problem outside the only file: %v", e)
			}
		}
	})
}

// checkLoad loads fsys, in which the file fuzzed has arbitrary contents,
// and fails t unless Load returns exactly one of a corpus and a non-empty
// ErrorList whose every problem names its file and kind, and, inside the
// fuzzed file, a line and column. It returns the problems.
func checkLoad(t *testing.T, fsys fstest.MapFS, fuzzed string) accord.ErrorList {
	t.Helper()
	return checkLoadWith(t, LoadOptions{}, fsys, fuzzed)
}

// checkLoadWith is checkLoad with options.
func checkLoadWith(t *testing.T, opts LoadOptions, fsys fstest.MapFS, fuzzed string) accord.ErrorList {
	t.Helper()
	c, err := LoadWith(opts, fsys)
	if err == nil {
		if c == nil {
			t.Fatal("Load returned neither a corpus nor an error")
		}
		return nil
	}
	if c != nil {
		t.Fatal("Load returned a corpus together with an error")
	}
	var list accord.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("Load error is not a non-empty ErrorList: %v", err)
	}
	for i, e := range list {
		if i == len(list)-1 && e.File == "" && errors.Is(e, ErrLimit) && strings.HasPrefix(e.Detail, "and ") {
			continue // "and N more problems": about no one file
		}
		if e.File == "" || e.Kind == nil {
			t.Fatalf("problem without a file or kind: %v", e)
		}
		if e.File == fuzzed && (e.Line < 1 || e.Column < 1) {
			t.Fatalf("problem in the fuzzed file without a position: %v", e)
		}
	}
	return list
}

// seedFiles returns the embedded data set as a MapFS, and its JSON file
// names in order.
func seedFiles(tb testing.TB) (fstest.MapFS, []string) {
	tb.Helper()
	fsys := fstest.MapFS{}
	var names []string
	err := fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		if err != nil {
			return err
		}
		fsys[p] = &fstest.MapFile{Data: data}
		if strings.HasSuffix(p, ".json") && p != "schema.json" {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	slices.Sort(names)
	return fsys, names
}

// FuzzLoadAnyFile loads the document registry and one other data file
// (chosen by which) with arbitrary contents. Load must never panic, and it
// either returns a corpus or an ErrorList whose every problem names its
// file, a kind and, inside the fuzzed file, a line and column. Seeds: the
// shortest record of every real file (smallestRecord) and a truncation of it,
// small enough for thousands of loads a second.
func FuzzLoadAnyFile(f *testing.F) {
	fsys, names := seedFiles(f)
	for i, name := range names {
		data := smallestRecord(f, fsys[name].Data)
		f.Add(uint8(i), data)
		f.Add(uint8(i), data[:len(data)/2])
	}
	f.Add(uint8(0), []byte(`{}`))
	f.Add(uint8(1), []byte(`{"actors": [{"id": "x", "kind": "state", "name": "X"}]}`))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := names[int(which)%len(names)]
		mod := fstest.MapFS{"documents.json": fsys["documents.json"], name: {Data: data}}
		checkLoad(t, mod, name)
	})
}

// FuzzLoadLimits loads an arbitrary document registry under small limits
// drawn by the fuzzer. Whatever the input, the load never panics, lists
// at most MaxProblems problems and then one "and N more" (with the rule
// ErrLimit), quotes no value longer than it cuts values to, and a load
// that succeeds under the limits succeeds under the defaults too, while a
// load refused by a limit names ErrLimit.
func FuzzLoadLimits(f *testing.F) {
	f.Add([]byte(oneDocument), uint8(3), uint8(8), uint8(2), uint8(1), uint16(300))
	f.Add([]byte(`{"documents": [[[[[]]]]]}`), uint8(2), uint8(8), uint8(2), uint8(1), uint16(300))
	f.Add([]byte(`{"documents": [{"id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "kind": "xxxxxxxxxxxxxxxxxxxxxxxx"}]}`), uint8(8), uint8(16), uint8(4), uint8(2), uint16(1000))
	f.Add([]byte(oneDocument+oneDocument), uint8(8), uint8(255), uint8(255), uint8(0), uint16(100))
	f.Fuzz(func(t *testing.T, data []byte, depth, str, id, probs uint8, size uint16) {
		lim := Limits{
			MaxDepth: 1 + int(depth%16), MaxStringBytes: 1 + int(str), MaxIDBytes: 1 + int(id),
			MaxProblems: 1 + int(probs%8), MaxFileBytes: 1 + int64(size),
		}
		fsys := fstest.MapFS{"documents.json": {Data: data}}
		list := checkLoadWith(t, LoadOptions{Limits: lim}, fsys, "")
		if list == nil {
			if len(data) > int(lim.MaxFileBytes) {
				t.Fatalf("a file of %d bytes loaded under MaxFileBytes = %d", len(data), lim.MaxFileBytes)
			}
			if _, err := Load(fsys); err != nil {
				t.Fatalf("loads under %+v but not under the defaults: %v", lim, err)
			}
			return
		}
		if len(list) > lim.MaxProblems+1 {
			t.Fatalf("%d problems listed under MaxProblems = %d", len(list), lim.MaxProblems)
		}
		if len(list) == lim.MaxProblems+1 && !errors.Is(list[len(list)-1], ErrLimit) {
			t.Fatalf("the problem past MaxProblems is not the count of the others: %v", list[len(list)-1])
		}
		for _, e := range list {
			if len(e.Value) > clipValue+len(clipMarker) {
				t.Fatalf("a value of %d bytes quoted: %v", len(e.Value), e)
			}
		}
		if len(data) > int(lim.MaxFileBytes) && !errors.Is(list, ErrLimit) {
			t.Fatalf("a file of %d bytes under MaxFileBytes = %d is not refused by the limit: %v", len(data), lim.MaxFileBytes, list)
		}
	})
}
