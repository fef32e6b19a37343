// Code in this file follows the enum pattern of package actors.

package settlement

import "github.com/accordmodel/accord/internal/enum"

// Stage says how far a settlement package got. Every stage is a stage of a
// proposal: accord has no stage "in force" for a package, so an option is
// never presented as a settlement that holds.
//
// [Stage.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Stage means "not set" and is invalid, as for every enum of accord.
type Stage uint8

// The Stage values; the table below defines each one.
const (
	_ Stage = iota
	Floated
	Tabled
	Drafted
)

var stageEnum = enum.New("Stage", map[Stage]enum.Value{
	Floated: {Name: "floated", Doc: "an idea put forward in public debate or by an analyst, with no text negotiated"},
	Tabled:  {Name: "tabled", Doc: "terms a party put on the negotiating table or publicly set as its conditions"},
	Drafted: {Name: "drafted", Doc: "a text was drafted or exchanged between the negotiating parties, never signed"},
})

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
// party's stated terms, or a combination no source puts forward as such.
//
// [Modality.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Modality means "not set" and is invalid, as for every enum of accord.
type Modality uint8

// The Modality values; the table below defines each one.
const (
	_ Modality = iota
	Proposed
	Recommended
	Stated
	Constructed
)

var modalityEnum = enum.New("Modality", map[Modality]enum.Value{
	Proposed:    {Name: "proposed", Doc: "a party to the talks proposed the package, or a version of it with its own revision"},
	Recommended: {Name: "recommended", Doc: "an article's author recommends or weighs the package as a policy option"},
	Stated:      {Name: "stated", Doc: "it is one party's stated terms: what it will and will not accept"},
	Constructed: {Name: "constructed", Doc: "a combination built by a user or by the zone search; no source puts it forward"},
})

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
//
// [Limit.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Limit means "not set" and is invalid, as for every enum of accord.
type Limit uint8

// The Limit values; the table below defines each one.
const (
	_ Limit = iota
	Unlimited
	Capped
)

var limitEnum = enum.New("Limit", map[Limit]enum.Value{
	Unlimited: {Name: "unlimited", Doc: "the package puts no cap on the armed forces (and may commit partners to strengthen them)"},
	Capped:    {Name: "capped", Doc: "the package caps the armed forces; each cap needs a figure"},
})

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
//
// [DeploymentKind.Doc] and seeds/CODEBOOK.md give each value's meaning. The
// zero DeploymentKind means "not set" and is invalid, as for every enum of
// accord.
type DeploymentKind uint8

// The DeploymentKind values; the table below defines each one.
const (
	_ DeploymentKind = iota
	Peacekeepers
	GroundForces
	Trainers
	AirSupport
	NavalSecurity
)

var deploymentKindEnum = enum.New("DeploymentKind", map[DeploymentKind]enum.Value{
	Peacekeepers:  {Name: "peacekeepers", Doc: "an international peacekeeping or monitoring force; needs a mandate"},
	GroundForces:  {Name: "ground-forces", Doc: "foreign combat troops stationed on the protected state's territory (a reassurance force)"},
	Trainers:      {Name: "trainers", Doc: "foreign military trainers and advisers on the territory"},
	AirSupport:    {Name: "air-support", Doc: "foreign air power supporting the protected state (air cover, air policing)"},
	NavalSecurity: {Name: "naval-security", Doc: "foreign naval security operations in the protected state's waters"},
})

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
//
// [Mandate.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Mandate means "not set" and is invalid, as for every enum of accord.
type Mandate uint8

// The Mandate values; the table below defines each one.
const (
	_ Mandate = iota
	UNMandate
	Multilateral
	Coalition
	Bilateral
)

var mandateEnum = enum.New("Mandate", map[Mandate]enum.Value{
	UNMandate:    {Name: "un", Doc: "a mandate of the United Nations"},
	Multilateral: {Name: "multilateral", Doc: "another broadly recognised multilateral framework"},
	Coalition:    {Name: "coalition", Doc: "a coalition of willing states acting under their own flags"},
	Bilateral:    {Name: "bilateral", Doc: "a bilateral agreement between the host and the sending state"},
})

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
//
// [Duration.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Duration means "not set" and is invalid, as for every enum of accord.
type Duration uint8

// The Duration values; the table below defines each one.
const (
	_ Duration = iota
	Temporary
	Permanent
)

var durationEnum = enum.New("Duration", map[Duration]enum.Value{
	Temporary: {Name: "temporary", Doc: "a presence for a limited time or purpose that could leave at once"},
	Permanent: {Name: "permanent", Doc: "a standing presence, such as a base"},
})

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

// Treatment is what a package does about one contested region.
//
// [Treatment.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Treatment means "not set" and is invalid, as for every enum of accord.
type Treatment uint8

// The Treatment values; the table below defines each one.
const (
	_ Treatment = iota
	Recognised
	Ceded
	NotRecognised
	Deferred
	Restored
)

var treatmentEnum = enum.New("Treatment", map[Treatment]enum.Value{
	Recognised:    {Name: "recognised", Doc: "the package recognises the region as belonging to the occupying state"},
	Ceded:         {Name: "ceded", Doc: "the protected state withdraws from the parts of the region it still holds and cedes the whole region, recognising the occupier's title"},
	NotRecognised: {Name: "not-recognised", Doc: "the occupation is not recognised; the region's status stays contested"},
	Deferred:      {Name: "deferred", Doc: "the region's status is left to talks over a stated number of years"},
	Restored:      {Name: "restored", Doc: "the occupying forces withdraw and the protected state's control is restored"},
})

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
//
// [Sequencing.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Sequencing means "not set" and is invalid, as for every enum of accord.
type Sequencing uint8

// The Sequencing values; the table below defines each one.
const (
	_ Sequencing = iota
	CeasefireFirst
	Comprehensive
)

var sequencingEnum = enum.New("Sequencing", map[Sequencing]enum.Value{
	CeasefireFirst: {Name: "ceasefire-first", Doc: "a ceasefire first, with the settlement negotiated afterwards"},
	Comprehensive:  {Name: "comprehensive", Doc: "straight to a comprehensive settlement without a prior ceasefire"},
})

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
// [Outcome]s on terms; [TermBinding]s tie each term (and, for territorial terms,
// each region) to an issue of the actors' taxonomy.
//
// [Term.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero Term
// means "not set" and is invalid, as for every enum of accord.
type Term uint8

// The Term values; the table below defines each one.
const (
	_ Term = iota
	TermPermanentNeutrality
	TermNonAlignment
	TermNATOMembership
	TermNATOCourse
	TermEUMembership
	TermForceLimits
	TermStrongForces
	TermForeignTroops
	TermNATOTroops
	TermPeacekeepers
	TermAirSupport
	TermSecurityGuarantee
	TermNeutralityGuarantee
	TermCoalitionGuarantee
	TermBindingGuarantee
	TermAggressorGuarantor
	TermGuarantorVeto
	TermWesternAssistance
	TermEndorsement
	TermRecognition
	TermCession
	TermDeferredTalks
	TermWithdrawal
	TermCeasefireFirst
)

var termEnum = enum.New("Term", map[Term]enum.Value{
	TermPermanentNeutrality: {Name: "permanent-neutrality", Doc: "the protected state becomes permanently neutral (by its own commitment or by neutralisation)"},
	TermNonAlignment:        {Name: "non-alignment", Doc: "the protected state stays out of military alliances as a matter of policy, without the legal status of neutrality"},
	TermNATOMembership:      {Name: "nato-membership", Doc: "the protected state joins the military alliance"},
	TermNATOCourse:          {Name: "nato-course", Doc: "the protected state keeps its course toward membership of the alliance"},
	TermEUMembership:        {Name: "eu-membership", Doc: "the package allows the protected state to join the European Union"},
	TermForceLimits:         {Name: "force-limits", Doc: "the protected state's armed forces are capped"},
	TermStrongForces:        {Name: "strong-forces", Doc: "the protected state keeps its armed forces free of caps, to build them up"},
	TermForeignTroops:       {Name: "foreign-troops", Doc: "foreign ground forces are stationed on the protected state's territory"},
	TermNATOTroops:          {Name: "nato-troops", Doc: "troops of the alliance or of its member states are on the protected state's territory"},
	TermPeacekeepers:        {Name: "peacekeepers", Doc: "an international peacekeeping force is deployed"},
	TermAirSupport:          {Name: "air-support", Doc: "guarantors or partners give air support or close the airspace"},
	TermSecurityGuarantee:   {Name: "security-guarantee", Doc: "guarantors commit to help the protected state with armed force if it is attacked again"},
	TermNeutralityGuarantee: {Name: "neutrality-guarantee", Doc: "guarantors recognise the protected state's permanent neutrality and pledge armed force to defend it"},
	TermCoalitionGuarantee:  {Name: "coalition-guarantee", Doc: "states pledge armed help to the protected state, outside an alliance it belongs to and not as a guarantee of neutrality (an Article 5-like pact)"},
	TermBindingGuarantee:    {Name: "binding-guarantee", Doc: "a guarantee with armed force on the table is (or would be) legally binding"},
	TermAggressorGuarantor:  {Name: "aggressor-guarantor", Doc: "a state that has attacked the protected state is among its guarantors"},
	TermGuarantorVeto:       {Name: "guarantor-veto", Doc: "action under the guarantee needs a decision of all guarantors, giving each a veto"},
	TermWesternAssistance:   {Name: "western-assistance", Doc: "partners commit to long-term military and economic assistance for the protected state's own defence"},
	TermEndorsement:         {Name: "endorsement", Doc: "the status or settlement is endorsed by an international body, such as the UN Security Council or General Assembly"},
	TermRecognition:         {Name: "recognition", Doc: "territorial changes in the region are recognised"},
	TermCession:             {Name: "cession", Doc: "the protected state gives up territory in a region that it still holds"},
	TermDeferredTalks:       {Name: "deferred-talks", Doc: "a region's status is left to talks over a number of years"},
	TermWithdrawal:          {Name: "withdrawal", Doc: "the occupying forces withdraw from a region"},
	TermCeasefireFirst:      {Name: "ceasefire-first", Doc: "the war ends with a ceasefire before a comprehensive settlement"},
})

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

// Answer is an actor's answer to a package, as its positions predict it.
//
// [Answer.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Answer means "not set" and is invalid, as for every enum of accord.
type Answer uint8

// The Answer values; the table below defines each one.
const (
	_ Answer = iota
	Accepts
	Conditional
	Rejects
)

var answerEnum = enum.New("Answer", map[Answer]enum.Value{
	Accepts:     {Name: "accepts", Doc: "no position of the actor stands against the package and none leaves its acceptance open"},
	Conditional: {Name: "conditional", Doc: "no red line is crossed, but acceptance hinges on objections, conditions or wishes still to be settled"},
	Rejects:     {Name: "rejects", Doc: "the package crosses at least one of the actor's red lines"},
})

// String returns the wire name of v, or "Answer(n)" for an invalid value.
func (v Answer) String() string { return answerEnum.String(v) }

// IsValid reports whether v is one of the named values.
func (v Answer) IsValid() bool { return answerEnum.Valid(v) }

// Doc returns the codebook definition of v.
func (v Answer) Doc() string { return answerEnum.Doc(v) }

// ParseAnswer returns the value with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseAnswer(name string) (Answer, error) { return answerEnum.Parse(name) }

// Answers returns every valid value in declaration order.
func Answers() []Answer { return answerEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (v Answer) MarshalText() ([]byte, error) { return answerEnum.MarshalText(v) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (v *Answer) UnmarshalText(b []byte) error { return answerEnum.UnmarshalText(v, b) }

// ReasonKind is how one position of an actor meets one outcome of a package.
// The kinds that block (RedLineCrossed, DemandUnmet, FigureBreached,
// ConditionBreached) decide a rejection; the kinds that leave acceptance
// open decide a conditional verdict.
//
// [ReasonKind.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// ReasonKind means "not set" and is invalid, as for every enum of accord.
type ReasonKind uint8

// The ReasonKind values; the table below defines each one.
const (
	_ ReasonKind = iota
	RedLineCrossed
	DemandUnmet
	FigureBreached
	ConditionBreached
	Objection
	WishUnmet
	FigureGap
	ConditionOpen
	Undecided
	Satisfied
)

var reasonKindEnum = enum.New("ReasonKind", map[ReasonKind]enum.Value{
	RedLineCrossed:    {Name: "red-line-crossed", Doc: "the package brings about an outcome the actor rules out as a red line"},
	DemandUnmet:       {Name: "demand-unmet", Doc: "the package rules out an outcome the actor demands as a red line"},
	FigureBreached:    {Name: "figure-breached", Doc: "the package's figure falls outside the figure a red-line position names"},
	ConditionBreached: {Name: "condition-breached", Doc: "the package gives the outcome but rules out a condition the actor's red-line position attaches to it"},
	Objection:         {Name: "objection", Doc: "the package brings about an outcome the actor opposes, though not as a red line"},
	WishUnmet:         {Name: "wish-unmet", Doc: "the package rules out an outcome the actor supports, though not as a red line"},
	FigureGap:         {Name: "figure-gap", Doc: "the package's figure differs from the figure the actor names, though not as a red line"},
	ConditionOpen:     {Name: "condition-open", Doc: "the actor accepts the outcome on a condition the package does not settle or rules out"},
	Undecided:         {Name: "undecided", Doc: "the actor is open or noncommittal on the outcome"},
	Satisfied:         {Name: "satisfied", Doc: "the package gives what the actor wants, or rules out what it opposes"},
})

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
