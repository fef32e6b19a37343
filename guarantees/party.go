package guarantees

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
)

// Role is what a party does under an [Instrument], as PA-X codes third
// parties.
//
// [Role.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero Role
// means "not set" and is invalid, as for every enum of accord.
type Role uint8

// The Role values; the table below defines each one.
const (
	_ Role = iota
	Guarantor
	Protected
	Mutual
	Mediator
	Signatory
	Drafter
	Proposer
	Endorser
	RespectOnly
)

var roleEnum = enum.New("Role", map[Role]enum.Value{
	Guarantor:   {Name: "guarantor", Doc: "gives the commitment to the protected state"},
	Protected:   {Name: "protected", Doc: "receives the commitment"},
	Mutual:      {Name: "mutual", Doc: "both gives and receives the commitment, as members of an alliance do"},
	Mediator:    {Name: "mediator", Doc: "brokers or hosts the arrangement without committing itself"},
	Signatory:   {Name: "signatory", Doc: "signs without giving or receiving the commitment"},
	Drafter:     {Name: "drafter", Doc: "wrote or tabled the text"},
	Proposer:    {Name: "proposer", Doc: "put the idea forward or offered to join it"},
	Endorser:    {Name: "endorser", Doc: "would endorse or acquiesce in it from outside, for example through a UN resolution"},
	RespectOnly: {Name: "respect-only", Doc: "undertakes only to respect the protected state or its status and owes it no help, as the states adhering to the Protocol of the Panama Canal Neutrality Treaty of 1977 or the P5 in their 2012 declaration on Mongolia's nuclear-weapon-free status; not a guarantor"},
})

// String returns the wire name of r, or "Role(n)" for an invalid value.
func (r Role) String() string { return roleEnum.String(r) }

// IsValid reports whether r is one of the named values.
func (r Role) IsValid() bool { return roleEnum.Valid(r) }

// Doc returns the codebook definition of r.
func (r Role) Doc() string { return roleEnum.Doc(r) }

// ParseRole returns the Role with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseRole(name string) (Role, error) { return roleEnum.Parse(name) }

// Roles returns every valid Role in declaration order.
func Roles() []Role { return roleEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (r Role) MarshalText() ([]byte, error) { return roleEnum.MarshalText(r) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (r *Role) UnmarshalText(text []byte) error { return roleEnum.UnmarshalText(r, text) }

// Gives reports whether a party in role r gives the commitment
// (guarantors and mutual parties).
func (r Role) Gives() bool { return r == Guarantor || r == Mutual }

// Receives reports whether a party in role r is protected by the
// commitment (protected and mutual parties).
func (r Role) Receives() bool { return r == Protected || r == Mutual }

// Party is one actor's part in an [Instrument]. Actor is an actor id from
// seeds/actors.json. Members, when set, is how many states the actor
// stands for (five for the P5); it matters for how broad the set of
// guarantors is.
type Party struct {
	Actor    string            `json:"actor"`
	Role     Role              `json:"role"`
	Members  int               `json:"members,omitempty"`
	Note     string            `json:"note,omitempty"`
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// Validate reports a missing actor or role, a negative member count and
// invalid citations. Whether the actor exists is checked by the corpus.
func (p Party) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("actor"), p.Actor, "an actor id from actors.json")...)
	errs = append(errs, check.Enum(path.Child("role"), p.Role, roleEnum)...)
	if p.Members < 0 {
		errs = append(errs, accord.Invalid(path.Child("members"), p.Members, "a number of states, zero when the party is one state"))
	}
	errs = append(errs, check.Each(path.Child("evidence"), p.Evidence)...)
	return errs
}

// weight returns how many states the party stands for (at least one).
func (p Party) weight() int { return max(p.Members, 1) }
