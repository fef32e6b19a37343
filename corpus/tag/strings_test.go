package tag

import (
	"testing"

	"github.com/accordmodel/accord/corpus/figure"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMentionString(t *testing.T) {
	ua := Target{Kind: Actor, ID: "ukraine", Name: "Ukraine"}
	ru := Target{Kind: Actor, ID: "russia-mfa", Name: "Russian foreign ministry"}
	uaMFA := Target{Kind: Actor, ID: "ukraine-mfa", Name: "Ukrainian foreign ministry"}
	fig, err := figure.Parse("250,000 personnel")
	require.NoError(t, err)
	tests := []struct {
		name string
		m    Mention
		want string
	}{
		{"an actor by its name", Mention{Kind: Actor, Text: "Kyiv", Targets: []Target{ua}}, `actor "Kyiv" → Ukraine`},
		{"a figure", Mention{Kind: Figure, Text: "250,000 troops", Figure: fig}, `figure "250,000 troops" → 250,000 personnel`},
		{"ambiguous", Mention{Kind: Actor, Text: "foreign ministry", Targets: []Target{ru, uaMFA}, Ambiguous: true},
			`actor "foreign ministry" → Russian foreign ministry or Ukrainian foreign ministry (ambiguous)`},
		{"a short form", Mention{Kind: Actor, Text: "CoW", Targets: []Target{{Kind: Actor, ID: "coalition-of-the-willing"}}, ShortForm: true},
			`actor "CoW" → coalition-of-the-willing (short form)`},
		{"a quote in the text", Mention{Kind: Status, Text: `"non-bloc"`}, `status "\"non-bloc\""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.m.String())
		})
	}
}
