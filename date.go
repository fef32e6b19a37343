package accord

import (
	"cmp"
	"errors"
	"fmt"
	"time"

	"github.com/accordmodel/accord/internal/enum"
)

// Date is a calendar date known to the precision the sources give: a year
// ("2022"), a month ("2022-03") or a day ("2022-03-29"). Policy articles
// rarely date everything to the day, and accord never invents precision.
//
// The zero Date means "unknown"; [Date.IsValid] reports false for it.
// Every other Date is a real calendar date in the years 1000 to 9999:
// [YearOf], [MonthOf] and [DayOf] return the zero Date for anything else,
// as [ParseDate] rejects it, so a valid Date's [Date.String] always parses
// back to an equal Date. Dates are small comparable values: two Dates are
// == exactly when their Strings are equal.
type Date struct {
	year  int16
	month uint8 // 0 when the precision is a year
	day   uint8 // 0 when the precision is a year or a month
}

// Precision says how much of a [Date] is known.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Precision means
// "not set" and is invalid, as for every enum of accord.
type Precision uint8

// The Precision values; the table below defines each one.
const (
	_ Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

var precisionEnum = enum.New("Precision", map[Precision]enum.Value{
	PrecisionYear:  {Name: "year", Doc: "only the year is known"},
	PrecisionMonth: {Name: "month", Doc: "the year and the month are known"},
	PrecisionDay:   {Name: "day", Doc: "the full calendar date is known"},
})

// String returns "year", "month" or "day".
func (p Precision) String() string { return precisionEnum.String(p) }

// IsValid reports whether p is one of the named precisions.
func (p Precision) IsValid() bool { return precisionEnum.Valid(p) }

// ParsePrecision returns the precision with the given wire name.
func ParsePrecision(name string) (Precision, error) { return precisionEnum.Parse(name) }

// Precisions returns every valid precision in declaration order.
func Precisions() []Precision { return precisionEnum.Values() }

// MarshalText returns the wire name; an invalid precision is an error.
func (p Precision) MarshalText() ([]byte, error) { return precisionEnum.MarshalText(p) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (p *Precision) UnmarshalText(b []byte) error { return precisionEnum.UnmarshalText(p, b) }

// ErrBadDate is wrapped by every error from [ParseDate].
var ErrBadDate = errors.New("malformed date")

// The years a [Date] can hold: the four-digit years of ISO 8601.
const (
	minYear = 1000
	maxYear = 9999
)

// YearOf returns the Date for year y, or the zero Date when y is not
// between 1000 and 9999.
//
// YearOf, [MonthOf] and [DayOf] never build an invalid Date: for input out
// of range they return the zero Date, which [Date.IsValid] reports, rather
// than an error, so that a hard-coded date reads as a literal
// (DayOf(2022, time.March, 29)). Check IsValid where the parts come from
// input; they are never normalised the way [time.Date] turns 31 February
// into March.
func YearOf(y int) Date {
	if y < minYear || y > maxYear {
		return Date{}
	}
	return Date{year: int16(y)}
}

// MonthOf returns the Date for month m of year y, or the zero Date when y
// is out of range (see [YearOf]) or m is not a month.
func MonthOf(y int, m time.Month) Date {
	d := YearOf(y)
	if !d.IsValid() || m < time.January || m > time.December {
		return Date{}
	}
	d.month = uint8(m)
	return d
}

// DayOf returns the Date for day d of month m of year y, or the zero Date
// when there is no such day (DayOf(2023, time.February, 29)) or y is out of
// range (see [YearOf]).
func DayOf(y int, m time.Month, d int) Date {
	date := MonthOf(y, m)
	if !date.IsValid() || d < 1 || d > daysIn(y, m) {
		return Date{}
	}
	date.day = uint8(d)
	return date
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ISO 8601 calendar
// dates at reduced precision). Years run from 1000 to 9999.
func ParseDate(s string) (Date, error) {
	d, why := parseDate(s)
	if why != "" {
		return Date{}, dateError(s, why)
	}
	return d, nil
}

// dateError is ParseDate's error for s, malformed because of why.
func dateError(s, why string) error {
	return fmt.Errorf("%w %q: %s (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrBadDate, s, why)
}

// parseDate is ParseDate without the error value: it returns why s is
// malformed, or "". It keeps no reference to s, so UnmarshalText can pass
// it a conversion of its bytes that is not copied.
func parseDate(s string) (d Date, why string) {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return Date{}, "wrong length"
	}
	y, ok := digits(s[:4])
	if d = YearOf(y); !ok || !d.IsValid() {
		return Date{}, "bad year"
	}
	if len(s) == 4 {
		return d, ""
	}
	if s[4] != '-' {
		return Date{}, "expected '-' after the year"
	}
	m, ok := digits(s[5:7])
	if d = MonthOf(y, time.Month(m)); !ok || !d.IsValid() {
		return Date{}, "bad month"
	}
	if len(s) == 7 {
		return d, ""
	}
	if s[7] != '-' {
		return Date{}, "expected '-' after the month"
	}
	day, ok := digits(s[8:10])
	if d = DayOf(y, time.Month(m), day); !ok || !d.IsValid() {
		return Date{}, "bad day"
	}
	return d, ""
}

// MustParseDate is like [ParseDate] but panics on error. It is intended for
// tests and hard-coded values.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// digits parses s as an unsigned decimal number of ASCII digits only
// (strconv.Atoi would also take a sign, letting "2022-+3" through).
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsValid reports whether d is a known date (not the zero Date).
func (d Date) IsValid() bool { return d.year != 0 }

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Precision returns how much of d is known; 0 for the zero Date.
func (d Date) Precision() Precision {
	switch {
	case d.year == 0:
		return 0
	case d.month == 0:
		return PrecisionYear
	case d.day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// First returns the first day d can denote (1 January for a year).
func (d Date) First() time.Time {
	m, day := time.Month(max(d.month, 1)), int(max(d.day, 1))
	return time.Date(int(d.year), m, day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day d can denote (31 December for a year).
func (d Date) Last() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(int(d.year), time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(int(d.year), time.Month(d.month), daysIn(int(d.year), time.Month(d.month)), 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// Compare orders dates by their first day, then by precision (coarser
// first), so that sorting is total and deterministic. The zero Date sorts
// before every valid date.
func (d Date) Compare(e Date) int {
	if !d.IsValid() || !e.IsValid() {
		return cmp.Compare(d.year, e.year) // the zero Date's year is 0
	}
	if c := d.First().Compare(e.First()); c != 0 {
		return c
	}
	return int(d.Precision()) - int(e.Precision())
}

// String returns the ISO form at d's precision, or "" for the zero Date.
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.year, d.month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
	}
	return ""
}

// MarshalText returns the same text as [Date.String].
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses the forms accepted by [ParseDate]; empty text is
// the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if d == nil {
		return errors.New("accord: UnmarshalText into a nil *Date")
	}
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	p, why := parseDate(string(text)) // not copied: parseDate keeps no reference
	if why != "" {
		return dateError(string(text), why)
	}
	*d = p
	return nil
}
