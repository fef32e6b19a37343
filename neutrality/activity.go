package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Activity is something a state does, joins, accepts or receives that may or
// may not be compatible with its status: a membership, an agreement, a
// foreign presence on its soil, a kind of help to a belligerent, a limit on
// its own forces. [Rulebook.Check] judges an Activity against a [Status].
//
// [Activity.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Activity means "not set" and is invalid, as for every enum of accord.
type Activity uint8

// The Activity values; the table below defines each one.
const (
	_ Activity = iota
	AllianceMembership
	AllianceMembershipCourse
	EUMembership
	EUMutualAssistance
	EUActionsAgainstState
	DefenceAgreement
	ForeignMilitaryBase
	JointExercises
	ForeignTrainers
	MilitaryTransit
	RefuellingFacilities
	ArmsExports
	JointArmsProduction
	ReceivesMilitaryAssistance
	ReceivesSecurityGuarantee
	GuarantorMayIntervene
	GuarantorConsensus
	EconomicSanctions
	CondemnsAggression
	CollectiveSelfDefence
	WeaponsToVictim
	IntelligenceToVictim
	NonlethalAidToVictim
	WeaponsToBelligerent
	TerritoryForBelligerent
	LimitsOnOwnForces
	StrongArmedForces
	ThirdStateVetoOverExercises
	UNPeacekeeping
	GoodOffices
	UnionWithState
	Partition
	ArmsForNonAggression
	NuclearWeaponsStationing
	NuclearWeaponsTransit
)

var activityEnum = enum.New("Activity", map[Activity]enum.Value{
	AllianceMembership:          {Name: "alliance-membership", Doc: "belonging to a military alliance with a mutual-defence obligation, such as NATO"},
	AllianceMembershipCourse:    {Name: "alliance-membership-course", Doc: "a stated or constitutional course toward membership of a military alliance"},
	EUMembership:                {Name: "eu-membership", Doc: "membership of the European Union, with its common foreign and security policy"},
	EUMutualAssistance:          {Name: "eu-mutual-assistance", Doc: "the EU's mutual aid and assistance clause, Article 42(7) of the Treaty on European Union"},
	EUActionsAgainstState:       {Name: "eu-actions-against-state", Doc: "joining EU actions and decisions directed against a particular state"},
	DefenceAgreement:            {Name: "defence-agreement", Doc: "defence agreements and cooperation with other states short of a military alliance"},
	ForeignMilitaryBase:         {Name: "foreign-military-base", Doc: "a permanent foreign military base on the state's territory"},
	JointExercises:              {Name: "joint-exercises", Doc: "joint military exercises with foreign forces on the state's territory"},
	ForeignTrainers:             {Name: "foreign-trainers", Doc: "foreign military trainers and advisers on the state's territory"},
	MilitaryTransit:             {Name: "military-transit", Doc: "foreign military forces crossing the state's territory"},
	RefuellingFacilities:        {Name: "refuelling-facilities", Doc: "landing and refuelling facilities for foreign military aircraft"},
	ArmsExports:                 {Name: "arms-exports", Doc: "exports of weapons and ammunition to states that are not at war"},
	JointArmsProduction:         {Name: "joint-arms-production", Doc: "producing arms jointly with foreign manufacturers"},
	ReceivesMilitaryAssistance:  {Name: "receives-military-assistance", Doc: "receiving weapons, training, money or other military help from other states"},
	ReceivesSecurityGuarantee:   {Name: "receives-security-guarantee", Doc: "other states' commitment to defend the state, by force if need be, if it is attacked"},
	GuarantorMayIntervene:       {Name: "guarantor-may-intervene", Doc: "a guarantor's right to supervise the status or to intervene to enforce its own reading of it"},
	GuarantorConsensus:          {Name: "guarantor-consensus", Doc: "help under a guarantee only upon a decision agreed by all guarantors, so that any one of them can block it"},
	EconomicSanctions:           {Name: "economic-sanctions", Doc: "economic sanctions against a state that breaks international law"},
	CondemnsAggression:          {Name: "condemns-aggression", Doc: "political condemnation of a belligerent's unlawful use of force"},
	CollectiveSelfDefence:       {Name: "collective-self-defence", Doc: "using force in collective self-defence of another state that has been attacked"},
	WeaponsToVictim:             {Name: "weapons-to-victim", Doc: "supplying weapons to a belligerent that is the victim of aggression"},
	IntelligenceToVictim:        {Name: "intelligence-to-victim", Doc: "sharing intelligence with a belligerent that is the victim of aggression"},
	NonlethalAidToVictim:        {Name: "nonlethal-aid-to-victim", Doc: "nonlethal materiel and financial, political and humanitarian support for the victim of aggression"},
	WeaponsToBelligerent:        {Name: "weapons-to-belligerent", Doc: "supplying weapons or other military help to a party to an armed conflict that is not the victim of aggression, or where no victim is identified"},
	TerritoryForBelligerent:     {Name: "territory-for-belligerent", Doc: "letting a belligerent use the state's territory as a base for military operations"},
	LimitsOnOwnForces:           {Name: "limits-on-own-forces", Doc: "accepting caps on the size or equipment of the state's own armed forces"},
	StrongArmedForces:           {Name: "strong-armed-forces", Doc: "keeping armed forces able to defend the state's territory and its status"},
	ThirdStateVetoOverExercises: {Name: "third-state-veto-over-exercises", Doc: "giving a third state a veto over joint exercises with foreign states on the state's territory"},
	UNPeacekeeping:              {Name: "un-peacekeeping", Doc: "sending troops or observers to peacekeeping operations under a UN mandate, as Austria, Ireland and Switzerland have done as neutrals"},
	GoodOffices:                 {Name: "good-offices", Doc: "offering good offices, mediation or a venue for talks between parties to a dispute; Hague Convention I of 1907 (Article 3) says this is never an unfriendly act"},
	UnionWithState:              {Name: "union-with-another-state", Doc: "political or economic union with another state, as Austria's State Treaty of 1955 (Article 4, union with Germany) and Cyprus's Treaty of Guarantee of 1960 (Article I) forbid"},
	Partition:                   {Name: "partition", Doc: "dividing the state's territory between communities or states, as Cyprus's Treaty of Guarantee of 1960 (Article II) forbids anyone to promote"},
	ArmsForNonAggression:        {Name: "arms-for-non-aggression", Doc: "receiving arms from suppliers who ask in return for an assurance that they will not be used in aggression, as the Tripartite Declaration of 1950 required of Middle Eastern buyers"},
	NuclearWeaponsStationing:    {Name: "nuclear-weapons-stationing", Doc: "having nuclear weapons on the state's territory, its own or another state's (Treaty of Tlatelolco, Article 1)"},
	NuclearWeaponsTransit:       {Name: "nuclear-weapons-transit", Doc: "letting another state's nuclear weapons cross the state's territory, airspace or waters"},
})

// String returns the wire name of a, or "Activity(n)" for an invalid value.
func (a Activity) String() string { return activityEnum.String(a) }

// IsValid reports whether a is one of the named activities.
func (a Activity) IsValid() bool { return activityEnum.Valid(a) }

// Doc returns the codebook definition of a.
func (a Activity) Doc() string { return activityEnum.Doc(a) }

// ParseActivity returns the activity with the given wire name.
func ParseActivity(name string) (Activity, error) { return activityEnum.Parse(name) }

// Activities returns every valid activity in declaration order.
func Activities() []Activity { return activityEnum.Values() }

// MarshalText returns the wire name; an invalid activity is an error.
func (a Activity) MarshalText() ([]byte, error) { return activityEnum.MarshalText(a) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (a *Activity) UnmarshalText(b []byte) error { return activityEnum.UnmarshalText(a, b) }
