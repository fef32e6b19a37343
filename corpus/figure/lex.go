package figure

import (
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token of folded text.
type tokKind uint8

const (
	tNum  tokKind = iota + 1 // digits, with thousands separators and decimals
	tWord                    // letters (and digits after the first letter)
	tSym                     // any other single character
	tDate                    // 2022-03-29 or 29.03.2022, lexed whole
)

// token is one token of folded text; start and end are byte offsets in it.
type token struct {
	kind       tokKind
	text       string
	start, end int
	// For tNum: the value, whether it was written as a plain integer (no
	// separators or decimals), and the number of digits; word marks a
	// number written in words ("three"), which has no digits.
	val    float64
	plain  bool
	digits int
	word   bool
	// For tDate: the parts.
	y, m, d int
}

// lex splits folded text into tokens, skipping spaces.
func lex(s string) []token { return lexInto(nil, s) }

// lexInto appends the tokens of s to toks.
func lexInto(toks []token, s string) []token {
	toks, _ = lexFrom(toks, s, 0, -1)
	return toks
}

// lexFrom appends the tokens of s from byte i on to toks, stopping after
// limit tokens (no limit when limit < 0) or at the end of s, and returns
// the offset it stopped at, where the next token starts: lexing s in
// pieces gives the tokens of lexing it whole. Offsets are into s.
func lexFrom(toks []token, s string, i, limit int) ([]token, int) {
	for stop := len(toks) + limit; i < len(s) && (limit < 0 || len(toks) < stop); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case isDigit(c):
			t := lexNumber(s, i)
			toks = append(toks, t)
			i = t.end
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				j := wordEnd(s, i)
				toks = appendWord(toks, token{kind: tWord, text: s[i:j], start: i, end: j})
				i = j
				continue
			}
			toks = append(toks, token{kind: tSym, text: s[i : i+size], start: i, end: i + size})
			i += size
		}
	}
	return toks, i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitsAt returns the number of ASCII digits at s[i:].
func digitsAt(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// lexNumber lexes the number (or numeric date) starting at s[i].
func lexNumber(s string, i int) token {
	n := digitsAt(s, i)
	// ISO 8601: 2022-03-29.
	if n == 4 && i+10 <= len(s) && s[i+4] == '-' && digitsAt(s, i+5) == 2 && s[i+7] == '-' && digitsAt(s, i+8) == 2 {
		if t, ok := dateToken(s, i, i+10, atoi(s[i:i+4]), atoi(s[i+5:i+7]), atoi(s[i+8:i+10])); ok {
			return t
		}
	}
	// Day first with dots: 29.03.2022 or 9.3.2022.
	if n <= 2 && i+n < len(s) && s[i+n] == '.' {
		if m := digitsAt(s, i+n+1); m >= 1 && m <= 2 {
			k := i + n + 1 + m
			if k < len(s) && s[k] == '.' && digitsAt(s, k+1) == 4 {
				if t, ok := dateToken(s, i, k+5, atoi(s[k+1:k+5]), atoi(s[i+n+1:k]), atoi(s[i:i+n])); ok {
					return t
				}
			}
		}
	}
	j := i + n
	plain := true
	if n <= 3 { // thousands separators: groups of exactly three digits
		for j < len(s) && s[j] == ',' && digitsAt(s, j+1) == 3 {
			j += 4
			plain = false
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j += 1 + digitsAt(s, j+1)
		plain = false
	}
	text := s[i:j]
	return token{kind: tNum, text: text, start: i, end: j, val: parseDecimal(text), plain: plain, digits: n}
}

func dateToken(s string, i, j, y, m, d int) (token, bool) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return token{}, false
	}
	if j < len(s) && isDigit(s[j]) {
		return token{}, false
	}
	return token{kind: tDate, text: s[i:j], start: i, end: j, y: y, m: m, d: d}, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// parseDecimal converts digits with optional comma groups and a decimal
// part to a float64, exactly as strconv would after removing the commas.
func parseDecimal(s string) float64 {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	v, _ := parseFloat(string(b))
	return v
}
