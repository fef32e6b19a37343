package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/tag"
)

// TestTagFound has one case per problem issue 20 found when the tagger
// was tried on texts nobody on the project wrote: each sentence, written
// for this test, is tagged with the corpus's tagger, and the mentions are
// compared as "kind text → ids" (figures: "figure text = canonical").
func TestTagFound(t *testing.T) {
	tg := textCorpus(t).Tagger()
	tests := []struct {
		name, text string
		date       accord.Date
		want       []string
	}{
		{"instruments by alias", "the Memorandum on Security Assurances and the Treaty on Ukraine's Security Guarantees", accord.Date{},
			[]string{"instrument Memorandum on Security Assurances → budapest-memorandum", "instrument Treaty on Ukraine's Security Guarantees → istanbul-draft-treaty-2022"}},
		{"article-of-treaty forms", "Article 5 of the NATO treaty, NATO's Article 5 and the UN Charter", accord.Date{},
			[]string{"instrument Article 5 of the NATO treaty → north-atlantic-treaty", "instrument NATO's Article 5 → north-atlantic-treaty", "instrument UN Charter → un-charter"}},
		{"parentheses that are part of a name", "Article 42(7) TEU, not TEU Art. 42(5)", accord.Date{},
			[]string{"instrument Article 42(7) TEU → teu-art42-7"}},
		{"the articles' own forms", "Article 42(7) of the Treaty on European Union and Article 51 of the Charter of the United Nations", accord.Date{},
			[]string{"instrument Article 42(7) of the Treaty on European Union → teu-art42-7", "instrument Article 51 of the Charter of the United Nations → un-charter-art51"}},
		{"the Istanbul draft and names without dots", "the Istanbul draft and the US–Ukraine Security Agreement", accord.Date{},
			[]string{"instrument Istanbul draft → istanbul-draft-treaty-2022", "instrument US–Ukraine Security Agreement → us-ukraine-security-agreement"}},
		{"short forms a text defines", "The Coalition of the Willing (CoW) met; the CoW agreed.", accord.Date{},
			[]string{"actor Coalition of the Willing → coalition-of-the-willing", "actor CoW → coalition-of-the-willing", "actor CoW → coalition-of-the-willing"}},
		{"a defined name the corpus does not know", "the Conference on Security and Co-operation in Europe (CSCE) and the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)", accord.Date{},
			nil},
		{"an instrument inside an actor's name", "the North Atlantic Treaty Organization", accord.Date{},
			[]string{"actor North Atlantic Treaty Organization → nato"}},
		{"a currency prefix", "US$ 10 billion", accord.Date{},
			[]string{"figure US$ 10 billion = USD 10,000,000,000"}},
		{"Germany in a text about 2025", "Germany pledged air defence.", accord.YearOf(2025),
			[]string{"actor Germany → germany"}},
		{"Germany in a text about 1914", "In 1914 Germany invaded Belgium.", accord.Date{},
			[]string{"figure 1914 = 1914", "actor Germany → german-empire", "actor Belgium → belgium"}},
		{"counts of any plural noun", "2 organizations, 12 EU states and around 25 leaders", accord.Date{},
			[]string{"figure 2 organizations = 2 organizations", "figure 12 EU states = 12 countries", "figure around 25 leaders = about 25 leaders"}},
		{"hyphenated durations", "a 30-day truce, a 72-hour pause and a 10-15-year plan", accord.Date{},
			[]string{"figure 30-day = 30 days", "figure 72-hour = 72 hours", "figure 10-15-year = 10–15 years"}},
		{"day ranges", "29–30 March 2022 and March 28-30, 2022", accord.Date{},
			[]string{"figure 29–30 March 2022 = 2022-03-29–2022-03-30", "figure March 28-30, 2022 = 2022-03-28–2022-03-30"}},
		{"numbers in words, ratios, units after several words", "within no more than three days; 20 times larger; 5,000 air defense missiles", accord.Date{},
			[]string{"figure no more than three days = at most 3 days", "figure 20 times larger = 20 times larger", "figure 5,000 air defense missiles = 5,000 air defense missiles"}},
		{"a bare ceasefire is not the issue", "a ceasefire along the front; Kyiv wants a ceasefire first", accord.Date{},
			[]string{"actor Kyiv → ukraine", "issue ceasefire first → ceasefire-first"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range tg.TagWith(tt.text, tag.Options{Date: tt.date}) {
				if m.Kind == tag.Figure {
					got = append(got, "figure "+m.Text+" = "+m.Figure.String())
					continue
				}
				var ids []string
				for _, tg := range m.Targets {
					ids = append(ids, tg.ID)
				}
				got = append(got, m.Kind.String()+" "+m.Text+" → "+strings.Join(ids, "|"))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestKremlinStandsForRussia: a mention of the Kremlin is its own actor,
// and can be asked for as Russia.
func TestKremlinStandsForRussia(t *testing.T) {
	ms := textCorpus(t).Tagger().Tag("The Kremlin and the Russian foreign ministry said no.")
	var russia []string
	for _, m := range ms {
		if m.Refers("russia") {
			russia = append(russia, m.Text)
		}
	}
	assert.Equal(t, []string{"Kremlin", "Russian foreign ministry"}, russia)
}
