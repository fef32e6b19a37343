package figure_test

import (
	"fmt"

	"github.com/accordmodel/accord/corpus/figure"
)

func ExampleFind() {
	text := "Donors pledged €110–120 billion; the plan caps the army at 85,000 on personnel from 1 March 2026."
	for _, m := range figure.Find(text) {
		fmt.Printf("%-8s %-18q %s\n", m.Kind, m.Text, m.Figure)
	}
	// Output:
	// money    "€110–120 billion" EUR 110,000,000,000–120,000,000,000
	// count    "85,000 on personnel" 85,000 personnel
	// date     "1 March 2026"     2026-03-01
}

func ExampleParse() {
	f, err := figure.Parse("between $20 and $40 billion per year")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Kind, f.Unit, f.Value, f.Max, f.Per)
	_, err = figure.Parse("Article 5")
	fmt.Println(err)
	// Output:
	// money USD 2e+10 4e+10 year
	// not a figure: "Article 5"
}
