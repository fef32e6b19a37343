package corpus

import (
	"iter"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/internal/seq"
)

// kindQuantity is the kind of record a quantity is, for define and ref.
const kindQuantity = "quantity"

// quantityData holds every quantity coded per article
// (quantities/<document-id>.json), in file and record order.
type quantityData struct {
	list []SourcedQuantity
}

// SourcedQuantity is a [actors.Quantity] with the id of the article it was
// coded from.
type SourcedQuantity struct {
	actors.Quantity
	// Document is the id of the article.
	Document string
}

// quantitiesFile is the content of a file quantities/<document-id>.json.
type quantitiesFile struct {
	Document   string            `json:"document"`
	Quantities []actors.Quantity `json:"quantities"`
}

// loadQuantities reads quantities/ (optional: a corpus need not code any
// quantity), validates every record, defines its id and checks that the
// actors it names exist.
func (c *Corpus) loadQuantities(l *loader) {
	perArticle(l, "quantities", func(f *file, v *quantitiesFile) {
		defineAll(l, f, nil, kindQuantity, "quantities", v.Quantities, func(q actors.Quantity) string { return q.ID })
		nodes := f.root.Get("quantities")
		for i, q := range v.Quantities {
			p := accord.NewPath("quantities").Index(i)
			if !f.rejectedRecord(nodes, i) {
				l.report(f, q.Validate(p)...)
			}
			l.refIfDefined(kindActor, q.Actor, f, p.Child("actor"))
			if q.RelativeTo != "" {
				l.refIfDefined(kindActor, q.RelativeTo, f, p.Child("relative_to"))
			}
			if q.Source != "" {
				l.refIfDefined(kindActor, q.Source, f, p.Child("source"))
			}
			c.quantities.list = append(c.quantities.list, SourcedQuantity{Quantity: q.Clone(), Document: f.doc})
		}
	})
}

// Quantities returns every quantity the articles state about an actor
// (population, territory, forces, spending, aid, census shares …), in
// article and record order. Each is a copy.
func (c *Corpus) Quantities() iter.Seq[SourcedQuantity] {
	c = c.orEmpty()
	return seq.Map(c.quantities.list, SourcedQuantity.clone)
}

// Quantity returns the quantity with the given id.
func (c *Corpus) Quantity(id string) (SourcedQuantity, bool) {
	c = c.orEmpty()
	for _, q := range c.quantities.list {
		if q.ID == id {
			return q.clone(), true
		}
	}
	return SourcedQuantity{}, false
}

// NumQuantities returns the number of quantities.
func (c *Corpus) NumQuantities() int {
	c = c.orEmpty()
	return len(c.quantities.list)
}

// QuantitiesOf returns the quantities about the actor with the given id
// of metric m that may hold on date d (the zero Date matches every
// one; see [actors.Quantity.HoldsOn]), ordered by the start of their
// period (undated ones last), then by article and record order. A zero m
// matches every metric. An actor the registry lacks is an error
// ([actors.ErrUnknownActor]); a known actor with no quantity has none.
func (c *Corpus) QuantitiesOf(actor string, m actors.Metric, d accord.Date) ([]SourcedQuantity, error) {
	c = c.orEmpty()
	if !c.Actors().Has(actor) {
		return nil, accord.NotFound(accord.NewPath("actor"), actor, "no actor has this id").WithRule(actors.ErrUnknownActor)
	}
	var out []SourcedQuantity
	for _, q := range c.quantities.list {
		if q.Actor == actor && (m == 0 || q.Metric == m) && q.HoldsOn(d) {
			out = append(out, q.clone())
		}
	}
	slices.SortStableFunc(out, func(a, b SourcedQuantity) int {
		za, zb := !a.Period.From.IsValid(), !b.Period.From.IsValid()
		if za || zb {
			switch {
			case za && zb:
				return 0
			case za:
				return 1
			}
			return -1
		}
		return a.Period.From.Compare(b.Period.From)
	})
	return out, nil
}

func (q SourcedQuantity) clone() SourcedQuantity {
	q.Quantity = q.Quantity.Clone()
	return q
}
