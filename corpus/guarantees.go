package corpus

import (
	"iter"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
)

const (
	kindInstrument = "instrument"
	instrumentFile = "instruments.json"
)

// instrumentData is the loaded registry of security instruments.
type instrumentData struct {
	list []guarantees.Instrument // in file order
	byID map[string]int
}

// loadInstruments starts the job that decodes instruments.json (optional),
// validates every instrument, declares their ids, refers to the actors they
// name (when the corpus has an actor registry) and declares every
// citation. The job fills c.instruments; there is no follow-up.
func (c *Corpus) loadInstruments(l *loader) (followUp func()) {
	l.spawnFile(instrumentFile, true, func(l *loader) { c.decodeInstruments(l) })
	return nil
}

// decodeInstruments is the job of loadInstruments.
func (c *Corpus) decodeInstruments(l *loader) {
	var v struct {
		Instruments []guarantees.Instrument `json:"instruments"`
	}
	if !l.decode(&v) {
		return
	}
	const file = instrumentFile
	base := accord.NewPath("instruments")
	actorRef := func(id string, p accord.Path) { l.refIfDefined(kindActor, id, file, p) }
	c.instruments = instrumentData{list: v.Instruments, byID: make(map[string]int, len(v.Instruments))}
	for i, in := range v.Instruments {
		p := base.Index(i)
		l.report(file, in.Validate(p))
		l.define(kindInstrument, in.ID, file, p.Child("id"))
		if _, dup := c.instruments.byID[in.ID]; !dup {
			c.instruments.byID[in.ID] = i
		}
		l.citeAll(file, p.Child("evidence"), in.Evidence)
		for j, pt := range in.Parties {
			pp := p.Child("parties").Index(j)
			actorRef(pt.Actor, pp.Child("actor"))
			l.citeAll(file, pp.Child("evidence"), pt.Evidence)
		}
		for j, cl := range in.Clauses {
			cp := p.Child("clauses").Index(j)
			l.citeAll(file, cp.Child("evidence"), cl.Evidence)
			for k, r := range cl.Revisions {
				rp := cp.Child("revisions").Index(k)
				for m, by := range r.By {
					actorRef(by, rp.Child("by").Index(m))
				}
				l.citeAll(file, rp.Child("evidence"), r.Evidence)
			}
		}
		for j, e := range in.Events {
			ep := p.Child("events").Index(j)
			for m, a := range e.Actors {
				actorRef(a, ep.Child("actors").Index(m))
			}
			l.citeAll(file, ep.Child("evidence"), e.Evidence)
		}
		for j, t := range in.Traits {
			l.citeAll(file, p.Child("traits").Index(j).Child("evidence"), t.Evidence)
		}
		for j, d := range in.Disagreements {
			for k, vw := range d.Views {
				l.citeAll(file, p.Child("disagreements").Index(j).Child("views").Index(k).Child("evidence"), vw.Evidence)
			}
		}
	}
}

// Instruments returns every security instrument, in registry order. Each
// is a deep copy.
func (c *Corpus) Instruments() iter.Seq[guarantees.Instrument] {
	return func(yield func(guarantees.Instrument) bool) {
		for _, in := range c.instruments.list {
			if !yield(in.Clone()) {
				return
			}
		}
	}
}

// Instrument returns a deep copy of the instrument with the given id.
func (c *Corpus) Instrument(id string) (guarantees.Instrument, bool) {
	i, ok := c.instruments.byID[id]
	if !ok {
		return guarantees.Instrument{}, false
	}
	return c.instruments.list[i].Clone(), true
}

// NumInstruments returns the number of security instruments.
func (c *Corpus) NumInstruments() int { return len(c.instruments.list) }

// GuaranteeContext returns the context the corpus itself records: every
// breach of an instrument by an actor counts as an attack by that actor
// on the instrument's protected parties (Russia on Ukraine in 2014, the
// German Empire on Belgium and Luxembourg in 1914). Attacks are sorted and
// without repeats.
func (c *Corpus) GuaranteeContext() guarantees.Context {
	var ctx guarantees.Context
	for _, in := range c.instruments.list {
		for _, e := range in.Events {
			if e.Kind != guarantees.EventBreached {
				continue
			}
			for _, who := range e.Actors {
				for _, victim := range in.ProtectedParties() {
					a := guarantees.Attack{Attacker: who, Victim: victim, When: e.When.From}
					if victim != who && !slices.Contains(ctx.Attacks, a) {
						ctx.Attacks = append(ctx.Attacks, a)
					}
				}
			}
		}
	}
	slices.SortFunc(ctx.Attacks, func(a, b guarantees.Attack) int {
		if d := a.When.Compare(b.When); d != 0 {
			return d
		}
		if a.Attacker != b.Attacker {
			return compareStrings(a.Attacker, b.Attacker)
		}
		return compareStrings(a.Victim, b.Victim)
	})
	return ctx
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// RankedInstrument is one row of [Corpus.RankInstruments]: an instrument
// and its assessment.
type RankedInstrument struct {
	Instrument guarantees.Instrument
	Assessment guarantees.Assessment
}

// RankInstruments assesses every instrument's base text in ctx and returns
// them from strongest to weakest: by score, then by name in English
// collation order.
func (c *Corpus) RankInstruments(ctx guarantees.Context) []RankedInstrument {
	out := make([]RankedInstrument, 0, len(c.instruments.list))
	for _, in := range c.instruments.list {
		in = in.Clone()
		out = append(out, RankedInstrument{Instrument: in, Assessment: in.Assess(ctx)})
	}
	coll := collate.New(language.English)
	slices.SortStableFunc(out, func(a, b RankedInstrument) int {
		if a.Assessment.Score != b.Assessment.Score {
			return b.Assessment.Score - a.Assessment.Score
		}
		return coll.CompareString(a.Instrument.Title(), b.Instrument.Title())
	})
	return out
}
