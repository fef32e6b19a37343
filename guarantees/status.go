package guarantees

import "github.com/accordmodel/accord/internal/enum"

// Kind says what sort of commitment an [Instrument] makes, in the spirit of
// ATOP's obligation types.
//
// [Kind.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero Kind
// means "not set" and is invalid, as for every enum of accord.
type Kind uint8

// The Kind values; the table below defines each one.
const (
	_ Kind = iota
	DefencePact
	SecurityGuarantee
	SecurityAssurance
	NeutralityGuarantee
	NeutralitySettlement
	CollectiveSecurity
	Principles
	AssistanceFramework
	SelfDefenceRight
	NeutralityLaw
	DomesticAct
	Judgment
	PolicyStatement
	PeaceProcess
	NeutralityPact
	NonAggressionPact
	ConsultationPact
)

var kindEnum = enum.New("Kind", map[Kind]enum.Value{
	DefencePact:          {Name: "defence-pact", Doc: "the parties promise to defend one another, or the protected state, against attack"},
	SecurityGuarantee:    {Name: "security-guarantee", Doc: "guarantors who are not the protected state's allies promise to come to its help if it is attacked"},
	SecurityAssurance:    {Name: "security-assurance", Doc: "promises to respect a state and to seek help for it, deliberately short of a pledge to defend it"},
	NeutralityGuarantee:  {Name: "neutrality-guarantee", Doc: "powers recognise a state's permanent neutrality and guarantee its independence or territory in return"},
	NeutralitySettlement: {Name: "neutrality-settlement", Doc: "an agreement that establishes or recognises a state's permanent neutrality, with or without a guarantee"},
	CollectiveSecurity:   {Name: "collective-security", Doc: "the members of an organisation promise joint action against any aggressor among or against them"},
	Principles:           {Name: "principles", Doc: "a declaration of shared principles such as non-aggression and respect for borders"},
	AssistanceFramework:  {Name: "assistance-framework", Doc: "promises of military and economic aid that build up the protected state's own defence, without a pledge to fight"},
	SelfDefenceRight:     {Name: "self-defence-right", Doc: "a rule that permits states to defend themselves and others and obliges no one to help"},
	NeutralityLaw:        {Name: "neutrality-law", Doc: "a convention that sets the rights and duties of neutral states and belligerents in war, such as the Hague Conventions of 1907"},
	DomesticAct:          {Name: "domestic-act", Doc: "a state's own law, constitutional provision or declaration on its status or security course (sovereignty, independence, non-alignment, neutrality, the course to NATO), or one that repeals such an act"},
	Judgment:             {Name: "judgment", Doc: "a court's ruling, cited for what it says the law allows"},
	PolicyStatement:      {Name: "policy-statement", Doc: "a statement of a government's or governments' policy, position or legal view that is not itself a pledge of protection"},
	PeaceProcess:         {Name: "peace-process", Doc: "talks between the parties to a conflict and the texts agreed in them, named as a whole"},
	NeutralityPact:       {Name: "neutrality-pact", Doc: "each party promises to stay out of a war its partner fights with a third state (ATOP's neutrality obligation), and owes it no help"},
	NonAggressionPact:    {Name: "non-aggression-pact", Doc: "the parties promise not to attack one another (ATOP's non-aggression obligation), and owe one another no help"},
	ConsultationPact:     {Name: "consultation-pact", Doc: "the parties promise only to consult if one of them is threatened or attacked (ATOP's consultation obligation)"},
})

// String returns the wire name of k, or "Kind(n)" for an invalid value.
func (k Kind) String() string { return kindEnum.String(k) }

// IsValid reports whether k is one of the named values.
func (k Kind) IsValid() bool { return kindEnum.Valid(k) }

// Doc returns the codebook definition of k.
func (k Kind) Doc() string { return kindEnum.Doc(k) }

// ParseKind returns the Kind with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseKind(name string) (Kind, error) { return kindEnum.Parse(name) }

// Kinds returns every valid Kind in declaration order.
func Kinds() []Kind { return kindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *Kind) UnmarshalText(text []byte) error { return kindEnum.UnmarshalText(k, text) }

// Form is the kind of document an [Instrument] is.
//
// [Form.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero Form
// means "not set" and is invalid, as for every enum of accord.
type Form uint8

// The Form values; the table below defines each one.
const (
	_ Form = iota
	Treaty
	Memorandum
	Communique
	Declaration
	ExecutiveAgreement
	UnilateralStatement
	PolicyOption
	Law
	CourtJudgment
	Process
	FormNotStated
)

var formEnum = enum.New("Form", map[Form]enum.Value{
	Treaty:              {Name: "treaty", Doc: "a written agreement between states governed by international law"},
	Memorandum:          {Name: "memorandum", Doc: "a memorandum of understanding or of assurances"},
	Communique:          {Name: "communique", Doc: "a joint text recording the outcome of talks"},
	Declaration:         {Name: "declaration", Doc: "a joint political declaration or final act"},
	ExecutiveAgreement:  {Name: "executive-agreement", Doc: "an agreement concluded by governments without submitting it to their legislatures"},
	UnilateralStatement: {Name: "unilateral-statement", Doc: "a guarantee or promise one or more states make in their own statement, not in an agreement with the protected state"},
	PolicyOption:        {Name: "policy-option", Doc: "an option under discussion that has no agreed text"},
	Law:                 {Name: "law", Doc: "a state's own legal act: a statute, a constitutional provision, or a declaration the sources give legal force"},
	CourtJudgment:       {Name: "judgment", Doc: "the decision of a court"},
	Process:             {Name: "process", Doc: "a series of talks and the texts agreed in them, which the sources name only as a whole"},
	FormNotStated:       {Name: "not-stated", Doc: "the sources do not say what kind of document it is"},
})

// String returns the wire name of f, or "Form(n)" for an invalid value.
func (f Form) String() string { return formEnum.String(f) }

// IsValid reports whether f is one of the named values.
func (f Form) IsValid() bool { return formEnum.Valid(f) }

// Doc returns the codebook definition of f.
func (f Form) Doc() string { return formEnum.Doc(f) }

// ParseForm returns the Form with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseForm(name string) (Form, error) { return formEnum.Parse(name) }

// Forms returns every valid Form in declaration order.
func Forms() []Form { return formEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (f Form) MarshalText() ([]byte, error) { return formEnum.MarshalText(f) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (f *Form) UnmarshalText(text []byte) error { return formEnum.UnmarshalText(f, text) }

// Binding says whether an [Instrument] binds its parties in law. For drafts
// and proposals it is the force the text would have.
//
// [Binding.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Binding means "not set" and is invalid, as for every enum of accord.
type Binding uint8

// The Binding values; the table below defines each one.
const (
	_ Binding = iota
	LegallyBinding
	PoliticallyBinding
	ContestedBinding
	BindingNotStated
)

var bindingEnum = enum.New("Binding", map[Binding]enum.Value{
	LegallyBinding:     {Name: "legal", Doc: "an obligation under international law"},
	PoliticallyBinding: {Name: "political", Doc: "a political commitment that binds no one in law"},
	ContestedBinding:   {Name: "contested", Doc: "the sources doubt or dispute whether it binds in law"},
	BindingNotStated:   {Name: "not-stated", Doc: "the sources do not say"},
})

// String returns the wire name of b, or "Binding(n)" for an invalid value.
func (b Binding) String() string { return bindingEnum.String(b) }

// IsValid reports whether b is one of the named values.
func (b Binding) IsValid() bool { return bindingEnum.Valid(b) }

// Doc returns the codebook definition of b.
func (b Binding) Doc() string { return bindingEnum.Doc(b) }

// ParseBinding returns the Binding with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseBinding(name string) (Binding, error) { return bindingEnum.Parse(name) }

// Bindings returns every valid Binding in declaration order.
func Bindings() []Binding { return bindingEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (b Binding) MarshalText() ([]byte, error) { return bindingEnum.MarshalText(b) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (b *Binding) UnmarshalText(text []byte) error { return bindingEnum.UnmarshalText(b, text) }

// Ratification says whether the parties' legislatures have approved an
// [Instrument]. "not-stated" records that the sources are silent, so
// that silence is never coded as "no".
//
// [Ratification.Doc] and seeds/CODEBOOK.md give each value's meaning. The
// zero Ratification means "not set" and is invalid, as for every enum of
// accord.
type Ratification uint8

// The Ratification values; the table below defines each one.
const (
	_ Ratification = iota
	Ratified
	NotRatified
	ApprovalPending
	NotRequired
	RatificationNotStated
)

var ratificationEnum = enum.New("Ratification", map[Ratification]enum.Value{
	Ratified:              {Name: "ratified", Doc: "approved by the parties' legislatures"},
	NotRatified:           {Name: "not-ratified", Doc: "concluded but never approved by the parties' legislatures"},
	ApprovalPending:       {Name: "pending", Doc: "legislative approval is or would be required and has not been given"},
	NotRequired:           {Name: "not-required", Doc: "a form that takes effect without legislative approval"},
	RatificationNotStated: {Name: "not-stated", Doc: "the sources do not say"},
})

// String returns the wire name of r, or "Ratification(n)" for an invalid value.
func (r Ratification) String() string { return ratificationEnum.String(r) }

// IsValid reports whether r is one of the named values.
func (r Ratification) IsValid() bool { return ratificationEnum.Valid(r) }

// Doc returns the codebook definition of r.
func (r Ratification) Doc() string { return ratificationEnum.Doc(r) }

// ParseRatification returns the Ratification with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseRatification(name string) (Ratification, error) { return ratificationEnum.Parse(name) }

// Ratifications returns every valid Ratification in declaration order.
func Ratifications() []Ratification { return ratificationEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (r Ratification) MarshalText() ([]byte, error) { return ratificationEnum.MarshalText(r) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (r *Ratification) UnmarshalText(text []byte) error {
	return ratificationEnum.UnmarshalText(r, text)
}

// Stage is where an [Instrument] stands in its life, as PA-X codes the stage
// of an agreement. Only effective instruments ([Stage.Effective]) have ever
// bound anyone; a draft is never presented as in force. [Lapsed] is for an
// instrument whose end the sources record; one they show taking effect
// without saying whether it still holds is [TookEffect], never lapsed by
// inference.
//
// [Stage.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Stage means "not set" and is invalid, as for every enum of accord.
type Stage uint8

// The Stage values; the table below defines each one.
const (
	_ Stage = iota
	Proposed
	Draft
	Signed
	InForce
	Breached
	Lapsed
	TookEffect
)

var stageEnum = enum.New("Stage", map[Stage]enum.Value{
	Proposed:   {Name: "proposed", Doc: "an idea or option under discussion, without an agreed text"},
	Draft:      {Name: "draft", Doc: "a text negotiated or exchanged but never signed"},
	Signed:     {Name: "signed", Doc: "signed but not, or not yet, in force"},
	InForce:    {Name: "in-force", Doc: "in force and not known to have been broken"},
	Breached:   {Name: "breached", Doc: "it took effect and a party has broken it"},
	Lapsed:     {Name: "lapsed", Doc: "no longer in effect: ended, superseded or abandoned; an ended event records how"},
	TookEffect: {Name: "took-effect", Doc: "it was adopted, made or held and took effect; the sources do not say whether it is still in force, has ended or was broken"},
})

// String returns the wire name of s, or "Stage(n)" for an invalid value.
func (s Stage) String() string { return stageEnum.String(s) }

// IsValid reports whether s is one of the named values.
func (s Stage) IsValid() bool { return stageEnum.Valid(s) }

// Doc returns the codebook definition of s.
func (s Stage) Doc() string { return stageEnum.Doc(s) }

// ParseStage returns the Stage with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseStage(name string) (Stage, error) { return stageEnum.Parse(name) }

// Stages returns every valid Stage in declaration order.
func Stages() []Stage { return stageEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (s Stage) MarshalText() ([]byte, error) { return stageEnum.MarshalText(s) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (s *Stage) UnmarshalText(text []byte) error { return stageEnum.UnmarshalText(s, text) }

// Effective reports whether an instrument at stage s has taken effect
// (in force, breached, lapsed, or took effect with its present state not
// stated), as opposed to a proposal, draft or unratified signature.
func (s Stage) Effective() bool {
	return s == InForce || s == Breached || s == Lapsed || s == TookEffect
}
