// Code in this file follows the enum pattern of package actors.

package settlement

import "github.com/accordmodel/accord/internal/enum"

// Stage says how far a settlement package got. Every stage is a stage of a
// proposal: accord has no stage "in force" for a package, so an option is
// never presented as a settlement that holds. The zero Stage is invalid.
type Stage uint8

const (
	_ Stage = iota
	// Floated: an idea put forward in public debate or by an analyst, with
	// no text negotiated.
	Floated
	// Tabled: terms a party put on the negotiating table or publicly set as
	// its conditions.
	Tabled
	// Drafted: a text was drafted or exchanged between the negotiating
	// parties, never signed.
	Drafted
)

var stageEnum = enum.New[Stage]("Stage",
	enum.Value{Name: "floated", Doc: "the package was put forward in debate or analysis; no text was negotiated"},
	enum.Value{Name: "tabled", Doc: "a party put the terms on the table or stated them as its conditions"},
	enum.Value{Name: "drafted", Doc: "a text was drafted or exchanged in talks and never signed"},
)

// String returns the wire name of s, or "Stage(n)" for an invalid value.
func (s Stage) String() string { return stageEnum.String(s) }

// IsValid reports whether s is one of the named values.
func (s Stage) IsValid() bool { return stageEnum.Valid(s) }

// Doc returns the codebook definition of s.
func (s Stage) Doc() string { return stageEnum.Doc(s) }

// ParseStage returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseStage(name string) (Stage, error) { return stageEnum.Parse(name) }

// Stages returns every valid value in declaration order.
func Stages() []Stage { return stageEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (s Stage) MarshalText() ([]byte, error) { return stageEnum.MarshalText(s) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (s *Stage) UnmarshalText(b []byte) error { return stageEnum.UnmarshalText(s, b) }

// Modality says whose voice a package is in, in the spirit of PLOVER's
// modality contexts: a party's proposal, an analyst's recommendation, a
// party's stated terms, or a combination no source puts forward as such. The
// zero Modality is invalid.
type Modality uint8

const (
	_ Modality = iota
	// Proposed: a party to the talks proposed the package, or a version of
	// it with its own revision.
	Proposed
	// Recommended: an article's author recommends or weighs the package as a
	// policy option.
	Recommended
	// Stated: the package is what one party says it will and will not
	// accept.
	Stated
	// Constructed: a combination built by a user or by the zone search; no
	// source puts it forward.
	Constructed
)

var modalityEnum = enum.New[Modality]("Modality",
	enum.Value{Name: "proposed", Doc: "a negotiating party proposed it (or its own revision of it)"},
	enum.Value{Name: "recommended", Doc: "an article's author recommends it or weighs it as an option"},
	enum.Value{Name: "stated", Doc: "it is one party's stated terms: what it will and will not accept"},
	enum.Value{Name: "constructed", Doc: "a combination no source puts forward, built by a user or by the zone search"},
)

// String returns the wire name of m, or "Modality(n)" for an invalid value.
func (m Modality) String() string { return modalityEnum.String(m) }

// IsValid reports whether m is one of the named values.
func (m Modality) IsValid() bool { return modalityEnum.Valid(m) }

// Doc returns the codebook definition of m.
func (m Modality) Doc() string { return modalityEnum.Doc(m) }

// ParseModality returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseModality(name string) (Modality, error) { return modalityEnum.Parse(name) }

// Modalities returns every valid value in declaration order.
func Modalities() []Modality { return modalityEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (m Modality) MarshalText() ([]byte, error) { return modalityEnum.MarshalText(m) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (m *Modality) UnmarshalText(b []byte) error { return modalityEnum.UnmarshalText(m, b) }

// Limit says whether a package caps the protected state's armed forces. The
// zero Limit means the package says nothing about force levels.
type Limit uint8

const (
	_ Limit = iota
	// Unlimited: the package puts no cap on the armed forces (and may commit
	// partners to strengthen them).
	Unlimited
	// Capped: the package caps the armed forces; each cap needs a figure.
	Capped
)

var limitEnum = enum.New[Limit]("Limit",
	enum.Value{Name: "unlimited", Doc: "no cap on the protected state's armed forces"},
	enum.Value{Name: "capped", Doc: "the armed forces are capped; every cap carries a figure"},
)

// String returns the wire name of l, or "Limit(n)" for an invalid value.
func (l Limit) String() string { return limitEnum.String(l) }

// IsValid reports whether l is one of the named values.
func (l Limit) IsValid() bool { return limitEnum.Valid(l) }

// Doc returns the codebook definition of l.
func (l Limit) Doc() string { return limitEnum.Doc(l) }

// ParseLimit returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseLimit(name string) (Limit, error) { return limitEnum.Parse(name) }

// Limits returns every valid value in declaration order.
func Limits() []Limit { return limitEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (l Limit) MarshalText() ([]byte, error) { return limitEnum.MarshalText(l) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (l *Limit) UnmarshalText(b []byte) error { return limitEnum.UnmarshalText(l, b) }

// DeploymentKind is what kind of foreign military presence a deployment is.
// The zero DeploymentKind is invalid.
type DeploymentKind uint8

const (
	_ DeploymentKind = iota
	// Peacekeepers: an international peacekeeping or monitoring force under
	// a mandate.
	Peacekeepers
	// GroundForces: foreign combat troops stationed on the protected state's
	// territory (a reassurance force).
	GroundForces
	// Trainers: foreign military trainers and advisers on the territory.
	Trainers
	// AirSupport: foreign air power supporting the protected state (air
	// cover, air policing).
	AirSupport
	// NavalSecurity: foreign naval security operations in the protected
	// state's waters.
	NavalSecurity
)

var deploymentKindEnum = enum.New[DeploymentKind]("DeploymentKind",
	enum.Value{Name: "peacekeepers", Doc: "an international peacekeeping or monitoring force; needs a mandate"},
	enum.Value{Name: "ground-forces", Doc: "foreign troops stationed on the territory, such as a reassurance force"},
	enum.Value{Name: "trainers", Doc: "foreign military trainers and advisers on the territory"},
	enum.Value{Name: "air-support", Doc: "foreign air power in support of the protected state (air cover)"},
	enum.Value{Name: "naval-security", Doc: "foreign naval security operations in the protected state's waters"},
)

// String returns the wire name of d, or "DeploymentKind(n)" for an invalid value.
func (d DeploymentKind) String() string { return deploymentKindEnum.String(d) }

// IsValid reports whether d is one of the named values.
func (d DeploymentKind) IsValid() bool { return deploymentKindEnum.Valid(d) }

// Doc returns the codebook definition of d.
func (d DeploymentKind) Doc() string { return deploymentKindEnum.Doc(d) }

// ParseDeploymentKind returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseDeploymentKind(name string) (DeploymentKind, error) { return deploymentKindEnum.Parse(name) }

// DeploymentKinds returns every valid value in declaration order.
func DeploymentKinds() []DeploymentKind { return deploymentKindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (d DeploymentKind) MarshalText() ([]byte, error) { return deploymentKindEnum.MarshalText(d) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (d *DeploymentKind) UnmarshalText(b []byte) error { return deploymentKindEnum.UnmarshalText(d, b) }

// Mandate is the authority a foreign deployment operates under. The zero
// Mandate means none is stated, which Validate rejects for peacekeepers.
type Mandate uint8

const (
	_ Mandate = iota
	// UNMandate: a mandate of the United Nations.
	UNMandate
	// Multilateral: another broadly recognised multilateral framework.
	Multilateral
	// Coalition: a coalition of willing states acting under their own flags.
	Coalition
	// Bilateral: a bilateral agreement between the host and the sending
	// state.
	Bilateral
)

var mandateEnum = enum.New[Mandate]("Mandate",
	enum.Value{Name: "un", Doc: "a United Nations mandate"},
	enum.Value{Name: "multilateral", Doc: "another broadly recognised multilateral framework"},
	enum.Value{Name: "coalition", Doc: "a coalition of willing states under their national flags"},
	enum.Value{Name: "bilateral", Doc: "a bilateral agreement between host and sending state"},
)

// String returns the wire name of m, or "Mandate(n)" for an invalid value.
func (m Mandate) String() string { return mandateEnum.String(m) }

// IsValid reports whether m is one of the named values.
func (m Mandate) IsValid() bool { return mandateEnum.Valid(m) }

// Doc returns the codebook definition of m.
func (m Mandate) Doc() string { return mandateEnum.Doc(m) }

// ParseMandate returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseMandate(name string) (Mandate, error) { return mandateEnum.Parse(name) }

// Mandates returns every valid value in declaration order.
func Mandates() []Mandate { return mandateEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (m Mandate) MarshalText() ([]byte, error) { return mandateEnum.MarshalText(m) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (m *Mandate) UnmarshalText(b []byte) error { return mandateEnum.UnmarshalText(m, b) }

// Duration says whether a foreign deployment is meant to stay. The zero
// Duration means the package does not say.
type Duration uint8

const (
	_ Duration = iota
	// Temporary: a presence for a limited time or purpose that could leave
	// at once.
	Temporary
	// Permanent: a standing presence, such as a base.
	Permanent
)

var durationEnum = enum.New[Duration]("Duration",
	enum.Value{Name: "temporary", Doc: "a presence for a limited time or purpose"},
	enum.Value{Name: "permanent", Doc: "a standing presence, such as a base"},
)

// String returns the wire name of d, or "Duration(n)" for an invalid value.
func (d Duration) String() string { return durationEnum.String(d) }

// IsValid reports whether d is one of the named values.
func (d Duration) IsValid() bool { return durationEnum.Valid(d) }

// Doc returns the codebook definition of d.
func (d Duration) Doc() string { return durationEnum.Doc(d) }

// ParseDuration returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseDuration(name string) (Duration, error) { return durationEnum.Parse(name) }

// Durations returns every valid value in declaration order.
func Durations() []Duration { return durationEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (d Duration) MarshalText() ([]byte, error) { return durationEnum.MarshalText(d) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (d *Duration) UnmarshalText(b []byte) error { return durationEnum.UnmarshalText(d, b) }

// Treatment is what a package does about one contested region. The zero
// Treatment is invalid.
type Treatment uint8

const (
	_ Treatment = iota
	// Recognised: the package recognises the region as belonging to the
	// occupying state.
	Recognised
	// Ceded: the protected state withdraws from the parts of the region it
	// still holds and cedes the whole region, recognising the occupier's
	// title.
	Ceded
	// NotRecognised: the occupation is not recognised; the region's status
	// stays contested.
	NotRecognised
	// Deferred: the region's status is left to talks over a stated number of
	// years.
	Deferred
	// Restored: the occupying forces withdraw and the protected state's
	// control is restored.
	Restored
)

var treatmentEnum = enum.New[Treatment]("Treatment",
	enum.Value{Name: "recognised", Doc: "the region is recognised as the occupier's"},
	enum.Value{Name: "ceded", Doc: "the protected state withdraws from the parts it holds and cedes the region"},
	enum.Value{Name: "not-recognised", Doc: "the occupation is not recognised; the status stays contested"},
	enum.Value{Name: "deferred", Doc: "the status is left to talks over a stated number of years"},
	enum.Value{Name: "restored", Doc: "the occupier withdraws and the protected state's control is restored"},
)

// String returns the wire name of t, or "Treatment(n)" for an invalid value.
func (t Treatment) String() string { return treatmentEnum.String(t) }

// IsValid reports whether t is one of the named values.
func (t Treatment) IsValid() bool { return treatmentEnum.Valid(t) }

// Doc returns the codebook definition of t.
func (t Treatment) Doc() string { return treatmentEnum.Doc(t) }

// ParseTreatment returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseTreatment(name string) (Treatment, error) { return treatmentEnum.Parse(name) }

// Treatments returns every valid value in declaration order.
func Treatments() []Treatment { return treatmentEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (t Treatment) MarshalText() ([]byte, error) { return treatmentEnum.MarshalText(t) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (t *Treatment) UnmarshalText(b []byte) error { return treatmentEnum.UnmarshalText(t, b) }

// Sequencing says in what order a package ends the war. The zero Sequencing
// means the package does not say.
type Sequencing uint8

const (
	_ Sequencing = iota
	// CeasefireFirst: a ceasefire first, with the settlement negotiated
	// afterwards.
	CeasefireFirst
	// Comprehensive: a comprehensive settlement negotiated without a prior
	// ceasefire.
	Comprehensive
)

var sequencingEnum = enum.New[Sequencing]("Sequencing",
	enum.Value{Name: "ceasefire-first", Doc: "a ceasefire first, the settlement negotiated afterwards"},
	enum.Value{Name: "comprehensive", Doc: "straight to a comprehensive settlement without a prior ceasefire"},
)

// String returns the wire name of s, or "Sequencing(n)" for an invalid value.
func (s Sequencing) String() string { return sequencingEnum.String(s) }

// IsValid reports whether s is one of the named values.
func (s Sequencing) IsValid() bool { return sequencingEnum.Valid(s) }

// Doc returns the codebook definition of s.
func (s Sequencing) Doc() string { return sequencingEnum.Doc(s) }

// ParseSequencing returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseSequencing(name string) (Sequencing, error) { return sequencingEnum.Parse(name) }

// Sequencings returns every valid value in declaration order.
func Sequencings() []Sequencing { return sequencingEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (s Sequencing) MarshalText() ([]byte, error) { return sequencingEnum.MarshalText(s) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (s *Sequencing) UnmarshalText(b []byte) error { return sequencingEnum.UnmarshalText(s, b) }

// Term is one outcome a package brings about or rules out: the unit on which
// the package meets the actors' positions. A package's components yield
// [Outcome]s on terms; [Binding]s tie each term (and, for territorial terms,
// each region) to an issue of the actors' taxonomy. The zero Term is
// invalid.
type Term uint8

const (
	_ Term = iota
	// TermPermanentNeutrality: the protected state becomes permanently
	// neutral (by its own commitment or by neutralisation).
	TermPermanentNeutrality
	// TermNonAlignment: the protected state stays out of military alliances
	// as a matter of policy, without the legal status of neutrality.
	TermNonAlignment
	// TermNATOMembership: the protected state joins the military alliance.
	TermNATOMembership
	// TermNATOCourse: the protected state keeps its course toward membership
	// of the alliance.
	TermNATOCourse
	// TermEUMembership: the package allows the protected state to join the
	// European Union.
	TermEUMembership
	// TermForceLimits: the protected state's armed forces are capped.
	TermForceLimits
	// TermStrongForces: the protected state keeps its armed forces free of
	// caps, to build them up.
	TermStrongForces
	// TermForeignTroops: foreign ground forces are stationed on the
	// protected state's territory.
	TermForeignTroops
	// TermNATOTroops: troops of the alliance or of its member states are on
	// the protected state's territory.
	TermNATOTroops
	// TermPeacekeepers: an international peacekeeping force is deployed.
	TermPeacekeepers
	// TermAirSupport: guarantors or partners give air support or close the
	// airspace.
	TermAirSupport
	// TermSecurityGuarantee: guarantors commit to help the protected state
	// with armed force if it is attacked again.
	TermSecurityGuarantee
	// TermNeutralityGuarantee: guarantors recognise the protected state's
	// permanent neutrality and pledge armed force to defend it.
	TermNeutralityGuarantee
	// TermCoalitionGuarantee: states pledge armed help to the protected
	// state, outside an alliance it belongs to and not as a guarantee of
	// neutrality (an Article 5-like pact).
	TermCoalitionGuarantee
	// TermBindingGuarantee: a guarantee with armed force on the table is (or
	// would be) legally binding.
	TermBindingGuarantee
	// TermAggressorGuarantor: a state that has attacked the protected state
	// is among its guarantors.
	TermAggressorGuarantor
	// TermGuarantorVeto: action under the guarantee needs a decision of all
	// guarantors, giving each a veto.
	TermGuarantorVeto
	// TermWesternAssistance: partners commit to long-term military and
	// economic assistance for the protected state's own defence.
	TermWesternAssistance
	// TermEndorsement: the status or settlement is endorsed by an
	// international body, such as the UN Security Council or General
	// Assembly.
	TermEndorsement
	// TermRecognition: territorial changes in a region are recognised.
	TermRecognition
	// TermCession: the protected state gives up territory in a region that
	// it still holds.
	TermCession
	// TermDeferredTalks: a region's status is left to talks over a number of
	// years.
	TermDeferredTalks
	// TermWithdrawal: the occupying forces withdraw from a region.
	TermWithdrawal
	// TermCeasefireFirst: the war ends with a ceasefire before a
	// comprehensive settlement.
	TermCeasefireFirst
)

var termEnum = enum.New[Term]("Term",
	enum.Value{Name: "permanent-neutrality", Doc: "the protected state becomes permanently neutral"},
	enum.Value{Name: "non-alignment", Doc: "the protected state is non-aligned as a policy, without legal neutrality"},
	enum.Value{Name: "nato-membership", Doc: "the protected state joins the alliance"},
	enum.Value{Name: "nato-course", Doc: "the protected state keeps its course toward alliance membership"},
	enum.Value{Name: "eu-membership", Doc: "the package allows EU membership"},
	enum.Value{Name: "force-limits", Doc: "the protected state's armed forces are capped"},
	enum.Value{Name: "strong-forces", Doc: "the protected state's forces stay free of caps"},
	enum.Value{Name: "foreign-troops", Doc: "foreign ground forces are stationed on the territory"},
	enum.Value{Name: "nato-troops", Doc: "troops of the alliance or its members are on the territory"},
	enum.Value{Name: "peacekeepers", Doc: "international peacekeepers are deployed"},
	enum.Value{Name: "air-support", Doc: "partners give air support or close the airspace"},
	enum.Value{Name: "security-guarantee", Doc: "guarantors commit to help with armed force after a new attack"},
	enum.Value{Name: "neutrality-guarantee", Doc: "guarantors pledge armed force to defend the protected state's neutrality"},
	enum.Value{Name: "coalition-guarantee", Doc: "states pledge armed help outside an alliance (an Article 5-like pact)"},
	enum.Value{Name: "binding-guarantee", Doc: "a guarantee with armed force would bind in law"},
	enum.Value{Name: "aggressor-guarantor", Doc: "a state that attacked the protected state is a guarantor"},
	enum.Value{Name: "guarantor-veto", Doc: "action needs all guarantors' agreement, so each has a veto"},
	enum.Value{Name: "western-assistance", Doc: "partners commit to long-term military and economic aid"},
	enum.Value{Name: "endorsement", Doc: "an international body endorses the status or settlement"},
	enum.Value{Name: "recognition", Doc: "territorial changes in the region are recognised"},
	enum.Value{Name: "cession", Doc: "the protected state gives up territory it still holds"},
	enum.Value{Name: "deferred-talks", Doc: "the region's status is left to talks over years"},
	enum.Value{Name: "withdrawal", Doc: "the occupier withdraws from the region"},
	enum.Value{Name: "ceasefire-first", Doc: "a ceasefire comes before the comprehensive settlement"},
)

// String returns the wire name of t, or "Term(n)" for an invalid value.
func (t Term) String() string { return termEnum.String(t) }

// IsValid reports whether t is one of the named values.
func (t Term) IsValid() bool { return termEnum.Valid(t) }

// Doc returns the codebook definition of t.
func (t Term) Doc() string { return termEnum.Doc(t) }

// ParseTerm returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseTerm(name string) (Term, error) { return termEnum.Parse(name) }

// Terms returns every valid value in declaration order.
func Terms() []Term { return termEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (t Term) MarshalText() ([]byte, error) { return termEnum.MarshalText(t) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (t *Term) UnmarshalText(b []byte) error { return termEnum.UnmarshalText(t, b) }

// Verdict is an actor's answer to a package, as its positions predict it.
// The zero Verdict is invalid.
type Verdict uint8

const (
	_ Verdict = iota
	// Accepts: no position of the actor stands against the package and none
	// leaves its acceptance open.
	Accepts
	// Conditional: no red line is crossed, but acceptance hinges on
	// objections, conditions or wishes still to be settled.
	Conditional
	// Rejects: the package crosses at least one of the actor's red lines.
	Rejects
)

var verdictEnum = enum.New[Verdict]("Verdict",
	enum.Value{Name: "accepts", Doc: "nothing the actor holds stands against the package"},
	enum.Value{Name: "conditional", Doc: "no red line is crossed, but objections or conditions remain to be settled"},
	enum.Value{Name: "rejects", Doc: "the package crosses at least one red line of the actor"},
)

// String returns the wire name of v, or "Verdict(n)" for an invalid value.
func (v Verdict) String() string { return verdictEnum.String(v) }

// IsValid reports whether v is one of the named values.
func (v Verdict) IsValid() bool { return verdictEnum.Valid(v) }

// Doc returns the codebook definition of v.
func (v Verdict) Doc() string { return verdictEnum.Doc(v) }

// ParseVerdict returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseVerdict(name string) (Verdict, error) { return verdictEnum.Parse(name) }

// Verdicts returns every valid value in declaration order.
func Verdicts() []Verdict { return verdictEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (v Verdict) MarshalText() ([]byte, error) { return verdictEnum.MarshalText(v) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (v *Verdict) UnmarshalText(b []byte) error { return verdictEnum.UnmarshalText(v, b) }

// ReasonKind is how one position of an actor meets one outcome of a package.
// The kinds that block (RedLineCrossed, DemandUnmet, FigureBreached,
// ConditionBreached) decide a rejection; the kinds that leave acceptance
// open decide a conditional verdict. The zero ReasonKind is invalid.
type ReasonKind uint8

const (
	_ ReasonKind = iota
	// RedLineCrossed: the package brings about an outcome the actor rules
	// out as a red line.
	RedLineCrossed
	// DemandUnmet: the package rules out an outcome the actor demands as a
	// red line.
	DemandUnmet
	// FigureBreached: the package's figure falls outside the figure a red-
	// line position names.
	FigureBreached
	// ConditionBreached: the package gives the outcome but rules out a
	// condition the actor's red-line position attaches to it.
	ConditionBreached
	// Objection: the package brings about an outcome the actor opposes,
	// though not as a red line.
	Objection
	// WishUnmet: the package rules out an outcome the actor supports, though
	// not as a red line.
	WishUnmet
	// FigureGap: the package's figure differs from the figure the actor
	// names, though not as a red line.
	FigureGap
	// ConditionOpen: the actor accepts the outcome on a condition the
	// package does not settle or rules out.
	ConditionOpen
	// Undecided: the actor is open or noncommittal on the outcome.
	Undecided
	// Satisfied: the package gives what the actor wants, or rules out what
	// it opposes.
	Satisfied
)

var reasonKindEnum = enum.New[ReasonKind]("ReasonKind",
	enum.Value{Name: "red-line-crossed", Doc: "the package brings about what the actor rules out"},
	enum.Value{Name: "demand-unmet", Doc: "the package rules out what the actor insists on"},
	enum.Value{Name: "figure-breached", Doc: "a figure of the package breaks a red-line position's figure"},
	enum.Value{Name: "condition-breached", Doc: "a red-line position's condition is ruled out by the package"},
	enum.Value{Name: "objection", Doc: "the actor opposes the outcome, though not as a red line"},
	enum.Value{Name: "wish-unmet", Doc: "the package rules out what the actor wants, not as a red line"},
	enum.Value{Name: "figure-gap", Doc: "a figure differs from the actor's, not as a red line"},
	enum.Value{Name: "condition-open", Doc: "the actor's condition is not settled by the package"},
	enum.Value{Name: "undecided", Doc: "the actor is open or noncommittal on the outcome"},
	enum.Value{Name: "satisfied", Doc: "the package gives what the actor wants or rules out what it opposes"},
)

// String returns the wire name of r, or "ReasonKind(n)" for an invalid value.
func (r ReasonKind) String() string { return reasonKindEnum.String(r) }

// IsValid reports whether r is one of the named values.
func (r ReasonKind) IsValid() bool { return reasonKindEnum.Valid(r) }

// Doc returns the codebook definition of r.
func (r ReasonKind) Doc() string { return reasonKindEnum.Doc(r) }

// ParseReasonKind returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseReasonKind(name string) (ReasonKind, error) { return reasonKindEnum.Parse(name) }

// ReasonKinds returns every valid value in declaration order.
func ReasonKinds() []ReasonKind { return reasonKindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (r ReasonKind) MarshalText() ([]byte, error) { return reasonKindEnum.MarshalText(r) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (r *ReasonKind) UnmarshalText(b []byte) error { return reasonKindEnum.UnmarshalText(r, b) }
