package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

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
//
// Load opens and reads the files of fsys on the calling goroutine only, so
// fsys need not be safe for concurrent use. It decodes and checks the files
// on up to GOMAXPROCS goroutines at once; the corpus and the problems are
// the same whatever the order the files were checked in.
func Load(fsys fs.FS) (*Corpus, error) {
	l := newLoader(fsys)
	c := &Corpus{}
	// The documents come first, on their own: every citation refers to
	// one, and the other files' jobs resolve those references against
	// them as they go.
	c.loadDocuments(l)
	l.join()
	// Every other file is decoded and checked at the same time; then
	// each domain builds what needs several files (the positions need the
	// actors and the issues, the rulebook its rules and doctrines).
	then := []func(){c.loadActors(l), c.loadNeutrality(l), c.loadInstruments(l), c.loadSettlements(l), c.loadTerms(l)}
	l.join()
	for _, f := range then {
		if f != nil {
			f()
		}
	}
	err := l.finish()
	if err == nil {
		c.citations = l.citations()
	}
	// Every position is now a line and column: the trees' memory can go
	// to the next load.
	for _, f := range l.files {
		f.root.Release()
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// A loader decodes the files of one corpus and collects every problem.
//
// Load runs on a root loader, and each file is decoded and checked by a
// job of its own (spawnFile, decodeDir), on a loader of its own, at the
// same time as the others. A domain's load method (loadDocuments,
// loadActors, …) starts the jobs for its files; each job decodes its file,
// then reports what the validators found and declares the ids the file
// defines, the ids it refers to and the citations it carries. A job's
// loader keeps these in the order they were made (log), and join replays
// them on the root in the order the jobs were started, so that the result
// is the one decoding the files one after another would give. What needs
// several files (the positions need the actors and the issues) runs on the
// root after join; finish resolves references across all domains.
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

	// On the root: the jobs started and not joined yet, and the queue
	// the workers that run them take them from (nil when none run).
	jobs  []*loader
	queue chan func()
	wg    sync.WaitGroup

	// On a job's loader: the root, the one file the job decodes, and
	// the problems, definitions and references in the order they were
	// made, for join.
	root            *loader
	name, text, doc string
	log             []op
	panicked        error // what fn panicked with, with its stack
}

// An op is one call a job made that join replays on the root: a problem
// to report (err), a definition, or a reference (ref), which finish
// checks only when some record of its kind is defined (ifDefined). The
// path is kept as text (pathText): an actors.Path is ten times the size.
type op struct {
	err       *actors.FieldError
	ref       bool
	ifDefined bool
	kind, id  string
	file      string
	path      string
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
	ifDefined bool
}

func newLoader(fsys fs.FS) *loader {
	// The embedded corpus defines about 500 records: room for them
	// spares the map its rounds of growth.
	return &loader{fsys: fsys, files: map[string]*loadedFile{}, defs: make(map[defKey]defSite, 600)}
}

// spawnFile reads the registry file name and starts a job that runs fn on
// it. A registry a corpus may lack (optional) is skipped when it does not
// exist: a corpus need not code every kind of record. Any other file that
// cannot be read is reported. fn decodes the file with [loader.decode].
func (l *loader) spawnFile(name string, optional bool, fn func(j *loader)) {
	text, err := l.readFile(name)
	if err != nil {
		if !optional || !errors.Is(err, fs.ErrNotExist) {
			l.errs = append(l.errs, &actors.FieldError{Kind: actors.ErrRequired, File: name, Detail: "cannot read the file: " + err.Error()})
		}
		return
	}
	l.spawn(name, text, "", fn)
}

// spawn starts a job that runs fn on the file name with contents text (a
// per-article file of document doc, or a registry when doc is ""), on a
// loader of its own. The job may read the root's definitions, which do
// not change until join, and nothing else of the root.
//
// Jobs run on at most GOMAXPROCS workers, started with the first job: a
// goroutine per file would parse every file at once, each with memory of
// its own.
func (l *loader) spawn(name, text, doc string, fn func(j *loader)) {
	j := &loader{fsys: l.fsys, files: map[string]*loadedFile{}, root: l, name: name, text: text, doc: doc, log: getOps()}
	l.jobs = append(l.jobs, j)
	if l.queue == nil {
		q := make(chan func(), 16)
		l.queue = q
		for range runtime.GOMAXPROCS(0) {
			l.wg.Go(func() {
				for job := range q {
					job()
				}
			})
		}
	}
	l.queue <- func() {
		defer func() {
			if r := recover(); r != nil {
				j.panicked = fmt.Errorf("corpus: checking %s panicked: %v\n%s", name, r, debug.Stack())
			}
		}()
		fn(j)
	}
}

// join waits for the jobs started since the last join and replays what
// each recorded on the root, in the order they were started: its
// problems, definitions (reporting duplicates across files) and
// references in the order it made them, and its citations.
func (l *loader) join() {
	if l.queue != nil {
		close(l.queue)
		l.queue = nil
	}
	l.wg.Wait()
	for _, j := range l.jobs {
		if j.panicked != nil {
			// A bug, never bad input: raise it on the caller's
			// goroutine, where it can be recovered.
			panic(j.panicked)
		}
	}
	n := len(l.keys)
	for _, j := range l.jobs {
		n += len(j.keys)
	}
	l.keys = slices.Grow(l.keys, n-len(l.keys))
	for _, j := range l.jobs {
		maps.Copy(l.files, j.files)
		for _, o := range j.log {
			switch {
			case o.err != nil:
				l.errs = append(l.errs, o.err)
			case o.ref:
				l.addRef(o.kind, o.id, o.file, actors.NewPath(o.path), o.ifDefined)
			default:
				l.defineAt(o.kind, o.id, o.file, o.path)
			}
		}
		putOps(j.log)
		j.log = nil
		blocks := int32(len(l.cites))
		l.cites = append(l.cites, j.cites...)
		for _, k := range j.keys {
			k.block += blocks
			l.keys = append(l.keys, k)
		}
	}
	l.jobs = l.jobs[:0]
}

// opLogs holds emptied logs of ops for the next jobs: a job's log is
// dropped once join has replayed it.
var opLogs = sync.Pool{New: func() any { return new([]op) }}

func getOps() []op { return (*opLogs.Get().(*[]op))[:0] }

func putOps(log []op) {
	clear(log) // drop the strings
	log = log[:0]
	opLogs.Put(&log)
}

// decode strictly decodes a job's file into v (see decodeData).
func (l *loader) decode(v any) bool { return l.decodeData(l.name, l.text, l.doc, v) }

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
		l.add(&actors.FieldError{Kind: actors.ErrInvalid, File: name, Line: line, Column: col, Detail: "malformed JSON: " + err.Error()})
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

// A dirFile is one per-article file of a directory decodeDir decoded:
// its name, its document id and its value. ok says whether it could be
// parsed; v may be partly filled when it holds decoding problems.
type dirFile[T any] struct {
	file, doc string
	v         T
	ok        bool
}

// decodeDir starts a job for every per-article file dir/<document-id>.json,
// in name order, which decodes the file into its dirFile and then calls
// each with the job's loader and the file. The files are ready after
// join. A missing directory is not an error: a corpus need not code every
// kind of claim. The top-level "document" member of each file must equal
// the file's base name and name a registered document; every citation
// reported for the file must cite that document.
func decodeDir[T any](l *loader, dir string, each func(j *loader, f *dirFile[T])) []*dirFile[T] {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.errs = append(l.errs, &actors.FieldError{Kind: actors.ErrInvalid, File: dir, Detail: "cannot read the directory: " + err.Error()})
		}
		return nil
	}
	var files []*dirFile[T]
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
		f := &dirFile[T]{file: name, doc: strings.TrimSuffix(e.Name(), ".json")}
		files = append(files, f)
		l.spawn(name, text, f.doc, func(j *loader) {
			if !j.decode(&f.v) {
				return
			}
			f.ok = true
			docPath := actors.NewPath("document")
			switch got := j.files[name].root.RootText("document"); got {
			case "":
				j.report(name, actors.ErrorList{actors.Required(docPath, "the id of the document this file codes, "+f.doc)})
			case f.doc:
			default:
				j.report(name, actors.ErrorList{actors.Invalid(docPath, got, "must equal the file name, "+f.doc)})
			}
			j.ref(kindDocument, f.doc, name, docPath)
			each(j, f)
		})
	}
	return files
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
		l.add(&c)
	}
}

func (l *loader) problems(file string, ps []jsontree.Problem) {
	f := l.files[file]
	for _, p := range ps {
		c := *p.Err
		c.File = file
		c.Line, c.Column = f.pos(p.Offset)
		l.add(&c)
	}
}

// add adds a located problem (on a job's loader, to its log).
func (l *loader) add(e *actors.FieldError) {
	if l.root != nil {
		l.log = append(l.log, op{err: e})
		return
	}
	l.errs = append(l.errs, e)
}

// define declares that the record at file/path defines id of the given kind
// ("document", "actor", "instrument", …). A second definition of the same
// kind and id anywhere in the corpus is reported as a duplicate. Empty ids
// are ignored: the record's validator reports them.
func (l *loader) define(kind, id, file string, p actors.Path) {
	if id == "" {
		return
	}
	l.defineAt(kind, id, file, l.pathText(p))
}

// defineAt is define with the path as text (on a job's loader, kept
// in its log).
func (l *loader) defineAt(kind, id, file, path string) {
	if l.root != nil {
		l.log = append(l.log, op{kind: kind, id: id, file: file, path: path})
		return
	}
	k := defKey{kind, id}
	if first, dup := l.defs[k]; dup {
		l.report(file, actors.ErrorList{actors.Duplicate(actors.NewPath(path), id, "this "+kind+" id is already defined at "+l.where(first))})
		return
	}
	l.defs[k] = defSite{file, path}
}

// ref declares that the value at file/path refers to the record of the
// given kind and id; finish reports it if no such record was defined.
// Empty ids are ignored: the record's validator reports them.
func (l *loader) ref(kind, id, file string, p actors.Path) { l.addRef(kind, id, file, p, false) }

// refIfDefined is ref for a reference to a kind of record a corpus may
// not code at all: it is checked only when some record of the kind is
// defined (a corpus without actors.json has no actor ids to check the
// actors an instrument names against).
func (l *loader) refIfDefined(kind, id, file string, p actors.Path) {
	l.addRef(kind, id, file, p, true)
}

// addRef keeps a reference to check in finish. Most references name a
// record already defined (by a file an earlier join replayed): only the
// others are kept.
func (l *loader) addRef(kind, id, file string, p actors.Path, ifDefined bool) {
	if id == "" {
		return
	}
	if l.root != nil {
		if !l.root.has(kind, id) {
			l.log = append(l.log, op{ref: true, ifDefined: ifDefined, kind: kind, id: id, file: file, path: l.pathText(p)})
		}
		return
	}
	if !l.has(kind, id) {
		l.refs = append(l.refs, ref{defKey{kind, id}, site{file, p}, ifDefined})
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
		size := 64 << min(len(l.cites), 6)
		if b < 0 && l.root != nil {
			// A job's first block: room for the citations of a file
			// as densely cited as the embedded corpus's, about one
			// per 400 bytes.
			size = max(16, len(l.text)/citeDensity)
		}
		l.cites = append(l.cites, make([]Cited, 0, size))
		b++
	}
	k := citeKey{block: int32(b), i: int32(len(l.cites[b]))}
	l.cites[b] = append(l.cites[b], ct)
	if f != nil {
		k.off = f.root.Locate(ct.Path)
	}
	l.keys = append(l.keys, k)
}

// citeDensity is the fewest bytes of a data file per citation the loader
// expects, to size a job's first block of citations.
const citeDensity = 384

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
		// A job's loader keeps the paths of one file: its first block
		// is smaller, and each next one twice the last.
		size := 8 << 10
		if l.root != nil {
			size = min(max(1<<10, 2*l.paths.Cap()), 8<<10)
		}
		l.paths = strings.Builder{}
		l.paths.Grow(max(size, len(l.pbuf)))
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
	defined := map[string]bool{}
	for k := range l.defs {
		defined[k.kind] = true
	}
	for _, r := range l.refs {
		if r.ifDefined && !defined[r.kind] {
			continue
		}
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
