package chart

import (
	"math"
	"strconv"
)

// Color is an opaque sRGB colour written as "#rrggbb". The zero Color means
// "not chosen": a [Category] without a colour gets the next one of
// [Palette].
type Color string

// The Okabe–Ito palette: eight colours that stay distinct for readers with
// the common forms of colour-vision deficiency (Okabe and Ito, "Color
// Universal Design", 2002).
const (
	Black         Color = "#000000"
	Orange        Color = "#E69F00"
	SkyBlue       Color = "#56B4E9"
	BluishGreen   Color = "#009E73"
	Yellow        Color = "#F0E442"
	Blue          Color = "#0072B2"
	Vermillion    Color = "#D55E00"
	ReddishPurple Color = "#CC79A7"
)

// The neutral colours the charts use for missing data, rules and the
// background.
const (
	// lightGrey fills cells and bands that have no coded value.
	lightGrey Color = "#EEEEEE"
	// midGrey draws grid lines and secondary rules.
	midGrey Color = "#AAAAAA"
	// darkGrey sets secondary text.
	darkGrey Color = "#444444"
	// white is the background.
	white Color = "#FFFFFF"
	// lapsedGrey fills the bars of instruments that have lapsed: a
	// category colour, unlike the greys above, at least ΔE00 20 from every
	// other stage's colour in normal vision and in each simulated
	// dichromacy (see colorvision_test.go).
	lapsedGrey Color = "#555555"
)

// Palette returns the colours given to categories that do not choose one,
// in the order they are handed out: the Okabe–Ito colours, black last.
func Palette() []Color {
	return []Color{SkyBlue, Orange, BluishGreen, ReddishPurple, Blue, Vermillion, Yellow, Black}
}

// IsValid reports whether c has the form "#rrggbb".
func (c Color) IsValid() bool {
	_, ok := c.rgb()
	return ok
}

// rgb returns the channels of c in [0, 1].
func (c Color) rgb() ([3]float64, bool) {
	var out [3]float64
	if len(c) != 7 || c[0] != '#' {
		return out, false
	}
	for i := range 3 {
		v, err := strconv.ParseUint(string(c[1+2*i:3+2*i]), 16, 8)
		if err != nil {
			return out, false
		}
		out[i] = float64(v) / 255
	}
	return out, true
}

// luminance returns the WCAG relative luminance of c.
func (c Color) luminance() float64 {
	ch, _ := c.rgb()
	var lin [3]float64
	for i, v := range ch {
		if v <= 0.04045 {
			lin[i] = v / 12.92
		} else {
			lin[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*lin[0] + 0.7152*lin[1] + 0.0722*lin[2]
}

// contrast returns the WCAG contrast ratio between c and d, from 1 to 21.
func contrast(c, d Color) float64 {
	a, b := c.luminance(), d.luminance()
	if a < b {
		a, b = b, a
	}
	return (a + 0.05) / (b + 0.05)
}

// ink returns the text colour, black or white, that reads best on fill.
func ink(fill Color) Color {
	if contrast(fill, Black) >= contrast(fill, white) {
		return Black
	}
	return white
}
