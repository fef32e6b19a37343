package tag

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// appendText has names of every kind, an ambiguous one, a short form,
// figures and non-ASCII text.
const appendText = "Kyiv’s leaders met the U.S. and the EU in Washington on 3 May 2021; " +
	"the Budapest Memorandum (BM) and security guarantees for Україна, " +
	"€110–120 billion and 85,000 troops; Зеленський spoke of permanent neutrality. "

// TestAppendTag: AppendTag appends what TagWith returns, after what dst
// holds, and a slice reused from call to call gets each call's mentions.
func TestAppendTag(t *testing.T) {
	tg := MustNew(testGazetteer())
	texts := []string{appendText, "", "Malta and the West", strings.Repeat(appendText, 50), "nothing here"}
	var reused []Mention
	for _, text := range texts {
		want := tg.Tag(text)
		reused = tg.AppendTag(reused[:0], text, Options{})
		assert.Equal(t, summarise(want, text), summarise(reused, text))
		assert.Equal(t, want, tg.AppendTag(nil, text, Options{}))
	}
	prefix := []Mention{{Kind: Actor, Text: "kept"}}
	out := tg.AppendTag(prefix, appendText, Options{})
	require.Greater(t, len(out), 1)
	assert.Equal(t, "kept", out[0].Text)
	assert.Equal(t, tg.Tag(appendText), out[1:])
}

// TestAppendTagOwnsTargets: the targets of the mentions a call returns are
// their own: changing them changes neither a later call's answer nor the
// mentions an earlier call returned into the same slice's memory.
func TestAppendTagOwnsTargets(t *testing.T) {
	tg := MustNew(testGazetteer())
	first := tg.AppendTag(nil, appendText, Options{})
	want := summarise(tg.Tag(appendText), appendText)
	for i := range first {
		for j := range first[i].Targets {
			first[i].Targets[j].ID = "changed"
		}
	}
	assert.Equal(t, want, summarise(tg.Tag(appendText), appendText))
	kept := tg.Tag(appendText)
	var reused []Mention
	reused = tg.AppendTag(reused, appendText, Options{})
	copy(reused, kept) // the caller keeps mentions of one call while reusing the slice
	reused = tg.AppendTag(reused[:0], "Malta", Options{})
	assert.Equal(t, want, summarise(kept, appendText), "mentions kept from one call do not change when the slice is reused")
	assert.Equal(t, summarise(tg.Tag("Malta"), "Malta"), summarise(reused, "Malta"), "the reused slice holds the second call's mentions")
}

// TestAppendTagAllocations: a call allocates a bounded number of times
// whatever the length of the text (issue 22: at most 10): the folded text
// and the targets, and the result when dst is too small. (Tag of a long
// text allocates its result anew each time, which brings garbage
// collections that can empty the pool of scratch memory: a little more
// on average.)
func TestAppendTagAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop memory")
	}
	tg := MustNew(testGazetteer())
	for _, n := range []int{1, 10, 200} {
		text := strings.Repeat(appendText, n)
		var ms []Mention
		ms = tg.AppendTag(ms, text, Options{})
		assert.LessOrEqual(t, testing.AllocsPerRun(20, func() { ms = tg.AppendTag(ms[:0], text, Options{}) }), 3.0, "AppendTag, %d bytes", len(text))
		assert.LessOrEqual(t, testing.AllocsPerRun(20, func() { _ = tg.Tag(text) }), 10.0, "Tag, %d bytes", len(text))
	}
}

// TestAppendTagConcurrent: one tagger tags from many goroutines at once,
// each with its own slice, and every call gets the answer of a call alone.
func TestAppendTagConcurrent(t *testing.T) {
	tg := MustNew(testGazetteer())
	texts := []string{appendText, "Malta and the West", strings.Repeat(appendText, 20), "EUR 5 and the EU"}
	want := make([][]got, len(texts))
	for i, text := range texts {
		want[i] = summarise(tg.Tag(text), text)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			var ms []Mention
			for k := range 50 {
				i := (g + k) % len(texts)
				ms = tg.AppendTag(ms[:0], texts[i], Options{})
				if !assert.Equal(t, want[i], summarise(ms, texts[i])) {
					return
				}
			}
		})
	}
	wg.Wait()
}
