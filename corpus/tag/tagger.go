package tag

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/figure"
	"github.com/accordmodel/accord/corpus/internal/ahocorasick"
	"github.com/accordmodel/accord/corpus/internal/figurehook"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/fold"
)

// Tagger finds mentions in texts. It is built once from a gazetteer by
// [New] and is then immutable and safe for concurrent use; the cost of
// tagging a text grows with its length, not with the number of names.
// A nil or zero Tagger has no names: it finds figures only.
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
	// number marks a number written in words ("three"), which the
	// automaton finds for package figure together with the names.
	number bool
	refs   []ref
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
	if err := check.Each(accord.NewPath("entries"), entries).Err(); err != nil {
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
	// Each pattern's refs are sorted by target id, so that the targets of
	// a mention come out sorted without sorting them per mention.
	for i := range t.patterns {
		slices.SortStableFunc(t.patterns[i].refs, func(a, b ref) int {
			return strings.Compare(t.targets[a.target].ID, t.targets[b.target].ID)
		})
	}
	// Numbers in words are matched with the names, so that figures
	// written in words are found without another pass over the text.
	for _, w := range figurehook.NumberWords {
		pi, ok := patIdx[w]
		if !ok {
			pi = len(forms)
			patIdx[w] = pi
			forms = append(forms, w)
			t.patterns = append(t.patterns, pattern{first: true, last: true})
		}
		t.patterns[pi].number = true
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
func (t *Tagger) Len() int {
	t = t.orEmpty()
	return t.entries
}

// Forms returns the number of distinct folded forms the tagger matches
// (entries, their variants, less duplicates).
func (t *Tagger) Forms() int {
	t = t.orEmpty()
	return len(t.patterns)
}

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
	short      bool // a short form the text defines
}

// Tag returns the mentions in text, ordered by start offset (longer first,
// then by kind). It is [Tagger.TagWith] without options: ambiguous names
// are resolved by the dates the text itself states.
func (t *Tagger) Tag(text string) []Mention { return t.AppendTag(nil, text, Options{}) }

// TagWith returns the mentions in text, ordered by start offset (longer
// first, then by kind). Names are matched after folding — ignoring case,
// typographic quotes and dashes and spacing — on word boundaries ("EU" is
// not found in "EUR", nor "Malta" in "Maltan"); possessive endings are not
// part of a mention. One longest-match rule holds across all kinds, figures
// included: where matches overlap, the leftmost (then the longest) wins,
// so that "North Atlantic Treaty Organization" is one actor, not an
// instrument inside it, and "US$ 10 billion" one figure; matches of
// different kinds at the very same span are all kept. A name followed by
// "$" is a currency prefix, not a name. Short forms the text defines
// ("Coalition of the Willing (CoW)") are learned for the rest of the text
// (see [Mention.ShortForm]), and a name the text defines that the
// gazetteer does not know ("Conference on Security and Co-operation in
// Europe (CSCE)") hides the names inside it. A name several records
// share is narrowed by o ([Options]). Figures come from package figure.
// Invalid UTF-8 is tolerated; offsets always refer to text.
func (t *Tagger) TagWith(text string, o Options) []Mention { return t.AppendTag(nil, text, o) }

// AppendTag appends the mentions [Tagger.TagWith] returns for text to dst
// and returns the extended slice. A caller that tags many texts can pass
// the same slice each time (dst[:0]): the work of a call is done in memory
// the tagger reuses (for texts up to a megabyte), so that a call
// allocates the folded text and one array for the targets of all its
// mentions, and the result only when dst is too small. The targets of the
// mentions appended are their own: the mentions of earlier calls, and the
// tagger, do not share them. AppendTag is safe for concurrent use, each
// goroutine with its own dst.
func (t *Tagger) AppendTag(dst []Mention, text string, o Options) []Mention {
	t = t.orEmpty()
	s := scratches.Get().(*scratch)
	defer s.release(len(text))
	folded := s.fold.FoldIndexed(text)
	fs := folded.String()
	cands, words := s.cands[:0], s.words[:0] // words: numbers in words, for package figure
	if t.matcher != nil {
		for m := range t.matcher.Matches(fs) {
			p := &t.patterns[m.Pattern]
			if p.first && m.Start > 0 && wordBefore(fs, m.Start) {
				continue
			}
			if p.last && m.End < len(fs) && wordAt(fs, m.End) {
				continue
			}
			if p.number {
				words = append(words, [2]int{m.Start, m.End})
			}
			if m.End < len(fs) && fs[m.End] == '$' || len(p.refs) == 0 {
				continue // a currency prefix ("US$"), or a number only
			}
			cands = t.addCandidates(cands, m.Pattern, m.Start, m.End, text, folded)
		}
	}
	s.cands, s.words = cands, words
	// figurehook is set by package figure, which this package imports.
	if t.matcher != nil {
		figurehook.AppendAt(&s.figures, text, folded, words)
	} else {
		s.figures = append(s.figures, figurehook.Find(text, folded).([]figure.Match)...)
	}
	n := len(dst)
	dst = t.mentions(dst, s, text, folded)
	t.disambiguate(text, dst[n:], o, s)
	return dst
}

// scratch is the memory a tagging call works in, reused from one call to
// the next through scratches, so that tagging allocates little more than
// its result.
type scratch struct {
	fold    fold.Buffer
	cands   []candidate
	words   [][2]int
	figures []figure.Match
	learned []candidate // see definitions
	hidden  [][2]int
	forms   []string
	dates   []int // see disambiguate
}

// scratches holds the scratch memory not in use: one per tagging call
// running at the time, at most.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled is the longest text, in bytes, whose scratch memory is kept
// for later calls: the memory a call of a few megabytes grew is left to
// the garbage collector rather than held for the life of the process.
const maxPooled = 1 << 20

// release empties s, so that it holds no text of the call, and returns it
// to scratches unless it grew for a text of more than maxPooled bytes.
func (s *scratch) release(n int) {
	if n > maxPooled {
		return
	}
	clear(s.figures)
	clear(s.forms)
	s.cands, s.words, s.figures = s.cands[:0], s.words[:0], s.figures[:0]
	s.learned, s.hidden, s.forms, s.dates = s.learned[:0], s.hidden[:0], s.forms[:0], s.dates[:0]
	scratches.Put(s)
}

// before reports whether a mention at [as, ae) of kind ak is ordered
// before one at [bs, be) of kind bk: by start, longer first, then by kind.
func before(as, ae int, ak Kind, bs, be int, bk Kind) bool {
	if as != bs {
		return as < bs
	}
	if ae != be {
		return ae > be
	}
	return ak < bk
}

// mentions resolves the candidates and the figures (sorted by start)
// together — the leftmost-longest non-overlapping ones, whatever their
// kind, keeping every kind found at a winning span — applies the short
// forms the text defines (see definitions) and returns one list of
// mentions with offsets into text, ordered as [before] says. The result
// is allocated once, and the mentions' target lists are cut from one
// backing array (capacity-limited, so appending to one never overwrites
// another).
func (t *Tagger) mentions(dst []Mention, s *scratch, text string, folded fold.Folded) []Mention {
	cands, figures := s.cands, s.figures
	sortCandidates(cands)
	// Map the candidates' folded spans to the text, so that they can be
	// compared with the figures' spans.
	cur := folded.Cursor()
	for i := range cands {
		cands[i].start, cands[i].end = cur.Origin(cands[i].start, cands[i].end)
	}
	// Decide which candidates and figures win, compacting both in place,
	// and count the targets of the winners, so that the result is
	// allocated at its size.
	keptStart, keptEnd := -1, 0
	keep := func(start, end int) bool {
		if start >= keptEnd {
			keptStart, keptEnd = start, end
			return true
		}
		return start == keptStart && end == keptEnd
	}
	nc, nf, ntargets := 0, 0, 0
	for i, j := 0, 0; i < len(cands) || j < len(figures); {
		if j < len(figures) && (i == len(cands) || before(figures[j].Start, figures[j].End, Figure, cands[i].start, cands[i].end, cands[i].kind)) {
			if keep(figures[j].Start, figures[j].End) {
				figures[nf] = figures[j]
				nf++
			}
			j++
			continue
		}
		if c := cands[i]; keep(c.start, c.end) {
			cands[nc] = c
			nc++
			ntargets += len(t.patterns[c.pat].refs)
		}
		i++
	}
	cands, figures = t.definitions(s, text, cands[:nc], figures[:nf])
	if len(cands) != nc {
		ntargets = 0
		for _, c := range cands {
			ntargets += len(t.patterns[c.pat].refs)
		}
	}
	out := slices.Grow(dst, len(cands)+len(figures))
	arena := make([]Target, 0, ntargets)
	for i, j := 0, 0; i < len(cands) || j < len(figures); {
		if j < len(figures) && (i == len(cands) || before(figures[j].Start, figures[j].End, Figure, cands[i].start, cands[i].end, cands[i].kind)) {
			f := &figures[j]
			out = append(out, Mention{Kind: Figure, Start: f.Start, End: f.End, Text: f.Text, Figure: f.Figure})
			j++
			continue
		}
		c := &cands[i]
		i++
		from := len(arena)
		// refs are sorted by target id, so each mention's targets are too.
		for _, r := range t.patterns[c.pat].refs {
			if tg := &t.targets[r.target]; tg.Kind == c.kind && !(r.caps && !c.caps) && !(r.initial && !c.initial) {
				arena = append(arena, *tg)
			}
		}
		targets := arena[from:len(arena):len(arena)]
		out = append(out, Mention{Kind: c.kind, Start: c.start, End: c.end, Text: text[c.start:c.end], Targets: targets, Ambiguous: len(targets) > 1, ShortForm: c.short})
	}
	return out
}

// addCandidates adds one candidate per kind among p's targets.
func (t *Tagger) addCandidates(cands []candidate, pi int, start, end int, text string, folded fold.Folded) []candidate {
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

// sortCandidates orders candidates as [before] does: by start, longest
// first, then by kind. The automaton reports them by end offset, which
// is nearly the start order, so insertion sort is linear in practice.
func sortCandidates(cands []candidate) {
	for i := 1; i < len(cands); i++ {
		c := cands[i]
		j := i
		for ; j > 0 && before(c.start, c.end, c.kind, cands[j-1].start, cands[j-1].end, cands[j-1].kind); j-- {
			cands[j] = cands[j-1]
		}
		cands[j] = c
	}
}

// emptyTagger is what a nil *Tagger reads as: a tagger without names,
// which finds figures only (the rule of the accord package on nil
// values).
var emptyTagger = &Tagger{}

// orEmpty returns t, or an empty tagger when t is nil.
func (t *Tagger) orEmpty() *Tagger {
	if t == nil {
		return emptyTagger
	}
	return t
}
