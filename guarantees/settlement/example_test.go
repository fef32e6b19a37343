package settlement

import (
	"context"
	"errors"
	"fmt"

	"github.com/accordmodel/accord"
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
		fmt.Printf("%s %s:", st.Actor, st.Answer)
		for _, r := range st.Deciding {
			fmt.Printf(" %s on %s (%s)", r.Kind, r.Outcome, r.PositionID())
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
	z, err := Search(context.Background(), sp, negotiation(), opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d packages, %d examined, %d acceptable: %s\n", z.Space, z.Examined, z.Acceptable, z.Packages[0].Settlement.Name)

	closed := negotiation(pos("ua-nato-troops", "ukraine", "nato-troops", actors.Demands, true))
	z, err = Search(context.Background(), sp, closed, opts)
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

// Validate reports every problem of a package at once, each with its path,
// its kind and, for the rules of this package, a sentinel.
func ExampleSettlement_Validate() {
	s := optionA()
	s.Presence = ForeignPresence{Deployments: []Deployment{{Kind: Peacekeepers}}}
	s.Forces = ForcePosture{Limits: Capped, Caps: []Cap{{Quantity: "tanks", Unit: "tanks"}}}
	s.Territory = []TerritorialTerm{{Region: "crimea", Treatment: NotRecognised}, {Region: "crimea", Treatment: Recognised}}
	for _, e := range s.Validate(accord.NewPath("settlement")) {
		fmt.Printf("%s: mandate %t, figure %t, region %t\n", e.Path,
			errors.Is(e, ErrNoMandate), errors.Is(e, ErrCapWithoutFigure), errors.Is(e, ErrDuplicateRegion))
	}
	// Output:
	// settlement.forces.caps[0].at_most: mandate false, figure true, region false
	// settlement.presence.deployments[0].mandate: mandate true, figure false, region false
	// settlement.territory[1].region: mandate false, figure false, region true
}
