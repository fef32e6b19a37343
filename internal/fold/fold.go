package fold

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
// Invalid UTF-8 is first replaced by U+FFFD (each run of invalid bytes by
// one). Combining marks are kept: й stays й, so Ukrainian and Russian
// names keep their letters. [FoldIndexed] folds the same way and also maps
// the folded text back to the original. Fold is safe for concurrent use.
func Fold(s string) string { return fold(s, false).text }

// Folded is a text normalised by [Fold] together with the way back: it
// maps every byte span of the folded text to the span of the original text
// it came from, so that a match found in folded text (by the tagger or by
// search) can be reported at its place in the text the user gave.
// [FoldIndexed] builds it; the zero Folded is the fold of "".
//
// The map is exact for ASCII and as fine as Unicode normalisation allows
// elsewhere: a folded character that came from a normalisation segment
// (a base character and its combining marks, or a character such as "ß"
// that folds to several) maps to the whole segment, and a collapsed run of
// white space maps to its first character. A Folded is immutable.
type Folded struct {
	text   string
	runs   []foldRun
	srcLen int
	// block[i] is the index of the run holding folded byte i<<blockShift,
	// so that finding a run is a search among the few runs of one block.
	block []int
}

// blockShift sets the size of the blocks of Folded.block: 128 bytes,
// about one run of English prose.
const blockShift = 7

// foldRun maps folded bytes [f, f+fn) to original bytes [o, o+on). A
// linear run maps byte for byte (fn == on); any other run maps as a unit.
type foldRun struct {
	f, fn, o, on int
	linear       bool
}

// FoldIndexed returns the same text as [Fold](s), with the map from its
// byte offsets back to byte offsets in s. Fold and FoldIndexed share one
// implementation, so Fold(s) == FoldIndexed(s).String() for every s.
func FoldIndexed(s string) Folded { return fold(s, true) }

// Buffer is memory that [FoldIndexed] work can reuse: the offset map and
// the normaliser's state. The tagger folds every text it tags and holds
// one Buffer per concurrent call, so that folding allocates only the
// folded text. The zero Buffer is ready to use; a Buffer must not be used
// by two goroutines at once.
type Buffer struct {
	runs    []foldRun
	block   []int
	caser   *cases.Caser
	cache   map[string]string
	scratch []byte
	segs    []seg
}

// maxCache is how many folded segments a Buffer keeps between uses; a
// Buffer that has folded texts in many scripts starts afresh.
const maxCache = 1024

// FoldIndexed is [FoldIndexed], reusing b's memory: the result's offset
// map is b's, valid until b's next FoldIndexed. Its text is its own.
func (b *Buffer) FoldIndexed(s string) Folded {
	if len(b.cache) > maxCache {
		clear(b.cache)
	}
	return foldInto(s, true, b)
}

// String returns the folded text, equal to [Fold] of the original.
func (f Folded) String() string { return f.text }

// Len returns the length of the folded text in bytes.
func (f Folded) Len() int { return len(f.text) }

// Origin returns the byte span [start, end) of the original text that the
// folded span [fstart, fend) came from: the smallest span of the original
// covering every character the folded bytes were produced from. Offsets
// are clamped to the folded text; an empty span maps to an empty span at
// the corresponding original position.
func (f Folded) Origin(fstart, fend int) (start, end int) {
	fstart = min(max(fstart, 0), len(f.text))
	fend = min(max(fend, fstart), len(f.text))
	start = f.originStart(fstart)
	if fend == fstart {
		return start, start
	}
	return start, max(start, f.originEnd(fend))
}

// A Cursor maps folded spans to the original text like [Folded.Origin],
// faster for spans met in increasing order (as a scan finds them): each
// search for the run holding an offset starts from the run found last
// time, a step or two away, rather than from the offset's block. Spans in
// any order are still mapped right. The zero Cursor is not usable; get one
// from [Folded.Cursor].
type Cursor struct {
	f          *Folded
	start, end int // the runs found last for a start and for an end
}

// Cursor returns a Cursor over f, which must outlive it.
func (f *Folded) Cursor() Cursor { return Cursor{f: f} }

// Origin is [Folded.Origin].
func (c *Cursor) Origin(fstart, fend int) (start, end int) {
	f := c.f
	fstart = min(max(fstart, 0), len(f.text))
	fend = min(max(fend, fstart), len(f.text))
	if fstart >= len(f.text) {
		return f.srcLen, f.srcLen
	}
	c.start = f.runFrom(c.start, fstart)
	r := f.runs[c.start]
	start = r.o
	if r.linear {
		start += fstart - r.f
	}
	if fend == fstart {
		return start, start
	}
	c.end = f.runFrom(c.end, fend-1)
	r = f.runs[c.end]
	if r.linear {
		end = r.o + fend - r.f
	} else {
		end = r.o + r.on
	}
	return start, max(start, end)
}

// runFrom returns the index of the run holding folded byte p (which is in
// the text), looking first at run i and the few after it.
func (f Folded) runFrom(i, p int) int {
	if i < len(f.runs) && f.runs[i].f <= p {
		for n := 0; n < 4; n++ {
			if i+1 == len(f.runs) || f.runs[i+1].f > p {
				return i
			}
			i++
		}
	}
	return f.runAt(p)
}

// originStart maps a folded offset used as the start of a span.
func (f Folded) originStart(p int) int {
	if p >= len(f.text) {
		return f.srcLen
	}
	r := f.runs[f.runAt(p)]
	if r.linear {
		return r.o + p - r.f
	}
	return r.o
}

// originEnd maps a folded offset used as the (exclusive) end of a span.
func (f Folded) originEnd(p int) int {
	if p <= 0 {
		return 0
	}
	r := f.runs[f.runAt(p-1)]
	if r.linear {
		return r.o + p - r.f
	}
	return r.o + r.on
}

// runAt returns the index of the run holding folded byte p.
func (f Folded) runAt(p int) int {
	// The run lies between the runs holding the first bytes of p's block
	// and of the next block.
	lo, hi := 0, len(f.runs)
	if b := p >> blockShift; b < len(f.block) {
		lo = f.block[b]
		if b+1 < len(f.block) {
			hi = f.block[b+1] + 1
		}
	}
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if f.runs[m].f <= p {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// fold is the implementation of Fold and FoldIndexed; it records the
// offset map only when index is set.
//
// It applies Fold's pipeline piece by piece rather than to the whole
// string, which is what makes offsets traceable. The pieces are cut where
// the pipeline cannot act across the cut: before an ASCII character that
// is not followed by a non-ASCII one (no ASCII character takes part in
// composition with what precedes it, and nothing decomposes or folds
// across it). Each remaining piece ("cluster") is processed by
// normalisation segment; when the folded segments do not join into
// normalised text, the cluster is processed whole instead. The result is
// therefore exactly the whole-string pipeline's.
func fold(s string, index bool) Folded { return foldInto(s, index, nil) }

// foldInto is fold reusing the memory of buf when it is not nil.
func foldInto(s string, index bool, buf *Buffer) Folded {
	if isFolded(s) {
		// Already in folded form: the result is s itself, mapped byte
		// for byte.
		f := Folded{text: s, srcLen: len(s)}
		if index && len(s) > 0 {
			var runs []foldRun
			var block []int
			if buf != nil {
				runs, block = buf.runs[:0], buf.block[:0]
			}
			f.runs = append(runs, foldRun{fn: len(s), on: len(s), linear: true})
			f.block = slices.Grow(block, (len(s)-1)>>blockShift+1)[:(len(s)-1)>>blockShift+1]
			clear(f.block) // every block is in run 0
			if buf != nil {
				buf.runs, buf.block = f.runs, f.block
			}
		}
		return f
	}
	b := folder{index: index, srcLen: len(s)}
	if buf != nil {
		b.caser, b.cache, b.scratch, b.segs = buf.caser, buf.cache, buf.scratch, buf.segs
	}
	b.buf.Grow(len(s))
	if index {
		// English prose needs about one run per 120 bytes (each curly
		// quote, dash or collapsed line break starts one); sizing for
		// that spares most of the slice's regrowth.
		if buf != nil {
			b.runs, b.block = buf.runs[:0], buf.block[:0]
		}
		b.runs = slices.Grow(b.runs, len(s)/100+4)
	}
	if buf != nil {
		defer func() {
			buf.runs, buf.block = b.runs, b.block
			buf.caser, buf.cache, buf.scratch, buf.segs = b.caser, b.cache, b.scratch, b.segs
		}()
	}
	for i := 0; i < len(s); {
		c := s[i]
		if asciiRun(s, i, i+1, b.pending || b.buf.Len() == 0) {
			// A run of ASCII text whose white space is single characters
			// between words folds byte for byte: lower-case letters, and
			// each white-space character becomes one space.
			b.flushSpace()
			// The first byte qualifies; extend the run while the next one
			// does (asciiRun's conditions, reading each byte once, with
			// one well-predicted branch per byte). Bytes that fold to
			// themselves are copied in chunks.
			f, j, chunk := b.buf.Len(), i, i
			for j < len(s) {
				x, y := asciiClass[s[j]], uint8(asciiIsSpace) // the end counts as white space
				if j+1 < len(s) {
					y = asciiClass[s[j+1]]
				}
				if (x|y)&asciiNonASCII|x&y&asciiIsSpace != 0 {
					break
				}
				if x&asciiChanges != 0 {
					b.buf.WriteString(s[chunk:j])
					b.buf.WriteByte(asciiFold[s[j]])
					chunk = j + 1
				}
				j++
			}
			b.buf.WriteString(s[chunk:j])
			if b.index {
				b.addRunAt(f, i, j-i, j-i, true)
			}
			i = j
			continue
		}
		if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.byte1(c, i)
			i++
			continue
		}
		j := i + 1 // the cluster runs to the next ASCII byte followed by ASCII or the end
		for j < len(s) && !(s[j] < utf8.RuneSelf && (j+1 == len(s) || s[j+1] < utf8.RuneSelf)) {
			j++
		}
		b.cluster(s[i:j], i)
		i = j
	}
	return b.result()
}

// isFolded reports whether s is its own fold, checked cheaply: ASCII
// with no upper-case letter and no white space but single spaces between
// other characters. (NFKC and case folding change no other ASCII byte,
// and step 2 of Fold maps only non-ASCII punctuation.) It allocates
// nothing, so folding text that is already folded costs one scan.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiClass[c]&(asciiNonASCII|asciiChanges) != 0 {
			return false // non-ASCII, a capital, or white space other than ' '
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// asciiRun reports whether s[i:j] can be folded byte for byte, given
// that s[i:j-1] can: its last byte is ASCII and followed by an ASCII byte
// or the end, and if it is white space it stands alone between two
// non-space bytes (it becomes one space). When spaceFirst is set (white
// space is pending, or nothing has been written yet) the run may not
// begin with white space.
func asciiRun(s string, i, j int, spaceFirst bool) bool {
	c := s[j-1]
	if c >= utf8.RuneSelf || (j < len(s) && s[j] >= utf8.RuneSelf) {
		return false
	}
	return !asciiSpace[c] || !(j-1 == i && spaceFirst || j == len(s) || asciiSpace[s[j]])
}

// asciiFold folds one ASCII byte within a run (see asciiRun); asciiSpace
// marks ASCII white space.
var asciiFold, asciiSpace = func() (f [256]byte, sp [256]bool) {
	for c := range 256 {
		f[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		f[c] = byte(c) + 'a' - 'A'
	}
	for _, c := range []byte(" \t\n\v\f\r") {
		f[c], sp[c] = ' ', true
	}
	return f, sp
}()

// Bits of asciiClass. A non-ASCII byte has asciiIsSpace set too, so that
// x&y&asciiIsSpace tests "both white space" only when neither is
// non-ASCII, which is tested first.
const (
	asciiNonASCII = 1 << iota // not ASCII: ends an ASCII run
	asciiIsSpace              // ASCII white space (or non-ASCII, see above)
	asciiChanges              // folds to another byte (capitals, white space but ' ')
)

// asciiClass classifies each byte for the ASCII run loop of fold.
var asciiClass = func() (cl [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			cl[c] = asciiNonASCII | asciiIsSpace
		case asciiSpace[c]:
			cl[c] = asciiIsSpace
		}
		if c < utf8.RuneSelf && asciiFold[c] != byte(c) {
			cl[c] |= asciiChanges
		}
	}
	return cl
}()

// folder accumulates folded text, collapsing white space, and the runs of
// the offset map.
type folder struct {
	index  bool
	srcLen int
	buf    strings.Builder // the folded text, returned without a copy
	runs   []foldRun
	block  []int // reused for Folded.block when not nil
	// space is the original offset of a pending white-space run (-1: none);
	// spaces are emitted only before the next non-space, which trims.
	space, spaceLen int
	pending         bool
	caser           *cases.Caser
	cache           map[string]string
	scratch         []byte
	segs            []seg
}

// seg is a normalisation segment's folded text and its original span.
type seg struct {
	out  string
	o, n int
}

func (b *folder) result() Folded {
	f := Folded{text: b.buf.String(), runs: b.runs, srcLen: b.srcLen}
	if b.index && len(f.text) > 0 {
		n := (len(f.text)-1)>>blockShift + 1
		b.block = slices.Grow(b.block[:0], n)[:n]
		f.block = b.block
		r := 0
		for i := range f.block {
			for p := i << blockShift; r+1 < len(f.runs) && f.runs[r+1].f <= p; {
				r++
			}
			f.block[i] = r
		}
	}
	return f
}

// byte1 emits one folded ASCII byte that came from original byte o.
func (b *folder) byte1(c byte, o int) {
	if isASCIISpace(c) {
		b.markSpace(o, 1)
		return
	}
	b.flushSpace()
	if b.index {
		b.addRun(o, 1, 1, true)
	}
	b.buf.WriteByte(c)
}

// addRun records that the next fn folded bytes come from original bytes
// [o, o+on), extending the last run when both are linear and contiguous.
func (b *folder) addRun(o, on, fn int, linear bool) { b.addRunAt(b.buf.Len(), o, on, fn, linear) }

// addRunAt is addRun for folded bytes starting at f.
func (b *folder) addRunAt(f, o, on, fn int, linear bool) {
	if n := len(b.runs); n > 0 && linear {
		r := &b.runs[n-1]
		if r.linear && r.f+r.fn == f && r.o+r.on == o {
			r.fn += fn
			r.on += on
			return
		}
	}
	b.runs = append(b.runs, foldRun{f: f, fn: fn, o: o, on: on, linear: linear})
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// markSpace notes white space at original bytes [o, o+n).
func (b *folder) markSpace(o, n int) {
	if !b.pending {
		b.pending, b.space, b.spaceLen = true, o, n
	}
}

// flushSpace emits the pending white space as one " ", unless nothing has
// been emitted yet (leading space is trimmed).
func (b *folder) flushSpace() {
	if !b.pending {
		return
	}
	b.pending = false
	if b.buf.Len() == 0 {
		return
	}
	if b.index {
		b.addRun(b.space, b.spaceLen, 1, b.spaceLen == 1)
	}
	b.buf.WriteByte(' ')
}

// emit appends the folded text out, produced from original bytes
// [o, o+on), collapsing the white space in it.
func (b *folder) emit(out string, o, on int) {
	for len(out) > 0 {
		r, size := utf8.DecodeRuneInString(out)
		if unicode.IsSpace(r) {
			b.markSpace(o, on)
			out = out[size:]
			continue
		}
		b.flushSpace()
		k := size // emit the run of non-space runes in one piece
		for k < len(out) {
			r, n := utf8.DecodeRuneInString(out[k:])
			if unicode.IsSpace(r) {
				break
			}
			k += n
		}
		if b.index {
			b.runs = append(b.runs, foldRun{f: b.buf.Len(), fn: k, o: o, on: on})
		}
		b.buf.WriteString(out[:k])
		out = out[k:]
	}
}

// cluster folds a piece of text that holds non-ASCII bytes, starting at
// original offset o.
func (b *folder) cluster(c string, o int) {
	if b.typographic(c, o) {
		return
	}
	for len(c) > 0 {
		// Invalid UTF-8: each run of invalid bytes becomes one U+FFFD, as
		// strings.ToValidUTF8 does; nothing composes across it.
		if r, size := utf8.DecodeRuneInString(c); r == utf8.RuneError && size == 1 {
			n := 1
			for n < len(c) {
				if r, size := utf8.DecodeRuneInString(c[n:]); r != utf8.RuneError || size != 1 {
					break
				}
				n++
			}
			b.emit("\uFFFD", o, n)
			c, o = c[n:], o+n
			continue
		}
		n := 0 // the valid prefix
		for n < len(c) {
			r, size := utf8.DecodeRuneInString(c[n:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			n += size
		}
		b.valid(c[:n], o)
		c, o = c[n:], o+n
	}
}

// typographicASCII maps the typographic characters most common in
// English text to what Fold makes of them. Each is its own NFKC form (or,
// for the no-break space, a plain space), a starter that composes with
// nothing, and unchanged by case folding, so next to ASCII it folds on its
// own: the map gives the same result as the full pipeline.
func typographicASCII(r rune) (byte, bool) {
	switch r {
	case '‘', '’':
		return '\'', true
	case '“', '”', '«', '»':
		return '"', true
	case '–', '—', '−':
		return '-', true
	case '\u00a0':
		return ' ', true
	}
	return 0, false
}

// simpleLetter reports whether r is a letter that Fold's pipeline maps
// on its own to unicode.ToLower(r), whatever stands next to it: the
// letters of the Cyrillic block up to U+045F and Ґ ґ, which covers
// Ukrainian and Russian names. Each is its own NFKC form, composes with
// no preceding character (none is a combining mark), case-folds to its
// lower-case letter, which is its own NFKC form too, and is neither
// punctuation nor white space. TestSimpleLetters checks each of these
// against x/text.
func simpleLetter(r rune) bool {
	return 0x0400 <= r && r <= 0x045f || r == 0x0490 || r == 0x0491
}

// typographic folds a cluster made only of ASCII, the characters of
// typographicASCII and simple letters (simpleLetter) without the
// normalisation machinery, and reports whether it did; otherwise it
// leaves the cluster untouched.
func (b *folder) typographic(c string, o int) bool {
	for _, r := range c {
		if r >= utf8.RuneSelf && !simpleLetter(r) {
			if _, ok := typographicASCII(r); !ok {
				return false
			}
		}
	}
	for i := 0; i < len(c); {
		if c[i] < utf8.RuneSelf {
			b.byte1(asciiFold[c[i]], o+i)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(c[i:])
		if simpleLetter(r) {
			b.flushSpace()
			lr := unicode.ToLower(r)
			if b.index {
				b.addRun(o+i, size, utf8.RuneLen(lr), false)
			}
			b.buf.WriteRune(lr)
			i += size
			continue
		}
		a, _ := typographicASCII(r)
		if a == ' ' {
			b.markSpace(o+i, size)
		} else {
			b.flushSpace()
			if b.index {
				b.addRun(o+i, size, 1, false)
			}
			b.buf.WriteByte(a)
		}
		i += size
	}
	return true
}

// valid folds valid UTF-8 text v at original offset o segment by segment,
// or whole when the segments' results do not join into normalised text.
func (b *folder) valid(v string, o int) {
	if !b.index {
		b.emit(b.pipeline(v), o, len(v))
		return
	}
	b.scratch = b.scratch[:0]
	segs := b.segs[:0]
	for p := 0; p < len(v); {
		n := norm.NFKC.NextBoundaryInString(v[p:], true)
		if n <= 0 {
			n = len(v) - p
		}
		out := b.pipeline(v[p : p+n])
		segs = append(segs, seg{out, o + p, n})
		b.scratch = append(b.scratch, out...)
		p += n
	}
	b.segs = segs
	if len(segs) > 1 && !norm.NFKC.IsNormal(b.scratch) {
		b.emit(b.pipeline(v), o, len(v))
		return
	}
	for _, sg := range segs {
		b.emit(sg.out, sg.o, sg.n)
	}
}

// pipeline applies steps 1 to 4 of Fold to valid UTF-8 text.
func (b *folder) pipeline(v string) string {
	if out, ok := b.cache[v]; ok {
		return out
	}
	if b.caser == nil {
		c := cases.Fold()
		b.caser = &c
		b.cache = make(map[string]string)
	}
	out := norm.NFKC.String(v)
	out = strings.Map(FoldPunct, out)
	out = b.caser.String(out)
	out = strings.Map(foldCherokee, out)
	out = norm.NFKC.String(out) // folding can un-normalise; Unicode's NFKC_Casefold closes with NFKC too
	if len(v) <= 64 {
		b.cache[v] = out
	}
	return out
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
// It counts without allocating, since the loader calls it for every
// anchor.
func WordCount(s string) int {
	// A word starts at a non-space character after white space (or at
	// the start). Counting with bits rather than branches: word
	// boundaries are too frequent for a branch to predict them.
	n, prev := 0, uint8(1) // prev: whether the last character was white space
	for i := 0; i < len(s); {
		var space uint8
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, almost every byte of an anchor: a table lookup
			// instead of decoding a rune for unicode.IsSpace.
			space = asciiSpaceBit[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				space = 1
			}
			i += size
		}
		n += int(prev &^ space)
		prev = space
	}
	return n
}

// asciiSpaceBit is asciiSpace as 0 or 1.
var asciiSpaceBit = func() (sp [utf8.RuneSelf]uint8) {
	for c := range sp {
		if asciiSpace[c] {
			sp[c] = 1
		}
	}
	return sp
}()
