// Command quickstart loads accord's embedded corpus and prints an overview
// of what it holds: the source documents, then a section per domain.
//
//	go run ./examples/quickstart
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/accordmodel/accord/corpus"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// run prints the overview of the embedded corpus to out.
func run(out io.Writer) error {
	c, err := corpus.Default()
	if err != nil {
		return fmt.Errorf("loading the embedded corpus: %w", err)
	}
	w := bufio.NewWriter(out)
	printDocuments(w, c)
	printActors(w, c)
	printNeutrality(w, c)
	printGuarantees(w, c)
	printSettlements(w, c)
	printText(w, c)
	return w.Flush()
}
