// Command register prints the start of the registry entry of a new source
// document, for a layer's documents.json: the id made from the file name,
// the file name, its SHA-256 and its word count, as corpus.VerifyDocuments
// checks them, with the title, kind and summary left for the coder to fill
// in. The kind is one of those -h lists.
//
//	go run ./examples/register mydata/sources/my-article.txt
//
// Several files give several entries. With no file named it registers a
// short sample text it carries, to show the shape of the output. A file
// that cannot be read is reported on standard error, with exit status 1.
// -h prints the usage.
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
)

//go:embed sample.txt
var sample []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// entry is a registry entry as the coder starts it: the fields register
// knows, then the ones to fill in, in the order of documents.json.
type entry struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Kind    string `json:"kind"`
	File    string `json:"file"`
	SHA256  string `json:"sha256"`
	Words   int    `json:"words"`
	Summary string `json:"summary"`
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "[FILE...]",
	About: `Register prints the start of the registry entry of each new source document FILE, for a
layer's documents.json: the id made from the file name, the file name, its SHA-256 and its word
count, as corpus.VerifyDocuments checks them, with the title, kind and summary left for the
coder to fill in.

The kind is one of: ` + strings.Join(kindNames(), ", ") + `.

With no FILE it registers a short sample text it carries, to show the shape of the output.`,
	Example: "go run ./examples/register mydata/sources/my-article.txt",
	MaxArgs: cli.AnyArgs,
}

// kindNames returns the names of the kinds of document.
func kindNames() []string {
	var kinds []string
	for _, k := range corpus.DocumentKinds() {
		kinds = append(kinds, k.String())
	}
	return kinds
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("register")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	args = flags.Args()
	type source struct {
		name string
		data []byte
	}
	var sources []source
	if len(args) == 0 {
		sources = append(sources, source{"sample.txt", sample})
	}
	for _, name := range args {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "register: %v\n", err)
			return 1
		}
		sources = append(sources, source{name, data})
	}
	var out []entry
	for _, s := range sources {
		d := corpus.SourceEntry(s.name, s.data)
		out = append(out, entry{
			ID:    d.ID,
			Title: corpus.Placeholder + ": the source's title",
			// The kinds are too many for one line: -h lists them, and
			// so does the loader's error for a kind left unwritten.
			Kind:    corpus.Placeholder + ": a kind, such as news-report (register -h lists them)",
			File:    d.File,
			SHA256:  d.SHA256,
			Words:   d.Words,
			Summary: corpus.Placeholder + ": a few sentences in your own words",
		})
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string][]entry{"documents": out}); err != nil {
		fmt.Fprintf(stderr, "register: %v\n", err)
		return 1
	}
	return 0
}
