package figure

import "github.com/accordmodel/accord/internal/enum"

// Kind says what a [Figure] measures. The zero Kind is invalid.
type Kind uint8

const (
	_ Kind = iota
	// Count: a number of people or things with its unit ("85,000 on
	// personnel", "342 on tanks", "60 countries").
	Count
	// Money: a sum of money with its currency ("€110–120 billion").
	Money
	// Percent: a percentage ("77.8 percent", "3–5%").
	Percent
	// Area: a surface ("600,000 square kilometers").
	Area
	// Duration: a length of time ("10-15 years").
	Duration
	// Year: a year, a range of years or a decade ("1994", "1839–1914",
	// "the 1960s").
	Year
	// Date: a calendar date or month ("July 16, 1990", "29 March 2022",
	// "September 2025"), possibly without its year ("July 24").
	Date
	// Number: a large or scaled number without a unit ("38 million",
	// "625,000").
	Number
)

var kindEnum = enum.New[Kind]("FigureKind",
	enum.Value{Name: "count", Doc: "a number of people or things with its unit, such as personnel or tanks"},
	enum.Value{Name: "money", Doc: "a sum of money with its currency"},
	enum.Value{Name: "percent", Doc: "a percentage"},
	enum.Value{Name: "area", Doc: "a surface, in square kilometres or square miles"},
	enum.Value{Name: "duration", Doc: "a length of time in days, weeks, months, years, decades or centuries"},
	enum.Value{Name: "year", Doc: "a year, a range of years or a decade"},
	enum.Value{Name: "date", Doc: "a calendar date or month, possibly without its year"},
	enum.Value{Name: "number", Doc: "a large or scaled number without a unit"},
)

// String returns the wire name of k.
func (k Kind) String() string { return kindEnum.String(k) }

// IsValid reports whether k is one of the named kinds.
func (k Kind) IsValid() bool { return kindEnum.Valid(k) }

// ParseKind returns the kind with the given wire name.
func ParseKind(name string) (Kind, error) { return kindEnum.Parse(name) }

// Kinds returns every valid kind.
func Kinds() []Kind { return kindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *Kind) UnmarshalText(b []byte) error { return kindEnum.UnmarshalText(k, b) }
