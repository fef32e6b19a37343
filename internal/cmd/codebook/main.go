// Command codebook regenerates the enum value tables of seeds/CODEBOOK.md
// from the Go tables of every enum of accord (see package
// internal/codebook). Run it with go generate ./... from the module root;
// it rewrites the file in place and fails, changing nothing, if a region
// is missing, unknown or unclosed.
//
// Usage:
//
//	go run ./internal/cmd/codebook [-o seeds/CODEBOOK.md]
package main

//go:generate go run . -o ../../../seeds/CODEBOOK.md

import (
	"flag"
	"fmt"
	"os"

	"github.com/accordmodel/accord/internal/codebook"
	"github.com/accordmodel/accord/internal/enum"

	// Every package that declares an enum, so that its table is registered.
	_ "github.com/accordmodel/accord"
	_ "github.com/accordmodel/accord/actors"
	_ "github.com/accordmodel/accord/corpus"
	_ "github.com/accordmodel/accord/corpus/figure"
	_ "github.com/accordmodel/accord/corpus/tag"
	_ "github.com/accordmodel/accord/guarantees"
	_ "github.com/accordmodel/accord/guarantees/settlement"
	_ "github.com/accordmodel/accord/neutrality"
)

func main() {
	file := flag.String("o", "seeds/CODEBOOK.md", "the codebook to rewrite")
	flag.Parse()
	if err := run(*file); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run rewrites the enum regions of the codebook at file.
func run(file string) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	out, err := codebook.Render(src, enum.All())
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return os.WriteFile(file, out, 0o644)
}
