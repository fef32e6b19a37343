package corpus

import (
	"cmp"
	"errors"
	"iter"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/seq"
	"github.com/accordmodel/accord/neutrality"
)

// Kinds of record package neutrality contributes, for define and
// WriteJSONLines.
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

// loadNeutrality reads doctrines.json, rules.json and neutrality/ (each
// optional), builds the rulebook (whose constructor validates the rules
// and doctrines and the sides' references to doctrines) and validates and
// collects the statuses and demands of every article.
func (c *Corpus) loadNeutrality(l *loader) {
	var dv struct {
		Doctrines []neutrality.Doctrine `json:"doctrines"`
	}
	var rv struct {
		Rules []neutrality.Rule `json:"rules"`
	}
	doctrines := l.registry("doctrines.json", true, &dv)
	rules := l.registry("rules.json", true, &rv)
	if rules != nil && len(rv.Rules) == 0 {
		l.report(rules, accord.Required(accord.NewPath("rules"), "at least one rule"))
	}
	rb, err := neutrality.NewRulebook(rv.Rules, dv.Doctrines)
	var list accord.ErrorList
	errors.As(err, &list)
	for _, e := range list {
		switch {
		case strings.HasPrefix(e.Path.String(), "doctrines") && doctrines != nil:
			l.report(doctrines, e)
		case strings.HasPrefix(e.Path.String(), "rules") && rules != nil:
			l.report(rules, e)
		}
	}
	if rb == nil {
		rb, _ = neutrality.NewRulebook(nil, nil)
	}
	c.neutrality.rulebook = rb

	perArticle(l, "neutrality", func(f *file, v *neutralityFile) {
		if len(v.Statuses) == 0 && len(v.Demands) == 0 {
			l.report(f, accord.Required(accord.NewPath("statuses"), "at least one status or demand"))
		}
		// The actors a record names are checked when the corpus codes
		// actors.
		base := accord.NewPath("statuses")
		for i, s := range v.Statuses {
			p := base.Index(i)
			l.report(f, s.Validate(p)...)
			l.define(kindNeutralityStatus, s.ID, f, "statuses", i)
			l.refIfDefined(kindActor, s.State, f, p.Child("state"))
			l.refAll(kindActor, s.RecognisedBy, f, p.Child("recognised_by"))
			l.refAll(kindActor, s.GuaranteedBy, f, p.Child("guaranteed_by"))
			l.refAll(kindActor, s.Alliances, f, p.Child("alliances"))
			for j, e := range s.Events {
				l.refAll(kindActor, e.By, f, p.Child("events").Index(j).Child("by"))
			}
			c.neutrality.statuses = append(c.neutrality.statuses, SourcedStatus{Document: f.doc, Status: s})
		}
		base = accord.NewPath("demands")
		for i, d := range v.Demands {
			p := base.Index(i)
			l.report(f, d.Validate(p)...)
			l.define(kindNeutralityDemand, d.ID, f, "demands", i)
			l.refAll(kindActor, d.By, f, p.Child("by"))
			c.neutrality.demands = append(c.neutrality.demands, SourcedDemand{Document: f.doc, Demand: d})
		}
	})
}

// neutralityFile is the content of a file neutrality/<document-id>.json.
type neutralityFile struct {
	Document string              `json:"document"`
	Statuses []neutrality.Status `json:"statuses"`
	Demands  []neutrality.Demand `json:"demands"`
}

// Rulebook returns the neutrality rulebook coded in rules.json and
// doctrines.json. It is immutable; [neutrality.Rulebook.With] derives a
// changed copy.
func (c *Corpus) Rulebook() *neutrality.Rulebook {
	c = c.orEmpty()
	return c.neutrality.rulebook
}

// NeutralityStatuses iterates over copies of every coded status, in file
// and record order.
func (c *Corpus) NeutralityStatuses() iter.Seq[SourcedStatus] {
	c = c.orEmpty()
	return seq.Map(c.neutrality.statuses, func(s SourcedStatus) SourcedStatus {
		return SourcedStatus{Document: s.Document, Status: s.Status.Clone()}
	})
}

// NumNeutralityStatuses returns the number of coded statuses.
func (c *Corpus) NumNeutralityStatuses() int {
	c = c.orEmpty()
	return len(c.neutrality.statuses)
}

// NeutralityStatus returns the status with the given id.
func (c *Corpus) NeutralityStatus(id string) (SourcedStatus, bool) {
	c = c.orEmpty()
	for _, s := range c.neutrality.statuses {
		if s.Status.ID == id {
			return SourcedStatus{Document: s.Document, Status: s.Status.Clone()}, true
		}
	}
	return SourcedStatus{}, false
}

// NeutralityStatusesOf returns every coded status of the state with the
// given actor id, from every article, in time order: by the first known
// end of the period (its start, else its end), then statuses in force
// before proposals, then by document and id. Statuses with no date
// (proposals, undated claims) come last. Articles
// that describe the same years differently appear side by side.
func (c *Corpus) NeutralityStatusesOf(state string) []SourcedStatus {
	c = c.orEmpty()
	var out []SourcedStatus
	for s := range c.NeutralityStatuses() {
		if s.Status.State == state {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, compareSourcedStatus)
	return out
}

// PrecedentsFor returns every status in force of a state other than subject
// (the state whose status is under negotiation, such as "ukraine"), sorted
// by state id and then in time order: the historical cases the articles
// draw on, each with its events.
func (c *Corpus) PrecedentsFor(subject string) []SourcedStatus {
	c = c.orEmpty()
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

func timeKey(p accord.Period) accord.Date {
	if p.From.IsValid() {
		return p.From
	}
	return p.To
}

// NeutralityDemands iterates over copies of every coded negotiating
// demand, in file and record order.
func (c *Corpus) NeutralityDemands() iter.Seq[SourcedDemand] {
	c = c.orEmpty()
	return seq.Map(c.neutrality.demands, func(d SourcedDemand) SourcedDemand {
		return SourcedDemand{Document: d.Document, Demand: d.Demand.Clone()}
	})
}

// DemandsIn returns the demands made in the talks with the given slug
// (such as "istanbul-2022"), sorted by activity, direction, document and id.
func (c *Corpus) DemandsIn(talks string) []SourcedDemand {
	c = c.orEmpty()
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
	c = c.orEmpty()
	var out []string
	ds := c.neutrality.rulebook.Doctrines()
	for _, q := range c.neutrality.rulebook.Questions() {
		var held []string
		for _, d := range ds {
			if d.Question == q && accord.CitesDoc(d.Evidence, doc) {
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
