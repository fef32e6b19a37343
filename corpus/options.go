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
// names one limit; a load that exceeds it reports a problem naming the
// file, the place and the limit. A zero field means the default.
type Limits struct {
	// MaxFileBytes is the largest data file read, in bytes.
	MaxFileBytes int64
	// MaxDepth is the deepest nesting of arrays and objects in a file.
	MaxDepth int
	// MaxStringBytes is the longest string value, in bytes (the wording
	// of a clause is the longest text the corpus holds).
	MaxStringBytes int
	// MaxIDBytes is the longest record id, in bytes.
	MaxIDBytes int
	// MaxProblems is how many problems a failed load lists before it
	// stops with "and N more".
	MaxProblems int
}

// DefaultLimits returns the limits a load uses when none are given: far
// above what real corpora need (the embedded corpus's largest file is
// under 200 KB and nests 9 levels deep).
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
