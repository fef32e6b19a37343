package enum

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// ErrNotSupported is the kind of every [*Error]; package accord exports
// the same value, so callers match it as accord.ErrNotSupported.
var ErrNotSupported = errors.New("unsupported value")

// Value is one value of an enumeration: its stable lower-case wire name
// and a one-sentence definition (the codebook entry).
type Value struct {
	Name string
	Doc  string
}

// Enum is the name table of an enumerated type T whose zero value is
// invalid and whose valid values are 1..n. Every enum in accord is built on
// one Enum, so all of them share the same strict parsing, the same
// fallback String ("Stance(9)") and the same error kind for unknown names.
//
// Domain packages declare
//
//	var stanceEnum = enum.New[Stance]("Stance", enum.Value{Name: "supports", Doc: "…"}, …)
//
// and forward String, Parse, MarshalText and UnmarshalText to it.
// An Enum is immutable once built and safe for concurrent use.
type Enum[T ~uint8] struct {
	typeName string
	values   []Value // values[i] describes T(i+1)
	index    map[string]T
}

// New builds the table for T. Values are numbered from 1 in the order
// given. New panics on an empty or duplicate name: tables are
// package-level literals, so this is a programming error caught by any test.
func New[T ~uint8](typeName string, values ...Value) Enum[T] {
	if len(values) > 254 {
		panic("enum.New: too many values for " + typeName)
	}
	e := Enum[T]{typeName: typeName, values: slices.Clone(values), index: make(map[string]T, len(values))}
	for i, v := range values {
		if v.Name == "" {
			panic("enum.New: empty name in " + typeName)
		}
		if _, dup := e.index[v.Name]; dup {
			panic("enum.New: duplicate name " + v.Name + " in " + typeName)
		}
		e.index[v.Name] = T(i + 1)
	}
	registry.Lock()
	defer registry.Unlock()
	info := Info{Package: reflect.TypeFor[T]().PkgPath(), Type: typeName, Values: slices.Clone(values)}
	for i, old := range registry.all {
		if old.Package == info.Package && old.Type == info.Type {
			registry.all[i] = info // a table built again (in tests) replaces the old one
			return e
		}
	}
	registry.all = append(registry.all, info)
	return e
}

// registry holds the description of every table built by [New], in the
// order the tables were built, for the codebook and the schema checks.
var registry struct {
	sync.Mutex
	all []Info
}

// All returns the description of every enumeration built so far: every
// enum of every package linked into the program, since tables are
// package-level variables built before main or a test runs.
func All() []Info {
	registry.Lock()
	defer registry.Unlock()
	out := slices.Clone(registry.all)
	for i := range out {
		out[i].Values = slices.Clone(out[i].Values)
	}
	return out
}

// Of returns the enumerations of the package with the given import path.
func Of(pkgPath string) []Info {
	var out []Info
	for _, e := range All() {
		if e.Package == pkgPath {
			out = append(out, e)
		}
	}
	return out
}

// TypeName returns the Go name of the enumerated type.
func (e Enum[T]) TypeName() string { return e.typeName }

// Valid reports whether v is one of the named values.
func (e Enum[T]) Valid(v T) bool { return v >= 1 && int(v) <= len(e.values) }

// String returns the wire name of v, or "Type(n)" for an invalid value.
func (e Enum[T]) String(v T) string {
	if e.Valid(v) {
		return e.values[v-1].Name
	}
	return fmt.Sprintf("%s(%d)", e.typeName, uint8(v))
}

// Doc returns the codebook definition of v, or "" for an invalid value.
func (e Enum[T]) Doc(v T) string {
	if e.Valid(v) {
		return e.values[v-1].Doc
	}
	return ""
}

// Values returns every valid value in declaration order.
func (e Enum[T]) Values() []T {
	out := make([]T, len(e.values))
	for i := range e.values {
		out[i] = T(i + 1)
	}
	return out
}

// Names returns every wire name in declaration order.
func (e Enum[T]) Names() []string {
	out := make([]string, len(e.values))
	for i, v := range e.values {
		out[i] = v.Name
	}
	return out
}

// Describe returns every value with its definition, for codebooks.
func (e Enum[T]) Describe() []Value { return slices.Clone(e.values) }

// Parse returns the value named s. Matching is exact: wire names are
// lower-case and stable. An unknown name yields an *Error that matches
// [ErrNotSupported] with [errors.Is].
func (e Enum[T]) Parse(s string) (T, error) {
	if v, ok := e.index[s]; ok {
		return v, nil
	}
	return 0, &Error{Type: e.typeName, Value: s, Supported: e.Names()}
}

// MarshalText returns the wire name of v, or an error for an invalid value,
// so that an invalid zero is never written out silently.
func (e Enum[T]) MarshalText(v T) ([]byte, error) {
	if !e.Valid(v) {
		return nil, &Error{Type: e.typeName, Value: e.String(v), Supported: e.Names()}
	}
	return []byte(e.values[v-1].Name), nil
}

// UnmarshalText parses text into *v and rejects unknown names.
func (e Enum[T]) UnmarshalText(v *T, text []byte) error {
	if p, ok := e.index[string(text)]; ok { // no copy of text is made
		*v = p
		return nil
	}
	_, err := e.Parse(string(text))
	return err
}

// Error reports a name that is not one of an enum's values.
type Error struct {
	Type      string
	Value     string
	Supported []string
}

// Error returns a message that lists the supported names.
func (e *Error) Error() string {
	return fmt.Sprintf("unsupported %s %q (supported: %s)", e.Type, e.Value, strings.Join(e.Supported, ", "))
}

// Is makes an Error match [ErrNotSupported].
func (e *Error) Is(target error) bool { return target == ErrNotSupported }

// Info describes one enumeration for codebooks and schema checks: the
// Go type name and every value with its definition, in declaration order.
type Info struct {
	Package string // the import path of the package that declares the type
	Type    string
	Values  []Value
}

// Info returns the description of the enumeration.
func (e Enum[T]) Info() Info {
	return Info{Package: reflect.TypeFor[T]().PkgPath(), Type: e.typeName, Values: e.Describe()}
}
