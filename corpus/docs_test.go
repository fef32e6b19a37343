package corpus_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moduleRoot is the module's directory, relative to this package.
const moduleRoot = ".."

// goPackageDirs returns every directory of the module that holds a Go
// package, relative to the module root, skipping testdata.
func goPackageDirs(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	require.NoError(t, filepath.WalkDir(moduleRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != moduleRoot {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") {
			rel, err := filepath.Rel(moduleRoot, filepath.Dir(p))
			if err != nil {
				return err
			}
			seen[filepath.ToSlash(rel)] = true
		}
		return nil
	}))
	return slices.Sorted(func(yield func(string) bool) {
		for d := range seen {
			if !yield(d) {
				return
			}
		}
	})
}

// parsePackage parses the Go files of dir: the package's own files and,
// separately, its test files.
func parsePackage(t *testing.T, dir string) (files, tests []*ast.File, fset *token.FileSet) {
	t.Helper()
	fset = token.NewFileSet()
	entries, err := os.ReadDir(filepath.Join(moduleRoot, dir))
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(moduleRoot, dir, e.Name()), nil, parser.ParseComments|parser.SkipObjectResolution)
		if !assert.NoError(t, err) {
			continue
		}
		if strings.HasSuffix(e.Name(), "_test.go") {
			tests = append(tests, f)
		} else {
			files = append(files, f)
		}
	}
	return files, tests, fset
}

// undocumented returns the exported identifiers of a package's files that
// have no doc comment: types, functions, methods of exported types, and
// constants and variables (a comment on the line of a constant, or the doc
// of a one-line declaration, counts).
func undocumented(files []*ast.File, fset *token.FileSet) []string {
	var out []string
	miss := func(pos token.Pos, what string) {
		p := fset.Position(pos)
		out = append(out, filepath.Base(p.Filename)+":"+itoa(p.Line)+": "+what)
	}
	exportedRecv := func(fn *ast.FuncDecl) (string, bool) {
		if fn.Recv == nil || len(fn.Recv.List) == 0 {
			return "", true
		}
		t := fn.Recv.List[0].Type
		for {
			switch x := t.(type) {
			case *ast.StarExpr:
				t = x.X
				continue
			case *ast.IndexExpr:
				t = x.X
				continue
			case *ast.IndexListExpr:
				t = x.X
				continue
			case *ast.Ident:
				return x.Name, x.IsExported()
			}
			return "", false
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				recv, ok := exportedRecv(d)
				if !ok || !d.Name.IsExported() || d.Doc != nil {
					continue
				}
				name := d.Name.Name
				if recv != "" {
					name = recv + "." + name
				}
				miss(d.Pos(), "func "+name)
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && s.Doc == nil && (d.Doc == nil || d.Lparen.IsValid()) {
							miss(s.Pos(), "type "+s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if !n.IsExported() {
								continue
							}
							documented := s.Doc != nil || s.Comment != nil || d.Doc != nil
							if !documented {
								miss(n.Pos(), d.Tok.String()+" "+n.Name)
							}
						}
					}
				}
			}
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestEveryExportedIdentifierIsDocumented: every exported type, function,
// method, constant and variable of every package of the module has a doc
// comment, and every package has a package comment.
func TestEveryExportedIdentifierIsDocumented(t *testing.T) {
	for _, dir := range goPackageDirs(t) {
		files, _, fset := parsePackage(t, dir)
		if len(files) == 0 {
			continue
		}
		hasPkgDoc := slices.ContainsFunc(files, func(f *ast.File) bool { return f.Doc != nil })
		assert.True(t, hasPkgDoc, "%s has no package comment (doc.go)", dir)
		if files[0].Name.Name == "main" {
			continue
		}
		for _, m := range undocumented(files, fset) {
			t.Errorf("%s/%s has no doc comment", dir, m)
		}
	}
}

// TestEveryPackageHasRunnableExamples: every public package of the module
// (not internal ones, not commands) has Example functions, and each of
// them has an output comment, so that go test runs it.
func TestEveryPackageHasRunnableExamples(t *testing.T) {
	for _, dir := range goPackageDirs(t) {
		files, tests, _ := parsePackage(t, dir)
		if len(files) == 0 || files[0].Name.Name == "main" || strings.Contains("/"+dir+"/", "/internal/") || dir == "seeds" {
			continue
		}
		var examples []string
		for _, f := range tests {
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Example") {
					continue
				}
				examples = append(examples, fn.Name.Name)
				hasOutput := false
				for _, cg := range f.Comments {
					if cg.Pos() >= fn.Body.Lbrace && cg.End() <= fn.Body.Rbrace {
						text := strings.TrimSpace(cg.Text())
						hasOutput = hasOutput || strings.HasPrefix(text, "Output:") || strings.HasPrefix(text, "Unordered output:")
					}
				}
				assert.True(t, hasOutput, "%s: %s has no // Output: comment, so go test never runs it", dir, fn.Name.Name)
			}
		}
		if assert.NotEmpty(t, examples, "%s has no runnable Example functions", dir) {
			t.Logf("%s: %s", dir, strings.Join(examples, ", "))
		}
	}
}
