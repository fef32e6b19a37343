package actors

import "github.com/accordmodel/accord/internal/enum"

// Kind says what sort of actor an [Actor] is. The zero Kind is invalid.
type Kind uint8

const (
	_ Kind = iota
	// State: a sovereign state that exists today.
	State
	// HistoricalState: a state that no longer exists (Prussia, the Soviet Union).
	HistoricalState
	// Organisation: an international organisation (NATO, the EU, the UN).
	Organisation
	// Organ: a body of an international organisation (the UN Security Council).
	Organ
	// Grouping: a group of states without an organisation of its own
	// (the P5, the Coalition of the Willing, the Concert of Europe).
	Grouping
	// GovernmentBody: an institution of one state's government (the
	// Kremlin, a parliament, a ministry, a negotiating delegation).
	GovernmentBody
	// Person: a named or singular individual.
	Person
	// Institution: a non-governmental body such as a think tank or publisher.
	Institution
	// Society: a people or population taken as a whole.
	Society
	// Collective: an unnamed group of people an article attributes a view
	// to ("Western officials", "critics").
	Collective
)

var kindEnum = enum.New[Kind]("Kind",
	enum.Value{Name: "state", Doc: "a sovereign state that exists today"},
	enum.Value{Name: "historical-state", Doc: "a state that no longer exists, such as Prussia or the Soviet Union"},
	enum.Value{Name: "organisation", Doc: "an international organisation such as NATO, the EU or the UN"},
	enum.Value{Name: "organ", Doc: "a body of an international organisation, such as the UN Security Council"},
	enum.Value{Name: "grouping", Doc: "a group of states without an organisation of its own, such as the P5 or the Coalition of the Willing"},
	enum.Value{Name: "government-body", Doc: "an institution of one state's government: a presidency, parliament, ministry, agency or delegation"},
	enum.Value{Name: "person", Doc: "an individual, named or described by role"},
	enum.Value{Name: "institution", Doc: "a non-governmental body such as a think tank or publisher"},
	enum.Value{Name: "society", Doc: "a people or population taken as a whole"},
	enum.Value{Name: "collective", Doc: "an unnamed group of people to whom an article attributes a view, such as critics or officials"},
)

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
