package corpus

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

// badQuantities has one problem per record, written for this test.
const badQuantities = `{
  "document": "rusi-neutrality-chimera",
  "quantities": [
    {"id": "q-unknown-actor", "actor": "atlantis", "metric": "population", "mode": "actual",
     "bound": "about", "value": 1, "unit": "people",
     "evidence": [{"doc": "rusi-neutrality-chimera", "anchor": "Ukraine"}]},
    {"id": "q-bad-measure", "actor": "ukraine", "metric": "happiness", "mode": "actual",
     "bound": "about", "value": 1, "unit": "people",
     "evidence": [{"doc": "rusi-neutrality-chimera", "anchor": "Ukraine"}]},
    {"id": "q-other-article", "actor": "ukraine", "metric": "size-ratio", "relative_to": "atlantis",
     "mode": "actual", "bound": "exactly", "value": 20, "unit": "times",
     "evidence": [{"doc": "hiia-security-guarantees", "anchor": "Ukraine"}]},
    {"id": "hiia-ukraine-territory", "actor": "ukraine", "metric": "area", "mode": "actual",
     "bound": "between", "value": 5, "unit": "km2",
     "evidence": [{"doc": "rusi-neutrality-chimera", "anchor": "Ukraine"}]}
  ]
}`

func TestLoadQuantitiesReportsEveryProblem(t *testing.T) {
	_, err := Load(seedFS(t, map[string]string{"quantities/rusi-neutrality-chimera.json": badQuantities}))
	require.Error(t, err)
	f := "quantities/rusi-neutrality-chimera.json"
	assert.Equal(t, []problem{
		{f + ":4:40", "quantities[0].actor", accord.ErrNotFound},
		{f + ":7:59", "quantities[1].metric", accord.ErrNotSupported},
		{f + ":10:90", "quantities[2].relative_to", accord.ErrNotFound},
		{f + ":12:27", "quantities[2].evidence[0].doc", accord.ErrInvalid},
		{f + ":13:5", "quantities[3].max", accord.ErrInvalid}, // absent: the record
		{f + ":13:12", "quantities[3].id", accord.ErrDuplicate},
	}, problems(t, err))
}

func TestQuantitiesOf(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	ids := func(qs []SourcedQuantity) []string {
		var out []string
		for _, q := range qs {
			out = append(out, q.ID)
		}
		return out
	}
	// The figures are those the policy analysis states: a population of
	// about 38 million by UN estimates for 2024.
	pop := noErr(c.QuantitiesOf("ukraine", actors.Population, accord.YearOf(2024)))
	require.Len(t, pop, 1)
	assert.Equal(t, "hiia-ukraine-population-2024", pop[0].ID)
	assert.Equal(t, "hiia-security-guarantees", pop[0].Document)
	assert.Equal(t, actors.About, pop[0].Bound)
	assert.Equal(t, 38e6, pop[0].Value)
	assert.Empty(t, noErr(c.QuantitiesOf("ukraine", actors.Population, accord.YearOf(2001))), "no population is dated 2001")

	// Occupation as of September 2025: the area and the share.
	occ := noErr(c.QuantitiesOf("ukraine", 0, accord.DayOf(2025, time.September, 15)))
	assert.Subset(t, ids(occ), []string{"hiia-ukraine-occupied-territory-2025", "hiia-ukraine-occupied-share-2025"})
	for _, q := range occ {
		assert.True(t, q.HoldsOn(accord.DayOf(2025, time.September, 15)), q.ID)
	}
	assert.NotContains(t, ids(occ), "hiia-ukraine-territory", "an undated quantity matches no date")

	// Any time: every quantity about Switzerland, the 1960s first.
	swiss := noErr(c.QuantitiesOf("switzerland", 0, accord.Date{}))
	assert.Equal(t, []string{
		"lawfare-switzerland-population-1960s", "lawfare-switzerland-army-1960s",
		"lawfare-switzerland-arms-exports-2024", "lawfare-switzerland-arms-export-recipients-2024",
	}, ids(swiss))

	// The 2001 census: two ethnic and two language shares, each pair
	// adding up to no more than 100 percent.
	census := noErr(c.QuantitiesOf("ukraine", actors.CensusShare, accord.YearOf(2001)))
	require.Len(t, census, 4)
	assert.LessOrEqual(t, census[0].Value+census[1].Value, 100.0)
	assert.LessOrEqual(t, census[2].Value+census[3].Value, 100.0)

	// Results are copies.
	pop[0].Evidence[0].Anchor = "changed"
	again := noErr(c.QuantitiesOf("ukraine", actors.Population, accord.YearOf(2024)))
	assert.NotEqual(t, "changed", again[0].Evidence[0].Anchor)
	all := slices.Collect(c.Quantities())
	assert.Len(t, all, c.NumQuantities())
	q, ok := c.Quantity("rusi-ukraine-belgium-size-ratio")
	require.True(t, ok)
	assert.Equal(t, "belgium", q.RelativeTo)
	assert.Equal(t, 20.0, q.Value, "the commentary: 20 times larger than Belgium")
	_, ok = c.Quantity("no-such-quantity")
	assert.False(t, ok)
}
