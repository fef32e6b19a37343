package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Short forms a text defines. A text that writes a name and then a short
// form in parentheses — "Coalition of the Willing (CoW)", "Treaty on the
// Non-Proliferation of Nuclear Weapons (NPT)" — uses the short form for
// the long name in the rest of the text.
//
// A short form is one word of at most maxShortForm bytes, letters and
// digits only, with at least two capitals, each of which begins a word of
// the long name. When the long name is a mention of an actor or
// instrument, the short form and every later occurrence of it, written the
// same way, are mentions of the same records, marked ShortForm. When the
// long name is not in the gazetteer but its capitalised words begin with
// the capitals of the short form, in order ("Conference on Security and
// Co-operation in Europe (CSCE)"), it is still a name: the names inside it
// ("Europe") are dropped.

// maxShortForm is the longest short form read, in bytes.
const maxShortForm = 12

// definitions applies the short forms text defines to ms (sorted as
// [before] says) and returns the resulting list, still sorted.
func definitions(text string, ms []Mention) []Mention {
	var learned []Mention // the definitions, then their uses
	var hidden [][2]int   // spans of defined names the gazetteer does not know
	for at := 0; ; {
		i := strings.IndexByte(text[at:], '(')
		if i < 0 {
			break
		}
		open := at + i
		at = open + 1
		form, ok := shortFormAt(text, open+1)
		if !ok {
			continue
		}
		close := open + 1 + len(form)
		// The long name ends just before the parenthesis.
		end := open
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		k := slices.IndexFunc(ms, func(m Mention) bool { return m.End == end && (m.Kind == Actor || m.Kind == Instrument) })
		if k >= 0 && abbreviates(ms[k].Text, form) {
			long := ms[k]
			if covered(ms, open+1, close) {
				continue
			}
			def := Mention{Kind: long.Kind, Start: open + 1, End: close, Text: form, Targets: long.Targets, Ambiguous: long.Ambiguous, ShortForm: true}
			learned = append(learned, def)
			for from := close; ; {
				j := strings.Index(text[from:], form)
				if j < 0 {
					break
				}
				s, e := from+j, from+j+len(form)
				from = e
				if s > 0 && wordBefore(text, s) || e < len(text) && wordAt(text, e) {
					continue
				}
				use := def
				use.Start, use.End = s, e
				learned = append(learned, use)
			}
			continue
		}
		if start, ok := definedName(text, end, form); ok {
			hidden = append(hidden, [2]int{start, close})
		}
	}
	if len(learned) == 0 && len(hidden) == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if !slices.ContainsFunc(hidden, func(h [2]int) bool { return h[0] <= m.Start && m.End <= h[1] }) {
			out = append(out, m)
		}
	}
	for _, l := range learned {
		if !covered(out, l.Start, l.End) {
			out = append(out, l)
		}
	}
	slices.SortStableFunc(out, func(a, b Mention) int {
		switch {
		case before(a.Start, a.End, a.Kind, b.Start, b.End, b.Kind):
			return -1
		case before(b.Start, b.End, b.Kind, a.Start, a.End, a.Kind):
			return 1
		}
		return 0
	})
	return out
}

// shortFormAt returns the short form written at text[i:] and closed by
// ")", if there is one.
func shortFormAt(text string, i int) (string, bool) {
	caps := 0
	for j := i; j < len(text) && j-i <= maxShortForm; {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == ')':
			return text[i:j], caps >= 2
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		default:
			return "", false
		}
		j += n
	}
	return "", false
}

// abbreviates reports whether each capital of the short form begins a
// word of the long name (words split at spaces and hyphens): "CoW" for
// "Coalition of the Willing", "NPT" for "Treaty on the Non-Proliferation
// of Nuclear Weapons", but not "UA" for "Ukraine".
func abbreviates(long, form string) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(long, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		initials = append(initials, unicode.ToUpper(r))
	}
	for _, r := range form {
		if unicode.IsUpper(r) && !slices.Contains(initials, r) {
			return false
		}
	}
	return true
}

// covered reports whether a mention of ms overlaps [start, end).
func covered(ms []Mention, start, end int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.Start < end && start < m.End })
}

// definedName returns the start of a name ending at text[:end] whose
// capitalised words begin, in order, with the capitals of form; words in
// lower case between them ("on", "and", "in", "of the") are skipped.
func definedName(text string, end int, form string) (int, bool) {
	var capitals []rune
	for _, r := range form {
		if unicode.IsUpper(r) {
			capitals = append(capitals, r)
		}
	}
	pos := end
	for k := len(capitals) - 1; k >= 0; {
		// The word before pos.
		e := pos
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		s := e
		for s > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:s])
			if !isWord(r) && r != '-' && r != '\'' {
				break
			}
			s -= n
		}
		if s == e {
			return 0, false
		}
		first, _ := utf8.DecodeRuneInString(text[s:e])
		switch {
		case unicode.IsUpper(first):
			if first != capitals[k] {
				return 0, false
			}
			k--
		case e-s > 4: // a long lower-case word is not part of a name
			return 0, false
		}
		pos = s
		if k < 0 {
			return s, true
		}
	}
	return 0, false
}
