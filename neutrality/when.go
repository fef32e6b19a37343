package neutrality

import (
	"slices"

	"github.com/accordmodel/accord"
)

// Ended reports whether the status is over, as far as the source tells:
// its period has an end date or ended on a date not given
// ([accord.EndedUndated]), or one of its events ends it
// ([EventKind.Ends]: abandoned, superseded, failed in war).
func (s Status) Ended() bool {
	return s.Period.Ended() || slices.ContainsFunc(s.Events, func(e Event) bool { return e.Kind.Ends() })
}

// Current reports whether the source says the status still held when it
// was written: it was in force, its period still holds
// ([accord.StillHolds]) and no event ended it. A status whose end the
// source does not state is not current.
func (s Status) Current() bool {
	return s.Stage == InForce && s.Period.Holds() && !s.Ended()
}

// InForceOn reports whether the source says the status was in force
// during d: it was in force (not a proposal) and its period covers d
// ([accord.Period.Covers]: a start that is given, and an end date or
// "still holds"). A status with no period, an unknown start, or an end the
// source does not date matches no date; ask [Status.MayBeInForceOn] for
// those.
func (s Status) InForceOn(d accord.Date) bool {
	return s.Stage == InForce && s.Period.Covers(d) && (s.Period.To.IsValid() || !s.endedByEvent())
}

// MayBeInForceOn reports whether nothing the source says rules out that
// the status was in force during d: it was in force and its period may
// contain d ([accord.Period.ContainsDate]). A status with no period may
// hold on every date; this is the question to ask only when such
// statuses are wanted.
func (s Status) MayBeInForceOn(d accord.Date) bool {
	return s.Stage == InForce && s.Period.ContainsDate(d)
}

// endedByEvent reports whether one of the status's events ends it.
func (s Status) endedByEvent() bool {
	return slices.ContainsFunc(s.Events, func(e Event) bool { return e.Kind.Ends() })
}

// validateEnd checks that the period says how a status in force ends, and
// that it agrees with the events: a status an event ends never still holds.
func (s Status) validateEnd(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	p := path.Child("period")
	switch s.Stage {
	case InForce:
		if !s.Period.To.IsValid() && s.Period.End == 0 {
			errs = append(errs, accord.Required(p.Child("end"),
				"how the status ends: a to date, or end still-holds, ended-undated or not-stated").WithRule(ErrEndNotSaid))
		}
	case Proposed:
		if s.Period.End == accord.StillHolds || s.Period.End == accord.EndedUndated {
			errs = append(errs, accord.Invalid(p.Child("end"), s.Period.End, "a proposal never took effect, so it neither holds nor ended").WithRule(ErrEndNotSaid))
		}
	}
	if i := slices.IndexFunc(s.Events, func(e Event) bool { return e.Kind.Ends() }); i >= 0 {
		switch {
		case s.Period.End == accord.StillHolds:
			errs = append(errs, accord.Invalid(p.Child("end"), s.Period.End,
				"event "+s.Events[i].Kind.String()+" ends the status, so it does not still hold").WithRule(ErrEndedStillHolds))
		case s.Stage == InForce && !s.Period.Ended():
			errs = append(errs, accord.Invalid(p.Child("end"), cmpEnd(s.Period.End),
				"event "+s.Events[i].Kind.String()+" ends the status: give the to date, or end ended-undated").WithRule(ErrEndedStillHolds))
		}
	}
	return errs
}

// cmpEnd names an end for an error message; zero is "not set".
func cmpEnd(e accord.Ending) string {
	if e == 0 {
		return "not set"
	}
	return e.String()
}
