package accord_test

import (
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
// as apiModule (apilist_test.go) derives them from the compiled packages'
// type information. A change to the public surface thus shows in review as
// a change to that file, and CI fails while the file is stale.
//
// After changing the exported API, regenerate the file with
//
//	go test -run TestAPI . -update-api
//
// and commit it with the change.
func TestAPI(t *testing.T) {
	got, err := apiModule(".")
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

// checkAPISource type-checks src as package example.com/m/p.
func checkAPISource(t *testing.T, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n"+src, parser.SkipObjectResolution)
	require.NoError(t, err)
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("example.com/m/p", fset, []*ast.File{f}, nil)
	require.NoError(t, err)
	return pkg
}

func TestListAPIPackage(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // without the "pkg example.com/m/p, " prefix
	}{
		{
			name: "functions drop parameter names and qualify other packages by name",
			src:  `import ("io"; "time"); func F(w io.Writer, at ...time.Time) (n int, err error) { return }`,
			want: []string{"func F(io.Writer, ...time.Time) (int, error)"},
		},
		{
			name: "unexported identifiers are left out",
			src:  `func f() {}; type t struct{}; var v int; const c = 1; func (t) M() {}`,
			want: nil,
		},
		{
			name: "struct fields, embedded fields and methods",
			src: `type Base struct{}; func (Base) Hello() string { return "" }
type S struct { Base; A, b string; C *S }
func (s *S) Set(string) {}; func (S) Get() []byte { return nil }`,
			want: []string{
				"method (*S) Set(string)",
				"method (Base) Hello() string",
				"method (S) Get() []byte",
				"method (S) Hello() string",
				"type Base struct",
				"type S struct",
				"type S struct, A string",
				"type S struct, C *S",
				"type S struct, embedded Base",
			},
		},
		{
			name: "typed and untyped constants give their type and value",
			src:  `type Stance uint8; const (Supports Stance = iota + 1; Opposes); const Max = 12; const Name = "x"`,
			want: []string{
				"const Max = 12",
				"const Max ideal-int",
				"const Name = \"x\"",
				"const Name ideal-string",
				"const Opposes = 2",
				"const Opposes Stance",
				"const Supports = 1",
				"const Supports Stance",
				"type Stance uint8",
			},
		},
		{
			name: "interfaces list each method and their names",
			src:  `type Source interface { Lookup(id string) (int, bool); All() map[string][]int }; type sealed interface{ Exported(); hidden() }; type Sealed sealed`,
			want: []string{
				"type Sealed interface, Exported()",
				"type Sealed interface, unexported methods",
				"type Source interface { All, Lookup }",
				"type Source interface, All() map[string][]int",
				"type Source interface, Lookup(string) (int, bool)",
			},
		},
		{
			name: "variables, aliases, function types and generics",
			src: `import "errors"; var ErrX = errors.New("x"); type A = []int; type B = A; type Fn func(any) error
type List[T comparable] struct{ Items []T }; func (l List[T]) Has(T) bool { return false }
func Map[K comparable, V any](map[K]V) []K { return nil }`,
			want: []string{
				"func Map[$0 comparable, $1 any](map[$0]$1) []$0",
				"method (List[$0]) Has($0) bool",
				"type A = []int",
				"type B = A",
				"type Fn func(any) error",
				"type List[$0 comparable] struct",
				"type List[$0 comparable] struct, Items []$0",
				"var ErrX error",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			for _, l := range tt.want {
				want = append(want, "pkg example.com/m/p, "+l)
			}
			assert.Equal(t, want, apiPackage(checkAPISource(t, tt.src)))
		})
	}
}

func TestListAPIModule(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"go.mod":                   "module example.com/m\n\ngo 1.26\n",
		"m.go":                     "package m\n\nimport \"example.com/m/sub\"\n\nfunc Root(sub.T) {}\n",
		"m_test.go":                "package m\n\nfunc ExportedInTest() {}\n",
		"sub/sub.go":               "package sub\n\nimport \"example.com/m/internal/hidden\"\n\ntype T struct{ H hidden.H }\n",
		"internal/hidden/h.go":     "package hidden\n\ntype H int\n\nfunc Internal() {}\n",
		"cmd/tool/main.go":         "package main\n\nfunc Exported() {}\n\nfunc main() {}\n",
		"testdata/x/x.go":          "package x\n\nfunc InTestdata() {}\n",
		"nested/go.mod":            "module example.com/nested\n",
		"nested/n.go":              "package nested\n\nfunc InNestedModule() {}\n",
		"sub/internal/deep/d.go":   "package deep\n\nfunc Deep() {}\n",
		"sub/usesdeep/usesdeep.go": "package usesdeep\n\nimport \"example.com/m/sub/internal/deep\"\n\nvar F = deep.Deep\n",
	}
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	got, err := apiModule(root)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"pkg example.com/m, func Root(sub.T)",
		"pkg example.com/m/sub, type T struct",
		"pkg example.com/m/sub, type T struct, H hidden.H",
		"pkg example.com/m/sub/usesdeep, var F func()",
	}, got, "no internal packages, commands, testdata, nested modules or test files")
}

func TestListAPIModuleReportsBuildErrors(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/m\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "m.go"), []byte("package m\n\nfunc F() { undefined() }\n"), 0o644))
	_, err := apiModule(root)
	assert.ErrorContains(t, err, "undefined")
}
