package guarantees

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// PartyObligation is what one party owes under a commitment clause when it
// differs from the clause's general obligation: one party must defend and
// another only consult (Finland and the Soviet Union under their 1948
// treaty), or one state may act while the rest owe only respect (the
// Panama Canal Neutrality Treaty and its Protocol).
type PartyObligation struct {
	// Actor is the party's actor id; it must be a party of the instrument.
	Actor string `json:"actor"`
	// Obligation is what this party owes.
	Obligation Obligation `json:"obligation"`
	// Note is the coder's remark in their own words.
	Note string `json:"note,omitempty"`
}

// ObligationOf returns what actor owes under the reading: its own
// obligation when the reading names one, else the clause's.
func (r Reading) ObligationOf(actor string) Obligation {
	if i := slices.IndexFunc(r.Parties, func(p PartyObligation) bool { return p.Actor == actor }); i >= 0 {
		return r.Parties[i].Obligation
	}
	return r.Obligation
}

// ObligationAgainst returns what the reading owes against an attack by
// attacker: the obligation when the reading names no adversary or names
// this one, and Otherwise (zero: nothing) against anyone else.
func (r Reading) ObligationAgainst(attacker string) Obligation {
	if len(r.Against) == 0 || slices.Contains(r.Against, attacker) {
		return r.Obligation
	}
	return r.Otherwise
}

// OwesHelp reports whether o is a duty to help the protected state
// (support or more), as opposed to a right, a duty to refrain or to
// consult. Only parties whose obligation owes help count as guarantors in
// an assessment.
func (o Obligation) OwesHelp() bool { return o >= Support }

// validateParties reports the problems of the per-party obligations.
func (r Reading) validateParties(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	for i, p := range r.Parties {
		pp := path.Index(i)
		errs = append(errs, check.ID(pp.Child("actor"), p.Actor, "the actor id of a party of the instrument")...)
		errs = append(errs, check.Enum(pp.Child("obligation"), p.Obligation, obligationEnum)...)
		if p.Actor != "" && slices.ContainsFunc(r.Parties[:i], func(q PartyObligation) bool { return q.Actor == p.Actor }) {
			errs = append(errs, accord.Duplicate(pp.Child("actor"), p.Actor, "each party's obligation is given once"))
		}
	}
	return errs
}

// validateAdversary reports named adversaries that are not actor ids, and
// an obligation against others without adversaries or not weaker than the
// obligation against them.
func (r Reading) validateAdversary(path accord.Path) accord.ErrorList {
	errs := check.IDs(path.Child("against"), r.Against, "the actor id of a named adversary")
	if r.Otherwise == 0 {
		return errs
	}
	p := path.Child("otherwise")
	switch {
	case !r.Otherwise.IsValid():
		errs = append(errs, accord.NotSupported(p, r.Otherwise, obligationEnum.Names()))
	case len(r.Against) == 0:
		errs = append(errs, accord.Invalid(p, r.Otherwise, "an obligation against other attackers needs the named adversaries in against"))
	case r.Obligation.IsValid() && r.Otherwise >= r.Obligation:
		errs = append(errs, accord.Invalid(p, r.Otherwise, "what is owed against other attackers is less than against the named adversaries ("+r.Obligation.String()+")"))
	}
	return errs
}

// validatePartyObligations reports per-party obligations that name an
// actor who is not a party of the instrument.
func (in Instrument) validatePartyObligations(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	for i, c := range in.Clauses {
		for j, p := range c.Reading.Parties {
			if p.Actor != "" && !slices.ContainsFunc(in.Parties, func(q Party) bool { return q.Actor == p.Actor }) {
				errs = append(errs, accord.NotFound(path.Child("clauses").Index(i).Child("reading").Child("parties").Index(j).Child("actor"), p.Actor, "a party of the instrument"))
			}
		}
	}
	return errs
}
