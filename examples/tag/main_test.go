package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunGroupsMentions(t *testing.T) {
	// A sample written for this test.
	text := "Kyiv and Ukraine’s allies in NATO discussed security guarantees, €110–120 billion " +
		"and 85,000 troops; Ukraine rejects a non-bloc status."
	var out, errOut bytes.Buffer
	code := run(nil, strings.NewReader(text), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	got := out.String()
	for _, want := range []string{
		"standard input: " + strconv.Itoa(len(text)) + " bytes, 9 mentions",
		"actors: 4 mentions of 2",
		"3  Ukraine (ukraine)  — “Kyiv”, “Ukraine”",
		"1  NATO (nato)\n",
		"issues:",
		"statuses:",
		"figures: 2 mentions of 2",
		"money EUR 110,000,000,000–120,000,000,000  — “€110–120 billion”",
		"count 85,000 personnel  — “85,000 troops”",
	} {
		assert.Contains(t, got, want)
	}
	assert.Empty(t, errOut.String())
}

func TestRunReadsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(path, []byte("Moscow and Washington"), 0o644))
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{path}, strings.NewReader("ignored"), &out, &errOut))
	assert.Contains(t, out.String(), "Russia (russia)  — “Moscow”")
}

func TestRunMissingFile(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{filepath.Join(t.TempDir(), "missing.txt")}, strings.NewReader(""), &out, &errOut)
	assert.NotEqual(t, 0, code)
	assert.Empty(t, out.String())
	msg := errOut.String()
	assert.Equal(t, 1, strings.Count(msg, "\n"), "one line: %q", msg)
	assert.True(t, strings.HasPrefix(msg, "tag: cannot read "))
}

func TestRunEmptyInput(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run(nil, strings.NewReader(""), &out, &errOut))
	assert.Equal(t, "standard input: 0 bytes, 0 mentions\n", out.String())
}

func TestRunTooManyArguments(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"a", "b"}, strings.NewReader(""), &out, &errOut))
	assert.Contains(t, errOut.String(), "usage")
}
