package actors_test

import (
	"fmt"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

// A position prints on one line, with its figures, period and article.
func ExamplePosition_String() {
	p := actors.Position{ID: "ru-caps-2022", Actor: "russia", Issue: "armed-forces-limits", Stance: actors.Demands,
		Figures:  []actors.StatedFigure{{Quantity: "personnel", Bound: actors.AtMost, Value: 85000, Unit: "personnel"}},
		Period:   accord.Period{From: accord.YearOf(2022), End: accord.EndNotStated},
		Evidence: []accord.Citation{{Doc: "lawfare-armed-neutrality", Anchor: "for example, 85,000 on personnel and 342 on tanks"}}}
	fmt.Println(p)
	// Output:
	// russia: demands armed-forces-limits, at most 85,000 personnel (personnel), 2022–? (lawfare-armed-neutrality)
}
