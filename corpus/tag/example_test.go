package tag_test

import (
	"fmt"

	"github.com/accordmodel/accord/corpus/tag"
)

func ExampleTagger_Tag() {
	ua := tag.Target{Kind: tag.Actor, ID: "ukraine", Name: "Ukraine"}
	tg := tag.MustNew([]tag.Entry{
		{Surface: "Ukraine", Target: ua},
		{Surface: "Kyiv", Target: ua},
		{Surface: "EU", Target: tag.Target{Kind: tag.Actor, ID: "eu", Name: "European Union"}},
		{Surface: "non-bloc", Target: tag.Target{Kind: tag.Status, ID: "non-bloc", Name: "non-bloc status"}},
	})
	text := "Kyiv’s “non‑bloc” past, priced in EUR, ended when Ukraine sought EU membership in 2014."
	for _, m := range tg.Tag(text) {
		fmt.Printf("%d-%d %s %q", m.Start, m.End, m.Kind, m.Text)
		for _, t := range m.Targets {
			fmt.Printf(" → %s", t.ID)
		}
		if m.Kind == tag.Figure {
			fmt.Printf(" = %s", m.Figure)
		}
		fmt.Println()
	}
	// Output:
	// 0-4 actor "Kyiv" → ukraine
	// 12-22 status "non‑bloc" → non-bloc
	// 58-65 actor "Ukraine" → ukraine
	// 73-75 actor "EU" → eu
	// 90-94 figure "2014" = 2014
}
