package guarantees

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/neutrality"
)

// Level is the ordinal strength of an assessed guarantee, derived from its
// score. Values compare with < and >.
//
// [Level.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Level means "not set" and is invalid, as for every enum of accord.
type Level uint8

// The Level values; the table below defines each one.
const (
	_ Level = iota
	Hollow
	Weak
	Limited
	Strong
	Robust
)

var levelEnum = enum.New("Level", map[Level]enum.Value{
	Hollow:  {Name: "hollow", Doc: "worth little or nothing when tested (score -5 or less)"},
	Weak:    {Name: "weak", Doc: "more weaknesses than strengths (score -4 to 0)"},
	Limited: {Name: "limited", Doc: "some real commitment, with important gaps (score 1 to 4)"},
	Strong:  {Name: "strong", Doc: "a real commitment with few gaps (score 5 to 8)"},
	Robust:  {Name: "robust", Doc: "binding, backed by force and proven (score 9 or more)"},
})

// String returns the wire name of l, or "Level(n)" for an invalid value.
func (l Level) String() string { return levelEnum.String(l) }

// IsValid reports whether l is one of the named values.
func (l Level) IsValid() bool { return levelEnum.Valid(l) }

// Doc returns the codebook definition of l.
func (l Level) Doc() string { return levelEnum.Doc(l) }

// ParseLevel returns the Level with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseLevel(name string) (Level, error) { return levelEnum.Parse(name) }

// Levels returns every valid Level in declaration order.
func Levels() []Level { return levelEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (l Level) MarshalText() ([]byte, error) { return levelEnum.MarshalText(l) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (l *Level) UnmarshalText(text []byte) error { return levelEnum.UnmarshalText(l, text) }

// LevelOf returns the level of a score.
func LevelOf(score int) Level {
	switch {
	case score <= -5:
		return Hollow
	case score <= 0:
		return Weak
	case score <= 4:
		return Limited
	case score <= 8:
		return Strong
	}
	return Robust
}

// obligationBase is the score an obligation contributes before findings:
// the ordinal scale turned into points, with a gap between commitments
// that stop short of force and those that include it.
var obligationBase = [...]int{0, Permits: 0, Respect: 1, Consult: 2, Support: 3, DiscretionaryForce: 5, ObligatoryForce: 6, AutomaticForce: 8}

// Base returns the points obligation o contributes to a score.
func (o Obligation) Base() int {
	if !o.IsValid() {
		return 0
	}
	return obligationBase[o]
}

// Effective returns the obligation that binds each guarantor under a
// decision rule: when every guarantor must agree before anyone acts, a
// single objection frees all of them, so what is left binding on each is
// no more than consultation.
func (r Reading) Effective() Obligation {
	if r.Decision == AllJointly && r.Obligation > Consult {
		return Consult
	}
	return r.Obligation
}

// Attack records that one actor attacked another, for [Situation].
type Attack struct {
	Attacker string      `json:"attacker"`
	Victim   string      `json:"victim"`
	When     accord.Date `json:"when,omitzero"`
}

// Situation is the situation an assessment is made in: who has attacked
// whom. A guarantee from a state that has attacked the protected state is
// worth less than the same words from anyone else.
type Situation struct {
	Attacks []Attack
	// Neutrality, when set, checks a guarantee to a neutral state against
	// the neutrality rulebook and adds the findings neutrality-conflict
	// and beyond-neutrality (see [CheckNeutrality]). An invalid review adds
	// nothing; call CheckNeutrality to see its error.
	Neutrality *NeutralityReview
	// AsIfAdopted judges drafts and proposals as if they had taken effect
	// in the terms proposed, to compare proposals on their merits:
	// not-in-force and legislative-approval-pending are not reported, and
	// a legally binding text awaiting ratification counts as ratified.
	// Instruments that did take effect are judged as they are.
	AsIfAdopted bool
}

// attacked reports whether attacker has attacked victim in the situation.
func (c Situation) attacked(attacker, victim string) bool {
	return slices.ContainsFunc(c.Attacks, func(a Attack) bool { return a.Attacker == attacker && a.Victim == victim })
}

// Subject is what [Assess] assesses: a whole instrument, or one clause of
// it, with a chosen set of revisions adopted. Build it with
// [InstrumentSubject] or [ClauseSubject]; the rendering and the derived
// readings are computed once, so one Subject can be assessed cheaply in
// many situations. The zero Subject assesses as an empty commitment.
type Subject struct {
	name    string
	title   string
	in      Instrument
	clause  string // the clause assessed, or the operative clause
	reading Reading
	hasRead bool
	whole   bool
	// uninvited is set when some commitment clause lets guarantors act
	// without the protected state's request.
	uninvited bool
	versions  []Version
}

// Name returns the subject's name: the instrument id, followed for a
// clause by "/" and the clause id, and by "+" and each adopted revision.
func (s Subject) Name() string { return s.name }

// Title returns the subject's name for people: the instrument's title
// ([Instrument.Title]), for a clause its label (left out when the title
// already says it, as in "NATO Article 5"), and the titles of the adopted
// revisions ([Revision.Title]):
//
//	Istanbul draft treaty, Article 5 (security guarantees), with Russia's revision and Ukraine's revision
//
// It is "" for the zero Subject.
func (s Subject) Title() string { return s.title }

// Instrument returns a copy of the instrument the subject belongs to:
// changing it does not change the subject or its assessment.
func (s Subject) Instrument() Instrument { return s.in.Clone() }

// Operative returns the id of the clause whose reading the assessment
// uses (for a whole instrument, the commitment clause that binds most)
// and that reading; ok is false when there is no commitment clause.
func (s Subject) Operative() (clause string, r Reading, ok bool) {
	return s.clause, s.reading.Clone(), s.hasRead
}

// Versions returns a copy of the rendered versions of the clauses the
// subject covers, with the chosen revisions adopted.
func (s Subject) Versions() []Version {
	out := make([]Version, len(s.versions))
	for i, v := range s.versions {
		out[i] = v.Clone()
	}
	return out
}

// InstrumentSubject returns the whole instrument as a subject, with the
// revisions named by adopt (revision ids, unique within the instrument)
// adopted in their clauses. With no revisions the base texts are used:
// proposed revisions are never part of an instrument until adopted.
// The subject keeps a copy of in: changing in afterwards does not change
// the subject.
func InstrumentSubject(in Instrument, adopt ...string) (Subject, error) {
	return instrumentSubject(in.Clone(), adopt...)
}

// instrumentSubject is [InstrumentSubject] keeping in itself, for a
// subject that never leaves this package.
func instrumentSubject(in Instrument, adopt ...string) (Subject, error) {
	byClause := make([][]string, len(in.Clauses))
	for _, id := range adopt {
		i := slices.IndexFunc(in.Clauses, func(c Clause) bool { _, ok := c.Revision(id); return ok })
		if i < 0 {
			return Subject{}, fmt.Errorf("%w %q in instrument %s", ErrUnknownRevision, id, in.ID)
		}
		byClause[i] = append(byClause[i], id)
	}
	s := Subject{name: subjectName(in.ID, "", adopt), title: subjectTitle(in, nil, adopt), in: in, whole: true,
		versions: make([]Version, 0, len(in.Clauses))}
	for i, c := range in.Clauses {
		v, err := c.Version(byClause[i]...)
		if err != nil {
			return Subject{}, err
		}
		s.versions = append(s.versions, v)
		if c.Topic != Commitment {
			continue
		}
		if v.Reading.Invoker == AnyGuarantor || v.Reading.Invoker == OnTrigger {
			s.uninvited = true
		}
		if !s.hasRead || v.Reading.Effective() > s.reading.Effective() {
			s.clause, s.reading, s.hasRead = c.ID, v.Reading, true
		}
	}
	return s, nil
}

// ClauseSubject returns one clause of in as a subject, with the revisions
// named by adopt adopted. A clause is assessed on its text alone: the
// instrument's status, parties and record are left out, so that two
// wordings can be compared as wordings. The subject keeps a copy of in.
func ClauseSubject(in Instrument, clauseID string, adopt ...string) (Subject, error) {
	in = in.Clone()
	c, ok := in.clause(clauseID)
	if !ok {
		return Subject{}, fmt.Errorf("%w %q in instrument %s", ErrUnknownClause, clauseID, in.ID)
	}
	v, err := c.Version(adopt...)
	if err != nil {
		return Subject{}, err
	}
	s := Subject{name: subjectName(in.ID, c.ID, v.Revisions), title: subjectTitle(in, c, v.Revisions), in: in, clause: c.ID,
		versions: []Version{v}}
	if c.Topic == Commitment {
		s.reading, s.hasRead = v.Reading, true
	}
	return s, nil
}

func subjectName(inst, clause string, revs []string) string {
	name := inst
	if clause != "" {
		name += "/" + clause
	}
	for _, r := range revs {
		name += "+" + r
	}
	return name
}

// subjectTitle returns the title of a subject of in: the clause c (nil for
// the whole instrument) with the revisions adopt adopted, which must exist.
func subjectTitle(in Instrument, c *Clause, adopt []string) string {
	title := in.Title()
	if c != nil && c.Label != "" && !containsWords(title, c.Label) {
		title += ", " + c.Label
	}
	if len(adopt) == 0 {
		return title
	}
	revs := make([]string, 0, len(adopt))
	for _, id := range adopt {
		for _, cl := range in.Clauses {
			if r, ok := cl.Revision(id); ok {
				revs = append(revs, r.Title())
				break
			}
		}
	}
	sep := " with "
	if c != nil && strings.Contains(title, ", ") {
		sep = ", with "
	}
	return title + sep + strings.Join(revs, " and ")
}

// containsWords reports whether phrase occurs in s as whole words.
func containsWords(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(phrase)
		if (start == 0 || s[start-1] == ' ') && (end == len(s) || s[end] == ' ') {
			return true
		}
		i = start + 1
	}
}

// Finding is one weakness or strength found in a subject. Clause is the
// clause it comes from ("" when it concerns the whole instrument); Actor
// is the actor concerned, such as the guarantor that attacked or the party
// that broke the instrument ("" when none); Event and Trait name the event
// or trait of the instrument that set it off; Activity is set on findings
// from a neutrality review.
//
// A finding carries two kinds of sources: [Finding.Evidence], the
// citations of the case itself (the clause and any adopted revision, the
// event, the trait, the party, or the instrument), and
// [Finding.Sources], the catalogue's citations for why findings of its
// kind matter.
type Finding struct {
	Kind   FindingKind
	Clause string
	Actor  string
	// Event is the kind of the instrument's event the finding comes from.
	Event EventKind `json:",omitzero"`
	// Trait is the kind of the instrument's trait the finding comes from.
	Trait TraitKind `json:",omitzero"`
	// Activity is the neutrality activity a neutrality finding concerns.
	Activity neutrality.Activity `json:",omitzero"`

	evidence []accord.Citation
	// clauseLabel is the label of Clause, for String.
	clauseLabel string
}

// Effect, Weight, Explanation and Sources forward to the finding's kind.
func (f Finding) Effect() Effect { return f.Kind.Effect() }

// Weight returns the points the finding adds or takes away.
func (f Finding) Weight() int { return f.Kind.Weight() }

// Explanation returns the one-line explanation of the finding's kind.
func (f Finding) Explanation() string { return f.Kind.Explanation() }

// Sources returns the citations behind the finding's kind: where the
// articles make the general point (the catalogue's sources). They are the
// same for every instrument; [Finding.Evidence] is this case's.
func (f Finding) Sources() []accord.Citation { return f.Kind.Sources() }

// Evidence returns a copy of the citations of the case that set the
// finding off: the operative clause's (with those of the revisions
// adopted in it), the event's, the trait's, the party's, the instrument's
// own, or for a neutrality finding the rule's and the clause's.
func (f Finding) Evidence() []accord.Citation { return slices.Clone(f.evidence) }

// String returns the finding on one line: its kind, the neutrality
// activity or the actor concerned in parentheses, and the clause it comes
// from in brackets, by its label when the finding came from [Assess]
// ("discretionary-response [Article 5]") and by its id otherwise:
// "kind", "kind (actor)", "kind (activity) [clause]".
func (f Finding) String() string {
	s := f.Kind.String()
	if f.Activity != 0 {
		s += " (" + f.Activity.String() + ")"
	}
	if f.Actor != "" {
		s += " (" + f.Actor + ")"
	}
	if f.Clause != "" {
		s += " [" + cmp.Or(f.clauseLabel, f.Clause) + "]"
	}
	return s
}

// Assessment is the result of [Assess]: the obligation of the operative
// clause as written and as it effectively binds, the findings in
// catalogue order, the score (obligation base plus the findings' weights)
// and the level the score falls in.
type Assessment struct {
	// Subject is the subject's name ([Subject.Name]), made of ids.
	Subject string
	// Title is the subject's name for people ([Subject.Title]).
	Title      string
	Obligation Obligation `json:",omitzero"` // as written in the operative clause
	Effective  Obligation `json:",omitzero"` // after the decision rule (see Reading.Effective)
	Findings   []Finding
	Score      int
	Level      Level
}

// Has reports whether the assessment contains a finding of kind k.
func (a Assessment) Has(k FindingKind) bool {
	return slices.ContainsFunc(a.Findings, func(f Finding) bool { return f.Kind == k })
}

// Deciding returns the n findings that weigh most (by absolute weight,
// then catalogue order): the reasons the subject ranks where it does.
func (a Assessment) Deciding(n int) []Finding {
	fs := slices.Clone(a.Findings)
	slices.SortStableFunc(fs, func(x, y Finding) int { return abs(y.Weight()) - abs(x.Weight()) })
	return fs[:min(n, len(fs))]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// maxFindings is the most findings one assessment holds: every kind once,
// with room for several actors and neutrality activities.
const maxFindings = 64

// Assess assesses a subject in a situation and returns its findings, score
// and level. The rules for each finding are documented on its
// [FindingKind] constant; the explanation and sources of each are in the
// [Catalogue]. Clause findings (obligation, measures, decision rule,
// invocation, consultation deadline, territorial exclusions) come from the
// operative clause; for a whole instrument, the findings about its status,
// parties, forces, traits and record are added, and the situation is used
// to find guarantors that attacked the protected state.
//
// The score is the base of the effective obligation ([Obligation.Base])
// plus the weight of every kind of finding (a kind found for several
// actors counts once); sorting subjects by score ranks them
// by what they are really worth. Each finding carries the citations of
// the case that set it off ([Finding.Evidence]). Assess does not modify
// the subject; it allocates the findings slice, and the citations of a
// clause with revisions adopted or of a neutrality finding.
func Assess(s Subject, sit Situation) Assessment {
	a := Assessment{Subject: s.name, Title: s.title}
	// Findings are collected on the stack and copied out once, so Assess
	// makes a single allocation of the right size.
	var buf [maxFindings]Finding
	found := buf[:0]
	in := &s.in
	instEv, clauseEv := in.Evidence, s.clauseEvidence()
	put := func(f Finding) {
		if len(found) < maxFindings {
			found = append(found, f)
		}
	}
	add := func(k FindingKind, clause, actor string) {
		ev := instEv
		if clause != "" {
			ev = clauseEv
		}
		put(Finding{Kind: k, Clause: clause, Actor: actor, evidence: ev})
	}
	addTrait := func(k FindingKind, t TraitKind) {
		i := slices.IndexFunc(in.Traits, func(x Trait) bool { return x.Kind == t })
		put(Finding{Kind: k, Trait: t, evidence: in.Traits[i].Evidence})
	}
	addEvent := func(k FindingKind, e *Event, actor string) {
		put(Finding{Kind: k, Actor: actor, Event: e.Kind, evidence: e.Evidence})
	}
	r := s.reading
	if s.hasRead {
		a.Obligation, a.Effective = r.Obligation, r.Effective()
		if s.whole && len(r.Against) > 0 {
			a.Effective = min(a.Effective, againstOthers(r, in, sit))
		}
	}

	// Status of the instrument.
	hypothetical := sit.AsIfAdopted && !in.Stage.Effective()
	if s.whole {
		if !in.Stage.Effective() && !hypothetical {
			add(NotInForce, "", "")
		}
		if in.Kind == SecurityAssurance {
			add(AssuranceOnly, "", "")
		}
		if in.Binding == PoliticallyBinding || in.Binding == ContestedBinding {
			add(NotLegallyBinding, "", "")
		}
		if in.Ratification == NotRatified {
			add(Unratified, "", "")
		}
		if !hypothetical && in.Ratification == ApprovalPending {
			add(LegislativeApprovalPending, "", "")
		} else if !hypothetical && s.hasRead && r.HasCondition(LegislativeApproval) {
			put(Finding{Kind: LegislativeApprovalPending, evidence: clauseEv})
		}
		if in.HasTrait(TraitNoEnforcement) {
			addTrait(NoEnforcement, TraitNoEnforcement)
		}
	}

	// The operative clause.
	if a.Effective < DiscretionaryForce {
		add(NoDutyToDefend, s.clause, "")
	}
	if s.hasRead {
		if r.Trigger == NuclearAggression {
			add(NarrowTrigger, s.clause, "")
		}
		if r.Obligation == DiscretionaryForce {
			add(DiscretionaryResponse, s.clause, "")
		}
		if r.Decision == AllJointly {
			add(VetoForGuarantor, s.clause, "")
		}
	}

	// Parties, situation and record.
	if s.whole {
		for _, p := range in.Parties {
			if !p.Role.Gives() || p.Actor == "" {
				continue
			}
			if slices.ContainsFunc(in.Parties, func(q Party) bool {
				return q.Role.Receives() && q.Actor != p.Actor && sit.attacked(p.Actor, q.Actor)
			}) {
				ev := p.Evidence
				if len(ev) == 0 {
					ev = instEv
				}
				put(Finding{Kind: AggressorAsGuarantor, Actor: p.Actor, evidence: ev})
			}
		}
		for i := range in.Events {
			e := &in.Events[i]
			switch e.Kind {
			case EventBreached:
				for _, who := range e.Actors {
					if in.gives(who) {
						addEvent(BreachedByGuarantor, e, who)
					} else {
						addEvent(FailedToDeter, e, who)
					}
				}
			case EventNotHonoured:
				for _, who := range e.Actors {
					addEvent(NotHonoured, e, who)
				}
			case EventFailedToDeter:
				addEvent(FailedToDeter, e, "")
			}
		}
	}

	if s.hasRead && len(r.Scope.Exclusions) > 0 {
		add(TerritorialCarveOut, s.clause, "")
	}
	if s.whole {
		if in.ForcesPresent == ForcesAbsent {
			add(NoTripwire, "", "")
		}
		if in.HasTrait(TraitVagueTerms) {
			addTrait(VagueTerms, TraitVagueTerms)
		}
		if in.HasTrait(TraitSoftLanguage) {
			addTrait(SoftLanguage, TraitSoftLanguage)
		}
		if in.HasTrait(TraitDonorDependent) {
			addTrait(DonorDependent, TraitDonorDependent)
		}
		if in.NeutralProtected && s.uninvited && in.gives("") {
			add(SupervisionRisk, s.clause, "")
		}
		if sit.Neutrality != nil {
			neutralityFindings(s, sit.Neutrality, func(k FindingKind, clause string, act neutrality.Activity, ev []accord.Citation) {
				put(Finding{Kind: k, Clause: clause, Activity: act, evidence: ev})
			})
		}
		if in.Binding == LegallyBinding && (in.Ratification == Ratified || (hypothetical && in.Ratification == ApprovalPending)) {
			add(RatifiedTreaty, "", "")
		}
	}

	// Strengths of the operative clause.
	if s.hasRead {
		if a.Effective >= ObligatoryForce {
			add(ForceObligation, s.clause, "")
		}
		if a.Effective >= DiscretionaryForce && namesSpecificMeasures(r) {
			add(NamedMeasures, s.clause, "")
		}
		if r.Consultation && r.ConsultationDays > 0 {
			add(ConsultationDeadline, s.clause, "")
		}
		if r.Invoker == ProtectedRequest {
			add(InvitationOnly, s.clause, "")
		}
	}
	if s.whole && in.ForcesPresent == ForcesPresent {
		add(ForcesOnGround, "", "")
	}
	if s.hasRead && r.HasMeasure(NuclearUmbrella) {
		add(NuclearUmbrellaCover, s.clause, "")
	}
	if s.hasRead && r.Casus == CasusAttackOnAll {
		add(AttackOnAll, s.clause, "")
	}
	if s.whole {
		for i := range in.Events {
			e := &in.Events[i]
			switch e.Kind {
			case EventHonoured:
				for _, who := range e.Actors {
					addEvent(Honoured, e, who)
				}
			case EventDeterred:
				addEvent(ProvenDeterrent, e, "")
			}
		}
		if in.HasTrait(TraitFixedFigures) {
			addTrait(FixedSupportFigures, TraitFixedFigures)
		}
		if in.guarantorStates(r, s.hasRead) >= 4 {
			add(BroadGuarantors, "", "")
		}
		if in.HasTrait(TraitKnownQuantity) {
			addTrait(KnownQuantity, TraitKnownQuantity)
		}
	}

	slices.SortStableFunc(found, func(x, y Finding) int { return int(x.Kind) - int(y.Kind) })
	found = dedupe(found)
	a.Findings = make([]Finding, len(found))
	copy(a.Findings, found)
	for i := range a.Findings {
		if c, ok := in.clause(a.Findings[i].Clause); ok {
			a.Findings[i].clauseLabel = c.Label
		}
	}
	a.Score = a.Effective.Base()
	for i, f := range a.Findings {
		if i == 0 || a.Findings[i-1].Kind != f.Kind {
			a.Score += f.Weight()
		}
	}
	a.Level = LevelOf(a.Score)
	return a
}

// clauseEvidence returns the citations of the subject's operative clause
// and of the revisions adopted in it; nil when there is no such clause.
func (s Subject) clauseEvidence() []accord.Citation {
	if s.clause == "" {
		return nil
	}
	c, ok := s.in.clause(s.clause) // read in place: the evidence is copied when handed out
	if !ok {
		return nil
	}
	i := slices.IndexFunc(s.versions, func(v Version) bool { return v.Clause == s.clause })
	if i < 0 || len(s.versions[i].Revisions) == 0 {
		return c.Evidence
	}
	n := len(c.Evidence)
	for _, id := range s.versions[i].Revisions {
		if rev, ok := c.Revision(id); ok {
			n += len(rev.Evidence)
		}
	}
	ev := append(make([]accord.Citation, 0, n), c.Evidence...)
	for _, id := range s.versions[i].Revisions {
		if rev, ok := c.Revision(id); ok {
			ev = append(ev, rev.Evidence...)
		}
	}
	return ev
}

// dedupe drops repeated findings of the same kind, actor and activity,
// keeping the first. A kind found for several actors is listed once per
// actor but counts once towards the score.
func dedupe(fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if !slices.ContainsFunc(out, func(g Finding) bool {
			return g.Kind == f.Kind && g.Actor == f.Actor && g.Activity == f.Activity
		}) {
			out = append(out, f)
		}
	}
	return out
}

// namesSpecificMeasures reports whether r names a measure beyond armed
// force in general.
func namesSpecificMeasures(r Reading) bool {
	return slices.ContainsFunc(r.Measures, func(m Measure) bool { return m != ArmedForce })
}

// gives reports whether actor gives the commitment; with actor "" it
// reports whether any party does.
func (in *Instrument) gives(actor string) bool {
	return slices.ContainsFunc(in.Parties, func(p Party) bool { return p.Role.Gives() && (actor == "" || p.Actor == actor) })
}

// guarantorStates counts the states standing behind the commitment as
// guarantors (not mutual parties), counting a group as its members: only
// those that owe the protected state help under the operative reading r
// (when there is one) and have not withdrawn. A party that undertakes
// only to respect the status, or only reserves a right to act, owes no
// help and is not counted.
func (in *Instrument) guarantorStates(r Reading, hasRead bool) int {
	n := 0
	for _, p := range in.Parties {
		if p.Role != Guarantor || in.Withdrawn(p.Actor) || (hasRead && !r.ObligationOf(p.Actor).OwesHelp()) {
			continue
		}
		n += p.weight()
	}
	return n
}

// againstOthers returns what binds under r when the situation holds an
// attack on a protected party by an attacker the reading does not name:
// the obligation owed against others, after the decision rule. With no
// such attack it returns the reading's effective obligation.
func againstOthers(r Reading, in *Instrument, sit Situation) Obligation {
	eff := r.Effective()
	for _, at := range sit.Attacks {
		if slices.Contains(r.Against, at.Attacker) || !slices.Contains(in.ProtectedParties(), at.Victim) {
			continue
		}
		o := r
		o.Obligation = r.Otherwise
		return min(eff, o.Effective())
	}
	return eff
}

// Assess assesses the instrument's base text (no revisions adopted) in
// sit. It is a shorthand for [InstrumentSubject] followed by [Assess]; the
// base text always renders, so it cannot fail.
func (in Instrument) Assess(sit Situation) Assessment {
	s, err := instrumentSubject(in) // the subject does not outlive the call: no copy

	if err != nil {
		// Unreachable: with no revisions adopted nothing can conflict.
		return Assessment{Subject: in.ID, Title: in.Title()}
	}
	return Assess(s, sit)
}
