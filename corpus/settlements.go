package corpus

import (
	"iter"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
)

const (
	kindSettlement = "settlement"
	settlementFile = "settlements.json"
)

// The corpus is a source of settlement packages' evaluations.
var _ settlement.Source = (*Corpus)(nil)

// settlementData is the loaded settlement registry.
type settlementData struct {
	list     []settlement.Settlement // in file order
	byID     map[string]int
	bloc     string
	bindings []settlement.Binding
}

// loadSettlements starts the job that decodes settlements.json (optional):
// the frame (the alliance and the bindings of terms to issues) and the
// coded options. The job validates them, declares the options' ids, refers
// to the actors, issues, instruments and options they name (when the
// corpus defines such records), declares every citation and fills
// c.settlements. The function it returns starts the follow-up that checks,
// once instruments.json is decoded too, that the revisions each option
// adopts exist in its instrument.
func (c *Corpus) loadSettlements(l *loader) (followUp func()) {
	settlementsJob := l.spawnFile(settlementFile, true, func(l *loader) { c.decodeSettlements(l) })
	return func() {
		l.after([]*loader{l.jobOf(instrumentFile), settlementsJob}, c.checkAdoptions)
	}
}

// decodeSettlements is the job of loadSettlements.
func (c *Corpus) decodeSettlements(l *loader) {
	var v struct {
		Bloc        string                  `json:"bloc"`
		Bindings    []settlement.Binding    `json:"bindings"`
		Settlements []settlement.Settlement `json:"settlements"`
	}
	if !l.decode(&v) {
		return
	}
	const file = settlementFile
	fr := settlement.Frame{Bloc: v.Bloc, Bindings: v.Bindings}
	l.report(file, fr.Validate(accord.Path{}))
	refIf := func(kind, id string, p accord.Path) { l.refIfDefined(kind, id, file, p) }
	refAll := func(kind string, ids []string, p accord.Path) {
		for i, id := range ids {
			refIf(kind, id, p.Index(i))
		}
	}
	refIf(kindActor, v.Bloc, accord.NewPath("bloc"))
	for i, b := range v.Bindings {
		refIf(kindIssue, b.Issue, accord.NewPath("bindings").Index(i).Child("issue"))
	}
	c.settlements = settlementData{list: v.Settlements, byID: map[string]int{}, bloc: v.Bloc, bindings: v.Bindings}
	base := accord.NewPath("settlements")
	for i, s := range v.Settlements {
		p := base.Index(i)
		l.report(file, s.Validate(p))
		l.define(kindSettlement, s.ID, file, p.Child("id"))
		if _, dup := c.settlements.byID[s.ID]; !dup {
			c.settlements.byID[s.ID] = i
		}
		refIf(kindActor, s.Protected, p.Child("protected"))
		refAll(kindActor, s.ProposedBy, p.Child("proposed_by"))
		if s.VariantOf != "" {
			l.ref(kindSettlement, s.VariantOf, file, p.Child("variant_of"))
		}
		l.citeAll(file, p.Child("evidence"), s.Evidence)

		sp := p.Child("status")
		refAll(kindActor, s.Status.GuaranteedBy, sp.Child("guaranteed_by"))
		refAll(kindActor, s.Status.RecognisedBy, sp.Child("recognised_by"))
		refAll(kindActor, s.Status.EndorsedBy, sp.Child("endorsed_by"))
		l.citeAll(file, sp.Child("evidence"), s.Status.Evidence)

		for j, g := range s.Guarantees {
			gp := p.Child("guarantees").Index(j)
			l.citeAll(file, gp.Child("evidence"), g.Evidence)
			if g.Inline != nil {
				c.declareInline(l, file, gp.Child("inline"), *g.Inline, refIf)
			}
			if g.Instrument == "" {
				continue
			}
			refIf(kindInstrument, g.Instrument, gp.Child("instrument"))
		}

		fp := p.Child("forces")
		l.citeAll(file, fp.Child("evidence"), s.Forces.Evidence)
		for j, cp := range s.Forces.Caps {
			refIf(kindActor, cp.ProposedBy, fp.Child("caps").Index(j).Child("proposed_by"))
			l.citeAll(file, fp.Child("caps").Index(j).Child("evidence"), cp.Evidence)
		}

		pp := p.Child("presence")
		l.citeAll(file, pp.Child("evidence"), s.Presence.Evidence)
		for j, d := range s.Presence.Deployments {
			dp := pp.Child("deployments").Index(j)
			refAll(kindActor, d.Contributors, dp.Child("contributors"))
			refAll(kindActor, d.ConsentOf, dp.Child("consent_of"))
			l.citeAll(file, dp.Child("evidence"), d.Evidence)
		}
		for j, t := range s.Territory {
			l.citeAll(file, p.Child("territory").Index(j).Child("evidence"), t.Evidence)
		}
	}
}

// checkAdoptions reports every revision an option adopts that its
// instrument does not have: the follow-up of loadSettlements, run once
// both files are decoded.
func (c *Corpus) checkAdoptions(l *loader) {
	base := accord.NewPath("settlements")
	for i, s := range c.settlements.list {
		for j, g := range s.Guarantees {
			k, ok := c.instruments.byID[g.Instrument]
			if !ok || len(g.Adopt) == 0 {
				continue
			}
			// InstrumentSubject only reads the instrument: no copy needed.
			if _, err := guarantees.InstrumentSubject(c.instruments.list[k], g.Adopt...); err != nil {
				p := base.Index(i).Child("guarantees").Index(j).Child("adopt")
				l.report(settlementFile, accord.ErrorList{accord.NotFound(p, g.Adopt, err.Error()).WithRule(guarantees.ErrUnknownRevision)})
			}
		}
	}
}

// declareInline declares the references and citations of an instrument
// written inline in a settlement.
func (c *Corpus) declareInline(l *loader, file string, p accord.Path, in guarantees.Instrument, refIf func(kind, id string, p accord.Path)) {
	l.citeAll(file, p.Child("evidence"), in.Evidence)
	for j, pt := range in.Parties {
		pp := p.Child("parties").Index(j)
		refIf(kindActor, pt.Actor, pp.Child("actor"))
		l.citeAll(file, pp.Child("evidence"), pt.Evidence)
	}
	for j, cl := range in.Clauses {
		cp := p.Child("clauses").Index(j)
		l.citeAll(file, cp.Child("evidence"), cl.Evidence)
		for k, r := range cl.Revisions {
			l.citeAll(file, cp.Child("revisions").Index(k).Child("evidence"), r.Evidence)
		}
	}
	for j, e := range in.Events {
		l.citeAll(file, p.Child("events").Index(j).Child("evidence"), e.Evidence)
	}
	for j, t := range in.Traits {
		l.citeAll(file, p.Child("traits").Index(j).Child("evidence"), t.Evidence)
	}
}

// Settlements returns the coded settlement options, in registry order.
// Each is a deep copy. They are proposals, never settlements in force.
func (c *Corpus) Settlements() iter.Seq[settlement.Settlement] {
	return func(yield func(settlement.Settlement) bool) {
		for _, s := range c.settlements.list {
			if !yield(s.Clone()) {
				return
			}
		}
	}
}

// Settlement returns a copy of the settlement option with the given id.
func (c *Corpus) Settlement(id string) (settlement.Settlement, bool) {
	i, ok := c.settlements.byID[id]
	if !ok {
		return settlement.Settlement{}, false
	}
	return c.settlements.list[i].Clone(), true
}

// NumSettlements returns the number of coded settlement options.
func (c *Corpus) NumSettlements() int { return len(c.settlements.list) }

// SettlementFrame returns what relates settlement packages to the
// positions: the alliance and the bindings of terms to issues coded in
// settlements.json, and the attacks of [Corpus.GuaranteeContext].
func (c *Corpus) SettlementFrame() settlement.Frame {
	return settlement.Frame{
		Bloc:     c.settlements.bloc,
		Attacks:  c.GuaranteeContext().Attacks,
		Bindings: slices.Clone(c.settlements.bindings),
	}
}

// SettlementSpace returns the space of packages spanned by the coded
// options' components, for [settlement.Search].
func (c *Corpus) SettlementSpace() (settlement.Space, error) {
	return settlement.NewSpace(slices.Collect(c.Settlements()))
}
