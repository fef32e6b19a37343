package figure

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/accordmodel/accord/internal/benchratio"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// windowsNaive is the first version of windows: it walks back and forth
// from every run of digits, which is quadratic in a text without spaces.
// It is the reference the linear version must agree with.
func windowsNaive(fs string) [][2]int { return windowsNaiveWords(fs, nil) }

// windowsNaiveWords is windowsNaive with the number words of words as runs
// too: each run walks back and forward without bound.
func windowsNaiveWords(fs string, words [][2]int) [][2]int {
	var out [][2]int
	for i := 0; i < len(fs); {
		d := nextDigit(fs, i)
		e := d
		for e < len(fs) && isDigit(fs[e]) {
			e++
		}
		for _, w := range words {
			if w[0] >= i && w[0] < d {
				d, e = w[0], w[1]
				break
			}
		}
		if d == len(fs) {
			break
		}
		start, end := d, e
		for n := 0; start > 0 && n <= wordsBefore; start-- {
			if fs[start-1] == ' ' {
				n++
			}
		}
		for n := 0; end < len(fs) && n <= wordsAfter; end++ {
			if fs[end] == ' ' {
				n++
			}
		}
		if k := len(out); k > 0 && start <= out[k-1][1] {
			out[k-1][1] = end
		} else {
			out = append(out, [2]int{start, end})
		}
		i = e
	}
	return out
}

func TestWindowsMatchNaive(t *testing.T) {
	long := strings.Repeat("word ", 200)
	for _, fs := range []string{
		"", "no digits here", "1", " 1 ", "a1a1a1", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
		long + "12" + long + "34" + long, "1" + strings.Repeat(",000", 50),
		strings.Repeat("a b c d e f g h i j k 7 ", 100), strings.Repeat(" ", 100) + "5" + strings.Repeat(" ", 100),
		"three days and 4 weeks", long + "twenty" + long + "5" + long, strings.Repeat("two-", 300),
	} {
		assert.Equal(t, windowsNaive(fs), windows(fs, nil), "windows(%.40q…)", fs)
		words := numberWordSpans(fs)
		assert.Equal(t, windowsNaiveWords(fs, words), windows(fs, words), "windows(%.40q…) with number words", fs)
	}
}

func FuzzWindows(f *testing.F) {
	f.Add("between $20 and $40 billion a year from 1 March 2026")
	f.Add("a1a1a1a1 b2 c 3 d e f g h i j k l 4")
	f.Add("three days, 4 weeks and twenty-five years")
	f.Fuzz(func(t *testing.T, fs string) {
		if got, want := windows(fs, nil), windowsNaive(fs); !equalWindows(got, want) {
			t.Fatalf("windows(%q) = %v, want %v", fs, got, want)
		}
		words := numberWordSpans(fs)
		if got, want := windows(fs, words), windowsNaiveWords(fs, words); !equalWindows(got, want) {
			t.Fatalf("windows(%q, %v) = %v, want %v", fs, words, got, want)
		}
	})
}

func equalWindows(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestFindHostileRuns keeps the reproductions of issue 16 that took
// seconds (quadratic in a run without spaces): they must give the right
// answer; BenchmarkFindHostile shows their cost per byte stays flat.
func TestFindHostileRuns(t *testing.T) {
	assert.Empty(t, Find(strings.Repeat("a1", 65536)), "one long word is no figure")

	ms := Find("1" + strings.Repeat(",000", 100))
	require.Len(t, ms, 1)
	assert.Equal(t, Number, ms[0].Kind)
	assert.InDelta(t, 1e300, ms[0].Value, 1e286)

	// 1e309 and beyond overflow float64: no figure, never +Inf.
	assert.Empty(t, Find("1"+strings.Repeat(",000", 103)))
	assert.Empty(t, Find("1"+strings.Repeat(",000", 65536)))
	assert.Empty(t, Find(strings.Repeat("9", 400)+" tanks"))
}

func TestParseNeverInfinite(t *testing.T) {
	for _, s := range []string{
		"1" + strings.Repeat(",000", 103),
		"1" + strings.Repeat(",000", 103) + " tanks",
		"$1" + strings.Repeat(",000", 103),
		strings.Repeat("9", 400),
		strings.Repeat("9", 400) + ".5 percent",
	} {
		fig, err := Parse(s)
		require.Error(t, err, "Parse(%.30q…) = %v", s, fig)
		assert.True(t, errors.Is(err, ErrNoFigure))
		assert.Contains(t, err.Error(), "too large")
	}
	// The largest that fits is still a figure.
	fig, err := Parse("1" + strings.Repeat(",000", 102))
	require.NoError(t, err)
	assert.Equal(t, Number, fig.Kind)
	assert.True(t, isFinite(fig.Value))
	// A scale that would overflow is not applied.
	fig, err = Parse("$1" + strings.Repeat(",000", 102) + " billion")
	if err == nil {
		assert.True(t, isFinite(fig.Value) && isFinite(fig.Max), "%+v", fig)
	}
}

// BenchmarkFindHostile measures figure finding on texts of 64 KB, 512 KB
// and 4 MB: prose, a run of "a1" with no space, and one huge number
// "1,000,000,…". The cost per byte (ns/B) must stay flat as the size
// grows; the baseline is strings.ToLower of the same text, a single pass
// that, like folding, reads every byte and writes a copy.
func BenchmarkFindHostile(b *testing.B) {
	prose := "Donors pledged between $20 and $40 billion per year from 1 March 2026, and 3–5% of 12,000 troops stay. "
	inputs := map[string]func(n int) string{
		"prose":  func(n int) string { return strings.Repeat(prose, n/len(prose)+1)[:n] },
		"a1":     func(n int) string { return strings.Repeat("a1", n/2) },
		"commas": func(n int) string { return "1" + strings.Repeat(",000", n/4) },
	}
	for _, name := range []string{"prose", "a1", "commas"} {
		for _, n := range []int{64 << 10, 512 << 10, 4 << 20} {
			text := inputs[name](n)
			size := name + "/" + strconv.Itoa(n>>10) + "KB"
			b.Run(size, func(b *testing.B) { benchratio.PerByte(b, len(text), func() { _ = Find(text) }) })
			b.Run(size+"/baseline", func(b *testing.B) { benchratio.PerByte(b, len(text), func() { _ = strings.ToLower(text) }) })
		}
	}
}

// TestFindChunksMatchWhole: a window far longer than a chunk of tokens
// (a text dense with figures) gives what lexing and scanning it whole
// gives, wherever the chunks happen to cut.
func TestFindChunksMatchWhole(t *testing.T) {
	prose := "Donors pledged between $20 and $40 billion per year from 1 March 2026, and 3–5% of 12,000 troops stay; " +
		"US$7m a year, 1839–1914, the 1960s, 29.03.2022 and 600,000 square kilometers. "
	for k := range 40 {
		text := strings.Repeat("x ", k) + strings.Repeat(prose, 300) + strings.Repeat("$", k) + "5"
		got, want := Find(text), findWhole(text)
		require.Equal(t, len(want), len(got), "prefix %d", k)
		assert.Equal(t, want, got, "prefix %d", k)
	}
}
