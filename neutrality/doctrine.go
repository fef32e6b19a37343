package neutrality

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"slices"
)

// Questions on which the sources disagree, and the doctrine ids that answer
// them. The doctrines themselves (their summaries and sources) are data in
// the rulebook; these constants name the ones that [Classify] consults and
// that the embedded rulebook uses, so callers need not spell them.
const (
	// QuestionAssistanceToVictim: may a neutral help the victim of
	// aggression with weapons and intelligence?
	QuestionAssistanceToVictim = "assistance-to-victim"
	// QualifiedNeutrality: yes; the law of neutrality need not treat the
	// aggressor and its victim alike.
	QualifiedNeutrality = "qualified-neutrality"
	// StrictNeutrality: no; the law of neutrality applies equally to every
	// belligerent, whoever started the war.
	StrictNeutrality = "strict-neutrality"

	// QuestionAlliancesUnderNonAlignment: may a non-aligned state conclude
	// military alliances?
	QuestionAlliancesUnderNonAlignment = "alliances-under-non-alignment"
	// NonAlignmentExcludesAlliances: no; non-alignment means staying out of
	// military blocs and alliances.
	NonAlignmentExcludesAlliances = "non-alignment-excludes-alliances"
	// NonAlignmentPermitsAlliances: yes; non-aligned status leaves room for
	// alliances and mutual-defence pacts.
	NonAlignmentPermitsAlliances = "non-alignment-permits-alliances"

	// QuestionRecognition: does a neutral status need recognition by other
	// states?
	QuestionRecognition = "recognition-of-neutrality"
	// DeclarationSuffices: no; a state can make itself permanently neutral
	// by its own declaration under international and domestic law.
	DeclarationSuffices = "declaration-suffices"
	// RecognitionRequired: yes; neutrality needs a treaty or another form
	// of international recognition, without which it is no status at all.
	RecognitionRequired = "recognition-required"

	// QuestionForeignPresence: may foreign forces be present on the
	// territory of a permanently neutral state, and in what form? The
	// corpus asks it of foreign bases, the one presence both sources speak
	// to.
	QuestionForeignPresence = "foreign-presence"
	// TemporaryPresenceAllowed: yes, when they could leave at once in a war
	// and do not prepare a war against a particular rival; a permanent base
	// makes that hard.
	TemporaryPresenceAllowed = "temporary-presence-allowed"
	// NoFormalForeignPresence: not as a formal presence; help from abroad
	// is compatible only without a formal foreign presence on the
	// neutral's soil, such as a base. The proviso says nothing of temporary
	// activities such as exercises.
	NoFormalForeignPresence = "no-formal-foreign-presence"
)

// Doctrine is one answer to a question on which the sources disagree, with
// the sources that hold it. Contested rules name a doctrine on each side;
// [Options] choose doctrines, and so decide contested rules and
// classifications.
type Doctrine struct {
	// ID is the doctrine's slug, such as "qualified-neutrality".
	ID string `json:"id"`
	// Question is the slug of the question it answers, shared by the
	// doctrines that disagree, such as "assistance-to-victim".
	Question string `json:"question"`
	// Name is a short human-readable name.
	Name string `json:"name"`
	// Summary states the doctrine in the coder's own words.
	Summary string `json:"summary"`
	// Evidence cites the sources that hold or report it.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the doctrine.
func (d Doctrine) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), d.ID, "a slug such as "+QualifiedNeutrality)...)
	errs = append(errs, check.ID(path.Child("question"), d.Question, "a slug such as "+QuestionAssistanceToVictim)...)
	errs = append(errs, check.Text(path.Child("name"), d.Name, "a short name")...)
	errs = append(errs, check.Text(path.Child("summary"), d.Summary, "the doctrine in the coder's own words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), d.Evidence)...)
	return errs
}

// Clone returns a deep copy of d.
func (d Doctrine) Clone() Doctrine {
	d.Evidence = slices.Clone(d.Evidence)
	return d
}
