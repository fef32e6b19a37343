package corpus

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/fold"
)

// Errors of [Corpus.LookupInstrument], matched with errors.Is.
var (
	// ErrUnknownInstrument: no instrument has this name, short name or
	// alias.
	ErrUnknownInstrument = errors.New("unknown instrument name")
	// ErrAmbiguousInstrument: several instruments share this name; the
	// error is an [*AmbiguousInstrumentError] listing them.
	ErrAmbiguousInstrument = errors.New("ambiguous instrument name")
)

// AmbiguousInstrumentError reports a name that several instruments share.
type AmbiguousInstrumentError struct {
	// Name is the name looked up, as given.
	Name string
	// IDs are the instruments known by that name, in registry order.
	IDs []string
}

// Error lists the candidates.
func (e *AmbiguousInstrumentError) Error() string {
	if e == nil {
		return ErrAmbiguousInstrument.Error()
	}
	return fmt.Sprintf("%s %q: it may mean %s", ErrAmbiguousInstrument, e.Name, strings.Join(e.IDs, ", "))
}

// Is makes an AmbiguousInstrumentError match [ErrAmbiguousInstrument].
func (e *AmbiguousInstrumentError) Is(target error) bool { return target == ErrAmbiguousInstrument }

// LookupInstrument returns a deep copy of the one instrument known by
// name: its name, short name or one of its aliases ([guarantees.Instrument.Names]),
// also without a parenthetical remark ("Swiss neutrality" for "Swiss
// neutrality (1815)"; parentheses that are part of a name, as in
// "42(7)", stay). Names are compared as the actors' are
// ([actors.Registry.Lookup]): after folding, with a leading "the" ignored,
// so case, typographic quotes and dashes and spacing do not matter. It
// returns an error matching [ErrUnknownInstrument] when no instrument
// has the name, and an [*AmbiguousInstrumentError] (matching
// [ErrAmbiguousInstrument]) when several do.
func (c *Corpus) LookupInstrument(name string) (guarantees.Instrument, error) {
	c = c.orEmpty()
	ix := c.instruments.byName[instrumentKey(name)]
	switch len(ix) {
	case 0:
		return guarantees.Instrument{}, fmt.Errorf("%w %q", ErrUnknownInstrument, name)
	case 1:
		return c.instruments.list[ix[0]].Clone(), nil
	}
	ids := make([]string, len(ix))
	for i, x := range ix {
		ids[i] = c.instruments.list[x].ID
	}
	return guarantees.Instrument{}, &AmbiguousInstrumentError{Name: name, IDs: ids}
}

// instrumentKey is the folded form names are looked up by.
func instrumentKey(name string) string { return strings.TrimPrefix(fold.Fold(name), "the ") }

// instrumentNames returns the names of an instrument the tagger and
// LookupInstrument know: every name in [guarantees.Instrument.Names],
// and each also without its parenthetical remarks, without repeats.
func instrumentNames(in guarantees.Instrument) []string {
	var out []string
	for _, n := range in.Names() {
		for _, v := range []string{n, withoutParentheses(n)} {
			if v != "" && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// indexInstrumentNames builds the name index of the instruments.
func (d *instrumentData) indexNames() {
	d.byName = make(map[string][]int, 4*len(d.list))
	for i, in := range d.list {
		for _, n := range instrumentNames(in) {
			k := instrumentKey(n)
			if k != "" && !slices.Contains(d.byName[k], i) {
				d.byName[k] = append(d.byName[k], i)
			}
		}
	}
}
