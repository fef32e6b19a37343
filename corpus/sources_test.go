package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// sourcesFS returns the folder of source articles the corpus is coded
// from: $ACCORD_SOURCES, or ../shared/seeds beside the repository. When the
// folder is absent the test is skipped with a message saying how to run
// it, unless ACCORD_REQUIRE_SOURCES is set (as in CI), when it fails.
func sourcesFS(t testing.TB) fs.FS {
	t.Helper()
	dir := os.Getenv("ACCORD_SOURCES")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "seeds")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		msg := "source articles not found at " + dir + "; set ACCORD_SOURCES to the folder holding them"
		if os.Getenv("ACCORD_REQUIRE_SOURCES") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return os.DirFS(dir)
}

// readDoc returns the text of the document id of c, read from the source
// articles src.
func readDoc(t testing.TB, c *Corpus, src fs.FS, id string) string {
	t.Helper()
	d, ok := c.Document(id)
	require.True(t, ok, "no document %s", id)
	b, err := fs.ReadFile(src, d.File)
	require.NoError(t, err)
	return string(b)
}
