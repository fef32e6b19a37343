// Package sources finds the source articles the corpus is coded from for
// the tests that read them, and tells whoever runs the tests, in one line,
// which tests were skipped because the articles were not found and how to
// point the tests at them. It is for tests only.
//
// The articles are looked for in the folder named by $ACCORD_SOURCES, or
// else in ../shared/seeds beside the module root (the folder holding
// go.mod). A test that needs them calls [FS]; a package whose tests call
// it runs them through [Main] from its TestMain.
package sources

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

const (
	// EnvDir names the environment variable holding the folder of the
	// source articles.
	EnvDir = "ACCORD_SOURCES"
	// EnvRequire names the environment variable that, when set (as in
	// CI), turns a skip for missing articles into a failure.
	EnvRequire = "ACCORD_REQUIRE_SOURCES"
)

// Dir returns the folder in which the articles are looked for: $ACCORD_SOURCES
// when it is set, else ../shared/seeds beside the module root found from
// the working directory (a test runs in its package's folder). The path is
// absolute where it can be made so, so that a message naming it means the
// same from any folder.
func Dir() string {
	dir := os.Getenv(EnvDir)
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			return filepath.Join("..", "shared", "seeds")
		}
		dir = filepath.Join(filepath.Dir(root), "shared", "seeds")
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return dir
}

// moduleRoot returns the nearest folder at or above the working directory
// that holds a go.mod file.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if st, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !st.IsDir() {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod at or above the working directory")
		}
		dir = parent
	}
}

// Available returns [Dir] and whether it holds the articles: a folder
// with at least one .txt file. An empty folder, or one that does not
// exist, does not.
func Available() (dir string, ok bool) {
	dir = Dir()
	txt, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	return dir, err == nil && len(txt) > 0
}

// FS returns the folder of the source articles for test t. Where the
// articles are not found, t is skipped with a message saying where they
// were looked for and how to point the tests at them, and the skip is
// recorded for [Main]'s one-line notice; when $ACCORD_REQUIRE_SOURCES is
// set, t fails instead.
func FS(t testing.TB) fs.FS {
	t.Helper()
	dir, ok := Available()
	if !ok {
		msg := "source articles not found in " + dir + "; set " + EnvDir + " to the folder holding them"
		if os.Getenv(EnvRequire) != "" {
			t.Fatal(msg)
		}
		record(t.Name())
		t.Skip(msg)
	}
	return os.DirFS(dir)
}

// skips holds the names of the top-level tests of this test binary that
// were skipped for missing articles, and the notice's marker once claimed.
var skips struct {
	sync.Mutex
	names  []string
	marker string
	won    bool
}

// record notes that test name (or its top-level test) skipped. The first
// skip of the binary claims the run's notice (see [Main]).
func record(name string) {
	name, _, _ = strings.Cut(name, "/")
	skips.Lock()
	defer skips.Unlock()
	if skips.marker == "" {
		skips.marker, skips.won = claim()
	}
	if !slices.Contains(skips.names, name) {
		skips.names = append(skips.names, name)
	}
}

// Main runs m's tests and exits with their code. When some were skipped
// because the articles were not found, it says so in one line: to the
// terminal (/dev/tty) when the process has one and -v is not set, since
// `go test ./...` shows nothing that a passing package prints, otherwise
// to standard error, which -v shows. Test binaries that the go command
// runs side by side share one notice: the first binary to skip writes the
// line and the others write nothing to the terminal, so that a run prints
// the line once.
//
// A result the go command replays from its test cache prints nothing: the
// cache notices a change of $ACCORD_SOURCES but not articles put into
// ../shared/seeds later, which is outside the module; `go test -count=1`
// runs the tests again.
func Main(m *testing.M) {
	code := m.Run()
	skips.Lock()
	names, won := slices.Clone(skips.names), skips.won
	skips.Unlock()
	if len(names) > 0 {
		notify(notice(packageName(), Dir(), names), won)
	}
	os.Exit(code)
}

// notify writes line to the terminal when this binary won the run's
// notice and the output is not verbose, else to standard error.
func notify(line string, won bool) {
	if won && !testing.Verbose() {
		if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
			_, err = io.WriteString(tty, line+"\n")
			tty.Close()
			if err == nil {
				return
			}
		}
	}
	fmt.Fprintln(os.Stderr, line)
}

// notice returns the one line that says which tests of package pkg were
// skipped because the articles are not in dir, and how to run them.
func notice(pkg, dir string, names []string) string {
	names = slices.Sorted(slices.Values(names))
	tests := "tests"
	if len(names) == 1 {
		tests = "test"
	}
	return fmt.Sprintf("accord: source articles not found in %s: %d %s in %s skipped (%s); to run them, set %s=/path/to/the/articles",
		dir, len(names), tests, pkg, strings.Join(names, ", "), EnvDir)
}

// packageName returns the package under test as the go command names it
// from the module root ("./corpus"), or the working directory's name.
func packageName() string {
	wd, err := os.Getwd()
	if err != nil {
		return "this package"
	}
	if root, err := moduleRoot(); err == nil {
		if rel, err := filepath.Rel(root, wd); err == nil {
			return "./" + filepath.ToSlash(rel)
		}
	}
	return filepath.Base(wd)
}
