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

// TestFSReadsFiles: FS reads every embedded file by name, reports a name
// that is no embedded file as fs.ErrNotExist, and keeps embed.FS's
// ReadDir and ReadFile.
func TestFSReadsFiles(t *testing.T) {
	fsys := FS()
	tests := []struct {
		name string
		err  error
	}{
		{"documents.json", nil},
		{"positions/kyiv-official-stance.json", nil},
		{"no-such-file.json", fs.ErrNotExist},
		{"positions/no-such-file.json", fs.ErrNotExist},
		{"../outside.json", fs.ErrNotExist}, // as embed.FS.ReadFile reports it
	}
	for _, tt := range tests {
		data, err := fs.ReadFile(fsys, tt.name)
		if tt.err != nil {
			assert.ErrorIs(t, err, tt.err, tt.name)
			continue
		}
		if assert.NoError(t, err, tt.name) {
			assert.NotEmpty(t, data, tt.name)
		}
	}
	_, isReadDir := fsys.(fs.ReadDirFS)
	_, isReadFile := fsys.(fs.ReadFileFS)
	assert.True(t, isReadDir && isReadFile, "FS keeps embed.FS's ReadDir and ReadFile")
}
