package guarantees

import (
	"encoding/json"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInstrumentJSONRoundTrip: an instrument written as JSON reads back
// unchanged, zero values are left out, and enums travel by wire name.
func TestInstrumentJSONRoundTrip(t *testing.T) {
	in := istanbul()
	in.Concluded = accord.MustParseDate("2022-03-29")
	in.Events = []Event{{Kind: EventDrafted, When: accord.Period{From: accord.YearOf(2022)}, Summary: "s", Evidence: ev}}
	in.Clauses = append(in.Clauses, Clause{ID: "caps", Label: "Caps", Topic: ForceLimits, Summary: "caps", Evidence: ev})
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"obligation":"obligatory-force"`)
	assert.Contains(t, string(b), `"decision":"all-jointly"`, "the revision's declared change")
	assert.NotContains(t, string(b), `"reading":{}`, "a clause without a reading leaves it out")
	var back Instrument
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)
}

func TestInstrumentJSONRejectsUnknownNames(t *testing.T) {
	var in Instrument
	err := json.Unmarshal([]byte(`{"stage":"ratified"}`), &in)
	assert.ErrorIs(t, err, accord.ErrNotSupported)
}

func TestCloneIsDeep(t *testing.T) {
	in := istanbul()
	in.Events = []Event{{Kind: EventDrafted, Actors: []string{"ukraine"}, Summary: "s", Evidence: ev}}
	c := in.Clone()
	c.Clauses[0].Revisions[0].By[0] = "changed"
	c.Clauses[0].Reading.Measures[0] = Weapons
	c.Parties[0].Actor = "changed"
	c.Events[0].Actors[0] = "changed"
	assert.Equal(t, istanbul().Clauses, in.Clauses)
	assert.Equal(t, "france", in.Parties[0].Actor)
	assert.Equal(t, "ukraine", in.Events[0].Actors[0])
}
