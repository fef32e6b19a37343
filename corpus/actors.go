package corpus

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

// Kinds of record package actors contributes, for define and ref.
const (
	kindActor    = "actor"
	kindIssue    = "issue"
	kindPosition = "position"
)

// actorData is what the corpus holds about actors: the actor registry
// (actors.json), the issue taxonomy (issues.json) and the positions coded
// per article (positions/<document-id>.json), each validated and indexed
// by package actors.
type actorData struct {
	registry  *actors.Registry
	taxonomy  *actors.Taxonomy
	positions *actors.Positions
}

// defineAll requires at least one record in the top-level list of f and
// defines the id of each as a record of kind; with a stack s, it adds the
// records to s, all but those whose id is already defined (see
// stack.add).
func defineAll[T any](l *loader, f *file, s *stack[T], kind, list string, recs []T, id func(T) string) {
	if len(recs) == 0 {
		l.report(f, accord.Required(accord.NewPath(list), "at least one "+kind))
	}
	if s != nil {
		s.add(l, f, kind, list, recs, id)
		return
	}
	for i, r := range recs {
		l.define(kind, id(r), f, list, i)
	}
}

// loadActors reads the actor and issue registries of a layer
// (actors.json or actors/*.json, issues.json or issues/*.json) and its
// positions/ (each optional: a corpus need not code every kind of record),
// defines their ids and builds the registry, the taxonomy and the
// positions index from the records of this layer and every layer below.
// The constructors validate every record and the references among actors,
// issues and positions; a record may refer to records of the layers below.
func (c *Corpus) loadActors(l *loader) {
	a := &l.acc
	registryFiles(l, "actors", false, func(f *file, v *actorsFile) {
		defineAll(l, f, &a.actors, kindActor, "actors", v.Actors, func(a actors.Actor) string { return a.ID })
	})
	if a.actors.has(l) {
		reg, err := actors.NewRegistry(a.actors.list)
		l.reportSpans("actors", a.actors.spans, err)
		c.actors.registry, a.registryOK = reg, reg != nil
	}
	registryFiles(l, "issues", false, func(f *file, v *issuesFile) {
		defineAll(l, f, &a.issues, kindIssue, "issues", v.Issues, func(is actors.Issue) string { return is.ID })
	})
	if a.issues.has(l) {
		tax, err := actors.NewTaxonomy(a.issues.list)
		l.reportSpans("issues", a.issues.spans, err)
		c.actors.taxonomy, a.taxonomyOK = tax, tax != nil
	}
	// A corpus without these files (or with broken ones, which Load
	// never returns) still gets empty, usable values.
	complete := a.registryOK && a.taxonomyOK
	if c.actors.registry == nil {
		c.actors.registry = actors.MustNewRegistry(nil)
	}
	if c.actors.taxonomy == nil {
		c.actors.taxonomy = actors.MustNewTaxonomy(nil)
	}
	registry, taxonomy := c.actors.registry, c.actors.taxonomy

	perArticle(l, "positions", func(f *file, v *positionsFile) {
		defineAll(l, f, &a.positions, kindPosition, "positions", v.Positions, func(ps actors.Position) string { return ps.ID })
	})
	// The positions are checked again when the registry or the taxonomy
	// grows, as an actor or issue of this layer may clash with them; a
	// position id repeated across files is reported by define, and only
	// its first record is checked.
	ps, err := actors.NewPositions(registry, taxonomy, a.positions.list)
	l.reportSpans("positions", a.positions.spans, err)
	if !complete || err != nil {
		ps = actors.MustNewPositions(registry, taxonomy, nil)
	}
	c.actors.positions = ps
}

// actorsFile and issuesFile are the contents of actors.json and
// issues.json.
type (
	actorsFile struct {
		Actors []actors.Actor `json:"actors"`
	}
	issuesFile struct {
		Issues []actors.Issue `json:"issues"`
	}
)

// positionsFile is the content of a file positions/<document-id>.json.
type positionsFile struct {
	Document  string            `json:"document"`
	Positions []actors.Position `json:"positions"`
}

// Actors returns the registry of every actor the articles name, with
// lookup by any name or alias. The registry is immutable and returns
// copies.
func (c *Corpus) Actors() *actors.Registry {
	c = c.orEmpty()
	return c.actors.registry
}

// Issues returns the taxonomy of the issues under negotiation.
func (c *Corpus) Issues() *actors.Taxonomy {
	c = c.orEmpty()
	return c.actors.taxonomy
}

// Positions returns every position the articles attribute to an actor,
// with date-aware queries and the clash analysis.
func (c *Corpus) Positions() *actors.Positions {
	c = c.orEmpty()
	return c.actors.positions
}
