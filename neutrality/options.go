package neutrality

import "slices"

// Options say in which context an activity is judged and which doctrines
// the caller holds on the contested questions. The zero Options judge in
// the usual context of the status (wartime for [NeutralInWar], peacetime
// otherwise) and choose no doctrine, so contested rules come back
// [Contested] with every side.
type Options struct {
	// Context is peacetime or wartime; zero means the usual context of the
	// status kind.
	Context Context `json:"context,omitzero"`
	// Doctrines lists the ids of the doctrines the caller holds, at most
	// one per question. When two answer the same question, the first
	// listed wins.
	Doctrines []string `json:"doctrines,omitempty"`
	// Area is a slug naming the part of the territory judged, for the
	// status's terms that apply only there ([Proviso].Area); "" judges the
	// state as a whole.
	Area string `json:"area,omitempty"`
}

// WithDoctrines returns a copy of o that also holds the given doctrines.
func (o Options) WithDoctrines(ids ...string) Options {
	o.Doctrines = append(slices.Clone(o.Doctrines), ids...)
	return o
}

// WithContext returns a copy of o judging in context c.
func (o Options) WithContext(c Context) Options {
	o.Doctrines = slices.Clone(o.Doctrines)
	o.Context = c
	return o
}

// holds reports whether the options choose the doctrine id.
func (o Options) holds(id string) bool {
	return slices.Contains(o.Doctrines, id)
}

// contextFor resolves the zero context for kind k.
func (o Options) contextFor(k Kind) Context {
	if o.Context != 0 {
		return o.Context
	}
	if k == NeutralInWar {
		return Wartime
	}
	return Peacetime
}
