package corpus

import (
	"regexp"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
)

// DocumentKind says what sort of text a source document is.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero DocumentKind means
// "not set" and is invalid, as for every enum of accord.
type DocumentKind uint8

// The DocumentKind values; the table below defines each one.
const (
	_ DocumentKind = iota
	OfficialStatementDigest
	Commentary
	LegalAnalysis
	NewsReport
	PolicyAnalysis
	OfficialText
	CoderNotes
)

var documentKindEnum = enum.New("DocumentKind", map[DocumentKind]enum.Value{
	OfficialStatementDigest: {Name: "official-statement-digest", Doc: "a summary of a government's public statements, without an author's own argument"},
	Commentary:              {Name: "commentary", Doc: "a short opinion piece arguing one thesis"},
	LegalAnalysis:           {Name: "legal-analysis", Doc: "an analysis of the applicable law, with the author's policy recommendations"},
	NewsReport:              {Name: "news-report", Doc: "a report of events and statements as they unfold"},
	PolicyAnalysis:          {Name: "policy-analysis", Doc: "a study that compares policy options and recommends one"},
	OfficialText:            {Name: "official-text", Doc: "the text of a treaty, law or other official document itself, not a report or summary of it"},
	CoderNotes:              {Name: "coder-notes", Doc: "notes the coder wrote, such as a worked example or a summary of sources not otherwise at hand; they are evidence of what the coder wrote, not of what any actor said"},
})

// String returns the wire name of k.
func (k DocumentKind) String() string { return documentKindEnum.String(k) }

// IsValid reports whether k is one of the named kinds.
func (k DocumentKind) IsValid() bool { return documentKindEnum.Valid(k) }

// ParseDocumentKind returns the kind with the given wire name.
func ParseDocumentKind(name string) (DocumentKind, error) { return documentKindEnum.Parse(name) }

// DocumentKinds returns every valid kind.
func DocumentKinds() []DocumentKind { return documentKindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k DocumentKind) MarshalText() ([]byte, error) { return documentKindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *DocumentKind) UnmarshalText(b []byte) error { return documentKindEnum.UnmarshalText(k, b) }

// Document is one source article in the registry (seeds/documents.json).
// The article's text is not part of accord: File, SHA256 and Words identify
// it so that [VerifySources] can check the corpus against a copy.
type Document struct {
	// ID is the stable slug every citation uses.
	ID string `json:"id"`
	// Title is the article's title; when Untitled is set it is the coder's
	// descriptive title for an article that has none.
	Title    string `json:"title"`
	Untitled bool   `json:"untitled,omitempty"`
	// Author and Publisher are set only where the text names them.
	Author    string       `json:"author,omitempty"`
	Publisher string       `json:"publisher,omitempty"`
	Kind      DocumentKind `json:"kind"`
	// Written is when the article was written, as far as its text tells;
	// WrittenNote says how that was inferred.
	Written     accord.Period `json:"written,omitzero"`
	WrittenNote string        `json:"written_note,omitempty"`
	// File is the source file name; SHA256 its lower-case hex digest; Words
	// its word count as fold.WordCount gives it.
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Words  int    `json:"words"`
	// Summary is a few sentences in the coder's own words.
	Summary string `json:"summary"`
}

var hashRE = regexp.MustCompile(`^[0-9a-f]{64}$`)

// Validate reports every intrinsic problem of the document record.
func (d Document) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	switch {
	case d.ID == "":
		errs = append(errs, accord.Required(path.Child("id"), "a slug such as lawfare-armed-neutrality"))
	case !check.IsID(d.ID):
		errs = append(errs, accord.Invalid(path.Child("id"), d.ID, "ids are lower-case words joined by hyphens"))
	}
	errs = append(errs, check.Text(path.Child("title"), d.Title, "the article's title or a descriptive one with untitled: true")...)
	errs = append(errs, check.Enum(path.Child("kind"), d.Kind, documentKindEnum)...)
	errs = append(errs, d.Written.Validate(path.Child("written"))...)
	errs = append(errs, check.Text(path.Child("file"), d.File, "the source file name")...)
	switch {
	case d.SHA256 == "":
		errs = append(errs, accord.Required(path.Child("sha256"), "the SHA-256 of the source file"))
	case !hashRE.MatchString(d.SHA256):
		errs = append(errs, accord.Invalid(path.Child("sha256"), d.SHA256, "64 lower-case hexadecimal digits"))
	}
	if d.Words <= 0 {
		errs = append(errs, accord.Invalid(path.Child("words"), d.Words, "the source's word count, a positive number"))
	}
	errs = append(errs, check.Text(path.Child("summary"), d.Summary, "a few sentences in the coder's own words")...)
	for _, f := range []struct{ name, value, want string }{
		{"title", d.Title, "the source's title"},
		{"summary", d.Summary, "a few sentences in the coder's own words"},
	} {
		if strings.HasPrefix(f.value, Placeholder) {
			errs = append(errs, accord.Invalid(path.Child(f.name), f.value, "still the template's placeholder: write "+f.want))
		}
	}
	return errs
}
