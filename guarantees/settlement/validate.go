package settlement

import (
	"errors"
	"fmt"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/neutrality"
)

// Rule sentinels. Validation problems are *[accord.FieldError] values whose
// kind is one of the actors sentinels ([accord.ErrRequired],
// [accord.ErrInvalid], …); those that break a rule of this package also
// match one of these with [errors.Is].
var (
	// ErrNoMandate: a peacekeeping force names no mandate.
	ErrNoMandate = errors.New("peacekeepers without a mandate")
	// ErrNoContributors: foreign ground forces name no state that would
	// supply them.
	ErrNoContributors = errors.New("foreign force without contributors")
	// ErrCapWithoutFigure: the forces are capped but a cap has no figure,
	// or there is no cap at all.
	ErrCapWithoutFigure = errors.New("force cap without a figure")
	// ErrCapsContradict: the forces are declared unlimited and capped.
	ErrCapsContradict = errors.New("unlimited forces with caps")
	// ErrDuplicateRegion: a region is named twice in the territorial terms.
	ErrDuplicateRegion = errors.New("region named twice")
	// ErrDeferralYears: talks are deferred without a number of years, or
	// years are given for a region whose talks are not deferred.
	ErrDeferralYears = errors.New("deferral without years, or years without deferral")
	// ErrPresenceContradicts: a kind of deployment is both provided for and
	// ruled out.
	ErrPresenceContradicts = errors.New("deployment both provided for and ruled out")
	// ErrGuaranteeSource: a guarantee term names both or neither of a coded
	// instrument and an inline one.
	ErrGuaranteeSource = errors.New("guarantee term needs exactly one instrument")
	// ErrNotASettlementStatus: the status kind cannot be a settlement term
	// (neutral-in-war concerns a war between other states).
	ErrNotASettlementStatus = errors.New("status kind is not a settlement term")
	// ErrEmptyPackage: the package has no component at all.
	ErrEmptyPackage = errors.New("settlement package without components")
)

// Validate reports every intrinsic problem of the settlement, with paths
// relative to path: missing or malformed id, name, protected state, stage,
// modality, summary and evidence; a package with no component
// (ErrEmptyPackage); a status of a kind that is no settlement term
// (ErrNotASettlementStatus), a neutralisation without a guarantor
// ([neutrality.ErrNoGuarantor]) and an activity both allowed and forbidden
// ([neutrality.ErrConflictingTerms]); a guarantee term with both or neither
// instrument (ErrGuaranteeSource) and an invalid inline instrument; caps
// without figures (ErrCapWithoutFigure) or contradicting unlimited forces
// (ErrCapsContradict); peacekeepers without a mandate (ErrNoMandate), ground
// forces without contributors (ErrNoContributors), a kind both deployed
// and excluded (ErrPresenceContradicts); a region named twice
// (ErrDuplicateRegion) and deferrals without years (ErrDeferralYears).
// Whether referenced actors and instruments exist is checked by the corpus
// loader, and whether adopted revisions exist by [Evaluate].
func (s Settlement) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), s.ID, "an id")...)
	errs = append(errs, check.Text(path.Child("name"), strings.TrimSpace(s.Name), "a short label")...)
	errs = append(errs, check.ID(path.Child("protected"), s.Protected, "an id")...)
	errs = append(errs, check.Enum(path.Child("stage"), s.Stage, stageEnum)...)
	errs = append(errs, check.Enum(path.Child("modality"), s.Modality, modalityEnum)...)
	for i, id := range s.ProposedBy {
		errs = append(errs, check.ID(path.Child("proposed_by").Index(i), id, "an id")...)
	}
	errs = append(errs, check.OptID(path.Child("variant_of"), s.VariantOf, "an id")...)
	if s.VariantOf != "" && s.VariantOf == s.ID {
		errs = append(errs, accord.Invalid(path.Child("variant_of"), s.VariantOf, "a package cannot be a variant of itself"))
	}
	if s.Status.IsZero() && len(s.Guarantees) == 0 && s.Forces.IsZero() && s.Presence.IsZero() &&
		len(s.Territory) == 0 && s.Sequencing == 0 {
		errs = append(errs, accord.Required(path, "at least one component: status, guarantees, forces, presence, territory or sequencing").WithRule(ErrEmptyPackage))
	}
	if !s.Status.IsZero() {
		errs = append(errs, s.Status.Validate(path.Child("status"))...)
	}
	errs = append(errs, check.Each(path.Child("guarantees"), s.Guarantees)...)
	if !s.Forces.IsZero() {
		errs = append(errs, s.Forces.Validate(path.Child("forces"))...)
	}
	if !s.Presence.IsZero() {
		errs = append(errs, s.Presence.Validate(path.Child("presence"))...)
	}
	seen := map[string]int{}
	for i, t := range s.Territory {
		p := path.Child("territory").Index(i)
		errs = append(errs, t.Validate(p)...)
		if t.Region == "" {
			continue
		}
		if j, dup := seen[t.Region]; dup {
			errs = append(errs, accord.Duplicate(p.Child("region"), t.Region, fmt.Sprintf("already named at territory[%d]; give one term per region", j)).WithRule(ErrDuplicateRegion))
			continue
		}
		seen[t.Region] = i
	}
	errs = append(errs, check.OptEnum(path.Child("sequencing"), s.Sequencing, sequencingEnum)...)
	errs = append(errs, check.Text(path.Child("summary"), strings.TrimSpace(s.Summary), "a summary in the coder's own words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), s.Evidence)...)
	return errs
}

// Validate reports every intrinsic problem of the status term.
func (t StatusTerm) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	switch {
	case t.Kind == 0:
		errs = append(errs, accord.Required(path.Child("kind"), "the kind of status"))
	case !t.Kind.IsValid():
		errs = append(errs, accord.NotSupported(path.Child("kind"), t.Kind, kindNames()))
	case t.Kind == neutrality.NeutralInWar:
		errs = append(errs, accord.NotSupported(path.Child("kind"), t.Kind, kindNames()).WithRule(ErrNotASettlementStatus))
	case t.Kind == neutrality.Neutralisation && len(t.GuaranteedBy) == 0:
		errs = append(errs, accord.Required(path.Child("guaranteed_by"), "a neutralisation needs at least one guarantor").WithRule(neutrality.ErrNoGuarantor))
	}
	if t.Armament != 0 && !t.Armament.IsValid() {
		errs = append(errs, accord.Invalid(path.Child("armament"), t.Armament, "not an armament"))
	}
	for i, b := range t.Bases {
		if !b.IsValid() {
			errs = append(errs, accord.Invalid(path.Child("bases").Index(i), b, "not a basis"))
		}
	}
	for _, f := range []struct {
		name string
		ids  []string
	}{{"guaranteed_by", t.GuaranteedBy}, {"recognised_by", t.RecognisedBy}, {"endorsed_by", t.EndorsedBy}} {
		errs = append(errs, check.IDs(path.Child(f.name), f.ids, "an id")...)
	}
	allowed := map[neutrality.Activity]bool{}
	for i, a := range t.Allows {
		if !a.IsValid() {
			errs = append(errs, accord.Invalid(path.Child("allows").Index(i), a, "not an activity"))
		}
		allowed[a] = true
	}
	for i, a := range t.Forbids {
		if !a.IsValid() {
			errs = append(errs, accord.Invalid(path.Child("forbids").Index(i), a, "not an activity"))
		}
		if allowed[a] {
			errs = append(errs, accord.Invalid(path.Child("forbids").Index(i), a, "also in allows").WithRule(neutrality.ErrConflictingTerms))
		}
	}
	errs = append(errs, check.Each(path.Child("evidence"), t.Evidence)...)
	return errs
}

// Validate reports every intrinsic problem of the guarantee term.
func (g GuaranteeTerm) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	switch {
	case g.Instrument == "" && g.Inline == nil:
		errs = append(errs, accord.Required(path.Child("instrument"), "the id of a coded instrument, or an inline instrument").WithRule(ErrGuaranteeSource))
	case g.Instrument != "" && g.Inline != nil:
		errs = append(errs, accord.Invalid(path.Child("inline"), g.Inline.ID, "give either instrument or inline, not both").WithRule(ErrGuaranteeSource))
	case g.Instrument != "":
		errs = append(errs, check.ID(path.Child("instrument"), g.Instrument, "an id")...)
	default:
		errs = append(errs, g.Inline.Validate(path.Child("inline"))...)
	}
	errs = append(errs, check.IDs(path.Child("adopt"), g.Adopt, "an id")...)
	errs = append(errs, check.Each(path.Child("evidence"), g.Evidence)...)
	return errs
}

// Validate reports every intrinsic problem of the force posture.
func (f ForcePosture) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	switch {
	case f.Limits == 0:
		errs = append(errs, accord.Required(path.Child("limits"), "unlimited or capped"))
	case !f.Limits.IsValid():
		errs = append(errs, accord.NotSupported(path.Child("limits"), f.Limits, limitEnum.Names()))
	case f.Limits == Unlimited && len(f.Caps) > 0:
		errs = append(errs, accord.Invalid(path.Child("caps"), len(f.Caps), "unlimited forces cannot carry caps").WithRule(ErrCapsContradict))
	case f.Limits == Capped && len(f.Caps) == 0:
		errs = append(errs, accord.Required(path.Child("caps"), "capped forces need at least one cap with its figure").WithRule(ErrCapWithoutFigure))
	}
	seen := map[[2]string]int{}
	for i, c := range f.Caps {
		p := path.Child("caps").Index(i)
		errs = append(errs, check.Text(p.Child("quantity"), c.Quantity, "what is capped, such as personnel")...)
		errs = append(errs, check.Text(p.Child("unit"), c.Unit, "the unit of the figure")...)
		switch {
		case c.AtMost == 0:
			errs = append(errs, accord.Required(p.Child("at_most"), "the ceiling's figure").WithRule(ErrCapWithoutFigure))
		case c.AtMost < 0:
			errs = append(errs, accord.Invalid(p.Child("at_most"), c.AtMost, "a ceiling cannot be negative").WithRule(ErrCapWithoutFigure))
		}
		errs = append(errs, check.OptID(p.Child("proposed_by"), c.ProposedBy, "an id")...)
		k := [2]string{c.Quantity, c.Unit}
		if j, dup := seen[k]; dup && c.Quantity != "" {
			errs = append(errs, accord.Duplicate(p.Child("quantity"), c.Quantity, fmt.Sprintf("already capped at caps[%d]", j)))
		} else {
			seen[k] = i
		}
		errs = append(errs, check.Each(p.Child("evidence"), c.Evidence)...)
	}
	errs = append(errs, check.Each(path.Child("evidence"), f.Evidence)...)
	return errs
}

// Validate reports every intrinsic problem of the presence terms.
func (pr ForeignPresence) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	deployed := map[DeploymentKind]bool{}
	for i, d := range pr.Deployments {
		errs = append(errs, d.Validate(path.Child("deployments").Index(i))...)
		deployed[d.Kind] = true
	}
	seen := map[DeploymentKind]bool{}
	for i, k := range pr.Excludes {
		p := path.Child("excludes").Index(i)
		switch {
		case !k.IsValid():
			errs = append(errs, accord.NotSupported(p, k, deploymentKindEnum.Names()))
		case deployed[k]:
			errs = append(errs, accord.Invalid(p, k, "this kind is also deployed").WithRule(ErrPresenceContradicts))
		case seen[k]:
			errs = append(errs, accord.Duplicate(p, k, "excluded twice"))
		}
		seen[k] = true
	}
	errs = append(errs, check.Each(path.Child("evidence"), pr.Evidence)...)
	return errs
}

// Validate reports every intrinsic problem of the deployment.
func (d Deployment) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Enum(path.Child("kind"), d.Kind, deploymentKindEnum)...)
	switch {
	case d.Mandate == 0 && d.Kind == Peacekeepers:
		errs = append(errs, accord.Required(path.Child("mandate"), "peacekeepers serve under a mandate").WithRule(ErrNoMandate))
	case d.Mandate != 0 && !d.Mandate.IsValid():
		errs = append(errs, accord.NotSupported(path.Child("mandate"), d.Mandate, mandateEnum.Names()))
	}
	errs = append(errs, check.OptEnum(path.Child("duration"), d.Duration, durationEnum)...)
	if len(d.Contributors) == 0 && d.Kind == GroundForces {
		errs = append(errs, accord.Required(path.Child("contributors"), "the states or groupings that would supply the force").WithRule(ErrNoContributors))
	}
	errs = append(errs, check.IDs(path.Child("contributors"), d.Contributors, "an id")...)
	errs = append(errs, check.IDs(path.Child("consent_of"), d.ConsentOf, "an id")...)
	errs = append(errs, check.Each(path.Child("evidence"), d.Evidence)...)
	return errs
}

// Validate reports every intrinsic problem of the territorial term.
func (t TerritorialTerm) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("region"), t.Region, "an id")...)
	errs = append(errs, check.Enum(path.Child("treatment"), t.Treatment, treatmentEnum)...)
	switch {
	case t.Treatment == Deferred && t.YearsMin <= 0:
		errs = append(errs, accord.Required(path.Child("years_min"), "deferred talks need a number of years").WithRule(ErrDeferralYears))
	case t.Treatment != Deferred && t.Treatment != 0 && (t.YearsMin != 0 || t.YearsMax != 0):
		errs = append(errs, accord.Invalid(path.Child("years_min"), t.YearsMin, "years belong only to deferred talks").WithRule(ErrDeferralYears))
	case t.YearsMax != 0 && t.YearsMax < t.YearsMin:
		errs = append(errs, accord.Invalid(path.Child("years_max"), t.YearsMax, fmt.Sprintf("less than years_min %d", t.YearsMin)).WithRule(ErrDeferralYears))
	}
	errs = append(errs, check.Each(path.Child("evidence"), t.Evidence)...)
	return errs
}

func kindNames() []string {
	var names []string
	for _, k := range neutrality.Kinds() {
		if k != neutrality.NeutralInWar {
			names = append(names, k.String())
		}
	}
	return names
}
