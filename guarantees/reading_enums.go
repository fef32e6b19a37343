package guarantees

import "github.com/accordmodel/accord/internal/enum"

// Trigger is the event that sets a commitment off.
//
// [Trigger.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Trigger means "not set" and is invalid, as for every enum of accord.
type Trigger uint8

// The Trigger values; the table below defines each one.
const (
	_ Trigger = iota
	Always
	ArmedAttack
	NuclearAggression
	Aggression
	ThreatToIndependence
	NeutralityViolation
)

var triggerEnum = enum.New("Trigger", map[Trigger]enum.Value{
	Always:               {Name: "always", Doc: "the commitment holds at all times (a duty to respect borders), not in answer to an event"},
	ArmedAttack:          {Name: "armed-attack", Doc: "an armed attack on the protected state"},
	NuclearAggression:    {Name: "nuclear-aggression", Doc: "aggression, or its threat, in which nuclear weapons are used"},
	Aggression:           {Name: "aggression", Doc: "any act of aggression against the protected state, armed or not"},
	ThreatToIndependence: {Name: "threat-to-independence", Doc: "a threat to the protected state's independence"},
	NeutralityViolation:  {Name: "neutrality-violation", Doc: "a violation of, or danger to, the protected state's neutrality"},
})

// String returns the wire name of t, or "Trigger(n)" for an invalid value.
func (t Trigger) String() string { return triggerEnum.String(t) }

// IsValid reports whether t is one of the named values.
func (t Trigger) IsValid() bool { return triggerEnum.Valid(t) }

// Doc returns the codebook definition of t.
func (t Trigger) Doc() string { return triggerEnum.Doc(t) }

// ParseTrigger returns the Trigger with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseTrigger(name string) (Trigger, error) { return triggerEnum.Parse(name) }

// Triggers returns every valid Trigger in declaration order.
func Triggers() []Trigger { return triggerEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (t Trigger) MarshalText() ([]byte, error) { return triggerEnum.MarshalText(t) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (t *Trigger) UnmarshalText(text []byte) error { return triggerEnum.UnmarshalText(t, text) }

// Obligation is how strongly a clause binds the guarantors to act: an
// ordinal scale from a mere permission to the automatic use of force. Values
// compare with < and >: a greater Obligation leaves the guarantors less
// discretion. It codes Benson's distinction between discretionary and
// automatic commitments as a first-class value.
//
// [Obligation.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Obligation means "not set" and is invalid, as for every enum of accord.
type Obligation uint8

// The Obligation values; the table below defines each one.
const (
	_ Obligation = iota
	Permits
	ReservedRight
	Respect
	Consult
	Support
	DiscretionaryForce
	ObligatoryForce
	AutomaticForce
)

var obligationEnum = enum.New("Obligation", map[Obligation]enum.Value{
	Permits:            {Name: "permits", Doc: "allows others to help and obliges no one"},
	ReservedRight:      {Name: "reserved-right", Doc: "a guarantor reserves the right to act, alone if joint action fails, and owes nothing: a right, not a duty (Cyprus's Treaty of Guarantee of 1960, Article IV; the United States' right to defend the Panama Canal's neutrality under the 1977 treaty as ratified)"},
	Respect:            {Name: "respect", Doc: "only a duty to refrain from force and respect borders"},
	Consult:            {Name: "consult", Doc: "only a duty to consult when the trigger occurs"},
	Support:            {Name: "support", Doc: "a duty to give aid or to seek action by others, short of the guarantor's own armed force"},
	DiscretionaryForce: {Name: "discretionary-force", Doc: "each guarantor takes the action it deems necessary, which may include armed force; force is an option, not a duty"},
	ObligatoryForce:    {Name: "obligatory-force", Doc: "guarantors must act, using armed force, to the extent the situation requires"},
	AutomaticForce:     {Name: "automatic-force", Doc: "guarantors go to war as soon as the trigger occurs, with no room for judgement"},
})

// String returns the wire name of o, or "Obligation(n)" for an invalid value.
func (o Obligation) String() string { return obligationEnum.String(o) }

// IsValid reports whether o is one of the named values.
func (o Obligation) IsValid() bool { return obligationEnum.Valid(o) }

// Doc returns the codebook definition of o.
func (o Obligation) Doc() string { return obligationEnum.Doc(o) }

// ParseObligation returns the Obligation with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseObligation(name string) (Obligation, error) { return obligationEnum.Parse(name) }

// Obligations returns every valid Obligation in declaration order.
func Obligations() []Obligation { return obligationEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (o Obligation) MarshalText() ([]byte, error) { return obligationEnum.MarshalText(o) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (o *Obligation) UnmarshalText(text []byte) error { return obligationEnum.UnmarshalText(o, text) }

// Measure is one kind of help a clause names.
//
// [Measure.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Measure means "not set" and is invalid, as for every enum of accord.
type Measure uint8

// The Measure values; the table below defines each one.
const (
	_ Measure = iota
	ArmedForce
	ClosingAirspace
	Weapons
	AirSupport
	Intelligence
	MilitaryAid
	EconomicAid
	TroopsOnGround
	NuclearUmbrella
	Training
	Logistics
	AirSurveillance
	NavalSecurity
	Sanctions
	SecurityCouncilAction
)

var measureEnum = enum.New("Measure", map[Measure]enum.Value{
	ArmedForce:            {Name: "armed-force", Doc: "the guarantors' own armed forces in combat"},
	ClosingAirspace:       {Name: "closing-airspace", Doc: "closing the protected state's airspace"},
	Weapons:               {Name: "weapons", Doc: "supplying weapons"},
	AirSupport:            {Name: "air-support", Doc: "air power in support of the protected state"},
	Intelligence:          {Name: "intelligence", Doc: "sharing intelligence"},
	MilitaryAid:           {Name: "military-aid", Doc: "military assistance in general (materiel, money for defence) not itemised further"},
	EconomicAid:           {Name: "economic-aid", Doc: "economic or financial assistance"},
	TroopsOnGround:        {Name: "troops-on-ground", Doc: "guarantor troops stationed in the protected state"},
	NuclearUmbrella:       {Name: "nuclear-umbrella", Doc: "extended nuclear deterrence"},
	Training:              {Name: "training", Doc: "training the protected state's forces"},
	Logistics:             {Name: "logistics", Doc: "logistics support"},
	AirSurveillance:       {Name: "air-surveillance", Doc: "surveillance of the protected state's airspace"},
	NavalSecurity:         {Name: "naval-security", Doc: "naval security operations"},
	Sanctions:             {Name: "sanctions", Doc: "economic sanctions against the aggressor"},
	SecurityCouncilAction: {Name: "security-council-action", Doc: "seeking action by the UN Security Council"},
})

// String returns the wire name of m, or "Measure(n)" for an invalid value.
func (m Measure) String() string { return measureEnum.String(m) }

// IsValid reports whether m is one of the named values.
func (m Measure) IsValid() bool { return measureEnum.Valid(m) }

// Doc returns the codebook definition of m.
func (m Measure) Doc() string { return measureEnum.Doc(m) }

// ParseMeasure returns the Measure with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseMeasure(name string) (Measure, error) { return measureEnum.Parse(name) }

// Measures returns every valid Measure in declaration order.
func Measures() []Measure { return measureEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (m Measure) MarshalText() ([]byte, error) { return measureEnum.MarshalText(m) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (m *Measure) UnmarshalText(text []byte) error { return measureEnum.UnmarshalText(m, text) }

// Decision is who decides that the guarantors act.
//
// [Decision.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Decision means "not set" and is invalid, as for every enum of accord.
type Decision uint8

// The Decision values; the table below defines each one.
const (
	_ Decision = iota
	EachAlone
	AllJointly
	SecurityCouncil
	DecisionNotStated
	QualifiedMajority
)

var decisionEnum = enum.New("Decision", map[Decision]enum.Value{
	EachAlone:         {Name: "each-alone", Doc: "each guarantor decides for itself, so one can act without the others"},
	AllJointly:        {Name: "all-jointly", Doc: "action needs a decision agreed by all guarantors, which gives each of them a veto"},
	SecurityCouncil:   {Name: "security-council", Doc: "action goes through the UN Security Council"},
	DecisionNotStated: {Name: "not-stated", Doc: "the sources do not say"},
	QualifiedMajority: {Name: "qualified-majority", Doc: "action needs a qualified majority of the parties or of an organ, given in the reading's majority (two thirds of the Organ of Consultation under the Rio Treaty of 1947, Article 17), so that a blocking minority, but no single party, can stop it"},
})

// String returns the wire name of d, or "Decision(n)" for an invalid value.
func (d Decision) String() string { return decisionEnum.String(d) }

// IsValid reports whether d is one of the named values.
func (d Decision) IsValid() bool { return decisionEnum.Valid(d) }

// Doc returns the codebook definition of d.
func (d Decision) Doc() string { return decisionEnum.Doc(d) }

// ParseDecision returns the Decision with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseDecision(name string) (Decision, error) { return decisionEnum.Parse(name) }

// Decisions returns every valid Decision in declaration order.
func Decisions() []Decision { return decisionEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (d Decision) MarshalText() ([]byte, error) { return decisionEnum.MarshalText(d) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (d *Decision) UnmarshalText(text []byte) error { return decisionEnum.UnmarshalText(d, text) }

// Invoker is who may set the commitment in motion.
//
// [Invoker.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Invoker means "not set" and is invalid, as for every enum of accord.
type Invoker uint8

// The Invoker values; the table below defines each one.
const (
	_ Invoker = iota
	OnTrigger
	ProtectedRequest
	AnyGuarantor
	InvokerNotStated
)

var invokerEnum = enum.New("Invoker", map[Invoker]enum.Value{
	OnTrigger:        {Name: "on-trigger", Doc: "the trigger itself sets the commitment in motion; no request is needed"},
	ProtectedRequest: {Name: "protected-request", Doc: "only an official request of the protected state"},
	AnyGuarantor:     {Name: "any-guarantor", Doc: "any guarantor, on its own judgement"},
	InvokerNotStated: {Name: "not-stated", Doc: "the sources do not say"},
})

// String returns the wire name of i, or "Invoker(n)" for an invalid value.
func (i Invoker) String() string { return invokerEnum.String(i) }

// IsValid reports whether i is one of the named values.
func (i Invoker) IsValid() bool { return invokerEnum.Valid(i) }

// Doc returns the codebook definition of i.
func (i Invoker) Doc() string { return invokerEnum.Doc(i) }

// ParseInvoker returns the Invoker with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseInvoker(name string) (Invoker, error) { return invokerEnum.Parse(name) }

// Invokers returns every valid Invoker in declaration order.
func Invokers() []Invoker { return invokerEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (i Invoker) MarshalText() ([]byte, error) { return invokerEnum.MarshalText(i) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (i *Invoker) UnmarshalText(text []byte) error { return invokerEnum.UnmarshalText(i, text) }

// ConditionKind is a condition a commitment is subject to.
//
// [ConditionKind.Doc] and seeds/CODEBOOK.md give each value's meaning. The
// zero ConditionKind means "not set" and is invalid, as for every enum of
// accord.
type ConditionKind uint8

// The ConditionKind values; the table below defines each one.
const (
	_ ConditionKind = iota
	NeutralityMaintained
	OutsideNATO
	CharterArticle51
	ReportToSecurityCouncil
	NonNuclearStatus
	EUMembership
	AfterSettlement
	LegislativeApproval
	StrongOwnArmy
	ArmedForceConsent
)

var conditionKindEnum = enum.New("ConditionKind", map[ConditionKind]enum.Value{
	NeutralityMaintained:    {Name: "neutrality-maintained", Doc: "the protected state keeps its permanent neutrality"},
	OutsideNATO:             {Name: "outside-nato", Doc: "the protected state stays out of NATO"},
	CharterArticle51:        {Name: "charter-article-51", Doc: "action is taken in the exercise of the right of self-defence under Article 51 of the UN Charter"},
	ReportToSecurityCouncil: {Name: "report-to-security-council", Doc: "measures must be reported to the UN Security Council and end when it acts"},
	NonNuclearStatus:        {Name: "non-nuclear-status", Doc: "the protected state stays a non-nuclear-weapon state"},
	EUMembership:            {Name: "eu-membership", Doc: "applies only once the protected state is a member of the European Union"},
	AfterSettlement:         {Name: "after-settlement", Doc: "applies to attacks after a peace settlement"},
	LegislativeApproval:     {Name: "legislative-approval", Doc: "a guarantor's legislature must approve the commitment first"},
	StrongOwnArmy:           {Name: "strong-own-army", Doc: "the protected state keeps strong armed forces of its own"},
	ArmedForceConsent:       {Name: "armed-force-consent", Doc: "no party must use armed force without its own consent, even when a decision binds it to other measures (Rio Treaty of 1947, Article 20)"},
})

// String returns the wire name of c, or "ConditionKind(n)" for an invalid value.
func (c ConditionKind) String() string { return conditionKindEnum.String(c) }

// IsValid reports whether c is one of the named values.
func (c ConditionKind) IsValid() bool { return conditionKindEnum.Valid(c) }

// Doc returns the codebook definition of c.
func (c ConditionKind) Doc() string { return conditionKindEnum.Doc(c) }

// ParseConditionKind returns the ConditionKind with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseConditionKind(name string) (ConditionKind, error) { return conditionKindEnum.Parse(name) }

// ConditionKinds returns every valid ConditionKind in declaration order.
func ConditionKinds() []ConditionKind { return conditionKindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (c ConditionKind) MarshalText() ([]byte, error) { return conditionKindEnum.MarshalText(c) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (c *ConditionKind) UnmarshalText(text []byte) error {
	return conditionKindEnum.UnmarshalText(c, text)
}
