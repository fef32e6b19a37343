package corpus_test

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"slices"
	"testing"
	"time"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/benchratio"
	"github.com/accordmodel/accord/neutrality"
)

// scales are the sizes of the synthetic corpus the scale benchmarks run
// at: the coded data ×1, ×10, ×100 and ×1000. The ×1000 corpus (600,000
// records, half a gigabyte of JSON, about 7 GB allocated per load) takes
// minutes to build and load; -short skips it.
var scales = []int{1, 10, 100, 1000}

// skipHuge skips the ×1000 scale under -short.
func skipHuge(b *testing.B, k int) {
	if k >= 1000 && testing.Short() {
		b.Skip("the x1000 corpus is skipped with -short")
	}
}

// perRecord reports the time and the bytes allocated per record of the
// last b.Loop (wall and CPU time), together with the corpus size.
type perRecord struct {
	b       *testing.B
	records int
	before  runtime.MemStats
	cpu     time.Duration
	gcCPU   float64 // seconds
}

// gcCPUSeconds returns the CPU time the garbage collector has spent so far
// (an estimate by the runtime, runtime/metrics).
func gcCPUSeconds() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return s[0].Value.Float64()
}

func startPerRecord(b *testing.B, records int) *perRecord {
	p := &perRecord{b: b, records: records}
	b.ReportAllocs()
	runtime.GC()
	runtime.ReadMemStats(&p.before)
	p.cpu = benchratio.ProcessCPU()
	p.gcCPU = gcCPUSeconds()
	return p
}

// stop reports, per record: wall time, the process's CPU time, the part
// of it the collector spent (gc-cpu-ns, which grows with the live heap
// the collector marks), and bytes allocated.
func (p *perRecord) stop(ops int) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	n := float64(ops) * float64(p.records)
	p.b.ReportMetric(float64(p.b.Elapsed().Nanoseconds())/n, "ns/record")
	p.b.ReportMetric(float64(benchratio.ProcessCPU()-p.cpu)/n, "cpu-ns/record")
	p.b.ReportMetric((gcCPUSeconds()-p.gcCPU)*1e9/n, "gc-cpu-ns/record")
	p.b.ReportMetric(float64(after.TotalAlloc-p.before.TotalAlloc)/n, "B/record")
	p.b.ReportMetric(float64(p.records), "records")
}

// BenchmarkLoadScaled loads the synthetic corpus at each scale: ns/record
// and B/record must stay flat as the corpus grows.
func BenchmarkLoadScaled(b *testing.B) {
	for _, k := range scales {
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			skipHuge(b, k)
			s := syntheticCorpus(b, k)
			p := startPerRecord(b, s.records)
			ops := 0
			for b.Loop() {
				if _, err := corpus.LoadWith(scaledLoad, s.fsys); err != nil {
					b.Fatal(err)
				}
				ops++
			}
			p.stop(ops)
		})
	}
}

// scaledLoad is how the scale benchmarks load: the synthetic corpus's
// files outgrow the default MaxFileBytes at ×1000 (the largest is 150 MB),
// so the limit is raised.
var scaledLoad = corpus.LoadOptions{Limits: corpus.Limits{MaxFileBytes: 1 << 30}}

// scaledCorpus loads the synthetic corpus at scale k once per benchmark.
func scaledCorpus(b *testing.B, k int) *corpus.Corpus {
	b.Helper()
	c, err := corpus.LoadWith(scaledLoad, syntheticCorpus(b, k).fsys)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkLookupScaled looks up every name and alias of the original
// actors by turns: the time per lookup must not grow with the number of
// names (the lookup is a map access on the folded name).
func BenchmarkLookupScaled(b *testing.B) {
	for _, k := range scales {
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			skipHuge(b, k)
			c := scaledCorpus(b, k)
			orig, err := corpus.Default()
			if err != nil {
				b.Fatal(err)
			}
			var names []string
			for a := range orig.Actors().All() {
				names = append(names, a.AllNames()...)
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_, _ = c.Actors().Lookup(names[i%len(names)])
				i++
			}
			b.ReportMetric(float64(c.Actors().NumNames()), "names")
		})
	}
}

// BenchmarkQueriesScaled runs the per-actor and per-issue queries over the
// whole synthetic corpus (the positions of every actor, the standings on
// every issue): their cost per position must stay flat.
func BenchmarkQueriesScaled(b *testing.B) {
	for _, k := range scales {
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			skipHuge(b, k)
			c := scaledCorpus(b, k)
			actorIDs := c.Positions().Actors()
			issueIDs := c.Positions().Issues()
			p := startPerRecord(b, c.Positions().Len())
			ops := 0
			for b.Loop() {
				for _, a := range actorIDs {
					_ = noErr(c.Positions().Of(a, accord.Date{}))
				}
				for _, is := range issueIDs {
					_ = noErr(c.Positions().Standings(is, accord.Date{}))
				}
				ops++
			}
			p.stop(ops)
		})
	}
}

// BenchmarkCheckCorpus checks every activity against every coded status
// with the coded rulebook (goal: under 2 µs and a few allocations per
// Check).
func BenchmarkCheckCorpus(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	var statuses []neutrality.Status
	for s := range c.NeutralityStatuses() {
		statuses = append(statuses, s.Status)
	}
	acts := neutrality.Activities()
	rb := c.Rulebook()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, _ = rb.Check(statuses[i%len(statuses)], acts[i%len(acts)], neutrality.Options{})
		i++
	}
}

// BenchmarkAssessCorpus assesses every coded instrument by turns, in the
// corpus's context (goal: under 2 µs and a few allocations per Assess).
func BenchmarkAssessCorpus(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	ins := slices.Collect(c.Instruments())
	ctx := c.GuaranteeSituation()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = ins[i%len(ins)].Assess(ctx)
		i++
	}
}

// BenchmarkEvaluateCorpus evaluates every coded settlement option by
// turns against the corpus.
func BenchmarkEvaluateCorpus(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	opts := slices.Collect(c.Settlements())
	if len(opts) == 0 {
		b.Skip("no coded settlements")
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := settlement.Evaluate(opts[i%len(opts)], c, settlement.Options{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
