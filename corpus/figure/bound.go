package figure

import "github.com/accordmodel/accord/internal/enum"

// Bound says how a [Figure]'s number relates to the quantity when the text
// qualifies it: "around 25 leaders" is about 25, "more than 30 countries"
// at least 30, "no more than three days" at most 3.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Bound means the
// text states the number itself, without a qualifier; it is not one of
// the named values, as for every enum of accord.
type Bound uint8

// The Bound values; the table below defines each one.
const (
	_ Bound = iota
	About
	AtLeast
	AtMost
)

var boundEnum = enum.New("FigureBound", map[Bound]enum.Value{
	About:   {Name: "about", Doc: "the quantity is near the number (\"around 25\", \"some 10,000\", \"approximately\")"},
	AtLeast: {Name: "at-least", Doc: "the number is a lower bound (\"more than 30\", \"at least 500\", \"over\")"},
	AtMost:  {Name: "at-most", Doc: "the number is an upper bound (\"no more than three\", \"up to 40\", \"fewer than\")"},
})

// String returns the wire name of b.
func (b Bound) String() string { return boundEnum.String(b) }

// IsValid reports whether b is one of the named bounds.
func (b Bound) IsValid() bool { return boundEnum.Valid(b) }

// ParseBound returns the bound with the given wire name.
func ParseBound(name string) (Bound, error) { return boundEnum.Parse(name) }

// Bounds returns every valid bound.
func Bounds() []Bound { return boundEnum.Values() }

// MarshalText returns the wire name; an invalid bound is an error.
func (b Bound) MarshalText() ([]byte, error) { return boundEnum.MarshalText(b) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (b *Bound) UnmarshalText(text []byte) error { return boundEnum.UnmarshalText(b, text) }

// qualifierWords is a qualifier as written and the bound it gives.
type qualifierWords struct {
	words []string
	bound Bound
}

// qualifiers are the words written before a number that bound it, in
// folded form, longest first for each first word. [Figure.String] writes
// the first of each bound.
var qualifiers = []qualifierWords{
	{[]string{"about"}, About},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"at", "most"}, AtMost},
	{[]string{"around"}, About},
	{[]string{"some"}, About},
	{[]string{"approximately"}, About},
	{[]string{"roughly"}, About},
	{[]string{"nearly"}, About},
	{[]string{"almost"}, About},
	{[]string{"circa"}, About},
	{[]string{"more", "than"}, AtLeast},
	{[]string{"over"}, AtLeast},
	{[]string{"no", "fewer", "than"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"not", "less", "than"}, AtLeast},
	{[]string{"no", "more", "than"}, AtMost},
	{[]string{"not", "more", "than"}, AtMost},
	{[]string{"up", "to"}, AtMost},
	{[]string{"fewer", "than"}, AtMost},
	{[]string{"less", "than"}, AtMost},
	{[]string{"under"}, AtMost},
	// Ukrainian and Russian.
	{[]string{"близько"}, About},
	{[]string{"приблизно"}, About},
	{[]string{"понад"}, AtLeast},
	{[]string{"щонайменше"}, AtLeast},
	{[]string{"около"}, About},
	{[]string{"примерно"}, About},
	{[]string{"более"}, AtLeast},
	{[]string{"свыше"}, AtLeast},
	{[]string{"не", "менее"}, AtLeast},
}

// qualifiersByFirstWord indexes qualifiers by their first word.
var qualifiersByFirstWord = func() map[string][]qualifierWords {
	m := map[string][]qualifierWords{}
	for _, q := range qualifiers {
		m[q.words[0]] = append(m[q.words[0]], q)
	}
	return m
}()

// qualifier reads a qualifier at token i and returns its bound and the
// token after it.
func (sc *scanner) qualifier(i int) (Bound, int, bool) {
	t := sc.tok(i)
	if t.kind != tWord {
		return 0, 0, false
	}
	best, bestEnd := Bound(0), 0
	for _, q := range qualifiersByFirstWord[t.text] {
		if len(q.words)+i <= bestEnd {
			continue
		}
		k := i + 1
		for _, w := range q.words[1:] {
			if !sc.word(k, w) {
				k = -1
				break
			}
			k++
		}
		if k > bestEnd {
			best, bestEnd = q.bound, k
		}
	}
	return best, bestEnd, best != 0
}

// bounded reports whether a figure of kind k can carry a bound: an amount,
// not a date or year.
func (k Kind) bounded() bool { return k != Year && k != Date && k.IsValid() }

// qualifies reports whether the qualifier word w bounds a figure of kind
// k: "over" and "under" before a length of time say when ("over ten
// years"), not how much.
func qualifies(w string, k Kind) bool {
	return k.bounded() && !(k == Duration && (w == "over" || w == "under"))
}

// boundWords returns the words [Figure.String] writes for b.
func boundWords(b Bound) string {
	switch b {
	case About:
		return "about "
	case AtLeast:
		return "at least "
	case AtMost:
		return "at most "
	}
	return ""
}
