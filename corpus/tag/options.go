package tag

import "github.com/accordmodel/accord"

// Options are what a caller knows about a text it tags with
// [Tagger.TagWith]. The zero Options knows nothing.
type Options struct {
	// Date is when the text was written, or the time it is about. A name
	// several records share resolves to the records known at that date
	// ([Target.Known]): "Germany" in a text of 2025 is today's state, not
	// the German Empire. When Date is zero, the date the text states
	// nearest to the name is used, if it states one.
	Date accord.Date
}
