package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/internal/jsontree"
	"github.com/accordmodel/accord/internal/fold"
)

// Rule sentinels of [VerifySources]; each problem it reports matches one of
// them with [errors.Is] (as well as its kind, such as [accord.ErrInvalid]).
var (
	// ErrSourceMissing: a registered document's file is not in the sources.
	ErrSourceMissing = errors.New("source file missing")
	// ErrHashMismatch: the file's SHA-256 differs from the registry's.
	ErrHashMismatch = errors.New("source file hash mismatch")
	// ErrWordCount: the file's word count differs from the registry's.
	ErrWordCount = errors.New("source word count mismatch")
	// ErrAnchorNotFound: an anchor phrase does not occur in its document.
	ErrAnchorNotFound = errors.New("anchor not found in its document")
	// ErrUnknownDocument: [VerifyDocuments] was asked for a document id
	// the corpus does not register.
	ErrUnknownDocument = errors.New("unknown document")
)

// VerifySources checks the corpus against the source articles in sources
// (a folder holding the files the registry names, such as ../shared/seeds):
// each document's file exists and has the registered SHA-256 and word
// count, and every anchor phrase of every citation occurs in its document,
// compared after [fold.Fold] on both sides. It returns every problem in
// one [accord.ErrorList], located at the registry record or the citation in
// the data files, or nil when the corpus matches its sources. A source
// that is not at hand is a problem ([ErrSourceMissing]); [VerifyDocuments]
// reports it as unverified instead.
func VerifySources(c *Corpus, sources fs.FS) error {
	_, err := c.verify(sources, nil, true)
	return err
}

// Verification is what [VerifyDocuments] did: which documents it checked
// against their sources and which it could not.
type Verification struct {
	// Verified are the ids of the documents whose source file was at hand
	// and matched: its hash, its word count and every anchor that cites
	// it, in registry order.
	Verified []string
	// Failed are the ids of the documents whose source file was at hand
	// but did not match, in registry order; the error says how.
	Failed []string
	// Unverified are the ids of the documents whose source file is not in
	// the sources, in registry order: nothing about them was checked, and
	// nothing about them is reported as a problem.
	Unverified []string
}

// VerifyDocuments checks the documents named by ids (every document of the
// corpus when there are none) against their sources, as [VerifySources]
// does: the file's SHA-256 and word count, and every anchor phrase that
// cites the document. A document whose source file is not in sources is
// listed as unverified, not reported as a problem, so that a user who has
// only the sources of their own layer can verify it alone or among the
// layers below. An id that names no document is a problem
// ([accord.ErrNotFound]). The error lists every problem, as VerifySources
// does, or is nil.
func VerifyDocuments(c *Corpus, sources fs.FS, ids ...string) (Verification, error) {
	return c.verify(sources, ids, false)
}

// verify checks the documents named by ids (all when empty) against
// sources; strict makes a missing source a problem.
func (c *Corpus) verify(sources fs.FS, ids []string, strict bool) (Verification, error) {
	var v Verification
	if c == nil || sources == nil {
		return v, errors.New("corpus: verifying needs a corpus and the file system of the sources, not nil")
	}
	var errs accord.ErrorList
	want := map[string]bool{}
	for i, id := range ids {
		if _, ok := c.docs.byID[id]; !ok {
			errs = append(errs, accord.NotFound(accord.NewPath("ids").Index(i), id, "no document has this id").WithRule(ErrUnknownDocument))
		}
		want[id] = true
	}
	folded := make(map[string]string, len(c.docs.list))
	var checked []string        // the documents whose source is at hand, in registry order
	failed := map[string]bool{} // those of them that do not match
	for i, d := range c.docs.list {
		if len(ids) > 0 && !want[d.ID] {
			continue
		}
		at := c.docs.sites[i]
		p := at.path
		data, err := fs.ReadFile(sources, d.File)
		if err != nil {
			if strict || !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, at.err("file", accord.NotFound(p.Child("file"), d.File, "cannot read the source: "+err.Error()).WithRule(ErrSourceMissing)))
			}
			v.Unverified = append(v.Unverified, d.ID)
			continue
		}
		checked = append(checked, d.ID)
		sum, words := fingerprint(data)
		if sum != d.SHA256 {
			errs = append(errs, at.err("sha256", accord.Invalid(p.Child("sha256"), d.SHA256, "the file "+d.File+" has SHA-256 "+sum).WithRule(ErrHashMismatch)))
			failed[d.ID] = true
		}
		if words != d.Words {
			errs = append(errs, at.err("words", accord.Invalid(p.Child("words"), d.Words, fmt.Sprintf("the file %s has %d words", d.File, words)).WithRule(ErrWordCount)))
			failed[d.ID] = true
		}
		folded[d.ID] = fold.Fold(string(data))
	}
	for ct := range c.Citations() {
		text, ok := folded[ct.Doc]
		if !ok {
			continue // not asked for, not at hand, or reported above
		}
		if !strings.Contains(text, fold.Fold(ct.Anchor)) {
			e := accord.NotFound(accord.NewPath(ct.Path.String()).Child("anchor"), ct.Anchor, "the phrase does not occur in "+ct.Doc).WithRule(ErrAnchorNotFound)
			e.File, e.Line, e.Column = ct.File, ct.Line, ct.Column
			errs = append(errs, e)
			failed[ct.Doc] = true
		}
	}
	for _, id := range checked {
		if failed[id] {
			v.Failed = append(v.Failed, id)
		} else {
			v.Verified = append(v.Verified, id)
		}
	}
	errs.Sort()
	return v, errs.Err()
}

// docSite locates the fields of a document record that VerifySources
// checks, so that its problems point at the value to fix.
type docSite struct {
	file string
	path accord.Path             // the record's path in its file, "documents[2]"
	at   [len(siteFields)][2]int // line, column of each of siteFields
}

// siteFields are the fields of a document record a docSite locates (in
// an array rather than a map: a registry of many documents keeps one
// docSite each).
var siteFields = [...]string{"file", "sha256", "words"}

// newDocSite returns where the checked fields of the document record n
// of file f are: each field's value, or the record when it lacks one.
func newDocSite(f *file, p accord.Path, n *jsontree.Node) docSite {
	s := docSite{file: f.name, path: p}
	for i, field := range siteFields {
		off := n.Offset
		if v := n.Get(field); v != nil {
			off = v.Offset
		}
		line, col := f.pos(off)
		s.at[i] = [2]int{line, col}
	}
	return s
}

// err returns e, a problem with the field named field of the document,
// located.
func (s docSite) err(field string, e *accord.FieldError) *accord.FieldError {
	e.File = s.file
	var pos [2]int
	if i := slices.Index(siteFields[:], field); i >= 0 {
		pos = s.at[i]
	}
	e.Line, e.Column = pos[0], pos[1]
	return e
}
