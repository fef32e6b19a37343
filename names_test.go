package accord_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedTypeNames are the exported type names more than one package may
// declare, each because it names the same kind of thing in each domain:
// the kind, the stage, the events in a record's history, the options of
// the package's main operation, a condition attached to a record, the
// comparison of two records, and the check of commitments against the
// neutrality rulebook.
var sharedTypeNames = map[string]string{
	"Kind":            "the kind of the package's main record (actors, statuses, instruments, figures, mentions)",
	"Stage":           "how far a status, an instrument or a settlement package got",
	"Event":           "a dated fact in a record's history",
	"EventKind":       "what kind of fact an Event is",
	"Options":         "the options of the package's main operation (Check, Search)",
	"Condition":       "a condition a record holds under (a position's, a clause's)",
	"Comparison":      "what sets two records apart (two actors' positions, two assessments)",
	"NeutralityCheck": "commitments checked against the neutrality rulebook (an instrument's, a package's)",
	"Bound":           "how a stated number limits its quantity, with the same wire names (a position's figure, a figure read from a text)",
}

// TestNoTypeNameMeansTwoThings: an exported type name is declared in one
// package only, unless sharedTypeNames says why several may use it; so
// that a reader who meets a name knows what it means wherever it appears.
func TestNoTypeNameMeansTwoThings(t *testing.T) {
	data, err := os.ReadFile("api/accord.txt")
	require.NoError(t, err)
	decl := regexp.MustCompile(`^pkg ([^,]+), type ([A-Z][A-Za-z0-9]*) `)
	byName := map[string][]string{}
	for line := range strings.Lines(string(data)) {
		if m := decl.FindStringSubmatch(line); m != nil && !slices.Contains(byName[m[2]], m[1]) {
			byName[m[2]] = append(byName[m[2]], m[1])
		}
	}
	require.NotEmpty(t, byName, "precondition: the listing declares types")
	for name, pkgs := range byName {
		if len(pkgs) > 1 {
			_, shared := sharedTypeNames[name]
			assert.True(t, shared, "type %s is declared in %s: rename one, or say in sharedTypeNames why they name the same thing", name, strings.Join(pkgs, ", "))
		}
	}
	for name := range sharedTypeNames {
		assert.Greater(t, len(byName[name]), 1, "sharedTypeNames lists %s, which only one package declares", name)
	}
}
