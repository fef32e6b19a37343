package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Basis is what a status rests on in law or politics. A status may rest on
// several (a declaration under international law and a constitutional law,
// for instance). The zero Basis is invalid.
type Basis uint8

const (
	_ Basis = iota
	// LawOfNeutrality: the status arises by operation of the law of
	// neutrality, because the state is not a party to a war between others.
	LawOfNeutrality
	// PolicyStatement: a statement of policy that binds the state to
	// nothing in law.
	PolicyStatement
	// UnilateralDeclaration: the state's own declaration, binding under
	// international law.
	UnilateralDeclaration
	// DomesticLaw: the state's constitution or statutes.
	DomesticLaw
	// Treaty: a treaty to which the state itself is a party.
	Treaty
	// AgreementAmongOthers: an agreement among other states that sets or
	// guarantees the status, whether or not the state joined it.
	AgreementAmongOthers
	// NotStated: the source attests the status but does not say what it
	// rests on. Recording this is explicit missingness, not a basis.
	NotStated
)

var basisEnum = enum.New[Basis]("Basis",
	enum.Value{Name: "law-of-neutrality", Doc: "arises by operation of the law of neutrality, because the state is not a party to a war between others"},
	enum.Value{Name: "policy-statement", Doc: "a statement of policy that binds the state to nothing in law"},
	enum.Value{Name: "unilateral-declaration", Doc: "the state's own declaration, binding under international law"},
	enum.Value{Name: "domestic-law", Doc: "the state's constitution or statutes"},
	enum.Value{Name: "treaty", Doc: "a treaty to which the state itself is a party"},
	enum.Value{Name: "agreement-among-others", Doc: "an agreement among other states that sets or guarantees the status, whether or not the state joined it"},
	enum.Value{Name: "not-stated", Doc: "the source attests the status but does not say what it rests on (explicitly missing, not a basis)"},
)

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
