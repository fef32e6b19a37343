package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Armament says whether a status is armed: whether the state keeps forces
// to defend it. A [Status] leaves it zero when
// its source does not say.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Armament means
// "not set" and is invalid, as for every enum of accord.
type Armament uint8

// The Armament values; the table below defines each one.
const (
	_ Armament = iota
	Armed
	Limited
	Unarmed
)

var armamentEnum = enum.New("Armament", map[Armament]enum.Value{
	Armed:   {Name: "armed", Doc: "the state keeps armed forces to defend its territory and status (armed neutrality, armed non-alignment)"},
	Limited: {Name: "limited", Doc: "the state keeps forces but accepts caps on their size or equipment"},
	Unarmed: {Name: "unarmed", Doc: "the state keeps no forces able to defend it, or has accepted demilitarisation"},
})

// String returns the wire name of a, or "Armament(n)" for an invalid value.
func (a Armament) String() string { return armamentEnum.String(a) }

// IsValid reports whether a is one of the named values.
func (a Armament) IsValid() bool { return armamentEnum.Valid(a) }

// ParseArmament returns the value with the given wire name.
func ParseArmament(name string) (Armament, error) { return armamentEnum.Parse(name) }

// Armaments returns every valid value in declaration order.
func Armaments() []Armament { return armamentEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (a Armament) MarshalText() ([]byte, error) { return armamentEnum.MarshalText(a) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (a *Armament) UnmarshalText(b []byte) error { return armamentEnum.UnmarshalText(a, b) }
