package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Columns is the width every program's output fits in.
const Columns = 100

// Width returns the number of terminal columns s takes: two for an East
// Asian wide or full-width character, none for a combining mark, a
// format character or a control character, one for any other; a tab
// advances to the next multiple of eight.
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r, n)
	}
	return n
}

func runeWidth(r rune, col int) int {
	switch {
	case r == '\t':
		return 8 - col%8
	case unicode.IsControl(r), unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// Pad returns s followed by spaces up to n columns; s as it is when it
// is that wide already.
func Pad(s string, n int) string {
	if w := Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// Clip shortens s to at most n columns, marking a cut with "…".
func Clip(s string, n int) string {
	if Width(s) <= n {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		rw := runeWidth(r, col)
		if col+rw > n-1 {
			break
		}
		b.WriteRune(r)
		col += rw
	}
	return b.String() + "…"
}

// Wrap breaks text into lines of at most n columns at spaces; a word
// wider than n is broken where it reaches n. A newline in text starts a
// new line. Runs of spaces between words become one.
func Wrap(text string, n int) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
		}
		for len(words) > 0 {
			var line string
			line, words = takeLine(words, n)
			lines = append(lines, line)
		}
	}
	return lines
}

// takeLine returns the words that fit in n columns, joined by spaces,
// and the words left; a first word wider than n is cut at n, its rest
// left as the first word.
func takeLine(words []string, n int) (string, []string) {
	n = max(n, 1)
	if Width(words[0]) > n {
		head, rest := cut(words[0], n)
		if head == "" { // not even one character fits: take one anyway
			_, size := utf8.DecodeRuneInString(words[0])
			head, rest = words[0][:size], words[0][size:]
		}
		if rest == "" {
			return head, words[1:]
		}
		return head, append([]string{rest}, words[1:]...)
	}
	col, i := Width(words[0]), 1
	for ; i < len(words); i++ {
		ww := Width(words[i])
		if col+1+ww > n {
			break
		}
		col += 1 + ww
	}
	return strings.Join(words[:i], " "), words[i:]
}

// cut splits s after at most n columns.
func cut(s string, n int) (head, rest string) {
	col := 0
	for i, r := range s {
		rw := runeWidth(r, col)
		if col+rw > n {
			return s[:i], s[i:]
		}
		col += rw
	}
	return s, ""
}

// Fill writes first and text to w on one line when they fit in
// [Columns]; otherwise it wraps text as one paragraph (runs of spaces
// become one), the first line after the prefix first and every further
// line after rest: a hanging indent when rest is wider than first.
func Fill(w io.Writer, first, rest, text string) {
	FillTo(w, Columns, first, rest, text)
}

// FillTo is [Fill] to n columns rather than [Columns].
func FillTo(w io.Writer, n int, first, rest, text string) {
	if !strings.Contains(text, "\n") && Width(first+text) <= n {
		fmt.Fprintln(w, strings.TrimRight(first+text, " "))
		return
	}
	words := strings.Fields(text)
	prefix := first
	if len(words) == 0 {
		fmt.Fprintln(w, strings.TrimRight(prefix, " "))
		return
	}
	for len(words) > 0 {
		var line string
		line, words = takeLine(words, n-Width(prefix))
		fmt.Fprintln(w, prefix+line)
		prefix = rest
	}
}

// Cite writes a citation, [doc: "anchor"], after indent: on one line when
// it fits in [Columns], otherwise the document on the first line and the
// anchor phrase, unbroken when it fits, on the next, two columns further
// in.
func Cite(w io.Writer, indent, doc, anchor string) {
	line := fmt.Sprintf("%s[%s: %q]", indent, doc, anchor)
	if Width(line) <= Columns {
		fmt.Fprintln(w, line)
		return
	}
	fmt.Fprintf(w, "%s[%s:\n", indent, doc)
	more := indent + "  "
	Fill(w, more, more+" ", fmt.Sprintf("%q]", anchor))
}

// Items writes items to w in as few lines as fit in [Columns], sep
// between two items on a line, each line after indent; an item is not
// split across lines, so a legend of "code meaning" pairs stays readable,
// unless it is wider than a line on its own: then it starts a line and
// wraps with its further lines four columns further in.
func Items(w io.Writer, indent, sep string, items []string) {
	line := ""
	for _, it := range items {
		switch {
		case Width(indent+it) > Columns:
			if line != "" {
				fmt.Fprintln(w, line)
			}
			Fill(w, indent, indent+"    ", it)
			line = ""
		case line == "":
			line = indent + it
		case Width(line+sep+it) <= Columns:
			line += sep + it
		default:
			fmt.Fprintln(w, line)
			line = indent + it
		}
	}
	if line != "" {
		fmt.Fprintln(w, line)
	}
}

// Rewrap writes text, written by code that does not wrap its lines, to
// w with each line wider than [Columns] wrapped: the further lines of a
// line go four columns further in than its own indent.
func Rewrap(w io.Writer, text string) {
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		body := strings.TrimRight(line, "\n")
		rest := strings.TrimLeft(body, " ")
		indent := body[:len(body)-len(rest)]
		Fill(w, indent, indent+"    ", rest)
	}
}
