package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/clitest"
)

// TestOutput: the program prints every coded option with a verdict for
// every party, the 2022 evaluation and the three zone searches, and prints
// the same thing every time.
func TestOutput(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	var a, b bytes.Buffer
	require.NoError(t, write(&a, c))
	require.NoError(t, write(&b, c))
	out := a.String()
	assert.Equal(t, out, b.String(), "the output is deterministic")
	for s := range c.Settlements() {
		assert.Contains(t, out, "["+s.ID+"]", "the option is printed with its verdicts")
	}
	for _, section := range []string{"Matrix (positions held in 2025", "The Istanbul moment", "Zone of possible agreement",
		"2022, required: Ukraine, Russia", "2025, required: Ukraine, Russia", "2025, required: Ukraine, United States, European states"} {
		assert.Contains(t, out, section)
	}
	for _, verdict := range []string{"rejects", "conditional", "accepts"} {
		assert.Contains(t, out, verdict)
	}
}

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "settlements", run, []string{"extra"})
}
