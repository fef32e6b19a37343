package tag

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accordmodel/accord/corpus/figure"
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

// maxShortForms is the most short forms one text may define; later ones
// are not learned. Each distinct short form costs a search of the rest
// of the text, so that the cost of tagging stays linear in its length.
const maxShortForms = 64

// definitions applies the short forms text defines to the winning
// candidates and figures (each sorted as [before] says, none overlapping
// another but for kinds sharing a span) and returns both lists, still
// sorted: it adds each short form and its later uses as candidates of
// the long name's pattern, marked short, and drops what lies inside a
// defined name the gazetteer does not know.
func (t *Tagger) definitions(s *scratch, text string, cands []candidate, figures []figure.Match) ([]candidate, []figure.Match) {
	learned := s.learned[:0] // the definitions, then their uses
	hidden := s.hidden[:0]   // spans of defined names the gazetteer does not know
	forms := s.forms[:0]     // the short forms learned, each searched for once
	defer func() { s.learned, s.hidden, s.forms = learned, hidden, forms }()
	k := 0 // cands[k] is the first candidate that does not end before the parenthesis
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
		// Candidates do not overlap (but for kinds sharing a span), so
		// their ends grow with their starts.
		for k < len(cands) && cands[k].end < end {
			k++
		}
		long := -1
		for j := k; j < len(cands) && cands[j].end == end; j++ {
			if c := cands[j].kind; c == Actor || c == Instrument {
				long = j
				break
			}
		}
		if long >= 0 && abbreviates(text[cands[long].start:cands[long].end], form) {
			if covered(cands, figures, open+1, close) {
				continue // the short form is a name already
			}
			def := cands[long]
			def.start, def.end, def.short = open+1, close, true
			learned = append(learned, def)
			// A short form defined again keeps the meaning of its first
			// definition, whose uses are already found.
			if slices.Contains(forms, form) || len(forms) == maxShortForms {
				continue
			}
			forms = append(forms, form)
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
				use.start, use.end = s, e
				learned = append(learned, use)
			}
			continue
		}
		if start, ok := definedName(text, end, form); ok {
			hidden = append(hidden, [2]int{start, close})
		}
	}
	if len(hidden) > 0 {
		cands = dropInside(cands, hidden, func(c candidate) (int, int) { return c.start, c.end })
		figures = dropInside(figures, hidden, func(f figure.Match) (int, int) { return f.Start, f.End })
	}
	if len(learned) == 0 {
		return cands, figures
	}
	// Merge the learned candidates (few) into cands from the back: each
	// candidate moves at most once.
	slices.SortStableFunc(learned, func(a, b candidate) int { return cmp.Compare(a.start, b.start) })
	kept := learned[:0]
	for _, l := range learned {
		if !covered(cands, figures, l.start, l.end) && (len(kept) == 0 || kept[len(kept)-1].end <= l.start) {
			kept = append(kept, l)
		}
	}
	n := len(cands)
	cands = append(cands, kept...)
	i, w := n-1, len(cands)-1
	for j := len(kept) - 1; j >= 0; w-- {
		if i >= 0 && before(kept[j].start, kept[j].end, kept[j].kind, cands[i].start, cands[i].end, cands[i].kind) {
			cands[w] = cands[i]
			i--
			continue
		}
		cands[w] = kept[j]
		j--
	}
	return cands, figures
}

// dropInside removes, in place, the elements of list (sorted by start)
// that lie inside one of the spans of hidden (sorted).
func dropInside[T any](list []T, hidden [][2]int, span func(T) (int, int)) []T {
	out := list[:0]
	h := 0
	for _, x := range list {
		s, e := span(x)
		for h < len(hidden) && hidden[h][1] <= s {
			h++
		}
		if h < len(hidden) && hidden[h][0] <= s && e <= hidden[h][1] {
			continue
		}
		out = append(out, x)
	}
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
	for _, r := range form {
		if unicode.IsUpper(r) && !initial(long, r) {
			return false
		}
	}
	return true
}

// initial reports whether a word of name (words split at spaces and
// hyphens) begins with r or with a letter whose upper case is r.
func initial(name string, r rune) bool {
	start := true
	for _, c := range name {
		if unicode.IsSpace(c) || unicode.Is(unicode.Pd, c) {
			start = true
			continue
		}
		if start && unicode.ToUpper(c) == r {
			return true
		}
		start = false
	}
	return false
}

// covered reports whether a candidate or a figure overlaps [start, end).
// Both lists are sorted by start and their elements do not overlap (but
// for kinds sharing a span), so only the last element of each that starts
// before end can reach start.
func covered(cands []candidate, figures []figure.Match, start, end int) bool {
	i, _ := slices.BinarySearchFunc(cands, end, func(c candidate, end int) int { return cmp.Compare(c.start, end) })
	if i > 0 && cands[i-1].end > start {
		return true
	}
	j, _ := slices.BinarySearchFunc(figures, end, func(f figure.Match, end int) int { return cmp.Compare(f.Start, end) })
	return j > 0 && figures[j-1].End > start
}

// maxDefinedName is the longest name, in bytes, definedName reads back
// from a short form.
const maxDefinedName = 200

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
	lower := max(0, end-maxDefinedName) // names are not longer
	for k := len(capitals) - 1; k >= 0; {
		// The word before pos.
		e := pos
		for e > lower && text[e-1] == ' ' {
			e--
		}
		s := e
		for s > lower {
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
