package corpus

import (
	"encoding/base64"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/accordmodel/accord/corpus/figure"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/internal/benchratio"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Hostile texts for the text layer (issue 16, items 2 and 7): inputs that
// used to cost time quadratic in their length. The tests check the
// answers; BenchmarkTextHostile shows the cost per byte stays flat from
// 64 KB to 4 MB.

// hostileText returns n bytes of the named kind of text.
func hostileText(kind string, n int) string {
	switch kind {
	case "base64": // random bytes in base64: digits inside long words
		r := rand.New(rand.NewPCG(16, 2))
		raw := make([]byte, n*3/4+3)
		for i := range raw {
			raw[i] = byte(r.Uint32())
		}
		return base64.StdEncoding.EncodeToString(raw)[:n]
	case "a1":
		return strings.Repeat("a1", n/2)
	case "commas":
		return "1" + strings.Repeat(",000", n/4)
	case "word": // one name, repeated
		return strings.Repeat("Ukraine ", n/8)
	}
	sample := "Kyiv’s leaders said on 3 May 2021 that NATO membership and the EU remain goals, " +
		"while Moscow wants a non-bloc Ukraine with 50,000 troops and 200 tanks. "
	return strings.Repeat(sample, n/len(sample)+1)[:n]
}

func TestTagHostileText(t *testing.T) {
	c := textCorpus(t)
	tg := c.Tagger()
	// Base64: whatever is found lies inside the text, in order, and every
	// figure is finite.
	text := hostileText("base64", 341<<10)
	ms := tg.Tag(text)
	last := 0
	for _, m := range ms {
		require.LessOrEqual(t, last, m.Start)
		require.Equal(t, text[m.Start:m.End], m.Text)
		last = m.Start
		if m.Kind == tag.Figure {
			assert.True(t, isFiniteFigure(m.Figure), "%+v", m.Figure)
		}
	}
	assert.Empty(t, tg.Tag(hostileText("a1", 128<<10)))
	assert.Empty(t, tg.Tag("1"+strings.Repeat(",000", 65536)), "a number beyond float64 is no figure")
}

func isFiniteFigure(f figure.Figure) bool {
	finite := func(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
	return finite(f.Value) && finite(f.Max)
}

// TestSearchLongQuery: a query of one word repeated over 1 MB finds what
// the word alone finds (it used to take 12 s).
func TestSearchLongQuery(t *testing.T) {
	c := textCorpus(t)
	for _, word := range []string{"Ukraine", "neutrality", "Kyiv guarantees"} {
		want := c.Search(word)
		require.NotEmpty(t, want, word)
		q := strings.Repeat(word+" ", (1<<20)/(len(word)+1))
		assert.Equal(t, want, c.Search(q), "%q repeated to 1 MB", word)
	}
	assert.NotPanics(t, func() { _ = c.Search(hostileText("base64", 1<<20)) })
	assert.Empty(t, c.Search(hostileText("a1", 1<<20)))
}

// BenchmarkTextHostile measures Tag and Search on 64 KB, 512 KB and 4 MB
// of prose, base64 and a repeated name, and a baseline pass over the same
// bytes (strings.ToLower, which like folding reads every byte once). The
// ns/B metric must stay flat as the size grows; the ratio to the
// baseline is the figure to compare between runs; cpu-ns/B is steadier
// than ns/B on a busy machine.
//
//	go test ./corpus -run XXX -bench TextHostile
func BenchmarkTextHostile(b *testing.B) {
	c := textCorpus(b)
	tg := c.Tagger()
	_ = c.Search("warm up") // build the index outside the timings
	for _, kind := range []string{"prose", "base64", "word"} {
		for _, n := range []int{64 << 10, 512 << 10, 4 << 20} {
			text := hostileText(kind, n)
			size := kind + "/" + strconv.Itoa(n>>10) + "KB"
			b.Run("tag/"+size, func(b *testing.B) { benchratio.PerByte(b, len(text), func() { _ = tg.Tag(text) }) })
			b.Run("search/"+size, func(b *testing.B) { benchratio.PerByte(b, len(text), func() { _ = c.Search(text) }) })
			b.Run("baseline/"+size, func(b *testing.B) { benchratio.PerByte(b, len(text), func() { _ = strings.ToLower(text) }) })
		}
	}
}

// FuzzSearchRepeatedQuery: repeating a query changes nothing, since each
// distinct term is kept once (issue 16, item 7: a query of one word
// repeated over 1 MB took 12 s). The copies are joined by " | ", which no
// name or figure spans; queries with quotes or "|" are left out, since a
// quote left open by one copy would be closed by the next.
func FuzzSearchRepeatedQuery(f *testing.F) {
	for _, q := range []string{"Kyiv neutrality", "Budapest Memorandum guarantees", "NATO membership Ukraine", "non-bloc status", "€110–120 billion"} {
		f.Add(q, uint8(3))
	}
	c := textCorpus(f)
	f.Fuzz(func(t *testing.T, q string, n uint8) {
		if strings.ContainsRune(q, '|') || strings.ContainsFunc(q, func(r rune) bool { return fold.FoldPunct(r) == '"' }) {
			return
		}
		want := c.Search(q)
		rep := q + strings.Repeat(" | "+q, int(n%16))
		if got := c.Search(rep); !reflect.DeepEqual(got, want) {
			t.Fatalf("Search(%q) = %v, but the query repeated %d times gives %v", q, want, n%16+1, got)
		}
	})
}
