package browser

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A page with one of each problem the tests must catch.
const troubledPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>t</title></head>
<body>
<h1 id="top" aria-describedby="nowhere">Title</h1>
<a href="#top">fine</a> <a href="#missing">broken</a> <a href="https://example.org/">away</a>
<table><tr><th id="h1">x</th></tr><tr><td headers="h1 h2">y</td></tr></table>
<script>
console.log("just talk");
console.error("something failed", 42);
setTimeout(() => { throw new Error("uncaught here"); }, 0);
</script>
</body></html>`

const cleanPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>t</title>
<style>body{margin:0;width:300px;height:2000px;background:#0072B2} h1{margin:0}</style></head>
<body><h1 id="a">A</h1><a href="#a">to A</a></body></html>`

func writePage(t *testing.T, html string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(path, []byte(html), 0o644))
	return "file://" + path
}

func TestBrowserProblemsAndLinks(t *testing.T) {
	b := LaunchForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := b.NewPage(ctx)
	require.NoError(t, err)
	require.NoError(t, p.Navigate(ctx, writePage(t, troubledPage)))

	links, err := p.Links(ctx)
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"a href=#missing", "h1 aria-describedby=nowhere", "td headers=h2"}, links.Unresolved)
	assert.Equal(t, []string{"a href=https://example.org/"}, links.External)
	assert.Equal(t, 6, links.Checked, "3 links, 1 aria reference, 2 headers")

	// The exception is thrown after load, from a timer: wait for it.
	require.Eventually(t, func() bool { return len(p.Problems()) >= 2 }, 10*time.Second, 20*time.Millisecond)
	var kinds, texts []string
	for _, pr := range p.Problems() {
		kinds = append(kinds, pr.Kind)
		texts = append(texts, pr.Text)
	}
	assert.ElementsMatch(t, []string{"console", "exception"}, kinds)
	assert.Contains(t, texts, "something failed 42", "console.error with its arguments; console.log is not a problem")
	assert.Contains(t, texts[1]+texts[0], "uncaught here")
	require.NoError(t, p.Close(ctx))
}

func TestBrowserNavigateMissingFile(t *testing.T) {
	b := LaunchForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := b.NewPage(ctx)
	require.NoError(t, err)
	err = p.Navigate(ctx, "file://"+filepath.Join(t.TempDir(), "absent.html"))
	assert.ErrorContains(t, err, "ERR_FILE_NOT_FOUND")
}

func TestBrowserScreenshotAndPDF(t *testing.T) {
	b := LaunchForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := b.NewPage(ctx)
	require.NoError(t, err)
	require.NoError(t, p.SetViewport(ctx, 400, 300))
	require.NoError(t, p.Navigate(ctx, writePage(t, cleanPage)))
	assert.Empty(t, p.Problems())

	w, h, err := p.Size(ctx)
	require.NoError(t, err)
	assert.Equal(t, 400.0, w)
	assert.Equal(t, 2000.0, h, "the whole page, beyond the 300 px viewport")

	png, err := p.Screenshot(ctx, Rect{})
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")), "a PNG")
	// The IHDR chunk holds the width and height.
	assert.Equal(t, []byte{0, 0, 1, 144, 0, 0, 7, 208}, png[16:24], "400 × 2000 pixels")

	part, err := p.Screenshot(ctx, Rect{Y: 1000, Width: 200, Height: 100})
	require.NoError(t, err)
	assert.Equal(t, []byte{0, 0, 0, 200, 0, 0, 0, 100}, part[16:24], "200 × 100 pixels")

	require.NoError(t, p.EmulateMedia(ctx, "print"))
	var printing bool
	require.NoError(t, p.Evaluate(ctx, `matchMedia("print").matches`, &printing))
	assert.True(t, printing)

	pdf, err := p.PrintToPDF(ctx)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")), "a PDF")
}

func TestBrowserEvaluateError(t *testing.T) {
	b := LaunchForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := b.NewPage(ctx)
	require.NoError(t, err)
	var n int
	require.NoError(t, p.Evaluate(ctx, "6*7", &n))
	assert.Equal(t, 42, n)
	assert.ErrorContains(t, p.Evaluate(ctx, "nosuchname.x", &n), "nosuchname")
}

func TestBrowserClose(t *testing.T) {
	b := LaunchForTest(t)
	require.NoError(t, b.Close())
	assert.True(t, b.Exited())
	_, err := os.Stat(b.profile)
	assert.True(t, os.IsNotExist(err), "the temporary profile is removed")
	require.NoError(t, b.Close(), "a second Close does nothing")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	assert.Error(t, b.Call(ctx, "Browser.getVersion", nil, nil), "a call after Close fails at once")
}

func TestLaunchMissing(t *testing.T) {
	_, err := Launch(context.Background(), Options{Path: filepath.Join(t.TempDir(), "no-browser")})
	assert.Error(t, err)
}

func TestBrowserNavigateTwice(t *testing.T) {
	b := LaunchForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := b.NewPage(ctx)
	require.NoError(t, err)
	for _, title := range []string{"first", "second", "third"} {
		page := `<!DOCTYPE html><html lang="en"><head><title>` + title + `</title></head><body>x</body></html>`
		require.NoError(t, p.Navigate(ctx, writePage(t, page)))
		var got string
		require.NoError(t, p.Evaluate(ctx, "document.readyState + ' ' + document.title", &got))
		assert.Equal(t, "complete "+title, got, "Navigate returns once its own document has loaded")
	}
}

// TestPageEvents feeds a page the events the browser sends, without a
// browser: only errors are problems, and a load event is recorded by its
// loader id.
func TestPageEvents(t *testing.T) {
	p := &Page{loaded: map[string]bool{}, loads: make(chan struct{}, 1)}
	for _, e := range []struct{ method, params string }{
		{"Runtime.consoleAPICalled", `{"type":"log","args":[{"type":"string","value":"fine"}]}`},
		{"Runtime.consoleAPICalled", `{"type":"error","args":[{"type":"string","value":"bad"},{"type":"number","value":3,"description":"3"}],
			"stackTrace":{"callFrames":[{"url":"file:///p.html","lineNumber":9}]}}`},
		{"Runtime.exceptionThrown", `{"exceptionDetails":{"text":"Uncaught","url":"file:///p.html","lineNumber":0,
			"exception":{"description":"Error: boom"}}}`},
		{"Log.entryAdded", `{"entry":{"level":"warning","source":"other","text":"meh"}}`},
		{"Log.entryAdded", `{"entry":{"level":"error","source":"network","text":"Failed to load","url":"file:///x.css"}}`},
		{"Page.lifecycleEvent", `{"loaderId":"L1","name":"DOMContentLoaded"}`},
		{"Page.lifecycleEvent", `{"loaderId":"L2","name":"load"}`},
		{"Runtime.consoleAPICalled", `not json`},
	} {
		p.handle(Event{Method: e.method, Params: []byte(e.params)})
	}
	assert.Equal(t, []Problem{
		{Kind: "console", Text: "bad 3", URL: "file:///p.html", Line: 10},
		{Kind: "exception", Text: "Uncaught Error: boom", URL: "file:///p.html", Line: 1},
		{Kind: "log", Text: "network: Failed to load", URL: "file:///x.css"},
	}, p.Problems())
	assert.Equal(t, map[string]bool{"L2": true}, p.loaded)
	assert.Len(t, p.loads, 1)
}

func TestBrowserOverlappingText(t *testing.T) {
	b := LaunchForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := b.NewPage(ctx)
	require.NoError(t, err)
	svg := `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" font-size="16">
<text x="10" y="30">first label</text><text x="40" y="34">second label</text>
<text x="10" y="100">apart</text><text x="200" y="100">also apart</text>
<text x="10" y="150">touching</text><text x="10" y="168">below</text>
</svg>`
	path := filepath.Join(t.TempDir(), "chart.svg")
	require.NoError(t, os.WriteFile(path, []byte(svg), 0o644))
	require.NoError(t, p.Navigate(ctx, "file://"+path))
	got, err := p.OverlappingText(ctx)
	require.NoError(t, err)
	assert.Equal(t, []string{`"first label" and "second label"`}, got)
}
