package actors

import (
	"math"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Bound says how a [StatedFigure]'s value limits its quantity.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Bound means
// "not set" and is invalid, as for every enum of accord.
type Bound uint8

// The Bound values; the table below defines each one.
const (
	_ Bound = iota
	AtMost
	AtLeast
	About
	Exactly
	Between
)

var boundEnum = enum.New("Bound", map[Bound]enum.Value{
	AtMost:  {Name: "at-most", Doc: "the value is a ceiling, such as a cap on tanks"},
	AtLeast: {Name: "at-least", Doc: "the value is a floor"},
	About:   {Name: "about", Doc: "the value is approximate"},
	Exactly: {Name: "exactly", Doc: "the value is exact"},
	Between: {Name: "between", Doc: "the quantity lies between `value` and `max`"},
})

// String returns the wire name of b.
func (b Bound) String() string { return boundEnum.String(b) }

// IsValid reports whether b is one of the named bounds.
func (b Bound) IsValid() bool { return boundEnum.Valid(b) }

// ParseBound returns the bound with the given wire name.
func ParseBound(name string) (Bound, error) { return boundEnum.Parse(name) }

// Bounds returns every valid bound in declaration order.
func Bounds() []Bound { return boundEnum.Values() }

// MarshalText returns the wire name; an invalid bound is an error.
func (b Bound) MarshalText() ([]byte, error) { return boundEnum.MarshalText(b) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (b *Bound) UnmarshalText(text []byte) error { return boundEnum.UnmarshalText(b, text) }

// StatedFigure is a number a position names: a cap of 85,000 personnel, a
// standing army of about 250,000, spending of 20 to 40 billion dollars a
// year. Two figures are comparable when they measure the same Quantity in
// the same Unit.
type StatedFigure struct {
	// Quantity is what is counted, as a slug ("personnel", "tanks").
	Quantity string `json:"quantity"`
	// Bound says how Value limits the quantity.
	Bound Bound `json:"bound"`
	// Value is the number; for Between, the lower end.
	Value float64 `json:"value"`
	// Max is the upper end for Between, and zero otherwise.
	Max float64 `json:"max,omitempty"`
	// Unit is the unit, as a slug ("troops", "tanks", "usd-billion-per-year").
	Unit string `json:"unit"`
}

// Validate reports every intrinsic problem of the figure.
func (f StatedFigure) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("quantity"), f.Quantity, "what is counted, as a slug such as personnel")...)
	errs = append(errs, check.Enum(path.Child("bound"), f.Bound, boundEnum)...)
	if f.Value < 0 || math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		errs = append(errs, accord.Invalid(path.Child("value"), f.Value, "a finite number not below zero"))
	}
	switch {
	case f.Bound == Between && !(f.Max > f.Value):
		errs = append(errs, accord.Invalid(path.Child("max"), f.Max, "a range needs a max above its value"))
	case f.Bound != Between && f.Max != 0:
		errs = append(errs, accord.Invalid(path.Child("max"), f.Max, "only a between figure has a max"))
	}
	errs = append(errs, check.ID(path.Child("unit"), f.Unit, "the unit, as a slug such as troops")...)
	return errs
}

// Comparable reports whether f and g measure the same quantity in the same unit.
func (f StatedFigure) Comparable(g StatedFigure) bool {
	return f.Quantity == g.Quantity && f.Unit == g.Unit
}

// String renders the figure for people, numbers printed with
// golang.org/x/text/message in English: "at most 85,000 troops (personnel)".
func (f StatedFigure) String() string {
	return boundText(f.Bound, f.Value, f.Max) + " " + f.Unit + " (" + f.Quantity + ")"
}

// boundText writes a value with its bound: "at most 85,000", "about 38",
// "3–5"; numbers printed with golang.org/x/text/message in English.
func boundText(b Bound, value, maxValue float64) string {
	p := message.NewPrinter(language.English)
	num := func(v float64) string {
		if v == math.Trunc(v) && math.Abs(v) < 1e15 {
			return p.Sprintf("%d", int64(v))
		}
		return p.Sprintf("%v", v)
	}
	switch b {
	case AtMost:
		return "at most " + num(value)
	case AtLeast:
		return "at least " + num(value)
	case About:
		return "about " + num(value)
	case Between:
		return num(value) + "–" + num(maxValue)
	}
	return num(value)
}
