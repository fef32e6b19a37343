package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/clitest"
	"github.com/accordmodel/accord/seeds"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunPrintsTheEntryOfEachFile(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"My Article (2026).txt": "Two words\n",
		"other.md":              "  one two three\tfour  ",
	}
	var args []string
	for name, text := range texts {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		args = append(args, p)
	}
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(args, &out, &errOut), errOut.String())
	var got struct{ Documents []entry }
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	require.Len(t, got.Documents, len(args))
	ids := map[string]string{"My Article (2026).txt": "my-article-2026", "other.md": "other"}
	for i, e := range got.Documents {
		name := filepath.Base(args[i])
		sum := sha256.Sum256([]byte(texts[name]))
		assert.Equal(t, ids[name], e.ID)
		assert.Equal(t, name, e.File)
		assert.Equal(t, hex.EncodeToString(sum[:]), e.SHA256)
		assert.Equal(t, len(strings.Fields(texts[name])), e.Words)
		assert.True(t, strings.HasPrefix(e.Title, "FILL IN"), "the title is the coder's to write")
		assert.Contains(t, e.Kind, "register -h lists them", "the entry says where the kinds are listed")
	}
}

// TestUsageListsTheKinds: -h lists every kind of document, for the entry's
// kind.
func TestUsageListsTheKinds(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-h"}, &out, &errOut))
	usage := strings.Join(strings.Fields(out.String()), " ")
	var kinds []string
	for _, k := range corpus.DocumentKinds() {
		kinds = append(kinds, k.String())
	}
	require.NotEmpty(t, kinds)
	assert.Contains(t, usage, "The kind is one of: "+strings.Join(kinds, ", ")+".")
}

func TestRunReportsAMissingFile(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{filepath.Join(t.TempDir(), "absent.txt")}, &out, &errOut))
	assert.Contains(t, errOut.String(), "absent.txt")
	assert.Empty(t, out.String())
}

func TestRunWithoutFilesRegistersTheSample(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errOut))
	assert.Contains(t, out.String(), `"file": "sample.txt"`)
}

// TestTemplateDoesNotLoadHalfFilled: the printed entry, loaded as a layer
// over the embedded corpus, fails on each value left for the coder to
// write — the kind, and the title and summary that still hold the
// placeholder — and loads once they are written.
func TestTemplateDoesNotLoadHalfFilled(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errOut), errOut.String())
	for _, tt := range []struct {
		name  string
		fill  func(e map[string]any)
		paths []string
	}{
		{"as printed", func(map[string]any) {}, []string{"documents[0].kind", "documents[0].summary", "documents[0].title"}},
		{"kind written", func(e map[string]any) { e["kind"] = "coder-notes" }, []string{"documents[0].summary", "documents[0].title"}},
		{"all written", func(e map[string]any) {
			e["kind"], e["title"], e["summary"] = "coder-notes", "A note", "What the note says, in my words."
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var reg map[string][]map[string]any
			require.NoError(t, json.Unmarshal(out.Bytes(), &reg))
			tt.fill(reg["documents"][0])
			data, err := json.Marshal(reg)
			require.NoError(t, err)
			_, err = corpus.Load(seeds.FS(), corpus.NamedLayer("mine", fstest.MapFS{"documents.json": {Data: data}}))
			var paths []string
			var list accord.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					paths = append(paths, e.Path.String())
				}
			}
			slices.Sort(paths)
			assert.Equal(t, tt.paths, paths, "%v", err)
		})
	}
}

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "register", run, nil) // every argument is a file
}
