package chart

import (
	"fmt"
	"math"
	"time"

	"github.com/accordmodel/accord"
)

// Segment is one stretch of a [Timeline]'s time axis. Segments let a
// chart give recent decades more room than earlier centuries: each segment
// gets a share of the axis width proportional to its Weight, and the chart
// marks and explains every change of scale.
type Segment struct {
	// From and To bound the segment; they must be valid dates, and each
	// segment must start where the previous one ends.
	From, To accord.Date
	// Weight is the segment's share of the axis width relative to the
	// other segments; it must be positive.
	Weight float64
}

// yearPos returns t as a fractional year: 2014.5 is about 2 July 2014.
func yearPos(t time.Time) float64 {
	start := time.Date(t.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
	next := time.Date(t.Year()+1, time.January, 1, 0, 0, 0, 0, time.UTC)
	return float64(t.Year()) + t.Sub(start).Hours()/next.Sub(start).Hours()
}

// startPos and endPos place a date on the axis: a date starts at its first
// day and ends after its last.
func startPos(d accord.Date) float64 { return yearPos(d.First()) }
func endPos(d accord.Date) float64   { return yearPos(d.Last().AddDate(0, 0, 1)) }

// axisSeg is a segment placed on the page.
type axisSeg struct {
	from, to float64 // fractional years
	x0, x1   float64 // pixels
}

// timeAxis maps fractional years to x coordinates, piecewise linearly.
type timeAxis struct {
	segs []axisSeg
}

// newTimeAxis lays the segments (or one segment from..to when there are
// none) over the pixels x0..x1.
func newTimeAxis(from, to float64, segments []Segment, x0, x1 float64) (timeAxis, error) {
	var a timeAxis
	if len(segments) == 0 {
		segments = []Segment{{Weight: 1}}
	}
	total := 0.0
	for i, s := range segments {
		if !finite(s.Weight) || s.Weight <= 0 {
			return a, fmt.Errorf("%w: axis segment %d: weight %v is not positive", ErrInput, i, s.Weight)
		}
		total += s.Weight
	}
	x := x0
	for i, s := range segments {
		f, t := from, to
		if len(segments) > 1 || s.From.IsValid() {
			if !s.From.IsValid() || !s.To.IsValid() {
				return a, fmt.Errorf("%w: axis segment %d needs both ends", ErrInput, i)
			}
			f, t = startPos(s.From), startPos(s.To)
		}
		if t <= f {
			return a, fmt.Errorf("%w: axis segment %d ends before it starts", ErrInput, i)
		}
		if i > 0 && f != a.segs[i-1].to {
			return a, fmt.Errorf("%w: axis segment %d does not start where segment %d ends", ErrInput, i, i-1)
		}
		w := (x1 - x0) * s.Weight / total
		a.segs = append(a.segs, axisSeg{from: f, to: t, x0: x, x1: x + w})
		x += w
	}
	return a, nil
}

// from returns the start of the axis in fractional years.
func (a timeAxis) from() float64 { return a.segs[0].from }

// x returns the x coordinate of fractional year y, clamped to the axis.
func (a timeAxis) x(y float64) float64 {
	if y <= a.from() {
		return a.segs[0].x0
	}
	for _, s := range a.segs {
		if y <= s.to {
			return s.x0 + (y-s.from)/(s.to-s.from)*(s.x1-s.x0)
		}
	}
	return a.segs[len(a.segs)-1].x1
}

// pxPerYear returns the scale of segment i.
func (a timeAxis) pxPerYear(i int) float64 {
	s := a.segs[i]
	return (s.x1 - s.x0) / (s.to - s.from)
}

// tick is a labelled year on the axis.
type tick struct {
	year  int
	major bool // a segment boundary
}

// ticks returns the years to label: every segment boundary that falls on
// a whole year, and inside each segment the multiples of the smallest
// round step that leaves at least minGap pixels between labels.
func (a timeAxis) ticks(minGap float64) []tick {
	var out []tick
	seen := map[int]bool{}
	add := func(y int, major bool) {
		if !seen[y] {
			seen[y] = true
			out = append(out, tick{year: y, major: major})
		}
	}
	for i, s := range a.segs {
		if s.from == math.Trunc(s.from) {
			add(int(s.from), i > 0)
		}
		step := 500
		for _, c := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 500} {
			if float64(c)*a.pxPerYear(i) >= minGap {
				step = c
				break
			}
		}
		for y := int(math.Ceil(s.from/float64(step))) * step; float64(y) < s.to; y += step {
			add(y, false)
		}
	}
	return out
}
