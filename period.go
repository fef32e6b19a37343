package accord

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Period is the stretch of time a fact holds for: a position held, a status
// in force, a membership. Either end may be the zero [Date]. An unknown
// start means "since some time before To". When To is not given, End says
// what the sources tell about the end instead ([Ending]): the fact still
// holds ([StillHolds]), it ended on a date they do not give
// ([EndedUndated]), or they do not say ([EndNotStated], which a zero End
// also means). An end that is not stated is never read as "still holds".
// The zero Period is "nothing stated about when"; use [Period.IsZero] to
// detect it.
//
// Two questions tell the cases apart: [Period.ContainsDate] asks whether
// the fact may have held on a date (an end the sources leave open does not
// rule a date out), [Period.Covers] whether the sources say it held then.
type Period struct {
	From Date `json:"from,omitzero"`
	To   Date `json:"to,omitzero"`
	// End says how the period ends when To is not given; zero means the
	// sources do not say. It must be zero when To is given.
	End Ending `json:"end,omitzero"`
}

// IsZero reports whether nothing is known about the period.
func (p Period) IsZero() bool { return p == Period{} }

// Ended reports whether the sources say the period is over: its end date
// is given, or End is [EndedUndated].
func (p Period) Ended() bool { return p.To.IsValid() || p.End == EndedUndated }

// Holds reports whether the sources say the fact still held when they were
// written (End is [StillHolds]). A period whose end is not stated does not
// hold.
func (p Period) Holds() bool { return p.End == StillHolds && !p.To.IsValid() }

// Validate reports a period that ends before it starts, an End that is
// not one of the named endings, and an End given beside a To (the date
// already says how the period ends).
func (p Period) Validate(path Path) ErrorList {
	var errs ErrorList
	if p.From.IsValid() && p.To.IsValid() && p.To.Last().Before(p.From.First()) {
		errs = append(errs, Invalid(path.Child("to"), p.To, "the period ends before it starts (from "+p.From.String()+")"))
	}
	switch {
	case p.End != 0 && !p.End.IsValid():
		errs = append(errs, NotSupported(path.Child("end"), p.End, endingEnum.Names()))
	case p.End != 0 && p.To.IsValid():
		errs = append(errs, Invalid(path.Child("end"), p.End, "to gives the end date; end is only for a period whose end date is not given"))
	}
	return errs
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

// ContainsDate reports whether the period may include any day of d: no
// end the sources give rules d out. Unknown ends are open, so a period
// whose end is not stated, or that ended on a date not given, may contain
// every later date, and the zero Period every date. A zero d is contained
// in every period. Use [Period.Covers] to ask what the sources say.
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

// Covers reports whether the sources say the fact held during d: the
// period's start is given and d does not end before it, and d does not
// begin after the given end date or, with no end date, the fact still
// holds ([StillHolds]). A period with an unknown start, an end not stated
// or an end not dated covers nothing it cannot vouch for; the zero Period
// and the zero Date are covered by nothing.
func (p Period) Covers(d Date) bool {
	if !d.IsValid() || !p.From.IsValid() || d.Last().Before(p.From.First()) {
		return false
	}
	if p.To.IsValid() {
		return !d.First().After(p.To.Last())
	}
	return p.End == StillHolds
}

// endText is how String writes an End in place of To.
var endText = [...]string{StillHolds: "present", EndedUndated: "ended", EndNotStated: "?"}

// String returns "2010–2014", "2022-03–" or "–1990" (an en dash between
// the ends), the date alone when both ends are the same ("2025-08"), or
// "" for the zero Period. An End takes the place of To: "1815–present"
// (still holds), "1839–ended" (ended, date not given), "1990–?" (end not
// stated, so marked). [ParsePeriod] reads it back for every period that
// [Period.Validate] accepts.
//
// Period has no MarshalText: its JSON form is the object {"from", "to",
// "end"}, which a text form would replace.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	end := p.End.String()
	if p.End.IsValid() {
		end = endText[p.End]
	}
	switch {
	case p.End == 0 && p.From == p.To:
		return p.From.String()
	case p.End == 0:
		return p.From.String() + "–" + p.To.String()
	case !p.To.IsValid():
		return p.From.String() + "–" + end
	}
	// Both To and End: invalid, printed so that ParsePeriod rejects it.
	return p.From.String() + "–" + p.To.String() + "–" + end
}

// ErrBadPeriod is wrapped by every error from [ParsePeriod].
var ErrBadPeriod = errors.New("malformed period")

// ParsePeriod parses the text [Period.String] prints: two ends, either of
// which may be missing, separated by an en dash (U+2013), each end in a
// form [ParseDate] reads ("2010–2014", "2022-03–", "–1990"), the end
// possibly one of the words "present", "ended" or "?" for an End
// ("1815–present"); a single date, for the period from and to that date
// ("2025-08"); or "" for the zero Period. A period that ends before it
// starts is an error, as [Period.Validate] reports it.
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
	if e := slices.Index(endText[:], to); dash && e > 0 {
		p.End = Ending(e)
	} else if err := p.To.UnmarshalText([]byte(to)); err != nil {
		return Period{}, fmt.Errorf("%w %q: %w", ErrBadPeriod, s, err)
	}
	if p.Validate(Path{}) != nil {
		return Period{}, fmt.Errorf("%w %q: it ends before it starts", ErrBadPeriod, s)
	}
	return p, nil
}
