package accord

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCitationValidate(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("word ", MaxAnchorWords+1))
	tests := []struct {
		name  string
		c     Citation
		paths []string
		kinds []error
	}{
		{"valid", Citation{Doc: "lawfare-armed-neutrality", Anchor: "deem necessary"}, nil, nil},
		{"zero", Citation{}, []string{"ev[0].doc", "ev[0].anchor"}, []error{ErrRequired, ErrRequired}},
		{"anchor too long", Citation{Doc: "d", Anchor: long}, []string{"ev[0].anchor"}, []error{ErrInvalid}},
		{"twelve words is fine", Citation{Doc: "d", Anchor: strings.TrimSpace(strings.Repeat("w ", MaxAnchorWords))}, nil, nil},
		// An anchor of white space folds to nothing, which every document
		// "contains": it must count as missing, not pass unseen.
		{"white space only", Citation{Doc: "d", Anchor: " \t\u00a0 "}, []string{"ev[0].anchor"}, []error{ErrRequired}},
		{"not UTF-8", Citation{Doc: "d", Anchor: "deem \xff necessary"}, []string{"ev[0].anchor"}, []error{ErrInvalid}},
		{"too long and not UTF-8: both reported", Citation{Doc: "d", Anchor: long + " \xff"},
			[]string{"ev[0].anchor", "ev[0].anchor"}, []error{ErrInvalid, ErrInvalid}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := tt.c.Validate(NewPath("ev").Index(0))
			assert.Len(t, errs, len(tt.paths))
			for i := range min(len(errs), len(tt.paths)) {
				assert.Equal(t, tt.paths[i], errs[i].Path.String())
				assert.ErrorIs(t, errs[i], tt.kinds[i])
			}
		})
	}
}

func TestValidateEvidence(t *testing.T) {
	errs := ValidateEvidence(NewPath("evidence"), nil)
	if assert.Len(t, errs, 1) {
		assert.ErrorIs(t, errs[0], ErrRequired)
		assert.Equal(t, "evidence", errs[0].Path.String())
	}
	errs = ValidateEvidence(NewPath("evidence"), []Citation{{Doc: "a", Anchor: "x"}, {Doc: "b"}})
	if assert.Len(t, errs, 1) {
		assert.Equal(t, "evidence[1].anchor", errs[0].Path.String())
	}
	assert.True(t, CitesDoc([]Citation{{Doc: "a"}, {Doc: "b"}}, "b"))
	assert.False(t, CitesDoc([]Citation{{Doc: "a"}}, "b"))
}

func TestCitationString(t *testing.T) {
	tests := []struct {
		name string
		c    Citation
		want string
	}{
		{"document and anchor", Citation{Doc: "lawfare-armed-neutrality", Anchor: "deem necessary"},
			`lawfare-armed-neutrality: "deem necessary"`},
		{"with a note", Citation{Doc: "d", Anchor: "in 1990", Note: "the year is\ninferred"},
			`d: "in 1990" (the year is inferred)`},
		{"typographic quotes stay, a straight quote is escaped", Citation{Doc: "d", Anchor: `Ukraine’s "non-bloc" status`},
			`d: "Ukraine’s \"non-bloc\" status"`},
		{"a line break in the anchor stays on one line", Citation{Doc: "d", Anchor: "two\nlines"}, `d: "two\nlines"`},
		{"zero", Citation{}, "no citation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.String())
			assert.NotContains(t, tt.c.String(), "\n")
		})
	}
}

func TestFormatCitations(t *testing.T) {
	tests := []struct {
		name string
		ev   []Citation
		want string
	}{
		{"none", nil, "no citation"},
		{"one", []Citation{{Doc: "a", Anchor: "x y"}}, `a: "x y"`},
		{"two, in order", []Citation{{Doc: "b", Anchor: "z"}, {Doc: "a", Anchor: "x", Note: "n"}}, `b: "z"; a: "x" (n)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FormatCitations(tt.ev))
		})
	}
}

func TestCitedDocs(t *testing.T) {
	tests := []struct {
		name string
		ev   []Citation
		want []string
	}{
		{"none", nil, nil},
		{"each once, in order of first citation", []Citation{{Doc: "b"}, {Doc: "a"}, {Doc: "b"}}, []string{"b", "a"}},
		{"a citation without a document is left out", []Citation{{Anchor: "x"}, {Doc: "a"}}, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, CitedDocs(tt.ev))
		})
	}
}
