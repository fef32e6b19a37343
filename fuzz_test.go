package accord

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The fuzz targets check that values keep their contract, in the manner
// of net/netip's fuzz_test.go: every valid value's String parses back to
// an equal value, MarshalText and UnmarshalText agree with String and the
// parser, Compare is a total order that agrees with ==, and == agrees with
// String. Run one with, for example, go test -fuzz=FuzzDateOf.

// checkDate checks the contract of one Date, however it was built: it is
// the zero Date, or a valid date whose String parses back to it.
func checkDate(t *testing.T, d Date) {
	t.Helper()
	if !d.IsValid() {
		if d != (Date{}) {
			t.Fatalf("%#v: invalid but not the zero Date", d)
		}
		if s := d.String(); s != "" || d.Precision() != 0 {
			t.Fatalf("zero Date: String %q, precision %v", s, d.Precision())
		}
		return
	}
	s := d.String()
	back, err := ParseDate(s)
	if err != nil {
		t.Fatalf("%#v prints %q, which ParseDate rejects: %v", d, s, err)
	}
	if back != d {
		t.Fatalf("%#v prints %q, which parses to %#v", d, s, back)
	}
	text, err := d.MarshalText()
	if err != nil || string(text) != s {
		t.Fatalf("%#v: MarshalText = %q, %v; String = %q", d, text, err, s)
	}
	var u Date
	if err := u.UnmarshalText(text); err != nil || u != d {
		t.Fatalf("UnmarshalText(%q) = %#v, %v; want %#v", text, u, err, d)
	}
	if !d.Precision().IsValid() || d.Last().Before(d.First()) || d.Compare(d) != 0 {
		t.Fatalf("%q: precision %v, first %v, last %v, Compare with itself %d", s, d.Precision(), d.First(), d.Last(), d.Compare(d))
	}
}

func FuzzDateOf(f *testing.F) {
	for _, s := range [][3]int{
		{2022, 3, 29}, {2024, 2, 29}, {2023, 2, 29}, {2022, 2, 31}, {2022, 4, 31}, {2022, 13, 1},
		{2022, 0, 0}, {1000, 1, 1}, {9999, 12, 31}, {999, 12, 31}, {10000, 1, 1}, {70000, 1, 1},
		{-2022, 3, 29}, {2022 + 1<<16, 3 + 1<<8, 29 + 1<<8},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, y, m, d int) {
		// What a real calendar says, worked out with package time.
		yearOK := 1000 <= y && y <= 9999
		monthOK := yearOK && 1 <= m && m <= 12
		dayOK := monthOK && 1 <= d && d <= 31 &&
			time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Month() == time.Month(m)
		for _, tt := range []struct {
			date      Date
			ok        bool
			precision Precision
			first     func() time.Time
		}{
			{YearOf(y), yearOK, PrecisionYear, func() time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }},
			{MonthOf(y, time.Month(m)), monthOK, PrecisionMonth, func() time.Time { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }},
			{DayOf(y, time.Month(m), d), dayOK, PrecisionDay, func() time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }},
		} {
			checkDate(t, tt.date)
			if tt.date.IsValid() != tt.ok {
				t.Fatalf("(%d, %d, %d): %s Date %q valid = %v, want %v", y, m, d, tt.precision, tt.date, tt.date.IsValid(), tt.ok)
			}
			if tt.ok && (tt.date.Precision() != tt.precision || tt.date.Year() != y || !tt.date.First().Equal(tt.first())) {
				t.Fatalf("(%d, %d, %d): %s Date %q: precision %v, year %d, first day %v", y, m, d, tt.precision, tt.date, tt.date.Precision(), tt.date.Year(), tt.date.First())
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1990", "2022-03", "2022-03-29", "2024-02-30", "9999-12-31", "1000", "0999", "2022-13", "2022-02-31", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		var u Date
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			if d != (Date{}) || !errors.Is(err, ErrBadDate) {
				t.Fatalf("ParseDate(%q) = %#v, %v: want the zero Date and ErrBadDate", s, d, err)
			}
			if s != "" && (uerr == nil || !errors.Is(uerr, ErrBadDate)) {
				t.Fatalf("ParseDate(%q) fails but UnmarshalText gives %#v, %v", s, u, uerr)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		if uerr != nil || u != d {
			t.Fatalf("ParseDate(%q) = %#v but UnmarshalText gives %#v, %v", s, d, u, uerr)
		}
		checkDate(t, d)
	})
}

func FuzzDateCompare(f *testing.F) {
	for _, s := range [][3]string{
		{"2014", "2022", "2022-03"}, {"2022-03-29", "2022-03", "2022"}, {"", "1990", "1990-01-01"},
		{"2023", "2022-12-31", "2022-12"}, {"2022", "2022", "x"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, as, bs, cs string) {
		var dates [3]Date
		for i, s := range []string{as, bs, cs} {
			_ = dates[i].UnmarshalText([]byte(s)) // malformed text leaves the zero Date, which is compared too
		}
		for _, x := range dates {
			for _, y := range dates {
				c := x.Compare(y)
				if sign(c) != -sign(y.Compare(x)) {
					t.Fatalf("%q.Compare(%q) = %d but the reverse is %d", x, y, c, y.Compare(x))
				}
				if (c == 0) != (x == y) || (x == y) != (x.String() == y.String()) {
					t.Fatalf("%q vs %q: Compare %d, == %v, same text %v", x, y, c, x == y, x.String() == y.String())
				}
				if x.IsValid() && y.IsValid() && x.First().Before(y.First()) && c >= 0 {
					t.Fatalf("%q starts before %q but Compare = %d", x, y, c)
				}
				for _, z := range dates {
					if c <= 0 && y.Compare(z) <= 0 && x.Compare(z) > 0 {
						t.Fatalf("not transitive: %q <= %q <= %q but %q > %q", x, y, z, x, z)
					}
				}
			}
		}
	})
}

// checkPeriod checks the contract of one Period: it survives a JSON round
// trip, and when it validates, its String parses back to it.
func checkPeriod(t *testing.T, p Period) {
	t.Helper()
	b, err := json.Marshal(p)
	if p.End != 0 && !p.End.IsValid() {
		if err == nil {
			t.Fatalf("%#v: json.Marshal accepts an unnamed end", p)
		}
		if q, err := ParsePeriod(p.String()); err == nil {
			t.Fatalf("%#v prints %q, which ParsePeriod accepts as %#v", p, p.String(), q)
		}
		return
	}
	if err != nil {
		t.Fatalf("%#v: json.Marshal: %v", p, err)
	}
	var back Period
	if err := json.Unmarshal(b, &back); err != nil || back != p {
		t.Fatalf("%#v: JSON %s reads back as %#v, %v", p, b, back, err)
	}
	s := p.String()
	q, err := ParsePeriod(s)
	if p.Validate(NewPath("period")) != nil {
		if err == nil || !errors.Is(err, ErrBadPeriod) {
			t.Fatalf("%#v does not validate but ParsePeriod(%q) = %#v, %v", p, s, q, err)
		}
		return
	}
	if err != nil || q != p {
		t.Fatalf("%#v prints %q, which ParsePeriod reads as %#v, %v", p, s, q, err)
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"", "2010–2014", "2022-03–", "–1990", "2025-08", "2014–2014", "–", "2014–2010", "2010-2014", "2010–2014–2018",
		"1815–present", "1839–ended", "1990–?", "–present", "present", "2010–2014–ended"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			if p != (Period{}) || !errors.Is(err, ErrBadPeriod) {
				t.Fatalf("ParsePeriod(%q) = %#v, %v: want the zero Period and ErrBadPeriod", s, p, err)
			}
			return
		}
		if p.Validate(Path{}) != nil {
			t.Fatalf("ParsePeriod(%q) = %#v, which does not validate", s, p)
		}
		checkDate(t, p.From)
		checkDate(t, p.To)
		checkPeriod(t, p)
	})
}

func FuzzPeriod(f *testing.F) {
	for _, s := range [][2]string{{"2010", "2014"}, {"2022-03", ""}, {"", "1990"}, {"2025-08", "2025-08"}, {"2014", "2010"}, {"2014", "2014-01"}, {"", ""}} {
		for end := range uint8(5) {
			f.Add(s[0], s[1], end)
		}
	}
	f.Fuzz(func(t *testing.T, from, to string, end uint8) {
		p := Period{End: Ending(end)}
		if p.From.UnmarshalText([]byte(from)) != nil || p.To.UnmarshalText([]byte(to)) != nil {
			return
		}
		checkPeriod(t, p)
	})
}

// pathStep is one step of a path a fuzz target builds.
type pathStep struct {
	op   byte // 'c' child, 'i' index, 'k' key
	name string
	i    int
}

// pathSteps reads a step sequence from fuzz input: steps are separated by
// '/', and the first byte of each says what it is.
func pathSteps(s string) []pathStep {
	var steps []pathStep
	for part := range strings.SplitSeq(s, "/") {
		if part == "" {
			continue
		}
		st := pathStep{op: part[0], name: part[1:]}
		if st.op != 'c' && st.op != 'i' && st.op != 'k' {
			st.op = "cik"[st.op%3]
		}
		if st.op == 'i' {
			n, err := strconv.Atoi(st.name)
			if err != nil {
				n = len(st.name) - 2
			}
			st.i = n
		}
		steps = append(steps, st)
	}
	return steps
}

// build adds steps to p one at a time.
func (st pathStep) build(p Path) Path {
	switch st.op {
	case 'c':
		return p.Child(st.name)
	case 'i':
		return p.Index(st.i)
	}
	return p.Key(st.name)
}

// render is the text a path of the steps must print, written out without
// Path.
func render(steps []pathStep) string {
	var b strings.Builder
	for _, st := range steps {
		switch st.op {
		case 'c':
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(st.name)
		case 'i':
			b.WriteString("[" + strconv.Itoa(st.i) + "]")
		default:
			b.WriteString("[" + strconv.Quote(st.name) + "]")
		}
	}
	return b.String()
}

func FuzzPath(f *testing.F) {
	f.Add("cactors/i3/caliases/i1/cevidence/i0/cdoc/cx", "cactors/i3/caliases/i1/cevidence/i0/cdoc/cx")
	f.Add("ca/cb", "ca.b")
	f.Add("ca/i0", "ca[0]")
	f.Add("c/cb/ktanks/i-1", "cb/ktanks/i-1")
	f.Add("ca/kb", "ca/cb")
	f.Fuzz(func(t *testing.T, s1, s2 string) {
		steps := pathSteps(s1)
		// p: one step at a time from the root.
		var p Path
		for _, st := range steps {
			p = st.build(p)
		}
		want := render(steps)
		if p.String() != want {
			t.Fatalf("steps %q: path %q, want %q", s1, p, want)
		}
		if b, err := p.AppendText([]byte("x:")); err != nil || string(b) != "x:"+want {
			t.Fatalf("steps %q: AppendText = %q, %v", s1, b, err)
		}
		// q: the same steps, built another way: from NewPath, with
		// runs of fields merged into one dotted name, and through a
		// kept prefix that is extended twice.
		var q Path
		rest := steps
		if len(rest) > 0 && rest[0].op == 'c' {
			q, rest = NewPath(rest[0].name), rest[1:]
		}
		for i := 0; i < len(rest); i++ {
			st := rest[i]
			if st.op == 'c' && i+1 < len(rest) && rest[i+1].op == 'c' && (q != Path{} || st.name != "") {
				q = q.Child(st.name + "." + rest[i+1].name)
				i++
				continue
			}
			_ = st.build(q) // a sibling: q must not change
			q = st.build(q)
		}
		if p != q || p.String() != q.String() {
			t.Fatalf("steps %q built two ways: %q and %q, == %v", s1, p, q, p == q)
		}
		// r: other steps; == must agree with the text.
		var r Path
		for _, st := range pathSteps(s2) {
			r = st.build(r)
		}
		if (p == r) != (p.String() == r.String()) {
			t.Fatalf("%q and %q: == is %v", p, r, p == r)
		}
	})
}
