package corpus_test

import (
	"fmt"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
)

// The Istanbul caps: what Russia demanded and what Ukraine offered in 2022,
// as the Lawfare analysis reports them.
func ExampleCorpus_Positions() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	cmp := noErr(c.Positions().Compare("russia", "ukraine", accord.YearOf(2022)))
	for _, r := range cmp.FigureGaps {
		fmt.Println(c.Issues().Name(r.Issue))
		for _, side := range [][]actors.Position{r.APositions(), r.BPositions()} {
			for _, p := range side {
				fmt.Printf("  %s %s:", p.Actor, p.Stance)
				for _, f := range p.Figures {
					fmt.Printf(" %s;", f)
				}
				fmt.Println()
			}
		}
	}
	// Output:
	// Limits on the armed forces
	//   russia demands: at most 85,000 troops (personnel); at most 342 tanks (tanks);
	//   ukraine conditional: about 250,000 troops (personnel); 800 tanks (tanks);
}

func ExampleCorpus_Actors() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"Zelenskiy", "Krushchev", "the Kremlin", "Germany"} {
		a, err := c.Actors().Lookup(name)
		if err != nil {
			fmt.Println(name, "→", err)
			continue
		}
		fmt.Println(name, "→", a.ID)
	}
	// Output:
	// Zelenskiy → zelenskyy
	// Krushchev → nikita-khrushchev
	// the Kremlin → kremlin
	// Germany → ambiguous actor name "Germany": it may mean german-empire, germany
}
