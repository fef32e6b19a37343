package accord_test

// The generator of api/accord.txt, kept in test code because only TestAPI
// uses it. It lists a module's exported API, one line per exported
// identifier, in the format of Go's own api/go1.*.txt files:
//
//	pkg github.com/accordmodel/accord/actors, func NewRegistry([]Actor) (*Registry, error)
//	pkg github.com/accordmodel/accord/actors, method (*Registry) Lookup(string) (Actor, error)
//	pkg github.com/accordmodel/accord/actors, type Actor struct, ID string
//	pkg github.com/accordmodel/accord/actors, const Demands Stance
//	pkg github.com/accordmodel/accord/actors, const Demands = 1
//
// Types from the package itself are written bare, types from other packages
// qualified by the package name (accord.Date, language.Tag, io.Writer);
// parameter names are left out, since renaming one does not change the API.
// The listing is derived from the compiled packages' type information
// (go/types, as Go's cmd/api does), so it is what a caller can name, and it
// is deterministic: the lines are sorted and nothing depends on map order.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
)

// apiModule returns the API lines of every package of the module rooted at
// root that is not internal (no internal element in its import path) and
// not a command (package main), sorted. Packages are those of "go list
// ./..." in root, so testdata, hidden directories and nested modules are left
// out, and so are test files. The types come from the export data the go
// command builds (or finds in its cache) for each package: one go command
// run, and the same type information the compiler has.
func apiModule(root string) ([]string, error) {
	cmd := exec.Command("go", "list", "-deps", "-export", "-json=ImportPath,Name,Export,DepOnly", "./...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("api listing: go list: %w\n%s", err, stderr.Bytes())
	}
	type listed struct {
		ImportPath, Name, Export string
		DepOnly                  bool
	}
	exports := map[string]string{}
	var pkgs []listed
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		var p listed
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("api listing: go list: %w", err)
		}
		exports[p.ImportPath] = p.Export
		if !p.DepOnly && p.Name != "main" && !slices.Contains(strings.Split(p.ImportPath, "/"), "internal") {
			pkgs = append(pkgs, p)
		}
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file := exports[path]
		if file == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
	var lines []string
	for _, p := range pkgs {
		pkg, err := imp.Import(p.ImportPath)
		if err != nil {
			return nil, fmt.Errorf("api listing: %s: %w", p.ImportPath, err)
		}
		lines = append(lines, apiPackage(pkg)...)
	}
	slices.Sort(lines)
	return lines, nil
}

// apiPackage returns the API lines of pkg, sorted.
func apiPackage(pkg *types.Package) []string {
	w := &apiWriter{pkg: pkg, prefix: "pkg " + pkg.Path() + ", "}
	scope := pkg.Scope()
	for _, name := range scope.Names() { // sorted
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			w.emit("const %s %s", name, w.typeString(obj.Type()))
			w.emit("const %s = %s", name, obj.Val().ExactString())
		case *types.Var:
			w.emit("var %s %s", name, w.typeString(obj.Type()))
		case *types.Func:
			w.emit("func %s%s", name, w.signature(obj.Signature()))
		case *types.TypeName:
			w.typeName(obj)
		}
	}
	slices.Sort(w.lines)
	return slices.Compact(w.lines)
}

// apiWriter collects the lines of one package.
type apiWriter struct {
	pkg    *types.Package
	prefix string
	lines  []string
}

func (w *apiWriter) emit(format string, args ...any) {
	w.lines = append(w.lines, w.prefix+fmt.Sprintf(format, args...))
}

// typeName emits a type: its kind or underlying type, its exported fields or
// interface methods, and its exported methods (promoted ones included,
// value receivers before pointer receivers as a caller sees them).
func (w *apiWriter) typeName(obj *types.TypeName) {
	name := obj.Name()
	if obj.IsAlias() {
		rhs := types.Unalias(obj.Type())
		if a, ok := obj.Type().(*types.Alias); ok {
			rhs = a.Rhs()
		}
		w.emit("type %s = %s", name, w.typeString(rhs))
		return
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return
	}
	if tps := named.TypeParams(); tps != nil {
		name += w.typeParams(tps, true)
	}
	switch u := named.Underlying().(type) {
	case *types.Struct:
		head := "type " + name + " struct"
		w.emit("%s", head)
		for f := range u.Fields() {
			switch {
			case !f.Exported():
			case f.Embedded():
				w.emit("%s, embedded %s", head, w.typeString(f.Type()))
			default:
				w.emit("%s, %s %s", head, f.Name(), w.typeString(f.Type()))
			}
		}
	case *types.Interface:
		w.iface(name, u)
		return
	default:
		w.emit("type %s %s", name, w.typeString(u))
	}
	seen := map[string]bool{}
	for _, recv := range []types.Type{named, types.NewPointer(named)} {
		ms := types.NewMethodSet(recv)
		for sel := range ms.Methods() {
			m := sel.Obj().(*types.Func)
			if !m.Exported() || seen[m.Name()] {
				continue
			}
			seen[m.Name()] = true
			sig := sel.Type().(*types.Signature)
			recvName := w.typeString(sig.Recv().Type())
			if rtp := sig.RecvTypeParams(); rtp != nil {
				recvName += w.typeParams(rtp, false)
			}
			w.emit("method (%s) %s%s", recvName, m.Name(), w.signature(sig))
		}
	}
}

// iface emits an interface type: its exported methods, one line each, and
// the list of their names; an interface with unexported methods, which only
// its own package can implement, says so instead of listing the names.
func (w *apiWriter) iface(name string, t *types.Interface) {
	head := "type " + name + " interface"
	var names []string
	complete := true
	for sel := range types.NewMethodSet(t).Methods() {
		m := sel.Obj().(*types.Func)
		if !m.Exported() {
			complete = false
			continue
		}
		names = append(names, m.Name())
		w.emit("%s, %s%s", head, m.Name(), w.signature(m.Signature()))
	}
	switch {
	case !complete:
		w.emit("%s, unexported methods", head)
	case t.IsMethodSet():
		slices.Sort(names)
		w.emit("%s { %s }", head, strings.Join(names, ", "))
	default:
		w.emit("type %s %s", name, w.typeString(t)) // a constraint
	}
}

func (w *apiWriter) typeString(t types.Type) string {
	var b strings.Builder
	w.writeType(&b, t)
	return b.String()
}

func (w *apiWriter) signature(sig *types.Signature) string {
	var b strings.Builder
	w.writeSignature(&b, sig)
	return b.String()
}

func (w *apiWriter) typeParams(tps *types.TypeParamList, constraints bool) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := range tps.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		tp := tps.At(i)
		w.writeType(&b, tp)
		if constraints {
			b.WriteByte(' ')
			w.writeType(&b, tp.Constraint())
		}
	}
	b.WriteByte(']')
	return b.String()
}

func (w *apiWriter) writeSignature(b *strings.Builder, sig *types.Signature) {
	if tps := sig.TypeParams(); tps != nil {
		b.WriteString(w.typeParams(tps, true))
	}
	w.writeTuple(b, sig.Params(), sig.Variadic())
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		w.writeType(b, res.At(0).Type())
	default:
		b.WriteByte(' ')
		w.writeTuple(b, res, false)
	}
}

func (w *apiWriter) writeTuple(b *strings.Builder, t *types.Tuple, variadic bool) {
	b.WriteByte('(')
	for i := range t.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		typ := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			b.WriteString("...")
			typ = typ.(*types.Slice).Elem()
		}
		w.writeType(b, typ)
	}
	b.WriteByte(')')
}

// writeType writes t as the API files do: named types qualified by their
// package's name unless they belong to the package listed, struct types as
// "struct" (their fields are listed separately), untyped constant types as
// ideal-int and the like, and type parameters by index ($0), since their
// names are not part of the API.
func (w *apiWriter) writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
		name := t.Name()
		if t.Info()&types.IsUntyped != 0 {
			name = "ideal-" + strings.TrimPrefix(name, "untyped ")
		}
		b.WriteString(name)
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		w.writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		w.writeType(b, t.Elem())
	case *types.Struct:
		b.WriteString("struct")
	case *types.Pointer:
		b.WriteByte('*')
		w.writeType(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		w.writeSignature(b, t)
	case *types.Interface:
		w.writeInterface(b, t)
	case *types.Map:
		b.WriteString("map[")
		w.writeType(b, t.Key())
		b.WriteByte(']')
		w.writeType(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		w.writeType(b, t.Elem())
	case *types.Alias:
		w.writeNamed(b, t.Obj(), t.TypeArgs())
	case *types.Named:
		w.writeNamed(b, t.Obj(), t.TypeArgs())
	case *types.TypeParam:
		fmt.Fprintf(b, "$%d", t.Index())
	case *types.Union:
		for i := range t.Len() {
			if i > 0 {
				b.WriteString(" | ")
			}
			if t.Term(i).Tilde() {
				b.WriteByte('~')
			}
			w.writeType(b, t.Term(i).Type())
		}
	default:
		b.WriteString(t.String())
	}
}

func (w *apiWriter) writeNamed(b *strings.Builder, obj *types.TypeName, args *types.TypeList) {
	if p := obj.Pkg(); p != nil && p.Path() != w.pkg.Path() {
		b.WriteString(p.Name())
		b.WriteByte('.')
	}
	b.WriteString(obj.Name())
	if args.Len() > 0 {
		b.WriteByte('[')
		for i := range args.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			w.writeType(b, args.At(i))
		}
		b.WriteByte(']')
	}
}

// writeInterface writes an interface literal with its method names and
// embedded types, each sorted: "interface{}", "interface{ Read, Write }".
func (w *apiWriter) writeInterface(b *strings.Builder, t *types.Interface) {
	var parts []string
	for m := range t.ExplicitMethods() {
		parts = append(parts, m.Name())
	}
	for e := range t.EmbeddedTypes() {
		parts = append(parts, w.typeString(e))
	}
	slices.Sort(parts)
	if len(parts) == 0 {
		b.WriteString("interface{}")
		return
	}
	b.WriteString("interface{ " + strings.Join(parts, ", ") + " }")
}
