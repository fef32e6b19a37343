// Package lend lets package settlement read, in place, the instruments and
// the settlement frame a corpus holds and the instrument a subject is
// assessed on, instead of the copies the public API hands out. The
// packages that own the data set the functions when they are initialised;
// a caller must never write through what they return nor hand it out, and
// hands out only copies of its own (as its results already do).
package lend

// Instrument, set by package corpus, returns for a *corpus.Corpus a
// *guarantees.Instrument in the corpus's storage for the instrument with
// the given id (a nil pointer when there is none) and lent true; for any
// other source it returns lent false, and the caller asks the source's
// public method.
var Instrument func(src any, id string) (in any, lent bool)

// Frame, set by package corpus, returns for a *corpus.Corpus its
// settlement frame, a *settlement.Frame in the corpus's storage, and lent
// true; for any other source, lent false.
var Frame func(src any) (frame any, lent bool)

// Subject, set by package guarantees, is guarantees.InstrumentSubject
// without the copy of the instrument: in is a *guarantees.Instrument, and
// the guarantees.Subject it stores at sub (a *guarantees.Subject) shares
// its storage; it stores at reading (a *guarantees.Reading) the subject's
// operative reading, without copying it either, and reports whether there
// is one.
var Subject func(in any, adopt []string, sub, reading any) (hasRead bool, err error)
