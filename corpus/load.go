package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus/internal/jsontree"
)

// Load reads a corpus from fsys, laid out like package seeds: registries
// such as documents.json at the top, and per-article files
// "<kind>/<document-id>.json". Decoding is strict and Load reports every
// problem of the whole data set in one [actors.ErrorList]: syntax errors,
// unknown fields, duplicate keys and ids, unsupported enum names, missing
// required values, impossible values and dangling references, each as a
// *[actors.FieldError] with file, line, column and record path, for example
//
//	documents.json:12:5: documents[2].kind: unsupported value "blog" (supported: …)
//
// On any problem Load returns a nil *Corpus and the list.
func Load(fsys fs.FS) (*Corpus, error) {
	l := newLoader(fsys)
	c := &Corpus{}
	c.loadDocuments(l)
	c.loadActors(l)
	c.loadNeutrality(l)
	c.loadInstruments(l)
	c.loadSettlements(l)
	c.loadTerms(l)
	if err := l.finish(); err != nil {
		return nil, err
	}
	c.citations = l.citations()
	return c, nil
}

// A loader decodes the files of one corpus and collects every problem.
// Each domain's load method (loadDocuments, loadActors, …) uses it in two
// steps: decode its files, then report what its validators found and
// declare the ids it defines, the ids it refers to and the citations it
// carries. finish resolves references across all domains.
type loader struct {
	fsys  fs.FS
	files map[string]*loadedFile
	errs  actors.ErrorList
	defs  map[defKey]defSite
	refs  []ref // references to records not defined when they were made
	// cites holds the citations recorded, in blocks that are never moved
	// (one growing slice would copy each citation several times); keys
	// say where each one's value starts in its file, for citations.
	cites [][]Cited
	keys  []citeKey
	buf   []byte // for readFile
	// paths holds the text of the paths of citations and definitions,
	// one after another (see pathText); pbuf is scratch for rendering one.
	paths strings.Builder
	pbuf  []byte
}

type loadedFile struct {
	text  string
	lines *jsontree.Lines // built by pos when a problem is reported
	root  *jsontree.Tree
	// doc is the document id of a per-article file, "" for a registry.
	doc string
	// undecoded holds the paths whose values the decoder rejected; a
	// validator's complaint about the zero value left there is not
	// reported again.
	undecoded map[string]bool
}

// pos returns the line and column of offset in the file. The index of
// line starts is built on first use: a file without problems (the usual
// case) never needs one, since citations count lines as they go.
func (f *loadedFile) pos(offset int) (line, col int) {
	if f.lines == nil {
		lines := jsontree.NewLinesString(f.text)
		f.lines = &lines
	}
	return f.lines.Pos(offset)
}

type defKey struct{ kind, id string }

type site struct {
	file string
	path actors.Path
}

// defSite is where a record is defined. Its path is kept as text: a
// definition is looked up again only to report a duplicate.
type defSite struct {
	file, path string
}

type ref struct {
	defKey
	site
}

func newLoader(fsys fs.FS) *loader {
	return &loader{fsys: fsys, files: map[string]*loadedFile{}, defs: map[defKey]defSite{}}
}

// decodeFile strictly decodes the registry file name into v. It reports a
// missing file, a syntax error or decoding problems and returns false when
// the file could not be read or parsed; v may be partly filled when it
// returns true with decoding problems reported.
func (l *loader) decodeFile(name string, v any) bool {
	text, err := l.readFile(name)
	if err != nil {
		l.errs = append(l.errs, &actors.FieldError{Kind: actors.ErrRequired, File: name, Detail: "cannot read the file: " + err.Error()})
		return false
	}
	return l.decodeData(name, text, "", v)
}

// decodeOptionalFile is decodeFile for a registry a corpus may lack: a
// corpus need not code every kind of record, so a missing file is not a
// problem and only yields false.
func (l *loader) decodeOptionalFile(name string, v any) bool {
	if _, err := fs.Stat(l.fsys, name); errors.Is(err, fs.ErrNotExist) {
		return false
	}
	return l.decodeFile(name, v)
}

// readFile returns the contents of the file name. It reads straight into
// the string the decoded values will share, through a buffer the loader
// reuses, so a file is copied once rather than twice (fs.ReadFile's bytes,
// then a string of them).
func (l *loader) readFile(name string) (string, error) {
	f, err := l.fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if st, err := f.Stat(); err == nil && st.Size() > 0 && st.Size() < 1<<40 {
		b.Grow(int(st.Size()))
	}
	if l.buf == nil {
		l.buf = make([]byte, 32<<10)
	}
	for {
		n, err := f.Read(l.buf)
		b.Write(l.buf[:n])
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}

// decodeData parses and decodes text, the contents of file name. The
// strings decoded are substrings of text.
func (l *loader) decodeData(name, text, doc string, v any) bool {
	root, dups, err := jsontree.ParseTree(text)
	if err != nil {
		var se *jsontree.SyntaxError
		off := 0
		if errors.As(err, &se) {
			off = se.Offset
		}
		line, col := jsontree.NewLinesString(text).Pos(off)
		l.errs = append(l.errs, &actors.FieldError{Kind: actors.ErrInvalid, File: name, Line: line, Column: col, Detail: "malformed JSON: " + err.Error()})
		return false
	}
	f := &loadedFile{text: text, root: root, doc: doc}
	l.files[name] = f
	l.problems(name, dups)
	probs := root.Decode(v, actors.Path{})
	for _, p := range probs {
		if f.undecoded == nil {
			f.undecoded = map[string]bool{}
		}
		f.undecoded[p.Err.Path] = true
	}
	l.problems(name, probs)
	return true
}

// decodeDir decodes every per-article file dir/<document-id>.json into a
// fresh T and calls each with the file name, the document id and the value.
// Files are visited in name order. A missing directory is not an error: a
// corpus need not code every kind of claim. The top-level "document" member
// of each file must equal the file's base name and name a registered
// document; every citation reported for the file must cite that document.
func decodeDir[T any](l *loader, dir string, each func(file, doc string, v *T)) {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.errs = append(l.errs, &actors.FieldError{Kind: actors.ErrInvalid, File: dir, Detail: "cannot read the directory: " + err.Error()})
		}
		return
	}
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		if e.IsDir() || path.Ext(name) != ".json" {
			l.errs = append(l.errs, &actors.FieldError{Kind: actors.ErrInvalid, File: name, Detail: "only <document-id>.json files belong in " + dir + "/"})
			continue
		}
		text, err := l.readFile(name)
		if err != nil {
			l.errs = append(l.errs, &actors.FieldError{Kind: actors.ErrInvalid, File: name, Detail: "cannot read the file: " + err.Error()})
			continue
		}
		doc := strings.TrimSuffix(e.Name(), ".json")
		v := new(T)
		if !l.decodeData(name, text, doc, v) {
			continue
		}
		docPath := actors.NewPath("document")
		switch got := l.files[name].root.RootText("document"); got {
		case "":
			l.report(name, actors.ErrorList{actors.Required(docPath, "the id of the document this file codes, "+doc)})
		case doc:
		default:
			l.report(name, actors.ErrorList{actors.Invalid(docPath, got, "must equal the file name, "+doc)})
		}
		l.ref(kindDocument, doc, name, docPath)
		each(name, doc, v)
	}
}

// report adds validation problems found in file; their paths are relative
// to the file's top-level value and are turned into line:column. A problem
// at a path whose value the decoder already rejected is dropped: the
// decoder's message (an unsupported enum name, say) is the precise one, and
// the validator only sees the zero value left in its place.
func (l *loader) report(file string, errs actors.ErrorList) {
	f := l.files[file]
	for _, e := range errs {
		if f != nil && f.undecoded[e.Path] {
			continue
		}
		c := *e
		c.File = file
		if f != nil {
			c.Line, c.Column = f.pos(f.root.Locate(c.Path))
		}
		l.errs = append(l.errs, &c)
	}
}

func (l *loader) problems(file string, ps []jsontree.Problem) {
	f := l.files[file]
	for _, p := range ps {
		c := *p.Err
		c.File = file
		c.Line, c.Column = f.pos(p.Offset)
		l.errs = append(l.errs, &c)
	}
}

// define declares that the record at file/path defines id of the given kind
// ("document", "actor", "instrument", …). A second definition of the same
// kind and id anywhere in the corpus is reported as a duplicate. Empty ids
// are ignored: the record's validator reports them.
func (l *loader) define(kind, id, file string, p actors.Path) {
	if id == "" {
		return
	}
	k := defKey{kind, id}
	if first, dup := l.defs[k]; dup {
		l.report(file, actors.ErrorList{actors.Duplicate(p, id, "this "+kind+" id is already defined at "+l.where(first))})
		return
	}
	l.defs[k] = defSite{file, l.pathText(p)}
}

// ref declares that the value at file/path refers to the record of the
// given kind and id; finish reports it if no such record was defined.
// Empty ids are ignored: the record's validator reports them. Most
// references name a record already defined: only the others are kept.
func (l *loader) ref(kind, id, file string, p actors.Path) {
	if id != "" && !l.has(kind, id) {
		l.refs = append(l.refs, ref{defKey{kind, id}, site{file, p}})
	}
}

// cite declares a citation at file/path: its document must exist, and in a
// per-article file it must be that article. It is kept for VerifySources.
func (l *loader) cite(file string, p actors.Path, c actors.Citation) {
	l.ref(kindDocument, c.Doc, file, p.Child("doc"))
	f := l.files[file]
	if f != nil && f.doc != "" && c.Doc != "" && c.Doc != f.doc {
		l.report(file, actors.ErrorList{actors.Invalid(p.Child("doc"), c.Doc, "a per-article file cites only its own document, "+f.doc)})
	}
	// The path is kept as text (without an allocation of its own, see
	// pathText) and the citation's place as an offset: citations turns
	// offsets into lines and columns, in one pass once every file is in.
	ct := Cited{Citation: c, File: file, Path: l.pathText(p)}
	b := len(l.cites) - 1
	if b < 0 || len(l.cites[b]) == cap(l.cites[b]) {
		l.cites = append(l.cites, make([]Cited, 0, 64<<min(len(l.cites), 6)))
		b++
	}
	k := citeKey{block: int32(b), i: int32(len(l.cites[b]))}
	l.cites[b] = append(l.cites[b], ct)
	if f != nil {
		k.off = f.root.Locate(ct.Path)
	}
	l.keys = append(l.keys, k)
}

// citeKey is where a recorded citation is: l.cites[block][i], at offset
// off in its file.
type citeKey struct {
	off      int
	block, i int32
}

// pathText returns p as text. The texts of the paths the loader keeps
// are written one after another into blocks of 8 KiB, so keeping one
// costs no allocation of its own: a strings.Builder only ever appends,
// and the strings it returned stay valid and unchanged as it writes more.
// A full block is left to the strings in it, never copied.
func (l *loader) pathText(p actors.Path) string {
	l.pbuf, _ = p.AppendText(l.pbuf[:0])
	if l.paths.Cap()-l.paths.Len() < len(l.pbuf) {
		l.paths = strings.Builder{}
		l.paths.Grow(max(8<<10, len(l.pbuf)))
	}
	start := l.paths.Len()
	l.paths.Write(l.pbuf)
	return l.paths.String()[start:]
}

// citations returns the citations recorded, in file and line order (the
// order Corpus.Citations promises), each with its line and column.
//
// The citations of a file are recorded together and mostly in file
// order already, so rather than sorting them all, it puts the runs of
// each file in file-name order and sorts a file's citations by offset
// (which orders them as line and column do) only when they are not in
// order yet. Each citation is copied once, to its place.
func (l *loader) citations() []Cited {
	if len(l.keys) == 0 {
		return nil
	}
	file := func(k citeKey) string { return l.cites[k.block][k.i].File }
	type run struct {
		file       string
		start, end int // l.keys[start:end]
	}
	var runs []run
	for j, k := range l.keys {
		if f := file(k); len(runs) == 0 || f != runs[len(runs)-1].file {
			runs = append(runs, run{f, j, j})
		}
		runs[len(runs)-1].end = j + 1
	}
	slices.SortStableFunc(runs, func(a, b run) int { return strings.Compare(a.file, b.file) })
	keys := make([]citeKey, 0, len(l.keys))
	for g := 0; g < len(runs); {
		from := len(keys)
		for f := runs[g].file; g < len(runs) && runs[g].file == f; g++ {
			keys = append(keys, l.keys[runs[g].start:runs[g].end]...)
		}
		byOffset := func(a, b citeKey) int { return cmp.Compare(a.off, b.off) }
		if group := keys[from:]; !slices.IsSortedFunc(group, byOffset) {
			slices.SortStableFunc(group, byOffset)
		}
	}
	// Offsets ascend within a file: count the lines from one citation to
	// the next, which reads each file once and builds no line index.
	out := make([]Cited, len(keys))
	var f *loadedFile
	var cur jsontree.LineCursor
	last := ""
	for j, k := range keys {
		ct := &out[j]
		*ct = l.cites[k.block][k.i]
		if f == nil || ct.File != last {
			last, f = ct.File, l.files[ct.File]
			if f != nil {
				cur = jsontree.NewLineCursor(f.text)
			}
		}
		if f != nil {
			ct.Line, ct.Column = cur.Pos(k.off)
		}
	}
	return out
}

// citeAll declares every citation of an evidence list at p[0], p[1], ….
func (l *loader) citeAll(file string, p actors.Path, ev []actors.Citation) {
	for i, c := range ev {
		l.cite(file, p.Index(i), c)
	}
}

// has reports whether a record of the given kind and id has been defined.
func (l *loader) has(kind, id string) bool {
	_, ok := l.defs[defKey{kind, id}]
	return ok
}

// docSite records where the checked fields of the document at file/p are.
func (l *loader) docSite(file string, p actors.Path) docSite {
	s := docSite{file: file, at: map[string][2]int{}}
	if f := l.files[file]; f != nil {
		for _, field := range []string{"file", "sha256", "words"} {
			fp := p.Child(field).String()
			line, col := f.pos(f.root.Locate(fp))
			s.at[fp] = [2]int{line, col}
		}
	}
	return s
}

func (l *loader) where(s defSite) string {
	if f := l.files[s.file]; f != nil {
		line, col := f.pos(f.root.Locate(s.path))
		return fmt.Sprintf("%s:%d:%d", s.file, line, col)
	}
	return s.file
}

// finish reports dangling references, sorts every problem by position and
// returns them, or nil when there are none.
func (l *loader) finish() error {
	for _, r := range l.refs {
		if !l.has(r.kind, r.id) {
			l.report(r.file, actors.ErrorList{actors.NotFound(r.path, r.id, "no "+r.kind+" has this id")})
		}
	}
	l.errs.Sort()
	// Two checks may find the same problem (the loader and a domain
	// constructor both see a duplicate id): report it once, with the
	// message of the check that ran first.
	l.errs = slices.CompactFunc(l.errs, func(a, b *actors.FieldError) bool {
		return a.File == b.File && a.Line == b.Line && a.Column == b.Column && a.Path == b.Path && a.Kind == b.Kind
	})
	return l.errs.Err()
}
