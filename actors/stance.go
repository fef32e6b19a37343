package actors

import "github.com/accordmodel/accord/internal/enum"

// Stance is what an actor wants done about an [Issue]'s outcome. Stances run
// from insisting on the outcome to ruling it out; [Stance.Polarity] groups
// them into for, neither and against.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Stance means
// "not set" and is invalid, as for every enum of accord.
type Stance uint8

// The Stance values; the table below defines each one.
const (
	_ Stance = iota
	Demands
	Supports
	Conditional
	Open
	Noncommittal
	Opposes
	Rejects
)

var stanceEnum = enum.New("Stance", map[Stance]enum.Value{
	Demands:      {Name: "demands", Doc: "the actor insists on the outcome as a term of any deal"},
	Supports:     {Name: "supports", Doc: "the actor wants the outcome"},
	Conditional:  {Name: "conditional", Doc: "the actor accepts the outcome only if the position's conditions are met"},
	Open:         {Name: "open", Doc: "the actor is willing to discuss the outcome or has not ruled it out"},
	Noncommittal: {Name: "noncommittal", Doc: "the actor has avoided taking a stance on the outcome"},
	Opposes:      {Name: "opposes", Doc: "the actor is against the outcome"},
	Rejects:      {Name: "rejects", Doc: "the actor rules the outcome out"},
})

// String returns the wire name of s.
func (s Stance) String() string { return stanceEnum.String(s) }

// IsValid reports whether s is one of the named stances.
func (s Stance) IsValid() bool { return stanceEnum.Valid(s) }

// ParseStance returns the stance with the given wire name.
func ParseStance(name string) (Stance, error) { return stanceEnum.Parse(name) }

// Stances returns every valid stance, from Demands to Rejects.
func Stances() []Stance { return stanceEnum.Values() }

// MarshalText returns the wire name; an invalid stance is an error.
func (s Stance) MarshalText() ([]byte, error) { return stanceEnum.MarshalText(s) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (s *Stance) UnmarshalText(b []byte) error { return stanceEnum.UnmarshalText(s, b) }

// Polarity returns +1 for stances for the outcome (Demands, Supports,
// Conditional), -1 for stances against it (Opposes, Rejects) and 0 for
// Open, Noncommittal and invalid stances.
func (s Stance) Polarity() int {
	switch s {
	case Demands, Supports, Conditional:
		return 1
	case Opposes, Rejects:
		return -1
	}
	return 0
}
