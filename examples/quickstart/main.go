// Command quickstart loads accord's embedded corpus and prints an overview
// of what it holds: the source documents, then a section per domain.
//
//	go run ./examples/quickstart
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/accordmodel/accord/corpus"
)

func main() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quickstart: loading the embedded corpus:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	printDocuments(w, c)
	printActors(w, c)
	printNeutrality(w, c)
	printGuarantees(w, c)
	printSettlements(w, c)
	printText(w, c)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}
