package corpus_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite seeds/schema.json from the Go types")

// schemaPath is the schema's place on disk, relative to this package.
const (
	schemaPath = "../seeds/schema.json"
	schemaName = "schema.json" // its name in seeds.FS()
	schemaID   = "https://github.com/accordmodel/accord/seeds/schema.json"
)

// schemaFile is one kind of data file: the file names it covers, its $defs
// name and the Go type its top-level object decodes into (the type the
// corpus loader decodes it into).
type schemaFile struct {
	pattern string // a path.Match pattern inside seeds/
	def     string
	typ     reflect.Type
}

// schemaFiles lists every kind of file in seeds/. TestSchemaCoversEveryFile
// fails when a data file matches none of them.
func schemaFiles() []schemaFile {
	return []schemaFile{
		{"documents.json", "file.documents", tf[struct {
			Documents []corpus.Document `json:"documents"`
		}]()},
		{"actors.json", "file.actors", tf[struct {
			Actors []actors.Actor `json:"actors"`
		}]()},
		{"issues.json", "file.issues", tf[struct {
			Issues []actors.Issue `json:"issues"`
		}]()},
		{"instruments.json", "file.instruments", tf[struct {
			Instruments []guarantees.Instrument `json:"instruments"`
		}]()},
		{"doctrines.json", "file.doctrines", tf[struct {
			Doctrines []neutrality.Doctrine `json:"doctrines"`
		}]()},
		{"rules.json", "file.rules", tf[struct {
			Rules []neutrality.Rule `json:"rules"`
		}]()},
		{"terms.json", "file.terms", tf[struct {
			Terms []corpus.KeyTerm `json:"terms"`
		}]()},
		{"settlements.json", "file.settlements", tf[struct {
			Bloc        string                   `json:"bloc"`
			Bindings    []settlement.TermBinding `json:"bindings"`
			Settlements []settlement.Settlement  `json:"settlements"`
		}]()},
		{"positions/*.json", "file.positions", tf[struct {
			Document  string            `json:"document"`
			Positions []actors.Position `json:"positions"`
		}]()},
		{"quantities/*.json", "file.quantities", tf[struct {
			Document   string            `json:"document"`
			Quantities []actors.Quantity `json:"quantities"`
		}]()},
		{"neutrality/*.json", "file.neutrality", tf[struct {
			Document string              `json:"document"`
			Statuses []neutrality.Status `json:"statuses,omitempty"`
			Demands  []neutrality.Demand `json:"demands,omitempty"`
		}]()},
	}
}

// schemaEnums maps a package path to the registry's enum tables of that
// package.
func schemaEnums() map[string][]enum.Info {
	out := map[string][]enum.Info{}
	for _, e := range enum.All() {
		out[e.Package] = append(out[e.Package], e)
	}
	return out
}

// enumTable returns the registry's entry for the enum type t.
func enumTable(t reflect.Type) (enum.Info, bool) {
	for _, e := range enum.All() {
		if e.Package == t.PkgPath() && e.GoType == t.Name() {
			return e, true
		}
	}
	return enum.Info{}, false
}

func wireNamesOf(e enum.Info) []string {
	var out []string
	for _, v := range e.Values {
		out = append(out, v.Name)
	}
	return out
}

// schemaGen turns Go types into JSON Schema definitions.
type schemaGen struct {
	t    *testing.T
	defs map[string]any
}

// defName is the $defs name of a named type: "actors.Actor".
func defName(t reflect.Type) string {
	pkg := t.PkgPath()
	return pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.Name()
}

func ref(name string) map[string]any { return map[string]any{"$ref": "#/$defs/" + name} }

// fieldRules replace the generated schema of a field ("type.json-name")
// where the loader checks more than the Go type says.
var fieldRules = map[string]map[string]any{
	"accord.Citation.doc":    {"type": "string", "pattern": idPattern},
	"accord.Citation.anchor": {"type": "string", "pattern": anchorPattern, "description": "a phrase of the document, at most 12 words"},
	"corpus.Document.sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
	"corpus.Document.words":  {"type": "integer", "minimum": 1},
}

// recordDefs maps every record kind's name to the $defs name of its
// record: both schemas define each kind under its name, as the export
// and Search call it.
func recordDefs() map[string]string {
	return map[string]string{
		"document": "corpus.Document", "actor": "actors.Actor", "issue": "actors.Issue",
		"instrument": "guarantees.Instrument", "position": "actors.Position", "status": "neutrality.Status",
		"demand": "neutrality.Demand", "rule": "neutrality.Rule", "doctrine": "neutrality.Doctrine",
		"term": "corpus.KeyTerm", "settlement": "settlement.Settlement", "settlement-frame": "corpus.exportFrame",
		"quantity": "actors.Quantity",
	}
}

// defineRecordKinds adds a definition named after each record kind.
func (g *schemaGen) defineRecordKinds() {
	g.schema(reflect.TypeFor[corpus.ExportFrameForSchema]())
	for kind, def := range recordDefs() {
		if _, ok := g.defs[def]; !ok {
			g.t.Errorf("record kind %s: no definition %s", kind, def)
		}
		g.defs[kind] = map[string]any{"$ref": "#/$defs/" + def, "description": "a record of kind " + kind}
	}
}

const (
	// anchorPattern: one to twelve words, as fold.WordCount counts them.
	anchorPattern = `^\s*\S+(\s+\S+){0,11}\s*$`
	datePattern   = `^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$`
	idPattern     = `^[a-z0-9]+(-[a-z0-9]+)*$`
	tagPattern    = `^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`
)

func (g *schemaGen) schema(t reflect.Type) map[string]any {
	switch {
	case t == dateType:
		g.define("accord.Date", func() map[string]any {
			return map[string]any{"type": "string", "pattern": datePattern,
				"description": "a date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD"}
		})
		return ref("accord.Date")
	case t == tagType:
		g.define("language.Tag", func() map[string]any {
			return map[string]any{"type": "string", "pattern": tagPattern, "description": "a BCP 47 language tag, such as uk or ru"}
		})
		return ref("language.Tag")
	case classify(t) == wireEnum:
		name := defName(t)
		g.define(name, func() map[string]any {
			e, ok := enumTable(t)
			if !ok {
				g.t.Errorf("%v: no enum table of the registry describes it", t)
			}
			return map[string]any{"type": "string", "enum": wireNamesOf(e),
				"description": fmt.Sprintf("%s (package %s); CODEBOOK.md defines each value", e.Type, t.PkgPath())}
		})
		return ref(name)
	case t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler):
		g.t.Errorf("%v is decoded from a string, but the schema generator has no rule for it", t)
		return map[string]any{"type": "string"}
	}
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Pointer:
		return g.schema(t.Elem())
	case reflect.Slice, reflect.Array:
		return map[string]any{"type": "array", "items": g.schema(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object", "propertyNames": g.schema(t.Key()), "additionalProperties": g.schema(t.Elem())}
	case reflect.Struct:
		if t.Name() == "" {
			return g.object(t)
		}
		name := defName(t)
		g.define(name, func() map[string]any { return g.object(t) })
		return ref(name)
	}
	g.t.Errorf("the schema generator has no rule for %v", t)
	return map[string]any{}
}

func (g *schemaGen) define(name string, build func() map[string]any) {
	if _, ok := g.defs[name]; ok {
		return
	}
	g.defs[name] = nil // a placeholder, so that recursive types terminate
	g.defs[name] = build()
}

// object is the schema of a struct: its json-tagged fields; the fields
// without omitempty or omitzero are required; no other member is allowed,
// as the loader's strict decoder allows none.
func (g *schemaGen) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		tagv := f.Tag.Get("json")
		if tagv == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tagv, ",")
		if name == "" {
			g.t.Errorf("%v.%s has no json name", t, f.Name)
			name = f.Name
		}
		s := g.schema(f.Type)
		if name == "id" && f.Type.Kind() == reflect.String {
			s = map[string]any{"type": "string", "pattern": idPattern}
		}
		req := !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero")
		// Required evidence is never empty: the loader wants a citation.
		if name == "evidence" && req && f.Type.Kind() == reflect.Slice {
			s["minItems"] = 1
		}
		if o, ok := fieldRules[defName(t)+"."+name]; ok {
			s = o
		}
		props[name] = s
		if req {
			required = append(required, name)
		}
	}
	out := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		out["required"] = required
	}
	return out
}

// buildSchema returns the JSON Schema (draft 2020-12) of the seeds data
// format, generated from the Go types the loader decodes.
func buildSchema(t *testing.T) map[string]any {
	g := &schemaGen{t: t, defs: map[string]any{}}
	var files []any
	for _, f := range schemaFiles() {
		s := g.object(f.typ)
		s["description"] = "seeds/" + f.pattern
		g.defs[f.def] = s
		files = append(files, ref(f.def))
	}
	g.defineRecordKinds()
	return map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     schemaID,
		"title":   "accord seed corpus",
		"description": "The data files of accord's seeds/ directory. Each file matches the definition whose " +
			"description names its path (file.*); every enum lists the wire names of its Go table, " +
			"and CODEBOOK.md defines every field and value. Generated from the Go types by " +
			"`go test ./corpus -run TestSchemaIsUpToDate -update-schema`.",
		"anyOf": files,
		"$defs": g.defs,
	}
}

func encodeSchema(t *testing.T, s map[string]any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(s))
	return buf.Bytes()
}

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(schemaPath)
	require.NoError(t, err, "run go test ./corpus -run TestSchemaIsUpToDate -update-schema")
	var s map[string]any
	require.NoError(t, json.Unmarshal(data, &s))
	return s
}

// TestSchemaIsUpToDate: seeds/schema.json is what the Go types generate,
// so it cannot drift from what the loader accepts.
func TestSchemaIsUpToDate(t *testing.T) {
	want := encodeSchema(t, buildSchema(t))
	if *updateSchema {
		require.NoError(t, os.WriteFile(schemaPath, want, 0o644))
	}
	got, err := os.ReadFile(schemaPath)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got),
		"seeds/schema.json is stale: run go test ./corpus -run TestSchemaIsUpToDate -update-schema")
	embedded, err := fs.ReadFile(seeds.FS(), schemaName)
	require.NoError(t, err, "seeds/schema.json must be embedded")
	assert.Equal(t, got, embedded)
}

// TestSchemaEnumsMatchEnumTables: every enum in the checked-in schema lists
// exactly the wire names of its table in the registry, and every table
// of every package appears in the schema unless no data field uses it.
func TestSchemaEnumsMatchEnumTables(t *testing.T) {
	s := loadSchema(t)
	defs := s["$defs"].(map[string]any)
	seen := map[string]bool{}
	n := 0
	for name, d := range defs {
		def := d.(map[string]any)
		vals, ok := def["enum"]
		if !ok {
			continue
		}
		n++
		pkg, _, _ := strings.Cut(name, ".")
		var found bool
		for pkgPath, tables := range schemaEnums() {
			if path.Base(pkgPath) != pkg {
				continue
			}
			for _, e := range tables {
				var got []string
				for _, v := range vals.([]any) {
					got = append(got, v.(string))
				}
				if desc, _ := def["description"].(string); strings.HasPrefix(desc, e.Type+" ") {
					assert.Equal(t, wireNamesOf(e), got, "schema enum %s", name)
					found = true
					seen[pkgPath+"."+e.Type] = true
				}
			}
		}
		assert.True(t, found, "schema enum %s matches no enum table of the registry", name)
	}
	assert.Positive(t, n)
	for pkgPath, tables := range schemaEnums() {
		for _, e := range tables {
			if !seen[pkgPath+"."+e.Type] {
				t.Logf("%s.%s is not used by any data field", path.Base(pkgPath), e.Type)
			}
		}
	}
}

// TestSchemaCoversEveryFile: every data file in seeds/ is of one kind the
// schema describes.
func TestSchemaCoversEveryFile(t *testing.T) {
	for _, name := range schemaDataFiles(t) {
		_, ok := schemaFileFor(name)
		assert.True(t, ok, "%s matches no file kind of the schema: add it to schemaFiles", name)
	}
}

func schemaDataFiles(t *testing.T) []string {
	t.Helper()
	var names []string
	require.NoError(t, fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".json" && p != schemaName {
			names = append(names, p)
		}
		return err
	}))
	require.NotEmpty(t, names)
	return names
}

func schemaFileFor(name string) (schemaFile, bool) {
	for _, f := range schemaFiles() {
		if ok, _ := path.Match(f.pattern, name); ok {
			return f, true
		}
	}
	return schemaFile{}, false
}

// TestSeedsSatisfySchema validates every embedded data file against the
// checked-in schema: its own file definition, and the schema's anyOf.
func TestSeedsSatisfySchema(t *testing.T) {
	s := loadSchema(t)
	v := &validator{root: s, patterns: map[string]*regexp.Regexp{}}
	for _, name := range schemaDataFiles(t) {
		f, ok := schemaFileFor(name)
		if !ok {
			continue
		}
		data, err := fs.ReadFile(seeds.FS(), name)
		require.NoError(t, err)
		var doc any
		require.NoError(t, json.Unmarshal(data, &doc), name)
		for _, e := range v.validate(ref(f.def), doc, "") {
			t.Errorf("%s: %s", name, e)
		}
		assert.Empty(t, v.validate(s, doc, ""), "%s does not satisfy the schema's anyOf", name)
	}
}

// TestSchemaValidatorRejects shows that the validator catches what the
// schema forbids: a missing required field, an unknown field, an unknown
// enum name, a malformed date and id, and a wrong type.
func TestSchemaValidatorRejects(t *testing.T) {
	s := loadSchema(t)
	v := &validator{root: s, patterns: map[string]*regexp.Regexp{}}
	data, err := fs.ReadFile(seeds.FS(), "documents.json")
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		edit func(d map[string]any)
		want string
	}{
		{"missing", func(d map[string]any) { delete(d, "title") }, "documents[0]: missing required member title"},
		{"unknown", func(d map[string]any) { d["subtitle"] = "x" }, "documents[0]: unknown member subtitle"},
		{"enum", func(d map[string]any) { d["kind"] = "blog" }, `documents[0].kind: "blog" is not one of`},
		{"date", func(d map[string]any) { d["written"] = map[string]any{"from": "2022-13"} }, "documents[0].written.from: does not match"},
		{"id", func(d map[string]any) { d["id"] = "Not A Slug" }, "documents[0].id: does not match"},
		{"type", func(d map[string]any) { d["words"] = "many" }, "documents[0].words: want integer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var doc map[string]any
			require.NoError(t, json.Unmarshal(data, &doc))
			tc.edit(doc["documents"].([]any)[0].(map[string]any))
			errs := v.validate(ref("file.documents"), doc, "")
			require.NotEmpty(t, errs)
			assert.Contains(t, strings.Join(errs, "\n"), tc.want)
		})
	}
}

// validator checks a decoded JSON value against the subset of JSON Schema
// 2020-12 the generated schema uses: $ref to #/$defs, type, properties,
// required, additionalProperties, propertyNames, items, enum, pattern and
// anyOf. It returns every problem with its JSON path.
type validator struct {
	root     map[string]any
	patterns map[string]*regexp.Regexp
}

func (v *validator) validate(schema map[string]any, x any, at string) []string {
	var errs []string
	fail := func(format string, args ...any) {
		where := at
		if where == "" {
			where = "(top level)"
		}
		errs = append(errs, where+": "+fmt.Sprintf(format, args...))
	}
	if r, ok := schema["$ref"].(string); ok {
		name, ok := strings.CutPrefix(r, "#/$defs/")
		def, _ := v.root["$defs"].(map[string]any)[name].(map[string]any)
		if !ok || def == nil {
			fail("unresolved $ref %s", r)
			return errs
		}
		errs = append(errs, v.validate(def, x, at)...)
	}
	if alts, ok := schema["anyOf"].([]any); ok {
		matched := false
		for _, alt := range alts {
			if len(v.validate(alt.(map[string]any), x, at)) == 0 {
				matched = true
				break
			}
		}
		if !matched {
			fail("matches none of %d alternatives", len(alts))
		}
	}
	if typ, ok := schema["type"].(string); ok && !jsonTypeIs(x, typ) {
		fail("want %s, have %T", typ, x)
		return errs
	}
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, x) {
		fail("%q is not one of %v", x, enum)
	}
	if p, ok := schema["pattern"].(string); ok {
		re := v.patterns[p]
		if re == nil {
			re = regexp.MustCompile(p)
			v.patterns[p] = re
		}
		if s, ok := x.(string); ok && !re.MatchString(s) {
			fail("does not match %s: %q", p, s)
		}
	}
	switch x := x.(type) {
	case map[string]any:
		props, _ := schema["properties"].(map[string]any)
		if req, ok := schema["required"].([]any); ok {
			for _, r := range req {
				if _, ok := x[r.(string)]; !ok {
					fail("missing required member %s", r)
				}
			}
		}
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range x {
				if !yield(k) {
					return
				}
			}
		})
		for _, k := range keys {
			child := k
			if at != "" {
				child = at + "." + k
			}
			if pn, ok := schema["propertyNames"].(map[string]any); ok {
				for _, e := range v.validate(pn, k, child) {
					errs = append(errs, "property name "+e)
				}
			}
			if ps, ok := props[k].(map[string]any); ok {
				errs = append(errs, v.validate(ps, x[k], child)...)
				continue
			}
			switch ap := schema["additionalProperties"].(type) {
			case bool:
				if !ap {
					fail("unknown member %s", k)
				}
			case map[string]any:
				errs = append(errs, v.validate(ap, x[k], child)...)
			}
		}
	case []any:
		if items, ok := schema["items"].(map[string]any); ok {
			for i, e := range x {
				errs = append(errs, v.validate(items, e, at+"["+strconv.Itoa(i)+"]")...)
			}
		}
	}
	return errs
}

func jsonTypeIs(x any, typ string) bool {
	switch typ {
	case "object":
		_, ok := x.(map[string]any)
		return ok
	case "array":
		_, ok := x.([]any)
		return ok
	case "string":
		_, ok := x.(string)
		return ok
	case "boolean":
		_, ok := x.(bool)
		return ok
	case "number":
		_, ok := x.(float64)
		return ok
	case "integer":
		f, ok := x.(float64)
		return ok && f == float64(int64(f))
	case "null":
		return x == nil
	}
	return false
}

const (
	exportSchemaPath = "export.schema.json"
	exportSchemaID   = "https://github.com/accordmodel/accord/corpus/export.schema.json"
)

// lineKinds maps each kind of line of the JSON Lines export to the
// $defs name of its record.
func lineKinds() map[string]string {
	out := map[string]string{}
	for kind := range recordDefs() {
		out[kind] = kind
	}
	for kind, def := range map[string]string{
		"verdict": "corpus.exportVerdict", "assessment": "corpus.exportAssessment",
		"clash": "corpus.exportRelation", "evaluation": "corpus.exportEvaluation",
	} {
		out[kind] = def
	}
	return out
}

// buildExportSchema returns the JSON Schema of the export, generated from
// the Go types WriteJSONWith encodes; the records' definitions are those
// of seeds/schema.json.
func buildExportSchema(t *testing.T) map[string]any {
	g := &schemaGen{t: t, defs: map[string]any{}}
	for _, f := range schemaFiles() {
		g.object(f.typ) // the records' definitions, named as in seeds/schema.json
	}
	g.defs["corpus"] = g.object(reflect.TypeFor[corpus.ExportDocForSchema]())
	g.defineRecordKinds()
	kinds := slices.Sorted(maps.Keys(lineKinds()))
	var cases []any
	for _, kind := range kinds {
		cases = append(cases, map[string]any{
			"if":   map[string]any{"properties": map[string]any{"kind": map[string]any{"const": kind}}},
			"then": map[string]any{"properties": map[string]any{"record": ref(lineKinds()[kind])}},
		})
	}
	g.defs["line"] = map[string]any{
		"description": "one line of the JSON Lines export: a record of the kind named, with the document it is coded from, or a computed result",
		"type":        "object",
		"properties": map[string]any{
			"kind":     map[string]any{"enum": kinds},
			"document": map[string]any{"type": "string", "pattern": idPattern},
			"record":   map[string]any{"type": "object"},
		},
		"required":             []string{"kind", "record"},
		"additionalProperties": false,
		"allOf":                cases,
	}
	return map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     exportSchemaID,
		"title":   "accord corpus export",
		"description": "The output of corpus.WriteJSONWith (the root) and each line of corpus.WriteJSONLinesWith " +
			"(#/$defs/line). Every record kind is defined under its name, as in seeds/schema.json and corpus.RecordKind. " +
			"Generated from the Go types by `go test ./corpus -run TestExportSchemaIsUpToDate -update-schema`.",
		"$ref":  "#/$defs/corpus",
		"$defs": g.defs,
	}
}

// TestExportSchemaIsUpToDate: corpus/export.schema.json, which
// ExportSchema returns, is what the Go types generate.
func TestExportSchemaIsUpToDate(t *testing.T) {
	want := encodeSchema(t, buildExportSchema(t))
	if *updateSchema {
		require.NoError(t, os.WriteFile(exportSchemaPath, want, 0o644))
	}
	got, err := os.ReadFile(exportSchemaPath)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got),
		"corpus/export.schema.json is stale: run go test ./corpus -run TestExportSchemaIsUpToDate -update-schema")
	assert.Equal(t, got, corpus.ExportSchema(), "ExportSchema returns the file as built; rebuild after regenerating")
}

// TestRecordKindsHaveOneName: every kind Search returns and the export
// writes is defined under its name in both schemas, and the JSON Lines
// export uses only those names and the computed kinds.
func TestRecordKindsHaveOneName(t *testing.T) {
	data := loadSchema(t)["$defs"].(map[string]any)
	var export map[string]any
	require.NoError(t, json.Unmarshal(corpus.ExportSchema(), &export))
	exportDefs := export["$defs"].(map[string]any)
	for _, k := range corpus.RecordKinds() {
		assert.Contains(t, data, k.String(), "seeds/schema.json defines record kind %s", k)
		assert.Contains(t, exportDefs, k.String(), "export.schema.json defines record kind %s", k)
	}
	c, err := corpus.Default()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, c.WriteJSONLinesWith(&buf, corpus.ExportOptions{Computed: true}))
	seen := map[string]bool{}
	for line := range strings.Lines(buf.String()) {
		var l struct{ Kind string }
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		seen[l.Kind] = true
	}
	var kinds []string
	for _, k := range corpus.RecordKinds() {
		kinds = append(kinds, k.String())
	}
	kinds = append(kinds, "verdict", "assessment", "clash", "evaluation")
	assert.ElementsMatch(t, kinds, slices.Sorted(maps.Keys(seen)), "the export writes every kind, and only these")
}
