package settlement

import (
	"fmt"
	"strings"

	"github.com/accordmodel/accord"
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

// String returns the stand on one line: the actor and its answer, and for
// a rejection the red lines the package crosses, for a conditional answer
// how many points are left open:
//
//	ukraine rejects: crosses its red lines against guarantee-veto, for air-support, for military-aid
//	russia conditional: 2 points left open
//	france accepts
//
// The zero Stand is "no stand".
func (s Stand) String() string {
	if s.Actor == "" && s.Answer == 0 {
		return "no stand"
	}
	head := s.Actor + " " + s.Answer.String()
	switch s.Answer {
	case Rejects:
		rls := s.RedLines()
		if len(rls) == 0 {
			return head
		}
		sides := make([]string, len(rls))
		for i, rl := range rls {
			sides[i] = strings.TrimPrefix(rl.String(), rl.Actor+": ")
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
// "Russia's present terms, on 2025: rejected by mart-kuldkepp, ukraine; conditional for …; accepted by
// critics-of-bespoke-guarantees, france, russia, samuel-charap".
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
				who = append(who, st.Actor)
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
