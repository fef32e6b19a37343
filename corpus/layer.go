package corpus

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// NamedLayer returns fsys under a name that a load puts before the names of
// its files in every problem and citation, so that a message says which
// layer it is about: with NamedLayer("mydata", os.DirFS("mydata")) a problem
// reads "mydata/actors.json:3:5: …", which is also the file's path from the
// folder above. [Load] names the layers it is given: one unnamed layer keeps
// its bare file names, the embedded corpus ([seeds.FS]) is "seeds" among
// several, and any other unnamed layer is "layer<N>", N counting from 1 at
// the bottom.
func NamedLayer(name string, fsys fs.FS) fs.FS { return namedLayer{name: name, fsys: fsys} }

// namedLayer is a layer with a name; the loader reads its fsys directly.
type namedLayer struct {
	name string
	fsys fs.FS
}

// Open opens a file of the layer, so that a namedLayer is an fs.FS.
func (n namedLayer) Open(name string) (fs.File, error) { return n.fsys.Open(name) }

// layer is one layer of a load: its files and the prefix of their names.
type layer struct {
	fsys   fs.FS
	prefix string // "" for a lone unnamed layer, else "<name>/"
}

// layersOf names the layers of a load (see [NamedLayer]) and rejects nil
// ones.
func layersOf(fss []fs.FS) ([]layer, error) {
	if len(fss) == 0 {
		return nil, errors.New("corpus: Load needs at least one layer, such as seeds.FS()")
	}
	out := make([]layer, len(fss))
	for i, fsys := range fss {
		name := ""
		if n, ok := fsys.(namedLayer); ok {
			name, fsys = n.name, n.fsys
		} else if len(fss) > 1 {
			name = "layer" + strconv.Itoa(i+1)
			if fsys == seeds.FS() {
				name = "seeds"
			}
		}
		if fsys == nil {
			return nil, errors.New("corpus: layer " + strconv.Itoa(i+1) + " is nil")
		}
		out[i] = layer{fsys: fsys}
		if name != "" {
			out[i].prefix = strings.TrimSuffix(name, "/") + "/"
		}
	}
	return out, nil
}

// display returns the name a problem or citation gives the file name of
// the current layer.
func (l *loader) display(name string) string { return l.prefix + name }

// registryFiles reads the registry named base ("actors") of the current
// layer, which may be one file, base.json, or a folder of files,
// base/*.json, or both; each file has the layout of base.json. It decodes
// each file, the single file first and then the folder's in name order,
// into a new T and calls each with it. A registry the layer lacks is
// reported only when it is required.
func registryFiles[T any](l *loader, base string, required bool, each func(f *file, v *T)) {
	found := false
	name := base + ".json"
	data, err := l.readFile(name)
	switch {
	case err == nil:
		found = true
		v := new(T)
		if f := l.decode(l.display(name), "", text(data), v); f != nil {
			each(f, v)
		}
	case !errors.Is(err, fs.ErrNotExist):
		found = true
		l.readProblem(name, accord.ErrRequired, "file", err)
	}
	entries, err := fs.ReadDir(l.fsys, base)
	switch {
	case err == nil:
		found = true
	case !errors.Is(err, fs.ErrNotExist):
		found = true
		l.readProblem(base, accord.ErrInvalid, "directory", err)
	}
	for _, e := range entries {
		name := path.Join(base, e.Name())
		if e.IsDir() || path.Ext(name) != ".json" {
			l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrInvalid, File: l.display(name), Detail: "only .json files with the layout of " + base + ".json belong in " + base + "/"})
			continue
		}
		data, err := l.readFile(name)
		if err != nil {
			l.readProblem(name, accord.ErrInvalid, "file", err)
			continue
		}
		v := new(T)
		if f := l.decode(l.display(name), "", text(data), v); f != nil {
			each(f, v)
		}
	}
	if !found && required {
		l.errs = append(l.errs, &accord.FieldError{Kind: accord.ErrRequired, File: l.display(name),
			Detail: "cannot read the file: the registry " + name + " (or a folder " + base + "/ of such files) is required"})
	}
}

// A span is a run of records of one file in a list built from the files
// of every layer: the records [start, start+n) come from file, which
// belongs to the layer numbered layer.
type span struct {
	file         *file
	layer        int
	start, count int
	// index holds the index in the file of each record of the run when
	// some of the file's records were left out (see stack.add); it is nil
	// when the run is the file's whole list.
	index []int
}

// stack is a list of records gathered from the files of every layer read
// so far, with where each run of them comes from, so that a constructor
// sees the records of the layers below as well as the current one and its
// problems can be reported in the file of the record they are about.
type stack[T any] struct {
	list  []T
	spans []span
}

// validator is a record that reports its own problems.
type validator interface {
	Validate(path accord.Path) accord.ErrorList
}

// add defines the id of each record of f, a file of the current layer, as
// a record of kind at its index in the top-level list named list (see
// [loader.define]), and appends the records that define a new id. A
// record whose id is already defined, in this layer or one below, is
// reported once, as a duplicate, by define and is left out of the list
// (its own problems are still reported): the constructor sees the first
// definition only, so that a reference to the id resolves to that record
// instead of failing as a consequence of the duplicate.
func (s *stack[T]) add(l *loader, f *file, kind, list string, recs []T, id func(T) string) {
	var index []int // set once a record is left out
	for i, r := range recs {
		if l.define(kind, id(r), f, list, i) {
			if index != nil {
				index = append(index, i)
			}
			continue
		}
		if v, ok := any(r).(validator); ok {
			l.report(f, v.Validate(accord.NewPath(list).Index(i))...)
		}
		if index == nil {
			index = make([]int, i, len(recs))
			for j := range index {
				index[j] = j
			}
		}
	}
	kept := recs
	if index != nil {
		kept = make([]T, len(index))
		for j, i := range index {
			kept[j] = recs[i]
		}
	}
	s.spans = append(s.spans, span{file: f, layer: l.layer, start: len(s.list), count: len(kept), index: index})
	s.list = appendRecords(s.list, kept)
}

// has reports whether the current layer added records (or files) to s.
func (s *stack[T]) has(l *loader) bool {
	return len(s.spans) > 0 && s.spans[len(s.spans)-1].layer == l.layer
}

// reportSpans reports the problems in err, a constructor's complaints
// about the list named list that spans describe, in the file each record
// came from and at its index there: "actors[41].acts_for" becomes
// "actors[2].acts_for" of the file whose records start at 39. Problems
// with records of the layers below were reported when those layers were
// read, and are dropped; a problem with the list as a whole is reported in
// the current layer's first file of it.
func (l *loader) reportSpans(list string, spans []span, err error) {
	var errs accord.ErrorList
	if !errors.As(err, &errs) {
		return
	}
	for _, e := range errs {
		rest, ok := strings.CutPrefix(e.Path.String(), list)
		if !ok {
			continue
		}
		i, tail, indexed := splitIndex(rest)
		for _, s := range spans {
			if s.layer != l.layer {
				continue
			}
			if !indexed {
				l.report(s.file, e)
				break
			}
			if i >= s.start && i < s.start+s.count {
				j := i - s.start
				if s.index != nil {
					j = s.index[j]
				}
				c := *e
				c.Path = accord.NewPath(list + "[" + strconv.Itoa(j) + "]" + tail)
				l.report(s.file, &c)
				break
			}
		}
	}
}

// splitIndex splits "[12].acts_for" into 12 and ".acts_for"; indexed is
// false when rest does not start with an index.
func splitIndex(rest string) (i int, tail string, indexed bool) {
	inner, ok := strings.CutPrefix(rest, "[")
	if !ok {
		return 0, rest, false
	}
	num, tail, ok := strings.Cut(inner, "]")
	if !ok {
		return 0, rest, false
	}
	i, err := strconv.Atoi(num)
	if err != nil {
		return 0, rest, false
	}
	return i, tail, true
}

// layerCites are the citations of one file and the layer it belongs to.
type layerCites struct {
	layer int
	cites []Cited
}

// stacks are the records of every layer read so far that a constructor
// checks as a whole: the actor registry, the issue taxonomy, the positions
// and the rulebook.
type stacks struct {
	actors    stack[actors.Actor]
	issues    stack[actors.Issue]
	positions stack[actors.Position]
	rules     stack[neutrality.Rule]
	doctrines stack[neutrality.Doctrine]
	// registryOK and taxonomyOK say whether the actor registry and the
	// issue taxonomy were built from files without a problem.
	registryOK, taxonomyOK bool
	// bloc is where the settlement frame's alliance is set, if anywhere.
	bloc *blocSite
}

// blocSite is where a settlements file sets the frame's alliance.
type blocSite struct {
	file *file
	bloc string
}

// appendRecords appends the records of a file to those of the files
// before it; the first file's records are kept as they are, not copied
// (clipped, so that a later append copies them rather than write past
// them).
func appendRecords[T any](list, recs []T) []T {
	if list == nil {
		return slices.Clip(recs)
	}
	return append(list, recs...)
}
