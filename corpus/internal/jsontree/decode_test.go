package jsontree

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/accordmodel/accord/actors"
)

type shade uint8

var shadeEnum = actors.NewEnum[shade]("shade", actors.EnumValue{Name: "light"}, actors.EnumValue{Name: "dark"})

func (s *shade) UnmarshalText(b []byte) error { return shadeEnum.UnmarshalText(s, b) }

type record struct {
	ID      string                  `json:"id"`
	Count   int8                    `json:"count"`
	Share   float64                 `json:"share"`
	OK      bool                    `json:"ok"`
	Shade   shade                   `json:"shade"`
	When    actors.Date             `json:"when"`
	Tags    []string                `json:"tags"`
	Names   map[language.Tag]string `json:"names"`
	Next    *record                 `json:"next"`
	private string
	Skipped string `json:"-"`
}

func decode(t *testing.T, in string) (record, []Problem) {
	t.Helper()
	root, dups, err := Parse([]byte(in))
	require.NoError(t, err)
	require.Empty(t, dups)
	var r record
	return r, Decode(root, &r, actors.NewPath("r"))
}

func TestDecodeValid(t *testing.T) {
	r, probs := decode(t, `{"id": "x", "count": -3, "share": 0.25, "ok": true, "shade": "dark",
		"when": "2022-03", "tags": ["a", "b"], "names": {"uk": "Україна", "ru": "Украина"},
		"next": {"id": "y"}}`)
	require.Empty(t, probs)
	assert.Equal(t, "x", r.ID)
	assert.Equal(t, int8(-3), r.Count)
	assert.Equal(t, 0.25, r.Share)
	assert.True(t, r.OK)
	assert.Equal(t, shade(2), r.Shade)
	assert.Equal(t, "2022-03", r.When.String())
	assert.Equal(t, []string{"a", "b"}, r.Tags)
	assert.Equal(t, "Україна", r.Names[language.Ukrainian])
	require.NotNil(t, r.Next)
	assert.Equal(t, "y", r.Next.ID)
}

func TestDecodeReportsEverything(t *testing.T) {
	r, probs := decode(t, `{"id": 5, "count": 300, "shade": "grey", "when": "2022-3",
		"names": {"not a tag!": "x"}, "colour": "red", "tags": "a", "private": "p", "Skipped": "s",
		"next": {"ok": "yes"}}`)
	type want struct {
		path string
		kind error
	}
	wants := []want{
		{"r.id", actors.ErrInvalid},
		{"r.count", actors.ErrInvalid},
		{"r.shade", actors.ErrNotSupported},
		{"r.when", actors.ErrInvalid},
		{`r.names["not a tag!"]`, actors.ErrInvalid},
		{"r.colour", actors.ErrUnknownField},
		{"r.tags", actors.ErrInvalid},
		{"r.private", actors.ErrUnknownField},
		{"r.Skipped", actors.ErrUnknownField},
		{"r.next.ok", actors.ErrInvalid},
	}
	require.Len(t, probs, len(wants), "every problem is reported, not only the first")
	for i, w := range wants {
		assert.Equal(t, w.path, probs[i].Err.Path)
		assert.True(t, errors.Is(probs[i].Err, w.kind), "%s: got %v", w.path, probs[i].Err)
	}
	assert.Equal(t, []string{"light", "dark"}, probs[2].Err.Supported, "unsupported names list the supported ones")
	assert.Contains(t, probs[5].Err.Supported, "shade", "unknown fields list the known ones")
	assert.NotContains(t, probs[5].Err.Supported, "private", "unexported fields are not data fields")
	assert.Empty(t, r.private, "an unexported field is never set from data")
	assert.Empty(t, r.Skipped, `a json:"-" field is never set from data`)
}

func TestDecodeNullLeavesZero(t *testing.T) {
	r, probs := decode(t, `{"id": null, "tags": null, "next": null}`)
	assert.Empty(t, probs)
	assert.Equal(t, record{}, r)
}

func TestDecodeNeedsPointer(t *testing.T) {
	root, _, err := Parse([]byte(`{}`))
	require.NoError(t, err)
	probs := Decode(root, record{}, actors.Path{})
	require.Len(t, probs, 1)
	assert.ErrorIs(t, probs[0].Err, actors.ErrInvalid)
}
