package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Posture is what a state has declared it will do about future wars and
// military blocs. Whether a declared posture binds it depends on the
// status's [Basis]; [Classify] combines the two.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Posture means
// "not set" and is invalid, as for every enum of accord.
type Posture uint8

// The Posture values; the table below defines each one.
const (
	_ Posture = iota
	StayNeutral
	StayOutOfBlocs
	JoinAlliance
	StayNuclearWeaponFree
)

var postureEnum = enum.New("Posture", map[Posture]enum.Value{
	StayNeutral:           {Name: "stay-neutral", Doc: "to stay neutral in future wars between other states"},
	StayOutOfBlocs:        {Name: "stay-out-of-blocs", Doc: "to stay outside military blocs and alliances"},
	JoinAlliance:          {Name: "join-alliance", Doc: "to seek membership of a military alliance"},
	StayNuclearWeaponFree: {Name: "stay-nuclear-weapon-free", Doc: "to have no nuclear weapons on its territory, its own or others', stationed or in transit"},
})

// String returns the wire name of p, or "Posture(n)" for an invalid value.
func (p Posture) String() string { return postureEnum.String(p) }

// IsValid reports whether p is one of the named postures.
func (p Posture) IsValid() bool { return postureEnum.Valid(p) }

// ParsePosture returns the posture with the given wire name.
func ParsePosture(name string) (Posture, error) { return postureEnum.Parse(name) }

// Postures returns every valid posture in declaration order.
func Postures() []Posture { return postureEnum.Values() }

// MarshalText returns the wire name; an invalid posture is an error.
func (p Posture) MarshalText() ([]byte, error) { return postureEnum.MarshalText(p) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (p *Posture) UnmarshalText(b []byte) error { return postureEnum.UnmarshalText(p, b) }
