// Package jsontree parses JSON into a tree that remembers where every value
// and key starts, and decodes the tree strictly into Go values, collecting
// every problem with its path instead of stopping at the first.
//
// encoding/json reports byte offsets for syntax errors only, stops at the
// first problem, and silently accepts duplicate keys. The corpus loader
// needs all problems at once with file:line:column, so it parses each file
// once into a [Node] tree and decodes from that.
package jsontree

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/accordmodel/accord/actors"
)

// Kind is the JSON type of a [Node].
type Kind uint8

// The JSON value kinds.
const (
	Null Kind = iota + 1
	Bool
	Number
	String
	Object
	Array
)

var kindNames = [...]string{Null: "null", Bool: "boolean", Number: "number", String: "string", Object: "object", Array: "array"}

// String returns the JSON name of the kind ("object", "string", …).
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Node is one JSON value and the byte offset where it starts.
type Node struct {
	Kind   Kind
	Offset int
	// Text is the string value (String) or the number literal (Number).
	Text   string
	Bool   bool
	Fields []Field // Object members in file order
	Elems  []*Node // Array elements
}

// Field is one object member: its key, where the key starts, and its value.
type Field struct {
	Key       string
	KeyOffset int
	Value     *Node
}

// Get returns the value of the member named key, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for _, f := range n.Fields {
		if f.Key == key {
			return f.Value
		}
	}
	return nil
}

// Problem is a field error found while parsing or decoding, with the byte
// offset of the value or key it is about.
type Problem struct {
	Offset int
	Err    *actors.FieldError
}

// SyntaxError is malformed JSON at a byte offset.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

// Parse parses data into a tree. Malformed JSON yields a *SyntaxError with
// the offset of the problem. Duplicate keys are not a syntax error: they are
// returned as field errors (kind actors.ErrDuplicate) with their paths, and
// the tree keeps the first occurrence only.
func Parse(data []byte) (*Node, []Problem, error) {
	p := &parser{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	root, err := p.value(actors.Path{})
	if err != nil {
		return nil, nil, err
	}
	if tok, err := p.dec.Token(); err != io.EOF {
		off := p.start()
		if err != nil {
			return nil, nil, p.syntax(err)
		}
		return nil, nil, &SyntaxError{Offset: off, Msg: fmt.Sprintf("unexpected %v after the top-level value", tok)}
	}
	return root, p.dups, nil
}

type parser struct {
	data []byte
	dec  *json.Decoder
	dups []Problem
}

// start returns the offset of the next token: the decoder's input offset
// moved past white space and the separators ':' and ','.
func (p *parser) start() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\n', '\r', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

func (p *parser) syntax(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &SyntaxError{Offset: int(se.Offset), Msg: se.Error()}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &SyntaxError{Offset: len(p.data), Msg: "unexpected end of JSON input"}
	}
	return &SyntaxError{Offset: p.start(), Msg: err.Error()}
}

func (p *parser) value(path actors.Path) (*Node, error) {
	off := p.start()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntax(err)
	}
	n := &Node{Offset: off}
	switch t := tok.(type) {
	case nil:
		n.Kind = Null
	case bool:
		n.Kind, n.Bool = Bool, t
	case json.Number:
		n.Kind, n.Text = Number, string(t)
	case string:
		n.Kind, n.Text = String, t
	case json.Delim:
		switch t {
		case '{':
			n.Kind = Object
			seen := map[string]bool{}
			for p.dec.More() {
				koff := p.start()
				ktok, err := p.dec.Token()
				if err != nil {
					return nil, p.syntax(err)
				}
				key, _ := ktok.(string)
				v, err := p.value(path.Child(key))
				if err != nil {
					return nil, err
				}
				if seen[key] {
					p.dups = append(p.dups, Problem{Offset: koff, Err: actors.Duplicate(path.Child(key), key, "the key occurs more than once in this object")})
					continue
				}
				seen[key] = true
				n.Fields = append(n.Fields, Field{Key: key, KeyOffset: koff, Value: v})
			}
		case '[':
			n.Kind = Array
			for i := 0; p.dec.More(); i++ {
				v, err := p.value(path.Index(i))
				if err != nil {
					return nil, err
				}
				n.Elems = append(n.Elems, v)
			}
		}
		if _, err := p.dec.Token(); err != nil { // closing delimiter
			return nil, p.syntax(err)
		}
	}
	return n, nil
}

// Locate returns the byte offset that best locates path in the tree: the
// start of the value at path, or, when the path goes deeper than the tree
// (a required field that is missing), the start of the deepest value that
// exists on the way.
func (n *Node) Locate(path string) int {
	cur, off := n, n.Offset
	for path != "" && cur != nil {
		var seg string
		switch {
		case path[0] == '.':
			path = path[1:]
			continue
		case path[0] == '[':
			end := strings.IndexByte(path, ']')
			if end < 0 {
				return off
			}
			seg, path = path[1:end], path[end+1:]
			if cur.Kind == Array {
				i, err := strconv.Atoi(seg)
				if err != nil || i < 0 || i >= len(cur.Elems) {
					return off
				}
				cur = cur.Elems[i]
				off = cur.Offset
				continue
			}
			if k, err := strconv.Unquote(seg); err == nil {
				seg = k
			}
		default:
			end := strings.IndexAny(path, ".[")
			if end < 0 {
				end = len(path)
			}
			seg, path = path[:end], path[end:]
		}
		next := -1
		if cur.Kind == Object {
			for i, f := range cur.Fields {
				if f.Key == seg {
					next = i
					break
				}
			}
		}
		if next < 0 {
			return off
		}
		cur = cur.Fields[next].Value
		off = cur.Offset
	}
	return off
}

// LineCol converts a byte offset in data to a 1-based line and column
// (the column counts bytes, as go/token does).
func LineCol(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	line = 1 + bytes.Count(data[:offset], []byte{'\n'})
	col = offset - bytes.LastIndexByte(data[:offset], '\n')
	return line, col
}
