// Package jsontree parses JSON into a tree that remembers where every value
// and key starts, and decodes the tree strictly into Go values, collecting
// every problem with its path instead of stopping at the first.
//
// encoding/json reports byte offsets for syntax errors only, stops at the
// first problem, and silently accepts duplicate keys. The corpus loader
// needs all problems at once with file:line:column, so it parses each file
// once into a compact [Tree] (see [ParseTree]) and decodes from that;
// [Parse] gives the same tree as [Node] values, for code that walks it.
package jsontree

import (
	"bytes"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
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
// members or elements as nodes of their own: a navigable copy of a [Tree]
// for code that walks a document (tests, tools). It costs an allocation
// per container and some 80 bytes per value; the loader reads the compact
// [Tree] instead.
type Node struct {
	Kind Kind
	Bool bool // the value of a Bool
	// Offset is where the value starts in the input, in bytes.
	Offset int
	// Text is the string value (String) or the number literal (Number).
	Text   string
	Fields []Field // Object members in file order
	Elems  []*Node // Array elements

	// tree and index name the value in the tree the node was made from,
	// for Decode.
	tree  *Tree
	index int32
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

// Parse parses data into a tree of [Node] values. Malformed JSON yields a
// *SyntaxError with the offset of the problem. Duplicate keys are not a
// syntax error: they are returned as field errors (kind accord.ErrDuplicate)
// with their paths, and the tree keeps the first occurrence only. Strings
// are decoded as encoding/json decodes them (escapes resolved, invalid UTF-8
// replaced by U+FFFD); numbers keep their literal text. The tree does not
// refer to data: Parse copies it once.
func Parse(data []byte) (*Node, []Problem, error) { return ParseString(string(data)) }

// ParseString is [Parse] for JSON text held in a string: it is
// [ParseTree] followed by [Tree.Node]. Strings and numbers without escapes
// in the tree are substrings of data; a tree (and any string taken from
// it) keeps data alive.
func ParseString(data string) (*Node, []Problem, error) {
	t, dups, err := ParseTree(data)
	if err != nil {
		return nil, nil, err
	}
	return t.Node(), dups, nil
}

// Tree is a parsed JSON text in compact form: 16 bytes per value (and per
// object key), all in one slice, with strings and numbers kept as ranges of
// the text. [Parse] describes what is parsed and how problems are reported.
// A Tree is immutable and safe for concurrent use.
type Tree struct {
	src   string // the JSON text
	nodes []node
	// strs holds the decoded strings that are not a range of src: those
	// with escapes or invalid UTF-8.
	strs []string
	root int32
}

// node is one value of a [Tree]. Where a container's children are, and
// what a and b mean, depends on the kind:
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
type node struct {
	off  int32 // where the value starts in the text
	a, b int32
	kind Kind
	flag bool
}

// maxText is the largest text a [Tree] can index with its 32-bit offsets.
const maxText = 1<<31 - 1

// ParseTree parses data into a compact [Tree]; see [Parse] for what is
// accepted and how problems are reported. Texts of 2 GiB or more are
// rejected.
func ParseTree(data string) (*Tree, []Problem, error) {
	if len(data) > maxText {
		return nil, nil, &SyntaxError{Msg: "JSON text too large (2 GiB or more)"}
	}
	p := scratch.Get().(*parser)
	defer p.release()
	t, err := p.parse(data)
	if err == nil && p.sawDup {
		// A duplicate key: parse again, this time keeping the path of
		// every value, which the problem reports. Same text, same
		// tree; a sound text never takes this second pass.
		t.Release()
		p.reset()
		p.track = true
		t, err = p.parse(data)
	}
	if err != nil {
		return nil, nil, err
	}
	return t, p.dups, nil
}

// parse parses data into a tree (see ParseTree). It keeps the path of the
// value being parsed only when p.track is set; otherwise a duplicate key
// only sets p.sawDup.
func (p *parser) parse(data string) (*Tree, error) {
	p.data = data
	big := len(data) >= bigText
	pooled := p.out
	if big {
		// Room for the nodes of a text as dense as the densest data
		// file (about 16 bytes per value): growing the slice by doubling
		// would allocate up to three times that, and copying it to
		// the tree once more. A denser text still grows it.
		p.out = make([]node, 0, len(data)/bytesPerNode+1)
	}
	p.space()
	root, err := p.value()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos < len(p.data) {
		return nil, p.errorf("invalid character %q after top-level value", p.data[p.pos])
	}
	p.out = append(p.out, root)
	t := &Tree{src: data, strs: p.strs, root: int32(len(p.out) - 1)}
	if big {
		// The tree keeps this slice; the parser keeps its pooled one.
		t.nodes, p.out = p.out, pooled
	} else {
		t.nodes = append(getNodes(len(p.out)), p.out...)
	}
	return t, nil
}

// A text of bigText bytes or more is parsed into a node slice of its own,
// sized from the text: bytesPerNode is the fewest bytes of text per value
// that the data files show (terms.json: 15.4).
const (
	bigText      = 1 << 20
	bytesPerNode = 16
)

// Release hands the memory of t's nodes back for reuse by later parses.
// t, and every [Node] made from it, must not be used afterwards. A caller
// that parses many texts one after another (a loader reading a corpus
// again and again) calls it when it is done with each tree; not calling it
// is correct too, and leaves the nodes to the garbage collector.
func (t *Tree) Release() {
	if t == nil || t.nodes == nil {
		return
	}
	putNodes(t.nodes)
	t.nodes = nil
}

// nodeBufs holds released node slices by size class: nodeBufs[k] holds
// slices whose capacity is 1<<(k+minNodeClass).
var nodeBufs [maxNodeClass - minNodeClass + 1]sync.Pool

const (
	minNodeClass = 8  // 256 nodes, 4 KiB
	maxNodeClass = 16 // 64Ki nodes, 1 MiB: larger slices are made to measure and not kept
)

// nodeClass returns the size class of a slice of n nodes: the smallest k
// with n <= 1<<k, at least minNodeClass.
func nodeClass(n int) int { return max(bits.Len(uint(max(n, 1)-1)), minNodeClass) }

// getNodes returns an empty slice with room for n nodes.
func getNodes(n int) []node {
	k := nodeClass(n)
	if k <= maxNodeClass {
		if b, ok := nodeBufs[k-minNodeClass].Get().(*[]node); ok {
			return (*b)[:0]
		}
		return make([]node, 0, 1<<k)
	}
	return make([]node, 0, n)
}

// putNodes keeps b for getNodes when its capacity is a size class.
func putNodes(b []node) {
	c := cap(b)
	if c&(c-1) != 0 || c < 1<<minNodeClass || c > 1<<maxNodeClass {
		return
	}
	b = b[:0]
	nodeBufs[bits.Len(uint(c))-1-minNodeClass].Put(&b)
}

// scratch holds parsers whose stacks can be reused: parsing the files of a
// corpus one after another then grows them once.
var scratch = sync.Pool{New: func() any { return new(parser) }}

// release empties p, keeping the capacity of its stacks, and returns it to
// the pool. The tree and problems it produced are no longer referenced.
func (p *parser) release() {
	const keep = 1 << 20 // do not hold on to the stacks of a huge document
	if cap(p.out) > keep || cap(p.stack) > keep {
		return
	}
	p.reset()
	scratch.Put(p)
}

// reset empties p for another parse, keeping the capacity of its stacks.
func (p *parser) reset() {
	clear(p.segs) // drop the keys, which point into the text
	*p = parser{segs: p.segs[:0], stack: p.stack[:0], out: p.out[:0]}
}

// parser is a recursive-descent JSON parser over a string. It keeps the
// path of the value being parsed as a stack of segments and renders it only
// when it has a problem to report.
//
// The children of the containers being parsed wait on stack; when a
// container ends they are copied, contiguously, to out, which becomes the
// node slice of the tree. A tree of n values thus costs one allocation for
// its nodes, besides the reused stacks.
type parser struct {
	data string
	pos  int
	dups []Problem
	// track says whether segs is kept: only for the second pass over a
	// text with a duplicate key (sawDup), whose problem needs its path.
	track, sawDup bool
	segs          []segment
	stack         []node
	out           []node
	strs          []string
}

// segment is one step of a path: an object key, or an array index when
// key is empty and index >= 0.
type segment struct {
	key   string
	index int
}

func (p *parser) path() accord.Path {
	var path accord.Path
	for _, s := range p.segs {
		if s.index >= 0 {
			path = path.Index(s.index)
		} else {
			path = path.Child(s.key)
		}
	}
	return path
}

// text returns the value of a String node or the literal of a Number node.
func (p *parser) text(n node) string {
	if n.flag {
		return p.strs[n.a]
	}
	return p.data[n.a : n.a+n.b]
}

// close moves the children of a container, stack[base:], to out and
// returns their range.
func (p *parser) close(base int) (start, count int32) {
	start, count = int32(len(p.out)), int32(len(p.stack)-base)
	p.out = append(p.out, p.stack[base:]...)
	p.stack = p.stack[:base]
	return start, count
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

func (p *parser) value() (node, error) {
	if p.pos >= len(p.data) {
		return node{}, p.eof("a value")
	}
	off := int32(p.pos)
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		if err := p.number(); err != nil {
			return node{}, err
		}
		return node{kind: Number, off: off, a: off, b: int32(p.pos) - off}, nil
	case c == 't':
		if err := p.literal("true"); err != nil {
			return node{}, err
		}
		return node{kind: Bool, off: off, flag: true}, nil
	case c == 'f':
		if err := p.literal("false"); err != nil {
			return node{}, err
		}
		return node{kind: Bool, off: off}, nil
	case c == 'n':
		if err := p.literal("null"); err != nil {
			return node{}, err
		}
		return node{kind: Null, off: off}, nil
	default:
		return node{}, p.errorf("invalid character %q looking for beginning of value", c)
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

func (p *parser) object() (node, error) {
	n := node{kind: Object, off: int32(p.pos)}
	p.pos++ // {
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		n.a = int32(len(p.out))
		return n, nil
	}
	var seen map[string]bool
	base := len(p.stack)
	for {
		if p.pos >= len(p.data) {
			return node{}, p.eof("an object key")
		}
		if p.data[p.pos] != '"' {
			return node{}, p.errorf("invalid character %q looking for beginning of object key string", p.data[p.pos])
		}
		k, err := p.str()
		if err != nil {
			return node{}, err
		}
		key := p.text(k)
		p.space()
		if p.pos >= len(p.data) {
			return node{}, p.eof("':' after object key")
		}
		if p.data[p.pos] != ':' {
			return node{}, p.errorf("invalid character %q after object key", p.data[p.pos])
		}
		p.pos++
		p.space()
		if p.track {
			p.segs = append(p.segs, segment{key: key, index: -1})
		}
		v, err := p.value()
		if err != nil {
			return node{}, err
		}
		members := p.stack[base:]
		dup := false
		if len(members) >= 64 { // a linear scan is cheaper for records-sized objects
			if seen == nil {
				seen = make(map[string]bool, len(members))
				for i := 0; i < len(members); i += 2 {
					seen[p.text(members[i])] = true
				}
			}
			dup = seen[key]
			seen[key] = true
		} else {
			for i := 0; i < len(members); i += 2 {
				if p.text(members[i]) == key {
					dup = true
					break
				}
			}
		}
		switch {
		case !dup:
			p.stack = append(p.stack, k, v)
		case p.track:
			p.dups = append(p.dups, Problem{Offset: int(k.off), Err: accord.Duplicate(p.path(), key, "the key occurs more than once in this object")})
		default:
			p.sawDup = true
		}
		if p.track {
			p.segs[len(p.segs)-1] = segment{}
			p.segs = p.segs[:len(p.segs)-1]
		}
		p.space()
		if p.pos >= len(p.data) {
			return node{}, p.eof("',' or '}' after object value")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case '}':
			p.pos++
			n.a, n.b = p.close(base)
			return n, nil
		default:
			return node{}, p.errorf("invalid character %q after object key:value pair", p.data[p.pos])
		}
	}
}

func (p *parser) array() (node, error) {
	n := node{kind: Array, off: int32(p.pos)}
	p.pos++ // [
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		n.a = int32(len(p.out))
		return n, nil
	}
	base := len(p.stack)
	for i := 0; ; i++ {
		if p.track {
			p.segs = append(p.segs, segment{index: i})
		}
		v, err := p.value()
		if err != nil {
			return node{}, err
		}
		if p.track {
			p.segs = p.segs[:len(p.segs)-1]
		}
		p.stack = append(p.stack, v)
		p.space()
		if p.pos >= len(p.data) {
			return node{}, p.eof("',' or ']' after array element")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case ']':
			p.pos++
			n.a, n.b = p.close(base)
			return n, nil
		default:
			return node{}, p.errorf("invalid character %q after array element", p.data[p.pos])
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

// str scans a string literal starting at the opening quote and returns its
// String node: a range of the text when the literal has no escapes and is
// valid UTF-8, else the decoded value stored in p.strs.
func (p *parser) str() (node, error) {
	off := int32(p.pos)
	p.pos++ // opening quote
	start := p.pos
	i, data := p.pos, p.data
	var seen byte // the bits of every byte scanned: non-ASCII if >= 0x80
	for i < len(data) && !strStop[data[i]] {
		seen |= data[i]
		i++
	}
	p.pos = i
	if i < len(data) && data[i] == '"' {
		raw := data[start:i]
		p.pos++
		if seen < utf8.RuneSelf || utf8.ValidString(raw) {
			return node{kind: String, off: off, a: int32(start), b: int32(len(raw))}, nil
		}
		return p.decoded(off, validUTF8([]byte(raw))), nil
	}
	s, err := p.escaped(start)
	if err != nil {
		return node{}, err
	}
	return p.decoded(off, s), nil
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

// decoded returns a String node at off whose value s is kept in p.strs.
func (p *parser) decoded(off int32, s string) node {
	p.strs = append(p.strs, s)
	return node{kind: String, off: off, a: int32(len(p.strs) - 1), flag: true}
}

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

// text returns the value of a String node or the literal of a Number node.
func (t *Tree) text(n *node) string {
	if n.flag {
		return t.strs[n.a]
	}
	return t.src[n.a : n.a+n.b]
}

// RootText returns the text of the member key of the top-level object, as
// [Node.Text] has it: the value of a string, the literal of a number, ""
// for any other value or when there is no such member.
func (t *Tree) RootText(key string) string {
	r := &t.nodes[t.root]
	if r.kind != Object {
		return ""
	}
	for i := r.a; i < r.a+r.b; i += 2 {
		if t.text(&t.nodes[i]) == key {
			if v := &t.nodes[i+1]; v.kind == String || v.kind == Number {
				return t.text(v)
			}
			return ""
		}
	}
	return ""
}

// Node returns the tree as [Node] values.
func (t *Tree) Node() *Node { return t.node(t.root) }

func (t *Tree) node(i int32) *Node {
	n := &t.nodes[i]
	out := &Node{Kind: n.kind, Offset: int(n.off), tree: t, index: i}
	switch n.kind {
	case Bool:
		out.Bool = n.flag
	case String, Number:
		out.Text = t.text(n)
	case Array:
		out.Elems = make([]*Node, n.b)
		for j := range out.Elems {
			out.Elems[j] = t.node(n.a + int32(j))
		}
	case Object:
		out.Fields = make([]Field, n.b/2)
		for j := range out.Fields {
			k := n.a + 2*int32(j)
			out.Fields[j] = Field{Key: t.text(&t.nodes[k]), KeyOffset: int(t.nodes[k].off), Value: t.node(k + 1)}
		}
	}
	return out
}

// Locate is [Node.Locate] on the compact tree.
func (t *Tree) Locate(path string) int {
	cur := &t.nodes[t.root]
	off := int(cur.off)
	for {
		st, rest, ok := cutStep(path)
		if !ok {
			return off
		}
		path = rest
		next := int32(-1)
		switch {
		case st.bracketed && cur.kind == Array:
			if i, err := strconv.Atoi(st.text); err == nil && i >= 0 && i < int(cur.b) {
				next = cur.a + int32(i)
			}
		case cur.kind == Object:
			key := st.key()
			for i := cur.a; i < cur.a+cur.b; i += 2 {
				if t.text(&t.nodes[i]) == key {
					next = i + 1
					break
				}
			}
		}
		if next < 0 {
			return off
		}
		cur = &t.nodes[next]
		off = int(cur.off)
	}
}

// Locate returns the byte offset that best locates path in the tree: the
// start of the value at path, or, when the path goes deeper than the tree
// (a required field that is missing), the start of the deepest value that
// exists on the way.
func (n *Node) Locate(path string) int {
	cur, off := n, n.Offset
	for cur != nil {
		st, rest, ok := cutStep(path)
		if !ok {
			return off
		}
		path = rest
		var next *Node
		switch {
		case st.bracketed && cur.Kind == Array:
			if i, err := strconv.Atoi(st.text); err == nil && i >= 0 && i < len(cur.Elems) {
				next = cur.Elems[i]
			}
		case cur.Kind == Object:
			key := st.key()
			for _, f := range cur.Fields {
				if f.Key == key {
					next = f.Value
					break
				}
			}
		}
		if next == nil {
			return off
		}
		cur, off = next, next.Offset
	}
	return off
}

// step is one step of a record path as accord.Path renders it: a field
// name, or the text between brackets (an element index or a quoted map key).
type step struct {
	text      string
	bracketed bool
}

// key is the member name the step selects in an object: a bracketed
// step's quoted key unquoted, otherwise its text.
func (s step) key() string {
	if s.bracketed {
		if k, err := strconv.Unquote(s.text); err == nil {
			return k
		}
	}
	return s.text
}

// cutStep cuts the first step off path ("name", ".name", "[3]" or
// `["key"]`) and returns it with the rest. ok is false when path has no
// step left or a bracket is not closed.
func cutStep(path string) (st step, rest string, ok bool) {
	path = strings.TrimLeft(path, ".")
	switch {
	case path == "":
		return step{}, "", false
	case path[0] == '[':
		end := strings.IndexByte(path, ']')
		if end < 0 {
			return step{}, "", false
		}
		return step{text: path[1:end], bracketed: true}, path[end+1:], true
	}
	end := 1 // a field name runs to the next '.' or '['
	for end < len(path) && path[end] != '.' && path[end] != '[' {
		end++
	}
	return step{text: path[:end]}, path[end:], true
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
