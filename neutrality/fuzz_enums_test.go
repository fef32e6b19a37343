package neutrality_test

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// enumParsers lists every enum parser of package neutrality; FuzzParseEnums
// runs each of them on every input.
var enumParsers = map[string]func(string) (string, bool, error){
	"ParseActivity":    fzEnum(neutrality.ParseActivity),
	"ParseArmament":    fzEnum(neutrality.ParseArmament),
	"ParseBasis":       fzEnum(neutrality.ParseBasis),
	"ParseContext":     fzEnum(neutrality.ParseContext),
	"ParseDemandStage": fzEnum(neutrality.ParseDemandStage),
	"ParseDirection":   fzEnum(neutrality.ParseDirection),
	"ParseEventKind":   fzEnum(neutrality.ParseEventKind),
	"ParseKind":        fzEnum(neutrality.ParseKind),
	"ParsePosture":     fzEnum(neutrality.ParsePosture),
	"ParseReach":       fzEnum(neutrality.ParseReach),
	"ParseStage":       fzEnum(neutrality.ParseStage),
	"ParseVerdict":     fzEnum(neutrality.ParseVerdict),
}

// parsersFuzzedElsewhere are the Parse functions of package neutrality that
// are not enum parsers and have fuzz targets of their own.
var parsersFuzzedElsewhere = map[string]bool{}

// fzEnum adapts an enum parser: it returns the parsed value's String,
// whether the value is valid and MarshalText writes the same name, and the
// parser's error.
func fzEnum[T interface {
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}](parse func(string) (T, error)) func(string) (string, bool, error) {
	return func(s string) (string, bool, error) {
		v, err := parse(s)
		if err != nil {
			return "", false, err
		}
		b, merr := v.MarshalText()
		return v.String(), v.IsValid() && merr == nil && string(b) == v.String(), nil
	}
}

// FuzzParseEnums: every enum parser of the package accepts exactly its
// wire names, each of which round-trips through String and MarshalText,
// and rejects everything else with an error matching
// actors.ErrNotSupported; no input makes it panic. It is seeded with the
// package's wire names, their near misses, and every short string of the
// embedded data files.
func FuzzParseEnums(f *testing.F) {
	for _, e := range neutrality.Enums() {
		for _, v := range e.Values {
			f.Add(v.Name)
			f.Add(strings.ToUpper(v.Name))
		}
	}
	for _, s := range dataStrings(f) {
		f.Add(s)
	}
	f.Add("")
	f.Add("\xff")
	f.Fuzz(func(t *testing.T, name string) {
		for parser, parse := range enumParsers {
			got, ok, err := parse(name)
			if err != nil {
				if !errors.Is(err, actors.ErrNotSupported) {
					t.Fatalf("%s(%q): error %v does not match ErrNotSupported", parser, name, err)
				}
				continue
			}
			if got != name || !ok {
				t.Fatalf("%s(%q) = %q (round trip ok: %v)", parser, name, got, ok)
			}
		}
	})
}

// dataStrings returns a sample of at most 100 of the distinct one-word
// strings of at most 40 bytes in the embedded data files (ids, enum names
// and short texts), so that the fuzz smoke spends its time fuzzing rather
// than replaying seeds.
func dataStrings(f *testing.F) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if len(v) <= 40 && !strings.Contains(v, " ") && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	err := fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" || p == "schema.json" {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		if err != nil {
			return err
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			return nil // a malformed file is the loader's test's concern
		}
		walk(v)
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	slices.Sort(out)
	var sample []string
	for i := 0; i < len(out); i += len(out)/100 + 1 {
		sample = append(sample, out[i])
	}
	return sample
}

// TestEveryParserIsFuzzed: every exported Parse function of the package
// is in enumParsers or has a fuzz target of its own.
func TestEveryParserIsFuzzed(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Parse") {
				continue
			}
			if _, ok := enumParsers[fn.Name.Name]; !ok && !parsersFuzzedElsewhere[fn.Name.Name] {
				t.Errorf("%s is not fuzzed: add it to enumParsers in fuzz_enums_test.go", fn.Name.Name)
			}
		}
	}
}
