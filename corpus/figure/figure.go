package figure

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/accordmodel/accord"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Figure is a number a text states, with what it counts: its kind, value
// and unit, the upper end when it is a range, and the period of a rate.
// Dates and years also carry their calendar value.
//
// Figures are plain values; the zero Figure is invalid ([Figure.IsValid]).
type Figure struct {
	// Kind says what the figure measures.
	Kind Kind
	// Value is the number with its scale applied ("€110 billion" is 1.1e11;
	// "77.8 percent" is 77.8). For a Year it is the year; for a Date it is
	// 0 (see Date, Month and Day).
	Value float64
	// Max is the upper end of a range ("€110–120 billion" has Max 1.2e11);
	// it equals Value when the figure is not a range.
	Max float64
	// Unit is the canonical unit: "personnel", "tanks", "people",
	// "countries" for counts; "km2" or "mi2" for areas; "percent";
	// "days", "weeks", "months", "years", "decades", "centuries" for
	// durations; the ISO 4217 code ("EUR", "USD") for money; "decade" for
	// a decade ("the 1960s"); empty for plain numbers and dates.
	Unit string
	// Per is the period of a rate ("year" in "$20 billion per year").
	Per string
	// Date is a Date's or Year's calendar value at its precision; it is
	// zero for a date written without its year.
	Date accord.Date
	// Month and Day are a Date's month and day when the text gives them,
	// also when it gives no year ("July 24").
	Month time.Month
	Day   int
	// Last is the last day or month of a range of dates ("29–30 March
	// 2022" is 2022-03-29 to 2022-03-30); it is zero for a single date.
	Last accord.Date `json:",omitzero"`
	// Bound says how the quantity relates to Value when the text
	// qualifies it ("around 25", "more than 30"); zero when it does not.
	Bound Bound `json:",omitzero"`
}

// IsValid reports whether f is a figure (its Kind is valid).
func (f Figure) IsValid() bool { return f.Kind.IsValid() }

// IsRange reports whether f is a range of values.
func (f Figure) IsRange() bool { return f.Max != f.Value }

// String returns the figure in canonical form, which [Parse] reads back:
// "85,000 personnel", "EUR 110,000,000,000–120,000,000,000",
// "USD 20,000,000,000–40,000,000,000 per year", "3–5 percent",
// "600,000 square kilometres", "10–15 years", "1839–1914", "1960s",
// "1990-07-16", "September 2025", "July 24". The invalid Value prints as "".
func (f Figure) String() string {
	p := message.NewPrinter(language.English)
	num := func(v float64) string {
		prec := 0
		if s := strconv.FormatFloat(v, 'f', -1, 64); strings.Contains(s, ".") {
			prec = len(s) - strings.IndexByte(s, '.') - 1
		}
		return p.Sprintf("%.*f", prec, v)
	}
	span := func(fmtv func(float64) string) string {
		if f.IsRange() {
			return fmtv(f.Value) + "–" + fmtv(f.Max)
		}
		return fmtv(f.Value)
	}
	per := ""
	if f.Per != "" {
		per = " per " + f.Per
	}
	bound := boundWords(f.Bound)
	switch f.Kind {
	case Money:
		return bound + f.Unit + " " + span(num) + per
	case Count, Percent, Area, Duration:
		name := f.Unit // a plural noun read as written ("air defense missiles")
		if names, ok := unitNames[f.Unit]; ok {
			name = names[1]
			if !f.IsRange() && f.Value == 1 {
				name = names[0]
			}
		}
		return bound + span(num) + " " + name + per
	case Ratio:
		return bound + span(num) + " " + f.Unit
	case Number:
		return bound + span(num) + per
	case Year:
		year := func(v float64) string { return strconv.Itoa(int(v)) }
		if f.Unit == "decade" {
			return year(f.Value) + "s"
		}
		return span(year)
	case Date:
		switch f.Date.Precision() {
		case accord.PrecisionDay:
			if f.Last.IsValid() {
				return f.Date.String() + "–" + f.Last.String()
			}
			return f.Date.String()
		case accord.PrecisionMonth:
			if f.Last.IsValid() {
				return f.Month.String() + " " + strconv.Itoa(f.Date.Year()) + "–" + f.Last.First().Month().String() + " " + strconv.Itoa(f.Last.Year())
			}
			return f.Month.String() + " " + strconv.Itoa(f.Date.Year())
		}
		if f.Day > 0 {
			return f.Month.String() + " " + strconv.Itoa(f.Day)
		}
		return f.Month.String()
	}
	return ""
}

// scaled multiplies v by a scale and reports whether the result is finite.
func scaled(v, scale float64) (float64, bool) {
	r := v * scale
	return r, finite(r)
}

// finite reports whether v is neither infinite nor NaN. Every Value and
// Max that [Find] and [Parse] return is finite.
func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

func parseFloat(s string) (float64, error) { return strconv.ParseFloat(s, 64) }

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
