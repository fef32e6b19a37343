package actors

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Fold is accord's one text normaliser. Name lookup, anchor verification
// and text search all compare strings by their folded form, so that they
// agree on what counts as "the same text". Fold applies, in order:
//
//  1. Unicode compatibility normalisation (NFKC, from x/text/unicode/norm),
//     which also turns no-break and other special spaces into spaces;
//  2. typographic quotes to ASCII (‘ ’ ‚ ‛ ‹ › ʼ to ', “ ” „ ‟ « » to ")
//     and every dash-punctuation character (Unicode category Pd) and the
//     minus sign to "-" — NFKC leaves these alone;
//  3. full Unicode case folding (x/text/cases.Fold);
//  4. runs of white space collapsed to one space, and trimmed.
//
// Combining marks are kept: й stays й, so Ukrainian and Russian names keep
// their letters. Fold is safe for concurrent use.
func Fold(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(FoldPunct, s)
	s = cases.Fold().String(s)
	return strings.Join(strings.Fields(s), " ")
}

// FoldPunct maps one typographic quote or dash to its ASCII form and
// returns every other rune unchanged. It is step 2 of [Fold], exported so
// that code which must track byte offsets (the text tagger) applies the
// same mapping.
func FoldPunct(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case strings.ContainsRune("“”„‟«»″", r):
		return '"'
	case r == 'ʼ' || unicode.In(r, unicode.Pi, unicode.Pf) || r == '′':
		return '\''
	case unicode.Is(unicode.Pd, r) || r == '−':
		return '-'
	}
	return r
}

// WordCount returns the number of words in s: maximal runs of characters
// that are not white space (the count `wc -w` gives). Document word counts
// in the corpus registry and the anchor length limit use it.
func WordCount(s string) int { return len(strings.Fields(s)) }
