package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/examples/internal/clitest"
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
	assert.Contains(t, errOut.String(), "Usage: tag")
}

// TestFlags: -h, --help, a bad flag and a second file behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "tag", func(args []string, stdout, stderr io.Writer) int {
		return run(args, strings.NewReader(""), stdout, stderr)
	}, []string{"a.txt", "b.txt"})
}

// TestRunStandardInput: with no file, or with "-", the program reads
// standard input, unless it is a terminal: then it prints its usage
// rather than wait. The null device is empty input, not a terminal.
func TestRunStandardInput(t *testing.T) {
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	tests := []struct {
		name   string
		args   []string
		stdin  io.Reader
		status int
		out    string
	}{
		{"pipe", nil, strings.NewReader("Moscow"), 0, "standard input: 6 bytes, 1 mention"},
		{"dash", []string{"-"}, strings.NewReader("Moscow"), 0, "standard input: 6 bytes, 1 mention"},
		{"null device", nil, null, 0, "standard input: 0 bytes, 0 mentions"},
	}
	// A character device other than the null device stands for a terminal.
	if zero, err := os.Open("/dev/zero"); err == nil {
		defer zero.Close()
		tests = append(tests, struct {
			name   string
			args   []string
			stdin  io.Reader
			status int
			out    string
		}{"terminal", nil, zero, 2, ""})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			assert.Equal(t, tt.status, run(tt.args, tt.stdin, &out, &errOut))
			if tt.status != 0 {
				assert.Empty(t, out.String())
				assert.Contains(t, errOut.String(), "tag: no FILE named, and standard input is a terminal\n\nUsage: tag")
				return
			}
			assert.Contains(t, out.String(), tt.out)
			assert.Empty(t, errOut.String())
		})
	}
}

func TestRunJSONLines(t *testing.T) {
	// A sample written for this test.
	text := "The Coalition of the Willing (CoW) met; the CoW and Germany pledged around 25 leaders’ support."
	var out, errOut bytes.Buffer
	code := run([]string{"-json", "-date", "2025-08"}, strings.NewReader(text), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		lines = append(lines, m)
	}
	require.Len(t, lines, 5)
	var kinds, texts []string
	for _, m := range lines {
		kinds = append(kinds, m["kind"].(string))
		texts = append(texts, m["text"].(string))
		start, end := int(m["start"].(float64)), int(m["end"].(float64))
		assert.Equal(t, text[start:end], m["text"])
	}
	assert.Equal(t, []string{"actor", "actor", "actor", "actor", "figure"}, kinds)
	assert.Equal(t, []string{"Coalition of the Willing", "CoW", "CoW", "Germany", "around 25 leaders"}, texts)
	assert.Equal(t, true, lines[1]["short_form"])
	assert.Equal(t, "germany", lines[3]["targets"].([]any)[0].(map[string]any)["id"], "the date tells Germany from the German Empire")
	assert.Equal(t, "about", lines[4]["figure"].(map[string]any)["bound"])
}

func TestRunBadDate(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-date", "soon"}, strings.NewReader("x"), &out, &errOut))
	assert.Contains(t, errOut.String(), "tag: -date: ")
	assert.Contains(t, errOut.String(), "Usage: tag")
}
