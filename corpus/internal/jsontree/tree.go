// Package jsontree parses JSON into a tree of [Node] values that remembers
// where every value and key starts, and decodes a tree strictly into Go
// values ([Decode]), collecting every problem with its path instead of
// stopping at the first.
//
// encoding/json reports byte offsets for syntax errors only, stops at the
// first problem, and silently accepts duplicate keys. The corpus loader
// needs every problem at once, with file:line:column and the record path,
// so it parses each file once with [ParseString], decodes the tree, and
// turns the offsets of the problems into lines and columns with [Lines].
//
// # When to switch to encoding/json/v2
//
// Replace this package with encoding/json/v2 once that is part of the
// standard library without a GOEXPERIMENT (Go 1.25 and 1.26 still need
// GOEXPERIMENT=jsonv2, which a library cannot impose on the programs that
// import it). Its decoder rejects duplicate object names by default
// (jsontext.AllowDuplicateNames(false)) and reports them as a
// *jsontext.SyntacticError, with json.RejectUnknownMembers(true) it
// reports unknown fields, and its errors carry the byte offset
// (jsontext.Decoder.InputOffset, SemanticError.ByteOffset) and the JSON
// Pointer of the value (SemanticError.JSONPointer). What this package
// adds beyond that is collecting every problem of a file rather than the
// first; the loader would then decode each record on its own to keep
// that.
package jsontree

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/accordmodel/accord"
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

// Node is one JSON value and the byte offset where it starts, with its
// members or elements as nodes of their own. A tree is immutable once
// parsed and safe for concurrent use.
type Node struct {
	Kind Kind
	Bool bool // the value of a Bool
	// Offset is where the value starts in the input, in bytes.
	Offset int
	// Text is the string value (String) or the number literal (Number).
	Text   string
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
	Err    *accord.FieldError
}

// SyntaxError is malformed JSON at a byte offset.
type SyntaxError struct {
	Offset int
	Msg    string
}

// Error returns the message, without the offset (callers turn the offset
// into a line and column).
func (e *SyntaxError) Error() string { return e.Msg }

// Parse parses data into a tree. Malformed JSON yields a *SyntaxError with
// the offset of the problem. Duplicate keys are not a syntax error: they
// are returned as field errors (kind accord.ErrDuplicate) with their
// paths, and the tree keeps the first occurrence only. Strings are decoded
// as encoding/json decodes them (escapes resolved, invalid UTF-8 replaced
// by U+FFFD); numbers keep their literal text. The tree does not refer to
// data: Parse copies it once.
func Parse(data []byte) (*Node, []Problem, error) { return ParseString(string(data)) }

// ParseString is [Parse] for JSON text held in a string. Strings and
// numbers without escapes in the tree are substrings of data, so the tree
// (and any string taken from it) keeps data alive.
func ParseString(data string) (*Node, []Problem, error) {
	p := &parser{data: data}
	p.space()
	root, err := p.value()
	if err != nil {
		return nil, nil, err
	}
	p.space()
	if p.pos < len(p.data) {
		return nil, nil, p.errorf("invalid character %q after top-level value", p.data[p.pos])
	}
	return &root, p.dups, nil
}

// parser is a recursive-descent JSON parser over a string. It keeps the
// path of the value being parsed as it descends (path), for the problems
// it reports. The children of the containers being parsed wait on vals
// (and their keys on keys); when a container ends they are copied into a
// slice of its own, so a container costs two allocations, whatever its
// size.
type parser struct {
	data string
	pos  int
	dups []Problem
	path steps
	vals []Node
	keys []Field
}

func (p *parser) errorf(format string, args ...any) error {
	return &SyntaxError{Offset: p.pos, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) eof(what string) error {
	return &SyntaxError{Offset: len(p.data), Msg: "unexpected end of JSON input, looking for " + what}
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() (Node, error) {
	if p.pos >= len(p.data) {
		return Node{}, p.eof("a value")
	}
	off := p.pos
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, err := p.str()
		return Node{Kind: String, Offset: off, Text: s}, err
	case c == '-' || c >= '0' && c <= '9':
		err := p.number()
		return Node{Kind: Number, Offset: off, Text: p.data[off:p.pos]}, err
	case c == 't':
		return Node{Kind: Bool, Offset: off, Bool: true}, p.literal("true")
	case c == 'f':
		return Node{Kind: Bool, Offset: off}, p.literal("false")
	case c == 'n':
		return Node{Kind: Null, Offset: off}, p.literal("null")
	default:
		return Node{}, p.errorf("invalid character %q looking for beginning of value", c)
	}
}

func (p *parser) literal(word string) error {
	for i := 0; i < len(word); i++ {
		if p.pos >= len(p.data) {
			return p.eof("the literal " + word)
		}
		if p.data[p.pos] != word[i] {
			return p.errorf("invalid character %q in literal %s", p.data[p.pos], word)
		}
		p.pos++
	}
	return nil
}

func (p *parser) object() (Node, error) {
	n := Node{Kind: Object, Offset: p.pos}
	p.pos++ // {
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return n, nil
	}
	base, keyBase := len(p.vals), len(p.keys)
	for {
		if p.pos >= len(p.data) {
			return Node{}, p.eof("an object key")
		}
		if p.data[p.pos] != '"' {
			return Node{}, p.errorf("invalid character %q looking for beginning of object key string", p.data[p.pos])
		}
		keyOff := p.pos
		key, err := p.str()
		if err != nil {
			return Node{}, err
		}
		p.space()
		if p.pos >= len(p.data) {
			return Node{}, p.eof("':' after object key")
		}
		if p.data[p.pos] != ':' {
			return Node{}, p.errorf("invalid character %q after object key", p.data[p.pos])
		}
		p.pos++
		p.space()
		p.path.push(step{key: key, index: stepChild})
		v, err := p.value()
		if err != nil {
			return Node{}, err
		}
		if slices.ContainsFunc(p.keys[keyBase:], func(f Field) bool { return f.Key == key }) {
			p.dups = append(p.dups, Problem{Offset: keyOff, Err: accord.Duplicate(p.path.Path(accord.Path{}), key, "the key occurs more than once in this object")})
		} else {
			p.keys = append(p.keys, Field{Key: key, KeyOffset: keyOff})
			p.vals = append(p.vals, v)
		}
		p.path.pop()
		p.space()
		if p.pos >= len(p.data) {
			return Node{}, p.eof("',' or '}' after object value")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case '}':
			p.pos++
			vals := slices.Clone(p.vals[base:])
			n.Fields = slices.Clone(p.keys[keyBase:])
			for i := range n.Fields {
				n.Fields[i].Value = &vals[i]
			}
			p.vals, p.keys = p.vals[:base], p.keys[:keyBase]
			return n, nil
		default:
			return Node{}, p.errorf("invalid character %q after object key:value pair", p.data[p.pos])
		}
	}
}

func (p *parser) array() (Node, error) {
	n := Node{Kind: Array, Offset: p.pos}
	p.pos++ // [
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return n, nil
	}
	base := len(p.vals)
	for i := 0; ; i++ {
		p.path.push(step{index: i})
		v, err := p.value()
		if err != nil {
			return Node{}, err
		}
		p.path.pop()
		p.vals = append(p.vals, v)
		p.space()
		if p.pos >= len(p.data) {
			return Node{}, p.eof("',' or ']' after array element")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case ']':
			p.pos++
			vals := slices.Clone(p.vals[base:])
			n.Elems = make([]*Node, len(vals))
			for i := range vals {
				n.Elems[i] = &vals[i]
			}
			p.vals = p.vals[:base]
			return n, nil
		default:
			return Node{}, p.errorf("invalid character %q after array element", p.data[p.pos])
		}
	}
}

// number scans a number literal following the JSON grammar.
func (p *parser) number() error {
	digits := func() int {
		n := 0
		for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.data[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos >= len(p.data):
		return p.eof("digits")
	case p.data[p.pos] == '0':
		p.pos++
	case p.data[p.pos] >= '1' && p.data[p.pos] <= '9':
		digits()
	default:
		return p.errorf("invalid character %q in numeric literal", p.data[p.pos])
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			if p.pos >= len(p.data) {
				return p.eof("digits after decimal point")
			}
			return p.errorf("invalid character %q after decimal point in numeric literal", p.data[p.pos])
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			if p.pos >= len(p.data) {
				return p.eof("exponent digits")
			}
			return p.errorf("invalid character %q in exponent of numeric literal", p.data[p.pos])
		}
	}
	return nil
}

// str scans a string literal starting at the opening quote and returns
// its value: a substring of the text when the literal has no escapes and
// is valid UTF-8, else the decoded value.
func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	for p.pos < len(p.data) && !strStop[p.data[p.pos]] {
		p.pos++
	}
	if p.pos < len(p.data) && p.data[p.pos] == '"' {
		raw := p.data[start:p.pos]
		p.pos++
		if utf8.ValidString(raw) {
			return raw, nil
		}
		return validUTF8([]byte(raw)), nil
	}
	return p.escaped(start)
}

// strStop marks the bytes that end the plain run of a string literal: the
// closing quote, a backslash, and the control characters JSON forbids.
var strStop = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// escaped decodes the rest of a string literal that started at start (just
// after the quote) from the first escape or control character, at p.pos.
func (p *parser) escaped(start int) (string, error) {
	buf := make([]byte, 0, p.pos-start+16)
	buf = append(buf, p.data[start:p.pos]...)
	for {
		if p.pos >= len(p.data) {
			return "", p.eof("the end of a string")
		}
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return validUTF8(buf), nil
		case c < 0x20:
			return "", p.errorf("invalid character %q in string literal", c)
		case c != '\\':
			buf = append(buf, c)
			p.pos++
			continue
		}
		p.pos++ // backslash
		if p.pos >= len(p.data) {
			return "", p.eof("an escape sequence")
		}
		e := p.data[p.pos]
		p.pos++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, err := p.hex4()
			if err != nil {
				return "", err
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.pos+1 < len(p.data) && p.data[p.pos] == '\\' && p.data[p.pos+1] == 'u' {
					save := p.pos
					p.pos += 2
					if r2, err = p.hex4(); err != nil {
						return "", err
					}
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						buf = utf8.AppendRune(buf, d)
						continue
					}
					p.pos = save // not a pair: decode the second escape on its own
				}
				r = utf8.RuneError
			}
			buf = utf8.AppendRune(buf, r)
		default:
			p.pos--
			return "", p.errorf("invalid character %q in string escape code", e)
		}
	}
}

// validUTF8 returns b as a string with each byte that is not part of a
// valid UTF-8 sequence replaced by U+FFFD, as encoding/json does.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return string(out)
}

func (p *parser) hex4() (rune, error) {
	if p.pos+4 > len(p.data) {
		return 0, p.eof("four hexadecimal digits")
	}
	var r rune
	for i := range 4 {
		c := p.data[p.pos+i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			p.pos += i
			return 0, p.errorf("invalid character %q in \\u hexadecimal character escape", c)
		}
	}
	p.pos += 4
	return r, nil
}

// Locate returns the byte offset that best locates the value at path, the
// text of an [accord.Path] below n (whose own path is base): the start of
// that value or, when the data has no value there (a required field that
// is missing, an index out of range), the start of the deepest value on
// the way. It descends the tree building each member's and element's
// accord.Path and compares its text with path, so the path is never taken
// apart: it matches exactly what accord.Path renders, a field name or a
// quoted map key for an object member, an index for an element.
func (n *Node) Locate(base accord.Path, path string) int {
	var buf []byte
	// below reports whether c, rendered, is path or a path above it.
	below := func(c accord.Path) bool {
		buf, _ = c.AppendText(buf[:0])
		rest, ok := strings.CutPrefix(path, string(buf))
		return ok && (rest == "" || rest[0] == '.' || rest[0] == '[')
	}
	for cur, at := n, base; ; {
		var next *Node
		switch cur.Kind {
		case Object:
			for _, f := range cur.Fields {
				if c := at.Child(f.Key); below(c) {
					next, at = f.Value, c
					break
				}
				if c := at.Key(f.Key); below(c) {
					next, at = f.Value, c
					break
				}
			}
		case Array:
			for i, e := range cur.Elems {
				if c := at.Index(i); below(c) {
					next, at = e, c
					break
				}
			}
		}
		if next == nil {
			return cur.Offset
		}
		cur = next
	}
}

// Lines is an index of the line starts of one text, for converting
// offsets to lines and columns.
type Lines struct {
	starts []int // byte offset of the start of each line
	size   int
}

// NewLines indexes the line starts of text.
func NewLines(text string) Lines {
	starts := make([]int, 1, 1+strings.Count(text, "\n"))
	for off := 0; ; {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return Lines{starts: starts, size: len(text)}
		}
		off += i + 1
		starts = append(starts, off)
	}
}

// Pos returns the 1-based line and byte column of offset (the column
// counts bytes, as go/token does). Offsets outside the text are clamped
// to it.
func (ls Lines) Pos(offset int) (line, col int) {
	offset = min(max(offset, 0), ls.size)
	i, _ := slices.BinarySearch(ls.starts, offset+1) // first start after offset
	return i, offset - ls.starts[i-1] + 1
}
