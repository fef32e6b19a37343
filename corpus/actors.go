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
// defines the id of each as a record of kind.
func defineAll[T any](l *loader, f *file, kind, list string, recs []T, id func(T) string) {
	if len(recs) == 0 {
		l.report(f, accord.Required(accord.NewPath(list), "at least one "+kind))
	}
	for i, r := range recs {
		l.define(kind, id(r), f, list, i)
	}
}

// loadActors reads actors.json, issues.json and positions/ (each
// optional: a corpus need not code every kind of record), defines their
// ids and builds the registry, the taxonomy and the positions index. The
// constructors validate every record and the references among actors,
// issues and positions.
func (c *Corpus) loadActors(l *loader) {
	var av struct {
		Actors []actors.Actor `json:"actors"`
	}
	if f := l.registry("actors.json", true, &av); f != nil {
		defineAll(l, f, kindActor, "actors", av.Actors, func(a actors.Actor) string { return a.ID })
		reg, err := actors.NewRegistry(av.Actors)
		l.reportErr(f, err)
		c.actors.registry = reg
	}
	var iv struct {
		Issues []actors.Issue `json:"issues"`
	}
	if f := l.registry("issues.json", true, &iv); f != nil {
		defineAll(l, f, kindIssue, "issues", iv.Issues, func(is actors.Issue) string { return is.ID })
		tax, err := actors.NewTaxonomy(iv.Issues)
		l.reportErr(f, err)
		c.actors.taxonomy = tax
	}
	// A corpus without these files (or with broken ones, which Load
	// never returns) still gets empty, usable values.
	complete := c.actors.registry != nil && c.actors.taxonomy != nil
	if c.actors.registry == nil {
		c.actors.registry = actors.MustNewRegistry(nil)
	}
	if c.actors.taxonomy == nil {
		c.actors.taxonomy = actors.MustNewTaxonomy(nil)
	}

	type filePositions struct {
		f    *file
		list []actors.Position
	}
	var files []filePositions
	var all []actors.Position
	perArticle(l, "positions", func(f *file, v *positionsFile) {
		defineAll(l, f, kindPosition, "positions", v.Positions, func(ps actors.Position) string { return ps.ID })
		files = append(files, filePositions{f, v.Positions})
		all = append(all, v.Positions...)
	})
	ps, err := actors.NewPositions(c.actors.registry, c.actors.taxonomy, all)
	if err != nil {
		// Its problems are at paths in the list of every position:
		// check each file's positions on their own to report them at
		// the paths they have in their files. (A position id repeated
		// across files is reported by define.)
		for _, fp := range files {
			_, err := actors.NewPositions(c.actors.registry, c.actors.taxonomy, fp.list)
			l.reportErr(fp.f, err)
		}
	}
	if complete && err == nil {
		c.actors.positions = ps
	} else {
		c.actors.positions = actors.MustNewPositions(c.actors.registry, c.actors.taxonomy, nil)
	}
}

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
