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

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1990", "2022-03", "2022-03-29", "2024-02-30", "9999-12-31", "1000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if d.IsValid() {
				t.Fatalf("ParseDate(%q) failed but returned a valid date %v", s, d)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		if d.Last().Before(d.First()) {
			t.Fatalf("ParseDate(%q): last day %v before first %v", s, d.Last(), d.First())
		}
	})
}
