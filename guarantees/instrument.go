package guarantees

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Instrument is a security instrument: a treaty, memorandum, communiqué,
// declaration, draft or policy option that commits (or would commit)
// parties to the security of a protected state. It says what kind of
// commitment it is, in what form, whether it binds in law, whether it was
// ratified and where it stands ([Stage]); who takes part and in which
// [Role]; whether guarantor forces are present as a tripwire; and it is
// made of [Clause]s. Its [Event]s record its life and its record when
// tested, [Trait]s cite properties no other field expresses, and
// [Disagreement]s keep the articles' differing views.
//
// NeutralProtected is set when the protected state is, or would become,
// permanently neutral under the instrument; such a guarantee can be
// checked against the neutrality rulebook with [CheckNeutrality].
//
// Instruments are values: methods never modify the receiver.
type Instrument struct {
	ID               string            `json:"id"`
	Name             string            `json:"name"`
	ShortName        string            `json:"short_name,omitempty"`
	Aliases          []string          `json:"aliases,omitempty"`
	Kind             Kind              `json:"kind"`
	Form             Form              `json:"form"`
	Binding          Binding           `json:"binding"`
	Ratification     Ratification      `json:"ratification"`
	Stage            Stage             `json:"stage"`
	Concluded        accord.Date       `json:"concluded,omitzero"`
	Parties          []Party           `json:"parties"`
	ForcesPresent    Presence          `json:"forces_present"`
	NeutralProtected bool              `json:"neutral_protected,omitempty"`
	Clauses          []Clause          `json:"clauses,omitempty"`
	Events           []Event           `json:"events,omitempty"`
	Traits           []Trait           `json:"traits,omitempty"`
	Disagreements    []Disagreement    `json:"disagreements,omitempty"`
	Summary          string            `json:"summary"`
	Evidence         []accord.Citation `json:"evidence"`
}

// Names returns every name the instrument is written under: its name,
// its short name when it has one, and its aliases, in that order.
func (in Instrument) Names() []string {
	out := make([]string, 0, 2+len(in.Aliases))
	out = append(out, in.Name)
	if in.ShortName != "" {
		out = append(out, in.ShortName)
	}
	return append(out, in.Aliases...)
}

// Title returns the short name, or the name when there is none.
func (in Instrument) Title() string {
	return cmp.Or(in.ShortName, in.Name)
}

// Clause returns a copy of the clause with the given id: changing it
// does not change the instrument.
func (in Instrument) Clause(id string) (Clause, bool) {
	c, ok := in.clause(id)
	if !ok {
		return Clause{}, false
	}
	return c.Clone(), true
}

// clause returns the clause with the given id, sharing its slices with in.
func (in *Instrument) clause(id string) (*Clause, bool) {
	i := slices.IndexFunc(in.Clauses, func(c Clause) bool { return c.ID == id })
	if i < 0 {
		return nil, false
	}
	return &in.Clauses[i], true
}

// ActorsIn returns the ids of the parties whose role satisfies keep, in
// the order the instrument lists them, without repeats. A nil keep keeps
// every party.
func (in Instrument) ActorsIn(keep func(Role) bool) []string {
	var out []string
	for _, p := range in.Parties {
		if (keep == nil || keep(p.Role)) && !slices.Contains(out, p.Actor) {
			out = append(out, p.Actor)
		}
	}
	return out
}

// Guarantors returns the actors that give the commitment (guarantors and
// mutual parties).
func (in Instrument) Guarantors() []string { return in.ActorsIn(Role.Gives) }

// ProtectedParties returns the actors that receive the commitment
// (protected and mutual parties).
func (in Instrument) ProtectedParties() []string { return in.ActorsIn(Role.Receives) }

// HasTrait reports whether the instrument carries a trait of kind k.
func (in Instrument) HasTrait(k TraitKind) bool {
	return slices.ContainsFunc(in.Traits, func(t Trait) bool { return t.Kind == k })
}

// Commitment reports whether an instrument of kind k commits, or would
// commit, states to security — a pact, guarantee, assurance, neutrality
// settlement, collective security, principles, aid framework or the right
// of self-defence — so that assessing and ranking its strength makes sense.
// The laws, judgments, policy statements, conventions of the law of
// neutrality and peace processes the articles name are coded so that every
// name resolves, but they are not commitments of that kind.
func (k Kind) Commitment() bool {
	switch k {
	case NeutralityLaw, DomesticAct, Judgment, PolicyStatement, PeaceProcess:
		return false
	}
	return k.IsValid()
}

// promises reports whether an instrument of kind k promises protection to
// someone, so that it needs a giver and a receiver.
func (k Kind) promises() bool {
	switch k {
	case DefencePact, SecurityGuarantee, SecurityAssurance, NeutralityGuarantee, CollectiveSecurity, AssistanceFramework, ConsultationPact:
		return true
	}
	return false
}

// Validate reports every intrinsic problem of the instrument, with paths
// relative to path: missing or malformed id, name and summary; invalid
// enums; a protective instrument without a guarantor ([ErrNoGuarantor])
// or without a protected party ([ErrNoProtected]); a stage that
// contradicts ratification, form or events ([ErrStageMismatch]); repeated
// parties, clause ids or revision ids; and every problem of its parties,
// clauses, revisions, events, traits and disagreements. Whether actor and
// document ids exist is checked by the corpus loader.
func (in Instrument) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), in.ID, "a slug such as budapest-memorandum")...)
	errs = append(errs, check.Text(path.Child("name"), in.Name, "the instrument's name")...)
	errs = append(errs, in.validateAliases(path.Child("aliases"))...)
	errs = append(errs, check.Enum(path.Child("kind"), in.Kind, kindEnum)...)
	errs = append(errs, check.Enum(path.Child("form"), in.Form, formEnum)...)
	errs = append(errs, check.Enum(path.Child("binding"), in.Binding, bindingEnum)...)
	errs = append(errs, check.Enum(path.Child("ratification"), in.Ratification, ratificationEnum)...)
	errs = append(errs, check.Enum(path.Child("stage"), in.Stage, stageEnum)...)
	errs = append(errs, check.Enum(path.Child("forces_present"), in.ForcesPresent, presenceEnum)...)
	errs = append(errs, in.validateStage(path)...)
	errs = append(errs, in.validateParties(path)...)
	errs = append(errs, in.validatePartyObligations(path)...)

	clauseIDs := map[string]bool{}
	revIDs := map[string]bool{}
	for i, c := range in.Clauses {
		p := path.Child("clauses").Index(i)
		errs = append(errs, c.Validate(p)...)
		if c.ID != "" && clauseIDs[c.ID] {
			errs = append(errs, accord.Duplicate(p.Child("id"), c.ID, "clause ids are unique within the instrument"))
		}
		clauseIDs[c.ID] = true
		for j, r := range c.Revisions {
			if r.ID != "" && revIDs[r.ID] && !slices.ContainsFunc(c.Revisions[:j], func(x Revision) bool { return x.ID == r.ID }) {
				errs = append(errs, accord.Duplicate(p.Child("revisions").Index(j).Child("id"), r.ID, "revision ids are unique within the instrument"))
			}
			revIDs[r.ID] = true
		}
	}
	errs = append(errs, check.Each(path.Child("events"), in.Events)...)
	for i, t := range in.Traits {
		errs = append(errs, t.Validate(path.Child("traits").Index(i))...)
	}
	errs = append(errs, check.Each(path.Child("disagreements"), in.Disagreements)...)
	errs = append(errs, check.Text(path.Child("summary"), in.Summary, "what the instrument does, in the coder's words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), in.Evidence)...)
	return errs
}

func (in Instrument) validateParties(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	type key struct {
		actor string
		role  Role
	}
	seen := map[key]bool{}
	for i, p := range in.Parties {
		pp := path.Child("parties").Index(i)
		errs = append(errs, p.Validate(pp)...)
		k := key{p.Actor, p.Role}
		if p.Actor != "" && seen[k] {
			errs = append(errs, accord.Duplicate(pp.Child("actor"), p.Actor, "this actor already has the role "+p.Role.String()))
		}
		seen[k] = true
	}
	if in.Kind.promises() {
		if len(in.Guarantors()) == 0 {
			errs = append(errs, accord.Required(path.Child("parties"),
				"a "+in.Kind.String()+" needs at least one party in the role guarantor or mutual").WithRule(ErrNoGuarantor))
		}
		if len(in.ProtectedParties()) == 0 {
			errs = append(errs, accord.Required(path.Child("parties"),
				"a "+in.Kind.String()+" needs at least one party in the role protected or mutual").WithRule(ErrNoProtected))
		}
	}
	return errs
}

func (in Instrument) validateStage(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	unsigned := in.Stage == Proposed || in.Stage == Draft
	if unsigned && (in.Ratification == Ratified || in.Ratification == NotRatified) {
		errs = append(errs, accord.Invalid(path.Child("ratification"), in.Ratification,
			"a "+in.Stage.String()+" was never concluded, so it is neither ratified nor left unratified").WithRule(ErrStageMismatch))
	}
	if in.Form == PolicyOption && in.Stage != Proposed {
		errs = append(errs, accord.Invalid(path.Child("stage"), in.Stage, "a policy option has no agreed text, so its stage is proposed").WithRule(ErrStageMismatch))
	}
	if in.Stage == Breached && !slices.ContainsFunc(in.Events, func(e Event) bool { return e.Kind == EventBreached }) {
		errs = append(errs, accord.Required(path.Child("events"), "a breached instrument records the breach as an event").WithRule(ErrStageMismatch))
	}
	ended := slices.IndexFunc(in.Events, func(e Event) bool { return e.Kind == EventEnded })
	if in.Stage == Lapsed && ended < 0 {
		errs = append(errs, accord.Required(path.Child("events"),
			"a lapsed instrument records how it ended as an ended event; when the sources do not say, its stage is took-effect").WithRule(ErrStageMismatch))
	}
	if ended >= 0 && in.Stage != Lapsed && !unsigned {
		errs = append(errs, accord.Invalid(path.Child("stage"), in.Stage, "an instrument with an ended event is lapsed").WithRule(ErrStageMismatch))
	}
	for i, e := range in.Events {
		if unsigned && e.Kind != EventProposed && e.Kind != EventDrafted {
			errs = append(errs, accord.Invalid(path.Child("events").Index(i).Child("kind"), e.Kind,
				"a "+in.Stage.String()+" cannot have been "+e.Kind.String()).WithRule(ErrStageMismatch))
		}
		if e.Kind == EventEnded && in.Stage != Lapsed {
			// An instrument its own record says ended is never current.
			errs = append(errs, accord.Invalid(path.Child("stage"), in.Stage,
				"event "+strconv.Itoa(i)+" says the instrument ended, so its stage is lapsed").WithRule(ErrStageMismatch))
		}
		if e.Kind == EventEnded && e.When.End == accord.StillHolds {
			errs = append(errs, accord.Invalid(path.Child("events").Index(i).Child("when").Child("end"), e.When.End,
				"an ending does not still hold").WithRule(ErrStageMismatch))
		}
	}
	return errs
}

// validateAliases reports an empty alias and an alias that repeats the
// name, the short name or an earlier alias.
func (in Instrument) validateAliases(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	seen := map[string]bool{in.Name: true, in.ShortName: true}
	for i, a := range in.Aliases {
		p := path.Index(i)
		if e := check.Text(p, a, "another name the instrument is written under"); e != nil {
			errs = append(errs, e...)
			continue
		}
		if strings.TrimSpace(a) != a {
			errs = append(errs, accord.Invalid(p, a, "an alias without leading or trailing spaces"))
			continue
		}
		if seen[a] {
			errs = append(errs, accord.Duplicate(p, a, "an alias differs from the name, the short name and the other aliases"))
		}
		seen[a] = true
	}
	return errs
}
