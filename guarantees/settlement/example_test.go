package settlement

import (
	"fmt"

	"github.com/accordmodel/accord/actors"
)

// Evaluate a package against the constructed negotiation of the tests:
// Russia demands a neutral Ukraine and rules out NATO troops, Ukraine rules
// out caps on its forces.
func ExampleEvaluate() {
	ev, err := Evaluate(optionA(), negotiation(), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range ev.Stands {
		fmt.Printf("%s %s:", st.Actor, st.Verdict)
		for _, r := range st.Deciding {
			fmt.Printf(" %s on %s (%s)", r.Kind, r.Outcome, r.Position.ID)
		}
		fmt.Println()
	}
	// Output:
	// russia rejects: red-line-crossed on nato-troops (ru-nato-troops)
	// ukraine rejects: red-line-crossed on force-limits (ua-caps)
}

// Search the space two options span for packages neither party rejects,
// then add a Ukrainian red line that closes the zone and ask which red lines
// block every package.
func ExampleSearch() {
	sp, err := NewSpace([]Settlement{optionA(), optionB()})
	if err != nil {
		fmt.Println(err)
		return
	}
	opts := SearchOptions{Required: []string{"ukraine", "russia"}}
	z, err := Search(sp, negotiation(), opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d packages, %d examined, %d acceptable: %s\n", z.Space, z.Examined, z.Acceptable, z.Packages[0].Settlement.Name)

	closed := negotiation(pos("ua-nato-troops", "ukraine", "nato-troops", actors.Demands, true))
	z, err = Search(sp, closed, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d acceptable; blocked by:\n", z.Acceptable)
	for _, b := range z.Blocking {
		fmt.Println(" ", b.RedLine)
	}
	// Output:
	// 8 packages, 2 examined, 1 acceptable: status: armed permanent-neutrality; forces: unlimited; presence: no ground-forces
	// 0 acceptable; blocked by:
	//   russia: against nato-troops
	//   ukraine: for nato-troops
}
