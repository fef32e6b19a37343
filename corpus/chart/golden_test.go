package chart

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the charts' golden files in testdata from the embedded corpus")

// TestGoldenCharts renders the three charts from the embedded corpus — the
// posture timeline, the clash matrix in both forms and the guarantee
// ranking, as examples/charts writes them — and compares them byte for
// byte with the files in testdata. A change to the renderers or to the
// corpus shows up here; after looking at the new charts, rewrite the
// files with
//
//	go test ./corpus/chart -run TestGoldenCharts -update
func TestGoldenCharts(t *testing.T) {
	c := loadCorpus(t)
	tl, err := PostureTimeline(c)
	require.NoError(t, err)
	full, err := ClashMatrix(c, ClashOptions{})
	require.NoError(t, err)
	compact, err := ClashMatrix(c, ClashOptions{Compact: true})
	require.NoError(t, err)
	rk, err := GuaranteeRanking(c)
	require.NoError(t, err)
	for _, g := range []struct {
		file  string
		chart renderer
	}{
		{"posture-timeline.svg", tl},
		{"clash-matrix.svg", full},
		{"clash-matrix-compact.svg", compact},
		{"guarantee-ranking.svg", rk},
	} {
		t.Run(g.file, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, g.chart.Render(&buf))
			path := filepath.Join("testdata", g.file)
			if *update {
				require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "no golden file: run with -update and look at the chart")
			if !bytes.Equal(want, buf.Bytes()) {
				line, got, exp := firstDifference(buf.Bytes(), want)
				assert.Failf(t, "the chart differs from its golden file",
					"%s, line %d:\n got: %s\nwant: %s\n(look at the new chart, then rewrite the file with -update)", path, line, got, exp)
			}
		})
	}
}

// firstDifference returns the number of the first line that differs
// between got and want and that line of each (cut to 300 bytes).
func firstDifference(got, want []byte) (int, string, string) {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	cut := func(s string) string {
		if len(s) > 300 {
			return s[:300] + "…"
		}
		return s
	}
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b || i >= len(g) || i >= len(w) {
			return i + 1, cut(a), cut(b)
		}
	}
	return 0, "", ""
}

// TestChartIDsDifferBetweenCharts: charts placed in one HTML page must not
// share an id, or aria-labelledby would name another chart's title. The
// four corpus charts, and two clash matrices that differ only in their
// rows, get different ids; the same chart rendered twice gets the same.
func TestChartIDsDifferBetweenCharts(t *testing.T) {
	c := loadCorpus(t)
	tl := noErr(PostureTimeline(c))
	full := noErr(ClashMatrix(c, ClashOptions{}))
	compact := noErr(ClashMatrix(c, ClashOptions{Compact: true}))
	some := noErr(ClashMatrix(c, ClashOptions{Compact: true, Actors: []string{"ukraine", "russia", "france"}}))
	rk := noErr(GuaranteeRanking(c))
	seen := map[string]string{}
	for name, ch := range map[string]renderer{"timeline": tl, "matrix": full, "compact matrix": compact, "three actors": some, "ranking": rk} {
		var a, b bytes.Buffer
		require.NoError(t, ch.Render(&a))
		require.NoError(t, ch.Render(&b))
		ids := func(data []byte) []string {
			var out []string
			inspect(t, data).root.walk(func(n node) {
				if id := n.attr("id"); id != "" {
					out = append(out, id)
				}
			})
			return out
		}
		first := ids(a.Bytes())
		require.NotEmpty(t, first, name)
		assert.Equal(t, first, ids(b.Bytes()), "%s: the ids are deterministic", name)
		for _, id := range first {
			assert.NotContains(t, seen, id, "%s and %s share id %s", name, seen[id], id)
			seen[id] = name
		}
	}
}
