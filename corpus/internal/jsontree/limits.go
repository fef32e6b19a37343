package jsontree

import (
	"errors"
	"strconv"
)

// ErrLimit is the rule broken by input that exceeds one of the [Limits]:
// every problem and *[SyntaxError] a limit causes matches it with
// [errors.Is].
var ErrLimit = errors.New("limit exceeded")

// MaxDepthCeiling is the deepest nesting [ParseWith] accepts whatever
// [Limits.MaxDepth] says: the parser descends by recursion, and this many
// levels use well under a megabyte of stack.
const MaxDepthCeiling = 10_000

// Limits bounds what [ParseWith] accepts. A zero field means no limit,
// except MaxDepth, whose zero means [MaxDepthCeiling].
type Limits struct {
	// MaxDepth is the deepest nesting of arrays and objects; deeper
	// input is a *[SyntaxError] (the text cannot be parsed further).
	MaxDepth int
	// MaxStringBytes is the longest string or number literal, in bytes
	// of the text; a longer one is a [Problem] at the literal.
	MaxStringBytes int
}

// depth returns the nesting limit the parser applies.
func (l Limits) depth() int {
	if l.MaxDepth <= 0 || l.MaxDepth > MaxDepthCeiling {
		return MaxDepthCeiling
	}
	return l.MaxDepth
}

// Problems collects the problems of one parse or one decode, in the order
// they are found (the order of the text, but for the problems of one
// string, which come in the order they are checked): the first Max of them (all of
// them when Max is 0) in List, and how many more there were in Omitted.
// Capping at the source keeps a file of a million bad values from holding
// a million errors. A decode also lists in Rejected the offset of every
// value it rejected (kept or not), in the order of the text: what a
// validator later finds at or below such a value is about the zero value
// left in its place.
type Problems struct {
	Max      int
	List     []Problem
	Omitted  int
	Rejected []int
}

// full reports whether List holds Max problems already: a caller about
// to build a problem counts it instead.
func (ps *Problems) full() bool { return ps.Max > 0 && len(ps.List) >= ps.Max }

// add keeps p, or counts it when the list is full.
func (ps *Problems) add(p Problem) {
	if ps.full() {
		ps.Omitted++
		return
	}
	ps.List = append(ps.List, p)
}

// limitError returns the *SyntaxError for the limit named name (a field of
// Limits) exceeded at offset.
func limitError(offset int, msg, name string, limit int) *SyntaxError {
	return &SyntaxError{Offset: offset, Msg: msg + " (limit " + name + " = " + strconv.Itoa(limit) + ")", Limit: name}
}
