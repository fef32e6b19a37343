package apicheck

import (
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

// check type-checks src as package example.com/m/p.
func check(t *testing.T, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n"+src, parser.SkipObjectResolution)
	require.NoError(t, err)
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("example.com/m/p", fset, []*ast.File{f}, nil)
	require.NoError(t, err)
	return pkg
}

func TestPackage(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // without the "pkg example.com/m/p, " prefix
	}{
		{
			name: "functions drop parameter names and qualify other packages by name",
			src:  `import ("io"; "golang.org/x/text/language"); func F(w io.Writer, tags ...language.Tag) (n int, err error) { return }`,
			want: []string{"func F(io.Writer, ...language.Tag) (int, error)"},
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
			assert.Equal(t, want, Package(check(t, tt.src)))
		})
	}
}

func TestModulePath(t *testing.T) {
	tests := []struct {
		name, gomod, want string
	}{
		{"plain", "module example.com/m\n\ngo 1.26\n", "example.com/m"},
		{"quoted, after a comment", "// the module\nmodule \"example.com/q\"\n", "example.com/q"},
		{"none", "go 1.26\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), "go.mod")
			require.NoError(t, os.WriteFile(name, []byte(tt.gomod), 0o644))
			got, err := modulePath(name)
			if tt.want == "" {
				assert.ErrorContains(t, err, "declares no module path")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPackageDirs(t *testing.T) {
	dirs, err := packageDirs(filepath.Join("..", ".."))
	require.NoError(t, err)
	assert.Subset(t, dirs, []string{".", "actors", filepath.Join("corpus", "chart")})
	for _, d := range dirs {
		for _, elem := range strings.Split(filepath.ToSlash(d), "/") {
			assert.NotContains(t, []string{"internal", "testdata"}, elem, "%s is not part of the API", d)
		}
	}
	assert.IsNonDecreasing(t, dirs, "lexical order")
}

func TestModuleRejectsAnotherModule(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module github.com/accordmodel/accord\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "doc.go"), []byte("package accord\n\nconst Other = 1\n"), 0o644))
	_, err := Module(root)
	assert.ErrorContains(t, err, "run from inside the module", "the go command resolves paths in the current module, not in root")
}
