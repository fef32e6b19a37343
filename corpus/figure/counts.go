package figure

import "strings"

// Figures as people write them beyond numbers with a fixed unit: a
// number with a unit joined by a hyphen ("30-day", "10-15-year"), a
// ratio ("20 times smaller"), and a count of any plural noun, also after
// other words ("2 organizations", "5,000 air defense missiles", "12 EU
// states").

// hyphenUnits are the units written in the singular after a hyphen
// ("30-day", "72-hour", "five-year").
var hyphenUnits = map[string]string{
	"hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years",
	"decade": "decades", "century": "centuries",
}

// hyphenated reads "-day" and the like after the number f ending before
// token j.
func (sc *scanner) hyphenated(f Figure, j int) (Figure, int, bool) {
	if !sc.sym(j, "-") || !sc.adjacent(j-1) || !sc.adjacent(j) {
		return Figure{}, 0, false
	}
	u, ok := hyphenUnits[sc.tok(j+1).text]
	if !ok || sc.tok(j+1).kind != tWord {
		return Figure{}, 0, false
	}
	f.Kind, f.Unit = Duration, u
	return f, j + 2, true
}

// comparatives are the words after "times" that make a ratio, and the
// direction each gives.
var comparatives = map[string]string{
	"larger": "times larger", "bigger": "times larger", "greater": "times larger", "more": "times larger",
	"higher": "times larger", "as": "times larger",
	"smaller": "times smaller", "less": "times smaller", "fewer": "times smaller", "lower": "times smaller",
}

// ratio reads "times larger", "times smaller", "times as many" after the
// number f ending before token j. "Three times" alone is how often, not a
// ratio.
func (sc *scanner) ratio(f Figure, j int) (Figure, int, bool) {
	if !sc.word(j, "times") || sc.tok(j+1).kind != tWord {
		return Figure{}, 0, false
	}
	u, ok := comparatives[sc.tok(j+1).text]
	if !ok {
		return Figure{}, 0, false
	}
	k := j + 2
	if sc.word(j+1, "as") {
		if !sc.word(k, "many") && !sc.word(k, "much") {
			return Figure{}, 0, false
		}
		k++
	}
	f.Kind, f.Unit = Ratio, u
	return f, k, true
}

// notCounts are words before a number that make it a label, not a count:
// "Article 5 guarantees", "Resolution 2202", "Option 3 states".
var notCounts = map[string]bool{
	"article": true, "art": true, "section": true, "chapter": true, "paragraph": true, "para": true,
	"clause": true, "resolution": true, "no": true, "number": true, "point": true, "option": true,
	"phase": true, "stage": true, "level": true, "tier": true, "page": true, "pp": true, "p": true,
	"item": true, "protocol": true, "annex": true, "rule": true, "step": true, "part": true,
	"round": true, "group": true, "category": true, "class": true, "minsk": true, "scenario": true,
}

// notModifiers are words that cannot stand between a number and what it
// counts.
var notModifiers = map[string]bool{
	"of": true, "and": true, "the": true, "in": true, "to": true, "for": true, "on": true, "at": true,
	"by": true, "with": true, "from": true, "per": true, "or": true, "a": true, "an": true, "than": true,
	"as": true, "that": true, "which": true, "who": true, "were": true, "was": true, "are": true,
	"is": true, "be": true, "been": true, "have": true, "had": true, "has": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "must": true, "not": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "this": true, "these": true,
	"those": true, "into": true, "over": true, "under": true, "after": true, "before": true,
	"during": true, "since": true, "until": true, "between": true, "but": true, "if": true, "when": true,
	"times": true, "it": true, "they": true, "we": true, "he": true, "she": true, "there": true,
}

// notPlurals are words ending in "s" that are not plural nouns.
var notPlurals = map[string]bool{
	"does": true, "always": true, "perhaps": true, "besides": true, "towards": true, "afterwards": true,
	"whereas": true, "sometimes": true, "times": true, "was": true, "has": true, "its": true, "this": true,
	"thus": true, "his": true, "hers": true, "ours": true, "yours": true, "theirs": true, "unless": true,
	"news": true, "less": true, "across": true, "says": true, "means": true, "remains": true,
	"seems": true, "goes": true, "makes": true, "takes": true, "gives": true, "calls": true,
	"requires": true, "provides": true,
	// Fractions: "two thirds" is a share, not a count of thirds.
	"halves": true, "thirds": true, "quarters": true, "fifths": true, "sixths": true, "sevenths": true,
	"eighths": true, "ninths": true, "tenths": true,
}

// plural reports whether w looks like an English plural noun.
func plural(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || notPlurals[w] {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "'s"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// maxModifiers is the number of words read between a number and the
// plural noun it counts ("5,000 air defense missiles").
const maxModifiers = 2

// counted reads what the number f, ending before token j, counts: up to
// maxModifiers words, then a unit or a plural noun. The unit of a plural
// noun is the noun with its modifiers, as written (folded): "air defense
// missiles". A number after a word such as "Article" is a label, not a
// count.
func (sc *scanner) counted(f Figure, lo number, j int) (Figure, int, bool) {
	first := j - 1
	for first > 0 && sc.toks[first].start > lo.tok.start {
		first--
	}
	prev := first - 1
	if sc.sym(prev, ".") {
		prev--
	}
	if p := sc.tok(prev); p.kind == tWord && notCounts[p.text] {
		return Figure{}, 0, false
	}
	var buf [maxModifiers + 1]string
	words := buf[:0]
	k := j
	for m := 0; m <= maxModifiers; m++ {
		t := sc.tok(k)
		if t.kind != tWord || notModifiers[t.text] || scales[t.text] != 0 {
			return Figure{}, 0, false
		}
		if m > 0 {
			if u, e, ok := sc.unit(k); ok {
				f.Kind, f.Unit = u.kind, u.unit
				return f, e, true
			}
		}
		if _, ok := months[t.text]; ok {
			return Figure{}, 0, false
		}
		// A hyphenated modifier is one word: "extended-range missiles".
		if sc.sym(k+1, "-") && sc.adjacent(k) && sc.adjacent(k+1) && sc.tok(k+2).kind == tWord {
			if e := sc.tok(k + 2).end; e <= len(sc.text) {
				words = append(words, sc.text[t.start:e]) // the same, without building it
			} else {
				words = append(words, t.text+"-"+sc.tok(k+2).text)
			}
			k += 3
			continue
		}
		words = append(words, t.text)
		if plural(t.text) && !(sc.adjacent(k) && sc.tok(k+1).kind == tWord) {
			f.Kind, f.Unit = Count, sc.joined(words, j, k+1)
			return f, k + 1, true
		}
		k++
	}
	return Figure{}, 0, false
}

// joined returns words, read from tokens [from, to), joined by spaces:
// the text of those tokens when it reads so, as folded text does (one
// space between words), which costs no allocation.
func (sc *scanner) joined(words []string, from, to int) string {
	if e := sc.toks[to-1].end; e <= len(sc.text) {
		s := sc.text[sc.toks[from].start:e]
		rest := s
		for i, w := range words {
			var ok bool
			if rest, ok = strings.CutPrefix(rest, w); !ok {
				break
			}
			if i == len(words)-1 {
				if rest == "" {
					return s
				}
				break
			}
			if rest, ok = strings.CutPrefix(rest, " "); !ok {
				break
			}
		}
	}
	return strings.Join(words, " ")
}
