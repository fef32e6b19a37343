// Package benchratio holds what the benchmarks share to measure speed in
// a way that holds on a busy, shared machine: a piece of work timed
// against a baseline by turns in every iteration of the same run, reported
// as ratios, and the process's CPU time per byte besides wall time. It is
// for tests only.
package benchratio

import (
	"slices"
	"testing"
	"time"
)

// Timings are the times of a piece of work (A) and of its baseline (B),
// one of each per iteration of a benchmark, as [Paired] measured them.
type Timings struct {
	A, B []time.Duration
}

// Paired runs a and baseline once each in every iteration of b.Loop, by
// turns (a first in even iterations, baseline first in odd ones), and
// returns their times. Two runs a few milliseconds apart see the same
// machine, so their ratio holds where absolute times do not.
func Paired(b *testing.B, a, baseline func()) Timings {
	var t Timings
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			t.A = append(t.A, timed(a))
			t.B = append(t.B, timed(baseline))
		} else {
			t.B = append(t.B, timed(baseline))
			t.A = append(t.A, timed(a))
		}
	}
	return t
}

// timed returns how long f takes.
func timed(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

// Ratio returns the median of the iterations' ratios of A's time to the
// baseline's (the upper median when their number is even), or 0 when
// there are none.
func (t Timings) Ratio() float64 { return median(t.A, t.B) }

// Speedup returns the median of the iterations' ratios of the baseline's
// time to A's (the upper median when their number is even), or 0 when
// there are none.
func (t Timings) Speedup() float64 { return median(t.B, t.A) }

// FastestSpeedup returns the ratio of the baseline's fastest time to A's
// fastest, or 0 when there are none: other work on the machine only ever
// adds time, so the fastest run of each is the nearest to its undisturbed
// cost.
func (t Timings) FastestSpeedup() float64 {
	if len(t.A) == 0 {
		return 0
	}
	return float64(slices.Min(t.B)) / float64(slices.Min(t.A))
}

// NsPerByte returns A's mean time per iteration divided by n, the bytes
// each run of A handles, or 0 when there are no iterations.
func (t Timings) NsPerByte(n int) float64 {
	if len(t.A) == 0 {
		return 0
	}
	var spent time.Duration
	for _, d := range t.A {
		spent += d
	}
	return float64(spent.Nanoseconds()) / float64(len(t.A)) / float64(n)
}

// median returns the upper median of num[i]/den[i].
func median(num, den []time.Duration) float64 {
	if len(num) == 0 {
		return 0
	}
	ratios := make([]float64, len(num))
	for i := range num {
		ratios[i] = float64(num[i]) / float64(den[i])
	}
	slices.Sort(ratios)
	return ratios[len(ratios)/2]
}

// PerByte runs f in b.Loop, each run handling n bytes, and reports the
// wall time per byte (ns/B) and the process's CPU time per byte (cpu-ns/B,
// all threads, the garbage collector's included), which other work on a
// shared machine inflates far less. It also sets b's bytes to n, for MB/s.
func PerByte(b *testing.B, n int, f func()) {
	b.SetBytes(int64(n))
	start := ProcessCPU()
	for b.Loop() {
		f()
	}
	cpu := ProcessCPU() - start
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/B")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/B")
}
