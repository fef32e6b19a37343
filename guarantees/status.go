package guarantees

import "github.com/accordmodel/accord/internal/enum"

// Kind says what sort of commitment an [Instrument] makes, in the spirit
// of ATOP's obligation types. The zero Kind is invalid.
type Kind uint8

const (
	_ Kind = iota
	// DefencePact: the parties promise to defend one another, or the
	// protected state, against attack.
	DefencePact
	// SecurityGuarantee: guarantors who are not the protected state's allies
	// promise to come to its help if it is attacked.
	SecurityGuarantee
	// SecurityAssurance: promises to respect a state and to seek help for
	// it, deliberately short of a pledge to defend it.
	SecurityAssurance
	// NeutralityGuarantee: powers recognise a state's permanent neutrality
	// and guarantee its independence or territory in return.
	NeutralityGuarantee
	// NeutralitySettlement: an agreement that establishes or recognises a
	// state's permanent neutrality, with or without a guarantee.
	NeutralitySettlement
	// CollectiveSecurity: the members of an organisation promise joint
	// action against any aggressor among or against them.
	CollectiveSecurity
	// Principles: a declaration of shared principles such as
	// non-aggression and respect for borders.
	Principles
	// AssistanceFramework: promises of military and economic aid that build
	// up the protected state's own defence, without a pledge to fight.
	AssistanceFramework
	// SelfDefenceRight: a rule that permits states to defend themselves and
	// others and obliges no one to help.
	SelfDefenceRight
)

var kindEnum = enum.New[Kind]("Kind",
	enum.Value{Name: "defence-pact", Doc: "the parties promise to defend one another, or the protected state, against attack"},
	enum.Value{Name: "security-guarantee", Doc: "guarantors who are not the protected state's allies promise to come to its help if it is attacked"},
	enum.Value{Name: "security-assurance", Doc: "promises to respect a state and to seek help for it, deliberately short of a pledge to defend it"},
	enum.Value{Name: "neutrality-guarantee", Doc: "powers recognise a state's permanent neutrality and guarantee its independence or territory in return"},
	enum.Value{Name: "neutrality-settlement", Doc: "an agreement that establishes or recognises a state's permanent neutrality, with or without a guarantee"},
	enum.Value{Name: "collective-security", Doc: "the members of an organisation promise joint action against any aggressor"},
	enum.Value{Name: "principles", Doc: "a declaration of shared principles such as non-aggression and respect for borders"},
	enum.Value{Name: "assistance-framework", Doc: "promises of military and economic aid that build up the protected state's own defence, without a pledge to fight"},
	enum.Value{Name: "self-defence-right", Doc: "a rule that permits states to defend themselves and others and obliges no one to help"},
)

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

// Form is the kind of document an [Instrument] is. The zero Form is invalid.
type Form uint8

const (
	_ Form = iota
	// Treaty: a written agreement between states governed by international law.
	Treaty
	// Memorandum: a memorandum of understanding or of assurances.
	Memorandum
	// Communique: a joint text recording the outcome of talks.
	Communique
	// Declaration: a joint political declaration or final act.
	Declaration
	// ExecutiveAgreement: an agreement concluded by governments without
	// submitting it to their legislatures.
	ExecutiveAgreement
	// UnilateralStatement: a guarantee or promise one or more states make
	// in their own statement, not in an agreement with the protected state.
	UnilateralStatement
	// PolicyOption: an option under discussion that has no agreed text.
	PolicyOption
)

var formEnum = enum.New[Form]("Form",
	enum.Value{Name: "treaty", Doc: "a written agreement between states governed by international law"},
	enum.Value{Name: "memorandum", Doc: "a memorandum of understanding or of assurances"},
	enum.Value{Name: "communique", Doc: "a joint text recording the outcome of talks"},
	enum.Value{Name: "declaration", Doc: "a joint political declaration or final act"},
	enum.Value{Name: "executive-agreement", Doc: "an agreement concluded by governments without submitting it to their legislatures"},
	enum.Value{Name: "unilateral-statement", Doc: "a guarantee or promise made in a state's own statement rather than in an agreement with the protected state"},
	enum.Value{Name: "policy-option", Doc: "an option under discussion that has no agreed text"},
)

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
// and proposals it is the force the text would have. The zero value is
// invalid.
type Binding uint8

const (
	_ Binding = iota
	// LegallyBinding: an obligation under international law.
	LegallyBinding
	// PoliticallyBinding: a political commitment that binds no one in law.
	PoliticallyBinding
	// ContestedBinding: the sources doubt or dispute whether it binds in law.
	ContestedBinding
	// BindingNotStated: the sources do not say.
	BindingNotStated
)

var bindingEnum = enum.New[Binding]("Binding",
	enum.Value{Name: "legal", Doc: "an obligation under international law"},
	enum.Value{Name: "political", Doc: "a political commitment that binds no one in law"},
	enum.Value{Name: "contested", Doc: "the sources doubt or dispute whether it binds in law"},
	enum.Value{Name: "not-stated", Doc: "the sources do not say"},
)

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
// [Instrument]. The zero value is invalid; "not-stated" records that the
// sources are silent, so that silence is never coded as "no".
type Ratification uint8

const (
	_ Ratification = iota
	// Ratified: approved by the parties' legislatures.
	Ratified
	// NotRatified: concluded but never approved by the legislatures.
	NotRatified
	// ApprovalPending: legislative approval is or would be required and has
	// not been given.
	ApprovalPending
	// NotRequired: a form that takes effect without legislative approval.
	NotRequired
	// RatificationNotStated: the sources do not say.
	RatificationNotStated
)

var ratificationEnum = enum.New[Ratification]("Ratification",
	enum.Value{Name: "ratified", Doc: "approved by the parties' legislatures"},
	enum.Value{Name: "not-ratified", Doc: "concluded but never approved by the parties' legislatures"},
	enum.Value{Name: "pending", Doc: "legislative approval is or would be required and has not been given"},
	enum.Value{Name: "not-required", Doc: "a form that takes effect without legislative approval"},
	enum.Value{Name: "not-stated", Doc: "the sources do not say"},
)

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

// Stage is where an [Instrument] stands in its life, as PA-X codes the
// stage of an agreement. Only [InForce] and [Breached] instruments have
// ever bound anyone; a draft is never presented as in force. The zero
// value is invalid.
type Stage uint8

const (
	_ Stage = iota
	// Proposed: an idea or option under discussion, without an agreed text.
	Proposed
	// Draft: a text negotiated or exchanged but never signed.
	Draft
	// Signed: signed but not (or not yet) in force.
	Signed
	// InForce: in force and not known to have been broken.
	InForce
	// Breached: it took effect and a party has broken it.
	Breached
	// Lapsed: no longer in effect: ended, superseded or abandoned.
	Lapsed
)

var stageEnum = enum.New[Stage]("Stage",
	enum.Value{Name: "proposed", Doc: "an idea or option under discussion, without an agreed text"},
	enum.Value{Name: "draft", Doc: "a text negotiated or exchanged but never signed"},
	enum.Value{Name: "signed", Doc: "signed but not, or not yet, in force"},
	enum.Value{Name: "in-force", Doc: "in force and not known to have been broken"},
	enum.Value{Name: "breached", Doc: "it took effect and a party has broken it"},
	enum.Value{Name: "lapsed", Doc: "no longer in effect: ended, superseded or abandoned"},
)

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
// (in force, breached or lapsed), as opposed to a proposal, draft or
// unratified signature.
func (s Stage) Effective() bool { return s == InForce || s == Breached || s == Lapsed }
