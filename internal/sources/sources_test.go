package sources

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDir(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	require.FileExists(t, filepath.Join(root, "go.mod"), "the module root is two folders up")

	t.Setenv(EnvDir, "")
	assert.Equal(t, filepath.Join(filepath.Dir(root), "shared", "seeds"), Dir(), "../shared/seeds beside the module root, from any package")

	mine := t.TempDir()
	t.Setenv(EnvDir, mine)
	assert.Equal(t, mine, Dir())
	t.Chdir(mine)
	t.Setenv(EnvDir, "rel")
	assert.Equal(t, filepath.Join(mine, "rel"), Dir(), "a relative folder is made absolute")
}

func TestAvailable(t *testing.T) {
	empty, withText, other := t.TempDir(), t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(withText, "article.txt"), []byte("text"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(other, "notes.md"), []byte("text"), 0o600))
	tests := []struct {
		name string
		dir  string
		want bool
	}{
		{"articles", withText, true},
		{"empty folder", empty, false},
		{"no articles", other, false},
		{"no folder", filepath.Join(empty, "absent"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvDir, tt.dir)
			dir, ok := Available()
			assert.Equal(t, tt.dir, dir)
			assert.Equal(t, tt.want, ok)
		})
	}
}

// fakeTB records what FS does with a test; Fatal and Skip stop it as the
// real ones do.
type fakeTB struct {
	testing.TB
	name           string
	fatal, skipped string
}

type stop struct{}

func (f *fakeTB) Helper()           {}
func (f *fakeTB) Name() string      { return f.name }
func (f *fakeTB) Fatal(args ...any) { f.fatal = args[0].(string); panic(stop{}) }
func (f *fakeTB) Skip(args ...any)  { f.skipped = args[0].(string); panic(stop{}) }

// runFS calls FS on a fake test named name and reports what happened.
func runFS(name string) (f *fakeTB, got bool) {
	f = &fakeTB{name: name}
	defer func() {
		if r := recover(); r != nil && r != (stop{}) {
			panic(r)
		}
	}()
	FS(f)
	return f, true
}

func TestFS(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	t.Cleanup(func() { skips.names, skips.marker, skips.won = nil, "", false })
	empty := t.TempDir()
	t.Setenv(EnvDir, empty)
	t.Setenv(EnvRequire, "")

	f, got := runFS("TestA/sub")
	assert.False(t, got)
	assert.Contains(t, f.skipped, empty)
	assert.Contains(t, f.skipped, EnvDir)
	runFS("TestA/other")
	runFS("TestB")
	assert.Equal(t, []string{"TestA", "TestB"}, skips.names, "top-level tests, once each")
	assert.True(t, skips.won, "the first skip of the run claims the notice")
	assert.FileExists(t, skips.marker)

	t.Setenv(EnvRequire, "1")
	f, got = runFS("TestC")
	assert.False(t, got)
	assert.Contains(t, f.fatal, empty, "a failure when the articles are required")
	assert.NotContains(t, skips.names, "TestC")

	require.NoError(t, os.WriteFile(filepath.Join(empty, "a.txt"), nil, 0o600))
	f, got = runFS("TestD")
	assert.True(t, got)
	assert.Empty(t, f.fatal+f.skipped)
}

func TestClaimOncePerRun(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	first, won := claim()
	assert.True(t, won)
	second, again := claim()
	assert.Equal(t, first, second, "one marker per run of the parent process")
	assert.False(t, again, "only the first binary of a run writes the line")
	assert.True(t, strings.HasPrefix(runID(), strconv.Itoa(os.Getppid())))
}

func TestNotice(t *testing.T) {
	tests := []struct {
		names []string
		want  string
	}{
		{[]string{"TestB", "TestA"}, "accord: source articles not found in /x/seeds: 2 tests in ./corpus skipped (TestA, TestB); to run them, set ACCORD_SOURCES=/path/to/the/articles"},
		{[]string{"TestA"}, "accord: source articles not found in /x/seeds: 1 test in ./corpus skipped (TestA); to run them, set ACCORD_SOURCES=/path/to/the/articles"},
	}
	for _, tt := range tests {
		got := notice("./corpus", "/x/seeds", tt.names)
		assert.Equal(t, tt.want, got)
		assert.NotContains(t, got, "\n", "one line")
	}
}
