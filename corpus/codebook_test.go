package corpus

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/corpus/internal/jsontree"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/seeds"
)

// allEnums lists the enumerations of every package whose values may occur
// in the data.
func allEnums() []enum.Info {
	return slices.Concat(enum.Of("github.com/accordmodel/accord/actors"), enum.Of("github.com/accordmodel/accord/neutrality"), enum.Of("github.com/accordmodel/accord/guarantees"), enum.Of("github.com/accordmodel/accord/guarantees/settlement"), enum.Of("github.com/accordmodel/accord/corpus"))
}

// mapFields are data fields whose values are maps: their keys are data
// (language tags, for instance), not field names.
var mapFields = map[string]bool{"names": true}

func codebookTerms(t *testing.T) map[string]bool {
	t.Helper()
	data, err := fs.ReadFile(seeds.FS(), "CODEBOOK.md")
	require.NoError(t, err)
	terms := map[string]bool{}
	for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(string(data), -1) {
		terms[m[1]] = true
	}
	return terms
}

// TestCodebookDefinesEveryEnumValue: every wire name of every enumeration
// has a codebook entry, so a reader of the data can look up any value.
func TestCodebookDefinesEveryEnumValue(t *testing.T) {
	terms := codebookTerms(t)
	for _, e := range allEnums() {
		for _, v := range e.Values {
			assert.True(t, terms[v.Name], "CODEBOOK.md does not define %s value `%s`", e.Type, v.Name)
			assert.NotEmpty(t, v.Doc, "%s value %s has no definition", e.Type, v.Name)
		}
	}
}

// TestCodebookDefinesEveryField: every field name that occurs anywhere in
// the seed files is defined in the codebook.
func TestCodebookDefinesEveryField(t *testing.T) {
	terms := codebookTerms(t)
	missing := map[string][]string{}
	require.NoError(t, fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" || p == "schema.json" { // the schema describes the data; it is not data
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		require.NoError(t, err)
		root, _, err := jsontree.Parse(data)
		require.NoError(t, err, p)
		var walk func(n *jsontree.Node)
		walk = func(n *jsontree.Node) {
			for _, f := range n.Fields {
				if !terms[f.Key] {
					missing[f.Key] = append(missing[f.Key], p)
				}
				if mapFields[f.Key] && f.Value.Kind == jsontree.Object {
					for _, g := range f.Value.Fields {
						walk(g.Value)
					}
					continue
				}
				walk(f.Value)
			}
			for _, e := range n.Elems {
				walk(e)
			}
		}
		walk(root)
		return nil
	}))
	for key, files := range missing {
		slices.Sort(files)
		t.Errorf("CODEBOOK.md does not define field `%s` (used in %s)", key, strings.Join(slices.Compact(files), ", "))
	}
}
