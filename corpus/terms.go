package corpus

import (
	"iter"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/neutrality"
)

// KeyTerm is a key term of an issue or of a neutrality status kind, as texts
// write it ("non-bloc status", "security assurances", "near abroad"): the
// vocabulary the tagger ([Corpus.Tagger]) and [Corpus.Search] recognise
// besides the names of records. Terms are vocabulary, not coded claims,
// so they carry no evidence; the tagger also matches their plurals and
// hyphen variants, so each is listed once.
type KeyTerm struct {
	// Term is the phrase as written.
	Term string `json:"term"`
	// Kind is tag.Issue or tag.Status.
	Kind tag.Kind `json:"kind"`
	// Target is the id of the issue, or the wire name of the
	// neutrality.Kind, the term names.
	Target string `json:"target"`
	// Note is an optional remark by the coder.
	Note string `json:"note,omitempty"`
}

// Validate reports every intrinsic problem of the term: an empty phrase, a
// kind other than issue or status, a missing target, and a status target
// that is not a neutrality.Kind. Whether an issue target exists is checked
// by the loader.
func (t KeyTerm) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Text(path.Child("term"), fold.Fold(t.Term), "the phrase as texts write it")...)
	switch t.Kind {
	case tag.Issue, tag.Status:
	default:
		errs = append(errs, accord.NotSupported(path.Child("kind"), t.Kind, []string{tag.Issue.String(), tag.Status.String()}))
	}
	switch {
	case t.Target == "":
		errs = append(errs, accord.Required(path.Child("target"), "an issue id or a neutrality status kind"))
	case t.Kind == tag.Status:
		if _, err := neutrality.ParseKind(t.Target); err != nil {
			errs = append(errs, accord.NotSupported(path.Child("target"), t.Target, statusKindNames()))
		}
	}
	return errs
}

func statusKindNames() []string {
	var names []string
	for _, k := range neutrality.Kinds() {
		names = append(names, k.String())
	}
	return names
}

// loadTerms reads the key terms of a layer (terms.json or terms/*.json,
// optional), validates every term, refers issue targets to the issue
// taxonomy and rejects terms listed twice, in any layer.
func (c *Corpus) loadTerms(l *loader) {
	if c.text.built == nil {
		c.text.built = &textBuilt{}
	}
	registryFiles(l, "terms", false, func(f *file, v *termsFile) {
		base := accord.NewPath("terms")
		nodes := f.root.Get("terms")
		for i, t := range v.Terms {
			if f.rejectedRecord(nodes, i) {
				continue // a zero term: nothing to check or to list twice
			}
			p := base.Index(i)
			l.report(f, t.Validate(p)...)
			if t.Kind == tag.Issue {
				l.refIfDefined(kindIssue, t.Target, f, p.Child("target"))
			}
			k := termKey{fold.Fold(t.Term), t.Kind, t.Target}
			if first, seen := l.terms[k]; seen {
				l.report(f, accord.Duplicate(p.Child("term"), t.Term, "this term is already listed for "+t.Target+" at "+first.where()))
			} else {
				if l.terms == nil {
					l.terms = map[termKey]site{}
				}
				l.terms[k] = site{file: f, list: "terms", index: i, field: "term"}
			}
		}
		c.text.terms = append(c.text.terms, v.Terms...)
	})
}

// termsFile is the content of terms.json.
type termsFile struct {
	Terms []KeyTerm `json:"terms"`
}

// termKey identifies a key term: two terms with the same key are one
// listed twice.
type termKey struct {
	term   string
	kind   tag.Kind
	target string
}

// KeyTerms returns the key terms of issues and status kinds, in file order.
func (c *Corpus) KeyTerms() iter.Seq[KeyTerm] {
	c = c.orEmpty()
	return slices.Values(c.text.terms)
}
