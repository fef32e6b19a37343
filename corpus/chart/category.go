package chart

import "fmt"

// Category is one value a chart colours by — a status band, a stance, a
// kind of instrument — with the words that name it, so that no chart relies
// on colour alone.
type Category struct {
	// Key identifies the category in bands, cells and bars.
	Key string
	// Label names the category in the legend and, where it fits, on the
	// shapes themselves.
	Label string
	// Short is the abbreviation shown where Label does not fit, and in the
	// legend beside Label. Empty means Label is abbreviated with an
	// ellipsis.
	Short string
	// Color fills the shapes of this category; empty means the next
	// colour of [Palette].
	Color Color
	// Side places a stance for and against, for [Grid] clashes:
	// positive in favour, negative against, zero neither. Other charts
	// ignore it.
	Side int
}

// categorySet is the categories of one chart with their colours resolved.
type categorySet struct {
	list  []Category
	index map[string]int
}

// resolveCategories checks the categories and gives each one without a
// colour the next palette colour.
func resolveCategories(cats []Category) (categorySet, error) {
	set := categorySet{list: make([]Category, len(cats)), index: make(map[string]int, len(cats))}
	pal := Palette()
	next := 0
	for i, c := range cats {
		switch {
		case c.Key == "":
			return set, fmt.Errorf("%w: category %d has no key", ErrInput, i)
		case blank(c.Label):
			return set, fmt.Errorf("%w: category %q has no label", ErrInput, c.Key)
		case c.Color != "" && !c.Color.IsValid():
			return set, fmt.Errorf("%w: category %q: colour %q is not #rrggbb", ErrInput, c.Key, c.Color)
		}
		if _, dup := set.index[c.Key]; dup {
			return set, fmt.Errorf("%w: category %q is defined twice", ErrInput, c.Key)
		}
		if c.Color == "" {
			c.Color = pal[next%len(pal)]
			next++
		}
		set.list[i] = c
		set.index[c.Key] = i
	}
	return set, nil
}

// get returns the category with the given key.
func (s categorySet) get(key string) (Category, bool) {
	i, ok := s.index[key]
	if !ok {
		return Category{}, false
	}
	return s.list[i], true
}
