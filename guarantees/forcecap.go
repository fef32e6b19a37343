package guarantees

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// ForceCap is a ceiling a force-limits clause sets on one quantity of a
// party's armed forces, in an instrument of any stage: the peace treaties
// of 1947 capped the forces of states that then lived under them, so caps
// are facts in force and not only terms of proposed settlements.
type ForceCap struct {
	// Party is the actor id of the party whose forces are capped; "" means
	// the protected state.
	Party string `json:"party,omitempty"`
	// Quantity is what is counted ("personnel", "combat aircraft").
	Quantity string `json:"quantity"`
	// AtMost is the ceiling; zero means none at all (a ban).
	AtMost float64 `json:"at_most"`
	// Unit is the unit ("troops", "aircraft").
	Unit string `json:"unit"`
	// Note is the coder's remark in their own words.
	Note string `json:"note,omitempty"`
}

// Validate reports a malformed party, a missing quantity or unit and a
// negative ceiling.
func (c ForceCap) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.OptID(path.Child("party"), c.Party, "the actor id of the party whose forces are capped")...)
	errs = append(errs, check.Text(path.Child("quantity"), c.Quantity, "what is counted, such as personnel")...)
	errs = append(errs, check.Text(path.Child("unit"), c.Unit, "the unit, such as troops")...)
	if c.AtMost < 0 {
		errs = append(errs, accord.Invalid(path.Child("at_most"), c.AtMost, "a ceiling of zero or more"))
	}
	return errs
}

// validateCaps reports caps on a clause that is not about force limits,
// and each cap's problems.
func (c Clause) validateCaps(path accord.Path) accord.ErrorList {
	if len(c.Caps) == 0 {
		return nil
	}
	if c.Topic.IsValid() && c.Topic != ForceLimits {
		return accord.ErrorList{accord.Invalid(path, c.Topic, "only force-limits clauses carry caps")}
	}
	return check.Each(path, c.Caps)
}
