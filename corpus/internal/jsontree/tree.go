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
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

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
	Err    *actors.FieldError
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
// the offset of the problem. Duplicate keys are not a syntax error: they are
// returned as field errors (kind actors.ErrDuplicate) with their paths, and
// the tree keeps the first occurrence only. Strings are decoded as
// encoding/json decodes them (escapes resolved, invalid UTF-8 replaced by
// U+FFFD); numbers keep their literal text. The tree does not refer to
// data: Parse copies it once.
func Parse(data []byte) (*Node, []Problem, error) { return ParseString(string(data)) }

// ParseString is [Parse] for JSON text held in a string. Strings and
// numbers without escapes in the tree are substrings of data, so a tree
// costs no allocation per string; a tree (and any string taken from it)
// keeps data alive.
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
	return root, p.dups, nil
}

// parser is a recursive-descent JSON parser over a string. It keeps the
// path of the value being parsed as a stack of segments and renders it only
// when it has a problem to report.
//
// Nodes, object members and array elements are carved out of slabs so that
// a tree of n values costs O(log n) allocations rather than one or more per
// value. The members of the objects (and the elements of the arrays) being
// parsed are kept on a stack and copied into a slab, exactly sized, when
// their object or array ends.
type parser struct {
	data  string
	pos   int
	dups  []Problem
	segs  []segment
	field []Field // stack of members of the open objects
	elem  []*Node // stack of elements of the open arrays
	// The free parts of the current slabs of nodes, members and elements,
	// and the number of slabs of each allocated so far.
	nodes              []Node
	fslab              []Field
	eslab              []*Node
	nnodes, nfs, nelem int
}

// slabSize returns the size of the next slab of a kind when n slabs of it
// have been allocated, and counts it. Slabs start small, so that tiny
// documents stay cheap, and double up to 1024 values, so that large ones
// need few allocations and waste little at the end.
func slabSize(n *int, need int) int {
	size := 16 << min(*n, 6)
	*n++
	return max(size, need)
}

// segment is one step of a path: an object key, or an array index when
// key is empty and index >= 0.
type segment struct {
	key   string
	index int
}

func (p *parser) path() actors.Path {
	var path actors.Path
	for _, s := range p.segs {
		if s.index >= 0 {
			path = path.Index(s.index)
		} else {
			path = path.Child(s.key)
		}
	}
	return path
}

func (p *parser) node(kind Kind, off int) *Node {
	if len(p.nodes) == 0 {
		p.nodes = make([]Node, slabSize(&p.nnodes, 1))
	}
	n := &p.nodes[0]
	p.nodes = p.nodes[1:]
	n.Kind, n.Offset = kind, off
	return n
}

// fields copies the members of an object into the member slab. The slice
// returned has no spare capacity, so appending to it cannot overwrite the
// members of another object.
func (p *parser) fields(fs []Field) []Field {
	if len(fs) > len(p.fslab) {
		p.fslab = make([]Field, slabSize(&p.nfs, len(fs)))
	}
	out := p.fslab[:len(fs):len(fs)]
	copy(out, fs)
	p.fslab = p.fslab[len(fs):]
	return out
}

// elems is fields for the elements of an array.
func (p *parser) elems(es []*Node) []*Node {
	if len(es) > len(p.eslab) {
		p.eslab = make([]*Node, slabSize(&p.nelem, len(es)))
	}
	out := p.eslab[:len(es):len(es)]
	copy(out, es)
	p.eslab = p.eslab[len(es):]
	return out
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

func (p *parser) value() (*Node, error) {
	if p.pos >= len(p.data) {
		return nil, p.eof("a value")
	}
	off := p.pos
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		n := p.node(String, off)
		n.Text = s
		return n, nil
	case c == '-' || c >= '0' && c <= '9':
		text, err := p.number()
		if err != nil {
			return nil, err
		}
		n := p.node(Number, off)
		n.Text = text
		return n, nil
	case c == 't':
		if err := p.literal("true"); err != nil {
			return nil, err
		}
		n := p.node(Bool, off)
		n.Bool = true
		return n, nil
	case c == 'f':
		if err := p.literal("false"); err != nil {
			return nil, err
		}
		return p.node(Bool, off), nil
	case c == 'n':
		if err := p.literal("null"); err != nil {
			return nil, err
		}
		return p.node(Null, off), nil
	default:
		return nil, p.errorf("invalid character %q looking for beginning of value", c)
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

func (p *parser) object() (*Node, error) {
	n := p.node(Object, p.pos)
	p.pos++ // {
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return n, nil
	}
	var seen map[string]bool
	base := len(p.field)
	for {
		if p.pos >= len(p.data) {
			return nil, p.eof("an object key")
		}
		if p.data[p.pos] != '"' {
			return nil, p.errorf("invalid character %q looking for beginning of object key string", p.data[p.pos])
		}
		koff := p.pos
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.pos >= len(p.data) {
			return nil, p.eof("':' after object key")
		}
		if p.data[p.pos] != ':' {
			return nil, p.errorf("invalid character %q after object key", p.data[p.pos])
		}
		p.pos++
		p.space()
		p.segs = append(p.segs, segment{key: key, index: -1})
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		members := p.field[base:]
		dup := false
		if len(members) >= 32 { // a linear scan is cheaper for records-sized objects
			if seen == nil {
				seen = make(map[string]bool, 2*len(members))
				for _, f := range members {
					seen[f.Key] = true
				}
			}
			dup = seen[key]
			seen[key] = true
		} else {
			for _, f := range members {
				if f.Key == key {
					dup = true
					break
				}
			}
		}
		if dup {
			p.dups = append(p.dups, Problem{Offset: koff, Err: actors.Duplicate(p.path(), key, "the key occurs more than once in this object")})
		} else {
			p.field = append(p.field, Field{Key: key, KeyOffset: koff, Value: v})
		}
		p.segs = p.segs[:len(p.segs)-1]
		p.space()
		if p.pos >= len(p.data) {
			return nil, p.eof("',' or '}' after object value")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case '}':
			p.pos++
			n.Fields = p.fields(p.field[base:])
			clear(p.field[base:]) // drop the references the stack holds
			p.field = p.field[:base]
			return n, nil
		default:
			return nil, p.errorf("invalid character %q after object key:value pair", p.data[p.pos])
		}
	}
}

func (p *parser) array() (*Node, error) {
	n := p.node(Array, p.pos)
	p.pos++ // [
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return n, nil
	}
	base := len(p.elem)
	for i := 0; ; i++ {
		p.segs = append(p.segs, segment{index: i})
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		p.segs = p.segs[:len(p.segs)-1]
		p.elem = append(p.elem, v)
		p.space()
		if p.pos >= len(p.data) {
			return nil, p.eof("',' or ']' after array element")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case ']':
			p.pos++
			n.Elems = p.elems(p.elem[base:])
			clear(p.elem[base:])
			p.elem = p.elem[:base]
			return n, nil
		default:
			return nil, p.errorf("invalid character %q after array element", p.data[p.pos])
		}
	}
}

// number scans a number literal following the JSON grammar.
func (p *parser) number() (string, error) {
	start := p.pos
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
		return "", p.eof("digits")
	case p.data[p.pos] == '0':
		p.pos++
	case p.data[p.pos] >= '1' && p.data[p.pos] <= '9':
		digits()
	default:
		return "", p.errorf("invalid character %q in numeric literal", p.data[p.pos])
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			if p.pos >= len(p.data) {
				return "", p.eof("digits after decimal point")
			}
			return "", p.errorf("invalid character %q after decimal point in numeric literal", p.data[p.pos])
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			if p.pos >= len(p.data) {
				return "", p.eof("exponent digits")
			}
			return "", p.errorf("invalid character %q in exponent of numeric literal", p.data[p.pos])
		}
	}
	return p.data[start:p.pos], nil
}

// str scans a string literal starting at the opening quote and returns its
// decoded value.
func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	// Fast path: no escapes. The value is a substring of the input unless
	// it holds invalid UTF-8.
	ascii := true
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if c == '"' {
			raw := p.data[start:p.pos]
			p.pos++
			if ascii || utf8.ValidString(raw) {
				return raw, nil
			}
			return validUTF8([]byte(raw)), nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
		p.pos++
	}
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
			end := 1 // a field name runs to the next '.' or '['
			for end < len(path) && path[end] != '.' && path[end] != '[' {
				end++
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
// (the column counts bytes, as go/token does). For many lookups in one
// file, build [Lines] once instead.
func LineCol(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	line = 1 + bytes.Count(data[:offset], []byte{'\n'})
	col = offset - bytes.LastIndexByte(data[:offset], '\n')
	return line, col
}

// Lines is an index of the line starts of one file, for converting many
// offsets to lines and columns without rescanning the file.
type Lines struct {
	starts []int // byte offset of the start of each line
	size   int
}

// NewLines indexes the line starts of data.
func NewLines(data []byte) Lines {
	starts := make([]int, 1, 1+bytes.Count(data, []byte{'\n'}))
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return Lines{starts: starts, size: len(data)}
		}
		off += i + 1
		starts = append(starts, off)
	}
}

// NewLinesString is [NewLines] for text held in a string.
func NewLinesString(data string) Lines {
	starts := make([]int, 1, 1+strings.Count(data, "\n"))
	for off := 0; ; {
		i := strings.IndexByte(data[off:], '\n')
		if i < 0 {
			return Lines{starts: starts, size: len(data)}
		}
		off += i + 1
		starts = append(starts, off)
	}
}

// Pos returns the 1-based line and byte column of offset, as [LineCol].
func (ls Lines) Pos(offset int) (line, col int) {
	offset = min(max(offset, 0), ls.size)
	i, _ := slices.BinarySearch(ls.starts, offset+1) // first start after offset
	return i, offset - ls.starts[i-1] + 1
}

// LineCursor converts offsets of one text to lines and columns, as
// [Lines.Pos] does, without an index: it counts the line breaks from the
// previous offset to the next. For ascending offsets (a sorted list of
// positions) a pass reads the text once; a smaller offset than the last
// one starts the count again from the top. The zero LineCursor is for
// the empty text.
type LineCursor struct {
	text      string
	off, line int // the line of offset off
}

// NewLineCursor returns a cursor at the start of text.
func NewLineCursor(text string) LineCursor { return LineCursor{text: text, line: 1} }

// Pos returns the 1-based line and byte column of offset.
func (c *LineCursor) Pos(offset int) (line, col int) {
	offset = min(max(offset, 0), len(c.text))
	if offset < c.off || c.line == 0 {
		c.off, c.line = 0, 1
	}
	c.line += strings.Count(c.text[c.off:offset], "\n")
	c.off = offset
	return c.line, offset - strings.LastIndexByte(c.text[:offset], '\n')
}
