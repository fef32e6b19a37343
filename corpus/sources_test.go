package corpus

import (
	"io/fs"
	"testing"

	"github.com/accordmodel/accord/internal/sources"
	"github.com/stretchr/testify/require"
)

// TestMain runs the tests through sources.Main, which says in one line
// which tests were skipped because the source articles were not found.
func TestMain(m *testing.M) { sources.Main(m) }

// sourcesFS returns the folder of source articles the corpus is coded
// from, found by [sources.FS]: $ACCORD_SOURCES, or ../shared/seeds beside
// the module root. When the articles are not there the test is skipped
// with a message saying how to run it, unless ACCORD_REQUIRE_SOURCES is
// set (as in CI), when it fails.
func sourcesFS(t testing.TB) fs.FS {
	t.Helper()
	return sources.FS(t)
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
