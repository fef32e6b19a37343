package corpus

// LoadOptions changes how [LoadWith] reads a corpus. The zero value is what
// [Load] uses: the default [Limits].
type LoadOptions struct {
	// Limits bounds what the files may hold; a zero field takes its
	// default from [DefaultLimits].
	Limits Limits
}

// Limits bounds the input a load accepts, so that a hostile or careless
// file gets a clear error instead of exhausting memory or time. Each field
// names one limit; a load that exceeds it reports a *[accord.FieldError]
// naming the file (and, for all but MaxFileBytes and MaxProblems, the line,
// column and record path), the limit by its field name and its value, with
// [ErrLimit] as its Rule, so that errors.Is(err, ErrLimit) tells a caller
// that raising a limit would let the load go further. A zero field means
// the default of [DefaultLimits]; a negative one, or a MaxDepth above
// [MaxDepthCeiling], makes [LoadWith] fail.
//
// Besides the limits, the loader's time is linear in the input and, for
// files of well-formed records, it allocates at most 8 bytes per byte of
// input (BenchmarkLoadPerByte measures both).
type Limits struct {
	// MaxFileBytes is the largest data file read, in bytes. A larger
	// file is refused before it is read when the file system reports its
	// size, else once one byte more than the limit has been read; it
	// yields that one problem, and the references to the records it
	// would define are not checked.
	MaxFileBytes int64
	// MaxDepth is the deepest nesting of arrays and objects in a file
	// (the top-level value is depth 1; the corpus's files nest 9 deep).
	// Deeper input stops the parse of the file with that one problem.
	// The parser descends by recursion, so the limit is at most
	// [MaxDepthCeiling] whatever is asked.
	MaxDepth int
	// MaxStringBytes is the longest string (a key or a value) and the
	// longest number literal, in bytes of the file; the wording of a
	// clause is the longest text the corpus holds. A longer one is a
	// problem at the value, and the load goes on to report the others.
	MaxStringBytes int
	// MaxIDBytes is the longest record id, and the longest id a
	// reference or citation may name, in bytes. A longer id is a problem
	// at the id; the record is not defined under it.
	MaxIDBytes int
	// MaxProblems is how many problems a failed load lists: the first
	// MaxProblems in file, line and column order, then one more, with no
	// file, saying "and N more problems not listed". A file of a million
	// bad values never holds a million errors in memory: the parser, the
	// decoder and the loader each keep at most this many (twice, for the
	// loader) and count the rest.
	MaxProblems int
}

// DefaultLimits returns the limits a load uses when none are given: far
// above what real corpora need (the embedded corpus's largest file is
// under 200 KB, nests 9 levels deep, and its longest string is under
// 2 KB), so that only a broken or hostile file meets them.
//
//	MaxFileBytes    32 MiB
//	MaxDepth        128
//	MaxStringBytes  1 MiB
//	MaxIDBytes      200
//	MaxProblems     1000
func DefaultLimits() Limits {
	return Limits{
		MaxFileBytes:   32 << 20,
		MaxDepth:       128,
		MaxStringBytes: 1 << 20,
		MaxIDBytes:     200,
		MaxProblems:    1000,
	}
}

// withDefaults returns l with every zero field set to its default.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxFileBytes == 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxDepth == 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxStringBytes == 0 {
		l.MaxStringBytes = d.MaxStringBytes
	}
	if l.MaxIDBytes == 0 {
		l.MaxIDBytes = d.MaxIDBytes
	}
	if l.MaxProblems == 0 {
		l.MaxProblems = d.MaxProblems
	}
	return l
}
