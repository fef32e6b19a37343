// Command quickstart loads accord's embedded corpus and prints an overview
// of what it holds: the source documents, then a section per domain.
//
//	go run ./examples/quickstart
//
// It takes no arguments; -h prints its usage. Its output fits 100 columns.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	About: `Quickstart loads accord's embedded corpus and prints an overview of what it holds: the
source documents, then a section per domain — actors and positions, neutrality, guarantees,
settlements and the tagging of text.`,
	Example: "go run ./examples/quickstart",
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("quickstart")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	if err := overview(stdout); err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return cli.ExitFailure
	}
	return cli.ExitOK
}

// overview prints the overview of the embedded corpus to out.
func overview(out io.Writer) error {
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
