package corpus

import (
	"context"
	"runtime"
	"slices"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/benchratio"
)

// zoneCases are the three searches of issue 22's goals, over the coded
// space of every option's components: Ukraine and Russia on their 2022
// and on their 2025 positions, and Ukraine with its Western partners on
// their 2025 positions.
var zoneCases = []struct {
	name     string
	at       accord.Date
	required []string
}{
	{"ua-ru-2022", istanbul, []string{"ukraine", "russia"}},
	{"ua-ru-2025", present, []string{"ukraine", "russia"}},
	{"ua-us-eu-2025", present, []string{"ukraine", "united-states", "european-states"}},
}

// BenchmarkZoneRatio times one zone search (Keep: 1) against one
// settlement.Evaluate by turns in every iteration: the baseline evaluates
// every coded option once, and the metric ratio is the median of the
// iterations' search time divided by the mean time of one Evaluate (goal:
// at most 20). search-B and search-allocs are the memory one search
// allocates (goal: under 5 MB).
func BenchmarkZoneRatio(b *testing.B) {
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sp, err := c.SettlementSpace()
	if err != nil {
		b.Fatal(err)
	}
	opts := slices.Collect(c.Settlements())
	for _, tc := range zoneCases {
		b.Run(tc.name, func(b *testing.B) {
			so := settlement.SearchOptions{Options: settlement.Options{At: tc.at}, Required: tc.required, Keep: 1}
			search := func() {
				if _, err := settlement.Search(context.Background(), sp, c, so); err != nil {
					b.Fatal(err)
				}
			}
			evaluate := func() {
				for _, s := range opts {
					if _, err := settlement.Evaluate(s, c, settlement.Options{At: tc.at}); err != nil {
						b.Fatal(err)
					}
				}
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			search()
			runtime.ReadMemStats(&after)
			t := benchratio.Paired(b, search, evaluate)
			b.ReportMetric(t.Ratio()*float64(len(opts)), "ratio")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc), "search-B")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs), "search-allocs")
		})
	}
}
