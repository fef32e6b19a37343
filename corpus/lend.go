package corpus

import (
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/lend"
)

// Package settlement reads a corpus's instruments and frame in place
// through lend, so that an evaluation does not copy what it only reads;
// what it hands out are copies of its own.
func init() {
	lend.Instrument = func(src any, id string) (any, bool) {
		c, ok := src.(*Corpus)
		if !ok {
			return nil, false
		}
		c = c.orEmpty()
		i, ok := c.instruments.byID[id]
		if !ok {
			return (*guarantees.Instrument)(nil), true
		}
		return &c.instruments.list[i], true
	}
	lend.Frame = func(src any) (any, bool) {
		c, ok := src.(*Corpus)
		if !ok {
			return nil, false
		}
		c = c.orEmpty()
		return &c.settlements.frame, true
	}
}

// lentFrame returns the settlement frame of the loaded corpus, sharing its
// storage, for package settlement to read in place.
func (c *Corpus) lentFrame() settlement.Frame {
	return settlement.Frame{Bloc: c.settlements.bloc, Attacks: c.instruments.attacks, Bindings: c.settlements.bindings}
}
