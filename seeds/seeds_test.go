package seeds

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryDataFileIsEmbedded guards the go:embed patterns: a data file
// added on disk but not embedded would silently vanish from corpus.Default.
func TestEveryDataFileIsEmbedded(t *testing.T) {
	var onDisk []string
	require.NoError(t, filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".json") || path == "CODEBOOK.md") {
			onDisk = append(onDisk, filepath.ToSlash(path))
		}
		return nil
	}))
	require.NotEmpty(t, onDisk)
	for _, name := range onDisk {
		want, err := os.ReadFile(name)
		require.NoError(t, err)
		got, err := fs.ReadFile(FS(), name)
		if assert.NoError(t, err, "%s is on disk but not embedded: add its pattern to seeds.go", name) {
			assert.Equal(t, want, got, name)
		}
	}
}

// TestEveryFileHasItsString guards the string copies of the embedded files
// that ReadFileString hands out: every embedded file has one, with the
// same contents, and a name that is no embedded file gets the error
// ReadFile gives.
func TestEveryFileHasItsString(t *testing.T) {
	fsys := FS()
	rs, ok := fsys.(interface {
		ReadFileString(name string) (string, error)
	})
	require.True(t, ok, "FS has ReadFileString")
	var embedded []string
	require.NoError(t, fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			embedded = append(embedded, path)
		}
		return err
	}))
	require.NotEmpty(t, embedded)
	for _, name := range embedded {
		want, err := fs.ReadFile(fsys, name)
		require.NoError(t, err)
		_, listed := texts[name]
		assert.True(t, listed, "%s is embedded but has no string: add it to the vars and texts in seeds.go", name)
		got, err := rs.ReadFileString(name)
		if assert.NoError(t, err, name) {
			assert.Equal(t, string(want), got, name)
		}
	}
	assert.Len(t, texts, len(embedded), "texts names only embedded files")

	tests := []struct {
		name string
		err  error
	}{
		{"no-such-file.json", fs.ErrNotExist},
		{"positions/no-such-file.json", fs.ErrNotExist},
		{"../outside.json", fs.ErrNotExist}, // as embed.FS.ReadFile reports it
	}
	for _, tt := range tests {
		_, err := rs.ReadFileString(tt.name)
		assert.ErrorIs(t, err, tt.err, tt.name)
	}
	_, isReadDir := fsys.(fs.ReadDirFS)
	_, isReadFile := fsys.(fs.ReadFileFS)
	assert.True(t, isReadDir && isReadFile, "FS keeps embed.FS's ReadDir and ReadFile")
}
