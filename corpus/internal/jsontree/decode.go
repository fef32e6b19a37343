package jsontree

import (
	"encoding"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/accordmodel/accord/actors"
)

// Decode stores the tree n into the value v points to, strictly: object
// members that the Go struct does not declare are reported as unknown
// fields (with the list of known ones), strings decoded through
// encoding.TextUnmarshaler that fail are reported as unsupported or invalid
// values, and type mismatches are reported as invalid. Decoding never stops
// at a problem: it skips the offending value and goes on, so one call
// reports everything. path is the path of n itself.
//
// Supported Go types: structs whose fields carry `json:"name"` tags (fields
// without a tag, and `json:"-"`, are not decoded), string, bool, signed and
// unsigned integers, float32/64, slices, maps with string keys or keys that
// implement encoding.TextUnmarshaler, pointers, and any type implementing
// encoding.TextUnmarshaler (decoded from a JSON string). JSON null leaves
// the zero value.
func Decode(n *Node, v any, path actors.Path) []Problem {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []Problem{{Offset: n.Offset, Err: actors.Invalid(path, rv.Type(), "jsontree.Decode needs a non-nil pointer")}}
	}
	d := &decoder{base: path}
	d.value(n, rv.Elem())
	return d.problems
}

// decoder keeps the path of the value being decoded as a stack of segments
// and renders it only when it reports a problem, so that decoding a valid
// file builds no path strings.
type decoder struct {
	base     actors.Path
	segs     []segment
	problems []Problem
}

func (d *decoder) path() actors.Path {
	path := d.base
	for _, s := range d.segs {
		switch {
		case s.index >= 0:
			path = path.Index(s.index)
		case s.index == mapKey:
			path = path.Key(s.key)
		default:
			path = path.Child(s.key)
		}
	}
	return path
}

// mapKey marks a segment that is a map key rather than a field name.
const mapKey = -2

func (d *decoder) push(s segment) { d.segs = append(d.segs, s) }
func (d *decoder) pop()           { d.segs = d.segs[:len(d.segs)-1] }

func (d *decoder) add(off int, e *actors.FieldError) {
	d.problems = append(d.problems, Problem{Offset: off, Err: e})
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (d *decoder) mismatch(n *Node, want string) {
	d.add(n.Offset, actors.Invalid(d.path(), n.Kind.String(), "expected "+want))
}

func (d *decoder) value(n *Node, v reflect.Value) {
	if n.Kind == Null {
		return
	}
	if v.Kind() != reflect.Pointer && reflect.PointerTo(v.Type()).Implements(textUnmarshaler) {
		if n.Kind != String {
			d.mismatch(n, "a string")
			return
		}
		tu := v.Addr().Interface().(encoding.TextUnmarshaler)
		if err := tu.UnmarshalText([]byte(n.Text)); err != nil {
			d.add(n.Offset, textError(d.path(), n.Text, err))
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		elem := reflect.New(v.Type().Elem())
		d.value(n, elem.Elem())
		v.Set(elem)
	case reflect.String:
		if n.Kind != String {
			d.mismatch(n, "a string")
			return
		}
		v.SetString(n.Text)
	case reflect.Bool:
		if n.Kind != Bool {
			d.mismatch(n, "true or false")
			return
		}
		v.SetBool(n.Bool)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n.Kind != Number {
			d.mismatch(n, "an integer")
			return
		}
		i, err := strconv.ParseInt(n.Text, 10, 64)
		if err != nil || v.OverflowInt(i) {
			d.add(n.Offset, actors.Invalid(d.path(), n.Text, "expected an integer that fits "+v.Type().String()))
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.Kind != Number {
			d.mismatch(n, "a non-negative integer")
			return
		}
		u, err := strconv.ParseUint(n.Text, 10, 64)
		if err != nil || v.OverflowUint(u) {
			d.add(n.Offset, actors.Invalid(d.path(), n.Text, "expected a non-negative integer that fits "+v.Type().String()))
			return
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		if n.Kind != Number {
			d.mismatch(n, "a number")
			return
		}
		f, err := strconv.ParseFloat(n.Text, v.Type().Bits())
		if err != nil {
			d.add(n.Offset, actors.Invalid(d.path(), n.Text, "expected a number that fits "+v.Type().String()))
			return
		}
		v.SetFloat(f)
	case reflect.Slice:
		if n.Kind != Array {
			d.mismatch(n, "an array")
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Elems), len(n.Elems))
		for i, e := range n.Elems {
			d.push(segment{index: i})
			d.value(e, s.Index(i))
			d.pop()
		}
		v.Set(s)
	case reflect.Map:
		d.mapValue(n, v)
	case reflect.Struct:
		d.structValue(n, v)
	default:
		d.add(n.Offset, actors.Invalid(d.path(), v.Type(), "this Go type cannot be decoded from JSON data"))
	}
}

func (d *decoder) mapValue(n *Node, v reflect.Value) {
	if n.Kind != Object {
		d.mismatch(n, "an object")
		return
	}
	t := v.Type()
	keyText := reflect.PointerTo(t.Key()).Implements(textUnmarshaler)
	if !keyText && t.Key().Kind() != reflect.String {
		d.add(n.Offset, actors.Invalid(d.path(), t, "map keys must be strings or implement encoding.TextUnmarshaler"))
		return
	}
	m := reflect.MakeMapWithSize(t, len(n.Fields))
	for _, f := range n.Fields {
		d.push(segment{key: f.Key, index: mapKey})
		k := reflect.New(t.Key()).Elem()
		if keyText {
			if err := k.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(f.Key)); err != nil {
				d.add(f.KeyOffset, textError(d.path(), f.Key, err))
				d.pop()
				continue
			}
		} else {
			k.SetString(f.Key)
		}
		if m.MapIndex(k).IsValid() {
			d.add(f.KeyOffset, actors.Duplicate(d.path(), f.Key, "two keys denote the same map entry"))
			d.pop()
			continue
		}
		e := reflect.New(t.Elem()).Elem()
		d.value(f.Value, e)
		m.SetMapIndex(k, e)
		d.pop()
	}
	v.Set(m)
}

func (d *decoder) structValue(n *Node, v reflect.Value) {
	if n.Kind != Object {
		d.mismatch(n, "an object")
		return
	}
	info := fieldsOf(v.Type())
	for _, f := range n.Fields {
		d.push(segment{key: f.Key, index: -1})
		if i, ok := info.byName[f.Key]; ok {
			d.value(f.Value, v.Field(i))
		} else {
			d.add(f.KeyOffset, actors.UnknownField(d.path(), f.Key, info.names))
		}
		d.pop()
	}
}

// textError turns an UnmarshalText error into a field error: unknown enum
// names become ErrNotSupported with the list of supported names, anything
// else ErrInvalid with the error's own message as the detail.
func textError(path actors.Path, value string, err error) *actors.FieldError {
	var ee *actors.EnumError
	if errors.As(err, &ee) {
		return actors.NotSupported(path, value, ee.Supported)
	}
	return actors.Invalid(path, value, err.Error())
}

type structInfo struct {
	byName map[string]int
	names  []string
}

var structCache sync.Map // reflect.Type → *structInfo

func fieldsOf(t reflect.Type) *structInfo {
	if c, ok := structCache.Load(t); ok {
		return c.(*structInfo)
	}
	info := &structInfo{byName: map[string]int{}}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		if !ok || !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		info.byName[name] = i
		info.names = append(info.names, name)
	}
	c, _ := structCache.LoadOrStore(t, info)
	return c.(*structInfo)
}
