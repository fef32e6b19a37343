package corpus

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord/actors"
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
		c, err := Load(fstest.MapFS{"documents.json": {Data: data}})
		if err == nil {
			if c == nil {
				t.Fatal("Load returned neither a corpus nor an error")
			}
			return
		}
		if c != nil {
			t.Fatal("Load returned a corpus together with an error")
		}
		var list actors.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("Load error is not a non-empty ErrorList: %v", err)
		}
		for _, e := range list {
			if e.File != "documents.json" || e.Line < 1 || e.Column < 1 {
				t.Fatalf("problem without a location: %v", e)
			}
			if e.Kind == nil {
				t.Fatalf("problem without a kind: %v", e)
			}
		}
	})
}
