package accord

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/accordmodel/accord/internal/fold"
)

// MaxAnchorWords is the longest anchor phrase allowed, in words. Anchors
// locate a claim in its article; they are not quotations of it.
const MaxAnchorWords = 12

// Citation says where a coded fact comes from: the id of a source document
// in the corpus registry, an anchor phrase that occurs in that document
// (matched after folding), and an optional note in the coder's own words
// (for instance, that a date was inferred).
//
// Citation lives in the root package, which every domain package imports,
// so that each can carry evidence without importing package corpus.
// The zero Citation is empty and fails [Citation.Validate].
type Citation struct {
	// Doc is the document id, for example "lawfare-armed-neutrality".
	Doc string `json:"doc"`
	// Anchor is a phrase of at most MaxAnchorWords words found in the document.
	Anchor string `json:"anchor"`
	// Note is an optional remark by the coder.
	Note string `json:"note,omitempty"`
}

// IsZero reports whether c is the empty citation.
func (c Citation) IsZero() bool { return c == Citation{} }

// String returns the citation as one line: the document id, a colon and
// the anchor phrase in double quotes (escaped as Go's %q does, so that a
// quote or line break in the anchor cannot break the line), then the note,
// if any, in parentheses:
//
//	lawfare-armed-neutrality: "deem necessary" (the author's paraphrase)
//
// Every String of accord that shows a citation writes it this way. The
// zero Citation is "no citation".
func (c Citation) String() string {
	if c.IsZero() {
		return "no citation"
	}
	s := c.Doc + ": " + strconv.Quote(c.Anchor)
	if c.Note != "" {
		s += " (" + oneLine(c.Note) + ")"
	}
	return s
}

// FormatCitations returns the citations of ev as one line, each as
// [Citation.String] writes it, separated by "; ", or "no citation" when
// ev is empty.
func FormatCitations(ev []Citation) string {
	if len(ev) == 0 {
		return "no citation"
	}
	parts := make([]string, len(ev))
	for i, c := range ev {
		parts[i] = c.String()
	}
	return strings.Join(parts, "; ")
}

// oneLine collapses every run of white space in s, line breaks included,
// to one space, so that a value's String stays on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Validate checks that the citation names a document and carries an
// anchor of one to MaxAnchorWords words in valid UTF-8. An anchor of white
// space only is missing: it would occur in every document. Whether the
// document exists and the anchor occurs in it is checked by the corpus,
// which knows the documents.
func (c Citation) Validate(path Path) ErrorList {
	var errs ErrorList
	if c.Doc == "" {
		errs = append(errs, Required(path.Child("doc"), "the id of a document in documents.json"))
	}
	switch n := fold.WordCount(c.Anchor); {
	case n == 0:
		errs = append(errs, Required(path.Child("anchor"), "a phrase that occurs in the document"))
	case n > MaxAnchorWords:
		errs = append(errs, Invalid(path.Child("anchor"), c.Anchor, "an anchor is at most 12 words"))
	}
	if !utf8.ValidString(c.Anchor) {
		errs = append(errs, Invalid(path.Child("anchor"), c.Anchor, "not valid UTF-8"))
	}
	return errs
}

// ValidateEvidence checks a list of citations: at least one is required,
// and each must be valid.
func ValidateEvidence(path Path, ev []Citation) ErrorList {
	if len(ev) == 0 {
		return ErrorList{Required(path, "at least one citation")}
	}
	var errs ErrorList
	for i, c := range ev {
		errs = append(errs, c.Validate(path.Index(i))...)
	}
	return errs
}

// CitesDoc reports whether any citation in ev names document doc.
func CitesDoc(ev []Citation, doc string) bool {
	return slices.ContainsFunc(ev, func(c Citation) bool { return c.Doc == doc })
}

// CitedDocs returns the ids of the documents ev cites, each once, in the
// order of their first citation; nil when ev is empty. Strings that name
// a value's sources without quoting every anchor print these.
func CitedDocs(ev []Citation) []string {
	var docs []string
	for _, c := range ev {
		if c.Doc != "" && !slices.Contains(docs, c.Doc) {
			docs = append(docs, c.Doc)
		}
	}
	return docs
}
