package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/clitest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/output.golden")

// TestOutput pins the printed table and the Istanbul analysis, which were
// reviewed against the articles clause by clause: a change to a rule, a
// demand or a status shows up here as a diff to review. Run with -update
// to accept it.
func TestOutput(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	var a, b bytes.Buffer
	require.NoError(t, write(&a, c))
	require.NoError(t, write(&b, c))
	assert.Equal(t, a.String(), b.String(), "the output is deterministic")
	golden := filepath.Join("testdata", "output.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, a.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), a.String())
}

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "neutrality", run, []string{"extra"})
}
