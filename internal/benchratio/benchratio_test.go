package benchratio

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTimings(t *testing.T) {
	ms := func(ds ...int) []time.Duration {
		out := make([]time.Duration, len(ds))
		for i, d := range ds {
			out[i] = time.Duration(d) * time.Millisecond
		}
		return out
	}
	for _, tc := range []struct {
		name                             string
		t                                Timings
		ratio, speedup, fastest, perByte float64
	}{
		{"none", Timings{}, 0, 0, 0, 0},
		{"one", Timings{A: ms(2), B: ms(8)}, 0.25, 4, 4, 2e6 / 1000},
		// Ratios 1/4, 3, 1/2: the median is 1/2; speedups 4, 1/3, 2: the
		// median is 2; fastest: B 2 ms, A 1 ms.
		{"odd", Timings{A: ms(1, 6, 2), B: ms(4, 2, 4)}, 0.5, 2, 2, 3e6 / 1000},
		// Ratios 1, 2, 3, 4 and their inverses: the upper median of each (3 and
		// 1/2); fastest: 1 ms each.
		{"even", Timings{A: ms(1, 4, 9, 16), B: ms(1, 2, 3, 4)}, 3, 0.5, 1, 7.5e6 / 1000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.ratio, tc.t.Ratio(), 1e-9)
			assert.InDelta(t, tc.speedup, tc.t.Speedup(), 1e-9)
			assert.InDelta(t, tc.fastest, tc.t.FastestSpeedup(), 1e-9)
			assert.InDelta(t, tc.perByte, tc.t.NsPerByte(1000), 1e-9)
		})
	}
}

// fewIterations makes testing.Benchmark run n iterations for the rest of
// the test.
func fewIterations(t *testing.T, n string) {
	f := flag.Lookup("test.benchtime")
	require.NotNil(t, f)
	old := f.Value.String()
	require.NoError(t, f.Value.Set(n))
	t.Cleanup(func() { _ = f.Value.Set(old) })
}

// TestPaired: every iteration runs each function once, by turns, and the
// times are the functions' own (the slow one is A).
func TestPaired(t *testing.T) {
	fewIterations(t, "20x")
	var order []byte
	var got Timings
	r := testing.Benchmark(func(b *testing.B) {
		order = order[:0]
		got = Paired(b,
			func() { order = append(order, 'a'); time.Sleep(2 * time.Millisecond) },
			func() { order = append(order, 'b') })
	})
	require.Equal(t, 20, r.N)
	require.Len(t, got.A, 20)
	require.Len(t, got.B, 20)
	for i := range 20 {
		want := "ab"
		if i%2 == 1 {
			want = "ba"
		}
		assert.Equal(t, want, string(order[2*i:2*i+2]), "iteration %d", i)
	}
	assert.Greater(t, got.Ratio(), 1.0)
	assert.Less(t, got.Speedup(), 1.0)
	assert.GreaterOrEqual(t, got.NsPerByte(1), float64(2*time.Millisecond))
}

// TestPerByte: the metrics are reported per byte of work; a sleep takes
// wall time but next to no CPU time.
func TestPerByte(t *testing.T) {
	fewIterations(t, "5x")
	r := testing.Benchmark(func(b *testing.B) {
		PerByte(b, 1000, func() { time.Sleep(2 * time.Millisecond) })
	})
	require.Equal(t, 5, r.N)
	assert.Equal(t, int64(1000), r.Bytes)
	assert.GreaterOrEqual(t, r.Extra["ns/B"], float64(2*time.Millisecond)/1000)
	assert.Less(t, r.Extra["cpu-ns/B"], r.Extra["ns/B"])
}
