package accord

import "time"

// Period is the stretch of time a fact holds for: a position held, a status
// in force, a membership. Either end may be the zero [Date]: an unknown
// start means "since some time before To", an unknown end means "still
// holds, as far as the sources tell". The zero Period is "always, as far as
// is known"; use [Period.IsZero] to detect it.
type Period struct {
	From Date `json:"from,omitzero"`
	To   Date `json:"to,omitzero"`
}

// IsZero reports whether neither end is known.
func (p Period) IsZero() bool { return p == Period{} }

// Validate reports a period that ends before it starts.
func (p Period) Validate(path Path) ErrorList {
	if p.From.IsValid() && p.To.IsValid() && p.To.Last().Before(p.From.First()) {
		return ErrorList{Invalid(path.Child("to"), p.To, "the period ends before it starts (from "+p.From.String()+")")}
	}
	return nil
}

// Contains reports whether the period may include the day t: t is not
// before the first day From can denote and not after the last day To can
// denote. Unknown ends are open.
func (p Period) Contains(t time.Time) bool {
	if p.From.IsValid() && t.Before(p.From.First()) {
		return false
	}
	if p.To.IsValid() && t.After(p.To.Last()) {
		return false
	}
	return true
}

// ContainsDate reports whether the period may include any day of d.
// A zero d is contained in every period.
func (p Period) ContainsDate(d Date) bool {
	if !d.IsValid() {
		return true
	}
	if p.From.IsValid() && d.Last().Before(p.From.First()) {
		return false
	}
	if p.To.IsValid() && d.First().After(p.To.Last()) {
		return false
	}
	return true
}

// String returns "2010–2014", "2022-03–" or "–1990" (an en dash between
// the ends), or "" for the zero Period.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if p.From == p.To {
		return p.From.String()
	}
	return p.From.String() + "–" + p.To.String()
}
