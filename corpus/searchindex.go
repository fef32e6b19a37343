package corpus

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/internal/fold"
	"slices"
)

// searchIndex returns the search index, built with the tagger on first use.
func (c *Corpus) searchIndex() []*searchDoc { return c.textLayer().index }

// buildSearchIndex collects the searchable text of every document and
// record: documents, actors, instruments, issues, positions, neutrality
// statuses, demands and rules.
func (c *Corpus) buildSearchIndex() []*searchDoc {
	var idx []*searchDoc
	newDoc := func(kind RecordKind, id, title string) *searchDoc {
		d := &searchDoc{kind: kind, id: id, title: title}
		idx = append(idx, d)
		return d
	}
	field := func(d *searchDoc, weight float64, text string) {
		if text != "" {
			d.fields = append(d.fields, searchField{weight: weight, text: text, folded: fold.FoldIndexed(text)})
		}
	}
	evidence := func(d *searchDoc, ev []accord.Citation) {
		for _, ct := range ev {
			d.cites = append(d.cites, ct)
			field(d, weightAnchor, ct.Anchor)
			field(d, weightNote, ct.Note)
		}
	}
	ref := func(d *searchDoc, kind tag.Kind, ids ...string) {
		for _, id := range ids {
			if id != "" {
				d.refs = append(d.refs, kind.String()+":"+id)
			}
		}
	}

	docCites := map[string][]accord.Citation{}
	for ct := range c.Citations() {
		docCites[ct.Doc] = append(docCites[ct.Doc], ct.Citation)
	}
	for _, doc := range c.docs.list {
		d := newDoc(DocumentRecord, doc.ID, doc.Title)
		field(d, weightName, doc.Title)
		field(d, weightAlias, doc.Author)
		field(d, weightAlias, doc.Publisher)
		field(d, weightText, doc.Summary)
		d.cites = docCites[doc.ID]
	}
	if reg := c.actors.registry; reg != nil {
		for a := range reg.All() {
			d := newDoc(ActorRecord, a.ID, a.Name)
			field(d, weightName, a.Name)
			for _, n := range a.AllNames()[1:] {
				field(d, weightAlias, n)
			}
			for _, al := range a.Aliases {
				field(d, weightNote, al.StandsFor)
				evidence(d, al.Evidence)
			}
			field(d, weightText, a.Summary)
			evidence(d, a.Evidence)
			ref(d, tag.Actor, a.ActsFor)
			for _, o := range a.Offices {
				field(d, weightText, o.Title)
				ref(d, tag.Actor, o.For)
			}
			for _, m := range a.Memberships {
				ref(d, tag.Actor, m.Of)
			}
		}
	}
	for _, in := range c.instruments.list {
		d := newDoc(InstrumentRecord, in.ID, in.Title())
		field(d, weightName, in.Name)
		field(d, weightAlias, in.ShortName)
		field(d, weightText, in.Summary)
		evidence(d, in.Evidence)
		for _, p := range in.Parties {
			ref(d, tag.Actor, p.Actor)
			field(d, weightNote, p.Note)
		}
		for _, cl := range in.Clauses {
			field(d, weightText, cl.Label)
			field(d, weightText, cl.Summary)
			evidence(d, cl.Evidence)
		}
	}
	if tax := c.actors.taxonomy; tax != nil {
		for is := range tax.All() {
			d := newDoc(IssueRecord, is.ID, is.Name)
			field(d, weightName, is.Name)
			field(d, weightText, is.Outcome)
			evidence(d, is.Evidence)
			ref(d, tag.Issue, is.Parent)
		}
		for _, tm := range c.text.terms {
			if tm.Kind != tag.Issue {
				continue
			}
			for _, d := range idx {
				if d.kind == IssueRecord && d.id == tm.Target {
					field(d, weightAlias, tm.Term)
				}
			}
		}
	}
	if ps := c.actors.positions; ps != nil {
		for p := range ps.All() {
			title := p.ID
			if c.actors.registry != nil && c.actors.taxonomy != nil {
				title = c.actors.registry.Name(p.Actor) + " on " + c.actors.taxonomy.Name(p.Issue)
			}
			d := newDoc(PositionRecord, p.ID, title)
			field(d, weightText, p.Summary)
			for _, cond := range p.Conditions {
				field(d, weightNote, cond.Text)
				ref(d, tag.Issue, cond.Issue)
			}
			evidence(d, p.Evidence)
			ref(d, tag.Actor, p.Actor)
			ref(d, tag.Actor, p.Via)
			ref(d, tag.Issue, p.Issue)
		}
	}
	for _, st := range c.neutrality.statuses {
		s := st.Status
		title := s.Kind.String() + " (" + s.ID + ")"
		if c.actors.registry != nil && c.actors.registry.Has(s.State) {
			title = c.actors.registry.Name(s.State) + ": " + statusName(s.Kind.String())
		}
		d := newDoc(StatusRecord, s.ID, title)
		field(d, weightText, s.Summary)
		field(d, weightText, statusName(s.Kind.String()))
		field(d, weightText, s.Instrument)
		field(d, weightNote, s.Conflict)
		evidence(d, s.Evidence)
		ref(d, tag.Actor, s.State)
		ref(d, tag.Status, s.Kind.String())
		ref(d, tag.Actor, slices.Concat(s.RecognisedBy, s.GuaranteedBy, s.Alliances)...)
	}
	for _, sd := range c.neutrality.demands {
		dm := sd.Demand
		d := newDoc(DemandRecord, dm.ID, dm.Direction.String()+" "+dm.Activity.String()+" ("+dm.Talks+")")
		field(d, weightText, dm.Summary)
		field(d, weightNote, dm.Wording)
		field(d, weightNote, dm.Talks)
		evidence(d, dm.Evidence)
		ref(d, tag.Actor, dm.By...)
	}
	if rb := c.neutrality.rulebook; rb != nil {
		for r := range rb.All() {
			d := newDoc(RuleRecord, r.ID, statusName(r.Status.String())+": "+r.Activity.String())
			field(d, weightText, r.Reason)
			field(d, weightText, statusName(r.Status.String()))
			field(d, weightNote, r.Condition)
			evidence(d, r.Evidence)
			ref(d, tag.Status, r.Status.String())
			for _, side := range r.Sides {
				field(d, weightNote, side.Reason)
				evidence(d, side.Evidence)
			}
		}
	}
	return idx
}
