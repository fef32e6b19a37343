package corpus

import (
	"strings"
	"testing"

	"github.com/accordmodel/accord/internal/fold"
	"github.com/stretchr/testify/assert"
)

// hedges are phrases by which an article says that a practice is only
// hard to square with a status, or that the matter is unsettled. A rule
// that rests on one of them cannot give a flat verdict.
var hedges = []string{"would make it hard", "under debate", "often places", "not necessarily contradict"}

// TestFlatVerdictsDoNotRestOnHedges: a rule, or a side of a contested
// rule, whose verdict is flatly compatible or incompatible must not cite a
// sentence that hedges. The article on bases says a permanent base "would
// make it hard" for foreign troops to leave and that the scope of the
// limit "is under debate"; coding that as incompatible read a hedge as a
// ban. Such a rule is conditional or contested, or marks the flat verdict
// as the coder's reading in the citation's note.
func TestFlatVerdictsDoNotRestOnHedges(t *testing.T) {
	recs := loadAuditRecords(t)["Rules"]
	assert.NotEmpty(t, recs)
	check := func(where string, v map[string]any) {
		verdict, _ := v["verdict"].(string)
		if verdict != "compatible" && verdict != "incompatible" {
			return
		}
		ev, _ := v["evidence"].([]any)
		for _, e := range ev {
			c, _ := e.(map[string]any)
			anchor, _ := c["anchor"].(string)
			note, _ := c["note"].(string)
			if strings.HasPrefix(note, coderNote) {
				continue
			}
			for _, h := range hedges {
				assert.NotContains(t, fold.Fold(anchor), h, "%s: the verdict %s rests on the hedge %q", where, verdict, anchor)
			}
		}
	}
	for _, r := range recs {
		check(r.id, r.fields)
		sides, _ := r.fields["sides"].([]any)
		for _, s := range sides {
			side, _ := s.(map[string]any)
			doctrine, _ := side["doctrine"].(string)
			check(r.id+" under "+doctrine, side)
		}
	}
}
