package settlement

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/lend"
	"github.com/accordmodel/accord/neutrality"
)

// Outcome is one thing a package brings about (Holds) or rules out: a
// [Term], for territorial terms in one Region, with the issue it is bound
// to and the component it comes from. A package's components each say
// everything about the terms they govern: a package that provides for a
// foreign presence rules out every kind of presence it does not list, and
// a package with guarantees rules out a veto its instruments do not give.
// A term no component governs yields no outcome, and positions on its
// issue are not consulted.
type Outcome struct {
	// Term is the outcome's term.
	Term Term
	// Region is the region of a territorial term; "" otherwise.
	Region string
	// Holds reports whether the package brings the outcome about.
	Holds bool
	// Issue is the issue the term is bound to; "" when the frame binds it
	// to none.
	Issue string
	// Narrow is set when positions on the issue's ancestors do not apply
	// ([TermBinding].Narrow).
	Narrow bool
	// From is the path of the component that decides the outcome
	// ("presence.deployments[0]").
	From string
	// Caps are the package's caps, for the force-limits term.
	Caps []Cap
}

// String returns "term", "term (region)", prefixed with "no " when the
// outcome is ruled out.
func (o Outcome) String() string {
	s := o.Term.String()
	if o.Region != "" {
		s += " (" + o.Region + ")"
	}
	if !o.Holds {
		s = "no " + s
	}
	return s
}

// env holds what deriving outcomes needs to look up.
type env struct {
	src       Source
	reg       *actors.Registry
	at        accord.Date
	bloc      string
	protected string
	// attacks and bindings are the frame's, only read.
	attacks  []guarantees.Attack
	bindings []TermBinding
	// inBloc caches belongsToBloc; it is made on first use.
	inBloc map[string]bool
}

// newEnv returns the environment for a package protecting the state
// protected; a value, so that it can live on the caller's stack.
func newEnv(src Source, protected string, opts Options) env {
	fr := frameOf(src)
	e := env{src: src, attacks: fr.Attacks, bindings: fr.Bindings, at: opts.At, bloc: cmp.Or(opts.Bloc, fr.Bloc), protected: protected}
	if ps := src.Positions(); ps != nil {
		e.reg = ps.Registry()
	}
	return e
}

// attacked reports whether id has attacked the protected state.
func (e *env) attacked(id string) bool {
	return slices.ContainsFunc(e.attacks, func(a guarantees.Attack) bool { return a.Victim == e.protected && a.Attacker == id })
}

// belongsToBloc reports whether actor id is the bloc, a member of it on
// the evaluation date, or a grouping with a member of it.
func (e *env) belongsToBloc(id string) bool {
	if e.bloc == "" {
		return false
	}
	if v, ok := e.inBloc[id]; ok {
		return v
	}
	v := id == e.bloc
	if !v && e.reg != nil {
		inBloc := func(m string) bool {
			a, ok := e.reg.Actor(m)
			return m != e.bloc && ok && a.MemberOf(e.bloc, e.at)
		}
		members, _ := e.reg.Members(id, e.at) // an actor outside the registry has none
		v = inBloc(id) || slices.ContainsFunc(members, inBloc)
	}
	if e.inBloc == nil {
		e.inBloc = map[string]bool{}
	}
	e.inBloc[id] = v
	return v
}

// isAttacker reports whether id, or a member of grouping id, attacked the
// protected state.
func (e *env) isAttacker(id string) bool {
	if e.attacked(id) {
		return true
	}
	if e.reg == nil {
		return false
	}
	members, _ := e.reg.Members(id, e.at) // an actor outside the registry has none
	return slices.ContainsFunc(members, e.attacked)
}

func (e *env) out(t Term, region string, holds bool, from string) Outcome {
	b := issueOf(e.bindings, t, region)
	return Outcome{Term: t, Region: region, Holds: holds, Issue: b.issue, Narrow: b.narrow, From: from}
}

// statusOutcomes derives the outcomes of a status term.
func (e *env) statusOutcomes(out []Outcome, t StatusTerm) []Outcome {
	if t.IsZero() {
		return out
	}
	const from = "status"
	var neutral, nonAligned, member, course bool
	switch t.Kind {
	case neutrality.PermanentNeutrality, neutrality.Neutralisation:
		neutral = true
	case neutrality.NeutralityPolicy, neutrality.NonAlignment:
		nonAligned = true
	case neutrality.AllianceAspirant:
		course = true
	case neutrality.AllianceMember:
		member, course = true, true
	}
	out = append(out,
		e.out(TermPermanentNeutrality, "", neutral, from+".kind"),
		e.out(TermNonAlignment, "", nonAligned, from+".kind"),
		e.out(TermNATOMembership, "", member, from+".kind"),
		e.out(TermNATOCourse, "", course, from+".kind"),
	)
	if slices.Contains(t.Allows, neutrality.EUMembership) {
		out = append(out, e.out(TermEUMembership, "", true, from+".allows"))
	} else if slices.Contains(t.Forbids, neutrality.EUMembership) {
		out = append(out, e.out(TermEUMembership, "", false, from+".forbids"))
	}
	if len(t.EndorsedBy) > 0 {
		out = append(out, e.out(TermEndorsement, "", true, from+".endorsed_by"))
	}
	if i := slices.IndexFunc(t.GuaranteedBy, e.isAttacker); i >= 0 {
		out = append(out, e.out(TermAggressorGuarantor, "", true, indexPath(from+".guaranteed_by", i)))
	}
	return out
}

// resolved is a guarantee term with its instrument and subject.
type resolved struct {
	term    GuaranteeTerm
	in      guarantees.Instrument
	subject guarantees.Subject
	// rd is the subject's operative reading, if it has one (hasRead),
	// read once: it is only read.
	rd      guarantees.Reading
	hasRead bool
}

// resolve looks up the instruments of the guarantee terms and builds their
// subjects, reporting unknown instruments and revisions.
func (e *env) resolve(gs []GuaranteeTerm, base accord.Path) ([]resolved, accord.ErrorList) {
	out := make([]resolved, 0, len(gs))
	var errs accord.ErrorList
	for i, g := range gs {
		var (
			in  guarantees.Instrument
			lnt *guarantees.Instrument
		)
		switch {
		case g.Inline != nil:
			// The subject copies the instrument; in is only read here.
			in = *g.Inline
		case g.Instrument != "":
			var found bool
			if in, lnt, found = e.instrument(g.Instrument); !found {
				errs = append(errs, accord.NotFound(base.Index(i).Child("instrument"), g.Instrument, "no instrument has this id"))
				continue
			}
		default:
			continue
		}
		// out has room for every term: r stays where it is.
		out = append(out, resolved{term: g, in: in})
		r := &out[len(out)-1]
		var err error
		if lnt != nil {
			// A lent instrument is never written: the subject and the
			// reading may share it.
			r.hasRead, err = lend.Subject(lnt, g.Adopt, &r.subject, &r.rd)
		} else if r.subject, err = guarantees.InstrumentSubject(in, g.Adopt...); err == nil {
			_, r.rd, r.hasRead = r.subject.Operative()
		}
		if err != nil {
			out = out[:len(out)-1]
			errs = append(errs, accord.NotFound(base.Index(i).Child("adopt"), g.Adopt, err.Error()).WithRule(guarantees.ErrUnknownRevision))
		}
	}
	return out, errs
}

// instrument looks up the instrument with the given id: in the source's
// storage when the source lends it (lent points at it, and is only read),
// else the copy the source hands out.
func (e *env) instrument(id string) (in guarantees.Instrument, lent *guarantees.Instrument, found bool) {
	if lend.Instrument != nil {
		if v, ok := lend.Instrument(e.src, id); ok {
			p := v.(*guarantees.Instrument)
			if p == nil {
				return guarantees.Instrument{}, nil, false
			}
			return *p, p, true
		}
	}
	in, found = e.src.Instrument(id)
	return in, nil, found
}

// frameOf returns src's frame: in the source's storage when the source
// lends it, else the copy the source hands out. It is only read.
func frameOf(src Source) Frame {
	if lend.Frame != nil {
		if v, ok := lend.Frame(src); ok {
			return *v.(*Frame)
		}
	}
	return src.SettlementFrame()
}

// guaranteeOutcomes derives the outcomes of the guarantee terms.
func (e *env) guaranteeOutcomes(out []Outcome, rs []resolved) []Outcome {
	if len(rs) == 0 {
		return out
	}
	// got holds, for each of guaranteeTerms, 1 + the index of the first
	// guarantee that brings it about, 0 when none does.
	var got [len(guaranteeTerms)]int
	mark := func(t Term, i int) {
		if k := slices.Index(guaranteeTerms[:], t); got[k] == 0 {
			got[k] = i + 1
		}
	}
	for i, r := range rs {
		if r.in.Kind == guarantees.AssistanceFramework {
			mark(TermWesternAssistance, i)
		}
		// The guarantors (Instrument.Guarantors), read in place.
		for _, p := range r.in.Parties {
			if p.Role.Gives() && e.isAttacker(p.Actor) {
				mark(TermAggressorGuarantor, i)
			}
		}
		rd, ok := r.rd, r.hasRead
		if !ok {
			continue
		}
		if rd.Obligation >= guarantees.DiscretionaryForce {
			mark(TermSecurityGuarantee, i)
			switch {
			case r.in.Kind == guarantees.NeutralityGuarantee || r.in.NeutralProtected:
				mark(TermNeutralityGuarantee, i)
			case r.in.Kind == guarantees.SecurityGuarantee || r.in.Kind == guarantees.DefencePact:
				if !slices.ContainsFunc(r.in.Parties, func(p guarantees.Party) bool { return p.Role.Gives() && p.Actor == e.protected }) {
					mark(TermCoalitionGuarantee, i)
				}
			}
			if r.in.Binding == guarantees.LegallyBinding {
				mark(TermBindingGuarantee, i)
			}
		}
		if rd.Decision == guarantees.AllJointly {
			mark(TermGuarantorVeto, i)
		}
		if rd.HasMeasure(guarantees.AirSupport) || rd.HasMeasure(guarantees.ClosingAirspace) {
			mark(TermAirSupport, i)
		}
		if rd.HasMeasure(guarantees.Weapons) || rd.HasMeasure(guarantees.MilitaryAid) {
			mark(TermWesternAssistance, i)
		}
	}
	for k, t := range guaranteeTerms {
		if i := got[k] - 1; i >= 0 {
			out = append(out, e.out(t, "", true, indexPath("guarantees", i)))
			continue
		}
		out = append(out, e.out(t, "", false, "guarantees"))
	}
	return out
}

// guaranteeTerms are the terms the guarantees of a package govern, in the
// order of their outcomes.
var guaranteeTerms = [...]Term{TermSecurityGuarantee, TermNeutralityGuarantee, TermCoalitionGuarantee, TermBindingGuarantee,
	TermGuarantorVeto, TermAirSupport, TermWesternAssistance, TermAggressorGuarantor}

// indexPath returns the path of element i of the list at path, as
// [accord.Path.Index] spells it; the paths of the first elements of the
// lists outcomes come from are spelt once, in indexPaths.
func indexPath(path string, i int) string {
	if ps, ok := indexPaths[path]; ok && i < len(ps) {
		return ps[i]
	}
	return path + "[" + strconv.Itoa(i) + "]"
}

// indexPaths holds the paths of the first elements of the lists outcomes
// come from; it is never written after it is made.
var indexPaths = func() map[string][8]string {
	m := map[string][8]string{}
	for _, path := range []string{"guarantees", "territory", "presence.deployments", "status.guaranteed_by"} {
		var ps [8]string
		for i := range ps {
			ps[i] = path + "[" + strconv.Itoa(i) + "]"
		}
		m[path] = ps
	}
	return m
}()

// forceOutcomes derives the outcome of a force posture.
func (e *env) forceOutcomes(out []Outcome, f ForcePosture) []Outcome {
	if f.IsZero() || !f.Limits.IsValid() {
		return out
	}
	o := e.out(TermForceLimits, "", f.Limits == Capped, "forces.limits")
	o.Caps = slices.Clone(f.Caps)
	return append(out, o, e.out(TermStrongForces, "", f.Limits == Unlimited, "forces.limits"))
}

// presenceOutcomes derives the outcomes of the presence terms.
func (e *env) presenceOutcomes(out []Outcome, p ForeignPresence) []Outcome {
	if p.IsZero() {
		return out
	}
	terms := [...]Term{TermPeacekeepers, TermForeignTroops, TermNATOTroops, TermAirSupport}
	// first holds, for each term, 1 + the index of the first deployment
	// that brings it about, 0 when none does.
	var first [len(terms)]int
	mark := func(k, i int) {
		if first[k] == 0 {
			first[k] = i + 1
		}
	}
	for i, d := range p.Deployments {
		switch d.Kind {
		case Peacekeepers:
			mark(0, i)
		case GroundForces:
			mark(1, i)
		case AirSupport:
			mark(3, i)
		}
		if d.onGround() && slices.ContainsFunc(d.Contributors, e.belongsToBloc) {
			mark(2, i)
		}
	}
	for k, t := range terms {
		if i := first[k] - 1; i >= 0 {
			out = append(out, e.out(t, "", true, indexPath("presence.deployments", i)))
			continue
		}
		out = append(out, e.out(t, "", false, "presence"))
	}
	return out
}

// territoryOutcomes derives the outcomes of one region's terms.
func (e *env) territoryOutcomes(out []Outcome, i int, t TerritorialTerm) []Outcome {
	var rec, ces, def, wd bool
	switch t.Treatment {
	case Recognised:
		rec = true
	case Ceded:
		ces, rec = true, true
	case Deferred:
		def = true
	case Restored:
		wd = true
	case NotRecognised:
	default:
		return out
	}
	from := indexPath("territory", i)
	return append(out,
		e.out(TermRecognition, t.Region, rec, from),
		e.out(TermCession, t.Region, ces, from),
		e.out(TermDeferredTalks, t.Region, def, from),
		e.out(TermWithdrawal, t.Region, wd, from),
	)
}

func (e *env) sequencingOutcomes(out []Outcome, s Sequencing) []Outcome {
	if !s.IsValid() {
		return out
	}
	return append(out, e.out(TermCeasefireFirst, "", s == CeasefireFirst, "sequencing"))
}

// merge combines the outcomes of the components, in place: an outcome holds when any component
// brings it about, and is ruled out when some component rules it out and
// none brings it about. The result is sorted by term, then region.
func merge(all []Outcome) []Outcome {
	out := all[:0]
	for j := range all {
		o := all[j]
		i := slices.IndexFunc(out, func(p Outcome) bool { return p.Term == o.Term && p.Region == o.Region })
		if i >= 0 {
			if o.Holds && !out[i].Holds {
				out[i] = o
			}
			continue
		}
		out = append(out, o)
	}
	clear(all[len(out):])
	slices.SortFunc(out, func(a, b Outcome) int {
		return cmp.Or(cmp.Compare(a.Term, b.Term), cmp.Compare(a.Region, b.Region))
	})
	return slices.Clip(out)
}

// mergeSorted merges two lists of outcomes sorted by term and region, as
// merge does, in one pass, appending to out: the walk of [Search] extends
// a partial package's outcomes by one dimension at a time, reusing a
// buffer per depth. The lists point at outcomes the walk never changes.
func mergeSorted(out, a, b []*relOut) []*relOut {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := a[i].order - b[j].order; {
		case c < 0:
			out = append(out, a[i])
			i++
		case c > 0:
			out = append(out, b[j])
			j++
		default:
			o := a[i]
			if b[j].o.Holds && !o.o.Holds {
				o = b[j]
			}
			out = append(out, o)
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
