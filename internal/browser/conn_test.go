package browser

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// peer is the browser's end of a fake connection: it reads the commands
// the Conn sends and writes what the test tells it to.
type peer struct {
	t    *testing.T
	in   *bufio.Reader // commands from the Conn
	out  io.WriteCloser
	conn *Conn

	mu     sync.Mutex
	events []Event
}

func newPeer(t *testing.T) *peer {
	cmdR, cmdW := io.Pipe()
	outR, outW := io.Pipe()
	p := &peer{t: t, in: bufio.NewReader(cmdR), out: outW}
	p.conn = NewConn(outR, cmdW, func(e Event) {
		p.mu.Lock()
		p.events = append(p.events, e)
		p.mu.Unlock()
	})
	t.Cleanup(func() { outW.Close(); cmdR.Close() })
	return p
}

// command reads the next command.
func (p *peer) command() map[string]any {
	p.t.Helper()
	data, err := p.in.ReadBytes(0)
	require.NoError(p.t, err)
	require.Equal(p.t, byte(0), data[len(data)-1], "a message ends with NUL")
	var m map[string]any
	require.NoError(p.t, json.Unmarshal(data[:len(data)-1], &m))
	return m
}

// send writes raw, NUL-terminated, in pieces of at most chunk bytes.
func (p *peer) send(raw string, chunk int) {
	p.t.Helper()
	data := append([]byte(raw), 0)
	for len(data) > 0 {
		n := min(chunk, len(data))
		_, err := p.out.Write(data[:n])
		require.NoError(p.t, err)
		data = data[n:]
	}
}

func TestConnCall(t *testing.T) {
	p := newPeer(t)
	type reply struct {
		Product string `json:"product"`
	}
	done := make(chan error, 1)
	var got reply
	go func() {
		done <- p.conn.Call(context.Background(), "S1", "Browser.getVersion", map[string]int{"x": 1}, &got)
	}()
	cmd := p.command()
	assert.Equal(t, "Browser.getVersion", cmd["method"])
	assert.Equal(t, "S1", cmd["sessionId"])
	assert.Equal(t, map[string]any{"x": float64(1)}, cmd["params"])
	id := int(cmd["id"].(float64))
	// An event and an unrelated reply come first, split in small pieces.
	p.send(`{"method":"Page.loadEventFired","sessionId":"S1","params":{"timestamp":1}}`, 7)
	p.send(`{"id":999,"result":{}}`, 3)
	p.send(`{"id":`+itoa(id)+`,"result":{"product":"Chrome/1"}}`, 5)
	require.NoError(t, <-done)
	assert.Equal(t, "Chrome/1", got.Product)
	p.mu.Lock()
	defer p.mu.Unlock()
	require.Len(t, p.events, 1)
	assert.Equal(t, "Page.loadEventFired", p.events[0].Method)
	assert.Equal(t, "S1", p.events[0].SessionID)
	assert.JSONEq(t, `{"timestamp":1}`, string(p.events[0].Params))
}

func TestConnRemoteError(t *testing.T) {
	p := newPeer(t)
	done := make(chan error, 1)
	go func() { done <- p.conn.Call(context.Background(), "", "Page.bogus", nil, nil) }()
	cmd := p.command()
	assert.Equal(t, map[string]any{}, cmd["params"], "nil params are sent as {}")
	_, hasSession := cmd["sessionId"]
	assert.False(t, hasSession, "a browser command has no session")
	p.send(`{"id":`+itoa(int(cmd["id"].(float64)))+`,"error":{"code":-32601,"message":"'Page.bogus' wasn't found"}}`, 1<<20)
	err := <-done
	var re *RemoteError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, -32601, re.Code)
	assert.Equal(t, "Page.bogus", re.Method)
	assert.Contains(t, err.Error(), "wasn't found")
}

func TestConnLargeMessage(t *testing.T) {
	p := newPeer(t)
	big := strings.Repeat("A", 300<<10) // larger than the reader's buffer
	done := make(chan error, 1)
	var got struct {
		Data string `json:"data"`
	}
	go func() { done <- p.conn.Call(context.Background(), "", "Page.captureScreenshot", nil, &got) }()
	cmd := p.command()
	p.send(`{"id":`+itoa(int(cmd["id"].(float64)))+`,"result":{"data":"`+big+`"}}`, 1<<20)
	require.NoError(t, <-done)
	assert.Equal(t, big, got.Data)
}

func TestConnTimeout(t *testing.T) {
	p := newPeer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- p.conn.Call(ctx, "", "Page.navigate", nil, nil) }()
	p.command() // read, never answered
	err := <-done
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "Page.navigate")
	p.conn.mu.Lock()
	assert.Empty(t, p.conn.pending, "a call that timed out is forgotten")
	p.conn.mu.Unlock()
}

func TestConnClosed(t *testing.T) {
	p := newPeer(t)
	done := make(chan error, 1)
	go func() { done <- p.conn.Call(context.Background(), "", "Browser.close", nil, nil) }()
	p.command()
	p.out.Close() // the browser exits without answering
	require.ErrorIs(t, <-done, ErrClosed)
	<-p.conn.Done()
	require.ErrorIs(t, p.conn.Call(context.Background(), "", "Browser.getVersion", nil, nil), ErrClosed,
		"a call after the end fails at once")
}

func TestConnBadMessage(t *testing.T) {
	p := newPeer(t)
	p.send(`{not json`, 100)
	select {
	case <-p.conn.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the reader did not stop on a malformed message")
	}
	assert.ErrorContains(t, p.conn.Err(), "bad message")
}

func TestReadMessageTruncated(t *testing.T) {
	_, err := readMessage(bufio.NewReader(bytes.NewReader([]byte(`{"id":1`))))
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
	_, err = readMessage(bufio.NewReader(bytes.NewReader(nil)))
	assert.True(t, errors.Is(err, io.EOF))
}

func TestProblemString(t *testing.T) {
	assert.Equal(t, "console: boom (file:///x.html:3)",
		Problem{Kind: "console", Text: "boom", URL: "file:///x.html", Line: 3}.String())
	assert.Equal(t, "log: network: gone", Problem{Kind: "log", Text: "network: gone"}.String())
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
