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
//  3. full Unicode case folding (x/text/cases.Fold, completed for the
//     Cherokee script, which it does not fold idempotently);
//  4. NFKC again, since case folding can leave text that is not in NFKC
//     (the closure Unicode's NFKC_Casefold also applies);
//  5. runs of white space collapsed to one space, and trimmed.
//
// Invalid UTF-8 is first replaced by U+FFFD. Combining marks are kept: й stays й, so Ukrainian and Russian names keep
// their letters. Fold is safe for concurrent use.
func Fold(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = norm.NFKC.String(s)
	s = strings.Map(FoldPunct, s)
	s = cases.Fold().String(s)
	s = strings.Map(foldCherokee, s)
	s = norm.NFKC.String(s) // folding can un-normalise; Unicode's NFKC_Casefold closes with NFKC too
	return strings.Join(strings.Fields(s), " ")
}

// foldCherokee completes case folding for the Cherokee script. Unicode
// folds Cherokee to its upper-case letters, but x/text's cases.Fold also
// maps the upper-case letters back to lower case, so on its own it is not
// idempotent and the two forms of a letter would not compare equal.
func foldCherokee(r rune) rune {
	if r >= 0x13a0 && unicode.Is(unicode.Cherokee, r) {
		return unicode.ToUpper(r)
	}
	return r
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
