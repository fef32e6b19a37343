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
// the file parsed far enough to have one, a position inside it.
func FuzzLoad(f *testing.F) {
	real, err := fs.ReadFile(seeds.FS(), "documents.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(real)
	f.Add([]byte(badDocuments))
	f.Add([]byte(`{"documents": [{"id": "a"}]}`))
	f.Add([]byte(`{"documents": [{"written": {"from": "2014", "to": "20"}}]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, e := range checkLoad(t, fstest.MapFS{"documents.json": {Data: data}}, "documents.json") {
			if e.File != "documents.json" {
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

// FuzzLoadAnyFile replaces one file of the real data set (chosen by which)
// with arbitrary contents. Load must never panic, and it either returns a
// corpus or an ErrorList whose every problem names its file, a kind and,
// inside the replaced file, a line and column. Seeds: every real file,
// and a few truncations of it.
func FuzzLoadAnyFile(f *testing.F) {
	fsys, names := seedFiles(f)
	for i, name := range names {
		data := fsys[name].Data
		f.Add(uint8(i), data)
		f.Add(uint8(i), data[:len(data)/2])
		f.Add(uint8(i), []byte(strings.Replace(string(data), `"id"`, `"ID"`, 1)))
	}
	f.Add(uint8(0), []byte(`{}`))
	f.Add(uint8(1), []byte(`{"actors": [{"id": "x", "kind": "state", "name": "X"}]}`))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := names[int(which)%len(names)]
		mod := fstest.MapFS{}
		for k, v := range fsys {
			mod[k] = v
		}
		mod[name] = &fstest.MapFile{Data: data}
		checkLoad(t, mod, name)
	})
}
