package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"slices"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
)

// ExportFormat names the layout WriteJSON writes, in its "format" member;
// ExportVersion is its version, raised on any incompatible change.
const (
	ExportFormat  = "accord-corpus"
	ExportVersion = 1
)

// exportDoc is the layout of [Corpus.WriteJSON]: the registries under the
// names their seeds files use, then the per-article records grouped by
// document.
type exportDoc struct {
	Format      string                  `json:"format"`
	Version     int                     `json:"version"`
	Documents   []Document              `json:"documents"`
	Actors      []actors.Actor          `json:"actors"`
	Issues      []actors.Issue          `json:"issues"`
	Instruments []guarantees.Instrument `json:"instruments"`
	Doctrines   []neutrality.Doctrine   `json:"doctrines"`
	Rules       []neutrality.Rule       `json:"rules"`
	Terms       []KeyTerm               `json:"terms"`
	Frame       exportFrame             `json:"settlement_frame"`
	Settlements []settlement.Settlement `json:"settlements"`
	Articles    []exportArticle         `json:"articles"`
}

// exportFrame is the frame of the settlement registry: the alliance whose
// troops matter and the bindings of settlement terms to issues.
type exportFrame struct {
	Bloc     string                   `json:"bloc"`
	Bindings []settlement.TermBinding `json:"bindings"`
}

// exportArticle holds the records coded from one article.
type exportArticle struct {
	Document  string              `json:"document"`
	Positions []actors.Position   `json:"positions"`
	Statuses  []neutrality.Status `json:"statuses"`
	Demands   []neutrality.Demand `json:"demands"`
}

// exportLine is one line of [Corpus.WriteJSONLines].
type exportLine struct {
	Kind     string `json:"kind"`
	Document string `json:"document,omitempty"`
	Record   any    `json:"record"`
}

func (c *Corpus) export() exportDoc {
	d := exportDoc{
		Format:      ExportFormat,
		Version:     ExportVersion,
		Documents:   slices.Collect(c.Documents()),
		Actors:      slices.Collect(c.Actors().All()),
		Issues:      slices.Collect(c.Issues().All()),
		Instruments: slices.Collect(c.Instruments()),
		Doctrines:   c.Rulebook().Doctrines(),
		Rules:       c.Rulebook().Rules(),
		Terms:       slices.Collect(c.KeyTerms()),
		Settlements: slices.Collect(c.Settlements()),
	}
	fr := c.SettlementFrame()
	d.Frame = exportFrame{Bloc: fr.Bloc, Bindings: nonNil(fr.Bindings)}
	byDoc := map[string]*exportArticle{}
	article := func(doc string) *exportArticle {
		if a, ok := byDoc[doc]; ok {
			return a
		}
		a := &exportArticle{Document: doc, Positions: []actors.Position{}, Statuses: []neutrality.Status{}, Demands: []neutrality.Demand{}}
		byDoc[doc] = a
		return a
	}
	for p := range c.Positions().All() {
		// Positions come from per-article files, and every citation in
		// such a file cites its article.
		doc := ""
		if len(p.Evidence) > 0 {
			doc = p.Evidence[0].Doc
		}
		a := article(doc)
		a.Positions = append(a.Positions, p)
	}
	for s := range c.NeutralityStatuses() {
		a := article(s.Document)
		a.Statuses = append(a.Statuses, s.Status)
	}
	for dm := range c.NeutralityDemands() {
		a := article(dm.Document)
		a.Demands = append(a.Demands, dm.Demand)
	}
	d.Articles = []exportArticle{}
	for _, doc := range d.Documents {
		if a, ok := byDoc[doc.ID]; ok {
			d.Articles = append(d.Articles, *a)
			delete(byDoc, doc.ID)
		}
	}
	// Records whose article is not in the registry cannot occur in a
	// loaded corpus; keep them anyway, in id order, rather than drop them.
	for _, id := range slices.Sorted(maps.Keys(byDoc)) {
		d.Articles = append(d.Articles, *byDoc[id])
	}
	// Empty sections are written as [] rather than null, so that programs
	// in other languages can iterate over every section unconditionally.
	d.Documents = nonNil(d.Documents)
	d.Actors = nonNil(d.Actors)
	d.Issues = nonNil(d.Issues)
	d.Instruments = nonNil(d.Instruments)
	d.Doctrines = nonNil(d.Doctrines)
	d.Rules = nonNil(d.Rules)
	d.Terms = nonNil(d.Terms)
	d.Settlements = nonNil(d.Settlements)
	return d
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteJSON writes the whole corpus to w as one JSON document, for programs
// in other languages: an object with "format" ("accord-corpus"), "version"
// (1), one array per registry under the name its seeds file uses
// ("documents", "actors", "issues", "instruments", "doctrines", "rules",
// "terms", "settlements"), "settlement_frame" ({"bloc": id, "bindings":
// […]}, the frame of settlements.json), and "articles", the records coded from each article grouped by
// document: {"document": id, "positions": […], "statuses": […],
// "demands": […]}, in registry order. Records are encoded exactly as in the
// seeds files (seeds/schema.json describes them), so the output can be
// split back into a data set that [Load] reads. The output is
// deterministic and indented by two spaces.
func (c *Corpus) WriteJSON(w io.Writer) error {
	c = c.orEmpty()
	if w == nil {
		return errNilWriter
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c.export()); err != nil {
		return err
	}
	return bw.Flush()
}

// errNilWriter is returned by the writers of a corpus given a nil writer.
var errNilWriter = errors.New("corpus: nil writer")

// WriteJSONLines writes the corpus to w as JSON Lines: one record per line,
// {"kind": k, "document": id, "record": {…}}, where k is one of "document",
// "actor", "issue", "instrument", "doctrine", "neutrality-rule", "term",
// "settlement-frame" (one line, when the corpus has one), "settlement",
// "position", "neutrality-status" and "neutrality-demand" (written in that
// order), document is set for the records coded from one article, and
// record is encoded as in the seeds files. The output is deterministic.
func (c *Corpus) WriteJSONLines(w io.Writer) error {
	c = c.orEmpty()
	if w == nil {
		return errNilWriter
	}
	d := c.export()
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var err error // the first error; emit does nothing after it
	emit := func(kind, doc string, rec any) {
		if err == nil {
			err = enc.Encode(exportLine{Kind: kind, Document: doc, Record: rec})
		}
	}
	emitAll(emit, kindDocument, "", d.Documents)
	emitAll(emit, kindActor, "", d.Actors)
	emitAll(emit, kindIssue, "", d.Issues)
	emitAll(emit, kindInstrument, "", d.Instruments)
	emitAll(emit, kindDoctrine, "", d.Doctrines)
	emitAll(emit, kindNeutralityRule, "", d.Rules)
	emitAll(emit, "term", "", d.Terms)
	if d.Frame.Bloc != "" || len(d.Frame.Bindings) > 0 {
		emit("settlement-frame", "", d.Frame)
	}
	emitAll(emit, kindSettlement, "", d.Settlements)
	for _, a := range d.Articles {
		emitAll(emit, kindPosition, a.Document, a.Positions)
	}
	for _, a := range d.Articles {
		emitAll(emit, kindNeutralityStatus, a.Document, a.Statuses)
	}
	for _, a := range d.Articles {
		emitAll(emit, kindNeutralityDemand, a.Document, a.Demands)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

func emitAll[T any](emit func(kind, doc string, rec any), kind, doc string, recs []T) {
	for _, r := range recs {
		emit(kind, doc, r)
	}
}
