package figure

import "github.com/accordmodel/accord"

// Ranges of days and months with their year: "29–30 March 2022", "March
// 28-30, 2025", "29 March – 2 April 2022", "June–August 2025" and the
// canonical "2022-03-29–2022-03-30". The figure is the first date, with
// [Figure.Last] the last. A range whose year the text does not give is
// not read as a range.

// rangeWord reports whether token j joins the two ends of a range of
// dates: a dash, "to", "until" or "through".
func (sc *scanner) rangeWord(j int) bool {
	return sc.sym(j, "-") || sc.word(j, "to") || sc.word(j, "until") || sc.word(j, "through")
}

// dateRangeAt reads a range that begins with a bare day ("29–30 March
// 2022") or a bare month ("June–August 2025") at token i.
func (sc *scanner) dateRangeAt(i int) (Figure, int, bool) {
	if d, j, ok := sc.dayNumber(i); ok && sc.rangeWord(j) {
		if g, k, ok := sc.date(j + 1); ok && g.Date.Precision() == accord.PrecisionDay && d < g.Day {
			f := dayFigure(g.Date.Year(), g.Month, d)
			f.Last = g.Date
			return f, k, true
		}
	}
	if m, j, ok := sc.month(i); ok && sc.rangeWord(j) {
		if g, k, ok := sc.date(j + 1); ok && g.Date.Precision() == accord.PrecisionMonth && m < g.Month {
			return Figure{Kind: Date, Date: accord.MonthOf(g.Date.Year(), m), Month: m, Last: g.Date}, k, true
		}
	}
	return Figure{}, 0, false
}

// dateRangeFrom extends the date f, read up to token j, to a range when a
// later date follows: "March 28-30, 2025", "29 March – 2 April 2022",
// "2022-03-29–2022-03-30". It returns f and j unchanged otherwise.
func (sc *scanner) dateRangeFrom(f Figure, j int) (Figure, int) {
	if !sc.rangeWord(j) {
		return f, j
	}
	// "March 28-30, 2025": a day of the same month, then the year.
	if f.Day > 0 && !f.Date.IsValid() {
		if d, k, ok := sc.dayNumber(j + 1); ok && d > f.Day {
			y := k
			if sc.sym(y, ",") {
				y++
			}
			if year, ok := sc.yearNumber(y); ok && d <= daysIn(year, int(f.Month)) {
				g := dayFigure(year, f.Month, f.Day)
				g.Last = accord.DayOf(year, f.Month, d)
				return g, y + 1
			}
		}
	}
	g, k, ok := sc.date(j + 1)
	if !ok || !g.Date.IsValid() {
		return f, j
	}
	start := f.Date
	switch {
	case !start.IsValid() && f.Day > 0 && g.Date.Precision() == accord.PrecisionDay:
		start = accord.DayOf(g.Date.Year(), f.Month, f.Day) // "29 March – 2 April 2022"
	case !start.IsValid():
		return f, j
	}
	if start.Precision() != g.Date.Precision() || start.Compare(g.Date) >= 0 {
		return f, j
	}
	f.Date, f.Last = start, g.Date
	return f, k
}
