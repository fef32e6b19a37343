package guarantees

import "errors"

// Rule sentinels. Validation problems are [*accord.FieldError] values whose
// kind is one of the actors sentinels (ErrRequired, ErrInvalid, …); those
// that break a rule of this package also match one of these with
// [errors.Is], so callers can tell which rule failed without reading the
// message.
var (
	// ErrNoGuarantor: an instrument that promises protection names no party
	// that gives the promise (no guarantor and no mutual party).
	ErrNoGuarantor = errors.New("guarantee without a guarantor")
	// ErrNoProtected: an instrument that promises protection names no party
	// that receives it.
	ErrNoProtected = errors.New("guarantee without a protected party")
	// ErrNegativeDeadline: a consultation deadline is negative.
	ErrNegativeDeadline = errors.New("negative consultation deadline")
	// ErrRevisionTextNotFound: a revision deletes, replaces or inserts next
	// to text that is not in its clause's wording.
	ErrRevisionTextNotFound = errors.New("revision text not in its clause")
	// ErrRevisionAmbiguous: the text a revision is anchored to occurs more
	// than once in its clause's wording.
	ErrRevisionAmbiguous = errors.New("revision anchor occurs more than once")
	// ErrRevisionConflict: two revisions chosen together edit overlapping
	// text, or set the same part of the reading to different values.
	ErrRevisionConflict = errors.New("conflicting revisions")
	// ErrUnknownRevision: a revision id names no revision of the clause or
	// instrument.
	ErrUnknownRevision = errors.New("unknown revision")
	// ErrWordingTooLong: a clause's wording is longer than [MaxWording]
	// bytes.
	ErrWordingTooLong = errors.New("wording too long")
	// ErrUnknownClause: a clause id names no clause of the instrument.
	ErrUnknownClause = errors.New("unknown clause")
	// ErrStageMismatch: the stage contradicts another field, for example a
	// draft coded as ratified or as having a period in force.
	ErrStageMismatch = errors.New("stage contradicts the instrument's status")
)
