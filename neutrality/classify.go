package neutrality

import (
	"cmp"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Facts are what is known about a state's stance toward wars and blocs,
// from which [Classify] derives the kind of its status: whether a war
// between others is under way that it stays out of, what it has declared,
// what that rests on, who recognises or guarantees it, and which alliances
// it belongs to. [Status.Facts] extracts them from a coded status.
type Facts struct {
	// Stage says whether the facts describe a status in force (zero, or
	// InForce), a proposal or a goal; Classify then derives the kind the
	// status would have, and says that it does not hold.
	Stage Stage `json:"stage,omitzero"`
	// Territory is set when the status is held by a territory or waterway
	// of the state rather than by the state itself; the alliances are then
	// the sovereign's, and do not make the territory an alliance member.
	Territory string `json:"territory,omitempty"`
	// Conflict names a war between other states, under way, in which the
	// state takes no part; "" when there is none.
	Conflict string `json:"conflict,omitempty"`
	// Postures lists what the state has declared about wars and blocs.
	Postures []Posture `json:"postures,omitempty"`
	// Bases lists what its declared posture rests on. NotStated counts as
	// a binding basis that the source attests without naming.
	Bases []Basis `json:"bases,omitempty"`
	// RecognisedBy lists the states or bodies that recognise its status.
	RecognisedBy []string `json:"recognised_by,omitempty"`
	// GuaranteedBy lists the states that guarantee its status.
	GuaranteedBy []string `json:"guaranteed_by,omitempty"`
	// Alliances lists the military alliances it belongs to.
	Alliances []string `json:"alliances,omitempty"`
}

// Validate reports an unknown stage, unknown postures and bases, and
// not-stated combined with a basis ([ErrBasisNotStated]).
func (f Facts) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.OptEnum(path.Child("stage"), f.Stage, stageEnum)...)
	errs = append(errs, check.Enums(path.Child("postures"), f.Postures, postureEnum)...)
	errs = append(errs, check.Enums(path.Child("bases"), f.Bases, basisEnum)...)
	if slices.Contains(f.Bases, NotStated) && len(f.Bases) > 1 {
		errs = append(errs, accord.Invalid(path.Child("bases"), "not-stated", "not-stated means the source gives no basis; it cannot be combined with one").WithRule(ErrBasisNotStated))
	}
	return errs
}

// Classification is the kind of status that follows from a set of facts,
// why, and — when the answer depends on a contested question — what each
// doctrine makes of them.
type Classification struct {
	// Kind is the kind of status; zero when the result depends on a
	// question the options leave open (see Alternatives).
	Kind Kind `json:"kind,omitzero"`
	// Stage is the stage of the facts: for a proposal or a goal, Kind is
	// the status the state would have, not one it has (see InForce).
	Stage Stage `json:"stage"`
	// Reasons explain the result step by step, in the coder's words.
	Reasons []string `json:"reasons,omitempty"`
	// Doctrines lists the doctrines held in the options that the result
	// depended on.
	Doctrines []string `json:"doctrines,omitempty"`
	// Alternatives lists, when the doctrines disagree about these facts,
	// the kind each combination of doctrines yields; nil when they agree.
	Alternatives []Alternative `json:"alternatives,omitempty"`
}

// Alternative is the kind of status one combination of doctrines derives
// from a set of facts.
type Alternative struct {
	// Doctrines are the doctrines assumed, one per question that mattered.
	Doctrines []string `json:"doctrines"`
	// Kind is the kind they yield.
	Kind Kind `json:"kind"`
}

// Decided reports whether the classification settled on a kind.
func (c Classification) Decided() bool { return c.Kind.IsValid() }

// InForce reports whether the classified status holds: false for a
// proposal or a goal, whose kind is only what the status would be.
func (c Classification) InForce() bool { return c.Stage == InForce }

// IsContested reports whether the doctrines disagree about the facts.
func (c Classification) IsContested() bool { return len(c.Alternatives) > 0 }

// classifyQuestions are the contested questions Classify consults, with
// their two doctrines.
var classifyQuestions = [...][3]string{
	{QuestionAlliancesUnderNonAlignment, NonAlignmentExcludesAlliances, NonAlignmentPermitsAlliances},
	{QuestionRecognition, DeclarationSuffices, RecognitionRequired},
}

// Classify derives the kind of a state's status from facts about it. The
// steps, in order:
//
//  1. A state in a military alliance is an [AllianceMember] — unless it
//     also declares that it stays out of blocs and the caller holds
//     NonAlignmentPermitsAlliances, under which it stays [NonAlignment].
//  2. A declared neutrality on a binding basis that other states imposed
//     or guarantee is a [Neutralisation].
//  3. A declared neutrality on a binding basis, recognised by others or
//     resting on a treaty, is a [PermanentNeutrality]. Unrecognised, it is
//     one under DeclarationSuffices, and no status at all under
//     RecognitionRequired (the next steps then apply).
//  4. A state that stays out of a war under way is [NeutralInWar].
//  5. A declared neutrality is a [NeutralityPolicy] — except that an
//     unrecognised one of a state that also stays out of blocs is
//     [NonAlignment] under RecognitionRequired.
//  6. A state that declares it stays out of blocs is [NonAlignment].
//  7. A state that declares a course toward an alliance is an
//     [AllianceAspirant].
//  8. A state bound to have no nuclear weapons (a declared posture on a
//     binding basis) is [NuclearWeaponFree].
//
// The status of a territory or waterway (Facts.Territory) skips step 1:
// the alliances listed are its sovereign's, and a neutralised island group
// or canal keeps its status inside an alliance.
//
// Classify respects the stage: for a proposal or a goal, the result is
// the kind the status would have if it took effect, Classification.Stage
// says so, and the first reason says that nothing of it holds.
//
// Where a step depends on a contested question, Classify works the facts
// through every doctrine: if they agree, the kind is decided whatever the
// options hold; if not, the options' doctrines decide, and Alternatives
// keeps what each doctrine yields. Facts from which nothing follows give
// an error matching [ErrUnclassifiable]; unknown postures or bases give an
// [accord.ErrorList].
func Classify(f Facts, opts Options) (Classification, error) {
	if errs := f.Validate(accord.NewPath("facts")); len(errs) > 0 {
		return Classification{}, errs
	}
	type run struct {
		kind     Kind
		reasons  []string
		assumed  []string // doctrines consulted
		matches  bool     // consistent with the options
		problem  error
		combo    [len(classifyQuestions)]string
		consults [len(classifyQuestions)]bool
	}
	var runs []run
	for mask := 0; mask < 1<<len(classifyQuestions); mask++ {
		var r run
		r.matches = true
		for i, q := range classifyQuestions {
			r.combo[i] = q[1+(mask>>i)&1]
			if held := opts.heldOf(q[1], q[2]); held != "" && held != r.combo[i] {
				r.matches = false
			}
		}
		choose := func(q string) string {
			for i, cq := range classifyQuestions {
				if cq[0] == q {
					r.consults[i] = true
					return r.combo[i]
				}
			}
			return ""
		}
		r.kind, r.reasons, r.problem = classify(f, choose)
		for i := range classifyQuestions {
			if r.consults[i] {
				r.assumed = append(r.assumed, r.combo[i])
			}
		}
		runs = append(runs, r)
	}
	if runs[0].problem != nil {
		return Classification{}, runs[0].problem
	}
	c := Classification{Stage: cmp.Or(f.Stage, InForce)}
	// Alternatives: distinct (kind, assumed doctrines) pairs, when kinds differ.
	differ := slices.ContainsFunc(runs, func(r run) bool { return r.kind != runs[0].kind })
	if differ {
		for _, r := range runs {
			alt := Alternative{Doctrines: r.assumed, Kind: r.kind}
			if !slices.ContainsFunc(c.Alternatives, func(a Alternative) bool {
				return a.Kind == alt.Kind && slices.Equal(a.Doctrines, alt.Doctrines)
			}) {
				c.Alternatives = append(c.Alternatives, alt)
			}
		}
		slices.SortFunc(c.Alternatives, func(a, b Alternative) int {
			return cmp.Or(cmp.Compare(a.Kind, b.Kind), strings.Compare(strings.Join(a.Doctrines, ","), strings.Join(b.Doctrines, ",")))
		})
	}
	var chosen []run
	for _, r := range runs {
		if r.matches {
			chosen = append(chosen, r)
		}
	}
	if !slices.ContainsFunc(chosen, func(r run) bool { return r.kind != chosen[0].kind }) {
		c.Kind, c.Reasons = chosen[0].kind, chosen[0].reasons
		if differ {
			for _, d := range chosen[0].assumed {
				if opts.holds(d) {
					c.Doctrines = append(c.Doctrines, d)
				}
			}
		}
	} else {
		c.Reasons = []string{"The result depends on a contested question the options leave open; see the alternatives."}
	}
	switch c.Stage {
	case Proposed:
		c.Reasons = append([]string{"It was only proposed and never took effect: this is the status it would have had, not one it held."}, c.Reasons...)
	case Goal:
		c.Reasons = append([]string{"It is a goal the state set itself, not yet a status: this is the status it aims at, which binds no one yet."}, c.Reasons...)
	}
	return c, nil
}

// heldOf returns which of two doctrines the options hold, the first
// listed if both, or "".
func (o Options) heldOf(a, b string) string {
	for _, d := range o.Doctrines {
		if d == a || d == b {
			return d
		}
	}
	return ""
}

// classify applies the steps of Classify under the doctrines choose gives.
func classify(f Facts, choose func(question string) string) (Kind, []string, error) {
	neutral := slices.Contains(f.Postures, StayNeutral)
	blocs := slices.Contains(f.Postures, StayOutOfBlocs)
	join := slices.Contains(f.Postures, JoinAlliance)
	nuclearFree := slices.Contains(f.Postures, StayNuclearWeaponFree)
	binding := slices.ContainsFunc(f.Bases, Basis.IsBinding) || slices.Contains(f.Bases, NotStated)
	imposed := slices.Contains(f.Bases, AgreementAmongOthers)
	guaranteed := len(f.GuaranteedBy) > 0
	recognised := len(f.RecognisedBy) > 0 || slices.Contains(f.Bases, Treaty) || imposed
	var why []string

	if f.Territory != "" && len(f.Alliances) > 0 {
		why = append(why, "The alliances listed are its sovereign's: a territory's status coexists with them.")
	}
	if len(f.Alliances) > 0 && f.Territory == "" {
		if blocs && choose(QuestionAlliancesUnderNonAlignment) == NonAlignmentPermitsAlliances {
			return NonAlignment, append(why, "It belongs to a military alliance, but it declares that it stays out of blocs, and non-aligned status is taken to leave room for alliances."), nil
		}
		why = append(why, "It belongs to a military alliance with a mutual-defence commitment.")
		if blocs {
			why = append(why, "Non-alignment is taken to exclude alliances, so its declared non-bloc posture no longer describes it.")
		}
		return AllianceMember, why, nil
	}
	if neutral && binding && (imposed || guaranteed) {
		return Neutralisation, append(why, "Its permanent neutrality binds it and was imposed or is guaranteed by other states."), nil
	}
	if neutral && binding {
		if recognised {
			return PermanentNeutrality, append(why, "It is bound to stay neutral in all future wars, and other states recognise that status or are parties to it."), nil
		}
		if choose(QuestionRecognition) == DeclarationSuffices {
			return PermanentNeutrality, append(why, "It bound itself to permanent neutrality by its own act, which suffices without recognition by others."), nil
		}
		why = append(why, "Its declared permanent neutrality has no treaty or international recognition behind it, so it is taken to be no neutral status.")
	}
	if f.Conflict != "" {
		return NeutralInWar, append(why, "A war between other states is under way and it takes no part, so the law of neutrality applies to it."), nil
	}
	if neutral {
		if !recognised && blocs && choose(QuestionRecognition) == RecognitionRequired {
			return NonAlignment, append(why, "Its neutrality was never recognised by others, so what it actually has is a posture of staying out of blocs."), nil
		}
		return NeutralityPolicy, append(why, "It states an intention to stay neutral in future wars without a binding, recognised status."), nil
	}
	if blocs {
		return NonAlignment, append(why, "It declares that it stays out of military blocs, without undertaking to stay neutral."), nil
	}
	if join {
		return AllianceAspirant, append(why, "It declares a course toward membership of a military alliance."), nil
	}
	if nuclearFree && binding {
		return NuclearWeaponFree, append(why, "It is bound to have no nuclear weapons on its territory, its own or others'."), nil
	}
	return 0, nil, ErrUnclassifiable
}
