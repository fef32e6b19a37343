// Command brief writes a brief on Ukraine's security from accord's
// embedded corpus as one self-contained HTML page: the sources, the
// neutrality verdict table, the ranking of security guarantees, the
// red-line clash matrix, the settlement options against every actor and
// the zone of possible agreement, every claim followed by its citation
// and linked to the sources. The page needs no script and no network; it
// reads at 1200 px and prints on A4.
//
//	go run ./examples/brief            # writes ./brief/brief.html
//	go run ./examples/brief -out DIR   # writes DIR/brief.html
package main

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
)

// FileName is the name of the page in the output folder.
const FileName = "brief.html"

//go:embed brief.html parts.html style.html
var templateFS embed.FS

// pageTemplate is the page; parts.html holds the citation and answer
// fragments, style.html the style sheet.
var pageTemplate = template.Must(template.New(FileName).ParseFS(templateFS, "brief.html", "parts.html", "style.html"))

var usage = cli.Usage{
	Synopsis: "[-out DIR]",
	About: `Brief writes a brief on Ukraine's security from accord's embedded corpus as one self-contained
HTML page, DIR/brief.html: the five source articles, the neutrality verdict table, the security
guarantees ranked, the red-line clashes, the settlement options against every actor and the zone
of possible agreement. Every claim is followed by its citation (article and phrase) linked to the
list of sources. Open the page in a browser or print it; it needs no script and no network.`,
	Example: "go run ./examples/brief -out /tmp/brief && xdg-open /tmp/brief/brief.html",
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program, with its arguments and streams; it returns the exit
// status: 0 on success and for -h, 2 for a bad flag or argument, 1 when
// the page cannot be written.
func run(args []string, stdout, stderr io.Writer) int {
	fs := cli.NewFlagSet("brief")
	out := fs.String("out", "brief", "write brief.html to the folder `DIR` (created if missing)")
	if status, ok := usage.Parse(fs, args, stdout, stderr); !ok {
		return status
	}
	path, n, err := write(*out)
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return cli.ExitFailure
	}
	message.NewPrinter(language.English).Fprintf(stdout, "%s\t%d bytes\n", path, n)
	return cli.ExitOK
}

// write builds the page from the embedded corpus and writes it to
// dir/brief.html; it returns the path and the size.
func write(dir string) (string, int, error) {
	c, err := corpus.Default()
	if err != nil {
		return "", 0, fmt.Errorf("loading the embedded corpus: %w", err)
	}
	var buf bytes.Buffer
	if err := render(&buf, c); err != nil {
		return "", 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", 0, fmt.Errorf("cannot create the output directory: %w", err)
	}
	path := filepath.Join(dir, FileName)
	if err := writeFile(path, buf.Bytes()); err != nil {
		return "", 0, err
	}
	return path, buf.Len(), nil
}

// render writes the brief on c to w.
func render(w io.Writer, c *corpus.Corpus) error {
	p, err := build(c)
	if err != nil {
		return err
	}
	return pageTemplate.ExecuteTemplate(w, "brief.html", p)
}

// writeFile writes data to path through a temporary file in the same
// directory, so that a failed run never leaves half a page behind.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".brief-*.html")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr, os.Chmod(f.Name(), 0o644)); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
