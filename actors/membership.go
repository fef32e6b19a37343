package actors

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
	"slices"
)

// MemberRole is the standing of a member in an organisation, organ or grouping.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero MemberRole means
// "not set" and is invalid, as for every enum of accord.
type MemberRole uint8

// The MemberRole values; the table below defines each one.
const (
	_ MemberRole = iota
	Member
	PermanentMember
)

var memberRoleEnum = enum.New("MemberRole", map[MemberRole]enum.Value{
	Member:          {Name: "member", Doc: "an ordinary member of the organisation or grouping"},
	PermanentMember: {Name: "permanent-member", Doc: "a member that holds its seat permanently, as the five permanent members do in the UN Security Council"},
})

// String returns the wire name of r.
func (r MemberRole) String() string { return memberRoleEnum.String(r) }

// IsValid reports whether r is one of the named roles.
func (r MemberRole) IsValid() bool { return memberRoleEnum.Valid(r) }

// ParseMemberRole returns the role with the given wire name.
func ParseMemberRole(name string) (MemberRole, error) { return memberRoleEnum.Parse(name) }

// MemberRoles returns every valid role in declaration order.
func MemberRoles() []MemberRole { return memberRoleEnum.Values() }

// MarshalText returns the wire name; an invalid role is an error.
func (r MemberRole) MarshalText() ([]byte, error) { return memberRoleEnum.MarshalText(r) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (r *MemberRole) UnmarshalText(b []byte) error { return memberRoleEnum.UnmarshalText(r, b) }

// Membership records that an actor belongs to an organisation, organ or
// grouping for a period: Finland in NATO from 2023, Austria in the EU,
// France as a permanent member of the UN Security Council.
type Membership struct {
	// Of is the id of the organisation, organ or grouping.
	Of string `json:"of"`
	// Role is the member's standing.
	Role MemberRole `json:"role"`
	// Period is when the membership held; the zero Period means the
	// sources give no dates. Without a to date, End says whether it still
	// holds, ended undated, or the sources do not say.
	Period accord.Period `json:"period,omitzero"`
	// Evidence cites the articles that state the membership.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the membership.
func (m Membership) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("of"), m.Of, "the id of the organisation or grouping")...)
	errs = append(errs, check.Enum(path.Child("role"), m.Role, memberRoleEnum)...)
	errs = append(errs, m.Period.Validate(path.Child("period"))...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), m.Evidence)...)
	return errs
}

func (m Membership) clone() Membership {
	m.Evidence = slices.Clone(m.Evidence)
	return m
}
