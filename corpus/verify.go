package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/accordmodel/accord/actors"
)

// Rule sentinels of [VerifySources]; each problem it reports matches one of
// them with [errors.Is] (as well as its kind, such as [actors.ErrInvalid]).
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
// compared after [actors.Fold] on both sides. It returns every problem in
// one [actors.ErrorList], located at the registry record or the citation in
// the data files, or nil when the corpus matches its sources.
func VerifySources(c *Corpus, sources fs.FS) error {
	var errs actors.ErrorList
	folded := make(map[string]string, len(c.docs.list))
	for i, d := range c.docs.list {
		at := c.docs.sites[i]
		data, err := fs.ReadFile(sources, d.File)
		if err != nil {
			errs = append(errs, at.err(actors.NotFound(at.path.Child("file"), d.File, "cannot read the source: "+err.Error()).WithRule(ErrSourceMissing)))
			continue
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != d.SHA256 {
			errs = append(errs, at.err(actors.Invalid(at.path.Child("sha256"), d.SHA256, "the file "+d.File+" has SHA-256 "+got).WithRule(ErrHashMismatch)))
		}
		text := string(data)
		if got := actors.WordCount(text); got != d.Words {
			errs = append(errs, at.err(actors.Invalid(at.path.Child("words"), d.Words, fmt.Sprintf("the file %s has %d words", d.File, got)).WithRule(ErrWordCount)))
		}
		folded[d.ID] = actors.Fold(text)
	}
	for _, ct := range c.citations {
		text, ok := folded[ct.Doc]
		if !ok {
			continue // the document's own problem is reported above
		}
		if !strings.Contains(text, actors.Fold(ct.Anchor)) {
			e := actors.NotFound(actors.NewPath(ct.Path).Child("anchor"), ct.Anchor, "the phrase does not occur in "+ct.Doc).WithRule(ErrAnchorNotFound)
			e.File, e.Line, e.Column = ct.File, ct.Line, ct.Column
			errs = append(errs, e)
		}
	}
	errs.Sort()
	return errs.Err()
}

// recordSite locates a registry record in its data file.
type recordSite struct {
	file         string
	line, column int
	path         actors.Path
}

func (s recordSite) err(e *actors.FieldError) *actors.FieldError {
	e.File, e.Line, e.Column = s.file, s.line, s.column
	return e
}
