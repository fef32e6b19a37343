package browser

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

// Problem is something a page reported that a test should fail on: a
// console message of type error, an uncaught exception, or a log entry
// of level error (a resource that failed to load, a blocked request).
type Problem struct {
	// Kind is "console", "exception" or "log".
	Kind string
	// Text is the message.
	Text string
	// URL and Line say where, when the browser tells.
	URL  string
	Line int
}

// String returns "kind: text (url:line)".
func (p Problem) String() string {
	s := p.Kind + ": " + p.Text
	if p.URL != "" {
		s += fmt.Sprintf(" (%s:%d)", p.URL, p.Line)
	}
	return s
}

// Page is one tab, attached in a flat session. Its methods may be called
// from one goroutine at a time.
type Page struct {
	b       *Browser
	target  string
	session string

	mu       sync.Mutex
	problems []Problem
	loaded   map[string]bool // loader ids whose load event has come
	loads    chan struct{}   // a signal after each load event
}

// NewPage opens a blank tab, attaches to it and enables the Page, Runtime
// and Log domains, so that console errors, exceptions and error log
// entries are collected from the start (see [Page.Problems]).
func (b *Browser) NewPage(ctx context.Context) (*Page, error) {
	var created struct {
		TargetID string `json:"targetId"`
	}
	if err := b.Call(ctx, "Target.createTarget", map[string]any{"url": "about:blank"}, &created); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	params := map[string]any{"targetId": created.TargetID, "flatten": true}
	if err := b.Call(ctx, "Target.attachToTarget", params, &attached); err != nil {
		return nil, err
	}
	if attached.SessionID == "" {
		return nil, errNotAttached
	}
	p := &Page{b: b, target: created.TargetID, session: attached.SessionID,
		loaded: map[string]bool{}, loads: make(chan struct{}, 1)}
	b.mu.Lock()
	b.pages[p.session] = p
	b.mu.Unlock()
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		if err := p.Call(ctx, m, nil, nil); err != nil {
			return nil, err
		}
	}
	// Lifecycle events carry the loader id, so that Navigate waits for the
	// load of its own document, not a late one of the blank page.
	if err := p.Call(ctx, "Page.setLifecycleEventsEnabled", map[string]any{"enabled": true}, nil); err != nil {
		return nil, err
	}
	return p, nil
}

// Call sends a command in the page's session.
func (p *Page) Call(ctx context.Context, method string, params, result any) error {
	return p.b.conn.Call(ctx, p.session, method, params, result)
}

// handle records the events a page cares about.
func (p *Page) handle(e Event) {
	switch e.Method {
	case "Page.lifecycleEvent":
		var ev struct {
			LoaderID string `json:"loaderId"`
			Name     string `json:"name"`
		}
		if json.Unmarshal(e.Params, &ev) != nil || ev.Name != "load" {
			return
		}
		p.mu.Lock()
		p.loaded[ev.LoaderID] = true
		p.mu.Unlock()
		select {
		case p.loads <- struct{}{}:
		default:
		}
	case "Runtime.consoleAPICalled":
		var ev struct {
			Type string `json:"type"`
			Args []struct {
				Type        string          `json:"type"`
				Value       json.RawMessage `json:"value"`
				Description string          `json:"description"`
			} `json:"args"`
			StackTrace *stackTrace `json:"stackTrace"`
		}
		if json.Unmarshal(e.Params, &ev) != nil || (ev.Type != "error" && ev.Type != "assert") {
			return
		}
		var parts []string
		for _, a := range ev.Args {
			var s string
			switch {
			case a.Type == "string" && json.Unmarshal(a.Value, &s) == nil:
			case a.Description != "":
				s = a.Description
			default:
				s = string(a.Value)
			}
			parts = append(parts, s)
		}
		pr := Problem{Kind: "console", Text: strings.Join(parts, " ")}
		pr.URL, pr.Line = ev.StackTrace.top()
		p.add(pr)
	case "Runtime.exceptionThrown":
		var ev struct {
			Details struct {
				Text      string `json:"text"`
				URL       string `json:"url"`
				Line      int    `json:"lineNumber"`
				Exception *struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		if json.Unmarshal(e.Params, &ev) != nil {
			return
		}
		text := ev.Details.Text
		if x := ev.Details.Exception; x != nil && x.Description != "" {
			text += " " + x.Description
		}
		p.add(Problem{Kind: "exception", Text: text, URL: ev.Details.URL, Line: ev.Details.Line + 1})
	case "Log.entryAdded":
		var ev struct {
			Entry struct {
				Level  string `json:"level"`
				Source string `json:"source"`
				Text   string `json:"text"`
				URL    string `json:"url"`
				Line   int    `json:"lineNumber"`
			} `json:"entry"`
		}
		if json.Unmarshal(e.Params, &ev) != nil || ev.Entry.Level != "error" {
			return
		}
		p.add(Problem{Kind: "log", Text: ev.Entry.Source + ": " + ev.Entry.Text, URL: ev.Entry.URL, Line: ev.Entry.Line})
	}
}

// stackTrace is the part of a Runtime.StackTrace a problem shows.
type stackTrace struct {
	CallFrames []struct {
		URL  string `json:"url"`
		Line int    `json:"lineNumber"`
	} `json:"callFrames"`
}

// top returns the innermost frame's URL and 1-based line.
func (s *stackTrace) top() (string, int) {
	if s == nil || len(s.CallFrames) == 0 {
		return "", 0
	}
	return s.CallFrames[0].URL, s.CallFrames[0].Line + 1
}

func (p *Page) add(pr Problem) {
	p.mu.Lock()
	p.problems = append(p.problems, pr)
	p.mu.Unlock()
}

// Problems returns the problems the page has reported so far.
func (p *Page) Problems() []Problem {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Problem(nil), p.problems...)
}

// Navigate loads url and waits for the load event of the document it
// starts. A URL the browser cannot load (a missing file) is an error.
func (p *Page) Navigate(ctx context.Context, url string) error {
	var nav struct {
		LoaderID  string `json:"loaderId"`
		ErrorText string `json:"errorText"`
	}
	if err := p.Call(ctx, "Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return err
	}
	if nav.ErrorText != "" {
		return fmt.Errorf("browser: loading %s: %s", url, nav.ErrorText)
	}
	for {
		p.mu.Lock()
		done := p.loaded[nav.LoaderID]
		p.mu.Unlock()
		if done {
			return nil
		}
		select {
		case <-p.loads:
		case <-p.b.conn.Done():
			return fmt.Errorf("browser: loading %s: %w", url, p.b.conn.Err())
		case <-ctx.Done():
			return fmt.Errorf("browser: waiting for %s to load: %w", url, ctx.Err())
		}
	}
}

// Evaluate runs a JavaScript expression in the page (awaiting a promise)
// and decodes its JSON value into result, which may be nil.
func (p *Page) Evaluate(ctx context.Context, expr string, result any) error {
	var out struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text      string `json:"text"`
			Exception *struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	params := map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}
	if err := p.Call(ctx, "Runtime.evaluate", params, &out); err != nil {
		return err
	}
	if x := out.Exception; x != nil {
		msg := x.Text
		if x.Exception != nil {
			msg += " " + x.Exception.Description
		}
		return fmt.Errorf("browser: evaluating %.60q: %s", expr, msg)
	}
	if result == nil {
		return nil
	}
	if len(out.Result.Value) == 0 {
		return errors.New("browser: the expression has no JSON value")
	}
	return json.Unmarshal(out.Result.Value, result)
}

// SetViewport sets the page's viewport in CSS pixels at scale 1.
func (p *Page) SetViewport(ctx context.Context, width, height int) error {
	return p.Call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false,
	}, nil)
}

// EmulateMedia sets the CSS media type ("print", "screen"; "" resets it).
func (p *Page) EmulateMedia(ctx context.Context, media string) error {
	return p.Call(ctx, "Emulation.setEmulatedMedia", map[string]any{"media": media}, nil)
}

// Size returns the width and height of the page's content in CSS pixels.
func (p *Page) Size(ctx context.Context) (width, height float64, err error) {
	var m struct {
		Content struct {
			Width  float64 `json:"width"`
			Height float64 `json:"height"`
		} `json:"cssContentSize"`
	}
	if err := p.Call(ctx, "Page.getLayoutMetrics", nil, &m); err != nil {
		return 0, 0, err
	}
	return m.Content.Width, m.Content.Height, nil
}

// Rect is a region of the page in CSS pixels.
type Rect struct {
	X, Y, Width, Height float64
}

// Screenshot returns a PNG of the region r of the page, which may lie
// beyond the viewport; the zero Rect means the whole page.
func (p *Page) Screenshot(ctx context.Context, r Rect) ([]byte, error) {
	if r == (Rect{}) {
		w, h, err := p.Size(ctx)
		if err != nil {
			return nil, err
		}
		r = Rect{Width: w, Height: h}
	}
	params := map[string]any{
		"format": "png", "captureBeyondViewport": true, "fromSurface": true,
		"clip": map[string]any{
			"x": r.X, "y": r.Y, "width": math.Ceil(r.Width), "height": math.Ceil(r.Height), "scale": 1,
		},
	}
	var out struct {
		Data string `json:"data"`
	}
	if err := p.Call(ctx, "Page.captureScreenshot", params, &out); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(out.Data)
}

// PrintToPDF prints the page as the browser would on A4 paper, with the
// page's print styles and its background colours, and returns the PDF.
func (p *Page) PrintToPDF(ctx context.Context) ([]byte, error) {
	params := map[string]any{
		"printBackground": true, "paperWidth": 8.27, "paperHeight": 11.69,
		"preferCSSPageSize": true,
	}
	var out struct {
		Data string `json:"data"`
	}
	if err := p.Call(ctx, "Page.printToPDF", params, &out); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(out.Data)
}

// Close closes the tab.
func (p *Page) Close(ctx context.Context) error {
	err := p.b.Call(ctx, "Target.closeTarget", map[string]any{"targetId": p.target}, nil)
	p.b.mu.Lock()
	delete(p.b.pages, p.session)
	p.b.mu.Unlock()
	return err
}
