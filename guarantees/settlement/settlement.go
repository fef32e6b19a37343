package settlement

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
)

// Settlement is a package of terms that could end the war: the protected
// state's status, the guarantees it receives, its force posture, any foreign
// presence on its territory, the terms for each contested region, and the
// order in which the war is ended. Every component is optional; a component
// left zero means the package says nothing about it, and [Evaluate] then
// leaves the issues it would touch alone.
//
// A Settlement is always a proposal: Stage and Modality say how far it got
// and in whose voice, and neither has a value meaning "in force".
//
// A Settlement is a plain value; its methods never modify it. The zero
// Settlement is invalid.
type Settlement struct {
	// ID is the stable slug of the package ("istanbul-2022").
	ID string `json:"id"`
	// Name is a short English label.
	Name string `json:"name"`
	// Protected is the actor id of the state whose security the package
	// settles ("ukraine").
	Protected string `json:"protected"`
	// Stage says how far the package got.
	Stage Stage `json:"stage"`
	// Modality says whose voice the package is in.
	Modality Modality `json:"modality"`
	// ProposedBy lists the actor ids of those who put it forward.
	ProposedBy []string `json:"proposed_by,omitempty"`
	// Date is when it was put forward, at the sources' precision.
	Date accord.Date `json:"date,omitzero"`
	// Variant of names the package this one varies (the Istanbul package
	// with a party's revision adopted varies the base package).
	VariantOf string `json:"variant_of,omitempty"`
	// Status is the protected state's status under the package.
	Status StatusTerm `json:"status,omitzero"`
	// Guarantees are the security instruments the package includes.
	Guarantees []GuaranteeTerm `json:"guarantees,omitempty"`
	// Forces is the protected state's force posture.
	Forces ForcePosture `json:"forces,omitzero"`
	// Presence is the foreign military presence on its territory.
	Presence ForeignPresence `json:"presence,omitzero"`
	// Territory holds the terms for each contested region, one per region.
	Territory []TerritorialTerm `json:"territory,omitempty"`
	// Sequencing says whether a ceasefire comes first.
	Sequencing Sequencing `json:"sequencing,omitzero"`
	// Summary says in the coder's own words what the package is.
	Summary string `json:"summary"`
	// Evidence cites the articles that discuss it.
	Evidence []accord.Citation `json:"evidence"`
}

// StatusTerm is the status a package gives the protected state: its kind
// (in the vocabulary of package neutrality), whether it is armed, what it
// rests on, who guarantees, recognises or endorses it, and what its own
// instrument expressly allows or forbids.
type StatusTerm struct {
	// Kind is the kind of status; neutral-in-war is not a settlement term.
	Kind neutrality.Kind `json:"kind"`
	// Armament says whether the status is armed; zero when unstated.
	Armament neutrality.Armament `json:"armament,omitzero"`
	// Bases lists what the status would rest on.
	Bases []neutrality.Basis `json:"bases,omitempty"`
	// GuaranteedBy lists the actor ids that would guarantee the status.
	GuaranteedBy []string `json:"guaranteed_by,omitempty"`
	// RecognisedBy lists the actor ids that would recognise it.
	RecognisedBy []string `json:"recognised_by,omitempty"`
	// EndorsedBy lists the international bodies that would endorse it
	// from outside (the UN Security Council, the General Assembly).
	EndorsedBy []string `json:"endorsed_by,omitempty"`
	// Allows and Forbids are activities the status's instrument would
	// expressly allow or forbid, overriding the rulebook.
	Allows  []neutrality.Activity `json:"allows,omitempty"`
	Forbids []neutrality.Activity `json:"forbids,omitempty"`
	// Note is the coder's remark.
	Note string `json:"note,omitempty"`
	// Evidence cites the articles that give this term.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// IsZero reports whether the package says nothing about the status.
func (t StatusTerm) IsZero() bool {
	return t.Kind == 0 && t.Armament == 0 && len(t.Bases) == 0 && len(t.GuaranteedBy) == 0 &&
		len(t.RecognisedBy) == 0 && len(t.EndorsedBy) == 0 && len(t.Allows) == 0 &&
		len(t.Forbids) == 0 && t.Note == "" && len(t.Evidence) == 0
}

// Status returns the term as a proposed [neutrality.Status] of state,
// for [neutrality.Rulebook.Check].
func (t StatusTerm) Status(id, state string) neutrality.Status {
	s := neutrality.Status{
		ID: id, State: state, Kind: t.Kind, Stage: neutrality.Proposed,
		Bases: slices.Clone(t.Bases), GuaranteedBy: slices.Clone(t.GuaranteedBy),
		RecognisedBy: slices.Clone(t.RecognisedBy), Armament: t.Armament,
		Allows: slices.Clone(t.Allows), Forbids: slices.Clone(t.Forbids),
		Summary: t.Note, Evidence: slices.Clone(t.Evidence),
	}
	switch t.Kind {
	case neutrality.PermanentNeutrality, neutrality.Neutralisation, neutrality.NeutralityPolicy:
		s.Postures = []neutrality.Posture{neutrality.StayNeutral, neutrality.StayOutOfBlocs}
	case neutrality.NonAlignment:
		s.Postures = []neutrality.Posture{neutrality.StayOutOfBlocs}
	case neutrality.AllianceMember, neutrality.AllianceAspirant:
		s.Postures = []neutrality.Posture{neutrality.JoinAlliance}
	}
	return s
}

// GuaranteeTerm is one security instrument in a package: a reference to a
// coded instrument (with the revisions the package adopts) or an inline
// instrument for a guarantee no source has coded. Exactly one of
// Instrument and Inline is set.
type GuaranteeTerm struct {
	// Instrument is the id of a coded instrument.
	Instrument string `json:"instrument,omitempty"`
	// Adopt lists the ids of the instrument's revisions the package adopts;
	// revisions not listed are not part of it.
	Adopt []string `json:"adopt,omitempty"`
	// Inline is an instrument written into the package itself.
	Inline *guarantees.Instrument `json:"inline,omitempty"`
	// Note is the coder's remark.
	Note string `json:"note,omitempty"`
	// Evidence cites the articles that put the instrument in the package.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// Ref returns the instrument id the term refers to, or the inline
// instrument's id.
func (g GuaranteeTerm) Ref() string {
	if g.Inline != nil {
		return g.Inline.ID
	}
	return g.Instrument
}

// ForcePosture is what a package does about the protected state's own
// armed forces.
type ForcePosture struct {
	// Limits says whether the forces are capped.
	Limits Limit `json:"limits"`
	// Caps are the ceilings, one per quantity; required when capped.
	Caps []Cap `json:"caps,omitempty"`
	// Note is the coder's remark.
	Note string `json:"note,omitempty"`
	// Evidence cites the articles that give the posture.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// IsZero reports whether the package says nothing about force levels.
func (f ForcePosture) IsZero() bool {
	return f.Limits == 0 && len(f.Caps) == 0 && f.Note == "" && len(f.Evidence) == 0
}

// Cap is a ceiling on one quantity of the protected state's forces: 85,000
// personnel, 342 tanks. AtMost is the figure; a cap without one is an
// error ([ErrCapWithoutFigure]).
type Cap struct {
	// Quantity is what is counted, as in [actors.StatedFigure] ("personnel").
	Quantity string `json:"quantity"`
	// AtMost is the ceiling.
	AtMost float64 `json:"at_most"`
	// Unit is the unit, as in [actors.StatedFigure] ("troops", "tanks").
	Unit string `json:"unit"`
	// ProposedBy is the actor id whose figure this is.
	ProposedBy string `json:"proposed_by,omitempty"`
	// Evidence cites the article that gives the figure.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// Figure returns the cap as an [actors.StatedFigure] with bound at-most.
func (c Cap) Figure() actors.StatedFigure {
	return actors.StatedFigure{Quantity: c.Quantity, Bound: actors.AtMost, Value: c.AtMost, Unit: c.Unit}
}

// ForeignPresence is the foreign military presence a package provides for, and
// the kinds of presence it expressly rules out.
type ForeignPresence struct {
	// Deployments are the foreign forces the package provides for.
	Deployments []Deployment `json:"deployments,omitempty"`
	// Excludes lists the kinds of deployment the package rules out.
	Excludes []DeploymentKind `json:"excludes,omitempty"`
	// Note is the coder's remark.
	Note string `json:"note,omitempty"`
	// Evidence cites the articles that give the terms.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// IsZero reports whether the package says nothing about foreign presence.
func (p ForeignPresence) IsZero() bool {
	return len(p.Deployments) == 0 && len(p.Excludes) == 0 && p.Note == "" && len(p.Evidence) == 0
}

// Deployment is one foreign force on (or, for air support, over) the
// protected state's territory: its kind, the mandate it serves under,
// whose consent it needs, and which states or groupings supply it.
type Deployment struct {
	// Kind is what the force is.
	Kind DeploymentKind `json:"kind"`
	// Mandate is the authority it operates under; required for
	// peacekeepers ([ErrNoMandate]).
	Mandate Mandate `json:"mandate,omitzero"`
	// ConsentOf lists the actor ids whose consent the deployment needs.
	ConsentOf []string `json:"consent_of,omitempty"`
	// Contributors lists the actor ids of the states, groupings or
	// organisations that would supply the force; required for ground
	// forces ([ErrNoContributors]). Peacekeepers may leave it open, as a
	// mandate can.
	Contributors []string `json:"contributors,omitempty"`
	// Duration says whether the force would stay.
	Duration Duration `json:"duration,omitzero"`
	// Note is the coder's remark.
	Note string `json:"note,omitempty"`
	// Evidence cites the article that proposes the deployment.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// onGround reports whether the deployment puts foreign personnel on the
// territory.
func (d Deployment) onGround() bool {
	switch d.Kind {
	case Peacekeepers, GroundForces, Trainers:
		return true
	}
	return false
}

// TerritorialTerm is what a package does about one contested region.
type TerritorialTerm struct {
	// Region is the region's slug ("crimea", "donetsk-oblast"), as in
	// [guarantees.Exclusion].
	Region string `json:"region"`
	// Treatment is what happens to it.
	Treatment Treatment `json:"treatment"`
	// YearsMin and YearsMax are the period of talks for a deferred region
	// (10 and 15 for Crimea in the Istanbul communiqué); YearsMax may be
	// left zero for a single figure.
	YearsMin int `json:"years_min,omitempty"`
	YearsMax int `json:"years_max,omitempty"`
	// Note is the coder's remark.
	Note string `json:"note,omitempty"`
	// Evidence cites the article that gives the term.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// Clone returns a deep copy of s that shares no memory with it.
//
// The copies of its ids and citations are runs of two arrays, each run
// clipped to its length, so that appending to one never writes into
// another: a copy costs a few allocations however many fields it has.
func (s Settlement) Clone() Settlement {
	c := s
	c.Status.Bases = slices.Clone(s.Status.Bases)
	c.Status.Allows = slices.Clone(s.Status.Allows)
	c.Status.Forbids = slices.Clone(s.Status.Forbids)
	c.Guarantees = slices.Clone(s.Guarantees)
	for i := range c.Guarantees {
		if g := &c.Guarantees[i]; g.Inline != nil {
			in := g.Inline.Clone()
			g.Inline = &in
		}
	}
	c.Forces.Caps = slices.Clone(s.Forces.Caps)
	c.Presence.Deployments = slices.Clone(s.Presence.Deployments)
	c.Presence.Excludes = slices.Clone(s.Presence.Excludes)
	c.Territory = slices.Clone(s.Territory)
	var nc, ni int
	c.eachList(func(l *[]accord.Citation) { nc += len(*l) }, func(l *[]string) { ni += len(*l) })
	cites := make([]accord.Citation, 0, nc)
	ids := make([]string, 0, ni)
	c.eachList(func(l *[]accord.Citation) { cites, *l = copyInto(cites, *l) }, func(l *[]string) { ids, *l = copyInto(ids, *l) })
	return c
}

// copyInto appends l to slab and returns the slab and the copy, clipped;
// nil stays nil and an empty list stays empty, as [slices.Clone] has them.
func copyInto[E any](slab, l []E) ([]E, []E) {
	if len(l) == 0 {
		return slab, l[:0:0]
	}
	n := len(slab)
	slab = append(slab, l...)
	return slab, slab[n:len(slab):len(slab)]
}

// eachList gives each list of citations and of ids in s to cites and ids.
func (s *Settlement) eachList(cites func(*[]accord.Citation), ids func(*[]string)) {
	ids(&s.ProposedBy)
	ids(&s.Status.GuaranteedBy)
	ids(&s.Status.RecognisedBy)
	ids(&s.Status.EndorsedBy)
	cites(&s.Status.Evidence)
	for i := range s.Guarantees {
		ids(&s.Guarantees[i].Adopt)
		cites(&s.Guarantees[i].Evidence)
	}
	for i := range s.Forces.Caps {
		cites(&s.Forces.Caps[i].Evidence)
	}
	cites(&s.Forces.Evidence)
	for i := range s.Presence.Deployments {
		d := &s.Presence.Deployments[i]
		ids(&d.ConsentOf)
		ids(&d.Contributors)
		cites(&d.Evidence)
	}
	cites(&s.Presence.Evidence)
	for i := range s.Territory {
		cites(&s.Territory[i].Evidence)
	}
	cites(&s.Evidence)
}

func (t StatusTerm) clone() StatusTerm {
	c := t
	c.Bases = slices.Clone(t.Bases)
	c.GuaranteedBy = slices.Clone(t.GuaranteedBy)
	c.RecognisedBy = slices.Clone(t.RecognisedBy)
	c.EndorsedBy = slices.Clone(t.EndorsedBy)
	c.Allows = slices.Clone(t.Allows)
	c.Forbids = slices.Clone(t.Forbids)
	c.Evidence = slices.Clone(t.Evidence)
	return c
}

func (g GuaranteeTerm) clone() GuaranteeTerm {
	c := g
	c.Adopt = slices.Clone(g.Adopt)
	c.Evidence = slices.Clone(g.Evidence)
	if g.Inline != nil {
		in := g.Inline.Clone()
		c.Inline = &in
	}
	return c
}

func (f ForcePosture) clone() ForcePosture {
	c := f
	c.Caps = slices.Clone(f.Caps)
	for i := range c.Caps {
		c.Caps[i].Evidence = slices.Clone(c.Caps[i].Evidence)
	}
	c.Evidence = slices.Clone(f.Evidence)
	return c
}

func (p ForeignPresence) clone() ForeignPresence {
	c := p
	c.Deployments = slices.Clone(p.Deployments)
	for i := range c.Deployments {
		d := &c.Deployments[i]
		d.ConsentOf = slices.Clone(d.ConsentOf)
		d.Contributors = slices.Clone(d.Contributors)
		d.Evidence = slices.Clone(d.Evidence)
	}
	c.Excludes = slices.Clone(p.Excludes)
	c.Evidence = slices.Clone(p.Evidence)
	return c
}
