// Command neutrality prints what each kind of neutrality status means for
// the commitments negotiated for Ukraine, then checks the demands made in
// the 2022 Istanbul talks against permanent neutrality: which of them the
// status itself requires, and which go beyond it. It ends with Ukraine's
// status over time as each article tells it.
//
//	go run ./examples/neutrality
//
// It takes no arguments; -h prints its usage. Its output fits 100 columns.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/neutrality"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "",
	About: `Neutrality prints what each kind of neutrality status means for the commitments negotiated for
Ukraine, then checks the demands made in the 2022 Istanbul talks against permanent neutrality:
which of them the status itself requires, and which go beyond it. It ends with Ukraine's status
over time as each article tells it.`,
	Example: "go run ./examples/neutrality | less",
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("neutrality")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	c, err := corpus.Default()
	if err != nil {
		fmt.Fprintln(stderr, "neutrality: loading the embedded corpus:", err)
		return cli.ExitFailure
	}
	w := bufio.NewWriter(stdout)
	if err := write(w, c); err != nil {
		fmt.Fprintln(stderr, "neutrality:", err)
		return cli.ExitFailure
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "neutrality:", err)
		return cli.ExitFailure
	}
	return cli.ExitOK
}

// write prints the program's report on c to w.
func write(w io.Writer, c *corpus.Corpus) error {
	rb := c.Rulebook()
	p := message.NewPrinter(language.English)
	p.Fprintf(w, "Neutrality rulebook: %d rules, %d doctrines on %d contested questions, %d coded statuses\n\n",
		rb.Len(), len(rb.Doctrines()), len(rb.Questions()), c.NumNeutralityStatuses())
	if err := printTable(w, rb, "In peacetime", neutrality.Peacetime, withRuled(rb, neutrality.Peacetime, peacetime)); err != nil {
		return err
	}
	if err := printTable(w, rb, "In a war between other states (the state takes no part)", neutrality.Wartime, withRuled(rb, neutrality.Wartime, wartime)); err != nil {
		return err
	}
	if err := printIstanbul(w, c); err != nil {
		return err
	}
	printUkraine(w, c)
	return nil
}

// The commitments shown in the table, in reading order.
var (
	peacetime = []neutrality.Activity{
		neutrality.AllianceMembership, neutrality.AllianceMembershipCourse, neutrality.DefenceAgreement,
		neutrality.EUMembership, neutrality.EUMutualAssistance, neutrality.EUActionsAgainstState,
		neutrality.ForeignMilitaryBase, neutrality.JointExercises, neutrality.ForeignTrainers,
		neutrality.MilitaryTransit, neutrality.RefuellingFacilities, neutrality.ArmsExports,
		neutrality.JointArmsProduction, neutrality.ReceivesMilitaryAssistance, neutrality.ReceivesSecurityGuarantee,
		neutrality.GuarantorMayIntervene, neutrality.GuarantorConsensus, neutrality.EconomicSanctions,
		neutrality.CollectiveSelfDefence, neutrality.LimitsOnOwnForces, neutrality.StrongArmedForces,
		neutrality.ThirdStateVetoOverExercises,
	}
	wartime = []neutrality.Activity{
		neutrality.AllianceMembership, neutrality.WeaponsToBelligerent, neutrality.WeaponsToVictim, neutrality.IntelligenceToVictim,
		neutrality.NonlethalAidToVictim, neutrality.TerritoryForBelligerent, neutrality.MilitaryTransit,
		neutrality.CollectiveSelfDefence, neutrality.EconomicSanctions, neutrality.CondemnsAggression, neutrality.StrongArmedForces,
	}
	abbrev = map[neutrality.Kind]string{
		neutrality.NeutralInWar: "WAR", neutrality.NeutralityPolicy: "POL", neutrality.PermanentNeutrality: "PERM",
		neutrality.Neutralisation: "NTLS", neutrality.NonAlignment: "NONAL", neutrality.AllianceMember: "ALLY",
		neutrality.AllianceAspirant: "ASPIR", neutrality.NuclearWeaponFree: "NWF",
	}
	cellText = map[neutrality.Verdict]string{
		neutrality.Compatible: "yes", neutrality.Incompatible: "NO", neutrality.Conditional: "if",
		neutrality.Contested: "split", neutrality.NotRequired: "n/r", neutrality.Required: "MUST",
		neutrality.NotApplicable: "n/a",
	}
)

// withRuled returns acts followed by every other activity some rule of rb
// judges in context ctx, in the order of neutrality.Activities, so that a
// rule added to the data gets its row without this program changing. A
// rule without a context judges both, but the wartime table lists only
// what its rules single out for war: the rest is in the peacetime table.
func withRuled(rb *neutrality.Rulebook, ctx neutrality.Context, acts []neutrality.Activity) []neutrality.Activity {
	ruled := map[neutrality.Activity]bool{}
	for r := range rb.All() {
		if r.Context == ctx || !r.Context.IsValid() && ctx == neutrality.Peacetime {
			ruled[r.Activity] = true
		}
	}
	out := slices.Clone(acts)
	for _, a := range neutrality.Activities() {
		if ruled[a] && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// printTable prints one verdict per status kind and activity, then the
// conditions and the sides of the contested cells.
func printTable(w io.Writer, rb *neutrality.Rulebook, title string, ctx neutrality.Context, acts []neutrality.Activity) error {
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len(title)))
	kinds := neutrality.Kinds()
	if ctx == neutrality.Peacetime {
		// Neutrality in a war exists only while that war lasts.
		kinds = slices.DeleteFunc(kinds, func(k neutrality.Kind) bool { return k == neutrality.NeutralInWar })
	}
	fmt.Fprintf(w, "%-32s", "")
	for _, k := range kinds {
		fmt.Fprintf(w, "%7s", abbrev[k])
	}
	fmt.Fprintln(w)
	type note struct {
		key  string
		text []string
	}
	var notes []note
	for _, a := range acts {
		fmt.Fprintf(w, "%-32s", a)
		for _, k := range kinds {
			f, err := rb.Check(neutrality.Status{Kind: k}, a, neutrality.Options{Context: ctx})
			cell := "-"
			switch {
			case err == nil:
				cell = cellText[f.Verdict]
				if f.Inherited() {
					cell += "^"
				}
			case !errors.Is(err, neutrality.ErrNoRule):
				return err
			}
			fmt.Fprintf(w, "%7s", cell)
			if err != nil || f.Inherited() {
				continue
			}
			key := fmt.Sprintf("%s / %s", k, a)
			switch f.Verdict {
			case neutrality.Conditional:
				notes = append(notes, note{key, []string{"only if " + f.Condition}})
			case neutrality.Contested:
				var lines []string
				for _, s := range f.Sides() {
					line := fmt.Sprintf("%s: %s", s.Doctrine, s.Verdict)
					if s.Condition != "" {
						line += " (if " + s.Condition + ")"
					}
					lines = append(lines, line+" ["+docs(s.Evidence)+"]")
				}
				notes = append(notes, note{key, lines})
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	cli.Items(w, "", "   ", []string{"yes compatible", "NO incompatible", "if conditional", "split contested",
		"MUST required by the status", "n/r not required by the status", "- no rule"})
	cli.Fill(w, "", "  ", "^ inherited: a neutralisation from permanent neutrality; in wartime, any kind from the law of neutrality")
	var legend []string
	for _, k := range kinds {
		legend = append(legend, abbrev[k]+" "+k.String())
	}
	cli.Items(w, "", "   ", legend)
	fmt.Fprintln(w)
	for _, n := range notes {
		fmt.Fprintf(w, "  %s\n", n.key)
		for _, t := range n.text {
			cli.Fill(w, "      ", "        ", t)
		}
	}
	fmt.Fprintln(w)
	return nil
}

// docs lists the documents a set of citations cites, once each, in order.
func docs(ev []accord.Citation) string {
	var ids []string
	for _, c := range ev {
		if !slices.Contains(ids, c.Doc) {
			ids = append(ids, c.Doc)
		}
	}
	return strings.Join(ids, ", ")
}

// printIstanbul checks every demand of the 2022 Istanbul talks against the
// permanent neutrality they were about, first with no doctrine chosen and,
// where a rule is contested, under each article's doctrines.
func printIstanbul(w io.Writer, c *corpus.Corpus) error {
	title := "The 2022 Istanbul demands against permanent neutrality"
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len(title)))
	fmt.Fprintln(w, "Each demand was a proposal; none took effect. For each: who sought it and at what stage,")
	fmt.Fprintln(w, "what the status itself says about the activity, and whether the demand stays within it.")
	fmt.Fprintln(w)
	rb := c.Rulebook()
	status := neutrality.Status{ID: "ukraine-permanent-neutrality", State: "ukraine", Kind: neutrality.PermanentNeutrality, Stage: neutrality.Proposed}
	groups := map[neutrality.Reach][]string{}
	demands, err := c.DemandsIn("istanbul-2022")
	if err != nil {
		return err
	}
	for _, d := range demands {
		dm := d.Demand
		f, err := rb.Check(status, dm.Activity, neutrality.Options{})
		if err != nil {
			return fmt.Errorf("demand %s: %w", dm.ID, err)
		}
		reach := neutrality.Assess(dm, f)
		var b strings.Builder
		cli.Fill(&b, "  - ", "      ", fmt.Sprintf("%s %s  (%s, %s; %s)", dm.Direction, dm.Activity, strings.Join(dm.By, " and "), dm.Stage, d.Document))
		cli.Fill(&b, "      sought: ", "        ", dm.Summary)
		if dm.Wording != "" {
			cli.Fill(&b, "      draft wording: ", "        ", "\""+dm.Wording+"\"")
		}
		cli.Fill(&b, "      status: ", "        ", fmt.Sprintf("%s. %s", f, f.Reason))
		if reach == neutrality.DependsOnDoctrine {
			for _, doc := range []string{"lawfare-armed-neutrality", "hiia-security-guarantees"} {
				held, err := c.DoctrinesOf(doc)
				if err != nil {
					return err
				}
				g, err := rb.Check(status, dm.Activity, neutrality.Options{Doctrines: held})
				if err != nil {
					return err
				}
				cli.Fill(&b, "      ", "        ", fmt.Sprintf("under %s's doctrine (%s): %s, so %s", doc, g.Doctrine, g.Verdict, neutrality.Assess(dm, g)))
			}
		}
		groups[reach] = append(groups[reach], b.String())
	}
	for _, r := range neutrality.Reaches() {
		items := groups[r]
		if len(items) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s (%d):\n", reachTitle[r], len(items))
		for _, it := range items {
			fmt.Fprint(w, it)
		}
		fmt.Fprintln(w)
	}
	return nil
}

var reachTitle = map[neutrality.Reach]string{
	neutrality.RequiredByStatus:  "Required by the status: permanent neutrality itself obliges the state to this",
	neutrality.WithinStatus:      "Within the status: permanent neutrality itself rules this out, requires it or allows it",
	neutrality.BeyondStatus:      "Beyond the status: permanent neutrality does not require this",
	neutrality.AgainstStatus:     "Against the status",
	neutrality.DependsOnDoctrine: "Depends on the doctrine: the sources disagree",
	neutrality.OutsideStatus:     "Outside the status: it does not bind in this context",
}

// printUkraine lists Ukraine's status over time, article by article, and
// shows how the doctrine on recognition decides what its 1990s posture was.
func printUkraine(w io.Writer, c *corpus.Corpus) {
	title := "Ukraine's status over time, as each article tells it"
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len(title)))
	// Ukraine is an actor of the embedded corpus.
	statuses, _ := c.NeutralityStatusesOf("ukraine")
	// The columns are as wide as their widest cell.
	whens := make([]string, len(statuses))
	var ww, kw, dw int
	for i, s := range statuses {
		st := s.Status
		whens[i] = st.Period.String()
		if whens[i] == "" {
			whens[i] = "undated"
		}
		if st.Stage == neutrality.Proposed {
			whens[i] = "proposed"
		}
		ww, kw, dw = max(ww, cli.Width(whens[i])), max(kw, cli.Width(st.Kind.String())), max(dw, cli.Width(s.Document))
	}
	for i, s := range statuses {
		st := s.Status
		cli.Fill(w, fmt.Sprintf("  %s %s %s ", cli.Pad(whens[i], ww), cli.Pad(st.Kind.String(), kw), cli.Pad(s.Document, dw)),
			strings.Repeat(" ", ww+kw+dw+7), st.ID)
		for _, e := range st.Events {
			date := e.Date.String()
			if date == "" {
				date = "date not given"
			}
			by := ""
			if len(e.By) > 0 {
				by = " by " + strings.Join(e.By, ", ")
			}
			cli.Fill(w, strings.Repeat(" ", ww+5), strings.Repeat(" ", ww+7), fmt.Sprintf("%s%s (%s)", e.Kind, by, date))
		}
	}
	fmt.Fprintln(w)
	facts := neutrality.Facts{Postures: []neutrality.Posture{neutrality.StayNeutral, neutrality.StayOutOfBlocs}, Bases: []neutrality.Basis{neutrality.PolicyStatement}}
	cl, err := neutrality.Classify(facts, neutrality.Options{})
	if err != nil {
		fmt.Fprintln(w, "classify:", err)
		return
	}
	fmt.Fprintln(w, "A declared, unrecognised neutrality of a state that stays out of blocs, classified:")
	for _, a := range cl.Alternatives {
		fmt.Fprintf(w, "  under %s: %s\n", strings.Join(a.Doctrines, ", "), a.Kind)
	}
}
