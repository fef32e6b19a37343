package main

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/clitest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunPrintsTheOverview runs the quickstart on the embedded corpus and
// checks the lines a first-time reader relies on. Each expectation is a fact
// the articles state, as the corpus codes it: RUSI's commentary follows the
// Istanbul talks of 29 March 2022; Zelenskiy is a transliteration of
// Zelenskyy's name; Kyiv refuses to recognise the occupied regions while
// Russia demands recognition of Crimea (positions of 2025); the HIIA
// analysis quotes aid of €110–120 billion.
func TestRunPrintsTheOverview(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, overview(&out))
	got := out.String()
	for _, want := range []string{
		"accord corpus: 5 source documents",
		"written: between 2022-03-29 and 2022",
		"written: undated",
		`lookup "Zelenskiy" → zelenskyy`,
		"Settlement options: 10 (proposals, never in force)",
		"zone of agreement between Ukraine and Russia: 0 of",
		"every package is blocked by:\n    russia: for recognition-crimea\n    ukraine: against territorial-recognition\n",
		`money EUR 110,000,000,000–120,000,000,000`,
	} {
		assert.Contains(t, got, want)
	}
}

// TestRunRanksTheIstanbulRevisions checks the comparison the legal analysis
// draws: Russia's revision of draft Article 5 (every guarantor, Russia
// included, must agree) makes the guarantee weaker than the draft as Ukraine
// proposed it, with or without Ukraine's own revision.
func TestRunRanksTheIstanbulRevisions(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, overview(&out))
	row := regexp.MustCompile(`(?m)^\s+([+-]\d+) \S+\s+(Istanbul draft treaty, Article 5 .*)$`)
	scores := map[string]int{}
	for _, m := range row.FindAllStringSubmatch(out.String(), -1) {
		n, err := strconv.Atoi(m[1])
		require.NoError(t, err)
		scores[strings.TrimPrefix(m[2], "Istanbul draft treaty, Article 5 (security guarantees)")] = n
	}
	require.Len(t, scores, 4, "the four combinations of the two revisions")
	tests := []struct{ stronger, weaker string }{
		{"", ", with Russia's revision"},
		{", with Ukraine's revision", ", with Russia's revision and Ukraine's revision"},
		{", with Ukraine's revision", ", with Russia's revision"},
	}
	for _, tt := range tests {
		assert.Greater(t, scores[tt.stronger], scores[tt.weaker], "%s should outrank %s", tt.stronger, tt.weaker)
	}
}

// TestRunScoresAsEverywhere: the strongest and weakest instruments the
// quickstart prints carry the scores corpus.RankInstruments gives them in
// the corpus's default context, the same the ranking chart and
// examples/guarantees use.
func TestRunScoresAsEverywhere(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, overview(&out))
	c, err := corpus.Default()
	require.NoError(t, err)
	want := map[string]int{}
	for _, r := range c.RankInstruments(c.GuaranteeSituation()) {
		want[r.Instrument.Title()] = r.Assessment.Score
	}
	row := regexp.MustCompile(`(?m)^\s+([+-]\d+) \S+\s+(.+) \(([a-z-]+(?:, [a-z-]+)*)\)$`)
	n := 0
	for _, m := range row.FindAllStringSubmatch(out.String(), -1) {
		score, err := strconv.Atoi(m[1])
		require.NoError(t, err)
		w, ok := want[m[2]]
		require.True(t, ok, "%q is a ranked instrument", m[2])
		assert.Equal(t, w, score, m[2])
		n++
	}
	assert.Equal(t, 6, n, "three strongest and three weakest")
}

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "quickstart", run, []string{"extra"})
}
