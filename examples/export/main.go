// Command export writes accord's embedded corpus for programs in other
// languages: the whole corpus as one JSON document (corpus.json) and as
// JSON Lines (corpus.jsonl), both with what the library computes (the
// verdict table, the instruments' assessments, the clash matrix and the
// settlement options' evaluations), and the JSON Schemas that describe
// them (export.schema.json) and the data files (schema.json).
//
//	go run ./examples/export -out DIR
//
// DIR is created if needed; it defaults to "export". Further arguments
// name folders of the user's own layers, loaded on top of the embedded
// corpus (see examples/extend). examples/export/rejecters.mjs reads the
// output with Node.js. -h prints the usage.
package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/seeds"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "[-out DIR] [LAYER...]",
	About: `Export writes accord's embedded corpus for programs in other languages: the whole corpus as
one JSON document (corpus.json) and as JSON Lines (corpus.jsonl), both with what the library
computes, and the JSON Schemas that describe them (export.schema.json) and the data files
(schema.json).

Each LAYER names a folder of one's own records, loaded on top of the embedded corpus (see
examples/extend). examples/export/rejecters.mjs reads the output with Node.js.`,
	Example: "go run ./examples/export -out /tmp/accord",
	MaxArgs: cli.AnyArgs,
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("export")
	out := flags.String("out", "export", "the directory `DIR` to write to, created if missing")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	layers := []fs.FS{seeds.FS()}
	for _, dir := range flags.Args() {
		layers = append(layers, corpus.NamedLayer(filepath.ToSlash(dir), os.DirFS(dir)))
	}
	c, err := corpus.Load(layers...)
	if err != nil {
		fmt.Fprintln(stderr, "export:", strings.ReplaceAll(err.Error(), "\n", "\n  "))
		return 1
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(stderr, "export:", err)
		return 1
	}
	opts := corpus.ExportOptions{Computed: true}
	files := []struct {
		name  string
		write func(w io.Writer) error
	}{
		{"corpus.json", func(w io.Writer) error { return c.WriteJSONWith(w, opts) }},
		{"corpus.jsonl", func(w io.Writer) error { return c.WriteJSONLinesWith(w, opts) }},
		{"export.schema.json", func(w io.Writer) error { _, err := w.Write(corpus.ExportSchema()); return err }},
		{"schema.json", func(w io.Writer) error {
			data, err := fs.ReadFile(seeds.FS(), "schema.json")
			if err == nil {
				_, err = w.Write(data)
			}
			return err
		}},
	}
	for _, f := range files {
		name := filepath.Join(*out, f.name)
		if err := writeFile(name, f.write); err != nil {
			fmt.Fprintln(stderr, "export:", err)
			return 1
		}
		st, err := os.Stat(name)
		if err != nil {
			fmt.Fprintln(stderr, "export:", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", name, st.Size())
	}
	return 0
}

// writeFile creates name and writes it with write.
func writeFile(name string, write func(w io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
