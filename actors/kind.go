package actors

import "github.com/accordmodel/accord/internal/enum"

// Kind says what sort of actor an [Actor] is.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Kind means
// "not set" and is invalid, as for every enum of accord.
type Kind uint8

// The Kind values; the table below defines each one.
const (
	_ Kind = iota
	State
	HistoricalState
	Organisation
	Organ
	Grouping
	GovernmentBody
	Person
	Institution
	Society
	Collective
	Territory
)

var kindEnum = enum.New("Kind", map[Kind]enum.Value{
	State:           {Name: "state", Doc: "a sovereign state that exists today"},
	HistoricalState: {Name: "historical-state", Doc: "a state that no longer exists, such as Prussia or the Soviet Union"},
	Organisation:    {Name: "organisation", Doc: "an international organisation such as NATO, the EU or the UN"},
	Organ:           {Name: "organ", Doc: "a body of an international organisation, such as the UN Security Council"},
	Grouping:        {Name: "grouping", Doc: "a group of states without an organisation of its own (the P5, the Coalition of the Willing, the Concert of Europe)"},
	GovernmentBody:  {Name: "government-body", Doc: "an institution of one state's government: a presidency, parliament, ministry, agency or delegation (the Kremlin, a negotiating delegation)"},
	Person:          {Name: "person", Doc: "an individual, named or described by role"},
	Institution:     {Name: "institution", Doc: "a non-governmental body such as a think tank or publisher"},
	Society:         {Name: "society", Doc: "a people or population taken as a whole"},
	Collective:      {Name: "collective", Doc: "an unnamed group of people to whom an article attributes a view, such as critics or Western officials"},
	Territory:       {Name: "territory", Doc: "a territory or waterway under a state's sovereignty that holds a status of its own, such as the demilitarised and neutralised Åland Islands or the permanently neutral Panama Canal; acts_for names the sovereign state"},
})

// String returns the wire name of k, or "Kind(n)" for an invalid value.
func (k Kind) String() string { return kindEnum.String(k) }

// IsValid reports whether k is one of the named kinds.
func (k Kind) IsValid() bool { return kindEnum.Valid(k) }

// IsState reports whether k is [State] or [HistoricalState].
func (k Kind) IsState() bool { return k == State || k == HistoricalState }

// ParseKind returns the kind with the given wire name.
func ParseKind(name string) (Kind, error) { return kindEnum.Parse(name) }

// Kinds returns every valid kind in declaration order.
func Kinds() []Kind { return kindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *Kind) UnmarshalText(b []byte) error { return kindEnum.UnmarshalText(k, b) }
