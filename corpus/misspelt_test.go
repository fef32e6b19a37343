package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
)

// TestMisspeltFieldIsOneProblem: a required field written under a
// misspelt name is one problem, the unknown field, not also a missing
// required one; a field missing for another reason is still reported.
func TestMisspeltFieldIsOneProblem(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []string // "path kind" of every problem
	}{
		{"one letter wrong", `"summary": "s"`, `"sumary": "s"`,
			[]string{"documents[0].sumary unknown field"}},
		{"letters swapped", `"title": "A"`, `"titel": "A"`,
			[]string{"documents[0].titel unknown field"}},
		{"another case", `"title": "A"`, `"Title": "A"`,
			[]string{"documents[0].Title unknown field"}},
		{"unrelated name: both reported", `"summary": "s"`, `"notes": "s"`,
			[]string{"documents[0].notes unknown field", "documents[0].summary required value"}},
		{"misspelt and another missing", `"title": "A", "kind": "commentary"`, `"titel": "A"`,
			[]string{"documents[0].kind required value", "documents[0].titel unknown field"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, oneDocument, tt.old)
			text := strings.Replace(oneDocument, tt.old, tt.new, 1)
			_, err := Load(fstest.MapFS{"documents.json": {Data: []byte(text)}})
			var list accord.ErrorList
			require.ErrorAs(t, err, &list)
			var got []string
			for _, e := range list {
				got = append(got, e.Path.String()+" "+e.Kind.Error())
			}
			slices.Sort(got)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNearName(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"stanse", "stance", true}, {"titel", "title", true}, {"Summary", "summary", true},
		{"sumary", "summary", true}, {"notes", "summary", false}, {"id", "ix", false},
		{"evidance", "evidence", true}, {"period", "periods", true}, {"actor", "factors", true},
		{"kind", "mind", true}, {"kind", "file", false}, {"", "kind", false},
	} {
		assert.Equal(t, tt.want, nearName(tt.a, tt.b), "%s ~ %s", tt.a, tt.b)
	}
}
