package enum

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// colour is a test enum built the way every accord enum is.
type colour uint8

const (
	_ colour = iota
	red
	green
)

var colourEnum = New("colour", map[colour]Value{
	green: {Name: "green", Doc: "the colour of agreement"}, // keyed: the order of entries does not matter
	red:   {Name: "red", Doc: "the colour of red lines"},
})

func (c colour) MarshalText() ([]byte, error)  { return colourEnum.MarshalText(c) }
func (c *colour) UnmarshalText(b []byte) error { return colourEnum.UnmarshalText(c, b) }

func TestEnumNames(t *testing.T) {
	assert.Equal(t, []colour{red, green}, colourEnum.Values())
	assert.Equal(t, []string{"red", "green"}, colourEnum.Names())
	assert.Equal(t, "red", colourEnum.String(red))
	assert.Equal(t, "colour(0)", colourEnum.String(0), "the zero value is invalid and says so")
	assert.Equal(t, "colour(9)", colourEnum.String(9))
	assert.False(t, colourEnum.Valid(0))
	assert.True(t, colourEnum.Valid(green))
	assert.Equal(t, "the colour of agreement", colourEnum.Doc(green))
	assert.Empty(t, colourEnum.Doc(0))
	info := colourEnum.Info()
	assert.Equal(t, Info{Package: "github.com/accordmodel/accord/internal/enum", GoType: "colour", Type: "colour", Values: []Value{
		{Name: "red", Doc: "the colour of red lines"}, {Name: "green", Doc: "the colour of agreement"},
	}}, info, "values are listed in numeric order, whatever the order of the table's entries")
}

// TestRegistryReplacesRebuiltTables: a table built again under the same
// package and type name replaces the registry's entry instead of adding a
// second one, and All hands out copies.
func TestRegistryReplacesRebuiltTables(t *testing.T) {
	count := func() (n int, last Info) {
		for _, e := range Of("github.com/accordmodel/accord/internal/enum") {
			if e.Type == "colour" {
				n, last = n+1, e
			}
		}
		return n, last
	}
	n, _ := count()
	require.Equal(t, 1, n, "precondition: colour is registered once")

	New("colour", map[colour]Value{red: {Name: "rouge"}, green: {Name: "vert"}})
	t.Cleanup(func() { // restore the package-level table's entry
		New("colour", map[colour]Value{red: colourEnum.Info().Values[0], green: colourEnum.Info().Values[1]})
	})
	n, last := count()
	assert.Equal(t, 1, n, "the rebuilt table replaces the old entry")
	assert.Equal(t, "rouge", last.Values[0].Name)

	all := All()
	for i := range all {
		if all[i].Type == "colour" {
			all[i].Values[0].Name = "changed"
		}
	}
	_, last = count()
	assert.Equal(t, "rouge", last.Values[0].Name, "All returns copies")
}

func TestEnumParse(t *testing.T) {
	tests := []struct {
		in      string
		want    colour
		wantErr bool
	}{
		{in: "red", want: red},
		{in: "green", want: green},
		{in: "Red", wantErr: true}, // wire names are exact
		{in: " red", wantErr: true},
		{in: "", wantErr: true},
		{in: "colour(1)", wantErr: true},
	}
	for _, tt := range tests {
		got, err := colourEnum.Parse(tt.in)
		if tt.wantErr {
			require.Error(t, err, tt.in)
			assert.ErrorIs(t, err, ErrNotSupported)
			var ee *Error
			require.True(t, errors.As(err, &ee))
			assert.Equal(t, []string{"red", "green"}, ee.Supported)
			assert.Equal(t, tt.in, ee.Value)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got)
	}
}

func TestEnumText(t *testing.T) {
	b, err := json.Marshal([]colour{green, red})
	require.NoError(t, err)
	assert.Equal(t, `["green","red"]`, string(b))

	_, err = json.Marshal([]colour{0})
	assert.ErrorIs(t, err, ErrNotSupported, "the invalid zero is never written out")

	var back []colour
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []colour{green, red}, back)
	assert.ErrorIs(t, json.Unmarshal([]byte(`["blue"]`), &back), ErrNotSupported)
}

func TestNewEnumRejectsBadTables(t *testing.T) {
	tests := []struct {
		name  string
		table map[fuzzKind]Value
		panic bool
	}{
		{name: "keyed 1..n", table: map[fuzzKind]Value{2: {Name: "b"}, 1: {Name: "a"}}},
		{name: "empty", table: nil},
		{name: "zero named", table: map[fuzzKind]Value{0: {Name: "none"}, 1: {Name: "a"}}, panic: true},
		{name: "gap", table: map[fuzzKind]Value{1: {Name: "a"}, 3: {Name: "c"}}, panic: true},
		{name: "empty name", table: map[fuzzKind]Value{1: {Name: "a"}, 2: {Doc: "no name"}}, panic: true},
		{name: "repeated name", table: map[fuzzKind]Value{1: {Name: "a"}, 2: {Name: "a"}}, panic: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, panicked := tryNewEnum(tt.table)
			assert.Equal(t, tt.panic, panicked)
		})
	}
}

// fuzzKind is the enumerated type of the tables FuzzEnum builds.
type fuzzKind uint8

// FuzzEnum checks the behaviour every accord enum inherits from Enum, on a
// table whose wire names come from the input (separated by "|"), keyed
// 1..n: New panics exactly on an empty or duplicate name; Parse accepts
// exactly the table's names, with no folding of case or white space, and each accepted
// name round-trips through String, MarshalText and UnmarshalText; any other
// name is an *Error matching ErrNotSupported that names the input and
// the supported names, and UnmarshalText leaves the value unchanged; every
// raw value, valid or not, prints without a panic and only valid ones
// marshal. It is seeded with the wire names of this package's enums and
// their near misses. corpus.FuzzParseEnums checks that every enum type of
// every package forwards to its table.
func FuzzEnum(f *testing.F) {
	for _, names := range [][]string{{"red", "green", "blue"}, {"year", "month", "day"}, {"in-force", "proposed"}} {
		table := strings.Join(names, "|")
		for i, n := range names {
			f.Add(table, n, uint8(i+1))
			f.Add(table, strings.ToUpper(n), uint8(0))
			f.Add(table, " "+n, uint8(len(names)+1))
		}
	}
	f.Add("red|green", "", uint8(255))
	f.Add("red|red", "red", uint8(1))
	f.Add("red||green", "green", uint8(2))
	f.Add("\xff|Red", "\xff", uint8(1))
	f.Fuzz(func(t *testing.T, table, name string, raw uint8) {
		names := strings.Split(table, "|")
		if len(names) > 255 {
			t.Skip("a uint8 enum has at most 255 values")
		}
		values := make([]Value, len(names))
		keyed := map[fuzzKind]Value{}
		seen := map[string]bool{}
		wantPanic := false
		for i, n := range names {
			values[i] = Value{Name: n, Doc: "definition of " + n}
			keyed[fuzzKind(i+1)] = values[i]
			wantPanic = wantPanic || n == "" || seen[n]
			seen[n] = true
		}
		e, panicked := tryNewEnum(keyed)
		require.Equal(t, wantPanic, panicked, "New(%q)", names)
		if panicked {
			return
		}
		require.Equal(t, names, e.Names())
		require.Equal(t, Info{Package: "github.com/accordmodel/accord/internal/enum", GoType: "fuzzKind", Type: "fuzzKind", Values: values}, e.Info())
		require.Len(t, e.Values(), len(names))

		// Parsing is exact: a name that differs from a wire name only in
		// case or surrounding white space is a different, unknown name.
		for _, s := range []string{name, strings.ToUpper(name), strings.ToLower(name), " " + name, name + "\t", strings.TrimSpace(name)} {
			checkEnumName(t, e, names, s, fuzzKind(raw))
		}

		v := fuzzKind(raw)
		valid := raw >= 1 && int(raw) <= len(names)
		require.Equal(t, valid, e.Valid(v), "Valid(%d)", raw)
		b, err := e.MarshalText(v)
		if !valid {
			require.Equal(t, fmt.Sprintf("fuzzKind(%d)", raw), e.String(v))
			require.Empty(t, e.Doc(v))
			require.ErrorIs(t, err, ErrNotSupported, "MarshalText(%d)", raw)
			return
		}
		require.NoError(t, err)
		require.Equal(t, names[raw-1], e.String(v))
		require.Equal(t, names[raw-1], string(b))
		p, err := e.Parse(string(b))
		require.NoError(t, err)
		require.Equal(t, v, p)
	})
}

// tryNewEnum builds a table and reports whether New panicked.
func tryNewEnum(values map[fuzzKind]Value) (e Enum[fuzzKind], panicked bool) {
	defer func() { panicked = recover() != nil }()
	return New("fuzzKind", values), false
}

// checkEnumName checks Parse and UnmarshalText of one name against the
// table's names; prior is the value UnmarshalText starts from.
func checkEnumName(t *testing.T, e Enum[fuzzKind], names []string, name string, prior fuzzKind) {
	t.Helper()
	i := slices.Index(names, name)
	v, err := e.Parse(name)
	u := prior
	uerr := e.UnmarshalText(&u, []byte(name))
	if i < 0 {
		require.ErrorIs(t, err, ErrNotSupported, "Parse(%q)", name)
		var ee *Error
		require.ErrorAs(t, err, &ee)
		require.Equal(t, Error{Type: "fuzzKind", Value: name, Supported: names}, *ee)
		require.Zero(t, v, "Parse(%q) returns the invalid zero with its error", name)
		require.ErrorIs(t, uerr, ErrNotSupported, "UnmarshalText(%q)", name)
		require.Equal(t, prior, u, "a failed UnmarshalText(%q) leaves the value unchanged", name)
		return
	}
	require.NoError(t, err, "Parse(%q)", name)
	require.Equal(t, fuzzKind(i+1), v, "Parse(%q)", name)
	require.True(t, e.Valid(v))
	require.Equal(t, name, e.String(v))
	require.Equal(t, "definition of "+name, e.Doc(v))
	b, err := e.MarshalText(v)
	require.NoError(t, err)
	require.Equal(t, name, string(b))
	require.NoError(t, uerr, "UnmarshalText(%q)", name)
	require.Equal(t, v, u)
}
