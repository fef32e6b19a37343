package guarantees

import "github.com/accordmodel/accord/internal/enum"

// Casus says how the casus foederis of a commitment arises — whether the
// trigger obliges the parties at once, or only once they determine that it
// occurred — independently of the means they must then use ([Obligation]).
// It keeps apart what an ordinal obligation alone collapses: NATO's
// Article 5 and the Rio Treaty's Article 3 declare an attack on one an
// attack on all, so the duty to act arises automatically, while each party
// still chooses its means.
//
// [Casus.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Casus means "not set" (the reading does not code it) and is valid only in
// that role.
type Casus uint8

// The Casus values; the table below defines each one.
const (
	_ Casus = iota
	CasusAutomatic
	CasusAttackOnAll
	CasusDetermined
)

var casusEnum = enum.New("Casus", map[Casus]enum.Value{
	CasusAutomatic:   {Name: "automatic", Doc: "the duty arises as soon as the trigger occurs, without a prior finding by anyone; the means may still be each party's choice"},
	CasusAttackOnAll: {Name: "attack-on-all", Doc: "the parties agree that an attack on one is an attack on all (North Atlantic Treaty, Article 5; Rio Treaty of 1947, Article 3): the duty arises automatically and each party treats the attack as one on itself"},
	CasusDetermined:  {Name: "on-determination", Doc: "the duty arises only once the parties, or an organ, determine that the trigger occurred"},
})

// String returns the wire name of c, or "Casus(n)" for an invalid value.
func (c Casus) String() string { return casusEnum.String(c) }

// IsValid reports whether c is one of the named values.
func (c Casus) IsValid() bool { return casusEnum.Valid(c) }

// Doc returns the codebook definition of c.
func (c Casus) Doc() string { return casusEnum.Doc(c) }

// ParseCasus returns the Casus with the given wire name; an unknown name is
// an error that matches [accord.ErrNotSupported].
func ParseCasus(name string) (Casus, error) { return casusEnum.Parse(name) }

// Casuses returns every valid Casus in declaration order.
func Casuses() []Casus { return casusEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (c Casus) MarshalText() ([]byte, error) { return casusEnum.MarshalText(c) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (c *Casus) UnmarshalText(text []byte) error { return casusEnum.UnmarshalText(c, text) }

// Automatic reports whether the duty arises without a prior determination.
func (c Casus) Automatic() bool { return c == CasusAutomatic || c == CasusAttackOnAll }
