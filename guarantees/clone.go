package guarantees

import "slices"

// Clone returns a deep copy of the instrument: changing the copy's
// slices, or the slices inside its clauses and events, leaves in alone.
// Accessors that hand out instruments held elsewhere (the corpus) return
// clones.
func (in Instrument) Clone() Instrument {
	in.Aliases = slices.Clone(in.Aliases)
	in.Parties = slices.Clone(in.Parties)
	for i := range in.Parties {
		in.Parties[i].Evidence = slices.Clone(in.Parties[i].Evidence)
	}
	in.Clauses = slices.Clone(in.Clauses)
	for i := range in.Clauses {
		in.Clauses[i] = in.Clauses[i].Clone()
	}
	in.Events = slices.Clone(in.Events)
	for i := range in.Events {
		in.Events[i].Actors = slices.Clone(in.Events[i].Actors)
		in.Events[i].Victims = slices.Clone(in.Events[i].Victims)
		in.Events[i].Evidence = slices.Clone(in.Events[i].Evidence)
	}
	in.Traits = slices.Clone(in.Traits)
	for i := range in.Traits {
		in.Traits[i].Evidence = slices.Clone(in.Traits[i].Evidence)
	}
	in.Disagreements = slices.Clone(in.Disagreements)
	for i := range in.Disagreements {
		vs := slices.Clone(in.Disagreements[i].Views)
		for j := range vs {
			vs[j].Evidence = slices.Clone(vs[j].Evidence)
		}
		in.Disagreements[i].Views = vs
	}
	in.Evidence = slices.Clone(in.Evidence)
	return in
}

// Clone returns a deep copy of the clause.
func (c Clause) Clone() Clause {
	c.Reading = c.Reading.Clone()
	c.Caps = slices.Clone(c.Caps)
	c.Revisions = slices.Clone(c.Revisions)
	for i := range c.Revisions {
		r := &c.Revisions[i]
		r.By = slices.Clone(r.By)
		r.Evidence = slices.Clone(r.Evidence)
		r.Changes.AddMeasures = slices.Clone(r.Changes.AddMeasures)
		r.Changes.RemoveMeasures = slices.Clone(r.Changes.RemoveMeasures)
		r.Changes.AddConditions = slices.Clone(r.Changes.AddConditions)
		r.Changes.AddExclusions = slices.Clone(r.Changes.AddExclusions)
	}
	c.Evidence = slices.Clone(c.Evidence)
	return c
}

// Clone returns a deep copy of the version.
func (v Version) Clone() Version {
	v.Revisions = slices.Clone(v.Revisions)
	v.Reading = v.Reading.Clone()
	return v
}
