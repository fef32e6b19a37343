package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Kind is the kind of a state's status toward wars and military blocs. The
// kinds are deliberately distinct: a state that merely stays out of one war
// is not permanently neutral, a policy of neutrality binds nobody, a
// neutralised state owes its status to other states, and a non-aligned state
// has none of the duties of neutrality.
//
// [Kind.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero Kind
// means "not set" and is invalid, as for every enum of accord.
type Kind uint8

// The Kind values; the table below defines each one.
const (
	_ Kind = iota
	NeutralInWar
	NeutralityPolicy
	PermanentNeutrality
	Neutralisation
	NonAlignment
	AllianceMember
	AllianceAspirant
	NuclearWeaponFree
)

var kindEnum = enum.New("Kind", map[Kind]enum.Value{
	NeutralInWar:        {Name: "neutral-in-war", Doc: "a state that takes no part in a given international armed conflict between other states; the law of neutrality binds it for as long as that conflict lasts, and only then"},
	NeutralityPolicy:    {Name: "neutrality-policy", Doc: "a stated intention to stay neutral in future wars that the state has not made legally binding"},
	PermanentNeutrality: {Name: "permanent-neutrality", Doc: "a legal commitment, by unilateral declaration under international and domestic law or by treaty, to stay neutral in every future war, with peacetime duties that follow from it"},
	Neutralisation:      {Name: "neutralisation", Doc: "permanent neutrality imposed on the state, or guaranteed for it, by an agreement among other states"},
	NonAlignment:        {Name: "non-alignment", Doc: "a policy of staying outside military blocs (in Ukraine's law, \"non-bloc status\"), without the duties of neutrality"},
	AllianceMember:      {Name: "alliance-member", Doc: "a member of a military alliance with a mutual-defence commitment; the contrast to every kind of neutrality"},
	AllianceAspirant:    {Name: "alliance-aspirant", Doc: "a state that has given up non-alignment and pursues membership of a military alliance as its stated course, without the duties of neutrality or the protection of membership"},
	NuclearWeaponFree:   {Name: "nuclear-weapon-free", Doc: "a binding commitment to have no nuclear weapons on the state's territory, neither its own nor others', nor in transit (Mongolia's status, declared in 1992 and recognised by UN General Assembly resolution 53/77; the zones of the Treaty of Tlatelolco and its successors); it says nothing of wars and blocs, so it coexists with any of the other kinds"},
})

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
