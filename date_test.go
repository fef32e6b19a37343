package accord

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		want      Date
		precision Precision
		wantErr   bool
	}{
		{in: "1990", want: YearOf(1990), precision: PrecisionYear},
		{in: "2022-03", want: MonthOf(2022, time.March), precision: PrecisionMonth},
		{in: "2022-03-29", want: DayOf(2022, time.March, 29), precision: PrecisionDay},
		{in: "2024-02-29", want: DayOf(2024, time.February, 29), precision: PrecisionDay},
		{in: "2023-02-29", wantErr: true},
		{in: "2022-13", wantErr: true},
		{in: "2022-00", wantErr: true},
		{in: "2022-3", wantErr: true},
		{in: "22", wantErr: true},
		{in: "0999", wantErr: true},
		{in: "2022/03", wantErr: true},
		{in: "2022-03-29T00:00", wantErr: true},
		{in: "", wantErr: true},
		{in: "abcd", wantErr: true},
		{in: "1000-+1", wantErr: true}, // found by fuzzing: signs are not digits
		{in: "+999-01", wantErr: true},
		{in: "2022-01-+5", wantErr: true},
		{in: "2022- 1", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrBadDate)
				assert.False(t, got.IsValid())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.precision, got.Precision())
			assert.Equal(t, tt.in, got.String(), "String must round-trip")
		})
	}
}

// TestDateConstructors checks that YearOf, MonthOf and DayOf build the
// dates ParseDate reads and the zero Date for anything ParseDate rejects:
// no valid Date prints what ParseDate would refuse.
func TestDateConstructors(t *testing.T) {
	tests := []struct {
		name string
		got  Date
		want string // "" for the zero Date
	}{
		{"year", YearOf(2022), "2022"},
		{"first year", YearOf(1000), "1000"},
		{"last year", YearOf(9999), "9999"},
		{"three-digit year", YearOf(999), ""},
		{"five-digit year", YearOf(10000), ""},
		{"year beyond int16", YearOf(70000), ""},
		{"negative year", YearOf(-2022), ""},
		{"year 0", YearOf(0), ""},
		{"month", MonthOf(2022, time.March), "2022-03"},
		{"December", MonthOf(2022, time.December), "2022-12"},
		{"month 13", MonthOf(2022, 13), ""},
		{"month 0", MonthOf(2022, 0), ""},
		{"month beyond uint8", MonthOf(2022, 257), ""},
		{"month of a bad year", MonthOf(70000, time.March), ""},
		{"day", DayOf(2022, time.March, 29), "2022-03-29"},
		{"leap day", DayOf(2024, time.February, 29), "2024-02-29"},
		{"29 February of a common year", DayOf(2023, time.February, 29), ""},
		{"31 February", DayOf(2022, time.February, 31), ""},
		{"31 April", DayOf(2022, time.April, 31), ""},
		{"day 0", DayOf(2022, time.March, 0), ""},
		{"day beyond uint8", DayOf(2022, time.March, 257), ""},
		{"day of a bad month", DayOf(2022, 13, 1), ""},
		{"day of a bad year", DayOf(999, time.March, 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want == "" {
				assert.Equal(t, Date{}, tt.got, "out of range: the zero Date")
				assert.False(t, tt.got.IsValid())
				return
			}
			require.True(t, tt.got.IsValid())
			assert.Equal(t, tt.want, tt.got.String())
			back, err := ParseDate(tt.got.String())
			require.NoError(t, err)
			assert.Equal(t, tt.got, back, "String parses back to the same Date")
		})
	}
}

func TestDateZeroValue(t *testing.T) {
	var d Date
	assert.False(t, d.IsValid())
	assert.Equal(t, "", d.String())
	assert.Equal(t, Precision(0), d.Precision())
	b, err := d.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	var back Date
	require.NoError(t, back.UnmarshalText(nil))
	assert.Equal(t, d, back)
}

func TestDateBounds(t *testing.T) {
	tests := []struct {
		in          string
		first, last string
	}{
		{"2010", "2010-01-01", "2010-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2014-03-18", "2014-03-18", "2014-03-18"},
	}
	for _, tt := range tests {
		d := MustParseDate(tt.in)
		assert.Equal(t, tt.first, d.First().Format(time.DateOnly), tt.in)
		assert.Equal(t, tt.last, d.Last().Format(time.DateOnly), tt.in)
	}
}

func TestDateCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2014", "2022", -1},
		{"2022-03-29", "2022-03", 1}, // same first day: the finer date sorts after
		{"2022-03", "2022", 1},
		{"2022", "2022", 0},
		{"2023", "2022-12-31", 1},
		{"", "1990", -1}, // unknown sorts first
		{"", "", 0},
	}
	for _, tt := range tests {
		var a, b Date
		require.NoError(t, a.UnmarshalText([]byte(tt.a)))
		require.NoError(t, b.UnmarshalText([]byte(tt.b)))
		assert.Equal(t, tt.want, sign(a.Compare(b)), "%q vs %q", tt.a, tt.b)
		assert.Equal(t, -tt.want, sign(b.Compare(a)), "%q vs %q reversed", tt.b, tt.a)
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		When Date `json:"when,omitzero"`
	}
	b, err := json.Marshal(rec{When: MonthOf(2010, time.July)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"when":"2010-07"}`, string(b))
	b, err = json.Marshal(rec{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(b), "the zero Date is omitted")

	var r rec
	err = json.Unmarshal([]byte(`{"when":"2010-7"}`), &r)
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrBadDate))
}
