package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Stage says whether a status was in force, only proposed, or only a goal
// the state set itself, so that neither a draft nor an aim is ever
// presented as a fact.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Stage means
// "not set" and is invalid, as for every enum of accord.
type Stage uint8

// The Stage values; the table below defines each one.
const (
	_ Stage = iota
	InForce
	Proposed
	Goal
)

var stageEnum = enum.New("Stage", map[Stage]enum.Value{
	InForce:  {Name: "in-force", Doc: "the status held, or holds, in fact or in law"},
	Proposed: {Name: "proposed", Doc: "the status was proposed or drafted in negotiations and never took effect"},
	Goal:     {Name: "goal", Doc: "an aim the state set itself in its constitution or a declaration, such as Ukraine's 1990 Declaration of State Sovereignty's intention to become permanently neutral, that is not yet a status: it binds no one to the status it names"},
})

// String returns the wire name of s, or "Stage(n)" for an invalid value.
func (s Stage) String() string { return stageEnum.String(s) }

// IsValid reports whether s is one of the named stages.
func (s Stage) IsValid() bool { return stageEnum.Valid(s) }

// ParseStage returns the stage with the given wire name.
func ParseStage(name string) (Stage, error) { return stageEnum.Parse(name) }

// Stages returns every valid stage in declaration order.
func Stages() []Stage { return stageEnum.Values() }

// MarshalText returns the wire name; an invalid stage is an error.
func (s Stage) MarshalText() ([]byte, error) { return stageEnum.MarshalText(s) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (s *Stage) UnmarshalText(b []byte) error { return stageEnum.UnmarshalText(s, b) }
