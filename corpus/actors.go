package corpus

import (
	"cmp"
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"

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

// loadActors starts the jobs that decode and check actors.json,
// issues.json and positions/ (each optional: a corpus need not code every
// kind of record) and declare their ids, references and citations. The
// function it returns starts the follow-up that sets the registry and
// taxonomy and validates and indexes the positions.
func (c *Corpus) loadActors(l *loader) (followUp func()) {
	const actorsFile, issuesFile = "actors.json", "issues.json"

	// Set by the jobs: what the constructors built (nil for a missing
	// or broken file).
	var reg *actors.Registry
	var tax *actors.Taxonomy

	actorsJob := l.spawnFile(actorsFile, true, func(l *loader) {
		var av struct {
			Actors []actors.Actor `json:"actors"`
		}
		if !l.decode(&av) {
			return
		}
		base := accord.NewPath("actors")
		if len(av.Actors) == 0 {
			l.report(actorsFile, accord.ErrorList{accord.Required(base, "at least one actor")})
		}
		// Each actor's own problems (Actor.Validate) are reported by
		// NewRegistry below, at the same paths.
		for i, a := range av.Actors {
			p := base.Index(i)
			l.define(kindActor, a.ID, actorsFile, p.Child("id"))
			l.ref(kindActor, a.ActsFor, actorsFile, p.Child("acts_for"))
			l.citeAll(actorsFile, p.Child("evidence"), a.Evidence)
			for j, al := range a.Aliases {
				l.citeAll(actorsFile, p.Child("aliases").Index(j).Child("evidence"), al.Evidence)
			}
			for j, o := range a.Offices {
				op := p.Child("offices").Index(j)
				l.ref(kindActor, o.For, actorsFile, op.Child("for"))
				l.citeAll(actorsFile, op.Child("evidence"), o.Evidence)
			}
			for j, m := range a.Memberships {
				mp := p.Child("memberships").Index(j)
				l.ref(kindActor, m.Of, actorsFile, mp.Child("of"))
				l.citeAll(actorsFile, mp.Child("evidence"), m.Evidence)
			}
		}
		// The constructor validates every actor (it is the only check of
		// each) and adds what needs the whole set, such as cycles of
		// acts_for.
		r, err := actors.NewRegistry(av.Actors)
		l.report(actorsFile, fieldErrors(err))
		reg = r
	})

	issuesJob := l.spawnFile(issuesFile, true, func(l *loader) {
		var iv struct {
			Issues []actors.Issue `json:"issues"`
		}
		if !l.decode(&iv) {
			return
		}
		base := accord.NewPath("issues")
		if len(iv.Issues) == 0 {
			l.report(issuesFile, accord.ErrorList{accord.Required(base, "at least one issue")})
		}
		// Each issue's own problems (Issue.Validate) are reported by
		// NewTaxonomy below, at the same paths.
		for i, is := range iv.Issues {
			p := base.Index(i)
			l.define(kindIssue, is.ID, issuesFile, p.Child("id"))
			l.ref(kindIssue, is.Parent, issuesFile, p.Child("parent"))
			l.citeAll(issuesFile, p.Child("evidence"), is.Evidence)
		}
		t, err := actors.NewTaxonomy(iv.Issues)
		l.report(issuesFile, fieldErrors(err))
		tax = t
	})

	files := decodeDir(l, "positions", func(l *loader, f *dirFile[positionsFile]) {
		base := accord.NewPath("positions")
		if len(f.v.Positions) == 0 {
			l.report(f.file, accord.ErrorList{accord.Required(base, "at least one position")})
		}
		for i, ps := range f.v.Positions {
			p := base.Index(i)
			l.define(kindPosition, ps.ID, f.file, p.Child("id"))
			l.ref(kindActor, ps.Actor, f.file, p.Child("actor"))
			l.ref(kindActor, ps.Via, f.file, p.Child("via"))
			l.ref(kindIssue, ps.Issue, f.file, p.Child("issue"))
			for j, cond := range ps.Conditions {
				l.ref(kindIssue, cond.Issue, f.file, p.Child("conditions").Index(j).Child("issue"))
			}
			l.citeAll(f.file, p.Child("evidence"), ps.Evidence)
		}
	})

	return func() {
		l.after(append([]*loader{actorsJob, issuesJob}, jobsOf(files)...), func(l *loader) { c.indexPositions(l, reg, tax, files) })
	}
}

// indexPositions is the follow-up of loadActors: it sets the registry and
// the taxonomy and validates and indexes the positions of every file.
func (c *Corpus) indexPositions(l *loader, reg *actors.Registry, tax *actors.Taxonomy, files []*dirFile[positionsFile]) {
	// A corpus without these files (or with broken ones, which Load
	// never returns) still gets empty, usable values.
	complete := reg != nil && tax != nil
	c.actors.registry, c.actors.taxonomy = reg, tax
	if reg == nil {
		c.actors.registry = actors.MustNewRegistry(nil)
	}
	if tax == nil {
		c.actors.taxonomy = actors.MustNewTaxonomy(nil)
	}
	// Every position is validated once, by NewPositions, on the
	// positions of all files in one list; spans say which file each
	// came from, so that its problems are reported there.
	n := 0
	for _, f := range files {
		n += len(f.v.Positions)
	}
	all := make([]actors.Position, 0, n)
	var spans []positionSpan
	for _, f := range files {
		if f.ok {
			spans = append(spans, positionSpan{file: f.file, start: len(all)})
			all = append(all, f.v.Positions...)
		}
	}
	if len(spans) > 0 {
		// NewPositions validates every position (against empty
		// stand-ins for a missing or broken registry or taxonomy).
		// Its problems are reported in the file each position came
		// from; it fails whenever one is reported, so Load then
		// returns no corpus.
		ps, err := actors.NewPositions(c.actors.registry, c.actors.taxonomy, all)
		l.reportPositions(spans, fieldErrors(err))
		if complete {
			c.actors.positions = ps
		}
	}
	if c.actors.positions == nil {
		c.actors.positions = actors.MustNewPositions(c.actors.registry, c.actors.taxonomy, nil)
	}
}

// positionsFile is the content of a file positions/<document-id>.json.
type positionsFile struct {
	Document  string            `json:"document"`
	Positions []actors.Position `json:"positions"`
}

// positionSpan says that the positions of the list given to NewPositions
// from index start on (up to the next span) came from file.
type positionSpan struct {
	file  string
	start int
}

// reportPositions reports the problems NewPositions found in the list of
// all positions at the paths the positions have in their own files:
// "positions[7].stance" of the list is "positions[2].stance" of the file
// whose positions start at 5. Unknown actors and issues and duplicate
// ids are left out: the loader reports those itself (l.ref, l.define),
// across every kind of record, and NewPositions would report unknown
// actors again when it was given an empty stand-in registry.
func (l *loader) reportPositions(spans []positionSpan, errs accord.ErrorList) {
	const prefix = "positions["
	for _, e := range errs {
		if e.Kind == accord.ErrNotFound || e.Kind == accord.ErrDuplicate && strings.HasSuffix(e.Path, ".id") {
			continue
		}
		i, rest, ok := splitIndex(e.Path, prefix)
		if !ok {
			continue // NewPositions reports only at positions[i]…
		}
		k, _ := slices.BinarySearchFunc(spans, i+1, func(s positionSpan, t int) int { return cmp.Compare(s.start, t) })
		sp := spans[max(k-1, 0)]
		c := *e
		c.Path = prefix + strconv.Itoa(i-sp.start) + "]" + rest
		l.report(sp.file, accord.ErrorList{&c})
	}
}

// splitIndex splits a path that begins with prefix, an index and "]"
// ("positions[12].stance") into the index and what follows "]" (".stance").
func splitIndex(path, prefix string) (i int, rest string, ok bool) {
	num, ok := strings.CutPrefix(path, prefix)
	if !ok {
		return 0, "", false
	}
	end := strings.IndexByte(num, ']')
	if end < 0 {
		return 0, "", false
	}
	i, err := strconv.Atoi(num[:end])
	if err != nil || i < 0 {
		return 0, "", false
	}
	return i, num[end+1:], true
}

// fieldErrors returns the problems an actors constructor reported.
func fieldErrors(err error) accord.ErrorList {
	var list accord.ErrorList
	if errors.As(err, &list) {
		return list
	}
	return nil
}

// ActorRegistry returns the registry of every actor the articles name, with
// lookup by any name or alias. The registry is immutable and returns
// copies.
func (c *Corpus) ActorRegistry() *actors.Registry { return c.actors.registry }

// Issues returns the taxonomy of the issues under negotiation.
func (c *Corpus) Issues() *actors.Taxonomy { return c.actors.taxonomy }

// Positions returns every position the articles attribute to an actor,
// with date-aware queries and the clash analysis.
func (c *Corpus) Positions() *actors.Positions { return c.actors.positions }

// Actors returns copies of every actor, in file order.
func (c *Corpus) Actors() iter.Seq[actors.Actor] { return c.actors.registry.All() }

// Actor returns a copy of the actor with the given id.
func (c *Corpus) Actor(id string) (actors.Actor, bool) { return c.actors.registry.Actor(id) }

// LookupActor returns the one actor known by name, as
// [actors.Registry.Lookup] does: an error matching [actors.ErrUnknownName]
// or [actors.ErrAmbiguousName] otherwise.
func (c *Corpus) LookupActor(name string) (actors.Actor, error) {
	return c.actors.registry.Lookup(name)
}

// NumActors returns the number of actors.
func (c *Corpus) NumActors() int { return c.actors.registry.Len() }

// NumPositions returns the number of coded positions.
func (c *Corpus) NumPositions() int { return c.actors.positions.Len() }
