package guarantees

import "github.com/accordmodel/accord/internal/lend"

// Package settlement builds the subjects of the instruments it lends from
// a corpus without copying them: the subjects never leave it, and what an
// assessment hands out is copied (see [Subject.Instrument]).
func init() {
	lend.Subject = func(in any, adopt []string, sub, reading any) (bool, error) {
		s, err := instrumentSubject(*in.(*Instrument), adopt...)
		if err != nil {
			return false, err
		}
		*sub.(*Subject) = s
		*reading.(*Reading) = s.reading
		return s.hasRead, nil
	}
}
