package accord

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

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
// the ends), the date alone when both ends are the same ("2025-08"), or
// "" for the zero Period. [ParsePeriod] reads it back for every period
// that [Period.Validate] accepts.
//
// Period has no MarshalText: its JSON form is the object {"from", "to"},
// which a text form would replace.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if p.From == p.To {
		return p.From.String()
	}
	return p.From.String() + "–" + p.To.String()
}

// ErrBadPeriod is wrapped by every error from [ParsePeriod].
var ErrBadPeriod = errors.New("malformed period")

// ParsePeriod parses the text [Period.String] prints: two ends, either of
// which may be missing, separated by an en dash (U+2013), each end in a
// form [ParseDate] reads ("2010–2014", "2022-03–", "–1990"); a single date,
// for the period from and to that date ("2025-08"); or "" for the zero
// Period. A period that ends before it starts is an error, as
// [Period.Validate] reports it.
func ParsePeriod(s string) (Period, error) {
	from, to, dash := strings.Cut(s, "–")
	if !dash {
		to = from
	} else if from == "" && to == "" {
		return Period{}, fmt.Errorf("%w %q: neither end is given", ErrBadPeriod, s)
	}
	var p Period
	if err := p.From.UnmarshalText([]byte(from)); err != nil {
		return Period{}, fmt.Errorf("%w %q: %w", ErrBadPeriod, s, err)
	}
	if err := p.To.UnmarshalText([]byte(to)); err != nil {
		return Period{}, fmt.Errorf("%w %q: %w", ErrBadPeriod, s, err)
	}
	if p.Validate(Path{}) != nil {
		return Period{}, fmt.Errorf("%w %q: it ends before it starts", ErrBadPeriod, s)
	}
	return p, nil
}
