package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Basis is what a status rests on in law or politics. A status may rest on
// several (a declaration under international law and a constitutional law,
// for instance).
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Basis means
// "not set" and is invalid, as for every enum of accord.
type Basis uint8

// The Basis values; the table below defines each one.
const (
	_ Basis = iota
	LawOfNeutrality
	PolicyStatement
	UnilateralDeclaration
	DomesticLaw
	Treaty
	AgreementAmongOthers
	NotStated
)

var basisEnum = enum.New("Basis", map[Basis]enum.Value{
	LawOfNeutrality:       {Name: "law-of-neutrality", Doc: "the status arises by operation of the law of neutrality, because the state is not a party to a war between others"},
	PolicyStatement:       {Name: "policy-statement", Doc: "a statement of policy that binds the state to nothing in law"},
	UnilateralDeclaration: {Name: "unilateral-declaration", Doc: "the state's own declaration, binding under international law"},
	DomesticLaw:           {Name: "domestic-law", Doc: "the state's constitution or statutes"},
	Treaty:                {Name: "treaty", Doc: "a treaty to which the state itself is a party"},
	AgreementAmongOthers:  {Name: "agreement-among-others", Doc: "an agreement among other states that sets or guarantees the status, whether or not the state joined it"},
	NotStated:             {Name: "not-stated", Doc: "the source attests the status but does not say what it rests on (explicitly missing, not a basis)"},
})

// String returns the wire name of b, or "Basis(n)" for an invalid value.
func (b Basis) String() string { return basisEnum.String(b) }

// IsValid reports whether b is one of the named bases.
func (b Basis) IsValid() bool { return basisEnum.Valid(b) }

// ParseBasis returns the basis with the given wire name.
func ParseBasis(name string) (Basis, error) { return basisEnum.Parse(name) }

// Bases returns every valid basis in declaration order.
func Bases() []Basis { return basisEnum.Values() }

// MarshalText returns the wire name; an invalid basis is an error.
func (b Basis) MarshalText() ([]byte, error) { return basisEnum.MarshalText(b) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (b *Basis) UnmarshalText(t []byte) error { return basisEnum.UnmarshalText(b, t) }

// IsBinding reports whether b binds the state in law to the status it
// declares: a declaration under international law, domestic law, a treaty
// or an agreement among other states. A policy statement, the law of
// neutrality (which binds only in a war) and an unstated basis do not.
func (b Basis) IsBinding() bool {
	return b == UnilateralDeclaration || b == DomesticLaw || b == Treaty || b == AgreementAmongOthers
}
