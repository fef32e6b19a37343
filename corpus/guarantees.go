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

const kindInstrument = "instrument"

// instrumentData is the loaded registry of security instruments.
type instrumentData struct {
	list   []guarantees.Instrument // in file order
	byID   map[string]int
	byName map[string][]int // folded name → indices, ascending
	// attacks are the attacks the instruments' breaches record, sorted
	// and without repeats, worked out once the corpus is loaded.
	attacks []guarantees.Attack
}

// loadInstruments reads the instrument registry of a layer
// (instruments.json or instruments/*.json, optional), validates every
// instrument, defines their ids and refers to the actors they name (when
// the corpus has an actor registry).
func (c *Corpus) loadInstruments(l *loader) {
	if c.instruments.byID == nil {
		c.instruments.byID = map[string]int{}
	}
	registryFiles(l, "instruments", false, func(f *file, v *instrumentsFile) { c.addInstruments(l, f, v.Instruments) })
}

// instrumentsFile is the content of instruments.json.
type instrumentsFile struct {
	Instruments []guarantees.Instrument `json:"instruments"`
}

// addInstruments validates and adds the instruments of f.
func (c *Corpus) addInstruments(l *loader, f *file, list []guarantees.Instrument) {
	base := accord.NewPath("instruments")
	first := len(c.instruments.list)
	c.instruments.list = appendRecords(c.instruments.list, list)
	nodes := f.root.Get("instruments")
	for i, in := range list {
		p := base.Index(i)
		if !f.rejectedRecord(nodes, i) {
			l.report(f, in.Validate(p)...)
		}
		l.define(kindInstrument, in.ID, f, "instruments", i)
		if _, dup := c.instruments.byID[in.ID]; !dup {
			c.instruments.byID[in.ID] = first + i
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
	c = c.orEmpty()
	return seq.Map(c.instruments.list, guarantees.Instrument.Clone)
}

// Instrument returns a deep copy of the instrument with the given id.
func (c *Corpus) Instrument(id string) (guarantees.Instrument, bool) {
	c = c.orEmpty()
	i, ok := c.instruments.byID[id]
	if !ok {
		return guarantees.Instrument{}, false
	}
	return c.instruments.list[i].Clone(), true
}

// NumInstruments returns the number of security instruments.
func (c *Corpus) NumInstruments() int {
	c = c.orEmpty()
	return len(c.instruments.list)
}

// GuaranteeSituation returns the situation the corpus itself records, the
// one default context in which every output of accord (the ranking chart,
// [Corpus.RankInstruments] as the examples call it) assesses an
// instrument, so that an instrument gets the same score everywhere: every
// breach of an instrument by an actor counts as an attack by that actor
// on the instrument's protected parties (Russia on Ukraine in 2014, the
// German Empire on Belgium and Luxembourg in 1914), and guarantees of
// neutrality are checked against the corpus's rulebook
// ([guarantees.Situation.Neutrality]). Attacks are sorted and without
// repeats.
func (c *Corpus) GuaranteeSituation() guarantees.Situation {
	c = c.orEmpty()
	return guarantees.Situation{Neutrality: &guarantees.NeutralityReview{Rulebook: c.Rulebook()}, Attacks: slices.Clone(c.instruments.attacks)}
}

// breachAttacks returns the attacks the instruments' breaches record,
// sorted and without repeats.
func (c *Corpus) breachAttacks() []guarantees.Attack {
	var out []guarantees.Attack
	for _, in := range c.instruments.list {
		for _, a := range in.BreachAttacks() {
			if !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	slices.SortFunc(out, func(a, b guarantees.Attack) int {
		return cmp.Or(a.When.Compare(b.When), strings.Compare(a.Attacker, b.Attacker), strings.Compare(a.Victim, b.Victim))
	})
	return out
}

// RankedInstrument is one row of [Corpus.RankInstruments]: an instrument
// and its assessment.
type RankedInstrument struct {
	Instrument guarantees.Instrument
	Assessment guarantees.Assessment
}

// RankInstruments assesses the base text of every instrument that is a
// security commitment ([guarantees.Kind.Commitment]) in the situation sit
// (usually [Corpus.GuaranteeSituation], the default context) and returns
// them from strongest to weakest: by score, then by title (short name, else
// name) in English collation order, then by id. This is the one order of
// ties in accord: the ranking chart follows it. The laws, judgments,
// statements and processes the articles name are not ranked.
func (c *Corpus) RankInstruments(sit guarantees.Situation) []RankedInstrument {
	c = c.orEmpty()
	out := make([]RankedInstrument, 0, len(c.instruments.list))
	for _, in := range c.instruments.list {
		if !in.Kind.Commitment() {
			continue
		}
		in = in.Clone()
		out = append(out, RankedInstrument{Instrument: in, Assessment: in.Assess(sit)})
	}
	coll := collate.New(language.English)
	slices.SortStableFunc(out, func(a, b RankedInstrument) int {
		return cmp.Or(cmp.Compare(b.Assessment.Score, a.Assessment.Score),
			coll.CompareString(a.Instrument.Title(), b.Instrument.Title()),
			strings.Compare(a.Instrument.ID, b.Instrument.ID))
	})
	return out
}
