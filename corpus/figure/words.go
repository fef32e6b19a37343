package figure

import (
	"unicode"
	"unicode/utf8"
)

// numberWords are the numbers written in words that figures are read
// from, in folded form: two to twenty and the round tens in English,
// Ukrainian and Russian ("three days", "п'ять млрд євро", "двадцять
// відсотків"). "One" is not among them: "one day", "one of them" are
// rarely figures. Tens and units joined by a hyphen or a space
// ("twenty-five", "twenty five") are read as one number.
var numberWords = func() map[string]float64 {
	m := map[string]float64{}
	add := func(words string, from float64, step float64) {
		v := from
		w := ""
		for i := 0; i <= len(words); i++ {
			if i == len(words) || words[i] == ' ' {
				if w != "" {
					m[w] = v
					v += step
				}
				w = ""
				continue
			}
			w += words[i : i+1]
		}
	}
	add("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", 2, 1)
	add("thirty forty fifty sixty seventy eighty ninety", 30, 10)
	add("два три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять двадцять", 2, 1)
	add("тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто", 30, 10)
	add("два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать", 2, 1)
	add("тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто", 30, 10)
	m["дві"], m["две"] = 2, 2
	return m
}()

// numberWordFirst marks the bytes a number word can begin with, and
// numberWordSecond[c], for an ASCII c, the letters that can follow it
// (bit k for 'a'+k): a cheap test before a word is looked up.
var numberWordFirst, numberWordSecond = func() (first [256]bool, second [256]uint32) {
	for w := range numberWords {
		first[w[0]] = true
		if c := w[1]; w[0] < utf8.RuneSelf && 'a' <= c && c <= 'z' {
			second[w[0]] |= 1 << (c - 'a')
		}
	}
	return first, second
}()

// inWordApostrophe reports whether the apostrophe at s[j] is inside a
// Ukrainian word (п'ять): a Cyrillic letter before it and a letter after.
func inWordApostrophe(s string, j int) bool {
	if j == 0 || j+1 >= len(s) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:j])
	q, _ := utf8.DecodeRuneInString(s[j+1:])
	return unicode.Is(unicode.Cyrillic, p) && unicode.IsLetter(q)
}

// wordEnd returns the end of the word (letters, marks, digits and an
// apostrophe between Cyrillic letters) starting at s[i].
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiLetterOrDigit(c) {
				j++
				continue
			}
			// An apostrophe inside a Ukrainian word (п'ять) belongs to it.
			if c != '\'' || j == i || !inWordApostrophe(s, j) {
				return j
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			return j
		}
		j += n
	}
	return j
}

// numberWordSpans returns the spans of the number words of s, in order.
func numberWordSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		ws, we := nextNumberWord(s, i)
		if ws == len(s) {
			break
		}
		out = append(out, [2]int{ws, we})
		i = we
	}
	return out
}

// nextNumberWord returns the span of the first number word of s that
// starts at or after i, or len(s), len(s) if there is none. It reads each
// byte once, keeping track of whether the next one begins a word.
func nextNumberWord(s string, i int) (int, int) {
	var start uint8 // 1 when s[i] begins a word
	if i == 0 {
		start = 1
	} else if i < len(s) {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			start = 1
		}
	}
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			if start&numberWordStart[c] != 0 {
				if e := wordEnd(s, i); numberWords[s[i:e]] != 0 {
					return i, e
				}
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			start = 0
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
				start = 1
			}
			i += n
			continue
		}
		// No branch but a rare one per byte: start and the tables are 0 or 1.
		if start&numberWordStart[c] != 0 && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' && numberWordSecond[c]&(1<<(s[i+1]-'a')) != 0 {
			if e := wordEnd(s, i); numberWords[s[i:e]] != 0 {
				return i, e
			}
		}
		start = asciiBoundary[c]
		if c == '\'' && inWordApostrophe(s, i) {
			start = 0 // п'пять is one word, as wordEnd reads it
		}
		i++
	}
	return len(s), len(s)
}

// numberWordStart is numberWordFirst as 0 or 1, and asciiBoundary is 1 for
// the ASCII bytes that are not letters or digits, so that nextNumberWord
// combines them without branches.
var numberWordStart, asciiBoundary = func() (first, boundary [256]uint8) {
	for c := range 256 {
		if numberWordFirst[c] {
			first[c] = 1
		}
		if c < utf8.RuneSelf && !asciiLetterOrDigit(byte(c)) {
			boundary[c] = 1
		}
	}
	return first, boundary
}()

func asciiLetterOrDigit(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// appendWord appends the word token t to toks, as a number when it is a
// number word; a unit word after a tens word, with a hyphen or a space
// between, joins it ("twenty-five").
func appendWord(toks []token, t token) []token {
	if !numberWordFirst[t.text[0]] {
		return append(toks, t)
	}
	v, ok := numberWords[t.text]
	if !ok {
		return append(toks, t)
	}
	t.kind, t.val, t.plain, t.word = tNum, v, true, true
	if v < 10 {
		n := len(toks)
		if n >= 1 && isTens(toks[n-1]) && toks[n-1].end+1 == t.start {
			toks[n-1].val += v
			toks[n-1].end, toks[n-1].text = t.end, ""
			return toks
		}
		if n >= 2 && isTens(toks[n-2]) && toks[n-1].kind == tSym && toks[n-1].text == "-" && toks[n-2].end == toks[n-1].start && toks[n-1].end == t.start {
			toks[n-2].val += v
			toks[n-2].end, toks[n-2].text = t.end, ""
			return toks[:n-1]
		}
	}
	return append(toks, t)
}

// isTens reports whether t is a round ten written in words.
func isTens(t token) bool {
	return t.kind == tNum && t.word && t.val >= 20 && int(t.val)%10 == 0
}

// starters are the words a figure can begin with: month names, qualifiers,
// "between" and "from", currency codes and "us" (of "US$"). Every other
// word is skipped without trying the grammar.
var starters = func() map[string]bool {
	m := map[string]bool{"between": true, "from": true, "us": true}
	for w := range months {
		m[w] = true
	}
	for w := range qualifiersByFirstWord {
		m[w] = true
	}
	for w := range currencyCodes {
		m[w] = true
	}
	return m
}()

// canStart reports whether a figure can begin at token i: a number, a
// date, a currency symbol or a starter word.
func (sc *scanner) canStart(i int) bool {
	switch t := &sc.toks[i]; t.kind {
	case tNum, tDate:
		return true
	case tSym:
		return currencySymbols[t.text] != ""
	default:
		return starters[t.text]
	}
}
