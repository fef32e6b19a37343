package figure

import (
	"time"

	"github.com/accordmodel/accord"
)

// scanner finds figures in the tokens of one folded text.
type scanner struct {
	toks []token
	// text is the folded text the tokens' offsets refer to, when known:
	// a unit read as written is then cut from it rather than built.
	text string
}

// found is a figure and the tokens [from, to) it was read from.
type found struct {
	fig      Figure
	from, to int
}

// all returns every figure in the text, left to right, without overlaps.
func (sc *scanner) all() []found {
	var out []found
	for i := 0; i < len(sc.toks); {
		if !sc.numberNear(i) || !sc.canStart(i) {
			i++
			continue
		}
		if f, j, ok := sc.at(i); ok {
			out = append(out, found{f, i, j})
			i = j
			continue
		}
		i++
	}
	return out
}

// numberNear reports whether a number or numeric date is among tokens
// i to i+3: every figure holds one that close to its start ("between
// US $20", "16th of July").
func (sc *scanner) numberNear(i int) bool {
	for j := i; j < len(sc.toks) && j <= i+3; j++ {
		if k := sc.toks[j].kind; k == tNum || k == tDate {
			return true
		}
	}
	return false
}

// at reads the figure that starts at token i, if any: a qualified
// figure ("around 25 leaders"), a range of dates, a date or a quantity.
func (sc *scanner) at(i int) (Figure, int, bool) {
	if b, j, ok := sc.qualifier(i); ok {
		if f, k, ok := sc.unqualified(j); ok && qualifies(sc.tok(i).text, f.Kind) {
			f.Bound = b
			return f, k, true
		}
	}
	return sc.unqualified(i)
}

// unqualified reads the figure that starts at token i without a qualifier.
func (sc *scanner) unqualified(i int) (Figure, int, bool) {
	if f, j, ok := sc.dateRangeAt(i); ok {
		return f, j, true
	}
	if f, j, ok := sc.date(i); ok {
		f, j = sc.dateRangeFrom(f, j)
		return f, j, true
	}
	return sc.quantity(i)
}

func (sc *scanner) tok(i int) token {
	if i < 0 || i >= len(sc.toks) {
		return token{}
	}
	return sc.toks[i]
}

// word reports whether token i is the word w.
func (sc *scanner) word(i int, w string) bool {
	t := sc.tok(i)
	return t.kind == tWord && t.text == w
}

func (sc *scanner) sym(i int, s string) bool {
	t := sc.tok(i)
	return t.kind == tSym && t.text == s
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (sc *scanner) adjacent(i int) bool {
	return i+1 < len(sc.toks) && sc.toks[i].end == sc.toks[i+1].start
}

// dayNumber reads a day of the month at token i, with an optional
// ordinal suffix ("16", "16th"), and returns the day and the next token.
func (sc *scanner) dayNumber(i int) (int, int, bool) {
	t := sc.tok(i)
	if t.kind != tNum || !t.plain || t.word || t.digits > 2 || t.val < 1 || t.val > 31 {
		return 0, 0, false
	}
	j := i + 1
	if sc.adjacent(i) {
		switch n := sc.tok(j); {
		case n.kind == tWord && (n.text == "st" || n.text == "nd" || n.text == "rd" || n.text == "th"):
			j++
		case n.kind == tWord || n.kind == tNum:
			return 0, 0, false
		}
	}
	return int(t.val), j, true
}

// yearNumber reads a four-digit year at token i.
func (sc *scanner) yearNumber(i int) (int, bool) {
	t := sc.tok(i)
	if t.kind != tNum || !t.plain || t.digits != 4 || t.val < 1000 || t.val > 2199 {
		return 0, false
	}
	if sc.adjacent(i) && sc.tok(i+1).kind == tWord {
		return 0, false // "1960s" is a decade, read by quantity
	}
	return int(t.val), true
}

func (sc *scanner) month(i int) (time.Month, int, bool) {
	t := sc.tok(i)
	if t.kind != tWord {
		return 0, 0, false
	}
	m, ok := months[t.text]
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if len(t.text) <= 4 && t.text != "may" && t.text != "june" && t.text != "july" && sc.sym(j, ".") && sc.adjacent(i) {
		j++ // "Sept."
	}
	return m, j, true
}

// date reads "July 16, 1990", "July 16", "September 2025",
// "29 March 2022", "16th of July 1990", "29 March" and the numeric forms
// the lexer recognises.
func (sc *scanner) date(i int) (Figure, int, bool) {
	t := sc.tok(i)
	if t.kind == tDate {
		return dayFigure(t.y, time.Month(t.m), t.d), i + 1, true
	}
	if m, j, ok := sc.month(i); ok {
		if d, k, ok := sc.dayNumber(j); ok {
			y := k
			if sc.sym(y, ",") {
				y++
			}
			if year, ok := sc.yearNumber(y); ok && d <= daysIn(year, int(m)) {
				return dayFigure(year, m, d), y + 1, true
			}
			if d <= daysIn(2000, int(m)) && !sc.unitAt(k) {
				return Figure{Kind: Date, Month: m, Day: d}, k, true
			}
			return Figure{}, 0, false
		}
		if year, ok := sc.yearNumber(j); ok {
			return Figure{Kind: Date, Value: 0, Date: accord.MonthOf(year, m), Month: m}, j + 1, true
		}
		return Figure{}, 0, false
	}
	if d, j, ok := sc.dayNumber(i); ok {
		if sc.word(j, "of") {
			j++
		}
		m, k, ok := sc.month(j)
		if !ok {
			return Figure{}, 0, false
		}
		if year, ok := sc.yearNumber(k); ok && d <= daysIn(year, int(m)) {
			return dayFigure(year, m, d), k + 1, true
		}
		if d <= daysIn(2000, int(m)) {
			return Figure{Kind: Date, Month: m, Day: d}, k, true
		}
	}
	return Figure{}, 0, false
}

func dayFigure(y int, m time.Month, d int) Figure {
	return Figure{Kind: Date, Date: accord.DayOf(y, m, d), Month: m, Day: d}
}

// number is one end of a quantity: a value with its scale and currency.
type number struct {
	val      float64
	tok      token
	scaled   bool
	currency string
}

// amount reads [currency] number [scale] at token i.
func (sc *scanner) amount(i int) (number, int, bool) {
	var n number
	j := i
	switch t := sc.tok(j); {
	case t.kind == tSym && currencySymbols[t.text] != "":
		n.currency = currencySymbols[t.text]
		j++
	case t.kind == tWord && t.text == "us" && sc.sym(j+1, "$") && sc.adjacent(j):
		n.currency = "USD"
		j += 2
	case t.kind == tWord && currencyCodes[t.text] != "" && sc.tok(j+1).kind == tNum:
		n.currency = currencyCodes[t.text]
		j++
	}
	t := sc.tok(j)
	if t.kind != tNum || !finite(t.val) {
		// A number beyond float64's range is no figure: it would read as ∞.
		return number{}, 0, false
	}
	n.val, n.tok = t.val, t
	j++
	// Scale: "billion", or "bn"/"m"/"k" written onto a sum of money.
	if s := sc.tok(j); s.kind == tWord {
		mult, ok := scales[s.text]
		if !ok && n.currency != "" && sc.adjacent(j-1) {
			mult, ok = moneyScales[s.text]
		}
		if ok {
			if v, fin := scaled(n.val, mult); fin {
				n.val, n.scaled = v, true
				j++
			}
		}
	}
	return n, j, true
}

// quantity reads a number or range and what follows it: its unit,
// currency and rate, or reads it as a year, decade or plain number.
func (sc *scanner) quantity(i int) (Figure, int, bool) {
	j := i
	// "between X and Y", "from X to Y"
	var rangeWord string
	switch {
	case sc.word(j, "between"):
		rangeWord = "and"
		j++
	case sc.word(j, "from"):
		rangeWord = "to"
		j++
	}
	lo, j, ok := sc.amount(j)
	if !ok {
		return Figure{}, 0, false
	}
	loEnd := j
	hi := lo
	isRange := false
	if rangeWord != "" {
		if !sc.word(j, rangeWord) {
			return Figure{}, 0, false
		}
		if h, k, ok := sc.amount(j + 1); ok && (h.currency == "" || lo.currency == "" || h.currency == lo.currency) {
			hi, j, isRange = h, k, true
		} else {
			return Figure{}, 0, false
		}
	} else if sc.sym(j, "-") || sc.word(j, "to") {
		if h, k, ok := sc.amount(j + 1); ok && (h.currency == "" || lo.currency == "" || h.currency == lo.currency) {
			hi, j, isRange = h, k, true
		}
	}
	if isRange {
		// The scale and currency written once apply to both ends.
		if hi.scaled && !lo.scaled {
			mult := hi.val / hi.tok.val
			if v, fin := scaled(lo.val, mult); fin && hi.tok.val != 0 {
				lo.val, lo.scaled = v, true
			}
		}
		if lo.currency == "" {
			lo.currency = hi.currency
		}
		if hi.val < lo.val {
			// Not a range ("5-3" is not one); read only the first number.
			if rangeWord != "" {
				return Figure{}, 0, false
			}
			return sc.finish(lo, lo, false, loEnd)
		}
	}
	return sc.finish(lo, hi, isRange, j)
}

// finish decides what the quantity lo–hi ending before token j is.
func (sc *scanner) finish(lo, hi number, isRange bool, j int) (Figure, int, bool) {
	f := Figure{Value: lo.val, Max: hi.val}
	if sc.ordinal(j) {
		// "19th century", "3rd division": an ordinal names one of a
		// series (a period, a rank), it counts nothing.
		return Figure{}, 0, false
	}
	if lo.currency == "" && hi.currency == "" {
		if g, k, ok := sc.hyphenated(f, j); ok {
			return g, k, true
		}
		if g, k, ok := sc.ratio(f, j); ok {
			return g, k, true
		}
	}
	currency := lo.currency
	if currency == "" && sc.tok(j).kind == tWord {
		if c := currencyNames[sc.tok(j).text]; c != "" {
			currency = c
			j++
		} else if c := currencyCodes[sc.tok(j).text]; c != "" {
			currency = c
			j++
		}
	}
	if currency != "" {
		f.Kind, f.Unit = Money, currency
		per, k := sc.per(j)
		f.Per = per
		return f, k, true
	}
	if u, k, ok := sc.unit(j); ok {
		f.Kind, f.Unit = u.kind, u.unit
		if u.kind == Count {
			f.Per, k = sc.per(k)
		}
		return f, k, true
	}
	// Years and decades: plain four-digit integers, unscaled.
	if ylo, ok := sc.plainYear(lo); ok {
		if !isRange && sc.adjacent(j-1) && sc.word(j, "s") && ylo%10 == 0 {
			return Figure{Kind: Year, Value: float64(ylo), Max: float64(ylo + 9), Unit: "decade", Date: accord.YearOf(ylo)}, j + 1, true
		}
		if sc.adjacent(j-1) && sc.tok(j).kind == tWord {
			return Figure{}, 0, false // "2022nd" and the like
		}
		if yhi, ok := sc.plainYear(hi); ok {
			return Figure{Kind: Year, Value: float64(ylo), Max: float64(yhi), Date: accord.YearOf(ylo)}, j, true
		}
		if !isRange {
			return Figure{Kind: Year, Value: float64(ylo), Max: float64(ylo), Date: accord.YearOf(ylo)}, j, true
		}
	}
	if g, k, ok := sc.counted(f, lo, j); ok {
		return g, k, true
	}
	if (lo.scaled || !lo.tok.plain) && lo.val >= 1000 {
		f.Kind = Number
		return f, j, true
	}
	return Figure{}, 0, false
}

// ordinal reports whether token j is an ordinal suffix written onto the
// number before it ("19th", "21st", "2nd", "3rd").
func (sc *scanner) ordinal(j int) bool {
	if !sc.adjacent(j - 1) {
		return false
	}
	t := sc.tok(j)
	return t.kind == tWord && (t.text == "st" || t.text == "nd" || t.text == "rd" || t.text == "th")
}

func (sc *scanner) plainYear(n number) (int, bool) {
	t := n.tok
	if n.scaled || n.currency != "" || t.kind != tNum || !t.plain || t.digits != 4 || t.val < 1000 || t.val > 2199 {
		return 0, false
	}
	return int(t.val), true
}

// unitAt reports whether a unit starts at token j.
func (sc *scanner) unitAt(j int) bool {
	_, _, ok := sc.unit(j)
	return ok
}

// unit reads a unit phrase at token j, optionally after a connector
// ("342 on tanks").
func (sc *scanner) unit(j int) (unitPhrase, int, bool) {
	if u, k, ok := sc.unitPhrase(j); ok {
		return u, k, true
	}
	if t := sc.tok(j); t.kind == tWord && connectors[t.text] {
		if u, k, ok := sc.unitPhrase(j + 1); ok && u.kind == Count {
			return u, k, true
		}
	}
	return unitPhrase{}, 0, false
}

func (sc *scanner) unitPhrase(j int) (unitPhrase, int, bool) {
	first := sc.tok(j)
	if first.kind != tWord && first.kind != tSym {
		return unitPhrase{}, 0, false
	}
	for _, u := range unitsByFirstWord[first.text] {
		k := j + 1
		ok := true
		for _, w := range u.words[1:] {
			t := sc.tok(k)
			if (t.kind != tWord && t.kind != tSym) || t.text != w {
				ok = false
				break
			}
			k++
		}
		if ok && !(sc.adjacent(k-1) && sc.tok(k).kind == tWord) {
			return u, k, true
		}
	}
	return unitPhrase{}, 0, false
}

// unitsByFirstWord indexes unitPhrases by their first word, keeping their
// order (longest first).
var unitsByFirstWord = func() map[string][]unitPhrase {
	m := map[string][]unitPhrase{}
	for _, u := range unitPhrases {
		m[u.words[0]] = append(m[u.words[0]], u)
	}
	return m
}()

// per reads the period of a rate at token j: "per year", "a year",
// "each year", "per annum", "annually".
func (sc *scanner) per(j int) (string, int) {
	t := sc.tok(j)
	if t.kind != tWord {
		return "", j
	}
	if p := periodWords[t.text]; p != "" {
		return p, j + 1
	}
	switch t.text {
	case "per", "a", "an", "each", "every":
		if n := sc.tok(j + 1); n.kind == tWord && periods[n.text] != "" {
			return periods[n.text], j + 2
		}
	}
	return "", j
}
