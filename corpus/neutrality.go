package corpus

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
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

// The registries of the neutrality rulebook.
const rulesFile, doctrinesFile = "rules.json", "doctrines.json"

// loadNeutrality starts the jobs that decode and check rules.json,
// doctrines.json and neutrality/ (each optional) and declare their ids,
// references and citations. The function it returns starts the follow-up
// that collects the statuses and demands and builds the rulebook when the
// files are sound.
func (c *Corpus) loadNeutrality(l *loader) (followUp func()) {
	// The actors a record names are checked when the corpus codes actors.
	actorList := func(l *loader, file string, p accord.Path, ids []string) {
		for i, id := range ids {
			l.refIfDefined(kindActor, id, file, p.Index(i))
		}
	}

	// Set by the jobs: the decoded registries, nil for a missing or
	// malformed file.
	var doctrines []neutrality.Doctrine
	var rules []neutrality.Rule
	var doctrinesOK, rulesOK bool

	doctrinesJob := l.spawnFile(doctrinesFile, true, func(l *loader) {
		var dv struct {
			Doctrines []neutrality.Doctrine `json:"doctrines"`
		}
		if !l.decode(&dv) {
			return
		}
		doctrines, doctrinesOK = dv.Doctrines, true
		base := accord.NewPath("doctrines")
		for i, d := range dv.Doctrines {
			p := base.Index(i)
			l.report(doctrinesFile, d.Validate(p))
			l.define(kindDoctrine, d.ID, doctrinesFile, p.Child("id"))
			l.citeAll(doctrinesFile, p.Child("evidence"), d.Evidence)
		}
	})

	rulesJob := l.spawnFile(rulesFile, true, func(l *loader) {
		var rv struct {
			Rules []neutrality.Rule `json:"rules"`
		}
		if !l.decode(&rv) {
			return
		}
		rules, rulesOK = rv.Rules, true
		base := accord.NewPath("rules")
		if len(rv.Rules) == 0 {
			l.report(rulesFile, accord.ErrorList{accord.Required(base, "at least one rule")})
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
	})

	files := decodeDir(l, "neutrality", func(l *loader, f *dirFile[neutralityFile]) {
		file := f.file
		if len(f.v.Statuses) == 0 && len(f.v.Demands) == 0 {
			l.report(file, accord.ErrorList{accord.Required(accord.NewPath("statuses"), "at least one status or demand")})
		}
		base := accord.NewPath("statuses")
		for i, s := range f.v.Statuses {
			p := base.Index(i)
			l.report(file, s.Validate(p))
			l.define(kindNeutralityStatus, s.ID, file, p.Child("id"))
			l.refIfDefined(kindActor, s.State, file, p.Child("state"))
			actorList(l, file, p.Child("recognised_by"), s.RecognisedBy)
			actorList(l, file, p.Child("guaranteed_by"), s.GuaranteedBy)
			actorList(l, file, p.Child("alliances"), s.Alliances)
			l.citeAll(file, p.Child("evidence"), s.Evidence)
			for j, e := range s.Events {
				ep := p.Child("events").Index(j)
				actorList(l, file, ep.Child("by"), e.By)
				l.citeAll(file, ep.Child("evidence"), e.Evidence)
			}
		}
		base = accord.NewPath("demands")
		for i, d := range f.v.Demands {
			p := base.Index(i)
			l.report(file, d.Validate(p))
			l.define(kindNeutralityDemand, d.ID, file, p.Child("id"))
			actorList(l, file, p.Child("by"), d.By)
			l.citeAll(file, p.Child("evidence"), d.Evidence)
		}
	})

	return func() {
		l.after(append([]*loader{doctrinesJob, rulesJob}, jobsOf(files)...), func(l *loader) {
			c.buildRulebook(l, rules, doctrines, rulesOK && doctrinesOK, files)
		})
	}
}

// neutralityFile is the content of a file neutrality/<document-id>.json.
type neutralityFile struct {
	Document string              `json:"document"`
	Statuses []neutrality.Status `json:"statuses"`
	Demands  []neutrality.Demand `json:"demands"`
}

// buildRulebook is the follow-up of loadNeutrality: it collects the
// statuses and demands of every file and builds the rulebook from rules
// and doctrines when both files are sound (ok).
func (c *Corpus) buildRulebook(l *loader, rules []neutrality.Rule, doctrines []neutrality.Doctrine, ok bool, files []*dirFile[neutralityFile]) {
	var statuses, demands int
	for _, f := range files {
		if f.ok {
			statuses, demands = statuses+len(f.v.Statuses), demands+len(f.v.Demands)
		}
	}
	c.neutrality.statuses = make([]SourcedStatus, 0, statuses)
	c.neutrality.demands = make([]SourcedDemand, 0, demands)
	for _, f := range files {
		if !f.ok {
			continue
		}
		for _, s := range f.v.Statuses {
			c.neutrality.statuses = append(c.neutrality.statuses, SourcedStatus{Document: f.doc, Status: s})
		}
		for _, d := range f.v.Demands {
			c.neutrality.demands = append(c.neutrality.demands, SourcedDemand{Document: f.doc, Demand: d})
		}
	}
	// Build the rulebook. NewRulebook repeats the record checks
	// (merged by finish) and adds those that need the whole set:
	// two rules for one situation, sides whose doctrine answers
	// another question.
	if ok {
		rb, err := neutrality.NewRulebook(rules, doctrines)
		for _, e := range fieldErrors(err) {
			file := rulesFile
			if strings.HasPrefix(e.Path, "doctrines") {
				file = doctrinesFile
			}
			l.report(file, accord.ErrorList{e})
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

func timeKey(p accord.Period) accord.Date {
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
