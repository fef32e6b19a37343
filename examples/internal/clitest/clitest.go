// Package clitest checks that an example program follows the conventions
// of package cli: -h and --help print the usage to standard output and
// exit 0; a bad flag or an argument too many prints the error and the
// usage to standard error and exits 2; the usage fits the columns.
package clitest

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/accordmodel/accord/examples/internal/cli"
)

// Run is a program's entry point, with its arguments and streams.
type Run func(args []string, stdout, stderr io.Writer) int

// Check runs the program name with -h, --help and an unknown flag, and,
// when stray is not nil, with the arguments stray (which the program must
// reject as an argument too many), and checks each status and stream.
func Check(t *testing.T, name string, run Run, stray []string) {
	t.Helper()
	usage := "Usage: " + name
	tests := []struct {
		name   string
		args   []string
		status int
		errMsg string // the first line on standard error; "" for none
	}{
		{"-h", []string{"-h"}, cli.ExitOK, ""},
		{"--help", []string{"--help"}, cli.ExitOK, ""},
		{"bad flag", []string{"-no-such-flag"}, cli.ExitUsage, name + ": flag provided but not defined: -no-such-flag"},
	}
	if stray != nil {
		tests = append(tests, struct {
			name   string
			args   []string
			status int
			errMsg string
		}{"stray argument", stray, cli.ExitUsage, name + ": unexpected argument"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.status, run(tt.args, &stdout, &stderr))
			out, errOut := stdout.String(), stderr.String()
			if tt.errMsg == "" {
				assert.True(t, strings.HasPrefix(out, usage), "the usage on standard output: %q", out)
				assert.Contains(t, out, "\nExample:\n  ", "the usage shows an example")
				assert.Empty(t, errOut)
				for i, l := range strings.Split(out, "\n") {
					assert.LessOrEqual(t, cli.Width(l), cli.Columns, "usage line %d: %q", i+1, l)
				}
				return
			}
			assert.Empty(t, out, "nothing on standard output")
			assert.True(t, strings.HasPrefix(errOut, tt.errMsg), "the error first: %q", errOut)
			assert.Contains(t, errOut, "\n\n"+usage, "then the usage")
		})
	}
}
