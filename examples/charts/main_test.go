package main

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/examples/internal/clitest"
)

func TestRunWritesThreeCharts(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "charts")
	var out bytes.Buffer
	require.NoError(t, run(dir, &out))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 3, "one line per chart")
	for _, name := range []string{"posture-timeline.svg", "clash-matrix.svg", "guarantee-ranking.svg"} {
		path := filepath.Join(dir, name)
		assert.Contains(t, out.String(), path, "the path is printed")
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		var v struct{ XMLName xml.Name }
		require.NoError(t, xml.Unmarshal(data, &v), name)
		assert.Equal(t, "svg", v.XMLName.Local)
	}
	leftovers, err := filepath.Glob(filepath.Join(dir, ".chart-*"))
	require.NoError(t, err)
	assert.Empty(t, leftovers, "no temporary files are left behind")

	// A second run gives the same files.
	first, err := os.ReadFile(filepath.Join(dir, "clash-matrix.svg"))
	require.NoError(t, err)
	require.NoError(t, run(dir, &bytes.Buffer{}))
	second, err := os.ReadFile(filepath.Join(dir, "clash-matrix.svg"))
	require.NoError(t, err)
	assert.Equal(t, first, second)
}

func TestRunRejectsABadDirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain-file")
	require.NoError(t, os.WriteFile(file, []byte("x"), 0o644))
	var out bytes.Buffer
	err := run(filepath.Join(file, "charts"), &out)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "\n", "the error fits on one line")
	assert.Contains(t, err.Error(), "plain-file")
	assert.Empty(t, out.String(), "nothing is reported as written")
}

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "charts", runArgs, []string{"extra"})
}
