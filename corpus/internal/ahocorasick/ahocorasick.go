package ahocorasick

import (
	"errors"
	"iter"
	"math"
)

// ErrTooLarge is returned by [New] when the patterns need more automaton
// states than its transition table can address (about two billion
// entries: hundreds of millions of bytes of patterns).
var ErrTooLarge = errors.New("ahocorasick: too many patterns for one automaton")

// Matcher is a compiled set of patterns. It is immutable after [New] and
// safe for concurrent use. The zero Matcher has no patterns and matches
// nothing.
type Matcher struct {
	// class maps each byte to its column in delta; bytes that occur in no
	// pattern share class 0.
	class    [256]uint16
	nclasses int
	// delta is the complete transition table, nclasses entries per state;
	// state 0 is the root. Entries hold the target state's row offset,
	// bitwise negated when a pattern ends at the target.
	delta []int32
	// first is the first pattern ending at a state (-1: none); same chains
	// further patterns with identical text.
	first []int32
	// dict is the nearest state on the failure chain where a pattern ends
	// (-1: none), so reporting never walks states without output.
	dict []int32
	// emits marks states where some pattern ends, directly or via dict.
	emits []bool
	// lens holds each pattern's length in bytes; same links duplicates.
	lens []int32
	same []int32
	// maxLen is the length of the longest pattern, the deepest state.
	maxLen int
}

// Match is one occurrence of a pattern: Pattern is its index in the slice
// given to [New], and text[Start:End] equals the pattern.
type Match struct {
	Pattern    int
	Start, End int
}

// New compiles patterns. Empty patterns never match. Identical patterns
// are allowed and each is reported. The only error is [ErrTooLarge].
func New(patterns []string) (*Matcher, error) {
	m := &Matcher{}
	used := [256]bool{}
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			used[p[i]] = true
		}
	}
	m.nclasses = 1
	for b := range 256 {
		if used[b] {
			m.class[b] = uint16(m.nclasses)
			m.nclasses++
		}
	}
	nc := m.nclasses
	total := 1
	for _, p := range patterns {
		total += len(p)
	}
	if total > math.MaxInt32/nc {
		return nil, ErrTooLarge
	}
	m.newState()
	m.lens = make([]int32, len(patterns))
	m.same = make([]int32, len(patterns))
	// The trie: -1 marks a missing edge until the automaton is completed.
	for id, p := range patterns {
		m.lens[id] = int32(len(p))
		m.maxLen = max(m.maxLen, len(p))
		m.same[id] = -1
		if p == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int32(m.class[p[i]])
			next := m.delta[s*int32(nc)+c]
			if next < 0 {
				next = m.newState()
				m.delta[s*int32(nc)+c] = next
			}
			s = next
		}
		m.same[id] = m.first[s]
		m.first[s] = int32(id)
	}
	// Breadth-first: complete every state's row with its failure state's
	// transitions, and link each state to the nearest output on its chain.
	fail := make([]int32, len(m.first))
	queue := make([]int32, 0, len(m.first))
	for c := range nc {
		t := m.delta[c]
		if t < 0 {
			m.delta[c] = 0
			continue
		}
		fail[t] = 0
		queue = append(queue, t)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := fail[s]
		if m.first[f] >= 0 {
			m.dict[s] = f
		} else {
			m.dict[s] = m.dict[f]
		}
		m.emits[s] = m.first[s] >= 0 || m.dict[s] >= 0
		row, frow := s*int32(nc), f*int32(nc)
		for c := range int32(nc) {
			t := m.delta[row+c]
			if t < 0 {
				m.delta[row+c] = m.delta[frow+c]
				continue
			}
			fail[t] = m.delta[frow+c]
			queue = append(queue, t)
		}
	}
	// Encode each transition as the target's row offset in delta, negated
	// (^offset) when the target emits, so that scanning needs one lookup
	// and one sign test per byte.
	for i, t := range m.delta {
		off := t * int32(nc)
		if m.emits[t] {
			off = ^off
		}
		m.delta[i] = off
	}
	return m, nil
}

func (m *Matcher) newState() int32 {
	for range m.nclasses {
		m.delta = append(m.delta, -1)
	}
	m.first = append(m.first, -1)
	m.dict = append(m.dict, -1)
	m.emits = append(m.emits, false)
	return int32(len(m.first) - 1)
}

// Len returns the number of patterns.
func (m *Matcher) Len() int { return len(m.lens) }

// States returns the number of automaton states, a measure of its size.
func (m *Matcher) States() int { return len(m.first) }

// A long text is read in blocks of walks parts of part bytes, each part
// walked by its own walk; half is half a block. (Eight walks keep more
// lookups in flight than four, for 2% more tagging throughput; the
// matches they hold take 28 KB of stack.)
const (
	walks = 8
	part  = 512
	half  = walks * part / 2
)

// Matches returns every occurrence of every pattern in text, overlapping
// ones included, ordered by end offset (and, at one end, longest first).
//
// A scan is one dependent table lookup per byte, so its speed is bound by
// the latency of that lookup. Long texts are therefore read in blocks of
// eight parts walked side by side, which the processor overlaps: each walk
// but the first starts from the root maxLen bytes before its part (where
// it has by then reached the state a single walk would be in, since no
// state is deeper than maxLen), its matches are held until those of the
// parts before it are reported, and the last walk's final state carries
// on to the next block.
func (m *Matcher) Matches(text string) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		if len(m.first) == 0 {
			return
		}
		row, at := int32(0), 0
		delta, class := m.delta, &m.class
		if m.maxLen <= part/2 {
			var bufAt, bufRow [walks - 1][part]int32 // the later walks' outputs
			for ; at+walks*part <= len(text); at += walks * part {
				t0 := text[at+0*part : at+1*part]
				t1 := text[at+1*part : at+2*part]
				t2 := text[at+2*part : at+3*part]
				t3 := text[at+3*part : at+4*part]
				t4 := text[at+4*part : at+5*part]
				t5 := text[at+5*part : at+6*part]
				t6 := text[at+6*part : at+7*part]
				t7 := text[at+7*part : at+8*part]
				// The warm-ups of the later walks, side by side too: the
				// maxLen bytes before each part.
				r0 := row
				var r1, r2, r3, r4, r5, r6, r7 int32
				w1 := text[at+1*part-m.maxLen : at+1*part]
				w2 := text[at+2*part-m.maxLen : at+2*part]
				w3 := text[at+3*part-m.maxLen : at+3*part]
				w4 := text[at+4*part-m.maxLen : at+4*part]
				w5 := text[at+5*part-m.maxLen : at+5*part]
				w6 := text[at+6*part-m.maxLen : at+6*part]
				w7 := text[at+7*part-m.maxLen : at+7*part]
				for k := range len(w1) {
					r1 = delta[r1+int32(class[w1[k]])]
					r2 = delta[r2+int32(class[w2[k]])]
					r3 = delta[r3+int32(class[w3[k]])]
					r4 = delta[r4+int32(class[w4[k]])]
					r5 = delta[r5+int32(class[w5[k]])]
					r6 = delta[r6+int32(class[w6[k]])]
					r7 = delta[r7+int32(class[w7[k]])]
					if r1 < 0 {
						r1 = ^r1
					}
					if r2 < 0 {
						r2 = ^r2
					}
					if r3 < 0 {
						r3 = ^r3
					}
					if r4 < 0 {
						r4 = ^r4
					}
					if r5 < 0 {
						r5 = ^r5
					}
					if r6 < 0 {
						r6 = ^r6
					}
					if r7 < 0 {
						r7 = ^r7
					}
				}
				var n1, n2, n3, n4, n5, n6, n7 int
				for k := 0; k < part; k++ { // bytes, not runes
					r0 = delta[r0+int32(class[t0[k]])]
					r1 = delta[r1+int32(class[t1[k]])]
					r2 = delta[r2+int32(class[t2[k]])]
					r3 = delta[r3+int32(class[t3[k]])]
					r4 = delta[r4+int32(class[t4[k]])]
					r5 = delta[r5+int32(class[t5[k]])]
					r6 = delta[r6+int32(class[t6[k]])]
					r7 = delta[r7+int32(class[t7[k]])]
					if r0 < 0 {
						r0 = ^r0
						if !m.emit(r0, at+k, yield) {
							return
						}
					}
					if r1 < 0 {
						r1 = ^r1
						bufAt[0][n1], bufRow[0][n1] = int32(k), r1
						n1++
					}
					if r2 < 0 {
						r2 = ^r2
						bufAt[1][n2], bufRow[1][n2] = int32(k), r2
						n2++
					}
					if r3 < 0 {
						r3 = ^r3
						bufAt[2][n3], bufRow[2][n3] = int32(k), r3
						n3++
					}
					if r4 < 0 {
						r4 = ^r4
						bufAt[3][n4], bufRow[3][n4] = int32(k), r4
						n4++
					}
					if r5 < 0 {
						r5 = ^r5
						bufAt[4][n5], bufRow[4][n5] = int32(k), r5
						n5++
					}
					if r6 < 0 {
						r6 = ^r6
						bufAt[5][n6], bufRow[5][n6] = int32(k), r6
						n6++
					}
					if r7 < 0 {
						r7 = ^r7
						bufAt[6][n7], bufRow[6][n7] = int32(k), r7
						n7++
					}
				}
				for w, n := range [walks - 1]int{n1, n2, n3, n4, n5, n6, n7} {
					base := at + (w+1)*part
					for j := range n {
						if !m.emit(bufRow[w][j], base+int(bufAt[w][j]), yield) {
							return
						}
					}
				}
				row = r7
			}
		}
		for i := at; i < len(text); i++ {
			row = delta[row+int32(class[text[i]])]
			if row >= 0 {
				continue
			}
			row = ^row
			if !m.emit(row, i, yield) {
				return
			}
		}
	}
}

// emit yields every pattern that ends with text[i] in the state at row
// offset row, and reports whether to go on.
func (m *Matcher) emit(row int32, i int, yield func(Match) bool) bool {
	for t := row / int32(m.nclasses); t >= 0; t = m.dict[t] {
		for id := m.first[t]; id >= 0; id = m.same[id] {
			if !yield(Match{Pattern: int(id), Start: i + 1 - int(m.lens[id]), End: i + 1}) {
				return false
			}
		}
	}
	return true
}
