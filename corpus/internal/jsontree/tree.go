// Package jsontree parses JSON into a compact tree that remembers where
// every value and key starts, and decodes a tree strictly into Go values
// ([DecodeFind]), collecting every problem with its path instead of stopping
// at the first.
//
// encoding/json reports byte offsets for syntax errors only, stops at the
// first problem, and silently accepts duplicate keys. The corpus loader
// needs every problem at once, with file:line:column and the record path,
// so it parses each file once with [Parse], decodes the tree in one
// pass that keeps the path of the value it is in, and finds the place of
// a validator's problem with [Node.Locate].
//
// # When to switch to encoding/json/v2
//
// Replace this package with encoding/json/v2 once the module's go
// directive names a release in which it builds without
// GOEXPERIMENT=jsonv2 (Go 1.25 and 1.26 still need the experiment, which
// a library cannot impose on the programs that import it). Its
// jsontext.Decoder rejects a duplicate object name unless
// jsontext.AllowDuplicateNames(true) is given, reporting a
// *jsontext.SyntacticError whose Err is jsontext.ErrDuplicateName; with
// json.RejectUnknownMembers(true) json.Unmarshal reports unknown fields as
// a *json.SemanticError; both errors carry the ByteOffset and the
// JSONPointer of the value. What this package adds beyond that is
// collecting every problem of a file rather than the first: with v2 the
// loader would decode each record on its own to keep that.
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

// Node is one JSON value of a parsed text: its kind, where it starts and,
// for a scalar, its value. The members of an object and the elements of
// an array are iterators over the same tree ([Node.Fields],
// [Node.Elems]), which the parser keeps compact: a tree holds 16 bytes
// per value, all in one slice, and its strings are substrings of the text
// wherever they need no unescaping. A tree is immutable and safe for
// concurrent use.
type Node struct {
	Kind Kind
	Bool bool // the value of a Bool
	// Offset is where the value starts in the input, in bytes.
	Offset int
	// Text is the string value (String) or the number literal (Number).
	Text string

	t *tree
	i int32 // the value's index in t.nodes
}

// Field is one object member: its key, where the key starts, and its value.
type Field struct {
	Key       string
	KeyOffset int
	Value     *Node
}

// tree is a parsed text. Where a container's children are, and what a
// and b of its node mean, depends on the kind:
//   - String: the value is src[a:a+b], or strs[a] when flag is set;
//   - Number: the literal is src[a:a+b];
//   - Bool: flag is the value;
//   - Array: the elements are nodes[a:a+b];
//   - Object: nodes[a:a+b] holds each member's key (a String node that
//     starts at the key) followed by its value, so b is twice the number
//     of members.
//
// The children of a container are contiguous because the parser copies
// them out of a stack when the container closes.
type tree struct {
	src   string
	nodes []node
	strs  []string // decoded strings that are not a range of src
}

type node struct {
	off  int32 // where the value starts in the text
	a, b int32
	kind Kind
	flag bool
}

// text returns the value of a String node or the literal of a Number node.
func (t *tree) text(n *node) string {
	if n.flag {
		return t.strs[n.a]
	}
	return t.src[n.a : n.a+n.b]
}

// node returns the Node of value i.
func (t *tree) node(i int32) *Node {
	n := &t.nodes[i]
	out := &Node{Kind: n.kind, Offset: int(n.off), t: t, i: i}
	switch n.kind {
	case Bool:
		out.Bool = n.flag
	case String, Number:
		out.Text = t.text(n)
	}
	return out
}

// Fields iterates over the members of an object, in file order, with
// their positions: range over n.Fields. It yields nothing for another
// kind of value.
func (n *Node) Fields(yield func(int, Field) bool) {
	if !n.is(Object) {
		return
	}
	c := &n.t.nodes[n.i]
	for j := int32(0); j < c.b; j += 2 {
		k := &n.t.nodes[c.a+j]
		if !yield(int(j/2), Field{Key: n.t.text(k), KeyOffset: int(k.off), Value: n.t.node(c.a + j + 1)}) {
			return
		}
	}
}

// Elems iterates over the elements of an array, with their indexes: range
// over n.Elems. It yields nothing for another kind of value.
func (n *Node) Elems(yield func(int, *Node) bool) {
	if !n.is(Array) {
		return
	}
	c := &n.t.nodes[n.i]
	for j := range c.b {
		if !yield(int(j), n.t.node(c.a+j)) {
			return
		}
	}
}

// Len returns the number of members of an object or elements of an
// array, and 0 for any other value.
func (n *Node) Len() int {
	switch {
	case n.is(Object):
		return int(n.t.nodes[n.i].b / 2)
	case n.is(Array):
		return int(n.t.nodes[n.i].b)
	}
	return 0
}

// is reports whether n is a value of kind k of a parsed tree. A nil Node,
// or one not made by Parse, has no members or elements.
func (n *Node) is(k Kind) bool { return n != nil && n.t != nil && n.Kind == k }

// Get returns the value of the member named key, or nil.
func (n *Node) Get(key string) *Node {
	if !n.is(Object) {
		return nil
	}
	c := &n.t.nodes[n.i]
	for j := c.a; j < c.a+c.b; j += 2 {
		if n.t.text(&n.t.nodes[j]) == key {
			return n.t.node(j + 1)
		}
	}
	return nil
}

// Index returns element i of an array, or nil.
func (n *Node) Index(i int) *Node {
	if !n.is(Array) || i < 0 || i >= n.Len() {
		return nil
	}
	return n.t.node(n.t.nodes[n.i].a + int32(i))
}

// ElemOffset returns where element i of an array starts in the text, or
// -1 when n is not an array or has no element i. Unlike Index, it
// allocates nothing.
func (n *Node) ElemOffset(i int) int {
	if !n.is(Array) || i < 0 || i >= n.Len() {
		return -1
	}
	return int(n.t.nodes[n.t.nodes[n.i].a+int32(i)].off)
}

// Problem is a field error found while parsing or decoding, with the byte
// offset of the value or key it is about.
type Problem struct {
	Offset int
	Err    *accord.FieldError
}

// SyntaxError is malformed JSON at a byte offset, or input that exceeds
// a limit the parser cannot go past (the nesting depth).
type SyntaxError struct {
	Offset int
	Msg    string
	// Limit names the field of [Limits] exceeded, or is empty.
	Limit string
}

// Error returns the message, without the offset (callers turn the offset
// into a line and column).
func (e *SyntaxError) Error() string { return e.Msg }

// Unwrap returns [ErrLimit] for an error a limit caused, and nil otherwise.
func (e *SyntaxError) Unwrap() error {
	if e.Limit != "" {
		return ErrLimit
	}
	return nil
}

// Parse parses the JSON text data with no limits but the nesting ceiling
// and returns its top-level value and every problem found; see
// [ParseWith].
func Parse(data string) (*Node, []Problem, error) {
	var ps Problems
	root, err := ParseWith(data, Limits{}, &ps)
	if err != nil {
		return nil, nil, err
	}
	return root, ps.List, nil
}

// ParseWith parses the JSON text data into a tree and returns its
// top-level value. Malformed JSON yields a *SyntaxError with the offset
// of the problem and the cause named: a byte order mark or a NUL byte is
// called that, and nesting deeper than lim allows stops the parse (the
// parser never recurses deeper than [MaxDepthCeiling]).
//
// What is well-formed JSON but would be changed or dropped silently is
// added to ps as a problem with its path and offset, and the parse goes
// on: a duplicate key (kind accord.ErrDuplicate; the tree keeps the first
// occurrence only), a byte that is not UTF-8 inside a string (the tree
// holds U+FFFD in its place, as encoding/json would), an unpaired UTF-16
// surrogate escape, a control character other than tab, line feed and
// carriage return (escaped, or a DEL or C1 character), and a string or
// number literal longer than lim.MaxStringBytes (rule [ErrLimit]).
// Numbers keep their literal text: whether one fits a Go number is the
// decoder's question.
//
// Strings and numbers without escapes in the tree are substrings of data,
// so the tree (and any string taken from it) keeps data alive. Texts of 2
// GiB or more are rejected.
func ParseWith(data string, lim Limits, ps *Problems) (*Node, error) {
	if len(data) > maxText {
		return nil, &SyntaxError{Msg: "JSON text too large (2 GiB or more)", Limit: "MaxFileBytes"}
	}
	if strings.HasPrefix(data, bom) {
		return nil, &SyntaxError{Msg: "the text starts with a UTF-8 byte order mark (U+FEFF), which JSON does not allow: save it without one"}
	}
	// Room for the values of a small text as dense as a typical data
	// file (about 25 bytes per value); a larger one grows the slice once
	// it knows its density (see grow).
	p := &parser{t: &tree{src: data}, out: make([]node, 0, min(len(data)/24+1, 1024)), lim: lim, depth: lim.depth(), ps: ps}
	p.space()
	root, err := p.value()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos < len(data) {
		return nil, p.errorf("invalid character %s after top-level value", quoteByte(data[p.pos]))
	}
	p.t.nodes = append(p.out, root)
	p.out, p.stack = nil, nil
	return p.t.node(int32(len(p.t.nodes) - 1)), nil
}

// bom is the UTF-8 encoding of U+FEFF, the byte order mark.
const bom = "\uFEFF"

// quoteByte quotes a byte the parser did not expect, naming a NUL byte as
// such: a NUL in a text file usually means it is not text (UTF-16, say).
func quoteByte(c byte) string {
	if c == 0 {
		return "NUL byte (0x00)"
	}
	if c >= utf8.RuneSelf {
		return fmt.Sprintf("byte 0x%02x", c)
	}
	return strconv.QuoteRune(rune(c))
}

// maxText is the largest text a tree can index with its 32-bit offsets.
const maxText = 1<<31 - 1

// parser is a recursive-descent JSON parser over a string. It keeps the
// path of the value being parsed as it descends (path), for the problems
// it reports. The children of the containers being parsed wait on stack;
// when a container ends they are copied, contiguously, to out, which
// becomes the node slice of the tree.
type parser struct {
	t     *tree
	pos   int
	ps    *Problems
	path  steps
	stack []node
	out   []node
	lim   Limits
	depth int // how many more levels of nesting are allowed
}

// problem adds a problem about the value being parsed, at offset; the
// detail is built only when the list has room.
func (p *parser) problem(offset int, rule error, detail func() string) {
	if p.ps.full() {
		p.ps.Omitted++
		return
	}
	e := accord.Invalid(p.path.Path(accord.Path{}), nil, detail())
	if rule != nil {
		e = e.WithRule(rule)
	}
	p.ps.add(Problem{Offset: offset, Err: e})
}

// enter counts one more level of nesting at the container starting at
// p.pos, and fails when it is one too many.
func (p *parser) enter() error {
	p.depth--
	if p.depth < 0 {
		return limitError(p.pos, "arrays and objects nested too deeply", "MaxDepth", p.lim.depth())
	}
	return nil
}

func (p *parser) errorf(format string, args ...any) error {
	return &SyntaxError{Offset: p.pos, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) eof(what string) error {
	return &SyntaxError{Offset: len(p.t.src), Msg: "unexpected end of JSON input, looking for " + what}
}

// close moves the children of a container, stack[base:], to out and
// returns their range.
func (p *parser) close(base int) (start, count int32) {
	start, count = int32(len(p.out)), int32(len(p.stack)-base)
	if need := len(p.out) + int(count); need > cap(p.out) {
		p.grow(need)
	}
	p.out = append(p.out, p.stack[base:]...)
	p.stack = p.stack[:base]
	return start, count
}

// grow makes room in out for need nodes and, projecting from the number
// of values per byte so far, for the rest of the text: growing by
// doubling would allocate about three times the final tree in all, and a
// text's density is about the same throughout.
func (p *parser) grow(need int) {
	held := need + len(p.stack) // the waiting children end in out too
	est := int(int64(held) * int64(len(p.t.src)) / int64(max(p.pos, 1)))
	est += est/16 + 64
	out := make([]node, len(p.out), max(est, need, cap(p.out)*5/4))
	copy(out, p.out)
	p.out = out
}

func (p *parser) space() {
	for p.pos < len(p.t.src) {
		switch p.t.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() (node, error) {
	data := p.t.src
	if p.pos >= len(data) {
		return node{}, p.eof("a value")
	}
	off := int32(p.pos)
	switch c := data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		err := p.number()
		if max := p.lim.MaxStringBytes; err == nil && p.pos-int(off) > max && max > 0 {
			p.problem(int(off), ErrLimit, func() string {
				return "a number literal of " + strconv.Itoa(p.pos-int(off)) + " bytes, longer than the limit (MaxStringBytes = " + strconv.Itoa(max) + ")"
			})
		}
		return node{kind: Number, off: off, a: off, b: int32(p.pos) - off}, err
	case c == 't':
		return node{kind: Bool, off: off, flag: true}, p.literal("true")
	case c == 'f':
		return node{kind: Bool, off: off}, p.literal("false")
	case c == 'n':
		return node{kind: Null, off: off}, p.literal("null")
	default:
		return node{}, p.errorf("invalid character %s looking for beginning of value", quoteByte(c))
	}
}

func (p *parser) literal(word string) error {
	for i := 0; i < len(word); i++ {
		if p.pos >= len(p.t.src) {
			return p.eof("the literal " + word)
		}
		if p.t.src[p.pos] != word[i] {
			return p.errorf("invalid character %s in literal %s", quoteByte(p.t.src[p.pos]), word)
		}
		p.pos++
	}
	return nil
}

func (p *parser) object() (node, error) {
	data := p.t.src
	n := node{kind: Object, off: int32(p.pos)}
	if err := p.enter(); err != nil {
		return node{}, err
	}
	defer func() { p.depth++ }()
	p.pos++ // {
	p.space()
	if p.pos < len(data) && data[p.pos] == '}' {
		p.pos++
		return n, nil
	}
	base := len(p.stack)
	for {
		if p.pos >= len(data) {
			return node{}, p.eof("an object key")
		}
		if data[p.pos] != '"' {
			return node{}, p.errorf("invalid character %s looking for beginning of object key string", quoteByte(data[p.pos]))
		}
		k, err := p.str()
		if err != nil {
			return node{}, err
		}
		key := p.t.text(&k)
		p.space()
		if p.pos >= len(data) {
			return node{}, p.eof("':' after object key")
		}
		if data[p.pos] != ':' {
			return node{}, p.errorf("invalid character %s after object key", quoteByte(data[p.pos]))
		}
		p.pos++
		p.space()
		p.path.push(step{key: key, index: stepChild})
		v, err := p.value()
		if err != nil {
			return node{}, err
		}
		dup := false
		for i := base; i < len(p.stack); i += 2 {
			if p.t.text(&p.stack[i]) == key {
				dup = true
				break
			}
		}
		if dup {
			if p.ps.full() {
				p.ps.Omitted++
			} else {
				p.ps.add(Problem{Offset: int(k.off), Err: accord.Duplicate(p.path.Path(accord.Path{}), key, "the key occurs more than once in this object")})
			}
		} else {
			p.stack = append(p.stack, k, v)
		}
		p.path.pop()
		p.space()
		if p.pos >= len(data) {
			return node{}, p.eof("',' or '}' after object value")
		}
		switch data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case '}':
			p.pos++
			n.a, n.b = p.close(base)
			return n, nil
		default:
			return node{}, p.errorf("invalid character %s after object key:value pair", quoteByte(data[p.pos]))
		}
	}
}

func (p *parser) array() (node, error) {
	data := p.t.src
	n := node{kind: Array, off: int32(p.pos)}
	if err := p.enter(); err != nil {
		return node{}, err
	}
	defer func() { p.depth++ }()
	p.pos++ // [
	p.space()
	if p.pos < len(data) && data[p.pos] == ']' {
		p.pos++
		return n, nil
	}
	base := len(p.stack)
	for i := 0; ; i++ {
		p.path.push(step{index: i})
		v, err := p.value()
		if err != nil {
			return node{}, err
		}
		p.path.pop()
		p.stack = append(p.stack, v)
		p.space()
		if p.pos >= len(data) {
			return node{}, p.eof("',' or ']' after array element")
		}
		switch data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case ']':
			p.pos++
			n.a, n.b = p.close(base)
			return n, nil
		default:
			return node{}, p.errorf("invalid character %s after array element", quoteByte(data[p.pos]))
		}
	}
}

// number scans a number literal following the JSON grammar.
func (p *parser) number() error {
	digits := func() int {
		n := 0
		for p.pos < len(p.t.src) && p.t.src[p.pos] >= '0' && p.t.src[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.t.src[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos >= len(p.t.src):
		return p.eof("digits")
	case p.t.src[p.pos] == '0':
		p.pos++
	case p.t.src[p.pos] >= '1' && p.t.src[p.pos] <= '9':
		digits()
	default:
		return p.errorf("invalid character %s in numeric literal", quoteByte(p.t.src[p.pos]))
	}
	if p.pos < len(p.t.src) && p.t.src[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			if p.pos >= len(p.t.src) {
				return p.eof("digits after decimal point")
			}
			return p.errorf("invalid character %s after decimal point in numeric literal", quoteByte(p.t.src[p.pos]))
		}
	}
	if p.pos < len(p.t.src) && (p.t.src[p.pos] == 'e' || p.t.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.t.src) && (p.t.src[p.pos] == '+' || p.t.src[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			if p.pos >= len(p.t.src) {
				return p.eof("exponent digits")
			}
			return p.errorf("invalid character %s in exponent of numeric literal", quoteByte(p.t.src[p.pos]))
		}
	}
	return nil
}

// str scans a string literal starting at the opening quote and returns its
// String node: a range of the text when the literal has no escapes and is
// valid UTF-8, else the decoded value stored in strs.
func (p *parser) str() (node, error) {
	off := int32(p.pos)
	p.pos++ // opening quote
	start := p.pos
	data := p.t.src
	var seen byte // the bits of every byte scanned: all ASCII if < 0x80
	for p.pos < len(data) && !strStop[data[p.pos]] {
		seen |= data[p.pos]
		p.pos++
	}
	var s string
	if p.pos < len(data) && data[p.pos] == '"' {
		raw := data[start:p.pos]
		p.pos++
		if p.checkText(int(off), start, raw, seen) {
			return node{kind: String, off: off, a: int32(start), b: int32(len(raw))}, nil
		}
		s = validUTF8([]byte(raw))
	} else {
		var err error
		if s, err = p.escaped(start); err != nil {
			return node{}, err
		}
		p.checkText(int(off), start, data[start:p.pos-1], utf8.RuneSelf)
	}
	p.t.strs = append(p.t.strs, s)
	return node{kind: String, off: off, a: int32(len(p.t.strs) - 1), flag: true}, nil
}

// checkText checks the literal text raw of the string that starts at off
// (its first byte at start; seen is the bits of its bytes, or
// utf8.RuneSelf when unknown): that it is no longer than the limit, and
// that it holds neither a byte that is not UTF-8 nor a DEL or C1 control
// character. It reports the first problem found and whether raw is valid
// UTF-8 (a string too long is not checked further and counts as valid).
func (p *parser) checkText(off, start int, raw string, seen byte) bool {
	if max := p.lim.MaxStringBytes; max > 0 && len(raw) > max {
		p.problem(off, ErrLimit, func() string {
			return "a string of " + strconv.Itoa(len(raw)) + " bytes, longer than the limit (MaxStringBytes = " + strconv.Itoa(max) + ")"
		})
		return true
	}
	if i := strings.IndexByte(raw, 0x7f); i >= 0 {
		p.problem(start+i, nil, func() string { return "control character U+007F (DEL) in a string" })
	}
	if seen < utf8.RuneSelf {
		return true
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			p.problem(start+i, nil, func() string {
				return fmt.Sprintf("byte 0x%02x in a string is not UTF-8 (the text must be UTF-8 throughout)", c)
			})
			return false
		case r >= 0x80 && r <= 0x9f:
			p.problem(start+i, nil, func() string { return fmt.Sprintf("control character %U in a string", r) })
		}
		i += size
	}
	return true
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
	buf = append(buf, p.t.src[start:p.pos]...)
	for {
		if p.pos >= len(p.t.src) {
			return "", p.eof("the end of a string")
		}
		c := p.t.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			return validUTF8(buf), nil
		case c < 0x20:
			return "", p.errorf("control character %s in a string literal (JSON allows it only escaped)", quoteByte(c))
		case c != '\\':
			buf = append(buf, c)
			p.pos++
			continue
		}
		p.pos++ // backslash
		if p.pos >= len(p.t.src) {
			return "", p.eof("an escape sequence")
		}
		e := p.t.src[p.pos]
		p.pos++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			p.controlEscape(p.pos-2, '\b')
			buf = append(buf, '\b')
		case 'f':
			p.controlEscape(p.pos-2, '\f')
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
			at := p.pos - 6 // where the escape starts
			if isControl(r) {
				p.controlEscape(at, r)
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.pos+1 < len(p.t.src) && p.t.src[p.pos] == '\\' && p.t.src[p.pos+1] == 'u' {
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
				p.problem(at, nil, func() string {
					return fmt.Sprintf("unpaired UTF-16 surrogate \\u%04x in a string (it would become U+FFFD)", r)
				})
				r = utf8.RuneError
			}
			buf = utf8.AppendRune(buf, r)
		default:
			p.pos--
			return "", p.errorf("invalid character %s in string escape code", quoteByte(e))
		}
	}
}

// isControl reports whether r is a control character a string may not
// hold: C0 but tab, line feed and carriage return; DEL; C1.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r <= 0x9f
}

// controlEscape reports the escape at offset that stands for the control
// character r.
func (p *parser) controlEscape(offset int, r rune) {
	p.problem(offset, nil, func() string {
		return fmt.Sprintf("escaped control character %U in a string (only \\t, \\n and \\r are allowed)", r)
	})
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
	if p.pos+4 > len(p.t.src) {
		return 0, p.eof("four hexadecimal digits")
	}
	var r rune
	for i := range 4 {
		c := p.t.src[p.pos+i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			p.pos += i
			return 0, p.errorf("invalid character %s in \\u hexadecimal character escape", quoteByte(c))
		}
	}
	p.pos += 4
	return r, nil
}

// Locate returns the byte offset that best locates the value at the path
// at, below n (whose own path is base): the start of that value or, when
// the data has no value there (a required field that is missing, an index
// out of range), the start of the deepest value on the way (0 for a nil
// Node or one not made by Parse). It reads the path's text step by step
// against the tree, so the path is never taken apart ambiguously: a step
// matches exactly what accord.Path renders, a field name or a quoted map
// key for an object member (the first member, in file order, whose
// rendering is followed by the end of the path or another step), an index
// for an element. Its cost is the length of the path and of the keys of
// the objects on the way, whatever the size of the arrays.
func (n *Node) Locate(base, at accord.Path) int {
	if n == nil || n.t == nil {
		return 0
	}
	t := n.t
	rest := at.String()
	// top: nothing rendered so far, so a name has no '.' before it (an
	// empty key at the top renders as nothing).
	top := base.String() == ""
	if !top {
		r, ok := strings.CutPrefix(rest, base.String())
		if !ok || !stepEnd(r) {
			return int(t.nodes[n.i].off)
		}
		rest = r
	}
	var buf []byte
	for cur := &t.nodes[n.i]; ; top = top && len(rest) == len(at.String()) {
		if rest == "" {
			return int(cur.off)
		}
		next := int32(-1)
		switch cur.kind {
		case Object:
			for j := cur.a; j < cur.a+cur.b && next < 0; j += 2 {
				key := t.text(&t.nodes[j])
				name, field := rest, top // field: a field step may start here
				if !top {
					name, field = strings.CutPrefix(rest, ".")
				}
				if r, ok := strings.CutPrefix(name, key); ok && field && stepEnd(r) {
					next, rest = j+1, r
					continue
				}
				if strings.HasPrefix(rest, `["`) {
					buf = strconv.AppendQuote(append(buf[:0], '['), key)
					buf = append(buf, ']')
					if r, ok := strings.CutPrefix(rest, string(buf)); ok && stepEnd(r) {
						next, rest = j+1, r
					}
				}
			}
		case Array:
			if i, r, ok := index(rest); ok && i < int(cur.b) {
				next, rest = cur.a+int32(i), r
			}
		}
		if next < 0 {
			return int(cur.off)
		}
		cur = &t.nodes[next]
	}
}

// stepEnd reports whether rest, what follows a step of a path, is the end
// of the path or another step.
func stepEnd(rest string) bool { return rest == "" || rest[0] == '.' || rest[0] == '[' }

// index reads an index step, "[12]", at the start of path, as
// accord.Path.Index renders it (no sign, no leading zero), and returns it
// and what follows.
func index(path string) (int, string, bool) {
	if len(path) < 3 || path[0] != '[' {
		return 0, "", false
	}
	end := strings.IndexByte(path, ']')
	digits := path[1:max(end, 1)]
	if end < 2 || len(digits) > 9 || len(digits) > 1 && digits[0] == '0' {
		return 0, "", false
	}
	i := 0
	for _, c := range []byte(digits) {
		if c < '0' || c > '9' {
			return 0, "", false
		}
		i = i*10 + int(c-'0')
	}
	if r := path[end+1:]; stepEnd(r) {
		return i, r, true
	}
	return 0, "", false
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
