package corpus

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/seq"
)

const (
	kindInstrument = "instrument"
	instrumentFile = "instruments.json"
)

// instrumentData is the loaded registry of security instruments.
type instrumentData struct {
	list   []guarantees.Instrument // in file order
	byID   map[string]int
	byName map[string][]int // folded name → indices, ascending
}

// loadInstruments reads instruments.json (optional), validates every
// instrument, defines their ids and refers to the actors they name (when
// the corpus has an actor registry).
func (c *Corpus) loadInstruments(l *loader) {
	var v struct {
		Instruments []guarantees.Instrument `json:"instruments"`
	}
	f := l.registry(instrumentFile, true, &v)
	if f == nil {
		return
	}
	base := accord.NewPath("instruments")
	c.instruments = instrumentData{list: v.Instruments, byID: make(map[string]int, len(v.Instruments))}
	for i, in := range v.Instruments {
		p := base.Index(i)
		l.report(f, in.Validate(p)...)
		l.define(kindInstrument, in.ID, f, "instruments", i)
		if _, dup := c.instruments.byID[in.ID]; !dup {
			c.instruments.byID[in.ID] = i
		}
		for j, pt := range in.Parties {
			l.refIfDefined(kindActor, pt.Actor, f, p.Child("parties").Index(j).Child("actor"))
		}
		for j, cl := range in.Clauses {
			for k, r := range cl.Revisions {
				l.refAll(kindActor, r.By, f, p.Child("clauses").Index(j).Child("revisions").Index(k).Child("by"))
			}
		}
		for j, e := range in.Events {
			l.refAll(kindActor, e.Actors, f, p.Child("events").Index(j).Child("actors"))
		}
	}
	c.instruments.indexNames()
}

// Instruments returns every security instrument, in registry order. Each
// is a deep copy.
func (c *Corpus) Instruments() iter.Seq[guarantees.Instrument] {
	return seq.Map(c.instruments.list, guarantees.Instrument.Clone)
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

// GuaranteeSituation returns the situation the corpus itself records: every
// breach of an instrument by an actor counts as an attack by that actor
// on the instrument's protected parties (Russia on Ukraine in 2014, the
// German Empire on Belgium and Luxembourg in 1914). Attacks are sorted and
// without repeats.
func (c *Corpus) GuaranteeSituation() guarantees.Situation {
	var sit guarantees.Situation
	for _, in := range c.instruments.list {
		for _, e := range in.Events {
			if e.Kind != guarantees.EventBreached {
				continue
			}
			for _, who := range e.Actors {
				for _, victim := range in.ProtectedParties() {
					a := guarantees.Attack{Attacker: who, Victim: victim, When: e.When.From}
					if victim != who && !slices.Contains(sit.Attacks, a) {
						sit.Attacks = append(sit.Attacks, a)
					}
				}
			}
		}
	}
	slices.SortFunc(sit.Attacks, func(a, b guarantees.Attack) int {
		return cmp.Or(a.When.Compare(b.When), strings.Compare(a.Attacker, b.Attacker), strings.Compare(a.Victim, b.Victim))
	})
	return sit
}

// RankedInstrument is one row of [Corpus.RankInstruments]: an instrument
// and its assessment.
type RankedInstrument struct {
	Instrument guarantees.Instrument
	Assessment guarantees.Assessment
}

// RankInstruments assesses every instrument's base text in the situation
// sit and returns them from strongest to weakest: by score, then by name in
// English collation order.
func (c *Corpus) RankInstruments(sit guarantees.Situation) []RankedInstrument {
	out := make([]RankedInstrument, 0, len(c.instruments.list))
	for _, in := range c.instruments.list {
		in = in.Clone()
		out = append(out, RankedInstrument{Instrument: in, Assessment: in.Assess(sit)})
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
