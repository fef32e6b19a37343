package chart

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGuaranteeRankingAgreesWithRankInstruments: the chart gives every
// instrument the score corpus.Corpus.RankInstruments gives it in the
// default context, and orders ties the same way. (The chart once left the
// neutrality review out of its context and ordered ties by another label.)
func TestGuaranteeRankingAgreesWithRankInstruments(t *testing.T) {
	c := loadCorpus(t)
	r, err := GuaranteeRanking(c)
	require.NoError(t, err)
	ranked := c.RankInstruments(c.GuaranteeSituation())
	byName := map[string]float64{}
	var order []string
	for _, b := range r.sorted() {
		if strings.Contains(b.Label, "not adopted") {
			continue
		}
		byName[b.Label] = b.Value
		order = append(order, b.Label)
	}
	var want []string
	for _, ri := range ranked {
		name := ri.Instrument.Name
		v, ok := byName[name]
		require.True(t, ok, "%s has a bar", name)
		assert.Equal(t, float64(ri.Assessment.Score), v, "%s: the same score in the chart and in RankInstruments", name)
		want = append(want, name)
	}
	assert.Equal(t, want, order, "the chart orders instruments, ties included, as RankInstruments does")
}
