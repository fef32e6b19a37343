package neutrality

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Proviso is one term of a status's own instrument that, unlike Allows and
// Forbids, holds only under a condition or only in part of the state's
// territory: a neutrality subject to approval by referendum (the 2022
// Istanbul drafts), a ban on fortifications confined to one island group.
// Like Allows and Forbids it overrides the rulebook where it applies.
type Proviso struct {
	// Activity is the activity the term allows or forbids.
	Activity Activity `json:"activity"`
	// Verdict is compatible (the term allows it) or incompatible (it
	// forbids it).
	Verdict Verdict `json:"verdict"`
	// Condition, when set, is what must happen for the term to hold, such
	// as approval in a referendum; until then it binds no one.
	Condition string `json:"condition,omitempty"`
	// Area, when set, is a slug naming the part of the territory the term
	// applies to; elsewhere the rulebook decides. [Options].Area selects
	// the part judged.
	Area string `json:"area,omitempty"`
	// Note is the coder's remark in their own words.
	Note string `json:"note,omitempty"`
	// Evidence cites the source.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the term: an unknown
// activity, a verdict other than compatible or incompatible, a malformed
// area and missing evidence.
func (t Proviso) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Enum(path.Child("activity"), t.Activity, activityEnum)...)
	switch {
	case t.Verdict == 0:
		errs = append(errs, accord.Required(path.Child("verdict"), "compatible or incompatible"))
	case t.Verdict != Compatible && t.Verdict != Incompatible:
		errs = append(errs, accord.NotSupported(path.Child("verdict"), t.Verdict, []string{Compatible.String(), Incompatible.String()}))
	}
	errs = append(errs, check.OptID(path.Child("area"), t.Area, "a slug naming the part of the territory")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), t.Evidence)...)
	return errs
}

// appliesIn reports whether the term applies in the part of the territory
// area names ("" for the whole state).
func (t Proviso) appliesIn(area string) bool { return t.Area == "" || t.Area == area }

// validateTerms reports each term's problems and a term that contradicts
// another term, Allows or Forbids for the same activity, area and
// condition ([ErrConflictingTerms]).
func (s Status) validateTerms(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	for i, t := range s.Terms {
		p := path.Index(i)
		errs = append(errs, t.Validate(p)...)
		for _, u := range s.Terms[:i] {
			if u.Activity == t.Activity && u.Area == t.Area && u.Condition == t.Condition {
				errs = append(errs, accord.Duplicate(p, t.Activity, "another term already covers this activity, area and condition").WithRule(ErrConflictingTerms))
				break
			}
		}
	}
	return errs
}
