package chart

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
)

// This file checks that every two categories a chart tells apart by colour
// stay apart for readers with the common forms of colour-vision deficiency.
//
// Method: each colour is linearised from sRGB (IEC 61966-2-1), passed
// through a simulation of the deficiency on linear RGB, clipped to the
// gamut, converted to CIE XYZ and CIELAB (D65 white) and compared with
// CIEDE2000 (CIE 142-2001; implemented as in G. Sharma, W. Wu and E. N.
// Dalal, "The CIEDE2000 color-difference formula: implementation notes,
// supplementary test data, and mathematical observations", Color Research
// and Application 30(1), 2005, and checked against their test data below).
//
// The simulations are those of G. M. Machado, M. M. Oliveira and L. A. F.
// Fernandes, "A Physiologically-based Model for Simulation of Color Vision
// Deficiency", IEEE Transactions on Visualization and Computer Graphics
// 15(6), 2009, at severity 1.0: protanopia, deuteranopia and tritanopia
// (the matrices are from the table the authors publish with the paper,
// and apply to linear RGB).
//
// Threshold: ΔE00 ≥ 10 for every pair, in normal vision and in each
// simulation. One ΔE00 unit is about the smallest difference an observer
// sees between two large patches side by side under ideal viewing. Chart
// colours are small marks, seen apart from each other, on uncalibrated
// screens and on paper, and the difference needed to tell colours apart
// grows as marks shrink (M. Stone, D. A. Szafir and V. Setlur, "An
// Engineering Model for Color Difference as a Function of Size", Color and
// Imaging Conference 2014). Ten units — ten times the large-patch
// threshold — leaves that margin while still letting seven categories
// share the Okabe–Ito palette. The weakest pair of each chart (logged by
// the test) is 10.9 apart in the posture timeline (neutralisation and
// alliance aspirant, in tritanopia), 11.6 in the clash matrix (open and
// opposes, in deuteranopia) and 12.1 in the guarantee ranking (draft and
// in force, in tritanopia).
//
// No pair is exempted: every pair of categories passes on colour alone,
// although the charts also name every category in words.

// minCategoryDistance is the least CIEDE2000 difference between two
// categories of one chart, in every vision simulated.
const minCategoryDistance = 10.0

// vision is a colour-vision simulation: a matrix on linear RGB.
type vision struct {
	name string
	m    [3][3]float64
}

// visions are normal vision and the three dichromacies, by Machado et al.
// (2009), severity 1.0.
var visions = []vision{
	{"normal vision", [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}},
	{"protanopia", [3][3]float64{
		{0.152286, 1.052583, -0.204868},
		{0.114503, 0.786281, 0.099216},
		{-0.003882, -0.048116, 1.051998}}},
	{"deuteranopia", [3][3]float64{
		{0.367322, 0.860646, -0.227968},
		{0.280085, 0.672501, 0.047413},
		{-0.011820, 0.042940, 0.968881}}},
	{"tritanopia", [3][3]float64{
		{1.255528, -0.076749, -0.178779},
		{-0.078411, 0.930809, 0.147602},
		{0.004733, 0.691367, 0.303900}}},
}

// lab is a CIELAB colour.
type lab struct{ L, a, b float64 }

// linearRGB returns the linear-light channels of c.
func linearRGB(c Color) [3]float64 {
	ch, ok := c.rgb()
	if !ok {
		panic("not a colour: " + string(c))
	}
	for i, v := range ch {
		if v <= 0.04045 {
			ch[i] = v / 12.92
		} else {
			ch[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return ch
}

// seenAs returns c as a reader with vision v sees it, in CIELAB (D65).
func seenAs(c Color, v vision) lab {
	in := linearRGB(c)
	var s [3]float64
	for i := range 3 {
		for j := range 3 {
			s[i] += v.m[i][j] * in[j]
		}
		s[i] = min(1, max(0, s[i]))
	}
	// Linear sRGB to XYZ (D65), IEC 61966-2-1.
	x := 0.4124564*s[0] + 0.3575761*s[1] + 0.1804375*s[2]
	y := 0.2126729*s[0] + 0.7151522*s[1] + 0.0721750*s[2]
	z := 0.0193339*s[0] + 0.1191920*s[1] + 0.9503041*s[2]
	f := func(t float64) float64 {
		const eps, kappa = 216.0 / 24389, 24389.0 / 27
		if t > eps {
			return math.Cbrt(t)
		}
		return (kappa*t + 16) / 116
	}
	fx, fy, fz := f(x/0.95047), f(y/1.0), f(z/1.08883)
	return lab{L: 116*fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz)}
}

// deltaE00 returns the CIEDE2000 difference of two CIELAB colours, with
// the parametric factors kL = kC = kH = 1.
func deltaE00(c1, c2 lab) float64 {
	const deg = math.Pi / 180
	cb := (math.Hypot(c1.a, c1.b) + math.Hypot(c2.a, c2.b)) / 2
	g := 0.5 * (1 - math.Sqrt(math.Pow(cb, 7)/(math.Pow(cb, 7)+math.Pow(25, 7))))
	a1, a2 := (1+g)*c1.a, (1+g)*c2.a
	C1, C2 := math.Hypot(a1, c1.b), math.Hypot(a2, c2.b)
	hue := func(b, a float64) float64 {
		if a == 0 && b == 0 {
			return 0
		}
		h := math.Atan2(b, a) / deg
		if h < 0 {
			h += 360
		}
		return h
	}
	h1, h2 := hue(c1.b, a1), hue(c2.b, a2)
	dL, dC := c2.L-c1.L, C2-C1
	dh := 0.0
	if C1*C2 != 0 {
		dh = h2 - h1
		switch {
		case dh > 180:
			dh -= 360
		case dh < -180:
			dh += 360
		}
	}
	dH := 2 * math.Sqrt(C1*C2) * math.Sin(dh/2*deg)
	Lb, Cb := (c1.L+c2.L)/2, (C1+C2)/2
	var hb float64
	switch {
	case C1*C2 == 0:
		hb = h1 + h2
	case math.Abs(h1-h2) <= 180:
		hb = (h1 + h2) / 2
	case h1+h2 < 360:
		hb = (h1 + h2 + 360) / 2
	default:
		hb = (h1 + h2 - 360) / 2
	}
	t := 1 - 0.17*math.Cos((hb-30)*deg) + 0.24*math.Cos(2*hb*deg) + 0.32*math.Cos((3*hb+6)*deg) - 0.20*math.Cos((4*hb-63)*deg)
	dTheta := 30 * math.Exp(-math.Pow((hb-275)/25, 2))
	rc := 2 * math.Sqrt(math.Pow(Cb, 7)/(math.Pow(Cb, 7)+math.Pow(25, 7)))
	sl := 1 + 0.015*math.Pow(Lb-50, 2)/math.Sqrt(20+math.Pow(Lb-50, 2))
	sc := 1 + 0.045*Cb
	sh := 1 + 0.015*Cb*t
	rt := -math.Sin(2*dTheta*deg) * rc
	return math.Sqrt(math.Pow(dL/sl, 2) + math.Pow(dC/sc, 2) + math.Pow(dH/sh, 2) + rt*(dC/sc)*(dH/sh))
}

// TestDeltaE00MatchesPublishedData checks the CIEDE2000 implementation
// against pairs from the test data of Sharma, Wu and Dalal (2005), table 1
// (pairs 1, 2, 7, 13, 17, 19, 25 and 34), which exercise the hue
// wrap-around, the neutral axis and the rotation term.
func TestDeltaE00MatchesPublishedData(t *testing.T) {
	tests := []struct {
		c1, c2 lab
		want   float64
	}{
		{lab{50, 2.6772, -79.7751}, lab{50, 0, -82.7485}, 2.0425},
		{lab{50, 3.1571, -77.2803}, lab{50, 0, -82.7485}, 2.8615},
		{lab{50, 0, 0}, lab{50, -1, 2}, 2.3669},
		{lab{50, 2.49, -0.001}, lab{50, -2.49, 0.0009}, 7.1792},
		{lab{50, 2.5, 0}, lab{73, 25, -18}, 27.1492},
		{lab{50, 2.5, 0}, lab{50, 3.1736, 0.5854}, 1.0000},
		{lab{60.2574, -34.0099, 36.2677}, lab{60.4626, -34.1751, 39.4387}, 1.2644},
		{lab{2.0776, 0.0795, -1.1350}, lab{0.9033, -0.0636, -0.5514}, 0.9082},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, deltaE00(tt.c1, tt.c2), 1e-4, "%v %v", tt.c1, tt.c2)
		assert.InDelta(t, tt.want, deltaE00(tt.c2, tt.c1), 1e-4, "the difference is symmetric")
	}
}

// TestVisionSimulations checks the properties the simulations must have:
// white and black are unchanged (each matrix row sums to 1), grey stays
// grey, and each dichromacy merges a pair of colours that readers with it
// are known to confuse while normal vision keeps them far apart.
func TestVisionSimulations(t *testing.T) {
	for _, v := range visions {
		for i, row := range v.m {
			assert.InDelta(t, 1, row[0]+row[1]+row[2], 1e-3, "%s row %d", v.name, i)
		}
		assert.InDelta(t, 0, deltaE00(seenAs(white, v), seenAs(white, visions[0])), 0.5, v.name)
		assert.InDelta(t, 0, deltaE00(seenAs(midGrey, v), seenAs(midGrey, visions[0])), 0.5, v.name)
	}
	confused := []struct {
		vision int
		a, b   Color
	}{
		{1, "#FF0000", "#007000"}, // protanopia: red and a dark green
		{2, "#00A000", "#F40040"}, // deuteranopia: green and a crimson
		{3, "#00C0C0", "#58C888"}, // tritanopia: cyan and a sea green
	}
	for _, c := range confused {
		v := visions[c.vision]
		assert.Greater(t, deltaE00(seenAs(c.a, visions[0]), seenAs(c.b, visions[0])), 15.0, "normal vision tells %s from %s", c.a, c.b)
		assert.Less(t, deltaE00(seenAs(c.a, v), seenAs(c.b, v)), 5.0, "%s confuses %s with %s", v.name, c.a, c.b)
	}
}

// chartColours are the categories of each chart with their colours: every
// category the builders can give a chart (not only those the corpus uses
// today), and the fill of cells with no stance, which the matrix's legend
// shows as a category of its own.
func chartColours() map[string]map[string]Color {
	out := map[string]map[string]Color{
		"clash matrix":      {"no coded stance": lightGrey},
		"guarantee ranking": {},
		"posture timeline":  {},
	}
	for _, s := range actors.Stances() {
		label, _, c := stanceStyle(s)
		out["clash matrix"][label] = c
	}
	for _, s := range guarantees.Stages() {
		out["guarantee ranking"][words(s.String())] = stageStyle(s)
	}
	for _, k := range neutrality.Kinds() {
		name, _, c := kindStyle(k)
		out["posture timeline"][name] = c
	}
	// The colours handed to categories that choose none, in charts other
	// programs build.
	out["default palette"] = map[string]Color{}
	for i, c := range Palette() {
		out["default palette"][fmt.Sprintf("colour %d", i+1)] = c
	}
	return out
}

func TestCategoryColoursStayApartInEveryVision(t *testing.T) {
	for chart, cats := range chartColours() {
		require.Greater(t, len(cats), 5, chart)
		names := slices.Sorted(maps.Keys(cats))
		weakest, what := math.Inf(1), ""
		for _, v := range visions {
			for i, a := range names {
				for _, b := range names[i+1:] {
					d := deltaE00(seenAs(cats[a], v), seenAs(cats[b], v))
					if d < weakest {
						weakest, what = d, fmt.Sprintf("%s and %s, in %s", a, b, v.name)
					}
					assert.GreaterOrEqualf(t, d, minCategoryDistance, "%s, %s: %q (%s) and %q (%s) are ΔE00 %.1f apart",
						chart, v.name, a, cats[a], b, cats[b], d)
				}
			}
		}
		t.Logf("%s: the closest categories are %s, ΔE00 %.1f apart", chart, what, weakest)
	}
}

// TestBreachedAndLapsedApart: readers found the breached and lapsed bars
// of the ranking nearly the same colour (vermillion and orange, ΔE00 12.5
// in deuteranopia). They are the two ways a guarantee stops protecting, and
// the ranking sets them side by side, so they must be far apart in every
// vision, not just over the threshold.
func TestBreachedAndLapsedApart(t *testing.T) {
	for _, v := range visions {
		d := deltaE00(seenAs(stageStyle(guarantees.Breached), v), seenAs(stageStyle(guarantees.Lapsed), v))
		assert.Greater(t, d, 2*minCategoryDistance, "%s: ΔE00 %.1f", v.name, d)
	}
}
