package neutrality

import (
	"errors"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
)

// validateAgreement reports [ErrKindMismatch] when [Classify] does not
// derive s.Kind from the status's own facts under any combination of
// doctrines. It is the last check of [Status.Validate] and runs only when
// the kind's own requirements hold, so that a status gets the most
// specific reason first; with it, Validate accepts exactly the kinds
// Classify can derive.
func (s Status) validateAgreement(path accord.Path) accord.ErrorList {
	c, err := Classify(s.Facts(), Options{})
	var list accord.ErrorList
	switch {
	case errors.As(err, &list):
		return nil // unknown values, already reported by Validate
	case err != nil:
		return accord.ErrorList{accord.Invalid(path.Child("kind"), s.Kind,
			"no kind of status follows from the postures, bases, alliances and war recorded").WithRule(ErrKindMismatch)}
	}
	if c.Kind == s.Kind || slices.ContainsFunc(c.Alternatives, func(a Alternative) bool { return a.Kind == s.Kind }) {
		return nil
	}
	derived := c.Kind.String()
	if !c.Decided() {
		var alts []string
		for _, a := range c.Alternatives {
			alts = append(alts, a.Kind.String())
		}
		derived = strings.Join(alts, " or ")
	}
	return accord.ErrorList{accord.Invalid(path.Child("kind"), s.Kind,
		"the facts recorded make it "+derived+": "+strings.Join(c.Reasons, " ")).WithRule(ErrKindMismatch)}
}
