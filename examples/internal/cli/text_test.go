package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWidth(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"Київ", 4},
		{"й", 1},        // и and a combining breve
		{"東京", 4},       // wide
		{"ＡＢ", 4},       // full-width
		{"€110–120", 8}, // one column each
		{"a\tb", 9},     // the tab reaches column 8
		{"12345678\tb", 17},
		{"non\u2011bloc", 8},
		{"a\u200bb", 2}, // zero-width space
	} {
		assert.Equal(t, tt.want, Width(tt.s), "%q", tt.s)
	}
}

func TestPadAndClip(t *testing.T) {
	assert.Equal(t, "東京  |", Pad("東京", 6)+"|")
	assert.Equal(t, "abcdef", Pad("abcdef", 3))
	assert.Equal(t, "abc", Clip("abc", 3))
	assert.Equal(t, "ab…", Clip("abcd", 3))
	assert.Equal(t, "東…", Clip("東京都", 4), "a wide character that would cross the limit is left out")
}

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		n    int
		want []string
	}{
		{"fits", "one two", 10, []string{"one two"}},
		{"breaks at spaces", "one two three four", 9, []string{"one two", "three", "four"}},
		{"exact width", "abc def", 7, []string{"abc def"}},
		{"spaces collapse", "  a   b  ", 10, []string{"a b"}},
		{"newlines kept", "a\n\nb", 10, []string{"a", "", "b"}},
		{"long word cut", "abcdefghij k", 4, []string{"abcd", "efgh", "ij k"}},
		{"wide characters", "東京 大阪 京都", 9, []string{"東京 大阪", "京都"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.text, tt.n)
			assert.Equal(t, tt.want, got)
			for _, l := range got {
				assert.LessOrEqual(t, Width(l), tt.n, l)
			}
		})
	}
}

func TestFillHangs(t *testing.T) {
	var b bytes.Buffer
	text := strings.Repeat("word ", 50)
	Fill(&b, "  - ", "      ", text)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	assert.Greater(t, len(lines), 2)
	assert.True(t, strings.HasPrefix(lines[0], "  - word"))
	for _, l := range lines[1:] {
		assert.True(t, strings.HasPrefix(l, "      word"), l)
	}
	for i, l := range lines {
		assert.LessOrEqual(t, Width(l), Columns, l)
		if i < len(lines)-1 {
			assert.Greater(t, Width(l), Columns-6, "a line is filled: %q", l)
		}
	}
	assert.Equal(t, 50, strings.Count(b.String(), "word"), "no word is lost")

	b.Reset()
	FillTo(&b, 10, "> ", "", "")
	assert.Equal(t, ">\n", b.String())

	b.Reset()
	FillTo(&b, 10, "> ", "  ", "a  b")
	assert.Equal(t, "> a  b\n", b.String(), "a line that fits is written as it is")
	b.Reset()
	FillTo(&b, 10, "> ", "  ", "a  b c d e")
	assert.Equal(t, "> a b c d\n  e\n", b.String())
}

func TestCite(t *testing.T) {
	var b bytes.Buffer
	Cite(&b, "  ", "doc", "a phrase")
	assert.Equal(t, "  [doc: \"a phrase\"]\n", b.String())
	b.Reset()
	anchor := strings.TrimSpace(strings.Repeat("twelve ", 12))
	Cite(&b, strings.Repeat(" ", 6), "a-long-document-id", anchor)
	assert.Equal(t, strings.Repeat(" ", 6)+"[a-long-document-id:\n"+strings.Repeat(" ", 8)+"\""+anchor+"\"]\n", b.String(),
		"the anchor phrase goes unbroken on its own line")
}

func TestItems(t *testing.T) {
	var b bytes.Buffer
	items := make([]string, 30)
	for i := range items {
		items[i] = "ab cd"
	}
	Items(&b, "  ", "   ", items)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 3, "12 items of 5 columns and 3 between fit in 100")
	assert.Equal(t, "  "+strings.Repeat("ab cd   ", 11)+"ab cd", lines[0])
	assert.Equal(t, "  "+strings.Repeat("ab cd   ", 5)+"ab cd", lines[2])
	b.Reset()
	Items(&b, "", ", ", nil)
	assert.Empty(t, b.String())

	// An item wider than a line on its own starts a line and wraps with
	// a hanging indent; the items around it keep their own lines.
	b.Reset()
	long := strings.TrimSpace(strings.Repeat("word ", 30))
	Items(&b, "  ", " ", []string{"first", long, "last"})
	lines = strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 4, b.String())
	assert.Equal(t, "  first", lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "  word"), lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "      word"), lines[2])
	assert.Equal(t, "  last", lines[3])
	for _, l := range lines {
		assert.LessOrEqual(t, Width(l), Columns, l)
	}
}

func TestRewrap(t *testing.T) {
	var b bytes.Buffer
	long := strings.TrimSpace(strings.Repeat("word ", 30))
	Rewrap(&b, "short\n  "+long+"\n\nlast")
	lines := strings.Split(b.String(), "\n")
	require.Len(t, lines, 6)
	assert.Equal(t, "short", lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "  word"), lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "      word"), lines[2])
	assert.Equal(t, []string{"", "last", ""}, lines[3:])
	assert.Equal(t, 30, strings.Count(b.String(), "word"))
}
