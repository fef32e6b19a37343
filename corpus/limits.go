package corpus

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/internal/jsontree"
)

// ErrLimit is the rule broken by a file that exceeds one of the [Limits]:
// each problem a limit causes is a *[accord.FieldError] whose Rule is
// ErrLimit, so errors.Is(err, ErrLimit) tells a caller that raising a
// limit (with [LoadWith]) would let the load go further.
var ErrLimit = jsontree.ErrLimit

// MaxDepthCeiling is the largest [Limits.MaxDepth] a load accepts: the
// parser descends by recursion, and this many levels use well under a
// megabyte of stack.
const MaxDepthCeiling = jsontree.MaxDepthCeiling

// check returns an error naming each limit that is negative or above its
// ceiling.
func (l Limits) check() error {
	var errs []error
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"MaxFileBytes", l.MaxFileBytes}, {"MaxDepth", int64(l.MaxDepth)}, {"MaxStringBytes", int64(l.MaxStringBytes)},
		{"MaxIDBytes", int64(l.MaxIDBytes)}, {"MaxProblems", int64(l.MaxProblems)},
	} {
		if f.v < 0 {
			errs = append(errs, fmt.Errorf("corpus: Limits.%s is %d; a limit is positive, or zero for the default", f.name, f.v))
		}
	}
	if l.MaxDepth > MaxDepthCeiling {
		errs = append(errs, fmt.Errorf("corpus: Limits.MaxDepth is %d; at most %d", l.MaxDepth, MaxDepthCeiling))
	}
	return errors.Join(errs...)
}

// tooLargeError is a file larger than Limits.MaxFileBytes.
type tooLargeError struct {
	size  int64 // the size, or -1 when the read stopped at the limit
	limit int64
}

// Error says how large the file is and what the limit is.
func (e *tooLargeError) Error() string {
	size := "more than " + strconv.FormatInt(e.limit, 10)
	if e.size >= 0 {
		size = strconv.FormatInt(e.size, 10)
	}
	return "the file is " + size + " bytes, larger than the limit (MaxFileBytes = " + strconv.FormatInt(e.limit, 10) + ")"
}

// Unwrap makes the error match [ErrLimit].
func (e *tooLargeError) Unwrap() error { return ErrLimit }

// readFile reads the file name, or fails with a *tooLargeError when it is
// larger than the limit: before reading when the file's size is known,
// else after reading one byte more than the limit.
func (l *loader) readFile(name string) ([]byte, error) {
	max := l.limits.MaxFileBytes
	if max <= 0 {
		max = math.MaxInt64 - 1
	}
	f, err := l.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
		if size > max {
			return nil, &tooLargeError{size: size, limit: max}
		}
	}
	var data []byte
	if size >= 0 {
		data = make([]byte, 0, size+1) // +1: room to see the end
	}
	data, err = readAll(io.LimitReader(f, max+1), data)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, &tooLargeError{size: -1, limit: max}
	}
	return data, nil
}

// readAll is io.ReadAll appending to buf.
func readAll(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// readProblem reports that the file or directory name could not be read
// (kind is the problem's kind when the cause is not a limit). A file that
// cannot be read leaves the ids it would define unknown, so references to
// them are not checked (see broken).
func (l *loader) readProblem(name string, kind error, what string, err error) {
	e := &accord.FieldError{Kind: kind, File: l.display(name), Detail: "cannot read the " + what + ": " + err.Error()}
	if errors.Is(err, ErrLimit) {
		e = &accord.FieldError{Kind: accord.ErrInvalid, File: l.display(name), Detail: err.Error(), Rule: ErrLimit}
	}
	l.broken = true
	l.add(e)
}

// syntaxProblem reports the syntax error err of f: the one problem a file
// that does not parse has. Its ids are unknown, so references to them are
// not checked (see broken): the cause is not buried under the problems it
// causes elsewhere.
func (l *loader) syntaxProblem(f *file, err error) {
	off := 0
	var se *jsontree.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	line, col := f.pos(off)
	e := &accord.FieldError{Kind: accord.ErrInvalid, File: f.name, Line: line, Column: col, Detail: "malformed JSON: " + err.Error()}
	if errors.Is(err, ErrLimit) {
		e.Detail, e.Rule = err.Error(), ErrLimit
	}
	l.broken = true
	l.add(e)
}

// idTooLong reports whether id, at f/p, is longer than the limit, and
// reports it if so: such an id is neither defined nor looked up.
func (l *loader) idTooLong(id string, f *file, p accord.Path) bool {
	if len(id) <= l.limits.MaxIDBytes || l.limits.MaxIDBytes <= 0 {
		return false
	}
	e := accord.Invalid(p, id, "an id of "+strconv.Itoa(len(id))+" bytes, longer than the limit (MaxIDBytes = "+strconv.Itoa(l.limits.MaxIDBytes)+")")
	l.report(f, e.WithRule(ErrLimit))
	return true
}

// add adds a problem, with what it quotes cut short (see clip). It keeps
// at most twice MaxProblems in memory: then it keeps the first
// MaxProblems in the order finish sorts them and counts the others.
func (l *loader) add(e *accord.FieldError) {
	if l.broken && e.Kind == accord.ErrNotFound {
		return // see dropDangling
	}
	l.errs = append(l.errs, clip(e))
	if max := l.limits.MaxProblems; max > 0 && len(l.errs) >= 2*max {
		l.trim()
	}
}

// omit counts problems a parse or decode found but did not keep.
func (l *loader) omit(ps *jsontree.Problems) { l.omitted += ps.Omitted }

// trim sorts the problems, drops repeats, and keeps the first
// MaxProblems, counting the others in omitted.
func (l *loader) trim() {
	l.errs.Sort()
	// Two checks may find the same problem (the loader and a domain
	// constructor both see a duplicate id): report it once, with the
	// message of the check that ran first.
	l.errs = slices.CompactFunc(l.errs, func(a, b *accord.FieldError) bool {
		return a.File == b.File && a.Line == b.Line && a.Column == b.Column && a.Path == b.Path && a.Kind == b.Kind
	})
	if max := l.limits.MaxProblems; max > 0 && len(l.errs) > max {
		l.omitted += len(l.errs) - max
		clear(l.errs[max:])
		l.errs = l.errs[:max]
	}
}

// dropDangling drops the dangling references found, when a file could
// not be read or parsed: the ids it defines are unknown, and the problem
// to fix is that file's (a domain constructor, which checks references
// among its own records, cannot know that).
func (l *loader) dropDangling() {
	if l.broken {
		l.errs = slices.DeleteFunc(l.errs, func(e *accord.FieldError) bool { return e.Kind == accord.ErrNotFound })
	}
}

// moreProblems returns the last problem of a list cut at MaxProblems.
func (l *loader) moreProblems() *accord.FieldError {
	return &accord.FieldError{
		Kind: accord.ErrInvalid, Rule: ErrLimit,
		Detail: "and " + strconv.Itoa(l.omitted) + " more problems not listed (limit MaxProblems = " + strconv.Itoa(l.limits.MaxProblems) + ")",
	}
}

// Lengths beyond which a problem's value, path and detail are cut, so
// that a huge value in a file does not become a huge message.
const (
	clipValue  = 80
	clipText   = 300
	clipMarker = "…"
)

// clip returns e, or a copy of it with its value, path and detail cut
// to a readable length; a cut value says how long it was.
func clip(e *accord.FieldError) *accord.FieldError {
	if len(e.Value) <= clipValue && len(e.Path.String()) <= clipText && len(e.Detail) <= clipText {
		return e
	}
	c := *e
	if n := len(c.Value); n > clipValue {
		c.Value = cut(c.Value, clipValue) + clipMarker
		c.Detail = cut(c.Detail, clipText) + " (the value, of " + strconv.Itoa(n) + " bytes, is cut)"
	} else {
		c.Detail = cut(c.Detail, clipText)
	}
	if p := c.Path.String(); len(p) > clipText {
		c.Path = accord.NewPath(cut(p, clipText) + clipMarker)
	}
	return &c
}

// cut returns s cut to at most n bytes, at a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
