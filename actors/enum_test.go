package actors

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// colour is a test enum built the way every accord enum is.
type colour uint8

const (
	_ colour = iota
	red
	green
)

var colourEnum = NewEnum[colour]("colour",
	EnumValue{Name: "red", Doc: "the colour of red lines"},
	EnumValue{Name: "green", Doc: "the colour of agreement"},
)

func (c colour) MarshalText() ([]byte, error)  { return colourEnum.MarshalText(c) }
func (c *colour) UnmarshalText(b []byte) error { return colourEnum.UnmarshalText(c, b) }

func TestEnumNames(t *testing.T) {
	assert.Equal(t, []colour{red, green}, colourEnum.Values())
	assert.Equal(t, []string{"red", "green"}, colourEnum.Names())
	assert.Equal(t, "red", colourEnum.String(red))
	assert.Equal(t, "colour(0)", colourEnum.String(0), "the zero value is invalid and says so")
	assert.Equal(t, "colour(9)", colourEnum.String(9))
	assert.False(t, colourEnum.Valid(0))
	assert.True(t, colourEnum.Valid(green))
	assert.Equal(t, "the colour of agreement", colourEnum.Doc(green))
	assert.Empty(t, colourEnum.Doc(0))
	info := colourEnum.Info()
	assert.Equal(t, "colour", info.Type)
	assert.Len(t, info.Values, 2)
}

func TestEnumParse(t *testing.T) {
	tests := []struct {
		in      string
		want    colour
		wantErr bool
	}{
		{in: "red", want: red},
		{in: "green", want: green},
		{in: "Red", wantErr: true}, // wire names are exact
		{in: " red", wantErr: true},
		{in: "", wantErr: true},
		{in: "colour(1)", wantErr: true},
	}
	for _, tt := range tests {
		got, err := colourEnum.Parse(tt.in)
		if tt.wantErr {
			require.Error(t, err, tt.in)
			assert.ErrorIs(t, err, ErrNotSupported)
			var ee *EnumError
			require.True(t, errors.As(err, &ee))
			assert.Equal(t, []string{"red", "green"}, ee.Supported)
			assert.Equal(t, tt.in, ee.Value)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got)
	}
}

func TestEnumText(t *testing.T) {
	b, err := json.Marshal([]colour{green, red})
	require.NoError(t, err)
	assert.Equal(t, `["green","red"]`, string(b))

	_, err = json.Marshal([]colour{0})
	assert.ErrorIs(t, err, ErrNotSupported, "the invalid zero is never written out")

	var back []colour
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []colour{green, red}, back)
	assert.ErrorIs(t, json.Unmarshal([]byte(`["blue"]`), &back), ErrNotSupported)
}

func TestNewEnumRejectsBadTables(t *testing.T) {
	assert.Panics(t, func() { NewEnum[colour]("x", EnumValue{Name: "a"}, EnumValue{Name: "a"}) })
	assert.Panics(t, func() { NewEnum[colour]("x", EnumValue{Name: ""}) })
}
