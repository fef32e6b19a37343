package corpus

import (
	"errors"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
)

// ExportOptions changes what [Corpus.WriteJSONWith] and
// [Corpus.WriteJSONLinesWith] write. The zero value writes the coded
// records only, as [Corpus.WriteJSON] does.
type ExportOptions struct {
	// Computed adds what the library computes from the records: the
	// verdict table of the rulebook, every commitment's assessment, the
	// red-line clash matrix and the evaluation of every settlement option.
	Computed bool
}

// exportComputed is what the library computes from a corpus, in the
// "computed" member of the export.
type exportComputed struct {
	// Verdicts is the rulebook's verdict for every status kind, activity
	// and context it covers, in the order of the kind, activity and
	// context tables.
	Verdicts []exportVerdict `json:"verdicts"`
	// Assessments are the instruments' assessments in the situation the
	// corpus records, strongest first.
	Assessments []exportAssessment `json:"assessments"`
	// Clashes is the red-line clash matrix at any time.
	Clashes exportClashes `json:"clashes"`
	// Evaluations are the evaluations of the settlement options, in
	// registry order.
	Evaluations []exportEvaluation `json:"evaluations"`
}

// exportVerdict is one cell of the verdict table: the ruling with no
// doctrine held, by the rule that decides it (a rule of the cell's kind,
// or one it inherits), and for a contested rule the ruling under each
// doctrine that answers its question.
type exportVerdict struct {
	Status    neutrality.Kind        `json:"status"`
	Activity  neutrality.Activity    `json:"activity"`
	Context   neutrality.Context     `json:"context"`
	Rule      string                 `json:"rule,omitempty"` // none for a status asked about a context in which it does not bind
	Verdict   neutrality.Verdict     `json:"verdict"`
	Condition string                 `json:"condition,omitempty"`
	Reason    string                 `json:"reason"`
	Doctrines []exportDoctrineRuling `json:"doctrines,omitempty"`
}

// exportDoctrineRuling is a contested cell's ruling under one doctrine.
type exportDoctrineRuling struct {
	Doctrine  string             `json:"doctrine"`
	Verdict   neutrality.Verdict `json:"verdict"`
	Condition string             `json:"condition,omitempty"`
	Reason    string             `json:"reason"`
}

// exportAssessment is an instrument's assessment, with its rank among the
// instruments (1 is the strongest).
type exportAssessment struct {
	Instrument string                `json:"instrument"`
	Rank       int                   `json:"rank"`
	Score      int                   `json:"score"`
	Level      guarantees.Level      `json:"level"`
	Obligation guarantees.Obligation `json:"obligation,omitzero"`
	Effective  guarantees.Obligation `json:"effective,omitzero"`
	Findings   []exportFinding       `json:"findings"`
}

// exportFinding is one finding of an assessment, with its explanation.
type exportFinding struct {
	Kind        guarantees.FindingKind `json:"kind"`
	Clause      string                 `json:"clause,omitempty"`
	Actor       string                 `json:"actor,omitempty"`
	Activity    neutrality.Activity    `json:"activity,omitzero"`
	Explanation string                 `json:"explanation"`
}

// exportClashes is the red-line clash matrix: Counts[i][j] is the number
// of issues on which Actors[i] and Actors[j] clash over a red line.
type exportClashes struct {
	Actors  []string         `json:"actors"`
	Counts  [][]int          `json:"counts"`
	Clashes []exportRelation `json:"clashes"`
}

// exportRelation is one red-line clash: two actors on one issue, with
// the ids of the positions behind it.
type exportRelation struct {
	Kind       actors.RelationKind `json:"kind"`
	Issue      string              `json:"issue"`
	A          string              `json:"a"`
	B          string              `json:"b"`
	APositions []string            `json:"a_positions"`
	BPositions []string            `json:"b_positions"`
}

// exportEvaluation is the evaluation of one settlement option.
type exportEvaluation struct {
	Settlement string                   `json:"settlement"`
	Outcomes   []exportOutcome          `json:"outcomes"`
	Stands     []exportStand            `json:"stands"`
	Neutrality []exportActivityVerdict  `json:"neutrality"`
	Guarantees []exportGuaranteeVerdict `json:"guarantees"`
}

// exportOutcome is whether a package brings one outcome about.
type exportOutcome struct {
	Term   settlement.Term `json:"term"`
	Region string          `json:"region,omitempty"`
	Holds  bool            `json:"holds"`
	Issue  string          `json:"issue,omitempty"`
}

// exportStand is an actor's predicted answer to a package and the
// positions that decide it.
type exportStand struct {
	Actor    string            `json:"actor"`
	Answer   settlement.Answer `json:"answer"`
	Deciding []exportReason    `json:"deciding"`
}

// exportReason is one position that decides a stand.
type exportReason struct {
	Kind     settlement.ReasonKind `json:"kind"`
	Position string                `json:"position"`
	Term     settlement.Term       `json:"term"`
}

// exportActivityVerdict is the rulebook's verdict on one activity a
// package's status involves.
type exportActivityVerdict struct {
	Activity neutrality.Activity `json:"activity"`
	Verdict  neutrality.Verdict  `json:"verdict"`
}

// exportGuaranteeVerdict is the assessment of one guarantee of a package.
type exportGuaranteeVerdict struct {
	Instrument string           `json:"instrument"`
	Adopted    []string         `json:"adopted"`
	Score      int              `json:"score"`
	Level      guarantees.Level `json:"level"`
}

// computed returns what the library computes from c.
func (c *Corpus) computed() (exportComputed, error) {
	var out exportComputed
	var err error
	if out.Verdicts, err = c.verdictTable(); err != nil {
		return out, err
	}
	for i, r := range c.RankInstruments(c.GuaranteeSituation()) {
		a := exportAssessment{Instrument: r.Instrument.ID, Rank: i + 1, Score: r.Assessment.Score, Level: r.Assessment.Level,
			Obligation: r.Assessment.Obligation, Effective: r.Assessment.Effective, Findings: []exportFinding{}}
		for _, f := range r.Assessment.Findings {
			a.Findings = append(a.Findings, exportFinding{Kind: f.Kind, Clause: f.Clause, Actor: f.Actor, Activity: f.Activity, Explanation: f.Explanation()})
		}
		out.Assessments = append(out.Assessments, a)
	}
	m := c.Positions().ClashMatrix(accord.Date{})
	out.Clashes = exportClashes{Actors: nonNil(m.Actors), Counts: nonNil(m.Counts), Clashes: []exportRelation{}}
	for _, r := range m.Clashes() {
		out.Clashes.Clashes = append(out.Clashes.Clashes, exportRelation{Kind: r.Kind, Issue: r.Issue, A: r.A, B: r.B,
			APositions: r.APositionIDs(), BPositions: r.BPositionIDs()})
	}
	out.Evaluations = []exportEvaluation{}
	if c.NumSettlements() > 0 && c.Positions().Len() > 0 {
		for s := range c.Settlements() {
			ev, err := settlement.Evaluate(s, c, settlement.Options{})
			if err != nil {
				return out, err
			}
			out.Evaluations = append(out.Evaluations, exportEvaluationOf(ev))
		}
	}
	out.Assessments = nonNil(out.Assessments)
	return out, nil
}

// verdictTable checks every status kind, activity and context against
// the rulebook.
func (c *Corpus) verdictTable() ([]exportVerdict, error) {
	rb := c.Rulebook()
	out := []exportVerdict{}
	for _, k := range neutrality.Kinds() {
		for _, a := range neutrality.Activities() {
			for _, ctx := range neutrality.Contexts() {
				opts := neutrality.Options{Context: ctx}
				r, err := rb.Check(neutrality.Status{Kind: k}, a, opts)
				if errors.Is(err, neutrality.ErrNoRule) {
					continue
				}
				if err != nil {
					return nil, err
				}
				v := exportVerdict{Status: k, Activity: a, Context: ctx, Rule: r.RuleID(), Verdict: r.Verdict, Condition: r.Condition, Reason: r.Reason}
				for _, s := range r.Sides() {
					dr, err := rb.Check(neutrality.Status{Kind: k}, a, opts.WithDoctrines(s.Doctrine))
					if err != nil {
						return nil, err
					}
					v.Doctrines = append(v.Doctrines, exportDoctrineRuling{Doctrine: s.Doctrine, Verdict: dr.Verdict, Condition: dr.Condition, Reason: dr.Reason})
				}
				out = append(out, v)
			}
		}
	}
	return out, nil
}

// exportEvaluationOf keeps the parts of an evaluation a program in
// another language needs; the rest it can look up by id.
func exportEvaluationOf(ev settlement.Evaluation) exportEvaluation {
	e := exportEvaluation{Settlement: ev.Settlement.ID, Outcomes: []exportOutcome{}, Stands: []exportStand{},
		Neutrality: []exportActivityVerdict{}, Guarantees: []exportGuaranteeVerdict{}}
	for _, o := range slices.Concat(ev.Outcomes, ev.Unbound) {
		e.Outcomes = append(e.Outcomes, exportOutcome{Term: o.Term, Region: o.Region, Holds: o.Holds, Issue: o.Issue})
	}
	for _, s := range ev.Stands {
		st := exportStand{Actor: s.Actor, Answer: s.Answer, Deciding: []exportReason{}}
		for _, r := range s.Deciding {
			st.Deciding = append(st.Deciding, exportReason{Kind: r.Kind, Position: r.PositionID(), Term: r.Outcome.Term})
		}
		e.Stands = append(e.Stands, st)
	}
	if ev.Neutrality != nil {
		for _, r := range ev.Neutrality.Report.Rulings {
			e.Neutrality = append(e.Neutrality, exportActivityVerdict{Activity: r.Activity, Verdict: r.Verdict})
		}
	}
	for _, g := range ev.Guarantees {
		e.Guarantees = append(e.Guarantees, exportGuaranteeVerdict{Instrument: g.Instrument, Adopted: nonNil(g.Adopted),
			Score: g.Assessment.Score, Level: g.Assessment.Level})
	}
	return e
}
