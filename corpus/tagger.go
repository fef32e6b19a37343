package corpus

import (
	"strings"
	"sync"
	"unicode"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/neutrality"
)

// textData is the corpus's text layer: the key terms loaded from
// terms.json, and the gazetteer and tagger built from every record on
// first use (held by pointer so that a Corpus value can be copied).
type textData struct {
	terms []KeyTerm
	built *textBuilt
}

type textBuilt struct {
	once      sync.Once
	gazetteer []tag.Entry
	tagger    *tag.Tagger
	index     []*searchDoc
}

// Gazetteer returns every surface form the tagger looks for and what each
// names, built from the corpus:
//   - every actor's canonical name, names in other languages and aliases
//     (a name written with a leading "the", such as "the West", is also
//     listed without it, matched only when capitalised);
//   - every instrument's name and short name, without parenthetical
//     remarks ("Swiss neutrality (1815)" is listed as "Swiss neutrality";
//     the "(7)" of "TEU Art. 42(7)" is part of the name and stays), and
//     its aliases exactly as written ([guarantees.Instrument.Names]);
//   - every issue's name and its key terms from terms.json;
//   - every neutrality status kind's name ("permanent neutrality") and its
//     key terms from terms.json.
//
// The list is a copy, in that order.
func (c *Corpus) Gazetteer() []tag.Entry {
	c = c.orEmpty()
	return append([]tag.Entry(nil), c.textLayer().gazetteer...)
}

// Tagger returns the tagger for the corpus's gazetteer ([Corpus.Gazetteer]).
// It is built once, on first use, and shared: it is safe for concurrent
// use.
func (c *Corpus) Tagger() *tag.Tagger {
	c = c.orEmpty()
	return c.textLayer().tagger
}

// textLayer returns the gazetteer and tagger, building them on first
// use. A Corpus made by Load shares one build among all callers; a Corpus
// not made by Load builds them on every call.
func (c *Corpus) textLayer() *textBuilt {
	b := c.text.built
	if b == nil {
		b = &textBuilt{}
	}
	b.once.Do(func() {
		b.gazetteer = c.buildGazetteer()
		// Every entry is built from validated records and non-empty forms,
		// so New cannot fail; should it, the tagger finds figures only.
		t, err := tag.New(b.gazetteer)
		if err != nil {
			t = tag.MustNew(nil)
		}
		b.tagger = t
		b.index = c.buildSearchIndex()
	})
	return b
}

func (c *Corpus) buildGazetteer() []tag.Entry {
	var g []tag.Entry
	add := func(surface string, t tag.Target, capitalised bool) {
		if fold.Fold(surface) != "" && t.ID != "" {
			g = append(g, tag.Entry{Surface: surface, Target: t, Capitalised: capitalised})
		}
	}
	if c.actors.registry != nil {
		known := c.actorsKnown()
		for a := range c.actors.registry.All() {
			t := tag.Target{Kind: tag.Actor, ID: a.ID, Name: a.Name, Known: known[a.ID]}
			if a.ActsFor != "" {
				t.For, _ = c.actors.registry.Principal(a.ID, accord.Date{}) // a.ID is known: no error
			}
			for _, n := range a.AllNames() {
				add(n, t, false)
				if rest, ok := cutThe(n); ok {
					add(rest, t, true)
				}
			}
		}
	}
	for _, in := range c.instruments.list {
		t := tag.Target{Kind: tag.Instrument, ID: in.ID, Name: in.Title()}
		// Names() lists the name, the short name and the aliases; the
		// aliases are written as the articles write them and kept whole.
		names := in.Names()
		coined := len(names) - len(in.Aliases)
		for i, n := range names {
			if i < coined {
				n = withoutParentheses(n)
			}
			add(n, t, false)
		}
	}
	if c.actors.taxonomy != nil {
		for is := range c.actors.taxonomy.All() {
			add(is.Name, tag.Target{Kind: tag.Issue, ID: is.ID, Name: is.Name}, false)
		}
	}
	for _, k := range neutrality.Kinds() {
		add(statusName(k.String()), tag.Target{Kind: tag.Status, ID: k.String(), Name: statusName(k.String())}, false)
	}
	for _, tm := range c.text.terms {
		t := tag.Target{Kind: tm.Kind, ID: tm.Target}
		switch tm.Kind {
		case tag.Issue:
			if c.actors.taxonomy != nil {
				t.Name = c.actors.taxonomy.Name(tm.Target)
			}
		case tag.Status:
			t.Name = statusName(tm.Target)
		}
		add(tm.Term, t, false)
	}
	return g
}

// actorsKnown returns, for the actors the tagger can tell apart by date,
// the period the corpus knows them in: the period an actor existed, when
// its record gives one, and otherwise, for a historical state, the years of
// the instruments' events it took part in (the German Empire: 1914). Other
// actors are known at any time.
func (c *Corpus) actorsKnown() map[string]accord.Period {
	known := map[string]accord.Period{}
	for a := range c.actors.registry.All() {
		if !a.Existed.IsZero() {
			known[a.ID] = a.Existed
		}
	}
	for _, in := range c.instruments.list {
		for _, e := range in.Events {
			for _, id := range e.Actors {
				a, ok := c.actors.registry.Actor(id)
				if !ok || !a.Existed.IsZero() || a.Kind != actors.HistoricalState || !e.When.From.IsValid() {
					continue
				}
				from, to := accord.YearOf(e.When.From.Year()), accord.YearOf(e.When.From.Year())
				if e.When.To.IsValid() {
					to = accord.YearOf(e.When.To.Year())
				}
				if p, ok := known[id]; ok {
					if p.From.Compare(from) < 0 {
						from = p.From
					}
					if p.To.Compare(to) > 0 {
						to = p.To
					}
				}
				known[id] = accord.Period{From: from, To: to}
			}
		}
	}
	return known
}

// statusName turns a status kind's wire name into words
// ("permanent-neutrality" → "permanent neutrality"), keeping "non-".
func statusName(wire string) string {
	s := strings.ReplaceAll(wire, "-", " ")
	return strings.ReplaceAll(s, "non ", "non-")
}

// cutThe returns name without a leading "the " (any case) when the rest
// begins with a capital letter: "the West" → "West".
func cutThe(name string) (string, bool) {
	if len(name) < 5 || !strings.EqualFold(name[:4], "the ") {
		return "", false
	}
	rest := strings.TrimSpace(name[4:])
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return "", false
	}
	return rest, true
}

// withoutParentheses removes parenthetical remarks — a parenthesis
// that opens after a space or at the start, up to its closing one — and
// trims. A parenthesis written against the word before it is part of the
// name and stays: "TEU Art. 42(7)" keeps its "(7)".
func withoutParentheses(s string) string {
	var b strings.Builder
	depth := 0
	prev := ' '
	for _, r := range s {
		switch {
		case r == '(' && (depth > 0 || unicode.IsSpace(prev)):
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
		prev = r
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
