package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testUsage = Usage{
	Synopsis: "[-n N] [FILE]",
	About:    "Demo does a thing.\n\nA second paragraph.",
	Example:  "go run ./demo -n 3 file.txt",
	MaxArgs:  1,
}

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		name               string
		args               []string
		status             int
		ok                 bool
		stdout, stderr     string // what the streams contain; "" for empty
		stdoutUsage, errUs bool
	}{
		{name: "no arguments", ok: true},
		{name: "flag and file", args: []string{"-n", "2", "f"}, ok: true},
		{name: "-h", args: []string{"-h"}, stdoutUsage: true},
		{name: "--help", args: []string{"--help"}, stdoutUsage: true},
		{name: "-help after a flag", args: []string{"-n", "1", "-help"}, stdoutUsage: true},
		{name: "bad flag", args: []string{"-bogus"}, status: ExitUsage, stderr: "demo: flag provided but not defined: -bogus", errUs: true},
		{name: "bad value", args: []string{"-n", "x"}, status: ExitUsage, stderr: `demo: invalid value "x" for flag -n`, errUs: true},
		{name: "stray argument", args: []string{"a", "b"}, status: ExitUsage, stderr: `demo: unexpected argument "b"`, errUs: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fs := NewFlagSet("demo")
			fs.Int("n", 1, "how many times")
			var stdout, stderr bytes.Buffer
			status, ok := testUsage.Parse(fs, tt.args, &stdout, &stderr)
			assert.Equal(t, tt.status, status)
			assert.Equal(t, tt.ok, ok)
			if tt.stdoutUsage {
				assert.True(t, strings.HasPrefix(stdout.String(), "Usage: demo [-n N] [FILE]\n"), stdout.String())
			} else {
				assert.Empty(t, stdout.String())
			}
			if tt.errUs {
				assert.True(t, strings.HasPrefix(stderr.String(), tt.stderr), stderr.String())
				assert.Contains(t, stderr.String(), "\nUsage: demo [-n N] [FILE]\n")
			} else {
				assert.Empty(t, stderr.String())
			}
		})
	}
}

func TestPrint(t *testing.T) {
	fs := NewFlagSet("demo")
	fs.Int("n", 1, "how many `N` times "+strings.Repeat("and again ", 15))
	fs.Bool("v", false, "say more")
	var b bytes.Buffer
	testUsage.Print(&b, fs)
	got := b.String()
	for _, want := range []string{
		"Usage: demo [-n N] [FILE]\n\nDemo does a thing.\n\nA second paragraph.\n",
		"\nFlags:\n  -n N\n        how many N times and again",
		"(default \"1\")\n  -v\n        say more\n",
		"\nExample:\n  go run ./demo -n 3 file.txt\n",
	} {
		assert.Contains(t, got, want)
	}
	for _, l := range strings.Split(got, "\n") {
		assert.LessOrEqual(t, Width(l), Columns, l)
	}
}

func TestIsTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	file := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(file, []byte("x"), 0o644))
	plain, err := os.Open(file)
	require.NoError(t, err)
	defer plain.Close()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	for _, tt := range []struct {
		name string
		in   any
	}{
		{"null device", null},
		{"plain file", plain},
		{"pipe", r},
		{"not a file", strings.NewReader("x")},
		{"nil file", (*os.File)(nil)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in, _ := tt.in.(interface{ Read([]byte) (int, error) })
			assert.False(t, IsTerminal(in))
		})
	}
	// Another character device stands for a terminal.
	if zero, err := os.Open("/dev/zero"); err == nil {
		defer zero.Close()
		assert.True(t, IsTerminal(zero))
	}
}
