package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus/figure"
	"github.com/accordmodel/accord/corpus/internal/ahocorasick"
)

// Tagger finds mentions in texts. It is built once from a gazetteer by
// [New] and is then immutable and safe for concurrent use; the cost of
// tagging a text grows with its length, not with the number of names.
type Tagger struct {
	matcher  *ahocorasick.Matcher
	patterns []pattern // indexed like the matcher's patterns
	targets  []Target
	entries  int
}

// pattern is one folded form and the targets it names.
type pattern struct {
	// first and last say whether the form begins and ends with a word
	// character, where a word boundary is then required.
	first, last bool
	refs        []ref
}

// ref is one target of a pattern; caps marks an acronym that matches
// only text written in capitals, initial a form that must begin with a
// capital letter.
type ref struct {
	target  int32
	caps    bool
	initial bool
}

// New builds a tagger from a gazetteer. Every entry is validated and all
// problems are returned together (paths "entries[i]…"); a gazetteer too
// large for one automaton (hundreds of millions of bytes of names) is an
// error too. On error the tagger is nil. An empty gazetteer gives a tagger that finds only
// figures.
func New(entries []Entry) (*Tagger, error) {
	var errs actors.ErrorList
	for i, e := range entries {
		errs = append(errs, e.Validate(actors.NewPath("entries").Index(i))...)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	t := &Tagger{entries: len(entries)}
	type key struct {
		kind Kind
		id   string
	}
	targetIdx := map[key]int32{} // one target per kind and id; the first name given wins
	patIdx := map[string]int{}
	var forms []string
	for _, e := range entries {
		ti, ok := targetIdx[key{e.Target.Kind, e.Target.ID}]
		if !ok {
			ti = int32(len(t.targets))
			targetIdx[key{e.Target.Kind, e.Target.ID}] = ti
			t.targets = append(t.targets, e.Target)
		}
		caps := capsOnly(e.Surface)
		for _, v := range variants(e.Surface, e.Target.Kind) {
			pi, ok := patIdx[v]
			if !ok {
				pi = len(forms)
				patIdx[v] = pi
				forms = append(forms, v)
				first, _ := utf8.DecodeRuneInString(v)
				last, _ := utf8.DecodeLastRuneInString(v)
				t.patterns = append(t.patterns, pattern{first: isWord(first), last: isWord(last)})
			}
			p := &t.patterns[pi]
			r := ref{target: ti, caps: caps, initial: e.Capitalised}
			if i := slices.IndexFunc(p.refs, func(x ref) bool { return x.target == ti }); i >= 0 {
				// The least restrictive spelling of one target wins.
				p.refs[i].caps = p.refs[i].caps && caps
				p.refs[i].initial = p.refs[i].initial && e.Capitalised
			} else {
				p.refs = append(p.refs, r)
			}
		}
	}
	m, err := ahocorasick.New(forms)
	if err != nil {
		return nil, err
	}
	t.matcher = m
	return t, nil
}

// MustNew is like [New] but panics on error. It is intended for tests and
// hard-coded gazetteers.
func MustNew(entries []Entry) *Tagger {
	t, err := New(entries)
	if err != nil {
		panic(err)
	}
	return t
}

// Len returns the number of gazetteer entries the tagger was built from.
func (t *Tagger) Len() int { return t.entries }

// Forms returns the number of distinct folded forms the tagger matches
// (entries, their variants, less duplicates).
func (t *Tagger) Forms() int { return len(t.patterns) }

// wordBefore reports whether the character before s[i] is part of a word.
func wordBefore(s string, i int) bool {
	if c := s[i-1]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWord(r)
}

// wordAt reports whether the character at s[i] is part of a word.
func wordAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWord(r)
}

// asciiWord marks the ASCII characters that are part of words.
var asciiWord = func() (w [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		w[c] = isWord(rune(c))
	}
	return w
}()

// isWord reports whether r is part of a word: a letter, digit or mark.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// candidate is a match of one kind at one folded span, before overlaps are
// resolved: the targets of that kind of pattern pat that passed the
// capitalisation checks.
type candidate struct {
	start, end int
	pat        int32
	kind       Kind
	caps       bool // written in capitals
	initial    bool // written with a capital initial
}

// Tag returns the mentions in text, ordered by start offset (longer first,
// then by kind). Names are matched after [actors.Fold] — ignoring case,
// typographic quotes and dashes and spacing — on word boundaries ("EU" is
// not found in "EUR", nor "Malta" in "Maltan"); possessive endings are not
// part of a mention. Where matches of one kind overlap, the leftmost
// (then the longest) wins; mentions of different kinds may overlap ("security
// assurances" inside the name of an instrument). Figures come from package
// figure. Invalid UTF-8 is tolerated; offsets always refer to text.
func (t *Tagger) Tag(text string) []Mention {
	folded := actors.FoldIndexed(text)
	fs := folded.String()
	cands := make([]candidate, 0, len(fs)/32)
	if t.matcher != nil {
		for m := range t.matcher.Matches(fs) {
			p := &t.patterns[m.Pattern]
			if p.first && m.Start > 0 && wordBefore(fs, m.Start) {
				continue
			}
			if p.last && m.End < len(fs) && wordAt(fs, m.End) {
				continue
			}
			cands = t.addCandidates(cands, m.Pattern, m.Start, m.End, text, folded)
		}
	}
	names := t.resolve(cands, folded)
	figures := figure.FindFolded(text, folded)
	return merge(text, names, figures)
}

// named is a resolved name mention, before it becomes a Mention.
type named struct {
	kind       Kind
	start, end int
	targets    []Target
}

// merge returns the name mentions (sorted by kind, then start) and the
// figures (sorted by start) as one list of mentions ordered by start,
// longer first, then by kind.
func merge(text string, names []named, figures []figure.Match) []Mention {
	out := make([]Mention, 0, len(names)+len(figures))
	var heads, ends [8]int // per kind, the next and the end of its name mentions
	for i, m := range names {
		if i == 0 || names[i-1].kind != m.kind {
			heads[m.kind] = i
		}
		ends[m.kind] = i + 1
	}
	fi := 0
	for {
		best := -1 // index into names; -1 with fi in range: the next figure
		bk, bs, be := Kind(0), 0, 0
		if fi < len(figures) {
			bk, bs, be = Figure, figures[fi].Start, figures[fi].End
		}
		for k := range heads {
			if heads[k] >= ends[k] {
				continue
			}
			m := &names[heads[k]]
			if bk == 0 || m.start < bs || m.start == bs && (m.end > be || m.end == be && m.kind < bk) {
				best, bk, bs, be = heads[k], m.kind, m.start, m.end
			}
		}
		switch {
		case bk == 0:
			return out
		case best < 0:
			f := figures[fi]
			out = append(out, Mention{Kind: Figure, Start: f.Start, End: f.End, Text: f.Text, Figure: f.Figure})
			fi++
		default:
			m := names[best]
			out = append(out, Mention{Kind: m.kind, Start: m.start, End: m.end, Text: text[m.start:m.end], Targets: m.targets, Ambiguous: len(m.targets) > 1})
			heads[m.kind]++
		}
	}
}

// addCandidates adds one candidate per kind among p's targets.
func (t *Tagger) addCandidates(cands []candidate, pi int, start, end int, text string, folded actors.Folded) []candidate {
	p := &t.patterns[pi]
	checked, capsOK, initialOK := false, false, false
	var kinds uint8 // kinds already added at this span
	for _, r := range p.refs {
		if (r.caps || r.initial) && !checked {
			os, oe := folded.Origin(start, end)
			first, _ := utf8.DecodeRuneInString(text[os:oe])
			capsOK, initialOK, checked = writtenInCapitals(text[os:oe]), unicode.IsUpper(first) || unicode.IsTitle(first), true
		}
		if r.caps && !capsOK || r.initial && !initialOK {
			continue
		}
		k := t.targets[r.target].Kind
		if kinds&(1<<k) != 0 {
			continue
		}
		kinds |= 1 << k
		cands = append(cands, candidate{start: start, end: end, pat: int32(pi), kind: k, caps: capsOK, initial: initialOK})
	}
	return cands
}

// writtenInCapitals reports whether s has letters and none is lower-case.
func writtenInCapitals(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// resolve keeps, per kind, the leftmost-longest non-overlapping
// candidates and turns them into mentions with offsets into text.
func (t *Tagger) resolve(cands []candidate, folded actors.Folded) []named {
	sortCandidates(cands)
	out := make([]named, 0, len(cands))
	// The mentions' target lists are cut from one backing array per call
	// (capacity-limited, so appending to one never overwrites another).
	var arena []Target
	lastEnd := -1
	for i, c := range cands {
		if i > 0 && cands[i-1].kind != c.kind {
			lastEnd = -1
		}
		if c.start < lastEnd {
			continue
		}
		lastEnd = c.end
		start, end := folded.Origin(c.start, c.end)
		m := named{kind: c.kind, start: start, end: end}
		refs := t.patterns[c.pat].refs
		if cap(arena)-len(arena) < len(refs) {
			arena = make([]Target, 0, max(len(refs), len(cands)-i))
		}
		from := len(arena)
		for _, r := range refs {
			if tg := t.targets[r.target]; tg.Kind == c.kind && !(r.caps && !c.caps) && !(r.initial && !c.initial) {
				arena = append(arena, tg)
			}
		}
		m.targets = arena[from:len(arena):len(arena)]
		slices.SortFunc(m.targets, func(a, b Target) int { return strings.Compare(a.ID, b.ID) })
		out = append(out, m)
	}
	return out
}

// sortCandidates orders candidates by kind, start, and longest first. The
// automaton reports them by end offset, which is nearly the start order,
// so a stable bucket by kind followed by insertion sort is linear in
// practice.
func sortCandidates(cands []candidate) {
	var count [8]int
	for _, c := range cands {
		count[c.kind]++
	}
	if len(cands) < 2 {
		return
	}
	var at [8]int
	for k := 1; k < len(at); k++ {
		at[k] = at[k-1] + count[k-1]
	}
	tmp := make([]candidate, len(cands))
	for _, c := range cands {
		tmp[at[c.kind]] = c
		at[c.kind]++
	}
	copy(cands, tmp)
	less := func(a, b *candidate) bool {
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	}
	for i := 1; i < len(cands); i++ {
		for j := i; j > 0 && less(&cands[j], &cands[j-1]); j-- {
			cands[j], cands[j-1] = cands[j-1], cands[j]
		}
	}
}
