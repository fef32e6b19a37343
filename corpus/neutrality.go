package corpus

import (
	"cmp"
	"errors"
	"iter"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/internal/seq"
	"github.com/accordmodel/accord/neutrality"
)

// Kinds of record package neutrality contributes, for define and
// WriteJSONLines: the names of their RecordKind.
const (
	kindNeutralityRule   = "rule"
	kindDoctrine         = "doctrine"
	kindNeutralityStatus = "status"
	kindNeutralityDemand = "demand"
)

// ErrUnknownTalks: [Corpus.DemandsIn] was asked for talks in which no
// demand is coded.
var ErrUnknownTalks = errors.New("unknown talks")

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

// loadNeutrality reads the doctrine and rule registries of a layer
// (doctrines.json or doctrines/*.json, rules.json or rules/*.json) and its
// neutrality/ (each optional), builds the rulebook from the rules and
// doctrines of this layer and every layer below (its constructor validates
// the rules and doctrines and the sides' references to doctrines) and
// validates and collects the statuses and demands of every article.
func (c *Corpus) loadNeutrality(l *loader) {
	a := &l.acc
	registryFiles(l, "doctrines", false, func(f *file, v *doctrinesFile) {
		a.doctrines.add(l, f, kindDoctrine, "doctrines", v.Doctrines, func(d neutrality.Doctrine) string { return d.ID })
	})
	registryFiles(l, "rules", false, func(f *file, v *rulesFile) {
		if len(v.Rules) == 0 {
			l.report(f, accord.Required(accord.NewPath("rules"), "at least one rule"))
		}
		a.rules.add(l, f, kindNeutralityRule, "rules", v.Rules, func(r neutrality.Rule) string { return r.ID })
	})
	if c.neutrality.rulebook == nil || a.doctrines.has(l) || a.rules.has(l) {
		rb, err := neutrality.NewRulebook(a.rules.list, a.doctrines.list)
		l.reportSpans("doctrines", a.doctrines.spans, err)
		l.reportSpans("rules", a.rules.spans, err)
		if rb == nil {
			rb, _ = neutrality.NewRulebook(nil, nil)
		}
		c.neutrality.rulebook = rb
	}

	perArticle(l, "neutrality", func(f *file, v *neutralityFile) {
		if len(v.Statuses) == 0 && len(v.Demands) == 0 {
			l.report(f, accord.Required(accord.NewPath("statuses"), "at least one status or demand"))
		}
		// The actors a record names are checked when the corpus codes
		// actors.
		base := accord.NewPath("statuses")
		nodes := f.root.Get("statuses")
		for i, s := range v.Statuses {
			p := base.Index(i)
			if !f.rejectedRecord(nodes, i) {
				l.report(f, s.Validate(p)...)
			}
			l.define(kindNeutralityStatus, s.ID, f, "statuses", i)
			l.refIfDefined(kindActor, s.State, f, p.Child("state"))
			if s.Territory != "" {
				l.refIfDefined(kindActor, s.Territory, f, p.Child("territory"))
			}
			l.report(f, c.checkHolder(s, p)...)
			l.refAll(kindActor, s.RecognisedBy, f, p.Child("recognised_by"))
			l.refAll(kindActor, s.GuaranteedBy, f, p.Child("guaranteed_by"))
			l.refAll(kindActor, s.Alliances, f, p.Child("alliances"))
			for j, e := range s.Events {
				l.refAll(kindActor, e.By, f, p.Child("events").Index(j).Child("by"))
			}
			c.neutrality.statuses = append(c.neutrality.statuses, SourcedStatus{Document: f.doc, Status: s})
		}
		base = accord.NewPath("demands")
		nodes = f.root.Get("demands")
		for i, d := range v.Demands {
			p := base.Index(i)
			if !f.rejectedRecord(nodes, i) {
				l.report(f, d.Validate(p)...)
			}
			l.define(kindNeutralityDemand, d.ID, f, "demands", i)
			l.refAll(kindActor, d.By, f, p.Child("by"))
			c.neutrality.demands = append(c.neutrality.demands, SourcedDemand{Document: f.doc, Demand: d})
		}
	})
}

// checkHolder reports a status whose state is not a state actor, or whose
// territory is not a territory actor of that state (acts_for), when the
// corpus codes actors; missing actors are reported as dangling references.
func (c *Corpus) checkHolder(s neutrality.Status, p accord.Path) accord.ErrorList {
	reg := c.actors.registry
	if reg == nil {
		return nil
	}
	var errs accord.ErrorList
	if a, ok := reg.Actor(s.State); ok && !a.Kind.IsState() {
		errs = append(errs, accord.Invalid(p.Child("state"), s.State, "the actor id of a state (kind state or historical-state), not of a "+a.Kind.String()))
	}
	if a, ok := reg.Actor(s.Territory); ok && s.Territory != "" {
		switch {
		case a.Kind != actors.Territory:
			errs = append(errs, accord.Invalid(p.Child("territory"), s.Territory, "the actor id of a territory (kind territory), not of a "+a.Kind.String()))
		case a.ActsFor != s.State:
			errs = append(errs, accord.Invalid(p.Child("territory"), s.Territory, "a territory of "+s.State+"; its acts_for names "+a.ActsFor))
		}
	}
	return errs
}

// doctrinesFile and rulesFile are the contents of doctrines.json and
// rules.json.
type (
	doctrinesFile struct {
		Doctrines []neutrality.Doctrine `json:"doctrines"`
	}
	rulesFile struct {
		Rules []neutrality.Rule `json:"rules"`
	}
)

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
// that describe the same years differently appear side by side. A state
// that is neither in the actor registry nor the state of a coded status is
// an error ([actors.ErrUnknownActor]).
func (c *Corpus) NeutralityStatusesOf(state string) ([]SourcedStatus, error) {
	c = c.orEmpty()
	if err := c.unknownState("state", state); err != nil {
		return nil, err
	}
	var out []SourcedStatus
	for s := range c.NeutralityStatuses() {
		if s.Status.State == state {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, compareSourcedStatus)
	return out, nil
}

// unknownState returns the error for a state id, the argument named arg,
// that is neither an actor nor the state of a coded status, or nil.
func (c *Corpus) unknownState(arg, state string) error {
	if c.Actors().Has(state) || slices.ContainsFunc(c.neutrality.statuses, func(s SourcedStatus) bool { return s.Status.State == state }) {
		return nil
	}
	return accord.NotFound(accord.NewPath(arg), state, "no actor has this id").WithRule(actors.ErrUnknownActor)
}

// NeutralityStatusesOn returns the statuses of the state with the given
// actor id that an article says were in force during d
// ([neutrality.Status.InForceOn]: a start that is given, and an end date
// or "still holds"), in the order of [Corpus.NeutralityStatusesOf]. A
// status with no period, an unknown start or an end the article does not
// date matches no date: an article that does not say when Belgium's
// neutralisation ended does not put it in force in 1995. To ask which
// statuses may have been in force, filter NeutralityStatusesOf with
// [neutrality.Status.MayBeInForceOn].
//
// An unknown state id is an error, as for NeutralityStatusesOf.
func (c *Corpus) NeutralityStatusesOn(state string, d accord.Date) ([]SourcedStatus, error) {
	all, err := c.NeutralityStatusesOf(state)
	if err != nil {
		return nil, err
	}
	var out []SourcedStatus
	for _, s := range all {
		if s.Status.InForceOn(d) {
			out = append(out, s)
		}
	}
	return out, nil
}

// PrecedentsFor returns every status in force of a state other than subject
// (the state whose status is under negotiation, such as "ukraine"), sorted
// by state id and then in time order: the historical cases the articles
// draw on, each with its events. An unknown subject is an error, as for
// [Corpus.NeutralityStatusesOf].
func (c *Corpus) PrecedentsFor(subject string) ([]SourcedStatus, error) {
	c = c.orEmpty()
	if err := c.unknownState("subject", subject); err != nil {
		return nil, err
	}
	var out []SourcedStatus
	for s := range c.NeutralityStatuses() {
		if s.Status.State != subject && s.Status.Stage == neutrality.InForce {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b SourcedStatus) int {
		return cmp.Or(strings.Compare(a.Status.State, b.Status.State), compareSourcedStatus(a, b))
	})
	return out, nil
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
// Talks in which no demand is coded are an error ([ErrUnknownTalks]).
func (c *Corpus) DemandsIn(talks string) ([]SourcedDemand, error) {
	c = c.orEmpty()
	if !slices.ContainsFunc(c.neutrality.demands, func(d SourcedDemand) bool { return d.Demand.Talks == talks }) {
		return nil, accord.NotFound(accord.NewPath("talks"), talks, "no demand is coded in these talks").WithRule(ErrUnknownTalks)
	}
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
	return out, nil
}

// DoctrinesOf returns the doctrines a document holds: for each contested
// question of the rulebook, the one doctrine whose evidence cites the
// document, when exactly one does (an article that reports both sides of a
// question, as the Lawfare analysis does for qualified and strict
// neutrality, holds neither). The result is sorted. A document the
// registry lacks is an error ([ErrUnknownDocument]).
func (c *Corpus) DoctrinesOf(doc string) ([]string, error) {
	c = c.orEmpty()
	if _, ok := c.docs.byID[doc]; !ok {
		return nil, accord.NotFound(accord.NewPath("doc"), doc, "no document has this id").WithRule(ErrUnknownDocument)
	}
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
	return out, nil
}
