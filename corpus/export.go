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
	ExportVersion = 2
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
	Computed    *exportComputed         `json:"computed,omitempty"`
}

// exportFrame is the frame of the settlement registry: the alliance whose
// troops matter and the bindings of settlement terms to issues.
type exportFrame struct {
	Bloc     string                   `json:"bloc"`
	Bindings []settlement.TermBinding `json:"bindings"`
}

// exportArticle holds the records coded from one article.
type exportArticle struct {
	Document   string              `json:"document"`
	Positions  []actors.Position   `json:"positions"`
	Statuses   []neutrality.Status `json:"statuses"`
	Demands    []neutrality.Demand `json:"demands"`
	Quantities []actors.Quantity   `json:"quantities"`
}

// exportLine is one line of [Corpus.WriteJSONLines].
type exportLine struct {
	Kind     string `json:"kind"`
	Document string `json:"document,omitempty"`
	Record   any    `json:"record"`
}

func (c *Corpus) export(opts ExportOptions) (exportDoc, error) {
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
		a := &exportArticle{Document: doc, Positions: []actors.Position{}, Statuses: []neutrality.Status{}, Demands: []neutrality.Demand{}, Quantities: []actors.Quantity{}}
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
	for q := range c.Quantities() {
		a := article(q.Document)
		a.Quantities = append(a.Quantities, q.Quantity)
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
	if opts.Computed {
		cp, err := c.computed()
		if err != nil {
			return d, err
		}
		d.Computed = &cp
	}
	return d, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteJSON writes the whole corpus to w as one JSON document, for programs
// in other languages: an object with "format" ("accord-corpus"), "version"
// (2), one array per registry under the name its seeds file uses
// ("documents", "actors", "issues", "instruments", "doctrines", "rules",
// "terms", "settlements"), "settlement_frame" ({"bloc": id, "bindings":
// […]}, the frame of settlements.json), and "articles", the records coded
// from each article grouped by document: {"document": id, "positions":
// […], "statuses": […], "demands": […], "quantities": […]}, in registry
// order. Records are
// encoded exactly as in the seeds files (seeds/schema.json describes them),
// so the output can be split back into a data set that [Load] reads.
// corpus/export.schema.json describes the whole output. The output is
// deterministic and indented by two spaces.
func (c *Corpus) WriteJSON(w io.Writer) error { return c.WriteJSONWith(w, ExportOptions{}) }

// WriteJSONWith is [Corpus.WriteJSON] with options: with opts.Computed
// the object has a "computed" member holding the verdict table of the
// rulebook ("verdicts": every status kind × activity × context the rules
// cover, with the verdict under each doctrine of a contested rule), the
// assessment of every commitment ([guarantees.Kind.Commitment]) with its findings ("assessments",
// strongest first), the red-line clash matrix ("clashes") and the
// evaluation of every settlement option ("evaluations").
func (c *Corpus) WriteJSONWith(w io.Writer, opts ExportOptions) error {
	return c.encodeExport(w, opts, func(enc *json.Encoder, d exportDoc) error {
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	})
}

// encodeExport is what the writers share: it checks w, builds the export
// of c with opts and hands it to write with an encoder over a buffer on w
// that leaves HTML characters unescaped, flushing the buffer when write
// succeeds.
func (c *Corpus) encodeExport(w io.Writer, opts ExportOptions, write func(*json.Encoder, exportDoc) error) error {
	c = c.orEmpty()
	if w == nil {
		return errNilWriter
	}
	d, err := c.export(opts)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := write(enc, d); err != nil {
		return err
	}
	return bw.Flush()
}

// errNilWriter is returned by the writers of a corpus given a nil writer.
var errNilWriter = errors.New("corpus: nil writer")

// WriteJSONLines writes the corpus to w as JSON Lines: one record per line,
// {"kind": k, "document": id, "record": {…}}, where k is the name of the
// record's [RecordKind] — "document", "actor", "issue", "instrument",
// "doctrine", "rule", "term", "settlement-frame" (one line, when the corpus
// has one), "settlement", "position", "status", "demand" and "quantity"
// (written in that order) — document is set for the records coded from one article,
// and record is encoded as in the seeds files. The output is
// deterministic; corpus/export.schema.json describes each line.
func (c *Corpus) WriteJSONLines(w io.Writer) error { return c.WriteJSONLinesWith(w, ExportOptions{}) }

// WriteJSONLinesWith is [Corpus.WriteJSONLines] with options: with
// opts.Computed the records are followed by what the library computes,
// one line each, of kinds "verdict", "assessment", "clash" (one red-line
// clash of the matrix) and "evaluation", encoded as in the "computed"
// member of [Corpus.WriteJSONWith].
func (c *Corpus) WriteJSONLinesWith(w io.Writer, opts ExportOptions) error {
	return c.encodeExport(w, opts, writeLines)
}

// writeLines encodes d with enc as the lines of [Corpus.WriteJSONLinesWith].
func writeLines(enc *json.Encoder, d exportDoc) error {
	var err error
	// err is the first error; emit does nothing after it.
	emit := func(kind, doc string, rec any) {
		if err == nil {
			err = enc.Encode(exportLine{Kind: kind, Document: doc, Record: rec})
		}
	}
	emitAll(emit, DocumentRecord.String(), "", d.Documents)
	emitAll(emit, ActorRecord.String(), "", d.Actors)
	emitAll(emit, IssueRecord.String(), "", d.Issues)
	emitAll(emit, InstrumentRecord.String(), "", d.Instruments)
	emitAll(emit, DoctrineRecord.String(), "", d.Doctrines)
	emitAll(emit, RuleRecord.String(), "", d.Rules)
	emitAll(emit, TermRecord.String(), "", d.Terms)
	if d.Frame.Bloc != "" || len(d.Frame.Bindings) > 0 {
		emit(FrameRecord.String(), "", d.Frame)
	}
	emitAll(emit, SettlementRecord.String(), "", d.Settlements)
	for _, a := range d.Articles {
		emitAll(emit, PositionRecord.String(), a.Document, a.Positions)
	}
	for _, a := range d.Articles {
		emitAll(emit, StatusRecord.String(), a.Document, a.Statuses)
	}
	for _, a := range d.Articles {
		emitAll(emit, DemandRecord.String(), a.Document, a.Demands)
	}
	for _, a := range d.Articles {
		emitAll(emit, QuantityRecord.String(), a.Document, a.Quantities)
	}
	if cp := d.Computed; cp != nil {
		emitAll(emit, "verdict", "", cp.Verdicts)
		emitAll(emit, "assessment", "", cp.Assessments)
		emitAll(emit, "clash", "", cp.Clashes.Clashes)
		emitAll(emit, "evaluation", "", cp.Evaluations)
	}
	return err
}

func emitAll[T any](emit func(kind, doc string, rec any), kind, doc string, recs []T) {
	for _, r := range recs {
		emit(kind, doc, r)
	}
}
