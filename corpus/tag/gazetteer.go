package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/fold"
	"golang.org/x/text/unicode/norm"
)

// Target is what a surface form refers to: a record of the corpus, by
// kind and id, with a name to show.
type Target struct {
	// Kind is the kind of record; never Figure.
	Kind Kind
	// ID is the record's id ("ukraine", "budapest-memorandum") or, for a
	// status term, the status kind's wire name.
	ID string
	// Name is the record's display name ("Ukraine").
	Name string
	// Known is when the record is known to have existed or acted, for
	// telling apart records that share a name by the date of a text
	// ([Options.Date]): the German Empire, known in 1914, and Germany. The
	// zero Period means any time.
	Known accord.Period `json:",omitzero"`
	// For is, for an actor that acts for another (the Kremlin for Russia,
	// a ministry for its state), the id of the actor it ultimately stands
	// for; empty otherwise. [Mention.Refers] uses it.
	For string `json:",omitempty"`
}

// Entry is one line of a gazetteer: a surface form as written in texts
// ("Zelenskyy", "U.S.", "non-bloc") and the target it names. Several
// entries may share a surface form; a mention of it then resolves to all
// their targets and is marked ambiguous.
type Entry struct {
	Surface string
	Target  Target
	// Capitalised restricts the form to text that begins with a capital
	// letter, as proper names are written: "West" for the West, but not
	// "west of the river".
	Capitalised bool
}

// Validate reports every problem of the entry: a surface form that folds
// to nothing, a missing id, a kind that is not a record kind.
func (e Entry) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Text(path.Child("surface"), fold.Fold(e.Surface), "a name as written in texts")...)
	switch k := e.Target.Kind; {
	case k == Figure:
		errs = append(errs, accord.Invalid(path.Child("target").Child("kind"), k.String(), "figures are read by package figure, not looked up"))
	case !k.IsValid():
		errs = append(errs, accord.NotSupported(path.Child("target").Child("kind"), k, []string{Actor.String(), Instrument.String(), Issue.String(), Status.String()}))
	}
	if e.Target.ID == "" {
		errs = append(errs, accord.Required(path.Child("target").Child("id"), "the id of the record the surface form names"))
	}
	return errs
}

// capsOnly reports whether a surface form is a short acronym written in
// capitals ("US", "UK", "EU", "UN", "P5"): such a form matches only text
// written in capitals, so that the pronoun "us" is not the United States.
func capsOnly(surface string) bool {
	s := strings.TrimSpace(surface)
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return letters > 0
}

// variants returns the folded forms under which a surface form is matched:
// the folded form itself; for hyphenated forms, the same with the hyphens
// written as spaces and left out ("non-bloc", "non bloc", "nonbloc");
// for terms (issues and statuses) beginning with "non", the hyphenated
// and spaced forms ("nonalignment", "non-alignment", "non alignment"),
// for terms the plural ("security guarantees"); and, for names with
// accented Latin letters, the same without the accents ("Istanbul
// Communiqué", "Istanbul Communique"). Marks on letters of other scripts
// are kept: й is a letter of its own in Ukrainian, not и with a mark.
func variants(surface string, k Kind) []string {
	base := fold.Fold(surface)
	forms := []string{base}
	add := func(s string) {
		s = fold.Fold(s)
		for _, f := range forms {
			if f == s {
				return
			}
		}
		if s != "" {
			forms = append(forms, s)
		}
	}
	if plain := stripLatinMarks(base); plain != base {
		forms = append(forms, plain)
	}
	if strings.Contains(base, "-") {
		add(strings.ReplaceAll(base, "-", " "))
		add(strings.ReplaceAll(base, "-", ""))
	}
	term := k == Issue || k == Status
	if term && strings.HasPrefix(base, "non") && len(base) > 3 {
		if r, _ := utf8.DecodeRuneInString(base[3:]); unicode.IsLetter(r) {
			add("non-" + base[3:])
			add("non " + base[3:])
		}
	}
	if term {
		for _, f := range forms {
			if r, _ := utf8.DecodeLastRuneInString(f); !unicode.IsLetter(r) || strings.HasSuffix(f, "s") {
				continue
			}
			switch {
			case strings.HasSuffix(f, "y") && len(f) > 1 && !strings.ContainsRune("aeiou", rune(f[len(f)-2])):
				add(f[:len(f)-1] + "ies")
			default:
				add(f + "s")
			}
		}
	}
	return forms
}

// stripLatinMarks removes the combining marks of Latin letters (é → e,
// ü → u) and keeps every other character, including marks on letters of
// other scripts.
func stripLatinMarks(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	latin := false
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			if latin {
				continue
			}
		} else {
			latin = unicode.Is(unicode.Latin, r)
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}
