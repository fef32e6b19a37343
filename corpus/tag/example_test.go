package tag_test

import (
	"fmt"
	"strings"

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

// A caller that tags many texts passes one slice to AppendTag each time,
// so that tagging does not allocate the mentions anew.
func ExampleTagger_AppendTag() {
	tg := tag.MustNew([]tag.Entry{
		{Surface: "Kyiv", Target: tag.Target{Kind: tag.Actor, ID: "ukraine", Name: "Ukraine"}},
		{Surface: "NATO", Target: tag.Target{Kind: tag.Actor, ID: "nato", Name: "NATO"}},
	})
	var ms []tag.Mention
	for _, text := range []string{"Kyiv and NATO met in 2023.", "NATO answered Kyiv."} {
		ms = tg.AppendTag(ms[:0], text, tag.Options{})
		var found []string
		for _, m := range ms {
			found = append(found, fmt.Sprintf("%s %q", m.Kind, m.Text))
		}
		fmt.Println(strings.Join(found, ", "))
	}
	// Output:
	// actor "Kyiv", actor "NATO", figure "2023"
	// actor "NATO", actor "Kyiv"
}
