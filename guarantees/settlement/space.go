package settlement

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Space is the set of packages spanned by the components of a list of
// options: one [Dimension] per component (status, guarantees, forces,
// presence, one per contested region, sequencing), each with the distinct
// alternatives the options propose for it. A package of the space picks
// one alternative in every dimension. Build one with [NewSpace]; a Space is
// immutable.
type Space struct {
	protected string
	dims      []Dimension
	// cites holds the first citation of each option, for composed
	// packages' evidence.
	cites map[string]accord.Citation
}

// Dimension is one component of a package and the alternatives the options
// propose for it.
type Dimension struct {
	// Name is "status", "guarantees", "forces", "presence",
	// "territory:<region>" or "sequencing".
	Name string
	// Alternatives are the distinct values, in the order the options first
	// propose them.
	Alternatives []Choice
}

// Choice is one value of a dimension: a label, the ids of the options
// that propose it, and the value itself (a Settlement with only that
// component set).
type Choice struct {
	Label string
	From  []string
	part  Settlement
}

// Part returns a copy of the alternative as a package with only its
// component set.
func (a Choice) Part() Settlement { return a.part.Clone() }

// NewSpace builds the space spanned by options. Components are compared
// without their notes and evidence, so two options proposing the same
// caps give one alternative (with both ids in From). A dimension that no
// option fills is left out: the search composes only what the options
// propose, and never silence. It fails when the options do not all concern
// the same protected state, or there are none, and with an error wrapping
// [ErrSpaceTooLarge] when they span more packages than an int can count
// (63 options each deciding a different region differently give 2^63).
func NewSpace(options []Settlement) (Space, error) {
	if len(options) == 0 {
		return Space{}, fmt.Errorf("settlement: no options to span a space")
	}
	sp := Space{protected: options[0].Protected, cites: map[string]accord.Citation{}}
	idx := map[string]int{}
	keys := map[string]map[string]int{}
	// froms records the option ids already in each alternative's From.
	type fromKey struct {
		dim, alt int
		from     string
	}
	froms := map[fromKey]bool{}
	add := func(dim, key, label, from string, part Settlement) {
		d, ok := idx[dim]
		if !ok {
			d = len(sp.dims)
			idx[dim] = d
			keys[dim] = map[string]int{}
			sp.dims = append(sp.dims, Dimension{Name: dim})
		}
		if a, ok := keys[dim][key]; ok {
			if k := (fromKey{d, a, from}); !froms[k] {
				froms[k] = true
				sp.dims[d].Alternatives[a].From = append(sp.dims[d].Alternatives[a].From, from)
			}
			return
		}
		froms[fromKey{d, len(sp.dims[d].Alternatives), from}] = true
		keys[dim][key] = len(sp.dims[d].Alternatives)
		part.ID, part.Protected, part.Evidence = from, sp.protected, nil
		sp.dims[d].Alternatives = append(sp.dims[d].Alternatives, Choice{Label: label, From: []string{from}, part: part})
	}
	// The territorial terms by region, in option order: every pass below
	// is linear in the options, however many regions they name.
	type regionTerm struct {
		from string
		term TerritorialTerm
	}
	byRegion := map[string][]regionTerm{}
	var regions []string
	for _, o := range options {
		if o.Protected != sp.protected {
			return Space{}, fmt.Errorf("settlement: option %s concerns %s, not %s", o.ID, o.Protected, sp.protected)
		}
		if len(o.Evidence) > 0 {
			sp.cites[o.ID] = o.Evidence[0]
		}
		for _, t := range o.Territory {
			if _, ok := byRegion[t.Region]; !ok {
				regions = append(regions, t.Region)
			}
			byRegion[t.Region] = append(byRegion[t.Region], regionTerm{o.ID, t})
		}
	}
	slices.Sort(regions)
	dimOrder := []string{"status", "guarantees", "forces", "presence"}
	for _, r := range regions {
		dimOrder = append(dimOrder, "territory:"+r)
	}
	dimOrder = append(dimOrder, "sequencing")
	for _, name := range dimOrder {
		if region, ok := strings.CutPrefix(name, "territory:"); ok {
			for _, rt := range byRegion[region] {
				t := rt.term
				t.Evidence = slices.Clone(t.Evidence)
				add(name, territoryLabel(t), territoryLabel(t), rt.from, Settlement{Territory: []TerritorialTerm{t}})
			}
			continue
		}
		for _, o := range options {
			switch {
			case name == "status" && !o.Status.IsZero():
				add(name, statusKey(o.Status), statusLabel(o.Status), o.ID, Settlement{Status: o.Status.clone()})
			case name == "guarantees" && len(o.Guarantees) > 0:
				part := Settlement{}
				for _, g := range o.Guarantees {
					part.Guarantees = append(part.Guarantees, g.clone())
				}
				add(name, guaranteesLabel(o.Guarantees), guaranteesLabel(o.Guarantees), o.ID, part)
			case name == "forces" && !o.Forces.IsZero():
				add(name, forcesLabel(o.Forces), forcesLabel(o.Forces), o.ID, Settlement{Forces: o.Forces.clone()})
			case name == "presence" && !o.Presence.IsZero():
				add(name, presenceLabel(o.Presence), presenceLabel(o.Presence), o.ID, Settlement{Presence: o.Presence.clone()})
			case name == "sequencing" && o.Sequencing != 0:
				add(name, o.Sequencing.String(), o.Sequencing.String(), o.ID, Settlement{Sequencing: o.Sequencing})
			}
		}
	}
	if _, ok := sp.size(); !ok {
		return Space{}, fmt.Errorf("%w: the options span %s packages, more than an int can count", ErrSpaceTooLarge, sp.sizeString())
	}
	return sp, nil
}

// Protected returns the actor id of the state the space's packages concern.
func (sp Space) Protected() string { return sp.protected }

// Dimensions returns a copy of the dimensions.
func (sp Space) Dimensions() []Dimension {
	out := make([]Dimension, len(sp.dims))
	for i, d := range sp.dims {
		out[i] = Dimension{Name: d.Name, Alternatives: slices.Clone(d.Alternatives)}
		for j := range out[i].Alternatives {
			out[i].Alternatives[j].From = slices.Clone(d.Alternatives[j].From)
		}
	}
	return out
}

// Size returns the number of packages in the space: the product of the
// dimensions' sizes (1 for the zero Space, which has no dimension). The
// product is computed without overflow: [NewSpace] refuses options whose
// space has more packages than an int can count, and Size would return
// math.MaxInt for such a space.
func (sp Space) Size() int {
	n, ok := sp.size()
	if !ok {
		return math.MaxInt
	}
	return n
}

// size returns the product of the dimensions' sizes and whether it fits
// an int.
func (sp Space) size() (int, bool) {
	for _, d := range sp.dims {
		if len(d.Alternatives) == 0 {
			return 0, true // an empty dimension empties the space, however large the rest
		}
	}
	n := 1
	for _, d := range sp.dims {
		hi, lo := bits.Mul64(uint64(n), uint64(len(d.Alternatives)))
		if hi != 0 || lo > math.MaxInt {
			return math.MaxInt, false
		}
		n = int(lo)
	}
	return n, true
}

// sizeString returns the exact number of packages in the space, in
// decimal, however large.
func (sp Space) sizeString() string {
	n := big.NewInt(1)
	for _, d := range sp.dims {
		n.Mul(n, big.NewInt(int64(len(d.Alternatives))))
	}
	return n.String()
}

// Compose returns the package that picks alternative choice[i] in
// dimension i, as a constructed proposal citing the evidence of the options
// its components come from. It fails when choice does not fit the space.
func (sp Space) Compose(choice []int) (Settlement, error) {
	if len(choice) != len(sp.dims) {
		return Settlement{}, fmt.Errorf("settlement: %d choices for %d dimensions", len(choice), len(sp.dims))
	}
	s := Settlement{Protected: sp.protected, Stage: Floated, Modality: Constructed}
	id := []string{"package"}
	var labels, from []string
	for i, c := range choice {
		d := sp.dims[i]
		if c < 0 || c >= len(d.Alternatives) {
			return Settlement{}, fmt.Errorf("settlement: choice %d out of range for dimension %s", c, d.Name)
		}
		a := d.Alternatives[c]
		p := a.part.Clone()
		switch {
		case !p.Status.IsZero():
			s.Status = p.Status
		case len(p.Guarantees) > 0:
			s.Guarantees = p.Guarantees
		case !p.Forces.IsZero():
			s.Forces = p.Forces
		case !p.Presence.IsZero():
			s.Presence = p.Presence
		case len(p.Territory) > 0:
			s.Territory = append(s.Territory, p.Territory...)
		case p.Sequencing != 0:
			s.Sequencing = p.Sequencing
		}
		id = append(id, fmt.Sprint(c))
		labels = append(labels, d.Name+": "+a.Label)
		for _, f := range a.From {
			if !slices.Contains(from, f) {
				from = append(from, f)
			}
		}
	}
	s.ID = strings.Join(id, "-")
	s.Name = strings.Join(labels, "; ")
	for _, f := range from {
		if c, ok := sp.cites[f]; ok {
			s.Evidence = append(s.Evidence, c)
		}
	}
	s.Summary = "A package composed from components of " + strings.Join(from, ", ") + "; no source proposes this combination as such."
	return s, nil
}

func statusKey(t StatusTerm) string {
	return fmt.Sprint(t.Kind, t.Armament, t.Bases, t.GuaranteedBy, t.RecognisedBy, t.EndorsedBy, t.Allows, t.Forbids)
}

func statusLabel(t StatusTerm) string {
	s := t.Kind.String()
	if t.Armament != 0 {
		s = t.Armament.String() + " " + s
	}
	if len(t.GuaranteedBy) > 0 {
		s += ", guaranteed by " + strings.Join(t.GuaranteedBy, "+")
	}
	if len(t.EndorsedBy) > 0 {
		s += ", endorsed by " + strings.Join(t.EndorsedBy, "+")
	}
	if len(t.Forbids) > 0 {
		s += fmt.Sprintf(", %d prohibitions", len(t.Forbids))
	}
	return s
}

func guaranteesLabel(gs []GuaranteeTerm) string {
	var parts []string
	for _, g := range gs {
		s := g.Ref()
		if len(g.Adopt) > 0 {
			s += " + " + strings.Join(g.Adopt, " + ")
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func forcesLabel(f ForcePosture) string {
	if f.Limits != Capped {
		return f.Limits.String()
	}
	p := message.NewPrinter(language.English)
	var caps []string
	for _, c := range f.Caps {
		caps = append(caps, p.Sprintf("%v %s", c.AtMost, c.Quantity))
	}
	return "capped at " + strings.Join(caps, ", ")
}

func presenceLabel(pr ForeignPresence) string {
	var parts []string
	for _, d := range pr.Deployments {
		s := d.Kind.String()
		if len(d.Contributors) > 0 {
			s += " of " + strings.Join(d.Contributors, "+")
		}
		if d.Mandate != 0 {
			s += " under " + d.Mandate.String() + " mandate"
		}
		parts = append(parts, s)
	}
	if len(pr.Excludes) > 0 {
		var ex []string
		for _, k := range pr.Excludes {
			ex = append(ex, k.String())
		}
		parts = append(parts, "no "+strings.Join(ex, ", no "))
	}
	return strings.Join(parts, "; ")
}

func territoryLabel(t TerritorialTerm) string {
	s := t.Treatment.String()
	switch {
	case t.Treatment == Deferred && t.YearsMax > t.YearsMin:
		s += fmt.Sprintf(" %d-%d years", t.YearsMin, t.YearsMax)
	case t.Treatment == Deferred:
		s += fmt.Sprintf(" %d years", t.YearsMin)
	}
	return s
}
