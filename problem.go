package accord

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/internal/nopath"
)

// Sentinel errors for the kinds of validation problem. Every [*FieldError]
// wraps exactly one of them, so callers can test the kind with [errors.Is]
// without matching message text.
var (
	// ErrRequired: a required field is missing or empty.
	ErrRequired = errors.New("required value")
	// ErrInvalid: a value is present but impossible (a period that ends
	// before it starts, a negative figure, a malformed date).
	ErrInvalid = errors.New("invalid value")
	// ErrNotSupported: an enumerated value is not one of the known names.
	ErrNotSupported = enum.ErrNotSupported
	// ErrDuplicate: an id or key occurs more than once where it must be unique.
	ErrDuplicate = errors.New("duplicate value")
	// ErrNotFound: a reference names a record that does not exist
	// (a dangling reference).
	ErrNotFound = errors.New("not found")
	// ErrUnknownField: a data file has a field the format does not define.
	ErrUnknownField = errors.New("unknown field")
)

// ErrBadID is the rule broken by an id or reference that is not a
// lower-case kebab-case slug ("united-states"); the problem's kind is
// [ErrInvalid].
var ErrBadID = errors.New("malformed id")

// Path is the location of a value inside a record, written the way the
// data file spells it: "positions[3].stance". The zero Path is the root.
// Paths are immutable: [Path.Child], [Path.Index] and [Path.Key] return
// new values.
//
// A Path holds its text and nothing else, so two Paths are == exactly when
// their texts ([Path.String]) are equal, and a Path can be a map key.
type Path struct {
	s string
}

// NewPath returns the path of a top-level field; NewPath(name) equals
// Path{}.Child(name). Since a Path is its text, NewPath of any text a
// Path has printed returns a path equal to that one: a parser that renders
// the paths it walks in one go (as the corpus loader does) may build them
// this way.
func NewPath(name string) Path { return Path{s: name} }

// quiet is the text of the path internal/nopath hands out: every field
// and element below it is itself, so that a validator run only to learn
// whether a value has a problem builds no path. The quiet path is told by
// its storage, not its text, so a path that data spells the same way
// behaves as any other.
var quiet = string([]byte("\x00quiet"))

// isQuiet reports whether p is the quiet path.
func (p Path) isQuiet() bool {
	return len(p.s) == len(quiet) && unsafe.StringData(p.s) == unsafe.StringData(quiet)
}

func init() { nopath.Path = Path{s: quiet} }

// Child returns the path of the named field below p.
func (p Path) Child(name string) Path {
	switch {
	case p.s == "":
		return Path{s: name}
	case p.isQuiet():
		return p
	}
	return Path{s: p.s + "." + name}
}

// Index returns the path of element i of the list at p.
func (p Path) Index(i int) Path {
	if p.isQuiet() {
		return p
	}
	return Path{s: p.s + "[" + strconv.Itoa(i) + "]"}
}

// Key returns the path of the map entry with key k at p: the key is
// quoted as Go quotes strings, `p["k"]`.
func (p Path) Key(k string) Path {
	if p.isQuiet() {
		return p
	}
	return Path{s: p.s + "[" + strconv.Quote(k) + "]"}
}

// String returns the path as text; the root is the empty string.
func (p Path) String() string { return p.s }

// MarshalText returns the path's text, as [Path.String] spells it.
func (p Path) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText sets p to the path with the given text; since a Path is
// its text, it equals the path that printed it.
func (p *Path) UnmarshalText(text []byte) error {
	if p == nil {
		return errors.New("accord: UnmarshalText into a nil *Path")
	}
	p.s = string(text)
	return nil
}

// AppendText appends the path's text, as [Path.String] spells it, to b.
// It implements [encoding.TextAppender] and never fails.
func (p Path) AppendText(b []byte) ([]byte, error) { return append(b, p.s...), nil }

// FieldError is one validation problem: what kind it is, where it is, the
// offending value, and what was expected. Its message reads like
// "positions[3].stance: unsupported value "maybe" (supported: accepts, rejects)".
//
// File, Line and Column are filled in by loaders that know where the record
// came from; validators that work on values in memory leave them zero.
type FieldError struct {
	// Kind is one of the sentinel errors ErrRequired, ErrInvalid,
	// ErrNotSupported, ErrDuplicate, ErrNotFound or ErrUnknownField. A nil
	// Kind counts as ErrInvalid, in the message and for [errors.Is].
	Kind error
	// Path locates the value inside its record or file.
	Path Path
	// Value is the offending value as text; empty when there is none.
	Value string
	// Detail says what was expected, in a few words.
	Detail string
	// Supported lists the allowed values for ErrNotSupported.
	Supported []string
	// Rule is an optional domain-specific sentinel (for example
	// neutrality.ErrNoGuarantor) so callers can test which rule failed.
	Rule error
	// File, Line and Column locate the value in a data file (1-based);
	// a zero Line or Column is unknown and is not printed.
	File         string
	Line, Column int
}

// Required reports a missing value at path.
func Required(path Path, detail string) *FieldError {
	return &FieldError{Kind: ErrRequired, Path: path, Detail: detail}
}

// Invalid reports an impossible value at path.
func Invalid(path Path, value any, detail string) *FieldError {
	return &FieldError{Kind: ErrInvalid, Path: path, Value: valueText(value), Detail: detail}
}

// NotSupported reports an unknown enumerated value at path.
func NotSupported(path Path, value any, supported []string) *FieldError {
	return &FieldError{Kind: ErrNotSupported, Path: path, Value: valueText(value), Supported: slices.Clone(supported)}
}

// Duplicate reports a repeated id or key at path.
func Duplicate(path Path, value any, detail string) *FieldError {
	return &FieldError{Kind: ErrDuplicate, Path: path, Value: valueText(value), Detail: detail}
}

// NotFound reports a reference at path to a record that does not exist.
func NotFound(path Path, value any, detail string) *FieldError {
	return &FieldError{Kind: ErrNotFound, Path: path, Value: valueText(value), Detail: detail}
}

// UnknownField reports a field name the format does not define.
func UnknownField(path Path, name string, known []string) *FieldError {
	return &FieldError{Kind: ErrUnknownField, Path: path, Value: name, Supported: slices.Clone(known)}
}

// WithRule returns a copy of e that also matches rule with [errors.Is].
// The copy shares nothing with e.
func (e *FieldError) WithRule(rule error) *FieldError {
	if e == nil {
		return nil
	}
	c := *e
	c.Supported = slices.Clone(e.Supported)
	c.Rule = rule
	return &c
}

func valueText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprint(v)
	}
}

// Error formats the problem as "file:line:col: path: kind "value": detail".
func (e *FieldError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
			if e.Column > 0 {
				fmt.Fprintf(&b, ":%d", e.Column)
			}
		}
		b.WriteString(": ")
	}
	if e.Path != (Path{}) {
		b.WriteString(e.Path.s)
		b.WriteString(": ")
	}
	b.WriteString(e.kind().Error())
	if e.Value != "" || e.Kind == ErrNotSupported || e.Kind == ErrUnknownField {
		fmt.Fprintf(&b, " %q", e.Value)
	}
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if len(e.Supported) > 0 {
		label := "supported"
		if e.Kind == ErrUnknownField {
			label = "known fields"
		}
		fmt.Fprintf(&b, " (%s: %s)", label, strings.Join(e.Supported, ", "))
	}
	return b.String()
}

// kind returns e.Kind, or ErrInvalid when it is nil.
func (e *FieldError) kind() error {
	if e.Kind == nil {
		return ErrInvalid
	}
	return e.Kind
}

// Unwrap returns the kind sentinel and, when set, the rule sentinel.
func (e *FieldError) Unwrap() []error {
	if e == nil {
		return nil
	}
	if e.Rule != nil {
		return []error{e.kind(), e.Rule}
	}
	return []error{e.kind()}
}

// ErrorList is every problem found by one validation or load. Validators
// append to it and never stop at the first problem. The zero value is an
// empty list; [ErrorList.Err] turns an empty list into a nil error.
type ErrorList []*FieldError

// Err returns nil when the list is empty and the list itself otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error lists every problem, one per line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d problems:", len(l))
	for _, e := range l {
		b.WriteString("\n\t")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap exposes each problem so that [errors.Is] and [errors.As] see them.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Sort orders the list by file, line, column and path, so that output is
// deterministic and reads top to bottom.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *FieldError) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), strings.Compare(a.Path.s, b.Path.s))
	})
}
