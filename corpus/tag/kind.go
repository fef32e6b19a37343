package tag

import "github.com/accordmodel/accord/internal/enum"

// Kind says what a [Mention] refers to.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Kind means
// "not set" and is invalid, as for every enum of accord.
type Kind uint8

// The Kind values; the table below defines each one.
const (
	_ Kind = iota
	Actor
	Instrument
	Issue
	Status
	Figure
)

var kindEnum = enum.New("MentionKind", map[Kind]enum.Value{
	Actor:      {Name: "actor", Doc: "a name or alias of an actor (a state, organisation, person, …)"},
	Instrument: {Name: "instrument", Doc: "the name of a treaty, agreement, draft or other security instrument"},
	Issue:      {Name: "issue", Doc: "a key term of an issue under negotiation"},
	Status:     {Name: "status", Doc: "a term naming a kind of neutrality or alignment status (\"permanent neutrality\", \"non-bloc\")"},
	Figure:     {Name: "figure", Doc: "a number with its unit and scale, a year or a date"},
})

// String returns the wire name of k.
func (k Kind) String() string { return kindEnum.String(k) }

// IsValid reports whether k is one of the named kinds.
func (k Kind) IsValid() bool { return kindEnum.Valid(k) }

// ParseKind returns the kind with the given wire name.
func ParseKind(name string) (Kind, error) { return kindEnum.Parse(name) }

// Kinds returns every valid kind.
func Kinds() []Kind { return kindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *Kind) UnmarshalText(b []byte) error { return kindEnum.UnmarshalText(k, b) }
