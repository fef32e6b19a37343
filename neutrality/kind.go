package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Kind is the kind of a state's status toward wars and military blocs. The
// kinds are deliberately distinct: a state that merely stays out of one war
// is not permanently neutral, a policy of neutrality binds nobody, a
// neutralised state owes its status to other states, and a non-aligned state
// has none of the duties of neutrality. The zero Kind is invalid.
type Kind uint8

const (
	_ Kind = iota
	// NeutralInWar: a state that takes no part in a given international
	// armed conflict between other states; the law of neutrality binds it
	// for as long as that conflict lasts, and only then.
	NeutralInWar
	// NeutralityPolicy: a stated intention to stay neutral in future wars
	// that the state has not made legally binding.
	NeutralityPolicy
	// PermanentNeutrality: a legal commitment, by unilateral declaration
	// under international and domestic law or by treaty, to stay neutral in
	// every future war, with peacetime duties that follow from it.
	PermanentNeutrality
	// Neutralisation: permanent neutrality imposed on a state, or
	// guaranteed for it, by an agreement among other states.
	Neutralisation
	// NonAlignment: a policy of staying outside military blocs (in Ukraine's
	// law, "non-bloc status"), without the duties of neutrality.
	NonAlignment
	// AllianceMember: a member of a military alliance with a mutual-defence
	// commitment; the contrast to every kind of neutrality.
	AllianceMember
	// AllianceAspirant: a state that has given up non-alignment and pursues
	// membership of a military alliance as its stated course, without the
	// duties of neutrality or the protection of membership.
	AllianceAspirant
)

var kindEnum = enum.New[Kind]("Kind",
	enum.Value{Name: "neutral-in-war", Doc: "takes no part in a given international armed conflict between other states; the law of neutrality binds it while that conflict lasts"},
	enum.Value{Name: "neutrality-policy", Doc: "states an intention to stay neutral in future wars without binding itself in law"},
	enum.Value{Name: "permanent-neutrality", Doc: "is bound, by its own declaration under international and domestic law or by treaty, to stay neutral in every future war, with peacetime duties that follow"},
	enum.Value{Name: "neutralisation", Doc: "permanent neutrality imposed on the state, or guaranteed for it, by an agreement among other states"},
	enum.Value{Name: "non-alignment", Doc: "a policy of staying outside military blocs (non-bloc status) without the duties of neutrality"},
	enum.Value{Name: "alliance-member", Doc: "a member of a military alliance with a mutual-defence commitment; the contrast to every kind of neutrality"},
	enum.Value{Name: "alliance-aspirant", Doc: "has given up non-alignment and pursues membership of a military alliance as its stated course"},
)

// String returns the wire name of k, or "Kind(n)" for an invalid value.
func (k Kind) String() string { return kindEnum.String(k) }

// IsValid reports whether k is one of the named kinds.
func (k Kind) IsValid() bool { return kindEnum.Valid(k) }

// Doc returns the codebook definition of k.
func (k Kind) Doc() string { return kindEnum.Doc(k) }

// ParseKind returns the kind with the given wire name.
func ParseKind(name string) (Kind, error) { return kindEnum.Parse(name) }

// Kinds returns every valid kind in declaration order.
func Kinds() []Kind { return kindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *Kind) UnmarshalText(b []byte) error { return kindEnum.UnmarshalText(k, b) }

// IsNeutral reports whether k is one of the neutral kinds: neutral in a
// war, a neutrality policy, permanent neutrality or neutralisation.
func (k Kind) IsNeutral() bool {
	return k == NeutralInWar || k == NeutralityPolicy || k == PermanentNeutrality || k == Neutralisation
}

// IsBinding reports whether k puts the state under legal duties of
// neutrality: in a war (neutral-in-war) or permanently.
func (k Kind) IsBinding() bool {
	return k == NeutralInWar || k == PermanentNeutrality || k == Neutralisation
}

// inherits returns the kind whose rules also govern k where the rulebook
// has none for k itself: a neutralised state is permanently neutral, so the
// rules of permanent neutrality apply to it.
func (k Kind) inherits() Kind {
	if k == Neutralisation {
		return PermanentNeutrality
	}
	return 0
}
