package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/tag"
)

// The tagger's output is pinned by testdata/tag-golden.txt: for every
// input below, the number of mentions and a SHA-256 of their rendering
// (offsets, kind, targets, figure), recorded from the tagger before the
// allocation work of issue 22. Speed work must not change one mention.
// When the corpus's data change what is found, rewrite the file with
//
//	ACCORD_SOURCES=… go test ./corpus -run TestTagGolden -update-tag-golden
//
// and review the change in the mentions; ACCORD_TAG_DUMP=dir writes each
// input's rendering there, for a diff against the code before a change.
var updateTagGolden = flag.Bool("update-tag-golden", false, "rewrite "+tagGoldenFile+" from the current tagger")

const tagGoldenFile = "testdata/tag-golden.txt"

// goldenInput is one text tagged by TestTagGolden, with the options used,
// and the group its rendering is summed in.
type goldenInput struct {
	group, text string
	opts        tag.Options
}

// goldenInputs returns the five articles (when present: the test is
// skipped otherwise), each also tagged as of two dates, the fuzz seeds of
// FuzzCorpusTag (every summary, anchor and position summary) and FuzzTag,
// and hostile texts of 64 KB. Articles and hostile texts are each a group
// of their own.
func goldenInputs(t *testing.T, c *Corpus) []goldenInput {
	src := sourcesFS(t)
	names, err := fs.Glob(src, "*.txt")
	require.NoError(t, err)
	require.Len(t, names, 5, "the five source articles")
	var in []goldenInput
	for _, n := range names {
		b, err := fs.ReadFile(src, n)
		require.NoError(t, err)
		in = append(in,
			goldenInput{group: "article " + n, text: string(b)},
			goldenInput{group: "article " + n + " as of 1914", text: string(b), opts: tag.Options{Date: accord.YearOf(1914)}},
			goldenInput{group: "article " + n + " as of 2025-06", text: string(b), opts: tag.Options{Date: accord.MonthOf(2025, 6)}})
	}
	for d := range c.Documents() {
		in = append(in, goldenInput{group: "summaries", text: d.Summary})
	}
	for ct := range c.Citations() {
		in = append(in, goldenInput{group: "anchors", text: ct.Anchor})
	}
	for p := range c.Positions().All() {
		in = append(in, goldenInput{group: "positions", text: p.Summary})
	}
	for _, s := range []string{
		"Kyiv’s and the U.S.’s €110–120 billion; 85,000 troops; non‑bloc\u00a0status",
		"UKRAINE’s army", "the EU and EUR", "U.S.-Ukraine", "Зеленський’s", "€110–120 billion",
		"between $20 and $40 billion per year", "non‑aligned\u00a0Malta", "\xffKyiv\xfe", "e\u0301Kyiv",
	} {
		in = append(in, goldenInput{group: "seeds", text: s})
	}
	for _, kind := range []string{"base64", "a1", "commas", "word", "prose"} {
		in = append(in, goldenInput{group: "hostile " + kind, text: hostileText(kind, 64<<10)})
	}
	return in
}

// renderMentions writes one line per mention: everything but Text, which
// is text[Start:End] (checked here).
func renderMentions(t *testing.T, text string, ms []tag.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		require.Equal(t, text[m.Start:m.End], m.Text)
		fmt.Fprintf(&b, "%d %d %s amb=%t short=%t", m.Start, m.End, m.Kind, m.Ambiguous, m.ShortForm)
		for _, tg := range m.Targets {
			fmt.Fprintf(&b, " [%s %s %q %s %q]", tg.Kind, tg.ID, tg.Name, tg.Known, tg.For)
		}
		if m.Kind == tag.Figure {
			fmt.Fprintf(&b, " %+v", m.Figure)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestTagGolden: tagging gives the mentions recorded in tag-golden.txt,
// through Tag and TagWith and through AppendTag into one slice reused
// across all the inputs.
func TestTagGolden(t *testing.T) {
	c := textCorpus(t)
	tg := c.Tagger()
	inputs := goldenInputs(t, c)
	dump := os.Getenv("ACCORD_TAG_DUMP")
	var got []string
	var group strings.Builder
	mentions := 0
	var reused []tag.Mention
	for i, in := range inputs {
		ms := tg.TagWith(in.text, in.opts)
		r := renderMentions(t, in.text, ms)
		reused = tg.AppendTag(reused[:0], in.text, in.opts)
		require.Equal(t, r, renderMentions(t, in.text, reused), "AppendTag into a reused slice differs from TagWith on %s", in.group)
		if in.opts == (tag.Options{}) {
			require.Equal(t, ms, tg.Tag(in.text))
		}
		group.WriteString(r)
		group.WriteString("--\n")
		mentions += strings.Count(r, "\n")
		if i+1 == len(inputs) || inputs[i+1].group != in.group {
			sum := sha256.Sum256([]byte(group.String()))
			got = append(got, fmt.Sprintf("%s\t%d\t%s", in.group, mentions, hex.EncodeToString(sum[:])))
			if dump != "" {
				require.NoError(t, os.WriteFile(filepath.Join(dump, fmt.Sprintf("%03d.txt", len(got))), []byte(in.group+"\n"+group.String()), 0o644))
			}
			group.Reset()
			mentions = 0
		}
	}
	if *updateTagGolden {
		require.NoError(t, os.WriteFile(tagGoldenFile, []byte(strings.Join(got, "\n")+"\n"), 0o644))
		return
	}
	want := readTagGolden(t)
	assert.Equal(t, want, got)
}

func readTagGolden(t *testing.T) []string {
	f, err := os.Open(tagGoldenFile)
	require.NoError(t, err)
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(t, sc.Err())
	return slices.Clip(lines)
}
