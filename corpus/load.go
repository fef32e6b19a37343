package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/internal/jsontree"
)

// Load reads a corpus from fsys, laid out like package seeds: registries
// such as documents.json at the top, and per-article files
// "<kind>/<document-id>.json". Decoding is strict and Load reports every
// problem of the whole data set in one [accord.ErrorList]: syntax errors,
// unknown fields, duplicate keys and ids, unsupported enum names, missing
// required values, impossible values and dangling references, each as a
// *[accord.FieldError] with file, line, column and record path, for example
//
//	documents.json:12:5: documents[2].kind: unsupported value "blog" (supported: …)
//
// On any problem Load returns a nil *Corpus and the list.
//
// Load opens and reads the files of fsys on the calling goroutine only, so
// fsys need not be safe for concurrent use. When fsys has a method
//
//	ReadFileString(name string) (string, error)
//
// (as [github.com/accordmodel/accord/seeds.FS] has) Load reads each file
// through it, and the strings of the corpus share the memory of the string
// it returns instead of a copy; its errors must be those of [fs.ReadFile].
//
// Load decodes and checks the files on up to GOMAXPROCS goroutines at once;
// the corpus and the problems are the same whatever the order the files
// were checked in.
func Load(fsys fs.FS) (*Corpus, error) {
	l := newLoader(fsys)
	c := &Corpus{}
	// The documents come first, on their own: every citation refers to
	// one, and the other files' jobs resolve those references against
	// them as they go.
	c.loadDocuments(l)
	l.join()
	// Every other file is decoded and checked at the same time, and what
	// needs several files (the positions need the actors, the issues and
	// every positions file; the rulebook its rules and doctrines) runs in
	// a follow-up job as soon as those files are checked, beside the files
	// still being checked. Follow-ups are started after every file job,
	// so that join replays them last, as if they ran after every file.
	followUps := []func(){c.loadActors(l), c.loadNeutrality(l), c.loadInstruments(l), c.loadSettlements(l), c.loadTerms(l)}
	for _, start := range followUps {
		if start != nil {
			start()
		}
	}
	l.join()
	err := l.finish()
	if err == nil {
		c.citations = l.citations()
	}
	// Every position is now a line and column: the trees parsed again
	// for problems can go to the next load.
	for _, f := range l.files {
		f.release()
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
// several files (the positions need the actors and the issues) runs in a
// follow-up job (after) that waits for the jobs of those files; finish
// resolves references across all domains.
type loader struct {
	fsys  fs.FS
	files map[string]*loadedFile
	errs  accord.ErrorList
	defs  map[string]map[string]defSite // kind → id → where it is defined
	refs  []ref                         // references to records not defined when they were made
	// cites holds the citations this loader recorded, in the order
	// recorded; until finishCitations puts them in order, each one's Line
	// holds the offset of its value in its file. chunks holds finished
	// runs of citations of one file each, in line order.
	cites  []Cited
	chunks []citeChunk
	buf    []byte // for readFile
	// paths holds the text of the paths of citations, which the corpus
	// keeps, and opPaths those of definitions and references, which go
	// with the load: each one after another (see pathText). pbuf is
	// scratch for rendering one.
	paths, opPaths strings.Builder
	pbuf           []byte

	// On the root: the jobs started and not joined yet, and the
	// scheduler that runs them (nil when none run).
	jobs  []*loader
	sched *scheduler

	// On a job's loader: the root, the one file the job decodes (none
	// for a follow-up, see after), the problems, definitions and
	// references in the order they were made, for join, and what the
	// scheduler keeps.
	root            *loader
	name, text, doc string
	log             []op
	job
}

// An op is one call a job made that join replays on the root: a problem
// to report (err), a definition, or a reference (ref), which finish
// checks only when some record of its kind is defined (ifDefined). The
// path is kept as text (pathText): an accord.Path is ten times the size.
type op struct {
	err       *accord.FieldError
	ref       bool
	ifDefined bool
	kind, id  string
	file      string
	path      string
}

type loadedFile struct {
	text  string
	lines *jsontree.Lines // built by pos when a problem is reported
	// root is the file's tree. The job that decodes the file releases it
	// when it ends (release), so that the next file's parse reuses its
	// nodes; tree parses the text again for a problem reported later,
	// which a sound corpus does not have.
	root   atomic.Pointer[jsontree.Tree]
	parsed sync.Mutex // held while tree parses the text again
	// doc is the document id of a per-article file, "" for a registry.
	doc string
	// undecoded holds the paths whose values the decoder rejected; a
	// validator's complaint about the zero value left there is not
	// reported again.
	undecoded map[string]bool
}

// tree returns the file's tree, parsing the text again if its job has
// released it. It is safe for concurrent use.
func (f *loadedFile) tree() *jsontree.Tree {
	if t := f.root.Load(); t != nil {
		return t
	}
	f.parsed.Lock()
	defer f.parsed.Unlock()
	if t := f.root.Load(); t != nil {
		return t
	}
	// The text parsed before, when the file was decoded: same text,
	// same tree.
	t, _, err := jsontree.ParseTree(f.text)
	if err != nil {
		panic("corpus: a file that parsed once does not parse again: " + err.Error())
	}
	f.root.Store(t)
	return t
}

// release hands the memory of the file's tree back for the next parse.
func (f *loadedFile) release() { f.root.Swap(nil).Release() }

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
	path accord.Path
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
	// join sizes each kind's map of ids before it replays the
	// definitions.
	return &loader{fsys: fsys, files: map[string]*loadedFile{}, defs: map[string]map[string]defSite{}}
}

// spawnFile reads the registry file name and starts a job that runs fn on
// it, which it returns. A registry a corpus may lack (optional) is skipped
// when it does not exist: a corpus need not code every kind of record. Any
// other file that cannot be read is reported. fn decodes the file with
// [loader.decode]. The job is nil when the file was not read.
func (l *loader) spawnFile(name string, optional bool, fn func(j *loader)) *loader {
	text, err := l.readFile(name)
	if err != nil {
		if !optional || !errors.Is(err, fs.ErrNotExist) {
			l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrRequired, File: name, Detail: "cannot read the file: " + err.Error()})
		}
		return nil
	}
	return l.spawn(name, text, "", fn)
}

// spawn starts a job that runs fn on the file name with contents text (a
// per-article file of document doc, or a registry when doc is ""), on a
// loader of its own, and returns it. The job may read the root's
// definitions, which do not change until join, and nothing else of the
// root.
func (l *loader) spawn(name, text, doc string, fn func(j *loader)) *loader {
	j := l.newJob(fn)
	j.name, j.text, j.doc = name, text, doc
	l.sched.start(j, nil)
	return j
}

// after starts a follow-up job that runs fn once the jobs deps (nil
// entries are ignored: a file that was not read) have finished, and
// returns it: work that needs several files, such as the positions index,
// which needs the actors, the issues and every positions file. The
// follow-up sees the files of deps and may read what their jobs set; like
// any job it reports through its own loader.
func (l *loader) after(deps []*loader, fn func(j *loader)) *loader {
	j := l.newJob(fn)
	l.sched.start(j, deps)
	return j
}

// jobOf returns the job of the current wave that decodes the file name,
// or nil when there is none (the file was not read).
func (l *loader) jobOf(name string) *loader {
	for _, j := range l.jobs {
		if j.name == name {
			return j
		}
	}
	return nil
}

// newJob makes the loader of a job of the current wave, starting the
// wave's scheduler with its first job.
func (l *loader) newJob(fn func(j *loader)) *loader {
	j := &loader{fsys: l.fsys, files: map[string]*loadedFile{}, root: l, log: getOps()}
	j.run = fn
	l.jobs = append(l.jobs, j)
	if l.sched == nil {
		l.sched = newScheduler()
	}
	return j
}

// join waits for the jobs started since the last join and replays what
// each recorded on the root, in the order they were started: its
// problems, definitions (reporting duplicates across files) and
// references in the order it made them, and its citations.
func (l *loader) join() {
	if l.sched != nil {
		l.sched.wait()
		l.sched = nil
	}
	for _, j := range l.jobs {
		if j.panicked != nil {
			// A bug, never bad input: raise it on the caller's
			// goroutine, where it can be recovered.
			panic(j.panicked)
		}
	}
	// Size each kind's map of ids for the definitions about to be
	// replayed, rather than growing it by doubling.
	defines := map[string]int{}
	for _, j := range l.jobs {
		for _, o := range j.log {
			if o.err == nil && !o.ref {
				defines[o.kind]++
			}
		}
	}
	for kind, n := range defines {
		if ids := l.defs[kind]; ids == nil {
			l.defs[kind] = make(map[string]defSite, n)
		}
	}
	for _, j := range l.jobs {
		maps.Copy(l.files, j.files)
		for _, o := range j.log {
			switch {
			case o.err != nil:
				l.errs = append(l.errs, o.err)
			case o.ref:
				l.addRef(o.kind, o.id, o.file, accord.NewPath(o.path), o.ifDefined)
			default:
				l.defineAt(o.kind, o.id, o.file, o.path)
			}
		}
		putOps(j.log)
		j.log = nil
		l.chunks = append(l.chunks, j.chunks...)
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

// readFile returns the contents of the file name. A file system that can
// hand out a file as a string without copying it (readFileStringFS, as
// package seeds' does) is read through that, so the decoded values share
// its memory. Otherwise it reads straight into the string the decoded
// values will share, through a buffer the loader reuses, so a file is
// copied once rather than twice (fs.ReadFile's bytes, then a string of
// them).
func (l *loader) readFile(name string) (string, error) {
	if sf, ok := l.fsys.(readFileStringFS); ok {
		return sf.ReadFileString(name)
	}
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

// readFileStringFS is a file system that returns a file's contents as a
// string without copying them.
type readFileStringFS interface {
	fs.FS
	// ReadFileString returns the contents of the file name; errors are
	// those of fs.ReadFile (a missing file matches fs.ErrNotExist).
	ReadFileString(name string) (string, error)
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
		l.add(&accord.FieldError{Kind: accord.ErrInvalid, File: name, Line: line, Column: col, Detail: "malformed JSON: " + err.Error()})
		return false
	}
	f := &loadedFile{text: text, doc: doc}
	f.root.Store(root)
	l.files[name] = f
	l.problems(name, dups)
	probs := root.Decode(v, accord.Path{})
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
// its name, its document id, the job that decodes it and its value. ok
// says whether it could be parsed; v may be partly filled when it holds
// decoding problems. ok and v are set once job has finished.
type dirFile[T any] struct {
	file, doc string
	job       *loader
	v         T
	ok        bool
}

// jobsOf returns the jobs of files, for after.
func jobsOf[T any](files []*dirFile[T]) []*loader {
	jobs := make([]*loader, len(files))
	for i, f := range files {
		jobs[i] = f.job
	}
	return jobs
}

// decodeDir starts a job for every per-article file dir/<document-id>.json,
// in name order, which decodes the file into its dirFile and then calls
// each with the job's loader and the file. A file is ready when its job
// has finished (see after), and every file after join. A missing
// directory is not an error: a corpus need not code every kind of claim.
// The top-level "document" member of each file must equal the file's base
// name and name a registered document; every citation reported for the
// file must cite that document.
func decodeDir[T any](l *loader, dir string, each func(j *loader, f *dirFile[T])) []*dirFile[T] {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrInvalid, File: dir, Detail: "cannot read the directory: " + err.Error()})
		}
		return nil
	}
	var files []*dirFile[T]
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		if e.IsDir() || path.Ext(name) != ".json" {
			l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrInvalid, File: name, Detail: "only <document-id>.json files belong in " + dir + "/"})
			continue
		}
		text, err := l.readFile(name)
		if err != nil {
			l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrInvalid, File: name, Detail: "cannot read the file: " + err.Error()})
			continue
		}
		f := &dirFile[T]{file: name, doc: strings.TrimSuffix(e.Name(), ".json")}
		files = append(files, f)
		f.job = l.spawn(name, text, f.doc, func(j *loader) {
			if !j.decode(&f.v) {
				return
			}
			f.ok = true
			docPath := accord.NewPath("document")
			switch got := j.files[name].tree().RootText("document"); got {
			case "":
				j.report(name, accord.ErrorList{accord.Required(docPath, "the id of the document this file codes, "+f.doc)})
			case f.doc:
			default:
				j.report(name, accord.ErrorList{accord.Invalid(docPath, got, "must equal the file name, "+f.doc)})
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
func (l *loader) report(file string, errs accord.ErrorList) {
	f := l.files[file]
	for _, e := range errs {
		if f != nil && f.undecoded[e.Path] {
			continue
		}
		c := *e
		c.File = file
		if f != nil {
			c.Line, c.Column = f.pos(f.tree().Locate(c.Path))
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
func (l *loader) add(e *accord.FieldError) {
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
func (l *loader) define(kind, id, file string, p accord.Path) {
	if id == "" {
		return
	}
	l.defineAt(kind, id, file, l.pathText(&l.opPaths, p))
}

// defineAt is define with the path as text (on a job's loader, kept
// in its log).
func (l *loader) defineAt(kind, id, file, path string) {
	if l.root != nil {
		l.log = append(l.log, op{kind: kind, id: id, file: file, path: path})
		return
	}
	ids := l.defs[kind]
	if ids == nil {
		ids = map[string]defSite{}
		l.defs[kind] = ids
	}
	if first, dup := ids[id]; dup {
		l.report(file, accord.ErrorList{accord.Duplicate(accord.NewPath(path), id, "this "+kind+" id is already defined at "+l.where(first))})
		return
	}
	ids[id] = defSite{file, path}
}

// ref declares that the value at file/path refers to the record of the
// given kind and id; finish reports it if no such record was defined.
// Empty ids are ignored: the record's validator reports them.
func (l *loader) ref(kind, id, file string, p accord.Path) { l.addRef(kind, id, file, p, false) }

// refIfDefined is ref for a reference to a kind of record a corpus may
// not code at all: it is checked only when some record of the kind is
// defined (a corpus without actors.json has no actor ids to check the
// actors an instrument names against).
func (l *loader) refIfDefined(kind, id, file string, p accord.Path) {
	l.addRef(kind, id, file, p, true)
}

// addRef keeps a reference to check in finish. Most references name a
// record already defined (by a file an earlier join replayed): only the
// others are kept.
func (l *loader) addRef(kind, id, file string, p accord.Path, ifDefined bool) {
	if id == "" {
		return
	}
	switch {
	case l.defined(kind, id):
	case l.root != nil:
		l.log = append(l.log, op{ref: true, ifDefined: ifDefined, kind: kind, id: id, file: file, path: l.pathText(&l.opPaths, p)})
	default:
		l.refs = append(l.refs, ref{defKey{kind, id}, site{file, p}, ifDefined})
	}
}

// cite declares a citation at file/path: its document must exist, and in a
// per-article file it must be that article. It is kept for VerifySources.
func (l *loader) cite(file string, p accord.Path, c accord.Citation) {
	if !l.defined(kindDocument, c.Doc) { // nearly always defined: spare the path
		l.ref(kindDocument, c.Doc, file, p.Child("doc"))
	}
	f := l.files[file]
	if f != nil && f.doc != "" && c.Doc != "" && c.Doc != f.doc {
		l.report(file, accord.ErrorList{accord.Invalid(p.Child("doc"), c.Doc, "a per-article file cites only its own document, "+f.doc)})
	}
	// The path is kept as text (without an allocation of its own, see
	// pathText) and the citation's place, until finishCitations, as an
	// offset in Line.
	ct := Cited{Citation: c, File: file, Path: l.pathText(&l.paths, p)}
	if f != nil {
		ct.Line = f.tree().Locate(ct.Path)
	}
	if l.cites == nil && l.root != nil {
		// A job's citations: room for those of a file as densely
		// cited as the embedded corpus's, about one per 400 bytes.
		l.cites = make([]Cited, 0, max(16, len(l.text)/citeDensity))
	}
	l.cites = append(l.cites, ct)
}

// citeDensity is the fewest bytes of a data file per citation the loader
// expects, to size a job's list of citations.
const citeDensity = 384

// A citeChunk is citations of one file, in line order.
type citeChunk struct {
	file string
	list []Cited
}

// finishCitations puts the citations this loader recorded in file and
// offset order, turns each offset into a line and column, and adds them
// to l.chunks, one chunk per file. A job runs it at its end, so that the
// work is done beside the other jobs. A job's citations are all in its
// own file; they are in order when the validators visited the records'
// fields in the file's order (8 of the embedded files), and are then
// neither sorted nor moved.
func (l *loader) finishCitations() {
	cites := l.cites
	l.cites = nil
	if len(cites) == 0 {
		return
	}
	byPlace := func(a, b Cited) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return cmp.Compare(a.Line, b.Line)
	}
	if !slices.IsSortedFunc(cites, byPlace) {
		// The validators of a file visit its records' fields in their
		// own order, not always the file's: sort a permutation, which
		// moves 4 bytes where sorting the citations would move 96, then
		// apply it in place, moving each citation once.
		perm := make([]int32, len(cites))
		for i := range perm {
			perm[i] = int32(i)
		}
		slices.SortStableFunc(perm, func(a, b int32) int { return byPlace(cites[a], cites[b]) })
		permute(cites, perm)
	}
	// Offsets ascend within a file: count the lines from one citation to
	// the next, which reads each file once and builds no line index.
	var cur jsontree.LineCursor
	known := false // whether the file of the run is loaded (a test may cite in no file)
	start := 0
	for i := range cites {
		ct := &cites[i]
		if i == start {
			f := l.files[ct.File]
			if known = f != nil; known {
				cur = jsontree.NewLineCursor(f.text)
			}
		}
		if known {
			ct.Line, ct.Column = cur.Pos(ct.Line)
		}
		if i+1 == len(cites) || cites[i+1].File != ct.File {
			l.chunks = append(l.chunks, citeChunk{ct.File, cites[start : i+1 : i+1]})
			start = i + 1
		}
	}
}

// permute puts s[perm[i]] at s[i] for every i, in place, following each
// cycle of perm once. It overwrites perm.
func permute[T any](s []T, perm []int32) {
	for i := range perm {
		if perm[i] < 0 || int(perm[i]) == i {
			continue
		}
		first := s[i]
		j := i
		for {
			k := int(perm[j])
			perm[j] = -1
			if k == i {
				s[j] = first
				break
			}
			s[j] = s[k]
			j = k
		}
	}
}

// citations returns the citations recorded, in file and line order (the
// order Corpus.Citations promises), as runs of one file each: the chunks
// the jobs finished, put in file-name order. A file whose citations were
// recorded by more than one job (a follow-up citing in a file it did not
// decode) has its runs merged.
func (l *loader) citations() [][]Cited {
	l.finishCitations()
	if len(l.chunks) == 0 {
		return nil
	}
	slices.SortStableFunc(l.chunks, func(a, b citeChunk) int { return strings.Compare(a.file, b.file) })
	out := make([][]Cited, 0, len(l.chunks))
	for i := 0; i < len(l.chunks); {
		j := i + 1
		for j < len(l.chunks) && l.chunks[j].file == l.chunks[i].file {
			j++
		}
		if j == i+1 {
			out = append(out, l.chunks[i].list)
		} else {
			var merged []Cited
			for _, c := range l.chunks[i:j] {
				merged = append(merged, c.list...)
			}
			slices.SortStableFunc(merged, func(a, b Cited) int {
				return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
			})
			out = append(out, merged)
		}
		i = j
	}
	l.chunks = nil
	return out
}

// pathText returns p as text, written to b. The texts of the paths the
// loader keeps are written one after another into blocks of up to 8 KiB,
// so keeping one costs no allocation of its own: a strings.Builder only
// ever appends, and the strings it returned stay valid and unchanged as it
// writes more. A full block is left to the strings in it, never copied.
// The texts of citations' paths, which the corpus keeps, go to l.paths,
// and those of definitions and references to l.opPaths, so that a block
// kept for a citation keeps no text that the load dropped.
func (l *loader) pathText(b *strings.Builder, p accord.Path) string {
	l.pbuf, _ = p.AppendText(l.pbuf[:0])
	if b.Cap()-b.Len() < len(l.pbuf) {
		// A job's loader keeps the paths of one file: its first block
		// is smaller, and each next one twice the last.
		size := 8 << 10
		if l.root != nil {
			size = min(max(1<<10, 2*b.Cap()), 8<<10)
		}
		*b = strings.Builder{}
		b.Grow(max(size, len(l.pbuf)))
	}
	start := b.Len()
	b.Write(l.pbuf)
	return b.String()[start:]
}

// citeAll declares every citation of an evidence list at p[0], p[1], ….
func (l *loader) citeAll(file string, p accord.Path, ev []accord.Citation) {
	for i, c := range ev {
		l.cite(file, p.Index(i), c)
	}
}

// defined reports whether a record of the given kind and id is known to
// be defined: on a job's loader, by a file an earlier join replayed.
func (l *loader) defined(kind, id string) bool {
	if l.root != nil {
		return l.root.has(kind, id)
	}
	return l.has(kind, id)
}

// has reports whether a record of the given kind and id has been defined.
func (l *loader) has(kind, id string) bool {
	_, ok := l.defs[kind][id]
	return ok
}

// docSite records where the checked fields of the document at file/p are.
func (l *loader) docSite(file string, p accord.Path) docSite {
	s := docSite{file: file, at: map[string][2]int{}}
	if f := l.files[file]; f != nil {
		for _, field := range []string{"file", "sha256", "words"} {
			fp := p.Child(field).String()
			line, col := f.pos(f.tree().Locate(fp))
			s.at[fp] = [2]int{line, col}
		}
	}
	return s
}

func (l *loader) where(s defSite) string {
	if f := l.files[s.file]; f != nil {
		line, col := f.pos(f.tree().Locate(s.path))
		return fmt.Sprintf("%s:%d:%d", s.file, line, col)
	}
	return s.file
}

// finish reports dangling references, sorts every problem by position and
// returns them, or nil when there are none.
func (l *loader) finish() error {
	for _, r := range l.refs {
		if r.ifDefined && len(l.defs[r.kind]) == 0 {
			continue
		}
		if !l.has(r.kind, r.id) {
			l.report(r.file, accord.ErrorList{accord.NotFound(r.path, r.id, "no "+r.kind+" has this id")})
		}
	}
	l.errs.Sort()
	// Two checks may find the same problem (the loader and a domain
	// constructor both see a duplicate id): report it once, with the
	// message of the check that ran first.
	l.errs = slices.CompactFunc(l.errs, func(a, b *accord.FieldError) bool {
		return a.File == b.File && a.Line == b.Line && a.Column == b.Column && a.Path == b.Path && a.Kind == b.Kind
	})
	return l.errs.Err()
}
