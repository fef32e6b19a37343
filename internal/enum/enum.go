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
// and its definition (the codebook entry), written nowhere else.
type Value struct {
	Name string
	Doc  string
}

// Enum is the name table of an enumerated type T whose zero value is
// invalid and whose valid values are 1..n. Every enum in accord is built on
// one Enum, so all of them share the same strict parsing, the same
// fallback String ("Stance(9)") and the same error kind for unknown names.
// An Enum is immutable once built and safe for concurrent use.
type Enum[T ~uint8] struct {
	typeName string
	values   []Value // values[v-1] describes v
	index    map[string]T
}

// New builds the table of T from values, keyed by value. The keys must be
// exactly 1..n: New panics if the table holds the zero value, skips a
// value, or has an empty or repeated name. Tables are package-level
// literals, so this is a programming error caught by any test. A table
// built again under the same package and type name (in tests) replaces
// the earlier one in the registry.
func New[T ~uint8](typeName string, values map[T]Value) Enum[T] {
	if _, ok := values[0]; ok {
		panic("enum.New: the zero value of " + typeName + " is named; it must stay invalid")
	}
	e := Enum[T]{typeName: typeName, values: make([]Value, len(values)), index: make(map[string]T, len(values))}
	for v := 1; v <= len(values); v++ {
		val, ok := values[T(v)]
		if !ok {
			panic(fmt.Sprintf("enum.New: %s(%d) has no entry", typeName, v))
		}
		if val.Name == "" {
			panic(fmt.Sprintf("enum.New: %s(%d) has an empty name", typeName, v))
		}
		if _, dup := e.index[val.Name]; dup {
			panic("enum.New: duplicate name " + val.Name + " in " + typeName)
		}
		e.values[v-1] = val
		e.index[val.Name] = T(v)
	}
	register(e.Info())
	return e
}

// registry holds the description of every table built by [New], in the
// order the tables were built, for the codebook and the schema checks.
var registry struct {
	sync.Mutex
	all []Info
}

// register adds info to the registry, or replaces the entry of the same
// package and type.
func register(info Info) {
	registry.Lock()
	defer registry.Unlock()
	for i, old := range registry.all {
		if old.Package == info.Package && old.Type == info.Type {
			registry.all[i] = info
			return
		}
	}
	registry.all = append(registry.all, info)
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

// TypeName returns the name of the enumerated type used in messages.
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

// Doc returns the definition of v, or "" for an invalid value.
func (e Enum[T]) Doc(v T) string {
	if e.Valid(v) {
		return e.values[v-1].Doc
	}
	return ""
}

// Values returns every valid value, in numeric order.
func (e Enum[T]) Values() []T {
	out := make([]T, len(e.values))
	for i := range e.values {
		out[i] = T(i + 1)
	}
	return out
}

// Names returns every wire name, in the numeric order of the values.
func (e Enum[T]) Names() []string {
	out := make([]string, len(e.values))
	for i, v := range e.values {
		out[i] = v.Name
	}
	return out
}

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

// UnmarshalText parses text into *v and rejects unknown names, leaving *v
// unchanged.
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

// Info describes one enumeration for codebooks and schema checks.
type Info struct {
	Package string  // the import path of the package that declares the type
	GoType  string  // the Go name of the type, e.g. "Kind"
	Type    string  // the name New was given, used in messages, e.g. "MentionKind"
	Values  []Value // Values[v-1] describes the value v
}

// Info returns the description of the enumeration.
func (e Enum[T]) Info() Info {
	t := reflect.TypeFor[T]()
	return Info{Package: t.PkgPath(), GoType: t.Name(), Type: e.typeName, Values: slices.Clone(e.values)}
}
