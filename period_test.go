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
