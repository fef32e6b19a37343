package actors

import "github.com/accordmodel/accord/internal/posview"

// The module's analyses (guarantees/settlement) read positions in place
// through posview and copy one only when their caller asks for it.
func init() {
	posview.List = func(ps any) any { return ps.(*Positions).orEmpty().list }
}
