package corpus

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/neutrality"
)

// Kinds of record package neutrality contributes, for define and ref.
const (
	kindNeutralityRule   = "neutrality-rule"
	kindDoctrine         = "doctrine"
	kindNeutralityStatus = "neutrality-status"
	kindNeutralityDemand = "neutrality-demand"
)

// neutralityData is what the corpus holds about neutrality: the rulebook
// (rules.json and doctrines.json) and the statuses and negotiating demands
// coded per article (neutrality/<document-id>.json).
type neutralityData struct {
	rulebook *neutrality.Rulebook
	statuses []SourcedStatus
	demands  []SourcedDemand
}

// SourcedStatus is a neutrality status as one article describes it.
type SourcedStatus struct {
	// Document is the id of the article the status is coded from.
	Document string
	// Status is the coded status.
	Status neutrality.Status
}

// SourcedDemand is a negotiating demand as one article reports it.
type SourcedDemand struct {
	// Document is the id of the article the demand is coded from.
	Document string
	// Demand is the coded demand.
	Demand neutrality.Demand
}

// loadNeutrality decodes and checks rules.json, doctrines.json and
// neutrality/ (each optional), declares their ids, references and
// citations, and builds the rulebook when the files are sound.
func (c *Corpus) loadNeutrality(l *loader) {
	const rulesFile, doctrinesFile = "rules.json", "doctrines.json"
	checkActors := l.definesAny(kindActor)
	actorRefs := func(file string, p actors.Path, ids ...string) {
		if !checkActors {
			return
		}
		for _, id := range ids {
			l.ref(kindActor, id, file, p)
		}
	}
	actorList := func(file string, p actors.Path, ids []string) {
		for i, id := range ids {
			actorRefs(file, p.Index(i), id)
		}
	}

	var dv struct {
		Doctrines []neutrality.Doctrine `json:"doctrines"`
	}
	doctrinesOK := l.decodeOptionalFile(doctrinesFile, &dv)
	if doctrinesOK {
		base := actors.NewPath("doctrines")
		for i, d := range dv.Doctrines {
			p := base.Index(i)
			l.report(doctrinesFile, d.Validate(p))
			l.define(kindDoctrine, d.ID, doctrinesFile, p.Child("id"))
			l.citeAll(doctrinesFile, p.Child("evidence"), d.Evidence)
		}
	}

	var rv struct {
		Rules []neutrality.Rule `json:"rules"`
	}
	rulesOK := l.decodeOptionalFile(rulesFile, &rv)
	if rulesOK {
		base := actors.NewPath("rules")
		if len(rv.Rules) == 0 {
			l.report(rulesFile, actors.ErrorList{actors.Required(base, "at least one rule")})
		}
		for i, r := range rv.Rules {
			p := base.Index(i)
			l.report(rulesFile, r.Validate(p))
			l.define(kindNeutralityRule, r.ID, rulesFile, p.Child("id"))
			l.citeAll(rulesFile, p.Child("evidence"), r.Evidence)
			for j, s := range r.Sides {
				sp := p.Child("sides").Index(j)
				l.ref(kindDoctrine, s.Doctrine, rulesFile, sp.Child("doctrine"))
				l.citeAll(rulesFile, sp.Child("evidence"), s.Evidence)
			}
		}
	}

	decodeDir(l, "neutrality", func(file, doc string, v *struct {
		Document string              `json:"document"`
		Statuses []neutrality.Status `json:"statuses"`
		Demands  []neutrality.Demand `json:"demands"`
	}) {
		if len(v.Statuses) == 0 && len(v.Demands) == 0 {
			l.report(file, actors.ErrorList{actors.Required(actors.NewPath("statuses"), "at least one status or demand")})
		}
		base := actors.NewPath("statuses")
		for i, s := range v.Statuses {
			p := base.Index(i)
			l.report(file, s.Validate(p))
			l.define(kindNeutralityStatus, s.ID, file, p.Child("id"))
			actorRefs(file, p.Child("state"), s.State)
			actorList(file, p.Child("recognised_by"), s.RecognisedBy)
			actorList(file, p.Child("guaranteed_by"), s.GuaranteedBy)
			actorList(file, p.Child("alliances"), s.Alliances)
			l.citeAll(file, p.Child("evidence"), s.Evidence)
			for j, e := range s.Events {
				ep := p.Child("events").Index(j)
				actorList(file, ep.Child("by"), e.By)
				l.citeAll(file, ep.Child("evidence"), e.Evidence)
			}
			c.neutrality.statuses = append(c.neutrality.statuses, SourcedStatus{Document: doc, Status: s})
		}
		base = actors.NewPath("demands")
		for i, d := range v.Demands {
			p := base.Index(i)
			l.report(file, d.Validate(p))
			l.define(kindNeutralityDemand, d.ID, file, p.Child("id"))
			actorList(file, p.Child("by"), d.By)
			l.citeAll(file, p.Child("evidence"), d.Evidence)
			c.neutrality.demands = append(c.neutrality.demands, SourcedDemand{Document: doc, Demand: d})
		}
	})

	// Build the rulebook. NewRulebook repeats the record checks (merged by
	// finish) and adds those that need the whole set: two rules for one
	// situation, sides whose doctrine answers another question.
	if rulesOK && doctrinesOK {
		rb, err := neutrality.NewRulebook(rv.Rules, dv.Doctrines)
		for _, e := range fieldErrors(err) {
			file := rulesFile
			if strings.HasPrefix(e.Path, "doctrines") {
				file = doctrinesFile
			}
			l.report(file, actors.ErrorList{e})
		}
		c.neutrality.rulebook = rb
	}
	if c.neutrality.rulebook == nil {
		c.neutrality.rulebook, _ = neutrality.NewRulebook(nil, nil)
	}
}

// Rulebook returns the neutrality rulebook coded in rules.json and
// doctrines.json. It is immutable; [neutrality.Rulebook.With] derives a
// changed copy.
func (c *Corpus) Rulebook() *neutrality.Rulebook { return c.neutrality.rulebook }

// NeutralityStatuses iterates over copies of every coded status, in file
// and record order.
func (c *Corpus) NeutralityStatuses() iter.Seq[SourcedStatus] {
	return func(yield func(SourcedStatus) bool) {
		for _, s := range c.neutrality.statuses {
			if !yield(SourcedStatus{Document: s.Document, Status: s.Status.Clone()}) {
				return
			}
		}
	}
}

// NumNeutralityStatuses returns the number of coded statuses.
func (c *Corpus) NumNeutralityStatuses() int { return len(c.neutrality.statuses) }

// NeutralityStatus returns the status with the given id.
func (c *Corpus) NeutralityStatus(id string) (SourcedStatus, bool) {
	for _, s := range c.neutrality.statuses {
		if s.Status.ID == id {
			return SourcedStatus{Document: s.Document, Status: s.Status.Clone()}, true
		}
	}
	return SourcedStatus{}, false
}

// NeutralityTimeline returns every coded status of the state with the
// given actor id, from every article, in time order: by the first known
// end of the period (its start, else its end), then statuses in force
// before proposals, then by document and id. Statuses with no date
// (proposals, undated claims) come last. Articles
// that describe the same years differently appear side by side.
func (c *Corpus) NeutralityTimeline(state string) []SourcedStatus {
	var out []SourcedStatus
	for s := range c.NeutralityStatuses() {
		if s.Status.State == state {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, compareSourcedStatus)
	return out
}

// Precedents returns every status in force of a state other than subject
// (the state whose status is under negotiation, such as "ukraine"), sorted
// by state id and then in time order: the historical cases the articles
// draw on, each with its events.
func (c *Corpus) Precedents(subject string) []SourcedStatus {
	var out []SourcedStatus
	for s := range c.NeutralityStatuses() {
		if s.Status.State != subject && s.Status.Stage == neutrality.InForce {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b SourcedStatus) int {
		return cmp.Or(strings.Compare(a.Status.State, b.Status.State), compareSourcedStatus(a, b))
	})
	return out
}

func compareSourcedStatus(a, b SourcedStatus) int {
	ka, kb := timeKey(a.Status.Period), timeKey(b.Status.Period)
	switch {
	case ka.IsValid() && !kb.IsValid():
		return -1
	case !ka.IsValid() && kb.IsValid():
		return 1
	}
	return cmp.Or(ka.Compare(kb), cmp.Compare(a.Status.Stage, b.Status.Stage),
		strings.Compare(a.Document, b.Document), strings.Compare(a.Status.ID, b.Status.ID))
}

func timeKey(p actors.Period) actors.Date {
	if p.From.IsValid() {
		return p.From
	}
	return p.To
}

// NeutralityDemands iterates over copies of every coded negotiating
// demand, in file and record order.
func (c *Corpus) NeutralityDemands() iter.Seq[SourcedDemand] {
	return func(yield func(SourcedDemand) bool) {
		for _, d := range c.neutrality.demands {
			if !yield(SourcedDemand{Document: d.Document, Demand: d.Demand.Clone()}) {
				return
			}
		}
	}
}

// DemandsIn returns the demands made in the talks with the given slug
// (such as "istanbul-2022"), sorted by activity, direction, document and id.
func (c *Corpus) DemandsIn(talks string) []SourcedDemand {
	var out []SourcedDemand
	for d := range c.NeutralityDemands() {
		if d.Demand.Talks == talks {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b SourcedDemand) int {
		return cmp.Or(cmp.Compare(a.Demand.Activity, b.Demand.Activity), cmp.Compare(a.Demand.Direction, b.Demand.Direction),
			strings.Compare(a.Document, b.Document), strings.Compare(a.Demand.ID, b.Demand.ID))
	})
	return out
}

// DoctrinesOf returns the doctrines a document holds: for each contested
// question of the rulebook, the one doctrine whose evidence cites the
// document, when exactly one does (an article that reports both sides of a
// question, as the Lawfare analysis does for qualified and strict
// neutrality, holds neither). The result is sorted.
func (c *Corpus) DoctrinesOf(doc string) []string {
	var out []string
	ds := c.neutrality.rulebook.Doctrines()
	for _, q := range c.neutrality.rulebook.Questions() {
		var held []string
		for _, d := range ds {
			if d.Question == q && actors.CitesDoc(d.Evidence, doc) {
				held = append(held, d.ID)
			}
		}
		if len(held) == 1 {
			out = append(out, held[0])
		}
	}
	slices.Sort(out)
	return out
}
