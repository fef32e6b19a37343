package neutrality

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Status is a state's status toward wars and military blocs over a period,
// as one source describes it: its [Kind], the postures the state declared,
// what the status rests on, who recognises or guarantees it, whether it is
// armed, the instrument's own terms, and what became of it. Two articles
// that describe the same state differently give two Status records; that is
// how their disagreement is kept.
//
// A Status is a plain value: its methods never modify it, and those that
// return slices return copies. The zero Status is invalid.
type Status struct {
	// ID is the record's stable slug, unique across the corpus.
	ID string `json:"id"`
	// State is the actor id of the state whose status this is; for the
	// status of a territory or waterway, the state that holds sovereignty
	// over it.
	State string `json:"state"`
	// Territory is the actor id of the territory or waterway that holds
	// the status, when it is not the whole state: a neutralised or
	// demilitarised island group (the Åland Islands), an international
	// canal (the Panama Canal). Such a status coexists with the
	// sovereign's own alliances, which Alliances then lists.
	Territory string `json:"territory,omitempty"`
	// Kind is the kind of status, as the source characterises it.
	Kind Kind `json:"kind"`
	// Stage says whether the status was in force, only proposed, or only a
	// goal the state set itself.
	Stage Stage `json:"stage"`
	// Postures lists what the state declared it would do about wars and
	// blocs.
	Postures []Posture `json:"postures,omitempty"`
	// Bases lists what the status rests on.
	Bases []Basis `json:"bases,omitempty"`
	// Instrument names the declaration, law or treaty, where the source
	// names one.
	Instrument string `json:"instrument,omitempty"`
	// RecognisedBy lists the actor ids of the states or bodies that
	// recognised the status.
	RecognisedBy []string `json:"recognised_by,omitempty"`
	// GuaranteedBy lists the actor ids of the guarantors of the status.
	GuaranteedBy []string `json:"guaranteed_by,omitempty"`
	// Alliances lists the actor ids of the military alliances the state
	// belongs to under this status. A neutral status cannot list one
	// ([ErrNeutralInAlliance]) unless it is a territory's, whose
	// sovereign's alliances these are.
	Alliances []string `json:"alliances,omitempty"`
	// Conflict names the war a NeutralInWar status concerns.
	Conflict string `json:"conflict,omitempty"`
	// Armament says whether the status is armed; zero when the source does
	// not say.
	Armament Armament `json:"armament,omitzero"`
	// Period is when the status held (for a proposal: left empty). A
	// status in force says how it ends: a To date, or an End of
	// still-holds, ended-undated or not-stated ([accord.Ending]); an end
	// the source does not state is never "still holds".
	Period accord.Period `json:"period,omitzero"`
	// Allows and Forbids are activities the status's own instrument
	// expressly allows or forbids; they override the rulebook (a neutrality
	// declaration may, for instance, expressly keep a defence treaty).
	Allows  []Activity `json:"allows,omitempty"`
	Forbids []Activity `json:"forbids,omitempty"`
	// Terms are the instrument's terms that hold only under a condition
	// or only in part of the territory; see [Proviso].
	Terms []Proviso `json:"terms,omitempty"`
	// Events tell what became of the status, in order.
	Events []Event `json:"events,omitempty"`
	// Summary says in the coder's own words what the source says.
	Summary string `json:"summary"`
	// Evidence cites the source.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the status, with paths
// relative to path. Domain rules broken carry a rule sentinel:
// [ErrNoBasis] for a permanent neutrality or neutralisation with no binding
// basis, [ErrNoGuarantor] for a neutralisation neither imposed nor
// guaranteed by others, [ErrNeutralInAlliance] for a neutrality that lists
// an alliance, [ErrNoConflict], [ErrNoAlliance], [ErrPostureMismatch],
// [ErrPeriodOrder], [ErrBasisNotStated], [ErrConflictingTerms],
// [ErrEndNotSaid] for a status in force whose period does not say how it
// ends, and [ErrEndedStillHolds] for a status an event ends whose period
// still holds or is not ended; and, when none of these explains it,
// [ErrKindMismatch] for a kind that [Classify] does not derive from the
// status's own facts under any doctrine. Validate and Classify therefore
// agree by construction: a valid status classifies as its kind, and a kind
// Classify derives validates. Whether the actor ids exist, and are of the
// right kind, is checked by the corpus loader.
func (s Status) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), s.ID, "a slug such as "+"switzerland-permanent-neutrality")...)
	if s.State == "" {
		errs = append(errs, accord.Required(path.Child("state"), "the actor id of the state"))
	} else if !check.IsID(s.State) {
		errs = append(errs, accord.Invalid(path.Child("state"), s.State, "an actor id: lower-case words joined by hyphens"))
	}
	errs = append(errs, check.OptID(path.Child("territory"), s.Territory, "the actor id of the territory or waterway")...)
	errs = append(errs, check.Enum(path.Child("kind"), s.Kind, kindEnum)...)
	errs = append(errs, check.Enum(path.Child("stage"), s.Stage, stageEnum)...)
	errs = append(errs, check.Enums(path.Child("postures"), s.Postures, postureEnum)...)
	errs = append(errs, check.Enums(path.Child("bases"), s.Bases, basisEnum)...)
	if slices.Contains(s.Bases, NotStated) && len(s.Bases) > 1 {
		errs = append(errs, accord.Invalid(path.Child("bases"), "not-stated", "not-stated means the source gives no basis; it cannot be combined with one").WithRule(ErrBasisNotStated))
	}
	errs = append(errs, check.IDs(path.Child("recognised_by"), s.RecognisedBy, "an actor id")...)
	errs = append(errs, check.IDs(path.Child("guaranteed_by"), s.GuaranteedBy, "an actor id")...)
	errs = append(errs, check.IDs(path.Child("alliances"), s.Alliances, "an actor id")...)
	errs = append(errs, check.OptEnum(path.Child("armament"), s.Armament, armamentEnum)...)
	for _, e := range s.Period.Validate(path.Child("period")) {
		if e.Path.String() == path.Child("period").Child("to").String() {
			e = e.WithRule(ErrPeriodOrder)
		}
		errs = append(errs, e)
	}
	errs = append(errs, s.validateEnd(path)...)
	errs = append(errs, check.Enums(path.Child("allows"), s.Allows, activityEnum)...)
	errs = append(errs, check.Enums(path.Child("forbids"), s.Forbids, activityEnum)...)
	for i, a := range s.Forbids {
		if slices.Contains(s.Allows, a) {
			errs = append(errs, accord.Invalid(path.Child("forbids").Index(i), a, "the activity is also in allows").WithRule(ErrConflictingTerms))
		}
	}
	errs = append(errs, s.validateTerms(path.Child("terms"))...)
	errs = append(errs, s.validateKind(path)...)
	errs = append(errs, check.Each(path.Child("events"), s.Events)...)
	errs = append(errs, check.Text(path.Child("summary"), s.Summary, "what the source says, in the coder's own words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), s.Evidence)...)
	return errs
}

// validateKind checks what each kind of status needs.
func (s Status) validateKind(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	needPosture := func(p Posture, why string) {
		if !slices.Contains(s.Postures, p) {
			errs = append(errs, accord.Required(path.Child("postures"), why+": the posture "+p.String()).WithRule(ErrPostureMismatch))
		}
	}
	switch s.Kind {
	case NeutralInWar:
		if s.Conflict == "" {
			errs = append(errs, accord.Required(path.Child("conflict"), "the war in which the state is neutral").WithRule(ErrNoConflict))
		}
	case NeutralityPolicy:
		needPosture(StayNeutral, "a neutrality policy declares")
	case PermanentNeutrality, Neutralisation:
		needPosture(StayNeutral, "a permanent neutrality declares")
		if !s.hasBindingBasis() && !slices.Contains(s.Bases, NotStated) {
			errs = append(errs, accord.Required(path.Child("bases"), "a basis that binds the state: unilateral-declaration, domestic-law, treaty or agreement-among-others (or not-stated when the source gives none)").WithRule(ErrNoBasis))
		}
		if s.Kind == Neutralisation && len(s.GuaranteedBy) == 0 && !slices.Contains(s.Bases, AgreementAmongOthers) {
			errs = append(errs, accord.Required(path.Child("guaranteed_by"), "the states that guarantee the neutralisation, or the basis agreement-among-others when other states imposed it").WithRule(ErrNoGuarantor))
		}
	case NonAlignment:
		needPosture(StayOutOfBlocs, "non-alignment declares")
	case AllianceMember:
		if len(s.Alliances) == 0 {
			errs = append(errs, accord.Required(path.Child("alliances"), "the alliance the state belongs to").WithRule(ErrNoAlliance))
		}
	case AllianceAspirant:
		needPosture(JoinAlliance, "an alliance aspirant declares")
	case NuclearWeaponFree:
		needPosture(StayNuclearWeaponFree, "a nuclear-weapon-free status declares")
		if !s.hasBindingBasis() && !slices.Contains(s.Bases, NotStated) {
			errs = append(errs, accord.Required(path.Child("bases"), "a basis that binds the state: unilateral-declaration, domestic-law, treaty or agreement-among-others (or not-stated when the source gives none)").WithRule(ErrNoBasis))
		}
	}
	if s.Kind.IsNeutral() && len(s.Alliances) > 0 && s.Territory == "" {
		errs = append(errs, accord.Invalid(path.Child("alliances"), s.Alliances[0], "a "+s.Kind.String()+" cannot belong to a military alliance; only a territory's status coexists with its sovereign's alliances (set territory)").WithRule(ErrNeutralInAlliance))
	}
	if len(errs) == 0 && s.Kind.IsValid() {
		errs = append(errs, s.validateAgreement(path)...)
	}
	return errs
}

// hasBindingBasis reports whether any basis binds the state in law.
func (s Status) hasBindingBasis() bool {
	return slices.ContainsFunc(s.Bases, Basis.IsBinding)
}

// Facts returns the facts about the state that the status records, for
// [Classify]. Comparing Classify(s.Facts()) with s.Kind shows whether a
// source's characterisation follows from what it reports.
func (s Status) Facts() Facts {
	return Facts{
		Stage:        s.Stage,
		Territory:    s.Territory,
		Conflict:     s.Conflict,
		Postures:     slices.Clone(s.Postures),
		Bases:        slices.Clone(s.Bases),
		RecognisedBy: slices.Clone(s.RecognisedBy),
		GuaranteedBy: slices.Clone(s.GuaranteedBy),
		Alliances:    slices.Clone(s.Alliances),
	}
}

// Outcome returns the last event of the status, which tells how it ended
// (or that it held), and false when the source records no event.
func (s Status) Outcome() (Event, bool) {
	if len(s.Events) == 0 {
		return Event{}, false
	}
	return s.Events[len(s.Events)-1].clone(), true
}

// Clone returns a deep copy of s.
func (s Status) Clone() Status {
	s.Postures = slices.Clone(s.Postures)
	s.Bases = slices.Clone(s.Bases)
	s.RecognisedBy = slices.Clone(s.RecognisedBy)
	s.GuaranteedBy = slices.Clone(s.GuaranteedBy)
	s.Alliances = slices.Clone(s.Alliances)
	s.Allows = slices.Clone(s.Allows)
	s.Forbids = slices.Clone(s.Forbids)
	s.Terms = slices.Clone(s.Terms)
	for i := range s.Terms {
		s.Terms[i].Evidence = slices.Clone(s.Terms[i].Evidence)
	}
	s.Evidence = slices.Clone(s.Evidence)
	s.Events = slices.Clone(s.Events)
	for i := range s.Events {
		s.Events[i] = s.Events[i].clone()
	}
	return s
}
