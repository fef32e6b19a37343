package jsontree

import (
	"errors"
	"reflect"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

type shade uint8

var shadeEnum = enum.New("shade", map[shade]enum.Value{1: {Name: "light"}, 2: {Name: "dark"}})

func (s *shade) UnmarshalText(b []byte) error { return shadeEnum.UnmarshalText(s, b) }

type record struct {
	ID      string                  `json:"id"`
	Count   int8                    `json:"count"`
	Share   float64                 `json:"share"`
	OK      bool                    `json:"ok"`
	Shade   shade                   `json:"shade"`
	When    accord.Date             `json:"when"`
	Tags    []string                `json:"tags"`
	Names   map[language.Tag]string `json:"names"`
	Next    *record                 `json:"next"`
	private string
	Skipped string `json:"-"`
}

func decode(t *testing.T, in string) (record, []Problem) {
	t.Helper()
	root, dups, err := Parse(in)
	require.NoError(t, err)
	require.Empty(t, dups)
	var r record
	return r, decodeAll(root, &r, accord.NewPath("r"))
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
		{"r.id", accord.ErrInvalid},
		{"r.count", accord.ErrInvalid},
		{"r.shade", accord.ErrNotSupported},
		{"r.when", accord.ErrInvalid},
		{`r.names["not a tag!"]`, accord.ErrInvalid},
		{"r.colour", accord.ErrUnknownField},
		{"r.tags", accord.ErrInvalid},
		{"r.private", accord.ErrUnknownField},
		{"r.Skipped", accord.ErrUnknownField},
		{"r.next.ok", accord.ErrInvalid},
	}
	require.Len(t, probs, len(wants), "every problem is reported, not only the first")
	for i, w := range wants {
		assert.Equal(t, w.path, probs[i].Err.Path.String())
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
	root, _, err := Parse(`{}`)
	require.NoError(t, err)
	probs := decodeAll(root, record{}, accord.Path{})
	require.Len(t, probs, 1)
	assert.ErrorIs(t, probs[0].Err, accord.ErrInvalid)
}

// countedKey is a map key decoded from text that counts its decodings.
type countedKey string

var countedKeyCalls int

func (k *countedKey) UnmarshalText(b []byte) error {
	countedKeyCalls++
	if len(b) == 0 || b[0] == '!' {
		return errors.New("a key must not be empty or start with '!'")
	}
	*k = countedKey("k:" + string(b))
	return nil
}

func TestDecodeMapKeysFromText(t *testing.T) {
	type maps struct {
		A map[countedKey]int      `json:"a"`
		B map[countedKey]int      `json:"b"`
		S map[string]int          `json:"s"`
		N []map[language.Tag]bool `json:"n"`
	}
	tests := []struct {
		name, in  string
		want      maps
		calls     int      // decodings of countedKey texts
		problems  []string // paths
		atOffsets []int
	}{{
		name: "each key's text is decoded once, in one pass",
		in:   `{"a": {"x": 1, "y": 2}, "b": {"y": 3, "x": 4, "z": 5}, "s": {"x": 6}}`,
		want: maps{
			A: map[countedKey]int{"k:x": 1, "k:y": 2},
			B: map[countedKey]int{"k:y": 3, "k:x": 4, "k:z": 5},
			S: map[string]int{"x": 6},
		},
		calls: 5,
	}, {
		name: "a language tag key keeps its value in every map",
		in:   `{"n": [{"uk": true, "en": false}, {"en": true}, {"uk": false}]}`,
		want: maps{N: []map[language.Tag]bool{
			{language.Ukrainian: true, language.English: false},
			{language.English: true},
			{language.Ukrainian: false},
		}},
	}, {
		name: "a rejected key is reported wherever it occurs; its entry is left out",
		in:   `{"a": {"!x": 1, "y": 2}, "b": {"!x": 3}}`,
		want: maps{A: map[countedKey]int{"k:y": 2}, B: map[countedKey]int{}},
		// One pass: "!x", "y" and "!x" again, each once.
		calls:     3,
		problems:  []string{`r.a["!x"]`, `r.b["!x"]`},
		atOffsets: []int{7, 31},
	}, {
		name:      "two texts that decode to one key are a duplicate entry",
		in:        `{"n": [{"uk": true, "UK": false}]}`,
		want:      maps{N: []map[language.Tag]bool{{language.Ukrainian: true}}},
		problems:  []string{`r.n[0]["UK"]`},
		atOffsets: []int{20},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, dups, err := Parse(tt.in)
			require.NoError(t, err)
			require.Empty(t, dups)
			countedKeyCalls = 0
			var got maps
			probs := decodeAll(root, &got, accord.NewPath("r"))
			require.Len(t, probs, len(tt.problems))
			for i, p := range probs {
				assert.Equal(t, tt.problems[i], p.Err.Path.String())
				assert.Equal(t, tt.atOffsets[i], p.Offset)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.calls, countedKeyCalls)
		})
	}
}

// TestDecodeNeedsParsedNode: a nil Node, or one not made by Parse, is a
// problem to report, not a panic; so is walking or locating in one.
func TestDecodeNeedsParsedNode(t *testing.T) {
	var r record
	for _, n := range []*Node{nil, {Kind: Object}} {
		probs := decodeAll(n, &r, accord.NewPath("r"))
		require.Len(t, probs, 1)
		assert.ErrorIs(t, probs[0].Err, accord.ErrInvalid)
		assert.Zero(t, n.Len())
		assert.Nil(t, n.Get("id"))
		assert.Zero(t, n.Locate(accord.Path{}, accord.NewPath("id")))
		for range n.Fields {
			t.Error("a Node not made by Parse has no members")
		}
	}
}

// TestStepsPath: steps render a path exactly as accord.Path's own steps
// do, so that a path the decoder reports equals the one a validator builds.
func TestStepsPath(t *testing.T) {
	tests := []struct {
		base  accord.Path
		steps steps
	}{
		{accord.Path{}, nil},
		{accord.NewPath("positions"), nil},
		{accord.Path{}, steps{{key: "positions", index: stepChild}}},
		{accord.NewPath("positions"), steps{{index: 3}, {key: "evidence", index: stepChild}, {index: 0}, {key: "anchor", index: stepChild}}},
		{accord.NewPath("actors"), steps{{index: 0}, {key: "names", index: stepChild}, {key: "uk \"x\"", index: stepKey}}},
		{accord.Path{}, steps{{index: 7}, {key: "a", index: stepKey}, {key: "b", index: stepChild}}},
	}
	for _, tt := range tests {
		want := tt.base
		for _, st := range tt.steps {
			switch st.index {
			case stepChild:
				want = want.Child(st.key)
			case stepKey:
				want = want.Key(st.key)
			default:
				want = want.Index(st.index)
			}
		}
		got := tt.steps.Path(tt.base)
		assert.Equal(t, want, got, "%q", want.String())
		assert.Equal(t, want.String(), got.String())
	}
}

// decodeAll decodes n into v with no value to find.
func decodeAll(n *Node, v any, path accord.Path) []Problem {
	return DecodeFind(n, v, path, nil, func(accord.Path, int, *struct{}) {})
}

// TestPlansAreShared: decodes that share Plans work out each Go type once
// between them (a second decode of the same type adds no plan and reuses
// the first's), and decode the same values as with plans of their own.
func TestPlansAreShared(t *testing.T) {
	root, _, err := Parse(`{"id": "a", "count": 2, "tags": ["x"], "names": {"uk": "б"}}`)
	require.NoError(t, err)
	plans := Plans{}
	var first, second, alone record
	require.Empty(t, DecodeFind(root, &first, accord.Path{}, plans, func(accord.Path, int, *struct{}) {}))
	require.NotEmpty(t, plans, "the first decode fills the shared plans")
	known := len(plans)
	planOfRecord := plans[reflect.TypeFor[record]()]
	require.Empty(t, DecodeFind(root, &second, accord.Path{}, plans, func(accord.Path, int, *struct{}) {}))
	assert.Len(t, plans, known, "the second decode adds no plan")
	assert.Same(t, planOfRecord, plans[reflect.TypeFor[record]()], "the second decode reuses the first's plan")
	require.Empty(t, decodeAll(root, &alone, accord.Path{}))
	assert.Equal(t, alone, first)
	assert.Equal(t, alone, second)
}
