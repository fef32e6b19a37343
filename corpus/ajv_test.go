package corpus_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/seeds"
)

// ajvResult is one line validate.cjs prints.
type ajvResult struct {
	File   string   `json:"file"`
	Line   int      `json:"line"`
	Valid  bool     `json:"valid"`
	Errors []string `json:"errors"`
}

// ajv returns a function that validates files against schemaFile with
// ajv (from the npm registry), through testdata/validate.cjs: args are
// refs into the schema ("#", "#/$defs/line"), each followed by the files
// to check against it. ajv is looked for in the node_modules folder
// $ACCORD_NODE_MODULES; without node or ajv the test is skipped, unless
// ACCORD_REQUIRE_AJV is set (as in CI), when it fails.
func ajv(t *testing.T) func(schemaFile string, args ...string) []ajvResult {
	t.Helper()
	modules := os.Getenv("ACCORD_NODE_MODULES")
	node, err := exec.LookPath("node")
	if err == nil && modules != "" {
		probe := exec.Command(node, "-e", `require.resolve("ajv/dist/2020")`)
		probe.Env = append(os.Environ(), "NODE_PATH="+modules)
		err = probe.Run()
	}
	if err != nil || modules == "" {
		msg := "ajv is not at hand: install it with `npm install --prefix .ci/node ajv@8` and set ACCORD_NODE_MODULES=$PWD/.ci/node/node_modules (.ci/run does both)"
		if os.Getenv("ACCORD_REQUIRE_AJV") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return func(schemaFile string, args ...string) []ajvResult {
		t.Helper()
		cmd := exec.Command(node, append([]string{"testdata/validate.cjs", schemaFile}, args...)...)
		cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		require.NoError(t, err, stderr.String())
		var results []ajvResult
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r ajvResult
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
			results = append(results, r)
		}
		require.NoError(t, sc.Err())
		return results
	}
}

// assertAllValid fails for every result ajv found invalid, and when there
// are none to check.
func assertAllValid(t *testing.T, results []ajvResult) {
	t.Helper()
	require.NotEmpty(t, results)
	for _, r := range results {
		assert.True(t, r.Valid, "%s:%d: %v", r.File, r.Line, r.Errors)
	}
}

// TestSchemasWithAjv validates with ajv, a validator that is not ours,
// what the library writes and every data file: the export (JSON and JSON
// Lines, with and without the computed results) against
// corpus/export.schema.json, and each data file of the embedded corpus, of
// the worked example's layer and of the real-cases layer against its
// definition in seeds/schema.json.
func TestSchemasWithAjv(t *testing.T) {
	validate := ajv(t)
	dir := t.TempDir()
	c, err := corpus.Default()
	require.NoError(t, err)
	var wholes, jsonl []string
	nlines := 0
	for _, computed := range []bool{false, true} {
		opts := corpus.ExportOptions{Computed: computed}
		var whole, lines bytes.Buffer
		require.NoError(t, c.WriteJSONWith(&whole, opts))
		require.NoError(t, c.WriteJSONLinesWith(&lines, opts))
		name := filepath.Join(dir, "corpus")
		if computed {
			name += "-computed"
		}
		require.NoError(t, os.WriteFile(name+".json", whole.Bytes(), 0o644))
		require.NoError(t, os.WriteFile(name+".jsonl", lines.Bytes(), 0o644))
		wholes, jsonl = append(wholes, name+".json"), append(jsonl, name+".jsonl")
		nlines += strings.Count(lines.String(), "\n")
	}
	results := validate(exportSchemaPath, append(append([]string{"#"}, wholes...), append([]string{"#/$defs/line"}, jsonl...)...)...)
	assertAllValid(t, results)
	assert.Len(t, results, len(wholes)+nlines, "every document and every line is checked")

	var args []string
	layers := map[string]fs.FS{"../seeds": seeds.FS(), "../examples/extend/testdata/layer": os.DirFS("../examples/extend/testdata/layer"),
		"../testdata/cases": os.DirFS("../testdata/cases")}
	for root, fsys := range layers {
		byDef := map[string][]string{}
		require.NoError(t, fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || path.Ext(p) != ".json" || p == schemaName {
				return err
			}
			f, ok := schemaFileFor(registryPattern(p))
			require.True(t, ok, "%s/%s matches no file kind of the schema", root, p)
			byDef[f.def] = append(byDef[f.def], filepath.Join(root, p))
			return nil
		}))
		require.NotEmpty(t, byDef)
		for def, files := range byDef {
			args = append(append(args, "#/$defs/"+def), files...)
		}
	}
	assertAllValid(t, validate(schemaPath, args...))
}

// registryPattern turns the name of a file of a registry folder
// ("actors/harbour.json") into the registry's file name ("actors.json"),
// which the schema describes; other names are returned as they are.
func registryPattern(p string) string {
	dir, _ := path.Split(p)
	switch dir = strings.TrimSuffix(dir, "/"); dir {
	case "", "positions", "neutrality", "quantities":
		return p
	}
	return dir + ".json"
}

// brokenCopies are changes to the first actor of a registry that both the
// loader and the schemas must reject.
var brokenCopies = []struct {
	name string
	edit func(a map[string]any)
}{
	{"empty evidence", func(a map[string]any) { a["evidence"] = []any{} }},
	{"long anchor", func(a map[string]any) {
		a["evidence"] = []any{map[string]any{"doc": "kyiv-official-stance", "anchor": strings.Repeat("word ", 13)}}
	}},
	{"unknown kind", func(a map[string]any) { a["kind"] = "spaceship" }},
	{"wrong id pattern", func(a map[string]any) { a["id"] = "Not_An_Id" }},
}

// TestSchemasRejectBrokenCopies: a copy of a data file and of the export
// with one broken actor is rejected by ajv, and the data file by the
// loader too, so the schema is as strict as the loader on each.
func TestSchemasRejectBrokenCopies(t *testing.T) {
	validate := ajv(t)
	c, err := corpus.Default()
	require.NoError(t, err)
	var export bytes.Buffer
	require.NoError(t, c.WriteJSONWith(&export, corpus.ExportOptions{Computed: true}))
	data, err := fs.ReadFile(seeds.FS(), "actors.json")
	require.NoError(t, err)
	dir := t.TempDir()
	dataArgs, exportArgs := []string{"#/$defs/file.actors"}, []string{"#"}
	brokenData := map[string][]byte{}
	for _, tc := range brokenCopies {
		broken := func(orig []byte) []byte {
			var doc map[string]any
			require.NoError(t, json.Unmarshal(orig, &doc))
			tc.edit(doc["actors"].([]any)[0].(map[string]any))
			out, err := json.Marshal(doc)
			require.NoError(t, err)
			return out
		}
		slug := strings.ReplaceAll(tc.name, " ", "-")
		file, exp := filepath.Join(dir, slug+"-actors.json"), filepath.Join(dir, slug+"-corpus.json")
		brokenData[tc.name] = broken(data)
		require.NoError(t, os.WriteFile(file, brokenData[tc.name], 0o644))
		require.NoError(t, os.WriteFile(exp, broken(export.Bytes()), 0o644))
		dataArgs, exportArgs = append(dataArgs, file), append(exportArgs, exp)
	}
	results := append(validate(schemaPath, dataArgs...), validate(exportSchemaPath, exportArgs...)...)
	require.Len(t, results, 2*len(brokenCopies))
	for _, r := range results {
		assert.False(t, r.Valid, "%s: ajv accepts the broken copy", r.File)
		assert.NotEmpty(t, r.Errors)
	}
	for _, tc := range brokenCopies {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			require.NoError(t, fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					fsys[p] = &fstest.MapFile{Data: noErr(fs.ReadFile(seeds.FS(), p))}
				}
				return err
			}))
			fsys["actors.json"] = &fstest.MapFile{Data: brokenData[tc.name]}
			_, err := corpus.Load(fsys)
			assert.Error(t, err, "the loader rejects the broken copy too")
		})
	}
}

func noErr[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
