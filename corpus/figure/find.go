package figure

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"sync"

	"github.com/accordmodel/accord/corpus/internal/figurehook"
	"github.com/accordmodel/accord/internal/fold"
)

// ErrNoFigure is wrapped by the error [Parse] returns for text that is not
// exactly one figure.
var ErrNoFigure = errors.New("not a figure")

// Match is a figure found in a text, at Text = text[Start:End] (byte
// offsets into the text as given, before folding).
type Match struct {
	Figure
	Start, End int
	Text       string
}

// Find returns every figure in text, left to right, without overlaps.
// Matching is done on the folded text, so case,
// typographic dashes and white space do not matter; offsets refer to text.
func Find(text string) []Match { return findFolded(text, fold.FoldIndexed(text)) }

// The tagger folds a text once and uses it for names and figures alike; it
// reaches findFolded through package figurehook.
func init() {
	figurehook.Find = func(text string, folded fold.Folded) any { return findFolded(text, folded) }
	figurehook.AppendAt = func(dst any, text string, folded fold.Folded, words [][2]int) {
		p := dst.(*[]Match)
		*p = appendFoldedAt(*p, text, folded, words)
	}
	for w := range numberWords {
		figurehook.NumberWords = append(figurehook.NumberWords, w)
	}
	slices.Sort(figurehook.NumberWords)
}

// findFolded is [Find] for a text already folded: folded must be
// fold.FoldIndexed(text).
func findFolded(text string, folded fold.Folded) []Match {
	return appendFoldedAt(nil, text, folded, numberWordSpans(folded.String()))
}

// finder is the memory figure finding reuses from one call to the next:
// the windows of a text and the tokens of a chunk.
type finder struct {
	wins [][2]int
	toks []token
}

// maxPooled is the longest text, in bytes, whose finder is kept for later
// calls: the windows of a text of megabytes are left to the garbage
// collector rather than held for the life of the process.
const maxPooled = 1 << 20

// finders holds the finders not in use.
var finders = sync.Pool{New: func() any { return new(finder) }}

// appendFoldedAt appends the figures of a text whose number words are
// known to out: words are their spans in the folded text, in order.
func appendFoldedAt(out []Match, text string, folded fold.Folded, words [][2]int) []Match {
	fs := folded.String()
	fd := finders.Get().(*finder)
	if len(fs) <= maxPooled {
		defer finders.Put(fd)
	}
	fd.wins = appendWindows(fd.wins[:0], fs, words)
	toks := fd.toks[:0] // reused across windows
	defer func() {
		clear(toks) // hold no text
		fd.toks = toks[:0]
	}()
	cur := folded.Cursor() // figures are found left to right
	for _, w := range fd.wins {
		s := fs[w[0]:w[1]]
		// The window is lexed and scanned a chunk of tokens at a time,
		// keeping lookahead tokens beyond the scan position, so that the
		// tokens held stay few however long the window (a text dense with
		// figures is one window).
		toks = toks[:0]
		pos, i := 0, 0 // next byte to lex; scan position in toks
		for {
			toks, pos = lexFrom(toks, s, pos, chunkTokens)
			done := pos == len(s)
			sc := scanner{toks: toks, text: s}
			for i < len(toks) && (done || i+lookahead <= len(toks)) {
				if !sc.numberNear(i) || !sc.canStart(i) {
					i++
					continue
				}
				f, j, ok := sc.at(i)
				if !ok {
					i++
					continue
				}
				start, end := cur.Origin(w[0]+toks[i].start, w[0]+toks[j-1].end)
				out = append(out, Match{Figure: f, Start: start, End: end, Text: text[start:end]})
				i = j
			}
			if done {
				break
			}
			toks = toks[:copy(toks, toks[i:])]
			i = 0
		}
	}
	return out
}

// Figure finding holds at most chunkTokens+lookahead tokens of a window.
// No figure is read from more than lookahead tokens (the longest forms,
// "between US $20 and US $40 billion per year", take about 15), so a
// figure is never cut at the end of a chunk.
const (
	chunkTokens = 4096
	lookahead   = 256
)

// Every figure holds a digit or a number word, and none reaches further
// than a few words
// before its first digit ("between $20", "Sept. 3") or after its last
// ("$40 billion per year"). Only these windows around digits are lexed.
const (
	wordsBefore = 4
	wordsAfter  = 8
)

// windows returns the spans of the folded text fs that can hold figures:
// from wordsBefore words before each run of digits or number word
// ("three") to wordsAfter words after it, merged where they touch, cut at
// spaces. A window starts at the (wordsBefore+1)th space before its run
// (or at 0) and ends just after the (wordsAfter+1)th space after it (or at
// len(fs)).
//
// The time is linear in len(fs) however few spaces the text has
// ("a1a1a1…" or "1,000,000,…" used to be quadratic): the walk back from a
// run stops at the end of the run before it, and the walk forward at the
// start of the run after it. A window whose walk stops there touches its
// neighbour and is merged with it, which is what the unbounded walk would
// have given; so each byte between two runs is looked at at most twice,
// and in prose, where the words run out long before the next run, far
// fewer bytes are looked at than the text holds.
func windows(fs string, words [][2]int) [][2]int { return appendWindows(nil, fs, words) }

// appendWindows appends the windows of fs to out (see windows).
func appendWindows(out [][2]int, fs string, words [][2]int) [][2]int {
	ds, de := -1, -1 // the next run of digits at or after i
	ws, we := -1, -1 // the next number word at or after i
	nw := 0          // the index in words of the next number word
	// next returns the first run of digits or number word at or after i,
	// or len(fs), len(fs).
	next := func(i int) (int, int) {
		if ds < i {
			ds = nextDigit(fs, i)
			de = ds
			for de < len(fs) && isDigit(fs[de]) {
				de++
			}
		}
		for ws < i {
			for nw < len(words) && words[nw][0] < i {
				nw++
			}
			ws, we = len(fs), len(fs)
			if nw < len(words) {
				ws, we = words[nw][0], words[nw][1]
			}
		}
		if ws < ds {
			return ws, we
		}
		return ds, de
	}
	prev := 0 // the end of the run before the current one
	for d, e := next(0); d < len(fs); {
		nd, ne := next(e)
		start := d
		for n := 0; start > prev && n <= wordsBefore; start-- {
			if fs[start-1] == ' ' {
				n++
			}
		}
		end := e
		for n := 0; end < nd && n <= wordsAfter; end++ {
			if fs[end] == ' ' {
				n++
			}
		}
		if k := len(out); k > 0 && start <= out[k-1][1] {
			out[k-1][1] = end
		} else {
			out = append(out, [2]int{start, end})
		}
		prev, d, e = e, nd, ne
	}
	return out
}

// Parse reads s as exactly one figure: "85,000 personnel", "€110–120
// billion", "between $20 and $40 billion per year", "3–5% of" is not one
// (it has a trailing word) but "3–5%" is. It accepts every form [Find]
// recognises and the canonical form [Figure.String] writes. Text that is
// not exactly one figure gets an error wrapping [ErrNoFigure]; so does a
// number too large for a float64 ("1" followed by 103 groups of ",000"),
// which is never read as an infinite figure. The Value and Max of every
// figure Parse and [Find] return are finite.
func Parse(s string) (Figure, error) {
	fs := fold.Fold(s)
	sc := scanner{toks: lex(fs), text: fs}
	if len(sc.toks) == 0 {
		return Figure{}, fmt.Errorf("%w: empty text", ErrNoFigure)
	}
	f, j, ok := sc.at(0)
	if !ok {
		for _, t := range sc.toks {
			if t.kind == tNum && !finite(t.val) {
				return Figure{}, fmt.Errorf("%w: %q: the number %q is too large to represent", ErrNoFigure, s, t.text)
			}
		}
		return Figure{}, fmt.Errorf("%w: %q", ErrNoFigure, s)
	}
	if j != len(sc.toks) {
		return Figure{}, fmt.Errorf("%w: %q has text after the figure %q", ErrNoFigure, s, fs[sc.toks[0].start:sc.toks[j-1].end])
	}
	return f, nil
}

// MustParse is like [Parse] but panics on error. It is intended for tests
// and hard-coded values.
func MustParse(s string) Figure {
	f, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return f
}

// nextDigit returns the offset of the first ASCII digit in s at or after
// i, or len(s) if there is none. Digits are rare in prose, so it tests
// eight bytes at a time: a byte b is a digit when its top bit is clear
// and its low seven bits y satisfy 0x30 <= y <= 0x39, which per-byte
// additions that cannot carry into the next byte decide for all eight.
func nextDigit(s string, i int) int {
	const (
		ones = 0x0101010101010101
		low7 = 0x7f * ones
		top  = 0x80 * ones
	)
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		y := x & low7
		atLeast0 := y + (0x80-'0')*ones // top bit set where y >= '0'
		atMost9 := (0x80+'9')*ones - y  // top bit set where y <= '9'
		if m := atLeast0 & atMost9 &^ x & top; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return len(s)
}
