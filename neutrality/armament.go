package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Armament says whether a status is armed: whether the state keeps forces
// to defend it. The zero Armament is invalid; a [Status] leaves it zero
// when its source does not say.
type Armament uint8

const (
	_ Armament = iota
	// Armed: the state keeps armed forces to defend its territory and
	// status (armed neutrality, armed non-alignment).
	Armed
	// Limited: the state keeps forces but accepts caps on their size or
	// equipment.
	Limited
	// Unarmed: the state keeps no forces able to defend it, or has
	// accepted demilitarisation.
	Unarmed
)

var armamentEnum = enum.New[Armament]("Armament",
	enum.Value{Name: "armed", Doc: "keeps armed forces to defend its territory and status"},
	enum.Value{Name: "limited", Doc: "keeps forces but accepts caps on their size or equipment"},
	enum.Value{Name: "unarmed", Doc: "keeps no forces able to defend it, or has accepted demilitarisation"},
)

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
