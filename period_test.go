package accord

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeriodValidate(t *testing.T) {
	tests := []struct {
		name    string
		p       Period
		wantErr bool
	}{
		{"zero", Period{}, false},
		{"open end", Period{From: YearOf(2010)}, false},
		{"open start", Period{To: YearOf(2014)}, false},
		{"same year", Period{From: YearOf(2014), To: YearOf(2014)}, false},
		{"month inside its year", Period{From: YearOf(2014), To: MonthOf(2014, time.January)}, false},
		{"ends before it starts", Period{From: YearOf(2014), To: YearOf(2010)}, true},
		{"day before day", Period{From: DayOf(2022, 3, 29), To: DayOf(2022, 3, 28)}, true},
		{"still holds", Period{From: YearOf(1815), End: StillHolds}, false},
		{"ended, date not given", Period{From: YearOf(1839), End: EndedUndated}, false},
		{"end not stated", Period{From: YearOf(1990), End: EndNotStated}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := tt.p.Validate(NewPath("positions").Index(2).Child("period"))
			if !tt.wantErr {
				assert.Empty(t, errs)
				return
			}
			require.Len(t, errs, 1)
			assert.ErrorIs(t, errs[0], ErrInvalid)
			assert.Equal(t, "positions[2].period.to", errs[0].Path.String())
		})
	}
}

func TestPeriodContains(t *testing.T) {
	p := Period{From: YearOf(2010), To: MonthOf(2014, time.December)}
	day := func(s string) time.Time {
		tm, err := time.Parse(time.DateOnly, s)
		require.NoError(t, err)
		return tm
	}
	tests := []struct {
		at   string
		want bool
	}{
		{"2009-12-31", false},
		{"2010-01-01", true},
		{"2014-12-31", true},
		{"2015-01-01", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, p.Contains(day(tt.at)), tt.at)
	}
	assert.True(t, Period{}.Contains(day("1815-06-09")), "the zero period holds always")
	assert.True(t, Period{From: YearOf(2022)}.Contains(day("2030-01-01")), "an open end holds on")
}

func TestPeriodValidateEnd(t *testing.T) {
	errs := Period{From: YearOf(2010), To: YearOf(2014), End: StillHolds}.Validate(NewPath("period"))
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrInvalid)
	assert.Equal(t, "period.end", errs[0].Path.String(), "an end date and an end word cannot both be given")
	errs = Period{From: YearOf(2010), End: Ending(9)}.Validate(NewPath("period"))
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrNotSupported)
}

// TestPeriodThreeEnds keeps "still holds", "ended, date not stated" and
// "end not stated" apart: only the first runs to the present, and a date
// query matches an undated or open-ended period only when asked whether it
// may hold.
func TestPeriodThreeEnds(t *testing.T) {
	y := YearOf
	tests := []struct {
		name         string
		p            Period
		ended, holds bool
		covers1995   bool // the sources say it held in 1995
		may1995      bool // nothing they say rules 1995 out
		covers1850   bool
	}{
		{"still holds", Period{From: y(1815), End: StillHolds}, false, true, true, true, true},
		{"ended, date not stated", Period{From: y(1839), End: EndedUndated}, true, false, false, true, false},
		{"end not stated", Period{From: y(1839), End: EndNotStated}, false, false, false, true, false},
		{"end not set", Period{From: y(1839)}, false, false, false, true, false},
		{"dated end", Period{From: y(1839), To: y(1914)}, true, false, false, false, true},
		{"no dates at all", Period{}, false, false, false, true, false},
		{"start unknown, still holds", Period{End: StillHolds}, false, true, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.ended, tt.p.Ended(), "Ended")
			assert.Equal(t, tt.holds, tt.p.Holds(), "Holds")
			assert.Equal(t, tt.covers1995, tt.p.Covers(y(1995)), "Covers 1995")
			assert.Equal(t, tt.may1995, tt.p.ContainsDate(y(1995)), "ContainsDate 1995")
			assert.Equal(t, tt.covers1850, tt.p.Covers(y(1850)), "Covers 1850")
			assert.False(t, tt.p.Covers(y(1800)), "nothing covers a date before the start")
			assert.False(t, tt.p.Covers(Date{}), "nothing covers the unknown date")
		})
	}
}

func TestPeriodContainsDate(t *testing.T) {
	p := Period{From: MonthOf(2022, time.March), To: MonthOf(2022, time.April)}
	assert.True(t, p.ContainsDate(YearOf(2022)), "a year overlapping the period")
	assert.True(t, p.ContainsDate(DayOf(2022, 3, 29)))
	assert.False(t, p.ContainsDate(YearOf(2025)))
	assert.False(t, p.ContainsDate(MonthOf(2022, time.May)))
	assert.True(t, p.ContainsDate(Date{}), "an unknown date is not excluded")
}

func TestPeriodString(t *testing.T) {
	assert.Equal(t, "", Period{}.String())
	assert.Equal(t, "2010–2014", Period{From: YearOf(2010), To: YearOf(2014)}.String())
	assert.Equal(t, "2022-03–", Period{From: MonthOf(2022, 3)}.String())
	assert.Equal(t, "–1990", Period{To: YearOf(1990)}.String())
	assert.Equal(t, "2025-08", Period{From: MonthOf(2025, 8), To: MonthOf(2025, 8)}.String())
	assert.Equal(t, "1815–present", Period{From: YearOf(1815), End: StillHolds}.String())
	assert.Equal(t, "1839–ended", Period{From: YearOf(1839), End: EndedUndated}.String())
	assert.Equal(t, "1990–?", Period{From: YearOf(1990), End: EndNotStated}.String())
	assert.Equal(t, "–present", Period{End: StillHolds}.String())
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in     string
		want   Period
		alsoIs error // a sentinel the error wraps besides ErrBadPeriod
		bad    bool
	}{
		{in: "", want: Period{}},
		{in: "2010–2014", want: Period{From: YearOf(2010), To: YearOf(2014)}},
		{in: "2022-03–", want: Period{From: MonthOf(2022, time.March)}},
		{in: "–1990", want: Period{To: YearOf(1990)}},
		{in: "2025-08", want: Period{From: MonthOf(2025, 8), To: MonthOf(2025, 8)}},
		{in: "2014–2014", want: Period{From: YearOf(2014), To: YearOf(2014)}}, // String prints "2014"
		{in: "2014–2014-01", want: Period{From: YearOf(2014), To: MonthOf(2014, time.January)}},
		{in: "2022-03-29–2022-04-02", want: Period{From: DayOf(2022, 3, 29), To: DayOf(2022, 4, 2)}},
		{in: "1815–present", want: Period{From: YearOf(1815), End: StillHolds}},
		{in: "1839–ended", want: Period{From: YearOf(1839), End: EndedUndated}},
		{in: "1990–?", want: Period{From: YearOf(1990), End: EndNotStated}},
		{in: "–ended", want: Period{End: EndedUndated}},
		{in: "present", bad: true, alsoIs: ErrBadDate},
		{in: "2010–2014–ended", bad: true, alsoIs: ErrBadDate},
		{in: "–", bad: true},
		{in: "2014–2010", bad: true},
		{in: "2022-03-29–2022-03-28", bad: true},
		{in: "2010-2014", bad: true, alsoIs: ErrBadDate}, // a hyphen is not the en dash
		{in: "2010—2014", bad: true, alsoIs: ErrBadDate}, // nor is an em dash
		{in: "2010–2014–2018", bad: true, alsoIs: ErrBadDate},
		{in: "2010 – 2014", bad: true, alsoIs: ErrBadDate},
		{in: "2023-02-29–", bad: true, alsoIs: ErrBadDate},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePeriod(tt.in)
			if tt.bad {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrBadPeriod)
				if tt.alsoIs != nil {
					assert.ErrorIs(t, err, tt.alsoIs)
				}
				assert.Equal(t, Period{}, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Empty(t, got.Validate(Path{}))
			back, err := ParsePeriod(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back, "String parses back to the same Period")
		})
	}
}
