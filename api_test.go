package accord_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/internal/apicheck"
)

var updateAPI = flag.Bool("update-api", false, "rewrite "+apiFile+" from the source instead of checking it")

// apiFile lists the module's exported API, one line per identifier.
const apiFile = "api/accord.txt"

// apiHeader opens apiFile; lines starting with # are not part of the
// listing.
const apiHeader = `# The exported API of github.com/accordmodel/accord, one line per exported
# identifier, in the format of Go's api/go1.*.txt files. Generated from the
# source by TestAPI in api_test.go; do not edit. To regenerate after changing
# the exported API, run from the module root:
#
#	go test -run TestAPI . -update-api
#
# and review the diff: every line that changes is a change to the public surface.
`

// TestAPI checks that api/accord.txt lists exactly the exported API of
// every non-internal package of the module (the root package accord and
// every package under it that is not internal, testdata or a command):
// package-level constants (type and value), variables, functions and types,
// the exported fields and methods of types and the methods of interfaces,
// as internal/apicheck derives them from the type-checked source. A change
// to the public surface thus shows in review as a change to that file, and
// CI fails while the file is stale.
//
// After changing the exported API, regenerate the file with
//
//	go test -run TestAPI . -update-api
//
// and commit it with the change.
func TestAPI(t *testing.T) {
	got, err := apicheck.Module(".")
	require.NoError(t, err)
	require.NotEmpty(t, got)
	for _, l := range got {
		assert.NotContains(t, l, "/internal", "internal packages are not API")
		assert.NotContains(t, l, "/examples", "example programs are not API")
	}

	if *updateAPI {
		require.NoError(t, os.MkdirAll(filepath.Dir(apiFile), 0o755))
		require.NoError(t, os.WriteFile(apiFile, []byte(apiHeader+strings.Join(got, "\n")+"\n"), 0o644))
		t.Logf("wrote %s: %d lines", apiFile, len(got))
		return
	}

	data, err := os.ReadFile(apiFile)
	require.NoError(t, err, "%s is missing; create it with: go test -run TestAPI . -update-api", apiFile)
	var want []string
	for l := range strings.Lines(string(data)) {
		if l = strings.TrimRight(l, "\r\n"); l != "" && !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	if added, removed := difference(got, want), difference(want, got); len(added)+len(removed) > 0 {
		t.Errorf("%s is stale: the exported API has %d line(s) it lacks and lacks %d it lists.\n"+
			"If the change is intended, regenerate it and commit it with the change:\n\n"+
			"\tgo test -run TestAPI . -update-api\n\n%s",
			apiFile, len(added), len(removed), diffText(added, removed))
		return
	}
	assert.Equal(t, got, want, "%s lists the same lines, but not sorted or with repeats; regenerate it: go test -run TestAPI . -update-api", apiFile)
}

// difference returns the lines of a that b lacks, in a's order.
func difference(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, l := range b {
		in[l] = true
	}
	var out []string
	for _, l := range a {
		if !in[l] {
			out = append(out, l)
		}
	}
	return out
}

// diffText shows up to 40 added (+) and removed (-) lines.
func diffText(added, removed []string) string {
	var b strings.Builder
	n := 0
	for _, part := range []struct {
		sign  string
		lines []string
	}{{"+", added}, {"-", removed}} {
		for _, l := range part.lines {
			if n == 40 {
				fmt.Fprintf(&b, "… and %d more\n", len(added)+len(removed)-n)
				return b.String()
			}
			fmt.Fprintf(&b, "%s %s\n", part.sign, l)
			n++
		}
	}
	return b.String()
}
