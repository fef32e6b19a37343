package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unsafe"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/internal/jsontree"
)

// Load reads a corpus from its layers with the default [LoadOptions]; see
// [LoadWith]. Load(seeds.FS()) reads the embedded corpus.
func Load(layers ...fs.FS) (*Corpus, error) { return LoadWith(LoadOptions{}, layers...) }

// LoadWith reads a corpus from its layers, each laid out like package
// seeds: registries such as documents.json at the top (each one file, a
// folder of files such as actors/*.json, or both), and per-article files
// "<kind>/<document-id>.json". The layers are read from the first (the
// bottom, usually [seeds.FS]) up: ids are unique across all of them, a
// record may refer to records of its own layer and the layers below, never
// above, and nothing is overridden (a rule for a status and activity the
// rules below cover, or a second alliance in the settlement frame, is an
// error). The bottom layer must have a document registry; any other layer
// must hold some data file. With several layers, every file name in a
// problem or a [Cited] starts with its layer's name (see [NamedLayer]).
// Decoding is strict and Load reports every
// problem of the whole data set in one [accord.ErrorList]: syntax errors,
// unknown fields, duplicate keys and ids, unsupported enum names, missing
// required values, impossible values and dangling references, each as a
// *[accord.FieldError] with file, line, column and record path, for example
//
//	documents.json:18:15: documents[1].kind: unsupported value "blog" (supported: …)
//
// On any problem Load returns a nil *Corpus and the list.
//
// Load reads, decodes and checks the files one after another, on the
// calling goroutine, so a layer need not be safe for concurrent use. Each
// record is validated by its domain's constructor or Validate method; Load
// itself checks what spans files: that ids are unique across the corpus,
// that references resolve, that citations cite registered documents.
func LoadWith(opts LoadOptions, layers ...fs.FS) (*Corpus, error) {
	ls, err := layersOf(layers)
	if err != nil {
		return nil, err
	}
	if err := opts.Limits.check(); err != nil {
		return nil, err
	}
	l := &loader{limits: opts.Limits.withDefaults(), ids: map[string]map[string]site{}, plans: jsontree.Plans{}}
	c := &Corpus{}
	// Each file refers only to records of the files read before it (or
	// of its own), so a reference is checked when it is met: a layer
	// sees every layer below it, never one above.
	for i, ly := range ls {
		l.layer, l.fsys, l.prefix = i, ly.fsys, ly.prefix
		read := l.read
		c.loadDocuments(l)
		c.loadActors(l)
		c.loadQuantities(l)
		c.loadNeutrality(l)
		c.loadInstruments(l)
		c.loadSettlements(l)
		c.loadTerms(l)
		if l.read == read && i > 0 {
			// A misspelt folder reads as an empty layer: say so.
			l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrRequired, File: cmp.Or(ly.prefix, fmt.Sprintf("layer%d/", i+1)),
				Detail: "the layer holds no data files (documents.json, actors.json or actors/, positions/, …)"})
		}
	}
	if err := l.finish(); err != nil {
		return nil, err
	}
	// Citations are in layer order, and by file name within a layer.
	slices.SortStableFunc(l.cites, func(a, b layerCites) int {
		return cmp.Or(cmp.Compare(a.layer, b.layer), strings.Compare(a.cites[0].File, b.cites[0].File))
	})
	for _, lc := range l.cites {
		c.citations = append(c.citations, lc.cites)
	}
	c.instruments.attacks = c.breachAttacks()
	c.settlements.frame = c.lentFrame()
	return c, nil
}

// A loader reads the files of the layers of a corpus, one layer after
// another, and collects every problem, the ids each kind of record defines
// and every citation.
type loader struct {
	layer  int    // the index of the layer being read
	fsys   fs.FS  // its files
	prefix string // what the names of its files get in messages
	limits Limits
	errs   accord.ErrorList
	ids    map[string]map[string]site // kind → id → where it is first defined
	cites  []layerCites               // the citations of each file, in the order of its text
	plans  jsontree.Plans             // how to decode each Go type, shared by every file
	acc    stacks                     // the records constructors check as a whole, from every layer so far
	terms  map[termKey]site           // where each key term is first listed
	read   int                        // how many files were read, to tell an empty layer
	// broken is set when a file cannot be read or parsed: the ids it
	// defines are unknown, so references are not checked (see ref).
	broken  bool
	omitted int // problems found but not kept (see add)
}

// A file is a data file the loader parsed.
type file struct {
	name string
	doc  string // the document id of a per-article file, "" for a registry
	text string
	root *jsontree.Node
	// at and line are the last offset pos was asked for and its line;
	// lines indexes the line starts, for an offset before at.
	at, line int
	lines    *jsontree.Lines
	cites    []Cited // the citations found in the file
	// rejected holds the offsets of the values the decoder rejected, in
	// order; a validator's complaint about the zero value left there is
	// not reported again (see report).
	rejected []int
	// misspelt holds, for each record path with unknown fields ("positions[0]"),
	// their names: a required field whose name is one of them misspelt is
	// not reported as missing again (see report).
	misspelt map[string][]string
	// bol is where the line of at begins.
	bol int
}

// pos returns the 1-based line and byte column of offset in f. The
// citations ask in the order of the text, so pos counts the lines on from
// the offset asked last; only an offset before it (a problem found later)
// needs an index of the lines, built once.
func (f *file) pos(offset int) (line, col int) {
	offset = min(max(offset, 0), len(f.text))
	if offset < f.at {
		if f.lines == nil {
			lines := jsontree.NewLines(f.text)
			f.lines = &lines
		}
		return f.lines.Pos(offset)
	}
	if skipped := f.text[f.at:offset]; strings.IndexByte(skipped, '\n') >= 0 {
		f.line += strings.Count(skipped, "\n")
		f.bol = f.at + strings.LastIndexByte(skipped, '\n') + 1
	}
	f.at = offset
	return f.line, offset - f.bol + 1
}

// site is where a record's id is defined: the field id of element index
// of the top-level list named list in file.
type site struct {
	file  *file
	list  string
	index int
	field string // the field that holds the id, when not "id"
}

func (s site) path() accord.Path {
	return accord.NewPath(s.list).Index(s.index).Child(cmp.Or(s.field, "id"))
}

// text returns the contents of a file fs.ReadFile returned as a string,
// without copying them again: fs.ReadFile hands its caller bytes of its
// own, and the loader never changes them.
func text(data []byte) string { return unsafe.String(unsafe.SliceData(data), len(data)) }

// decode parses text, the contents of file name, and decodes it into v,
// reporting every problem and recording every citation. It returns nil
// when the text is not JSON. The strings decoded are substrings of text.
func (l *loader) decode(name, doc, text string, v any) *file {
	l.read++
	parsed := jsontree.Problems{Max: l.limits.MaxProblems}
	lim := jsontree.Limits{MaxDepth: l.limits.MaxDepth, MaxStringBytes: l.limits.MaxStringBytes}
	root, err := jsontree.ParseWith(text, lim, &parsed)
	f := &file{name: name, doc: doc, text: text, root: root, line: 1}
	if err != nil {
		l.syntaxProblem(f, err)
		return nil
	}
	l.problems(f, parsed)
	// Room for the citations of a file as densely cited as the data
	// files (about one per 400 bytes).
	f.cites = make([]Cited, 0, len(text)/400)
	probs := jsontree.Problems{Max: l.limits.MaxProblems}
	jsontree.DecodeFindTo(root, v, accord.Path{}, l.plans, &probs, func(p accord.Path, offset int, ct *accord.Citation) {
		l.cite(f, p, offset, *ct)
	})
	if len(f.cites) > 0 {
		l.cites = append(l.cites, layerCites{layer: l.layer, cites: f.cites})
	}
	f.rejected = probs.Rejected
	slices.Sort(f.rejected) // already in the order of the text: sorting only checks it
	l.problems(f, probs)
	return f
}

// perArticle reads every per-article file dir/<document-id>.json, in name
// order, decodes it into a new T and calls each with the file and the
// value. A missing directory is not an error: a corpus need not code every
// kind of claim. The top-level "document" member of each file must equal
// the file's base name and name a registered document, and every citation
// in the file must cite that document.
func perArticle[T any](l *loader, dir string, each func(f *file, v *T)) {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.readProblem(dir, accord.ErrInvalid, "directory", err)
		}
		return
	}
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		if e.IsDir() || path.Ext(name) != ".json" {
			l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrInvalid, File: l.display(name), Detail: "only <document-id>.json files belong in " + dir + "/"})
			continue
		}
		data, err := l.readFile(name)
		if err != nil {
			l.readProblem(name, accord.ErrInvalid, "file", err)
			continue
		}
		doc := strings.TrimSuffix(e.Name(), ".json")
		v := new(T)
		f := l.decode(l.display(name), doc, text(data), v)
		if f == nil {
			continue
		}
		docPath := accord.NewPath("document")
		switch got := f.root.Get("document"); {
		case got == nil || got.Kind != jsontree.String || got.Text == "":
			l.report(f, accord.Required(docPath, "the id of the document this file codes, "+doc))
		case got.Text != doc:
			l.report(f, accord.Invalid(docPath, got.Text, "must equal the file name, "+doc))
		}
		l.ref(kindDocument, doc, f, docPath)
		each(f, v)
	}
}

// report adds validation problems found in f; their paths are relative
// to the file's top-level value and are turned into line:column. A problem
// at or below a path whose value the decoder already rejected is dropped: the
// decoder's message (an unsupported enum name, say) is the precise one, and
// the validator only sees the zero value left in its place.
func (l *loader) report(f *file, errs ...*accord.FieldError) {
	for _, e := range errs {
		if f.misspeltHere(e) {
			continue
		}
		off := f.root.Locate(accord.Path{}, e.Path)
		if _, rejected := slices.BinarySearch(f.rejected, off); rejected {
			continue
		}
		c := *e
		c.File = f.name
		c.Line, c.Column = f.pos(off)
		l.add(&c)
	}
}

// rejectedRecord reports whether the decoder rejected element i of list,
// a top-level list of records in f, as a whole (a number where a record
// belongs, say) and left the zero record in its place. Every problem a
// validator finds in that zero record is at the rejected value, where
// report drops it, so the loader does not validate the record: a file of
// such values costs its parse and the decoder's problems, not also a
// record's worth of problems each, built and dropped.
func (f *file) rejectedRecord(list *jsontree.Node, i int) bool {
	if len(f.rejected) == 0 {
		return false
	}
	_, ok := slices.BinarySearch(f.rejected, list.ElemOffset(i))
	return ok
}

// problems adds the problems the parser or the decoder found in f.
func (l *loader) problems(f *file, ps jsontree.Problems) {
	for _, p := range ps.List {
		if errors.Is(p.Err, accord.ErrUnknownField) {
			parent, _ := splitField(p.Err.Path.String())
			if f.misspelt == nil {
				f.misspelt = map[string][]string{}
			}
			f.misspelt[parent] = append(f.misspelt[parent], strings.Trim(p.Err.Value, `"`))
		}
		c := *p.Err
		c.File = f.name
		c.Line, c.Column = f.pos(p.Offset)
		l.add(&c)
	}
	l.omit(&ps)
}

// define declares that element index of the top-level list named list in
// f defines id of the given kind ("document", "actor", …). A second
// definition of the same kind and id anywhere in the corpus is reported
// as a duplicate, with where the first one is, and define reports false;
// it reports true otherwise. Empty ids are ignored: the record's validator
// reports them.
func (l *loader) define(kind, id string, f *file, list string, index int) bool {
	if id == "" || l.idTooLong(id, f, site{file: f, list: list, index: index}.path()) {
		return true
	}
	ids := l.ids[kind]
	if ids == nil {
		ids = map[string]site{}
		l.ids[kind] = ids
	}
	s := site{file: f, list: list, index: index}
	if first, dup := ids[id]; dup {
		l.report(f, accord.Duplicate(s.path(), id, "this "+kind+" id is already defined at "+first.where()))
		return false
	}
	ids[id] = s
	return true
}

// where returns the file:line:col of the id at s.
func (s site) where() string {
	line, col := s.file.pos(s.file.root.Locate(accord.Path{}, s.path()))
	return fmt.Sprintf("%s:%d:%d", s.file.name, line, col)
}

// ref checks that the value at f/p, which refers to the record of the
// given kind and id, names a record defined so far. Empty ids are
// ignored: the record's validator reports them.
func (l *loader) ref(kind, id string, f *file, p accord.Path) {
	if l.broken || l.idTooLong(id, f, p) {
		return
	}
	if _, ok := l.ids[kind][id]; !ok && id != "" {
		l.report(f, accord.NotFound(p, id, "no "+kind+" has this id"))
	}
}

// refIfDefined is ref for a reference to a kind of record a corpus may
// not code at all: it is checked only when some record of the kind is
// defined (a corpus without actors.json has no actor ids to check the
// actors an instrument names against).
func (l *loader) refIfDefined(kind, id string, f *file, p accord.Path) {
	if len(l.ids[kind]) > 0 {
		l.ref(kind, id, f, p)
	}
}

// refAll is refIfDefined for each id of a list at p.
func (l *loader) refAll(kind string, ids []string, f *file, p accord.Path) {
	for i, id := range ids {
		l.refIfDefined(kind, id, f, p.Index(i))
	}
}

// cite records the citation ct the decoder found in f at path p, which
// starts at offset:
// its document must exist, and in a per-article file it must be that
// article. It is kept for Corpus.Citations and VerifySources.
func (l *loader) cite(f *file, p accord.Path, offset int, ct accord.Citation) {
	if _, ok := l.ids[kindDocument][ct.Doc]; !ok {
		l.ref(kindDocument, ct.Doc, f, p.Child("doc"))
	}
	if f.doc != "" && ct.Doc != "" && ct.Doc != f.doc {
		l.report(f, accord.Invalid(p.Child("doc"), ct.Doc, "a per-article file cites only its own document, "+f.doc))
	}
	line, col := f.pos(offset)
	f.cites = append(f.cites, Cited{Citation: ct, File: f.name, Line: line, Column: col, Path: p})
}

// finish sorts every problem by position and returns them, or nil when
// there are none: the first MaxProblems, then one that says how many
// more there were.
func (l *loader) finish() error {
	l.dropDangling()
	l.trim()
	if l.omitted > 0 {
		l.errs = append(l.errs, l.moreProblems())
	}
	return l.errs.Err()
}

// misspeltHere reports whether e says a required field is missing from a
// record that has an unknown field whose name is that field's name
// misspelt ("stanse" for "stance"): the unknown field is the cause, and
// is reported; the missing field is its consequence.
func (f *file) misspeltHere(e *accord.FieldError) bool {
	if len(f.misspelt) == 0 || !errors.Is(e, accord.ErrRequired) {
		return false
	}
	parent, name := splitField(e.Path.String())
	for _, u := range f.misspelt[parent] {
		if nearName(u, name) {
			return true
		}
	}
	return false
}

// splitField splits a record path "positions[0].stance" into the path of
// the record, "positions[0]", and the field's name, "stance".
func splitField(p string) (parent, name string) {
	i := strings.LastIndexByte(p, '.')
	if i < 0 || strings.ContainsAny(p[i+1:], "[]") {
		return p, ""
	}
	return p[:i], p[i+1:]
}

// nearName reports whether a is b misspelt: the same but for case, or at
// most two single-byte edits (insertions, deletions, substitutions or
// swaps of neighbours) apart, for names of at least four bytes.
func nearName(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.EqualFold(a, b) {
		return true
	}
	if len(a) < 4 || len(b) < 4 || max(len(a), len(b))-min(len(a), len(b)) > 2 || len(a) > 64 || len(b) > 64 {
		return false
	}
	// Optimal string alignment distance, on three rows.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)] <= 2
}
