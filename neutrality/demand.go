package neutrality

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
	"slices"
)

// Direction is what a negotiating demand asks about an activity: that the
// state forbid it, accept it as a duty, or be allowed it.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Direction means
// "not set" and is invalid, as for every enum of accord.
type Direction uint8

// The Direction values; the table below defines each one.
const (
	_ Direction = iota
	Forbid
	Require
	Allow
)

var directionEnum = enum.New("Direction", map[Direction]enum.Value{
	Forbid:  {Name: "forbid", Doc: "the demand would rule the activity out"},
	Require: {Name: "require", Doc: "the demand would oblige the state to do or accept the activity"},
	Allow:   {Name: "allow", Doc: "the demand would expressly keep the activity open"},
})

// String returns the wire name of d, or "Direction(n)" for an invalid value.
func (d Direction) String() string { return directionEnum.String(d) }

// IsValid reports whether d is one of the named directions.
func (d Direction) IsValid() bool { return directionEnum.Valid(d) }

// ParseDirection returns the direction with the given wire name.
func ParseDirection(name string) (Direction, error) { return directionEnum.Parse(name) }

// Directions returns every valid direction in declaration order.
func Directions() []Direction { return directionEnum.Values() }

// MarshalText returns the wire name; an invalid direction is an error.
func (d Direction) MarshalText() ([]byte, error) { return directionEnum.MarshalText(d) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (d *Direction) UnmarshalText(b []byte) error { return directionEnum.UnmarshalText(d, b) }

// DemandStage is where in a negotiation a demand stood, so that a proposal
// is never mistaken for an agreed term.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero DemandStage means
// "not set" and is invalid, as for every enum of accord.
type DemandStage uint8

// The DemandStage values; the table below defines each one.
const (
	_ DemandStage = iota
	InTalks
	Communique
	EarlierDraft
	Draft
	LatestDraft
)

var demandStageEnum = enum.New("DemandStage", map[DemandStage]enum.Value{
	InTalks:      {Name: "in-talks", Doc: "raised in the talks; the source does not place it in a draft"},
	Communique:   {Name: "communique", Doc: "set out in a communiqué framing the talks"},
	EarlierDraft: {Name: "earlier-draft", Doc: "in earlier drafts and dropped from the latest one"},
	Draft:        {Name: "draft", Doc: "in a draft treaty; the source does not say which"},
	LatestDraft:  {Name: "latest-draft", Doc: "in the latest draft exchanged, which was never signed"},
})

// String returns the wire name of s, or "DemandStage(n)" for an invalid value.
func (s DemandStage) String() string { return demandStageEnum.String(s) }

// IsValid reports whether s is one of the named stages.
func (s DemandStage) IsValid() bool { return demandStageEnum.Valid(s) }

// ParseDemandStage returns the stage with the given wire name.
func ParseDemandStage(name string) (DemandStage, error) { return demandStageEnum.Parse(name) }

// DemandStages returns every valid stage in declaration order.
func DemandStages() []DemandStage { return demandStageEnum.Values() }

// MarshalText returns the wire name; an invalid stage is an error.
func (s DemandStage) MarshalText() ([]byte, error) { return demandStageEnum.MarshalText(s) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (s *DemandStage) UnmarshalText(b []byte) error { return demandStageEnum.UnmarshalText(s, b) }

// Demand is one term a party sought, about one activity, for the status
// under negotiation — for instance Russia's demand in the 2022 Istanbul
// talks to cap Ukraine's forces. A demand is a proposal, never a term in
// force; [Assess] says whether the status itself would require it.
type Demand struct {
	// ID is the record's stable slug.
	ID string `json:"id"`
	// By lists the actor ids of the parties that sought it.
	By []string `json:"by"`
	// Talks is the slug of the negotiation, such as "istanbul-2022".
	Talks string `json:"talks"`
	// Stage is where in the negotiation it stood.
	Stage DemandStage `json:"stage"`
	// Direction and Activity say what it asks: to forbid, require or allow
	// the activity.
	Direction Direction `json:"direction"`
	Activity  Activity  `json:"activity"`
	// Wording is the draft's own wording, where the source quotes it.
	Wording string `json:"wording,omitempty"`
	// Summary says in the coder's own words what was sought.
	Summary string `json:"summary"`
	// Evidence cites the source.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the demand.
func (d Demand) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), d.ID, "a slug such as "+"istanbul-2022-force-caps")...)
	if len(d.By) == 0 {
		errs = append(errs, accord.Required(path.Child("by"), "the actor ids of the parties that sought it"))
	}
	errs = append(errs, check.IDs(path.Child("by"), d.By, "an actor id")...)
	errs = append(errs, check.ID(path.Child("talks"), d.Talks, "a slug such as "+"istanbul-2022")...)
	errs = append(errs, check.Enum(path.Child("stage"), d.Stage, demandStageEnum)...)
	errs = append(errs, check.Enum(path.Child("direction"), d.Direction, directionEnum)...)
	errs = append(errs, check.Enum(path.Child("activity"), d.Activity, activityEnum)...)
	errs = append(errs, check.Text(path.Child("summary"), d.Summary, "what was sought, in the coder's own words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), d.Evidence)...)
	return errs
}

// Clone returns a deep copy of d.
func (d Demand) Clone() Demand {
	d.By = slices.Clone(d.By)
	d.Evidence = slices.Clone(d.Evidence)
	return d
}

// Reach is how a demand relates to what a status itself requires.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Reach means
// "not set" and is invalid, as for every enum of accord.
type Reach uint8

// The Reach values; the table below defines each one.
const (
	_ Reach = iota
	WithinStatus
	BeyondStatus
	AgainstStatus
	DependsOnDoctrine
	RequiredByStatus
	OutsideStatus
)

var reachEnum = enum.New("Reach", map[Reach]enum.Value{
	WithinStatus:      {Name: "within-status", Doc: "the status itself already provides what the demand asks (forbidding what it rules out, allowing what it allows or requires)"},
	BeyondStatus:      {Name: "beyond-status", Doc: "the demand asks more than the status requires"},
	AgainstStatus:     {Name: "against-status", Doc: "the demand asks for what the status rules out"},
	DependsOnDoctrine: {Name: "depends-on-doctrine", Doc: "the rule is contested and no doctrine was chosen"},
	RequiredByStatus:  {Name: "required-by-status", Doc: "the demand asks the state to do what the status itself obliges it to do, such as defending its neutrality, by arms if necessary"},
	OutsideStatus:     {Name: "outside-status", Doc: "the status does not bind in the context judged (the law of neutrality in peacetime), so it neither supports nor opposes the demand"},
})

// String returns the wire name of r, or "Reach(n)" for an invalid value.
func (r Reach) String() string { return reachEnum.String(r) }

// IsValid reports whether r is one of the named values.
func (r Reach) IsValid() bool { return reachEnum.Valid(r) }

// ParseReach returns the value with the given wire name.
func ParseReach(name string) (Reach, error) { return reachEnum.Parse(name) }

// Reaches returns every valid value in declaration order.
func Reaches() []Reach { return reachEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (r Reach) MarshalText() ([]byte, error) { return reachEnum.MarshalText(r) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (r *Reach) UnmarshalText(b []byte) error { return reachEnum.UnmarshalText(r, b) }

// Assess says how demand d relates to ruling f, the verdict of the status
// on d's activity:
//
//   - forbidding an activity the status rules out is within the status;
//     forbidding one it requires is against it; forbidding one it allows,
//     allows on a condition, or leaves open goes beyond it;
//   - requiring an activity the status requires is required by the status;
//     requiring one it rules out is against it; requiring anything else
//     goes beyond it;
//   - allowing an activity the status allows, requires or leaves open is
//     within it, allowing one it allows on a condition is within it on
//     that condition, and allowing one it rules out is against it;
//   - a ruling still Contested depends on the doctrine, and a ruling that
//     the status does not apply in the context ([NotApplicable]) leaves
//     every demand outside the status.
//
// A zero (not found) ruling or an invalid direction gives the zero Reach.
func Assess(d Demand, f Ruling) Reach {
	switch f.Verdict {
	case Contested:
		return DependsOnDoctrine
	case NotApplicable:
		if d.Direction.IsValid() {
			return OutsideStatus
		}
		return 0
	}
	if !f.Found() {
		return 0
	}
	switch d.Direction {
	case Forbid:
		switch f.Verdict {
		case Incompatible:
			return WithinStatus
		case Required:
			return AgainstStatus
		}
		return BeyondStatus
	case Require:
		switch f.Verdict {
		case Incompatible:
			return AgainstStatus
		case Required:
			return RequiredByStatus
		}
		return BeyondStatus
	case Allow:
		if f.Verdict == Incompatible {
			return AgainstStatus
		}
		return WithinStatus
	}
	return 0
}
