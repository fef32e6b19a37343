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
