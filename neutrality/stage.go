package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Stage says whether a status was in force or only proposed, so that a
// draft is never presented as a fact. The zero Stage is invalid.
type Stage uint8

const (
	_ Stage = iota
	// InForce: the status held, or holds, in fact or in law.
	InForce
	// Proposed: the status was proposed or drafted in negotiations and
	// never took effect.
	Proposed
)

var stageEnum = enum.New[Stage]("Stage",
	enum.Value{Name: "in-force", Doc: "the status held, or holds, in fact or in law"},
	enum.Value{Name: "proposed", Doc: "the status was proposed or drafted in negotiations and never took effect"},
)

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
