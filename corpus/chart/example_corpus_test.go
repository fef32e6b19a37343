package chart_test

import (
	"fmt"
	"io"
	"log"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/chart"
)

// The posture timeline of the embedded corpus leads with Ukraine and the
// European states the articles compare it with.
func ExamplePostureTimeline() {
	c, err := corpus.Default()
	if err != nil {
		log.Fatal(err)
	}
	t, err := chart.PostureTimeline(c)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range t.Rows[:len(chart.PostureStates())] {
		fmt.Println(r.Label)
	}
	if err := t.Render(io.Discard); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Ukraine
	// Sweden
	// Finland
	// Switzerland
	// Belgium
	// Austria
}

// The clash matrix highlights Ukraine and Russia unless told otherwise; a
// pair can be any two of the actors shown.
func ExampleClashMatrix() {
	c, err := corpus.Default()
	if err != nil {
		log.Fatal(err)
	}
	m, err := chart.ClashMatrix(c, chart.ClashOptions{
		Actors: []string{"ukraine", "russia", "united-states"},
		Pair:   chart.Pair{A: "ukraine", B: "united-states"},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range m.Rows {
		fmt.Println(r.Label)
	}
	fmt.Println("highlighted:", m.Highlight.A, "and", m.Highlight.B)
	// Output:
	// Ukraine
	// Russia
	// United States
	// highlighted: ukraine and united-states
}

// The guarantee ranking sets the scores against the levels of
// guarantees.Level.
func ExampleGuaranteeRanking() {
	c, err := corpus.Default()
	if err != nil {
		log.Fatal(err)
	}
	r, err := chart.GuaranteeRanking(c)
	if err != nil {
		log.Fatal(err)
	}
	for _, z := range r.Intervals {
		fmt.Print(z.Label, " ")
	}
	fmt.Println()
	// Output:
	// hollow weak limited strong robust
}
