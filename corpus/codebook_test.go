package corpus

import (
	"flag"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/corpus/internal/jsontree"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/seeds"
)

// codebookFile is the checked-in codebook, relative to this package.
const codebookFile = "../seeds/CODEBOOK.md"

// regenerate is how to bring the codebook's enum tables up to date.
const regenerate = "run `go generate ./...` from the module root (or `go test ./corpus -run TestCodebookIsGenerated -update-codebook`)"

var updateCodebook = flag.Bool("update-codebook", false, "rewrite the enum tables of seeds/CODEBOOK.md from the Go tables")

// TestCodebookIsGenerated: every enum of every package has its region in
// CODEBOOK.md, and each region holds exactly the table renderCodebook makes
// from the enum's Go table, so the codebook cannot define a value
// differently from the code. With -update-codebook it rewrites the file.
func TestCodebookIsGenerated(t *testing.T) {
	src, err := os.ReadFile(codebookFile)
	require.NoError(t, err)
	want, err := renderCodebook(src, enum.All())
	require.NoError(t, err, "CODEBOOK.md's enum regions are wrong; fix the markers, then %s", regenerate)
	if *updateCodebook {
		require.NoError(t, os.WriteFile(codebookFile, want, 0o644))
		return
	}
	if string(want) != string(src) {
		t.Errorf("seeds/CODEBOOK.md is stale: its enum tables differ from the Go tables; %s. First difference: %s", regenerate, firstDiff(string(src), string(want)))
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ": has " + strconv.Quote(g[i]) + ", want " + strconv.Quote(w[i])
		}
	}
	return "line " + strconv.Itoa(min(len(g), len(w))+1) + ": the files differ in length"
}

// TestCodebookSeesEveryEnum: this test binary, which renders the codebook,
// links every package of the module that builds an enum table, so that no
// enum is missing from the registry the codebook is rendered from.
func TestCodebookSeesEveryEnum(t *testing.T) {
	declaring := map[string]bool{}
	require.NoError(t, filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") || strings.Contains(p, "/internal/") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.Contains(string(data), "enum.New(") {
			declaring[path.Join(module, filepath.ToSlash(filepath.Dir(strings.TrimPrefix(p, "../"))))] = true
		}
		return nil
	}))
	require.NotEmpty(t, declaring, "precondition: the module has enums")
	for p := range declaring {
		assert.NotEmpty(t, enum.Of(p), "%s declares an enum, but its tables are not in this test binary's registry: import it from a test of package corpus", p)
	}
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

// TestEveryEnumValueHasAMeaning: every value of every enum has a
// definition in its Go table, which TestCodebookIsGenerated then finds in
// the codebook, so a reader of the data can look up any value.
func TestEveryEnumValueHasAMeaning(t *testing.T) {
	for _, e := range enum.All() {
		for _, v := range e.Values {
			assert.NotEmpty(t, v.Doc, "%s value %s has no definition", codebookKey(e), v.Name)
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
		root, _, err := jsontree.Parse(string(data))
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
