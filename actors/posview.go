package actors

import "github.com/accordmodel/accord/internal/posview"

// The module's analyses (guarantees/settlement) read positions in place
// through posview and copy one only when their caller asks for it; they
// climb the taxonomy through it without building lists of ancestors.
func init() {
	posview.List = func(ps any) any { return &ps.(*Positions).orEmpty().list }
	posview.Parent = func(tax any, issue string) string {
		t := tax.(*Taxonomy).orEmpty()
		if i, ok := t.byID[issue]; ok {
			return t.list[i].Parent
		}
		return ""
	}
}
