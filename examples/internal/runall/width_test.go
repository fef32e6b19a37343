package runall_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/examples/internal/cli"
)

// examplesDir is the directory of the programs, from this package's.
const examplesDir = "../.."

// programs returns the directories under examples/ that hold a program
// (a package main), sorted, so that a new program is covered without
// editing this test.
func programs(t *testing.T) []string {
	entries, err := os.ReadDir(examplesDir)
	require.NoError(t, err)
	var dirs []string
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "internal" || e.Name() == "testdata" {
			continue
		}
		files, err := filepath.Glob(filepath.Join(examplesDir, e.Name(), "*.go"))
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			if bytes.Contains(data, []byte("\npackage main\n")) || bytes.HasPrefix(data, []byte("package main\n")) {
				dirs = append(dirs, e.Name())
				break
			}
		}
	}
	slices.Sort(dirs)
	return dirs
}

// TestOutputFitsColumns builds every program once, runs it with its
// default arguments (a program with an -out flag writes to a scratch
// directory) and with -h, and fails on any line wider than cli.Columns,
// naming the program, the line and its width. Standard input is one of the
// source articles when ACCORD_SOURCES names them (the README otherwise),
// for a program that reads it; the programs that verify against the
// articles find them through the same variable.
func TestOutputFitsColumns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every example program; skipped in -short mode")
	}
	names := programs(t)
	require.NotEmpty(t, names)
	bin := t.TempDir()
	args := []string{"build", "-o", bin + string(filepath.Separator)}
	for _, n := range names {
		args = append(args, "./"+n)
	}
	build := exec.Command("go", args...)
	build.Dir = examplesDir
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go %s\n%s", strings.Join(args, " "), out)

	input := filepath.Join(examplesDir, "..", "README.md")
	if dir := os.Getenv("ACCORD_SOURCES"); dir != "" {
		if articles, _ := filepath.Glob(filepath.Join(dir, "*.txt")); len(articles) > 0 {
			slices.Sort(articles)
			input = articles[0]
		}
	}
	for _, n := range names {
		t.Run(n, func(t *testing.T) {
			prog := filepath.Join(bin, n)
			usage := runProgram(t, prog, input, "-h")
			checkWidth(t, n+" -h", usage)
			// The program runs in a scratch directory: a relative -out
			// keeps the paths it prints short and the same on every
			// machine.
			var args []string
			if strings.Contains(usage, "\n  -out ") {
				args = append(args, "-out", "out")
			}
			checkWidth(t, n, runProgram(t, prog, input, args...))
		})
	}
}

// runProgram runs prog with args in a new scratch directory, standard input
// read from the file input, and returns what it printed; it fails the test
// when the program fails or prints to standard error.
func runProgram(t *testing.T, prog, input string, args ...string) string {
	t.Helper()
	in, err := os.Open(input)
	require.NoError(t, err)
	defer in.Close()
	cmd := exec.Command(prog, args...)
	cmd.Dir = t.TempDir()
	cmd.Stdin = in
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "%s %s\n%s", filepath.Base(prog), strings.Join(args, " "), stderr.String())
	assert.Empty(t, stderr.String(), "%s %s writes nothing on standard error", filepath.Base(prog), strings.Join(args, " "))
	require.NotEmpty(t, stdout.String(), "%s %s prints something", filepath.Base(prog), strings.Join(args, " "))
	return stdout.String()
}

// checkWidth fails for each line of out wider than cli.Columns.
func checkWidth(t *testing.T, name, out string) {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	widest, over := 0, 0
	for n := 1; sc.Scan(); n++ {
		w := cli.Width(sc.Text())
		widest = max(widest, w)
		if w > cli.Columns {
			over++
			if over <= 20 {
				t.Errorf("examples/%s: line %d is %d columns wide (at most %d): %s", name, n, w, cli.Columns, cli.Clip(sc.Text(), 60))
			}
		}
	}
	require.NoError(t, sc.Err())
	if over > 20 {
		t.Errorf("examples/%s: %d more lines over %d columns", name, over-20, cli.Columns)
	}
	t.Logf("examples/%s: widest line %d columns", name, widest)
}
