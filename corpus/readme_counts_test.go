package corpus

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/neutrality"
)

// TestReadmeCounts holds the README's counts of the rulebook to the data:
// a rule or a status kind added to the seeds must be counted there too.
func TestReadmeCounts(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	c, err := Default()
	require.NoError(t, err)
	rb := c.Rulebook()
	covered := map[neutrality.Activity]bool{}
	for r := range rb.All() {
		covered[r.Activity] = true
	}
	words := map[string]int{"Six": 6, "Seven": 7, "Eight": 8, "Nine": 9, "Ten": 10}
	tests := []struct {
		pattern string
		want    int
	}{
		{`(\w+) status kinds that the debate`, len(neutrality.Kinds())},
		{`(\d+) rules, each a status kind`, rb.Len()},
		{`one of the (\d+) activities they cover`, len(covered)},
		{`of the (\d+) ` + "`neutrality.Activities`", len(neutrality.Activities())},
	}
	for _, tt := range tests {
		m := regexp.MustCompile(tt.pattern).FindSubmatch(readme)
		require.NotNil(t, m, "the README no longer says %q", tt.pattern)
		n, err := strconv.Atoi(string(m[1]))
		if err != nil {
			var ok bool
			n, ok = words[string(m[1])]
			require.True(t, ok, "%q is not a count", m[1])
		}
		assert.Equal(t, tt.want, n, "README: %s", m[0])
	}
}
