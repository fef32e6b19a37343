package settlement

import (
	"fmt"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

// String returns the package on one line: its name, stage and modality,
// date, who proposed it and the documents it cites:
// "Istanbul draft treaty (2022), Russia's version (drafted, proposed, 2022, by russia; lawfare-armed-neutrality)".
// A package is always a proposal, so the stage is always shown.
func (s Settlement) String() string {
	name := s.Name
	if name == "" {
		name = s.ID
	}
	if name == "" {
		name = "unnamed package"
	}
	var parts []string
	if s.Stage.IsValid() {
		parts = append(parts, s.Stage.String())
	}
	if s.Modality.IsValid() {
		parts = append(parts, s.Modality.String())
	}
	if d := s.Date.String(); d != "" {
		parts = append(parts, d)
	}
	if len(s.ProposedBy) > 0 {
		parts = append(parts, "by "+strings.Join(s.ProposedBy, " and "))
	}
	detail := strings.Join(parts, ", ")
	if docs := strings.Join(accord.CitedDocs(s.Evidence), ", "); docs != "" {
		if detail != "" {
			detail += "; "
		}
		detail += docs
	}
	if detail == "" {
		return name
	}
	return name + " (" + detail + ")"
}

// names returns the positions the stand's reasons refer to, whose
// registry and taxonomy name its actor and issues; nil for a Stand built
// by hand, which is then written with ids.
func (s Stand) names() *actors.Positions {
	for _, r := range s.Reasons {
		if r.set != nil {
			return r.set
		}
	}
	return nil
}

// actorName returns the stand's actor by name, or by id when the stand
// reaches no registry.
func (s Stand) actorName() string {
	if set := s.names(); set != nil {
		return set.Registry().Name(s.Actor)
	}
	return s.Actor
}

// String returns the stand on one line: the actor and its answer, and for
// a rejection the red lines the package crosses, for a conditional answer
// how many points are left open; the actor and issues by name when the
// stand comes from an evaluation, by id for one built by hand:
//
//	Ukraine rejects: crosses its red lines against Veto over guarantees, for Air support
//	Russia conditional: 2 points left open
//	France accepts
//
// The zero Stand is "no stand".
func (s Stand) String() string {
	if s.Actor == "" && s.Answer == 0 {
		return "no stand"
	}
	head := s.actorName() + " " + s.Answer.String()
	switch s.Answer {
	case Rejects:
		rls := s.RedLines()
		if len(rls) == 0 {
			return head
		}
		set := s.names()
		sides := make([]string, len(rls))
		for i, rl := range rls {
			issue := rl.Issue
			if set != nil {
				issue = set.Taxonomy().Name(issue)
			}
			sides[i] = "against " + issue
			if rl.Direction > 0 {
				sides[i] = "for " + issue
			}
		}
		noun := "red line"
		if len(rls) > 1 {
			noun = "red lines"
		}
		return head + ": crosses its " + noun + " " + strings.Join(sides, ", ")
	case Conditional:
		switch n := len(s.Deciding); n {
		case 0:
			return head
		case 1:
			return head + ": 1 point left open"
		default:
			return fmt.Sprintf("%s: %d points left open", head, n)
		}
	}
	return head
}

// String returns the evaluation on one line: the package's name, the date
// asked about, and who rejects, who is conditional and who accepts:
// "Russia's present terms, on 2025-10: rejected by Mart Kuldkepp, Ukraine; conditional for …;
// accepted by critics of bespoke guarantees, France, Russia, Samuel Charap", the actors by name as
// [Stand.String] gives them.
func (ev Evaluation) String() string {
	name := ev.Settlement.Name
	if name == "" {
		name = ev.Settlement.ID
	}
	if name == "" {
		name = "unnamed package"
	}
	if d := ev.At.String(); d != "" {
		name += ", on " + d
	}
	var parts []string
	for _, a := range []struct {
		answer Answer
		label  string
	}{{Rejects, "rejected by "}, {Conditional, "conditional for "}, {Accepts, "accepted by "}} {
		var who []string
		for _, st := range ev.Stands {
			if st.Answer == a.answer {
				who = append(who, st.actorName())
			}
		}
		if len(who) > 0 {
			parts = append(parts, a.label+strings.Join(who, ", "))
		}
	}
	if len(parts) == 0 {
		return name + ": no actor has positions on its issues"
	}
	return name + ": " + strings.Join(parts, "; ")
}

// String returns the guarantee's title, with the revisions the package
// adopts ([guarantees.Assessment].Title), and its score and level:
// "Istanbul draft treaty with Russia's revision: score -13, hollow".
func (g GuaranteeAssessment) String() string {
	title := g.Assessment.Title
	if title == "" {
		title = g.Title
	}
	if title == "" {
		title = g.Instrument
	}
	return fmt.Sprintf("%s: score %d, %s", title, g.Assessment.Score, g.Assessment.Level)
}
