package accord

import "github.com/accordmodel/accord/internal/enum"

// Ending says what the sources tell about the end of a [Period] whose end
// date (To) they do not give. "The fact still holds", "it ended, but the
// source does not say when" and "the source does not say whether it ended"
// are three different facts, and a period keeps them apart: only
// [StillHolds] lets a fact run to the present.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Ending means "not
// set" and is invalid, as for every enum of accord; a [Period] with neither
// To nor Ending reads as [EndNotStated].
type Ending uint8

// The Ending values; the table below defines each one.
const (
	_ Ending = iota
	StillHolds
	EndedUndated
	EndNotStated
)

var endingEnum = enum.New("Ending", map[Ending]enum.Value{
	StillHolds:   {Name: "still-holds", Doc: "the source says the fact still held when it was written"},
	EndedUndated: {Name: "ended-undated", Doc: "the source says the fact ended (it was abandoned, superseded or did not survive a war) but gives no date"},
	EndNotStated: {Name: "not-stated", Doc: "the source does not say whether or when the fact ended; it is never read as still holding"},
})

// String returns the wire name of e, or "Ending(n)" for an invalid value.
func (e Ending) String() string { return endingEnum.String(e) }

// IsValid reports whether e is one of the named endings.
func (e Ending) IsValid() bool { return endingEnum.Valid(e) }

// Doc returns the codebook definition of e.
func (e Ending) Doc() string { return endingEnum.Doc(e) }

// ParseEnding returns the ending with the given wire name.
func ParseEnding(name string) (Ending, error) { return endingEnum.Parse(name) }

// Endings returns every valid ending in declaration order.
func Endings() []Ending { return endingEnum.Values() }

// MarshalText returns the wire name; an invalid ending is an error.
func (e Ending) MarshalText() ([]byte, error) { return endingEnum.MarshalText(e) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (e *Ending) UnmarshalText(b []byte) error { return endingEnum.UnmarshalText(e, b) }
