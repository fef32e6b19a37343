package neutrality

import (
	"strings"

	"github.com/accordmodel/accord"
)

// String returns the ruling on one line: the verdict, the doctrine that
// decided a contested rule, the condition of a conditional verdict, and
// the documents its evidence cites in parentheses. A contested rule that
// no doctrine decided shows every side with its doctrine and documents:
//
//	incompatible (lawfare-armed-neutrality, hiia-security-guarantees, rusi-neutrality-chimera)
//	incompatible under strict-neutrality (lawfare-armed-neutrality)
//	conditional: their presence is temporary and they could leave at once if a war broke out (lawfare-armed-neutrality)
//	contested: compatible under qualified-neutrality (lawfare-armed-neutrality); incompatible under strict-neutrality (lawfare-armed-neutrality)
//
// A verdict the status's own instrument decided says so ("compatible, by
// the status's own terms (…)"). The zero Ruling is "no ruling".
func (f Ruling) String() string {
	if !f.Found() {
		return "no ruling"
	}
	if f.Verdict == Contested && f.IsContested() {
		sides := make([]string, len(f.rule.Sides))
		for i, sd := range f.rule.Sides {
			sides[i] = sd.String()
		}
		return "contested: " + strings.Join(sides, "; ")
	}
	var b strings.Builder
	b.WriteString(f.Verdict.String())
	if f.Doctrine != "" {
		b.WriteString(" under " + f.Doctrine)
	}
	if f.byInstrument {
		b.WriteString(", by the status's own terms")
	}
	if f.Condition != "" {
		b.WriteString(": " + oneLine(f.Condition))
	}
	writeDocs(&b, f.evidence)
	return b.String()
}

// String returns the side on one line: its verdict under its doctrine,
// its condition if any, and the documents it cites:
// "incompatible under strict-neutrality (lawfare-armed-neutrality)". The
// zero Side is "no side".
func (sd Side) String() string {
	if sd.Verdict == 0 && sd.Doctrine == "" {
		return "no side"
	}
	var b strings.Builder
	b.WriteString(sd.Verdict.String())
	if sd.Doctrine != "" {
		b.WriteString(" under " + sd.Doctrine)
	}
	if sd.Condition != "" {
		b.WriteString(": " + oneLine(sd.Condition))
	}
	writeDocs(&b, sd.Evidence)
	return b.String()
}

// String returns the kind the alternative's doctrines yield:
// "neutrality-policy under declaration-suffices" (several doctrines are
// joined by " and ").
func (a Alternative) String() string {
	if len(a.Doctrines) == 0 {
		return a.Kind.String()
	}
	return a.Kind.String() + " under " + strings.Join(a.Doctrines, " and ")
}

// String returns the classification on one line: the kind, with the
// doctrines it depended on and the stage when the status does not hold
// ("neutralisation (proposed)"), or, when the doctrines disagree and the
// options chose none, each alternative: "undecided: neutrality-policy
// under declaration-suffices, or non-alignment under recognition-required".
func (c Classification) String() string {
	var s string
	switch {
	case c.Decided():
		s = c.Kind.String()
		if len(c.Doctrines) > 0 {
			s += " under " + strings.Join(c.Doctrines, " and ")
		}
	case len(c.Alternatives) > 0:
		alts := make([]string, len(c.Alternatives))
		for i, a := range c.Alternatives {
			alts[i] = a.String()
		}
		s = "undecided: " + strings.Join(alts, ", or ")
	default:
		s = "no classification"
	}
	if c.Stage.IsValid() && c.Stage != InForce {
		s += " (" + c.Stage.String() + ")"
	}
	return s
}

// String returns the demand on one line: who sought what, where and at
// which stage, and the documents it cites:
// "russia: forbid alliance-membership (istanbul-2022, latest-draft; lawfare-armed-neutrality)".
func (d Demand) String() string {
	var b strings.Builder
	if len(d.By) > 0 {
		b.WriteString(strings.Join(d.By, " and ") + ": ")
	}
	b.WriteString(d.Direction.String() + " " + d.Activity.String())
	var where []string
	if d.Talks != "" {
		where = append(where, d.Talks)
	}
	if d.Stage.IsValid() {
		where = append(where, d.Stage.String())
	}
	docs := accord.CitedDocs(d.Evidence)
	if len(where) > 0 || len(docs) > 0 {
		b.WriteString(" (" + strings.Join(where, ", "))
		if len(where) > 0 && len(docs) > 0 {
			b.WriteString("; ")
		}
		b.WriteString(strings.Join(docs, ", ") + ")")
	}
	return b.String()
}

// String returns the status on one line: the state (and territory), the
// kind, the period, the stage when the status did not take effect, and
// the documents it cites: "belgium: neutralisation 1839–1914
// (hiia-security-guarantees)" or "ukraine: neutralisation, proposed
// (lawfare-armed-neutrality)".
func (s Status) String() string {
	var b strings.Builder
	who := s.State
	if s.Territory != "" {
		who += " (" + s.Territory + ")"
	}
	if who != "" {
		b.WriteString(who + ": ")
	}
	b.WriteString(s.Kind.String())
	if p := s.Period.String(); p != "" {
		b.WriteString(" " + p)
	}
	if s.Stage.IsValid() && s.Stage != InForce {
		b.WriteString(", " + s.Stage.String())
	}
	writeDocs(&b, s.Evidence)
	return b.String()
}

// writeDocs appends " (doc, doc)" naming the documents ev cites; nothing
// when it cites none.
func writeDocs(b *strings.Builder, ev []accord.Citation) {
	if docs := accord.CitedDocs(ev); len(docs) > 0 {
		b.WriteString(" (" + strings.Join(docs, ", ") + ")")
	}
}

// oneLine collapses every run of white space in s, line breaks included,
// to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// String returns the rule on one line: the status kind, the activity and
// the context it covers, then its verdict as a [Ruling] prints it — each
// side of a contested rule with its doctrine — and the documents it
// cites: "permanent-neutrality, alliance-membership: incompatible
// (lawfare-armed-neutrality, hiia-security-guarantees, rusi-neutrality-chimera)".
func (r Rule) String() string {
	var b strings.Builder
	b.WriteString(r.Status.String() + ", " + r.Activity.String())
	if r.Context.IsValid() {
		b.WriteString(", in " + r.Context.String())
	}
	b.WriteString(": ")
	if r.Verdict == Contested && len(r.Sides) > 0 {
		sides := make([]string, len(r.Sides))
		for i, sd := range r.Sides {
			sides[i] = sd.String()
		}
		b.WriteString("contested: " + strings.Join(sides, "; "))
		return b.String()
	}
	b.WriteString(r.Verdict.String())
	if r.Condition != "" {
		b.WriteString(": " + oneLine(r.Condition))
	}
	writeDocs(&b, r.Evidence)
	return b.String()
}

// String returns the doctrine's name with its id: "Strict neutrality
// (strict-neutrality)".
func (d Doctrine) String() string {
	name := d.Name
	if name == "" {
		name = "unnamed doctrine"
	}
	return name + " (" + d.ID + ")"
}

// String returns the event on one line: its kind, who acted, when, and the
// documents it cites: "violated by german-empire, 1914 (lawfare-armed-neutrality)".
func (e Event) String() string {
	var b strings.Builder
	b.WriteString(e.Kind.String())
	if len(e.By) > 0 {
		b.WriteString(" by " + strings.Join(e.By, " and "))
	}
	if d := e.Date.String(); d != "" {
		b.WriteString(", " + d)
	}
	writeDocs(&b, e.Evidence)
	return b.String()
}
