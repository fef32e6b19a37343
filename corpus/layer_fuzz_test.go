package corpus

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/seeds"
)

// FuzzLoadLayer replaces one file of the worked example's layer (chosen
// by which), loaded on top of the embedded corpus, with arbitrary
// contents. Load must never panic, and it either returns a corpus or an
// ErrorList whose every problem is in the layer's files (the embedded
// corpus is sound), names the layer, and inside the replaced file has a
// line and column.
func FuzzLoadLayer(f *testing.F) {
	layer := fstest.MapFS{}
	var names []string
	err := fs.WalkDir(os.DirFS("../examples/extend/testdata/layer"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile("../examples/extend/testdata/layer/" + p)
		layer[p] = &fstest.MapFile{Data: data}
		names = append(names, p)
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	slices.Sort(names)
	for i, name := range names {
		data := layer[name].Data
		f.Add(uint8(i), data)
		f.Add(uint8(i), data[:len(data)/2])
		f.Add(uint8(i), []byte(strings.Replace(string(data), `"harbour-institute"`, `"russia"`, 1)))
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := names[int(which)%len(names)]
		mod := fstest.MapFS{}
		for k, v := range layer {
			mod[k] = v
		}
		mod[name] = &fstest.MapFile{Data: data}
		c, err := Load(seeds.FS(), NamedLayer("extend", mod))
		if err == nil {
			if c == nil {
				t.Fatal("Load returned neither a corpus nor an error")
			}
			return
		}
		var list accord.ErrorList
		if c != nil || !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("Load returned a corpus %v and the error %v", c != nil, err)
		}
		for _, e := range list {
			if !strings.HasPrefix(e.File, "extend/") || e.Kind == nil {
				t.Fatalf("problem outside the layer, or without a kind: %v", e)
			}
			if e.File == "extend/"+name && (e.Line < 1 || e.Column < 1) {
				t.Fatalf("problem in the fuzzed file without a position: %v", e)
			}
		}
	})
}
