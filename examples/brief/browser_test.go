package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/chart"
	"github.com/accordmodel/accord/internal/browser"
)

// screenWidth is the width the brief must read at without scrolling
// sideways; printWidth is A4's printable width at 96 px per inch.
const (
	screenWidth = 1200
	printWidth  = 794
)

// TestBrowser renders the brief and the three charts in headless
// Chromium: no console error or exception, every link and id reference
// resolves, no link leaves the page, the brief fits 1200 px and drops
// its navigation in print. Screenshots and the PDF are saved in the
// artefacts folder (ACCORD_ARTIFACTS) and their paths logged.
func TestBrowser(t *testing.T) {
	b := browser.LaunchForTest(t)
	c, err := corpus.Default()
	require.NoError(t, err)
	art := browser.ArtifactsDir(t, "brief")
	src := t.TempDir()

	var page bytes.Buffer
	require.NoError(t, render(&page, c))
	pages := []struct {
		file string
		body []byte
	}{{FileName, page.Bytes()}}
	for _, ch := range charts(t, c) {
		var buf bytes.Buffer
		require.NoError(t, ch.chart.Render(&buf), ch.file)
		pages = append(pages, struct {
			file string
			body []byte
		}{ch.file, buf.Bytes()})
	}

	for _, pg := range pages {
		t.Run(pg.file, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			path := filepath.Join(src, pg.file)
			require.NoError(t, os.WriteFile(path, pg.body, 0o644))
			p, err := b.NewPage(ctx)
			require.NoError(t, err)
			defer p.Close(ctx)
			require.NoError(t, p.SetViewport(ctx, screenWidth, 900))
			require.NoError(t, p.Navigate(ctx, "file://"+path))

			links, err := p.Links(ctx)
			require.NoError(t, err)
			assert.Empty(t, links.Unresolved, "links and id references that name no element")
			assert.Empty(t, links.External, "links that leave the page")
			t.Logf("%s: %d references checked", pg.file, links.Checked)

			assert.Empty(t, overflowing(ctx, t, p), "table cells whose content runs over their edge")

			w, h, err := p.Size(ctx)
			require.NoError(t, err)
			assert.LessOrEqual(t, w, float64(screenWidth), "the page scrolls sideways at %d px", screenWidth)

			base := pg.file[:len(pg.file)-len(filepath.Ext(pg.file))]
			if pg.file != FileName {
				save(t, art, base+".png", shot(ctx, t, p, browser.Rect{}))
				// Labels that overlap as the browser draws them, with its
				// fonts (the chart tests check an estimate of the widths).
				overlaps, err := p.OverlappingText(ctx)
				require.NoError(t, err)
				assert.Empty(t, overlaps, "labels that overlap as drawn")
				// The top screen at full size, to read the labels.
				save(t, art, base+"-top.png", shot(ctx, t, p, browser.Rect{Width: w, Height: min(h, 900)}))
			} else {
				// Top, middle and end of the brief, one screen each.
				for _, at := range []struct {
					name string
					y    float64
				}{{"top", 0}, {"middle", h/2 - 450}, {"end", h - 900}} {
					save(t, art, base+"-"+at.name+".png", shot(ctx, t, p, browser.Rect{Y: at.y, Width: w, Height: 900}))
				}
				// The start of each section.
				var tops []struct {
					ID  string  `json:"id"`
					Top float64 `json:"top"`
				}
				require.NoError(t, p.Evaluate(ctx, `[...document.querySelectorAll("main > section, #settlements h3")]
					.filter((e, i, all) => e.localName === "section" || all[i-1].localName === "section")
					.map(s => ({id: s.id, top: s.getBoundingClientRect().top + scrollY}))`, &tops))
				for _, s := range tops {
					save(t, art, base+"-"+s.ID+".png", shot(ctx, t, p, browser.Rect{Y: s.Top, Width: w, Height: 900}))
				}
				printed(ctx, t, p, art, base)
			}
			assert.Empty(t, p.Problems(), "console errors and exceptions")
		})
	}
}

// printed checks the brief as printed: on A4's width the navigation is
// hidden and nothing runs off the page; it saves a screenshot of the top
// of the first printed page and the PDF.
func printed(ctx context.Context, t *testing.T, p *browser.Page, art, base string) {
	t.Helper()
	require.NoError(t, p.EmulateMedia(ctx, "print"))
	require.NoError(t, p.SetViewport(ctx, printWidth, 1123))
	var navHidden bool
	require.NoError(t, p.Evaluate(ctx, `getComputedStyle(document.querySelector("nav")).display === "none"`, &navHidden))
	assert.True(t, navHidden, "print hides the navigation")
	var wide []string
	require.NoError(t, p.Evaluate(ctx, fmt.Sprintf(`[...document.querySelectorAll("table, h1, h2, h3, p")]
		.filter(e => e.getBoundingClientRect().right > %d).map(e => e.localName + ": " + e.textContent.slice(0, 60))`,
		printWidth), &wide))
	assert.Empty(t, wide, "elements wider than the printed page")
	assert.Empty(t, overflowing(ctx, t, p), "printed table cells whose content runs over their edge")
	save(t, art, base+"-print.png", shot(ctx, t, p, browser.Rect{Width: printWidth, Height: 1123}))
	var top float64
	require.NoError(t, p.Evaluate(ctx, `document.getElementById("neutrality").getBoundingClientRect().top + scrollY`, &top))
	save(t, art, base+"-print-neutrality.png", shot(ctx, t, p, browser.Rect{Y: top, Width: printWidth, Height: 1123}))
	require.NoError(t, p.Evaluate(ctx, `document.getElementById("settlements").getBoundingClientRect().top + scrollY`, &top))
	save(t, art, base+"-print-settlements.png", shot(ctx, t, p, browser.Rect{Y: top, Width: printWidth, Height: 1123}))
	pdf, err := p.PrintToPDF(ctx)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")))
	save(t, art, base+".pdf", pdf)
	require.NoError(t, p.EmulateMedia(ctx, ""))
}

// overflowing returns the start of the text of every table cell whose
// content is wider than the cell.
func overflowing(ctx context.Context, t *testing.T, p *browser.Page) []string {
	t.Helper()
	var out []string
	require.NoError(t, p.Evaluate(ctx, `[...document.querySelectorAll("td, th")]
		.filter(e => e.scrollWidth > e.clientWidth + 1)
		.map(e => e.textContent.trim().slice(0, 60))`, &out))
	return out
}

func shot(ctx context.Context, t *testing.T, p *browser.Page, r browser.Rect) []byte {
	t.Helper()
	png, err := p.Screenshot(ctx, r)
	require.NoError(t, err)
	return png
}

func save(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	t.Logf("saved %s (%d bytes)", path, len(data))
}

// renderer is any of the charts.
type renderer interface{ Render(io.Writer) error }

// charts are the three charts examples/charts draws, the clash matrix in
// both its compact form (the one examples/charts writes) and its full form.
func charts(t *testing.T, c *corpus.Corpus) []struct {
	file  string
	chart renderer
} {
	t.Helper()
	timeline, err := chart.PostureTimeline(c)
	require.NoError(t, err)
	matrix, err := chart.ClashMatrix(c, chart.ClashOptions{})
	require.NoError(t, err)
	compact, err := chart.ClashMatrix(c, chart.ClashOptions{Compact: true})
	require.NoError(t, err)
	ranking, err := chart.GuaranteeRanking(c)
	require.NoError(t, err)
	return []struct {
		file  string
		chart renderer
	}{
		{"posture-timeline.svg", timeline},
		{"clash-matrix.svg", matrix},
		{"clash-matrix-compact.svg", compact},
		{"guarantee-ranking.svg", ranking},
	}
}
