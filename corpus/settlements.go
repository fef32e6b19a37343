package corpus

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/seq"
)

const kindSettlement = "settlement"

// The corpus is a source of settlement packages' evaluations.
var _ settlement.Source = (*Corpus)(nil)

// settlementData is the loaded settlement registry.
type settlementData struct {
	list     []settlement.Settlement // in file order
	byID     map[string]int
	bloc     string
	bindings []settlement.TermBinding
	// frame is the frame package settlement reads in place (see lend.go),
	// made once the corpus is loaded; it shares the corpus's storage.
	frame settlement.Frame
}

// loadSettlements reads the settlement registry of a layer
// (settlements.json or settlements/*.json, optional): the frame (the
// alliance and the bindings of terms to issues) and the coded options. It
// validates them, defines the options' ids, refers to the actors, issues,
// instruments and options they name (when the corpus defines such
// records) and checks that the revisions each option adopts exist in its
// instrument. The alliance is set in one file at most: a second file that
// names another one is an error, not an override.
func (c *Corpus) loadSettlements(l *loader) {
	if c.settlements.byID == nil {
		c.settlements.byID = map[string]int{}
	}
	registryFiles(l, "settlements", false, func(f *file, v *settlementsFile) { c.addSettlements(l, f, v) })
}

// settlementsFile is the content of settlements.json.
type settlementsFile struct {
	Bloc        string                   `json:"bloc"`
	Bindings    []settlement.TermBinding `json:"bindings"`
	Settlements []settlement.Settlement  `json:"settlements"`
}

// addSettlements validates and adds the frame and the options of f.
func (c *Corpus) addSettlements(l *loader, f *file, v *settlementsFile) {
	fr := settlement.Frame{Bloc: v.Bloc, Bindings: append(slices.Clip(c.settlements.bindings), v.Bindings...)}
	// The bindings of the files read before are checked with these, so
	// that a term bound twice is found; their own problems were reported.
	below := len(c.settlements.bindings)
	for _, e := range fr.Validate(accord.Path{}) {
		rest, ok := strings.CutPrefix(e.Path.String(), "bindings")
		if !ok {
			l.report(f, e)
			continue
		}
		if i, tail, indexed := splitIndex(rest); indexed && i >= below {
			c := *e
			c.Path = accord.NewPath("bindings[" + strconv.Itoa(i-below) + "]" + tail)
			l.report(f, &c)
		}
	}
	l.refIfDefined(kindActor, v.Bloc, f, accord.NewPath("bloc"))
	if v.Bloc != "" {
		switch at := l.acc.bloc; {
		case at == nil:
			l.acc.bloc = &blocSite{file: f, bloc: v.Bloc}
			c.settlements.bloc = v.Bloc
		case at.bloc != v.Bloc:
			line, col := at.file.pos(at.file.root.Locate(accord.Path{}, accord.NewPath("bloc")))
			l.report(f, accord.Duplicate(accord.NewPath("bloc"), v.Bloc, fmt.Sprintf("the frame's alliance is already %s at %s:%d:%d", at.bloc, at.file.name, line, col)))
		}
	}
	for i, b := range v.Bindings {
		l.refIfDefined(kindIssue, b.Issue, f, accord.NewPath("bindings").Index(i).Child("issue"))
	}
	c.settlements.bindings = fr.Bindings
	base := accord.NewPath("settlements")
	first := len(c.settlements.list)
	c.settlements.list = appendRecords(c.settlements.list, v.Settlements)
	nodes := f.root.Get("settlements")
	for i, s := range v.Settlements {
		p := base.Index(i)
		if !f.rejectedRecord(nodes, i) {
			l.report(f, s.Validate(p)...)
		}
		l.define(kindSettlement, s.ID, f, "settlements", i)
		if _, dup := c.settlements.byID[s.ID]; !dup {
			c.settlements.byID[s.ID] = first + i
		}
		l.refIfDefined(kindActor, s.Protected, f, p.Child("protected"))
		l.refAll(kindActor, s.ProposedBy, f, p.Child("proposed_by"))
		sp := p.Child("status")
		l.refAll(kindActor, s.Status.GuaranteedBy, f, sp.Child("guaranteed_by"))
		l.refAll(kindActor, s.Status.RecognisedBy, f, sp.Child("recognised_by"))
		l.refAll(kindActor, s.Status.EndorsedBy, f, sp.Child("endorsed_by"))
		for j, g := range s.Guarantees {
			gp := p.Child("guarantees").Index(j)
			if g.Inline != nil {
				for k, pt := range g.Inline.Parties {
					l.refIfDefined(kindActor, pt.Actor, f, gp.Child("inline").Child("parties").Index(k).Child("actor"))
				}
			}
			l.refIfDefined(kindInstrument, g.Instrument, f, gp.Child("instrument"))
			c.checkAdoption(l, f, g, gp.Child("adopt"))
		}
		for j, cp := range s.Forces.Caps {
			l.refIfDefined(kindActor, cp.ProposedBy, f, p.Child("forces").Child("caps").Index(j).Child("proposed_by"))
		}
		for j, d := range s.Presence.Deployments {
			dp := p.Child("presence").Child("deployments").Index(j)
			l.refAll(kindActor, d.Contributors, f, dp.Child("contributors"))
			l.refAll(kindActor, d.ConsentOf, f, dp.Child("consent_of"))
		}
	}
	// An option may be a variant of one coded after it.
	for i, s := range v.Settlements {
		l.ref(kindSettlement, s.VariantOf, f, base.Index(i).Child("variant_of"))
	}
	// The options of every layer so far must span a space whose packages
	// an int can count (settlement.NewSpace refuses others, and so
	// Corpus.SettlementSpace would fail).
	if len(v.Settlements) > 0 {
		if _, err := settlement.NewSpace(c.settlements.list); errors.Is(err, settlement.ErrSpaceTooLarge) {
			l.report(f, accord.Invalid(base, len(v.Settlements), err.Error()).WithRule(settlement.ErrSpaceTooLarge))
		}
	}
}

// checkAdoption reports the revisions a guarantee adopts (at p) that its
// instrument does not have.
func (c *Corpus) checkAdoption(l *loader, f *file, g settlement.GuaranteeTerm, p accord.Path) {
	k, ok := c.instruments.byID[g.Instrument]
	if !ok || len(g.Adopt) == 0 {
		return
	}
	// InstrumentSubject keeps a copy of the instrument.
	if _, err := guarantees.InstrumentSubject(c.instruments.list[k], g.Adopt...); err != nil {
		l.report(f, accord.NotFound(p, g.Adopt, err.Error()).WithRule(guarantees.ErrUnknownRevision))
	}
}

// Settlements returns the coded settlement options, in registry order.
// Each is a deep copy. They are proposals, never settlements in force.
func (c *Corpus) Settlements() iter.Seq[settlement.Settlement] {
	c = c.orEmpty()
	return seq.Map(c.settlements.list, settlement.Settlement.Clone)
}

// Settlement returns a copy of the settlement option with the given id.
func (c *Corpus) Settlement(id string) (settlement.Settlement, bool) {
	c = c.orEmpty()
	i, ok := c.settlements.byID[id]
	if !ok {
		return settlement.Settlement{}, false
	}
	return c.settlements.list[i].Clone(), true
}

// NumSettlements returns the number of coded settlement options.
func (c *Corpus) NumSettlements() int {
	c = c.orEmpty()
	return len(c.settlements.list)
}

// SettlementFrame returns what relates settlement packages to the
// positions: the alliance and the bindings of terms to issues coded in
// settlements.json, and the attacks of [Corpus.GuaranteeSituation].
func (c *Corpus) SettlementFrame() settlement.Frame {
	c = c.orEmpty()
	return settlement.Frame{
		Bloc:     c.settlements.bloc,
		Attacks:  c.GuaranteeSituation().Attacks,
		Bindings: slices.Clone(c.settlements.bindings),
	}
}

// SettlementSpace returns the space of packages spanned by the coded
// options' components, for [settlement.Search].
func (c *Corpus) SettlementSpace() (settlement.Space, error) {
	c = c.orEmpty()
	return settlement.NewSpace(slices.Collect(c.Settlements()))
}
