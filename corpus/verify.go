package corpus

import (
	"crypto/sha256"
	"encoding/hex"
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
)

// VerifySources checks the corpus against the source articles in sources
// (a folder holding the files the registry names, such as ../shared/seeds):
// each document's file exists and has the registered SHA-256 and word
// count, and every anchor phrase of every citation occurs in its document,
// compared after [fold.Fold] on both sides. It returns every problem in
// one [accord.ErrorList], located at the registry record or the citation in
// the data files, or nil when the corpus matches its sources.
func VerifySources(c *Corpus, sources fs.FS) error {
	var errs accord.ErrorList
	folded := make(map[string]string, len(c.docs.list))
	for i, d := range c.docs.list {
		at := c.docs.sites[i]
		p := accord.NewPath("documents").Index(i)
		data, err := fs.ReadFile(sources, d.File)
		if err != nil {
			errs = append(errs, at.err("file", accord.NotFound(p.Child("file"), d.File, "cannot read the source: "+err.Error()).WithRule(ErrSourceMissing)))
			continue
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != d.SHA256 {
			errs = append(errs, at.err("sha256", accord.Invalid(p.Child("sha256"), d.SHA256, "the file "+d.File+" has SHA-256 "+got).WithRule(ErrHashMismatch)))
		}
		text := string(data)
		if got := fold.WordCount(text); got != d.Words {
			errs = append(errs, at.err("words", accord.Invalid(p.Child("words"), d.Words, fmt.Sprintf("the file %s has %d words", d.File, got)).WithRule(ErrWordCount)))
		}
		folded[d.ID] = fold.Fold(text)
	}
	for ct := range c.Citations() {
		text, ok := folded[ct.Doc]
		if !ok {
			continue // the document's own problem is reported above
		}
		if !strings.Contains(text, fold.Fold(ct.Anchor)) {
			e := accord.NotFound(accord.NewPath(ct.Path.String()).Child("anchor"), ct.Anchor, "the phrase does not occur in "+ct.Doc).WithRule(ErrAnchorNotFound)
			e.File, e.Line, e.Column = ct.File, ct.Line, ct.Column
			errs = append(errs, e)
		}
	}
	errs.Sort()
	return errs.Err()
}

// docSite locates the fields of a document record that VerifySources
// checks, so that its problems point at the value to fix.
type docSite struct {
	file string
	at   [len(siteFields)][2]int // line, column of each of siteFields
}

// siteFields are the fields of a document record a docSite locates (in
// an array rather than a map: a registry of many documents keeps one
// docSite each).
var siteFields = [...]string{"file", "sha256", "words"}

// newDocSite returns where the checked fields of the document record n
// of file f are: each field's value, or the record when it lacks one.
func newDocSite(f *file, n *jsontree.Node) docSite {
	s := docSite{file: f.name}
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
