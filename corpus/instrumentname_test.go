package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/guarantees"
)

// TestLookupInstrument looks instruments up under the names the articles
// and other texts write: aliases, article-of-treaty forms, forms without
// dots and with typographic dashes, and names with a parenthesis that is
// part of the name.
func TestLookupInstrument(t *testing.T) {
	c := guaranteesCorpus(t)
	tests := []struct{ name, want string }{
		{"Budapest Memorandum", "budapest-memorandum"},
		{"memorandum on security assurances", "budapest-memorandum"},
		{"the Budapest Memorandum", "budapest-memorandum"},
		{"Article 5 of the North Atlantic Treaty", "north-atlantic-treaty"},
		{"NATO Article 5", "north-atlantic-treaty"},
		{"NATO’s Article 5", "north-atlantic-treaty"},
		{"Art. 5 NATO", "north-atlantic-treaty"},
		{"UN Charter", "un-charter"},
		{"Article 51 of the Charter of the United Nations", "un-charter-art51"},
		{"Article 42(7) TEU", "teu-art42-7"},
		{"TEU Art. 42(7)", "teu-art42-7"},
		{"Article 42(7) of the Treaty on European Union", "teu-art42-7"},
		{"Istanbul draft", "istanbul-draft-treaty-2022"},
		{"Treaty on Ukraine’s Security Guarantees", "istanbul-draft-treaty-2022"},
		{"US-Ukraine Security Agreement", "us-ukraine-security-agreement"},
		{"U.S.–Ukraine agreement", "us-ukraine-security-agreement"},
		{"Swiss neutrality (1815)", "vienna-1815-swiss-neutrality"},
		{"Swiss neutrality", "vienna-1815-swiss-neutrality"},
		{"ISTANBUL  COMMUNIQUÉ", "istanbul-communique-2022"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := c.LookupInstrument(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.want, in.ID)
		})
	}
	for _, name := range []string{"TEU Art. 42(5)", "TEU Art. 42", "Article 5", "Treaty on European Union", ""} {
		_, err := c.LookupInstrument(name)
		assert.ErrorIs(t, err, ErrUnknownInstrument, name)
	}
}

// TestLookupInstrumentAmbiguous: a name two instruments share is reported
// with both, never resolved at random.
func TestLookupInstrumentAmbiguous(t *testing.T) {
	c := &Corpus{instruments: instrumentData{list: []guarantees.Instrument{
		{ID: "london-1839", Name: "Treaty of London (1839)"},
		{ID: "london-1867", Name: "Treaty of London (1867)"},
	}}}
	c.instruments.indexNames()
	in, err := c.LookupInstrument("Treaty of London (1867)")
	require.NoError(t, err)
	assert.Equal(t, "london-1867", in.ID)
	_, err = c.LookupInstrument("treaty of london")
	require.ErrorIs(t, err, ErrAmbiguousInstrument)
	var amb *AmbiguousInstrumentError
	require.ErrorAs(t, err, &amb)
	assert.Equal(t, []string{"london-1839", "london-1867"}, amb.IDs)
}

func TestWithoutParentheses(t *testing.T) {
	for in, want := range map[string]string{
		"Swiss neutrality (1815)":               "Swiss neutrality",
		"TEU Art. 42(7)":                        "TEU Art. 42(7)",
		"Treaty (latest (Istanbul) draft) text": "Treaty text",
		"(note) Name":                           "Name",
	} {
		assert.Equal(t, want, withoutParentheses(in), in)
	}
}
