package tag_test

import "github.com/accordmodel/accord/corpus/tag"

// tagDev tags one paragraph of the development set.
func tagDev(tg *tag.Tagger, p devParagraph) []tag.Mention {
	return tg.TagWith(p.text, tag.Options{Date: p.date})
}
