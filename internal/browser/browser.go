package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"
)

// DefaultPath is where Debian's chromium package puts the browser.
const DefaultPath = "/usr/bin/chromium"

// Options say how to start the browser. The zero value starts
// [DefaultPath] with a temporary profile.
type Options struct {
	// Path is the browser's executable; "" means DefaultPath.
	Path string
	// Args are added after the standard flags.
	Args []string
	// CloseTimeout bounds Close: how long the browser has to exit after
	// Browser.close before it is killed; 0 means 10 seconds.
	CloseTimeout time.Duration
}

// Flags are the flags Launch always passes: headless, no sandbox (tests
// run as root in CI containers), no GPU, no network services of its own,
// and the DevTools protocol on file descriptors 3 and 4.
var Flags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
	"--remote-debugging-pipe",
}

// Browser is a running browser process and its protocol connection.
type Browser struct {
	conn    *Conn
	cmd     *exec.Cmd
	profile string
	stderr  *tailBuffer
	closeTO time.Duration
	exited  chan struct{}
	waitErr error

	mu    sync.Mutex
	pages map[string]*Page // by session id

	closeOnce sync.Once
	closeErr  error
}

// Launch starts the browser and returns once it answers the protocol
// (Browser.getVersion), or an error with the end of what it printed.
func Launch(ctx context.Context, opts Options) (*Browser, error) {
	path := opts.Path
	if path == "" {
		path = DefaultPath
	}
	if _, err := exec.LookPath(path); err != nil {
		return nil, fmt.Errorf("browser: %w", err)
	}
	profile, err := os.MkdirTemp("", "accord-chromium-*")
	if err != nil {
		return nil, fmt.Errorf("browser: %w", err)
	}
	// The browser reads commands from fd 3 and writes to fd 4.
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		os.RemoveAll(profile)
		return nil, fmt.Errorf("browser: %w", err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		os.RemoveAll(profile)
		cmdR.Close()
		cmdW.Close()
		return nil, fmt.Errorf("browser: %w", err)
	}
	args := append(append([]string{}, Flags...), "--user-data-dir="+profile)
	args = append(args, opts.Args...)
	args = append(args, "about:blank")
	b := &Browser{
		profile: profile, stderr: &tailBuffer{max: 8 << 10}, closeTO: opts.CloseTimeout,
		exited: make(chan struct{}), pages: map[string]*Page{},
	}
	if b.closeTO <= 0 {
		b.closeTO = 10 * time.Second
	}
	b.cmd = exec.Command(path, args...)
	b.cmd.ExtraFiles = []*os.File{cmdR, outW}
	b.cmd.Stdout = b.stderr
	b.cmd.Stderr = b.stderr
	if err := b.cmd.Start(); err != nil {
		os.RemoveAll(profile)
		for _, f := range []*os.File{cmdR, cmdW, outR, outW} {
			f.Close()
		}
		return nil, fmt.Errorf("browser: %w", err)
	}
	// The child holds its own copies of its ends.
	cmdR.Close()
	outW.Close()
	go func() {
		b.waitErr = b.cmd.Wait()
		outR.Close()
		close(b.exited)
	}()
	b.conn = NewConn(outR, cmdW, b.dispatch)
	go func() {
		<-b.exited
		cmdW.Close()
	}()

	if err := b.conn.Call(ctx, "", "Browser.getVersion", nil, nil); err != nil {
		b.Close()
		return nil, fmt.Errorf("browser: %s did not answer: %w%s", path, err, b.output())
	}
	return b, nil
}

// output returns the end of what the browser printed, on its own lines,
// or "".
func (b *Browser) output() string {
	s := bytes.TrimSpace(b.stderr.Bytes())
	if len(s) == 0 {
		return ""
	}
	return "\nbrowser output (end):\n" + string(s)
}

// dispatch hands an event to the page whose session it belongs to.
func (b *Browser) dispatch(e Event) {
	b.mu.Lock()
	p := b.pages[e.SessionID]
	b.mu.Unlock()
	if p != nil {
		p.handle(e)
	}
}

// Call sends a command to the browser itself (no session).
func (b *Browser) Call(ctx context.Context, method string, params, result any) error {
	return b.conn.Call(ctx, "", method, params, result)
}

// Close asks the browser to close (Browser.close), waits for it to exit
// for at most the close timeout, kills it otherwise, and removes its
// temporary profile. It is safe to call more than once.
func (b *Browser) Close() error {
	b.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), b.closeTO)
		defer cancel()
		select {
		case <-b.exited:
		default:
			// The reply may never come: the browser can exit first.
			_ = b.conn.Call(ctx, "", "Browser.close", nil, nil)
			select {
			case <-b.exited:
			case <-ctx.Done():
				b.closeErr = fmt.Errorf("browser: did not exit within %s; killed", b.closeTO)
				_ = b.cmd.Process.Kill()
				<-b.exited
			}
		}
		if err := os.RemoveAll(b.profile); err != nil && b.closeErr == nil {
			b.closeErr = fmt.Errorf("browser: removing the profile: %w", err)
		}
	})
	return b.closeErr
}

// Exited reports whether the browser process has ended.
func (b *Browser) Exited() bool {
	select {
	case <-b.exited:
		return true
	default:
		return false
	}
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf []byte
}

// Write keeps the end of p and of what came before.
func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - t.max; over > 0 {
		t.buf = append(t.buf[:0:0], t.buf[over:]...)
	}
	return len(p), nil
}

// Bytes returns a copy of what is kept.
func (t *tailBuffer) Bytes() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return bytes.Clone(t.buf)
}

// errNotAttached is returned when a target cannot be attached.
var errNotAttached = errors.New("browser: no session for the new page")
