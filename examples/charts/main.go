// Command charts draws accord's three charts from the embedded corpus as
// standalone SVG files — the posture timeline, the clash matrix and the
// guarantee ranking — and prints where it wrote them.
//
//	go run ./examples/charts            # writes ./charts/*.svg
//	go run ./examples/charts -out DIR   # writes DIR/*.svg
//
// Open the files in a browser; hover over a band, cell or bar to see its
// citations. -h prints the usage.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/chart"
	"github.com/accordmodel/accord/examples/internal/cli"
)

func main() {
	os.Exit(runArgs(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "[-out DIR]",
	About: `Charts draws accord's three charts from the embedded corpus as standalone SVG files — the
posture timeline, the clash matrix and the guarantee ranking — and prints where it wrote them.
Open the files in a browser; hover over a band, cell or bar to see its citations.`,
	Example: "go run ./examples/charts -out /tmp/charts",
}

// runArgs is the program, with its arguments and streams; it returns the
// exit status.
func runArgs(args []string, stdout, stderr io.Writer) int {
	fs := cli.NewFlagSet("charts")
	out := fs.String("out", "charts", "the directory `DIR` to write the SVG files to, created if missing")
	if status, ok := usage.Parse(fs, args, stdout, stderr); !ok {
		return status
	}
	if err := run(*out, stdout); err != nil {
		fmt.Fprintln(stderr, "charts:", err)
		return cli.ExitFailure
	}
	return cli.ExitOK
}

// renderer is any of the charts.
type renderer interface{ Render(io.Writer) error }

// run builds the three charts from the embedded corpus, writes them to dir
// and prints one line per file to w.
func run(dir string, w io.Writer) error {
	c, err := corpus.Default()
	if err != nil {
		return fmt.Errorf("loading the embedded corpus: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create the output directory: %w", unwrapPath(err))
	}
	timeline, err := chart.PostureTimeline(c)
	if err != nil {
		return err
	}
	matrix, err := chart.ClashMatrix(c, chart.ClashOptions{Compact: true})
	if err != nil {
		return err
	}
	ranking, err := chart.GuaranteeRanking(c)
	if err != nil {
		return err
	}
	p := message.NewPrinter(language.English)
	charts := []struct {
		file, what string
		chart      renderer
	}{
		{"posture-timeline.svg", p.Sprintf("%d states", len(timeline.Rows)), timeline},
		{"clash-matrix.svg", p.Sprintf("%d actors × %d issues", len(matrix.Rows), len(matrix.Cols)), matrix},
		{"guarantee-ranking.svg", p.Sprintf("%d bars", len(ranking.Bars)), ranking},
	}
	for _, ch := range charts {
		var buf bytes.Buffer
		if err := ch.chart.Render(&buf); err != nil {
			return fmt.Errorf("%s: %w", ch.file, err)
		}
		path := filepath.Join(dir, ch.file)
		if err := writeFile(path, buf.Bytes()); err != nil {
			return err
		}
		p.Fprintf(w, "%s\t%s, %d bytes\n", path, ch.what, buf.Len())
	}
	return nil
}

// writeFile writes data to path through a temporary file in the same
// directory, so that a failed run never leaves half a chart behind.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".chart-*.svg")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath reduces an *fs.PathError to "path: reason" once, so that the
// message stays on one readable line.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}
