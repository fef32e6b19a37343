package figure

import "github.com/accordmodel/accord/internal/enum"

// Kind says what a [Figure] measures.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Kind means
// "not set" and is invalid, as for every enum of accord.
type Kind uint8

// The Kind values; the table below defines each one.
const (
	_ Kind = iota
	Count
	Money
	Percent
	Area
	Duration
	Year
	Date
	Number
	Ratio
)

var kindEnum = enum.New("FigureKind", map[Kind]enum.Value{
	Count:    {Name: "count", Doc: "a number of people or things with its unit (\"85,000 on personnel\", \"342 on tanks\", \"60 countries\")"},
	Money:    {Name: "money", Doc: "a sum of money with its currency (\"€110–120 billion\")"},
	Percent:  {Name: "percent", Doc: "a percentage (\"77.8 percent\", \"3–5%\")"},
	Area:     {Name: "area", Doc: "a surface, in square kilometres or square miles"},
	Duration: {Name: "duration", Doc: "a length of time in days, weeks, months, years, decades or centuries"},
	Year:     {Name: "year", Doc: "a year, a range of years or a decade (\"1994\", \"1839–1914\", \"the 1960s\")"},
	Date:     {Name: "date", Doc: "a calendar date or month (\"July 16, 1990\", \"29 March 2022\", \"September 2025\"), possibly without its year (\"July 24\")"},
	Number:   {Name: "number", Doc: "a large or scaled number without a unit (\"38 million\", \"625,000\")"},
	Ratio:    {Name: "ratio", Doc: "how many times larger or smaller one quantity is than another (\"20 times smaller\"); the unit is \"times larger\" or \"times smaller\""},
})

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
