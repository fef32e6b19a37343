package figure

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Figure
	}{
		// Counts, with thousands separators and connectors.
		{"85,000 on personnel", Figure{Kind: Count, Value: 85000, Max: 85000, Unit: "personnel"}},
		{"342 on tanks", Figure{Kind: Count, Value: 342, Max: 342, Unit: "tanks"}},
		{"1 tank", Figure{Kind: Count, Value: 1, Max: 1, Unit: "tanks"}},
		{"12,500 troops", Figure{Kind: Count, Value: 12500, Max: 12500, Unit: "personnel"}},
		{"40,000 on active duty", Figure{Kind: Count, Value: 40000, Max: 40000, Unit: "personnel"}},
		{"2.5 million internally displaced persons", Figure{Kind: Count, Value: 2.5e6, Max: 2.5e6, Unit: "people"}},
		{"1,000,000 people", Figure{Kind: Count, Value: 1e6, Max: 1e6, Unit: "people"}},
		{"12 countries", Figure{Kind: Count, Value: 12, Max: 12, Unit: "countries"}},
		// Money: symbols before, words after, scales, ranges, rates.
		{"€110–120 billion", Figure{Kind: Money, Value: 110e9, Max: 120e9, Unit: "EUR"}},
		{"€110-120 billion", Figure{Kind: Money, Value: 110e9, Max: 120e9, Unit: "EUR"}},
		{"between $20 and $40 billion per year", Figure{Kind: Money, Value: 20e9, Max: 40e9, Unit: "USD", Per: "year"}},
		{"from £2 to £3 million", Figure{Kind: Money, Value: 2e6, Max: 3e6, Unit: "GBP"}},
		{"$5bn", Figure{Kind: Money, Value: 5e9, Max: 5e9, Unit: "USD"}},
		{"US$ 7m", Figure{Kind: Money, Value: 7e6, Max: 7e6, Unit: "USD"}},
		{"US$7m", Figure{Kind: Money, Value: 7e6, Max: 7e6, Unit: "USD"}},
		{"20 billion dollars a year", Figure{Kind: Money, Value: 20e9, Max: 20e9, Unit: "USD", Per: "year"}},
		{"EUR 1,500 annually", Figure{Kind: Money, Value: 1500, Max: 1500, Unit: "EUR", Per: "year"}},
		{"₴300", Figure{Kind: Money, Value: 300, Max: 300, Unit: "UAH"}},
		// Percentages in all three spellings, ranges.
		{"77.8 percent", Figure{Kind: Percent, Value: 77.8, Max: 77.8, Unit: "percent"}},
		{"12 per cent", Figure{Kind: Percent, Value: 12, Max: 12, Unit: "percent"}},
		{"3–5%", Figure{Kind: Percent, Value: 3, Max: 5, Unit: "percent"}},
		{"between 2 and 4 percent", Figure{Kind: Percent, Value: 2, Max: 4, Unit: "percent"}},
		// Areas.
		{"600,000 square kilometers", Figure{Kind: Area, Value: 600000, Max: 600000, Unit: "km2"}},
		{"44,000 sq km", Figure{Kind: Area, Value: 44000, Max: 44000, Unit: "km2"}},
		{"1,000 km²", Figure{Kind: Area, Value: 1000, Max: 1000, Unit: "km2"}},
		{"20 square miles", Figure{Kind: Area, Value: 20, Max: 20, Unit: "mi2"}},
		// Durations.
		{"10-15 years", Figure{Kind: Duration, Value: 10, Max: 15, Unit: "years"}},
		{"10 to 15 years", Figure{Kind: Duration, Value: 10, Max: 15, Unit: "years"}},
		{"three days", Figure{Kind: Duration, Value: 3, Max: 3, Unit: "days"}},
		{"twenty-five years", Figure{Kind: Duration, Value: 25, Max: 25, Unit: "years"}},
		{"one day", Figure{}}, // "one" is not read: "one day" is rarely a figure
		{"30-day", Figure{Kind: Duration, Value: 30, Max: 30, Unit: "days"}},
		{"72-hour", Figure{Kind: Duration, Value: 72, Max: 72, Unit: "hours"}},
		{"10-15-year", Figure{Kind: Duration, Value: 10, Max: 15, Unit: "years"}},
		{"five-year", Figure{Kind: Duration, Value: 5, Max: 5, Unit: "years"}},
		{"around 25 leaders", Figure{Kind: Count, Value: 25, Max: 25, Unit: "leaders", Bound: About}},
		{"more than 30 countries", Figure{Kind: Count, Value: 30, Max: 30, Unit: "countries", Bound: AtLeast}},
		{"at least 500 drones", Figure{Kind: Count, Value: 500, Max: 500, Unit: "drones", Bound: AtLeast}},
		{"no more than three days", Figure{Kind: Duration, Value: 3, Max: 3, Unit: "days", Bound: AtMost}},
		{"some 10,000 troops", Figure{Kind: Count, Value: 10000, Max: 10000, Unit: "personnel", Bound: About}},
		{"over ten years", Figure{}}, // "over" a length of time says when, not how long
		{"2 organizations", Figure{Kind: Count, Value: 2, Max: 2, Unit: "organizations"}},
		{"3,350 extended-range missiles", Figure{Kind: Count, Value: 3350, Max: 3350, Unit: "extended-range missiles"}},
		{"two thirds", Figure{}}, // a share, not a count
		{"5,000 air defense missiles", Figure{Kind: Count, Value: 5000, Max: 5000, Unit: "air defense missiles"}},
		{"12 EU states", Figure{Kind: Count, Value: 12, Max: 12, Unit: "countries"}},
		{"20 times smaller", Figure{Kind: Ratio, Value: 20, Max: 20, Unit: "times smaller"}},
		{"three times as many", Figure{Kind: Ratio, Value: 3, Max: 3, Unit: "times larger"}},
		{"29–30 March 2022", Figure{Kind: Date, Date: accord.DayOf(2022, time.March, 29), Month: time.March, Day: 29, Last: accord.DayOf(2022, time.March, 30)}},
		{"March 28-30, 2025", Figure{Kind: Date, Date: accord.DayOf(2025, time.March, 28), Month: time.March, Day: 28, Last: accord.DayOf(2025, time.March, 30)}},
		{"29 March – 2 April 2022", Figure{Kind: Date, Date: accord.DayOf(2022, time.March, 29), Month: time.March, Day: 29, Last: accord.DayOf(2022, time.April, 2)}},
		{"June–August 2025", Figure{Kind: Date, Date: accord.MonthOf(2025, time.June), Month: time.June, Last: accord.MonthOf(2025, time.August)}},
		{"п'ять млрд євро", Figure{Kind: Money, Value: 5e9, Max: 5e9, Unit: "EUR"}},
		{"двадцять відсотків", Figure{Kind: Percent, Value: 20, Max: 20, Unit: "percent"}},
		{"около двадцати процентов", Figure{}}, // only the nominative of number words is read
		{"1 year", Figure{Kind: Duration, Value: 1, Max: 1, Unit: "years"}},
		// Years, ranges of years, decades.
		{"1994", Figure{Kind: Year, Value: 1994, Max: 1994, Date: accord.YearOf(1994)}},
		{"1839–1914", Figure{Kind: Year, Value: 1839, Max: 1914, Date: accord.YearOf(1839)}},
		{"from 2014 to 2022", Figure{Kind: Year, Value: 2014, Max: 2022, Date: accord.YearOf(2014)}},
		{"1960s", Figure{Kind: Year, Value: 1960, Max: 1969, Unit: "decade", Date: accord.YearOf(1960)}},
		// Dates in several formats.
		{"July 16, 1990", Figure{Kind: Date, Date: accord.DayOf(1990, time.July, 16), Month: time.July, Day: 16}},
		{"16 July 1990", Figure{Kind: Date, Date: accord.DayOf(1990, time.July, 16), Month: time.July, Day: 16}},
		{"16th of July 1990", Figure{Kind: Date, Date: accord.DayOf(1990, time.July, 16), Month: time.July, Day: 16}},
		{"Sept. 3, 2025", Figure{Kind: Date, Date: accord.DayOf(2025, time.September, 3), Month: time.September, Day: 3}},
		{"1990-07-16", Figure{Kind: Date, Date: accord.DayOf(1990, time.July, 16), Month: time.July, Day: 16}},
		{"16.07.1990", Figure{Kind: Date, Date: accord.DayOf(1990, time.July, 16), Month: time.July, Day: 16}},
		{"September 2025", Figure{Kind: Date, Date: accord.MonthOf(2025, time.September), Month: time.September}},
		{"July 24", Figure{Kind: Date, Month: time.July, Day: 24}},
		{"24 July", Figure{Kind: Date, Month: time.July, Day: 24}},
		{"16 липня 1990", Figure{Kind: Date, Date: accord.DayOf(1990, time.July, 16), Month: time.July, Day: 16}},
		{"29 марта 2022", Figure{Kind: Date, Date: accord.DayOf(2022, time.March, 29), Month: time.March, Day: 29}},
		{"110-120 млрд євро", Figure{Kind: Money, Value: 110e9, Max: 120e9, Unit: "EUR"}},
		{"20 відсотків", Figure{Kind: Percent, Value: 20, Max: 20, Unit: "percent"}},
		// Plain large or scaled numbers.
		{"38 million", Figure{Kind: Number, Value: 38e6, Max: 38e6}},
		{"625,000", Figure{Kind: Number, Value: 625000, Max: 625000}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if !tt.want.IsValid() {
				assert.ErrorIs(t, err, ErrNoFigure)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"", "   ", "NATO", "Article 5", "42", "3.5", "5-like", "3–5% of GDP", "February 30, 2022",
		"between 5 and", "from 2022", "Article 5 guarantees", "Art. 5 states", "three times", "three", "29–30 March", "31 June", "2022-02-30", "the 2022nd", "$7 m", "2025-09", "€", "1,23",
		// An ordinal century or rank is a period or a place in a series,
		// not a length of time or a count (it was read as "19 centuries").
		"19th century", "the early 19th century", "21st-century", "2nd division", "3rd tanks",
	} {
		_, err := Parse(in)
		assert.ErrorIs(t, err, ErrNoFigure, "%q", in)
	}
}

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"85,000 on personnel", "85,000 personnel"},
		{"€110–120 billion", "EUR 110,000,000,000–120,000,000,000"},
		{"between $20 and $40 billion per year", "USD 20,000,000,000–40,000,000,000 per year"},
		{"3–5%", "3–5 percent"},
		{"77.8 per cent", "77.8 percent"},
		{"600,000 square kilometers", "600,000 square kilometres"},
		{"1 year", "1 year"},
		{"10-15 years", "10–15 years"},
		{"1839-1914", "1839–1914"},
		{"the 1960s"[4:], "1960s"},
		{"July 16, 1990", "1990-07-16"},
		{"Sept 2025", "September 2025"},
		{"July 24", "July 24"},
		{"3.5 million", "3,500,000"},
		{"around 25 leaders", "about 25 leaders"},
		{"more than 30 countries", "at least 30 countries"},
		{"no more than three days", "at most 3 days"},
		{"5,000 air defense missiles", "5,000 air defense missiles"},
		{"20 times smaller", "20 times smaller"},
		{"29–30 March 2022", "2022-03-29–2022-03-30"},
		{"June–August 2025", "June 2025–August 2025"},
		{"72-hour", "72 hours"},
	}
	for _, tt := range tests {
		f := MustParse(tt.in)
		assert.Equal(t, tt.want, f.String(), "%q", tt.in)
		again, err := Parse(f.String())
		require.NoError(t, err, "%q", f.String())
		assert.Equal(t, f, again, "round trip of %q", tt.in)
	}
	assert.Equal(t, "", Figure{}.String())
}

func TestFind(t *testing.T) {
	// Sample sentences written for this test, in the articles' registers.
	text := "On 3 May 2021 the ministry said it fields 12,000 troops and 150 tanks, " +
		"spends between €4 and €6 billion a year (about 2.1 per cent of GDP) and " +
		"holds 30,000 km² — a posture unchanged since the 1990s and planned for 5–10 years. " +
		"Article 5 and 42 are not figures; neither is EUR-area."
	var got []string
	for _, m := range Find(text) {
		assert.Equal(t, text[m.Start:m.End], m.Text)
		got = append(got, m.Kind.String()+" "+m.Text+" = "+m.String())
	}
	assert.Equal(t, []string{
		"date 3 May 2021 = 2021-05-03",
		"count 12,000 troops = 12,000 personnel",
		"count 150 tanks = 150 tanks",
		"money between €4 and €6 billion a year = EUR 4,000,000,000–6,000,000,000 per year",
		"percent about 2.1 per cent = about 2.1 percent",
		"area 30,000 km² = 30,000 square kilometres",
		"year 1990s = 1990s",
		"duration 5–10 years = 5–10 years",
	}, got)
}

// TestFindOrdinals: a number with an ordinal suffix names a period or a
// place in a series; Find once read "19th century" as a duration of 19
// centuries. The cardinal forms next to it are still read.
func TestFindOrdinals(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The idea goes back to the early 19th century.", nil},
		{"A 19th-century idea, kept for two centuries.", []string{"duration two centuries = 2 centuries"}},
		{"In the 21st century 3 centuries seemed long.", []string{"duration 3 centuries = 3 centuries"}},
		{"The 2nd army and the 3rd corps fielded 40 tanks.", []string{"count 40 tanks = 40 tanks"}},
		{"It began on the 16th of July 1990.", []string{"date 16th of July 1990 = 1990-07-16"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Find(tt.text) {
			got = append(got, m.Kind.String()+" "+m.Text+" = "+m.String())
		}
		assert.Equal(t, tt.want, got, "%q", tt.text)
	}
}

func TestFindOffsetsAfterNonASCII(t *testing.T) {
	text := "Україна: “€110–120 billion” — у 2025"
	ms := Find(text)
	require.Len(t, ms, 2)
	assert.Equal(t, "€110–120 billion", ms[0].Text)
	assert.Equal(t, "2025", ms[1].Text)
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"85,000 on personnel", "€110–120 billion", "between $20 and $40 billion per year",
		"600,000 square kilometers", "77.8 percent", "3–5%", "July 16, 1990", "29 March 2022",
		"1960s", "1839–1914", "10-15 years", "2022-03-29", "16.07.1990", "US$7m", "1,000,000,000,000,000 trillion",
		"1" + strings.Repeat(",000", 103), "$1" + strings.Repeat(",000", 102) + " billion", strings.Repeat("9", 400) + " tanks",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrNoFigure) {
				t.Fatalf("Parse(%q): error %v does not wrap ErrNoFigure", s, err)
			}
			return
		}
		if !fig.IsValid() || !isFinite(fig.Value) || !isFinite(fig.Max) || fig.Max < fig.Value {
			t.Fatalf("Parse(%q) = %+v: want a valid figure with finite Value <= Max", s, fig)
		}
		for _, m := range Find(s) {
			if !isFinite(m.Value) || !isFinite(m.Max) {
				t.Fatalf("Find(%q) has %+v: want finite Value and Max", s, m)
			}
		}
		str := fig.String()
		if math.Abs(fig.Max) >= 1e15 {
			return // beyond float64's exact integers the canonical form need not round-trip
		}
		back, err := Parse(str)
		if err != nil {
			t.Fatalf("Parse(%q) = %+v, whose String %q does not parse: %v", s, fig, str, err)
		}
		if back != fig {
			t.Fatalf("round trip: Parse(%q) = %+v, String %q, parsed back %+v", s, fig, str, back)
		}
		_ = Find(s) // must not panic
	})
}

// isFinite reports whether v is neither infinite nor NaN.
func isFinite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// findWhole is Find without windows: the whole folded text lexed at once.
func findWhole(text string) []Match {
	folded := fold.FoldIndexed(text)
	sc := scanner{toks: lex(folded.String())}
	var out []Match
	for _, f := range sc.all() {
		start, end := folded.Origin(sc.toks[f.from].start, sc.toks[f.to-1].end)
		out = append(out, Match{Figure: f.fig, Start: start, End: end, Text: text[start:end]})
	}
	return out
}

func FuzzFind(f *testing.F) {
	f.Add("Donors pledged between $20 and $40 billion per year from 1 March 2026 to 2027, and 3–5% of 12,000 troops.")
	f.Add("in the words of some very long preamble between us$ 20 and us$ 40 billion a year")
	f.Add("Sept. 3, 2025 and 16th of July 1990 and 2022-03-29")
	f.Fuzz(func(t *testing.T, text string) {
		got, want := Find(text), findWhole(text)
		if len(got) != len(want) {
			t.Fatalf("Find(%q) = %v, scanning the whole text gives %v", text, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("Find(%q)[%d] = %+v, scanning the whole text gives %+v", text, i, got[i], want[i])
			}
		}
	})
}
