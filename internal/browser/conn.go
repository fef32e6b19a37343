package browser

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
)

// DefaultCallTimeout bounds a call whose context has no deadline.
const DefaultCallTimeout = 30 * time.Second

// MaxMessage is the largest message [Conn] reads (a full-page screenshot
// of a long page is tens of megabytes of base64).
const MaxMessage = 256 << 20

// ErrClosed is returned by calls on a connection whose other end has gone.
var ErrClosed = errors.New("browser: connection closed")

// Event is a protocol event: its method ("Page.loadEventFired"), the
// session it belongs to ("" for the browser) and its raw parameters.
type Event struct {
	Method    string
	SessionID string
	Params    json.RawMessage
}

// RemoteError is an error reply to a command.
type RemoteError struct {
	Method  string
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    string `json:"data,omitempty"`
}

// Error returns "Method: message (code)".
func (e *RemoteError) Error() string {
	s := fmt.Sprintf("%s: %s (%d)", e.Method, e.Message, e.Code)
	if e.Data != "" {
		s += ": " + e.Data
	}
	return s
}

// message is any message on the wire.
type message struct {
	ID        int64           `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    any             `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *RemoteError    `json:"error,omitempty"`
}

// incoming is a message as read, with its parameters kept raw.
type incoming struct {
	ID        int64           `json:"id"`
	Method    string          `json:"method"`
	SessionID string          `json:"sessionId"`
	Params    json.RawMessage `json:"params"`
	Result    json.RawMessage `json:"result"`
	Error     *RemoteError    `json:"error"`
}

// Conn is a DevTools protocol connection over a NUL-delimited stream of
// JSON messages. Calls may be made from several goroutines; events go to
// the handler given to [NewConn], one at a time, in the order they came.
type Conn struct {
	w       io.Writer
	handler func(Event)

	wmu sync.Mutex // serialises writes

	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan incoming
	err     error // set once the reader stops
	done    chan struct{}
}

// NewConn starts reading r and returns a connection that writes commands
// to w. handler, which may be nil, receives every event; it must not block
// for long and must not make calls on the connection.
func NewConn(r io.Reader, w io.Writer, handler func(Event)) *Conn {
	c := &Conn{w: w, handler: handler, pending: map[int64]chan incoming{}, done: make(chan struct{})}
	go c.read(r)
	return c
}

// Done is closed when the connection's reader stops.
func (c *Conn) Done() <-chan struct{} { return c.done }

// Err returns why the reader stopped, or nil while it runs.
func (c *Conn) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// read dispatches replies and events until r ends.
func (c *Conn) read(r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	var err error
	for {
		var data []byte
		data, err = readMessage(br)
		if err != nil {
			break
		}
		var m incoming
		if err = json.Unmarshal(data, &m); err != nil {
			err = fmt.Errorf("browser: bad message %.80q: %w", data, err)
			break
		}
		if m.ID != 0 {
			c.mu.Lock()
			ch := c.pending[m.ID]
			delete(c.pending, m.ID)
			c.mu.Unlock()
			if ch != nil {
				ch <- m
			}
			continue
		}
		if m.Method != "" && c.handler != nil {
			c.handler(Event{Method: m.Method, SessionID: m.SessionID, Params: m.Params})
		}
	}
	if errors.Is(err, io.EOF) {
		err = ErrClosed
	}
	c.mu.Lock()
	c.err = err
	for id, ch := range c.pending {
		close(ch)
		delete(c.pending, id)
	}
	c.mu.Unlock()
	close(c.done)
}

// readMessage reads one NUL-terminated message, at most MaxMessage bytes.
func readMessage(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice(0)
		buf = append(buf, chunk...)
		if len(buf) > MaxMessage {
			return nil, fmt.Errorf("browser: message longer than %d bytes", MaxMessage)
		}
		switch {
		case err == nil:
			return buf[:len(buf)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(buf) > 0:
			return nil, io.ErrUnexpectedEOF
		default:
			return nil, err
		}
	}
}

// Call sends method with params in session ("" for the browser itself)
// and decodes the reply's result into result (which may be nil). A
// context without a deadline gets [DefaultCallTimeout].
func (c *Conn) Call(ctx context.Context, session, method string, params, result any) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultCallTimeout)
		defer cancel()
	}
	ch := make(chan incoming, 1)
	c.mu.Lock()
	if c.err != nil {
		err := c.err
		c.mu.Unlock()
		return fmt.Errorf("%s: %w", method, err)
	}
	c.nextID++
	id := c.nextID
	c.pending[id] = ch
	c.mu.Unlock()
	forget := func() {
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
	}

	if params == nil {
		params = struct{}{}
	}
	data, err := json.Marshal(message{ID: id, Method: method, SessionID: session, Params: params})
	if err != nil {
		forget()
		return fmt.Errorf("%s: %w", method, err)
	}
	if err := c.write(ctx, append(data, 0)); err != nil {
		forget()
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return fmt.Errorf("%s: %w", method, c.Err())
		}
		if m.Error != nil {
			m.Error.Method = method
			return m.Error
		}
		if result == nil {
			return nil
		}
		if err := json.Unmarshal(m.Result, result); err != nil {
			return fmt.Errorf("%s: reading the result: %w", method, err)
		}
		return nil
	case <-ctx.Done():
		forget()
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// write writes data whole, giving up when ctx ends (the write itself
// then finishes or fails in the background).
func (c *Conn) write(ctx context.Context, data []byte) error {
	errc := make(chan error, 1)
	go func() {
		c.wmu.Lock()
		defer c.wmu.Unlock()
		_, err := c.w.Write(data)
		errc <- err
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
