package actors

import (
	"fmt"
	"slices"
	"strings"
)

// EnumValue is one value of an enumeration: its stable lower-case wire name
// and a one-sentence definition (the codebook entry).
type EnumValue struct {
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
//	var stanceEnum = actors.NewEnum[Stance]("Stance", actors.EnumValue{Name: "supports", Doc: "…"}, …)
//
// and forward String, Parse, MarshalText and UnmarshalText to it.
// An Enum is immutable once built and safe for concurrent use.
type Enum[T ~uint8] struct {
	typeName string
	values   []EnumValue // values[i] describes T(i+1)
	index    map[string]T
}

// NewEnum builds the table for T. Values are numbered from 1 in the order
// given. NewEnum panics on an empty or duplicate name: tables are
// package-level literals, so this is a programming error caught by any test.
func NewEnum[T ~uint8](typeName string, values ...EnumValue) Enum[T] {
	if len(values) > 254 {
		panic("actors.NewEnum: too many values for " + typeName)
	}
	e := Enum[T]{typeName: typeName, values: slices.Clone(values), index: make(map[string]T, len(values))}
	for i, v := range values {
		if v.Name == "" {
			panic("actors.NewEnum: empty name in " + typeName)
		}
		if _, dup := e.index[v.Name]; dup {
			panic("actors.NewEnum: duplicate name " + v.Name + " in " + typeName)
		}
		e.index[v.Name] = T(i + 1)
	}
	return e
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
func (e Enum[T]) Describe() []EnumValue { return slices.Clone(e.values) }

// Parse returns the value named s. Matching is exact: wire names are
// lower-case and stable. An unknown name yields an *EnumError that matches
// [ErrNotSupported] with [errors.Is].
func (e Enum[T]) Parse(s string) (T, error) {
	if v, ok := e.index[s]; ok {
		return v, nil
	}
	return 0, &EnumError{Type: e.typeName, Value: s, Supported: e.Names()}
}

// MarshalText returns the wire name of v, or an error for an invalid value,
// so that an invalid zero is never written out silently.
func (e Enum[T]) MarshalText(v T) ([]byte, error) {
	if !e.Valid(v) {
		return nil, &EnumError{Type: e.typeName, Value: e.String(v), Supported: e.Names()}
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

// EnumError reports a name that is not one of an enum's values.
type EnumError struct {
	Type      string
	Value     string
	Supported []string
}

// Error returns a message that lists the supported names.
func (e *EnumError) Error() string {
	return fmt.Sprintf("unsupported %s %q (supported: %s)", e.Type, e.Value, strings.Join(e.Supported, ", "))
}

// Is makes an EnumError match [ErrNotSupported].
func (e *EnumError) Is(target error) bool { return target == ErrNotSupported }

// EnumInfo describes one enumeration for codebooks and schema checks: the
// Go type name and every value with its definition, in declaration order.
type EnumInfo struct {
	Type   string
	Values []EnumValue
}

// Info returns the description of the enumeration.
func (e Enum[T]) Info() EnumInfo { return EnumInfo{Type: e.typeName, Values: e.Describe()} }
