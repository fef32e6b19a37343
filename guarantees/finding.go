package guarantees

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
)

// Effect says whether a finding weakens or strengthens a guarantee.
//
// [Effect.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Effect means "not set" and is invalid, as for every enum of accord.
type Effect uint8

// The Effect values; the table below defines each one.
const (
	_ Effect = iota
	Weakness
	Strength
)

var effectEnum = enum.New("Effect", map[Effect]enum.Value{
	Weakness: {Name: "weakness", Doc: "the finding makes the guarantee worth less"},
	Strength: {Name: "strength", Doc: "the finding makes the guarantee worth more"},
})

// String returns the wire name of e, or "Effect(n)" for an invalid value.
func (e Effect) String() string { return effectEnum.String(e) }

// IsValid reports whether e is one of the named values.
func (e Effect) IsValid() bool { return effectEnum.Valid(e) }

// Doc returns the codebook definition of e.
func (e Effect) Doc() string { return effectEnum.Doc(e) }

// ParseEffect returns the Effect with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseEffect(name string) (Effect, error) { return effectEnum.Parse(name) }

// Effects returns every valid Effect in declaration order.
func Effects() []Effect { return effectEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (e Effect) MarshalText() ([]byte, error) { return effectEnum.MarshalText(e) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (e *Effect) UnmarshalText(text []byte) error { return effectEnum.UnmarshalText(e, text) }

// FindingKind names one weakness or strength that [Assess] can find. The
// catalogue of findings — each kind's effect, weight, one-line explanation
// and sources — is the table [Catalogue] returns; the CODEBOOK lists it
// too.
//
// [FindingKind.Doc] and seeds/CODEBOOK.md give each value's meaning. The
// zero FindingKind means "not set" and is invalid, as for every enum of
// accord.
type FindingKind uint8

// The findings, weaknesses first. Each constant's comment says when
// [Assess] reports it.
const (
	_ FindingKind = iota
	// NotInForce: the stage is proposed, draft or signed.
	NotInForce
	// AssuranceOnly: the kind is security-assurance.
	AssuranceOnly
	// NotLegallyBinding: binding is political or contested.
	NotLegallyBinding
	// Unratified: ratification is not-ratified.
	Unratified
	// LegislativeApprovalPending: ratification is pending, or the operative
	// clause is subject to legislative approval.
	LegislativeApprovalPending
	// NoEnforcement: the instrument has the trait no-enforcement.
	NoEnforcement
	// NoDutyToDefend: no clause obliges anyone to more than support.
	NoDutyToDefend
	// NarrowTrigger: the operative clause is set off only by nuclear
	// aggression.
	NarrowTrigger
	// DiscretionaryResponse: the operative clause leaves each guarantor to
	// do what it deems necessary.
	DiscretionaryResponse
	// VetoForGuarantor: the operative clause needs all guarantors to agree.
	VetoForGuarantor
	// AggressorAsGuarantor: in the context, a guarantor has attacked a
	// protected party.
	AggressorAsGuarantor
	// BreachedByGuarantor: a party that gives the commitment broke it.
	BreachedByGuarantor
	// NotHonoured: a guarantor failed to act when the case arose.
	NotHonoured
	// FailedToDeter: the attack it was meant to prevent happened (an event
	// failed-to-deter, or a breach by a state that gave no commitment).
	FailedToDeter
	// TerritorialCarveOut: the operative clause excludes territory.
	TerritorialCarveOut
	// NoTripwire: no guarantor forces are present and none are planned.
	NoTripwire
	// VagueTerms: the instrument has the trait vague-terms.
	VagueTerms
	// SoftLanguage: the instrument has the trait soft-language.
	SoftLanguage
	// DonorDependent: the instrument has the trait donor-dependent.
	DonorDependent
	// SupervisionRisk: it guarantees a neutral state and a commitment
	// clause lets guarantors act without the protected state's request
	// (invoker any-guarantor or on-trigger).
	SupervisionRisk
	// NeutralityConflict: checked against the neutrality rulebook, the
	// instrument would have the neutral protected state do something its
	// status rules out (verdict incompatible).
	NeutralityConflict
	// BeyondNeutrality: checked against the neutrality rulebook, the
	// instrument demands of the neutral state something its status does
	// not require (verdict not-required), such as caps on its forces.
	BeyondNeutrality
	// RatifiedTreaty: a legally binding treaty that was ratified.
	RatifiedTreaty
	// ForceObligation: the operative clause obliges guarantors to use force.
	ForceObligation
	// NamedMeasures: a force commitment that names measures beyond armed
	// force in general.
	NamedMeasures
	// ConsultationDeadline: consultations must end within a fixed time.
	ConsultationDeadline
	// InvitationOnly: guarantors act only at the protected state's request.
	InvitationOnly
	// ForcesOnGround: guarantor forces are present.
	ForcesOnGround
	// NuclearUmbrellaCover: the operative clause names a nuclear umbrella.
	NuclearUmbrellaCover
	// Honoured: a guarantor acted on it when the case arose.
	Honoured
	// ProvenDeterrent: it is credited with deterring attacks over time.
	ProvenDeterrent
	// FixedSupportFigures: the instrument has the trait fixed-figures.
	FixedSupportFigures
	// BroadGuarantors: at least four guarantor states that owe help under
	// the operative clause (support or more) and have not withdrawn;
	// parties that only respect the status or reserve a right do not count.
	BroadGuarantors
	// KnownQuantity: the instrument has the trait known-quantity.
	KnownQuantity
	// AttackOnAll: the operative clause declares an attack on one an
	// attack on all (casus attack-on-all).
	AttackOnAll
)

var findingKindEnum = enum.New("FindingKind", map[FindingKind]enum.Value{
	NotInForce:                 {Name: "not-in-force", Doc: "only a proposal, draft or unratified signature: it binds no one yet"},
	AssuranceOnly:              {Name: "assurance-only", Doc: "an assurance, worded on purpose to stop short of a promise to defend"},
	NotLegallyBinding:          {Name: "not-legally-binding", Doc: "a political promise whose force in law is nil or in doubt"},
	Unratified:                 {Name: "unratified", Doc: "no legislature ever approved it"},
	LegislativeApprovalPending: {Name: "legislative-approval-pending", Doc: "it still needs a legislature's approval, which may not come"},
	NoEnforcement:              {Name: "no-enforcement", Doc: "no one has the power or the mechanism to enforce it"},
	NoDutyToDefend:             {Name: "no-duty-to-defend", Doc: "no party is bound to defend the protected state with force"},
	NarrowTrigger:              {Name: "narrow-trigger", Doc: "help is promised only for a nuclear attack or threat, not for a conventional invasion"},
	DiscretionaryResponse:      {Name: "discretionary-response", Doc: "each guarantor does what it deems necessary; armed force is an option, not a duty"},
	VetoForGuarantor:           {Name: "veto-for-guarantor", Doc: "action needs every guarantor's consent, so any one of them can block it"},
	AggressorAsGuarantor:       {Name: "aggressor-as-guarantor", Doc: "a guarantor is itself the state that attacked the protected state"},
	BreachedByGuarantor:        {Name: "breached-by-guarantor", Doc: "a party that gave the commitment broke it"},
	NotHonoured:                {Name: "not-honoured", Doc: "when the case arose, guarantors did not act as promised"},
	FailedToDeter:              {Name: "failed-to-deter", Doc: "the attack it was meant to prevent happened anyway"},
	TerritorialCarveOut:        {Name: "territorial-carve-out", Doc: "parts of the protected state's territory are left outside the commitment"},
	NoTripwire:                 {Name: "no-tripwire", Doc: "no guarantor forces stand in the protected state to be drawn in by an attack"},
	VagueTerms:                 {Name: "vague-terms", Doc: "the terms are too vague to tell what anyone would do"},
	SoftLanguage:               {Name: "soft-language", Doc: "its promises are worded more softly than comparable ones"},
	DonorDependent:             {Name: "donor-dependent", Doc: "protection rests on continuing aid that donors may tire of"},
	SupervisionRisk:            {Name: "supervision-risk", Doc: "a guarantor of neutrality may act uninvited, claiming to supervise or enforce the neutrality"},
	NeutralityConflict:         {Name: "neutrality-conflict", Doc: "the neutral state would have to do something its neutrality rules out"},
	BeyondNeutrality:           {Name: "beyond-neutrality", Doc: "the neutral state is asked for more than its neutrality requires, a concession that buys no security"},
	RatifiedTreaty:             {Name: "ratified-treaty", Doc: "a legally binding treaty approved by the parties' legislatures"},
	ForceObligation:            {Name: "force-obligation", Doc: "guarantors are bound to act with armed force, not merely free to"},
	NamedMeasures:              {Name: "named-measures", Doc: "specific measures are written into a force commitment, leaving less room to do less"},
	ConsultationDeadline:       {Name: "consultation-deadline", Doc: "consultations must end within a fixed number of days, so they cannot stall action"},
	InvitationOnly:             {Name: "invitation-only", Doc: "guarantors act only on the protected state's official request, which shuts out uninvited intervention"},
	ForcesOnGround:             {Name: "forces-on-ground", Doc: "guarantor troops are stationed in the protected state, so an attack engages them at once"},
	NuclearUmbrellaCover:       {Name: "nuclear-umbrella", Doc: "a nuclear power extends its deterrent over the protected state"},
	Honoured:                   {Name: "honoured", Doc: "when tested, a guarantor went to war to keep its word"},
	ProvenDeterrent:            {Name: "proven-deterrent", Doc: "it is credited with deterring major attacks for a long time"},
	FixedSupportFigures:        {Name: "fixed-support-figures", Doc: "the support is fixed in exact amounts rather than left open"},
	BroadGuarantors:            {Name: "broad-guarantors", Doc: "at least four states guarantee it together"},
	KnownQuantity:              {Name: "known-quantity", Doc: "an established alliance whose forces and resolve an aggressor already has to reckon with"},
	AttackOnAll:                {Name: "attack-on-all", Doc: "the parties count an attack on one as an attack on all, so the duty to act arises at once, whatever means each then chooses"},
})

// String returns the wire name of f, or "FindingKind(n)" for an invalid value.
func (f FindingKind) String() string { return findingKindEnum.String(f) }

// IsValid reports whether f is one of the named values.
func (f FindingKind) IsValid() bool { return findingKindEnum.Valid(f) }

// Doc returns the codebook definition of f.
func (f FindingKind) Doc() string { return findingKindEnum.Doc(f) }

// ParseFindingKind returns the FindingKind with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseFindingKind(name string) (FindingKind, error) { return findingKindEnum.Parse(name) }

// FindingKinds returns every valid FindingKind in declaration order.
func FindingKinds() []FindingKind { return findingKindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (f FindingKind) MarshalText() ([]byte, error) { return findingKindEnum.MarshalText(f) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (f *FindingKind) UnmarshalText(text []byte) error { return findingKindEnum.UnmarshalText(f, text) }

// Effect returns whether findings of kind k weaken or strengthen.
func (k FindingKind) Effect() Effect { return catalogueEntry(k).effect }

// Weight returns the points a finding of kind k adds to (strengths) or
// takes from (weaknesses) an [Assessment]'s score.
func (k FindingKind) Weight() int { return catalogueEntry(k).weight }

// Explanation returns the one-line explanation of k, in accord's words.
func (k FindingKind) Explanation() string { return k.Doc() }

// Sources returns the citations behind k: where the articles make the
// point the finding rests on.
func (k FindingKind) Sources() []accord.Citation {
	return slices.Clone(catalogueEntry(k).sources)
}

type catalogueRow struct {
	effect  Effect
	weight  int
	sources []accord.Citation
}

func catalogueEntry(k FindingKind) catalogueRow {
	if !k.IsValid() {
		return catalogueRow{}
	}
	return catalogue[k]
}

// CatalogueEntry is one row of the findings catalogue.
type CatalogueEntry struct {
	Kind        FindingKind
	Effect      Effect
	Weight      int
	Explanation string
	Sources     []accord.Citation
}

// Catalogue returns the findings catalogue: every [FindingKind] with its
// effect, weight, explanation and sources, in declaration order.
func Catalogue() []CatalogueEntry {
	out := make([]CatalogueEntry, 0, len(catalogue)-1)
	for _, k := range FindingKinds() {
		out = append(out, CatalogueEntry{Kind: k, Effect: k.Effect(), Weight: k.Weight(), Explanation: k.Explanation(), Sources: k.Sources()})
	}
	return out
}

const (
	hiia      = "hiia-security-guarantees"
	lawfare   = "lawfare-armed-neutrality"
	rusi      = "rusi-neutrality-chimera"
	zelenskyy = "zelenskyy-army-limits-report"
)

func cite(doc, anchor, note string) accord.Citation {
	return accord.Citation{Doc: doc, Anchor: anchor, Note: note}
}

// catalogue holds each finding's effect, weight and sources. Weights are
// points on the same scale as the obligation base (see [Assess]): a
// weakness that can cancel a guarantee outright (a veto for the
// aggressor) weighs as much as the gap between a discretionary and an
// obligatory commitment several times over.
var catalogue = [...]catalogueRow{
	NotInForce: {Weakness, -4, []accord.Citation{
		cite(lawfare, "Ukraine's Western partners were unwilling to agree to such security guarantees", "the Istanbul guarantees never bound anyone because the would-be guarantors did not sign"),
		cite(hiia, "Any new guarantee, whether a mere political statement or an unratified promise", "")}},
	AssuranceOnly: {Weakness, -2, []accord.Citation{
		cite(hiia, "U.S. negotiators deliberately avoided the word", "the Budapest text chose assurances over a guarantee")}},
	NotLegallyBinding: {Weakness, -3, []accord.Citation{
		cite(hiia, "Ukraine received political promises in lieu of a defense treaty", "")}},
	Unratified: {Weakness, -2, []accord.Citation{
		cite(hiia, "never ratified by the parliaments of the participating countries", "")}},
	LegislativeApprovalPending: {Weakness, -2, []accord.Citation{
		cite(hiia, "likely require congressional approval in the United States, which is uncertain", "")}},
	NoEnforcement: {Weakness, -3, []accord.Citation{
		cite(hiia, "due to a lack of enforcement power", "the League of Nations in the 1930s"),
		cite(hiia, "ambiguous guarantees without enforcement are a sure path to disaster", "")}},
	NoDutyToDefend: {Weakness, -2, []accord.Citation{
		cite(hiia, "since they had never actually committed to defend Ukraine with force", "")}},
	NarrowTrigger: {Weakness, -2, []accord.Citation{
		cite(hiia, "promises of assistance if threatened or attacked with nuclear weapons", "Russia's 2014 and 2022 attacks were conventional, so the promise never applied")}},
	DiscretionaryResponse: {Weakness, -2, []accord.Citation{
		cite(lawfare, "requires NATO members to take only those actions that they", "NATO's Article 5: each ally does what it deems necessary")}},
	VetoForGuarantor: {Weakness, -4, []accord.Citation{
		cite(lawfare, "essentially giving it the veto over military assistance to Ukraine", "the Russian revision of Istanbul Article 5")}},
	AggressorAsGuarantor: {Weakness, -5, []accord.Citation{
		cite(rusi, "aggressor cannot credibly guarantee the neutrality of a country", "")}},
	BreachedByGuarantor: {Weakness, -4, []accord.Citation{
		cite(hiia, "Russia, one of the signatories, breached the memorandum", "")}},
	NotHonoured: {Weakness, -4, []accord.Citation{
		cite(lawfare, "interpreting its way out of the neutrality guarantees", "Britain and Luxembourg in 1914"),
		cite(hiia, "responded with diplomatic protest and sanctions but no military intervention", "the United States and Britain after 2014")}},
	FailedToDeter: {Weakness, -3, []accord.Citation{
		cite(hiia, "did not deter Nazi Germany's attack", "the 1939 guarantee to Poland")}},
	TerritorialCarveOut: {Weakness, -2, []accord.Citation{
		cite(lawfare, "would not apply to Crimea and certain areas of the Luhansk", "")}},
	NoTripwire: {Weakness, -2, []accord.Citation{
		cite(hiia, "lack an automatic tripwire to bring allies to its defense", "")}},
	VagueTerms: {Weakness, -2, []accord.Citation{
		cite(hiia, "so vague it's very hard to take seriously", "")}},
	SoftLanguage: {Weakness, -1, []accord.Citation{
		cite(lawfare, "the U.S.-Ukraine agreement contains the softest language", "")}},
	DonorDependent: {Weakness, -1, []accord.Citation{
		cite(hiia, "requires donor appetite, which could wane over time", "")}},
	SupervisionRisk: {Weakness, -1, []accord.Citation{
		cite(lawfare, "fearing that they may imply their right of supervision or even intervention", "why Switzerland declined direct guarantees")}},
	NeutralityConflict: {Weakness, -3, []accord.Citation{
		cite(lawfare, "calibrated to Ukraine's neutral or nonalignment status by excluding incompatible provisions", "")}},
	BeyondNeutrality: {Weakness, -1, []accord.Citation{
		cite(lawfare, "exceed these requirements and even contradict the concept of permanent neutrality", "")}},
	RatifiedTreaty: {Strength, 3, []accord.Citation{
		cite(lawfare, "legally binding treaties ratified by the partners' parliaments", ""),
		cite(hiia, "not a ratified defense guarantee", "what Ukraine did not get in 1994")}},
	ForceObligation: {Strength, 1, []accord.Citation{
		cite(lawfare, "oblige the guarantors to come to Ukraine's defense with their armed forces", "")}},
	NamedMeasures: {Strength, 1, []accord.Citation{
		cite(lawfare, "including closing the airspace over Ukraine, the provision of the necessary weapons", "")}},
	ConsultationDeadline: {Strength, 1, []accord.Citation{
		cite(lawfare, "which shall be held within no more than three days", "")}},
	InvitationOnly: {Strength, 1, []accord.Citation{
		cite(lawfare, "conditioning the invocation of security guarantees on Ukraine's invitation", "")}},
	ForcesOnGround: {Strength, 3, []accord.Citation{
		cite(hiia, "permanent deployments of U.S. troops", "")}},
	NuclearUmbrellaCover: {Strength, 2, []accord.Citation{
		cite(hiia, "and the nuclear umbrella, which have successfully deterred", "")}},
	Honoured: {Strength, 3, []accord.Citation{
		cite(lawfare, "entered World War I to protect Belgium's neutrality", "")}},
	ProvenDeterrent: {Strength, 3, []accord.Citation{
		cite(hiia, "successfully deterred major attacks for decades", "")}},
	FixedSupportFigures: {Strength, 1, []accord.Citation{
		cite(lawfare, "contain exact figures of support akin to the U.S.-Israel MoU", "")}},
	BroadGuarantors: {Strength, 1, []accord.Citation{
		cite(hiia, "granted by a wide range of the most powerful countries", "")}},
	KnownQuantity: {Strength, 3, []accord.Citation{
		cite(lawfare, `unlike NATO, they are not a "known quantity"`, "what bespoke guarantees lack and NATO has"),
		cite(lawfare, "would not involve the same level of military resources and signaling", "")}},
	AttackOnAll: {Strength, 1, []accord.Citation{
		cite(zelenskyy, "an attack on one member is considered an attack on all members", "NATO's Article 5")}},
}
