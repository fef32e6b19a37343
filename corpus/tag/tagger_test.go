package tag

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func actor(id, name string) Target { return Target{Kind: Actor, ID: id, Name: name} }

// testGazetteer is a small hand-made gazetteer exercising every rule.
func testGazetteer() []Entry {
	ua, us, eu, malta := actor("ukraine", "Ukraine"), actor("united-states", "United States"), actor("eu", "European Union"), actor("malta", "Malta")
	zel := actor("zelenskyy", "Volodymyr Zelenskyy")
	khr := actor("khrushchev", "Nikita Khrushchev")
	bm := Target{Kind: Instrument, ID: "budapest-memorandum", Name: "Budapest Memorandum"}
	sg := Target{Kind: Issue, ID: "security-guarantees", Name: "Security guarantees"}
	na := Target{Kind: Status, ID: "non-alignment", Name: "non-alignment"}
	pn := Target{Kind: Status, ID: "permanent-neutrality", Name: "permanent neutrality"}
	neu := Target{Kind: Issue, ID: "neutrality", Name: "Neutrality"}
	return []Entry{
		{"Ukraine", ua, false}, {"Україна", ua, false}, {"Kyiv", ua, false},
		{"United States", us, false}, {"U.S.", us, false}, {"US", us, false},
		{"European Union", eu, false}, {"EU", eu, false},
		{"Malta", malta, false},
		{"Zelenskyy", zel, false}, {"Zelenskiy", zel, false}, {"Volodymyr Zelenskyy", zel, false}, {"Зеленський", zel, false},
		{"Khrushchev", khr, false}, {"Krushchev", khr, false},
		{"Budapest Memorandum", bm, false},
		{"security guarantee", sg, false}, {"assurance", sg, false},
		{"non-alignment", na, false}, {"non-aligned", na, false},
		{"permanent neutrality", pn, false},
		{"neutrality", neu, false},
		{Surface: "the West", Target: actor("the-west", "the West")}, {Surface: "West", Target: actor("the-west", "the West"), Capitalised: true},
		// Two actors share a metonym: an ambiguous name.
		{"Washington", us, false}, {"Washington", actor("washington-state", "Washington (state)"), false},
	}
}

type got struct {
	Kind    Kind
	Text    string
	Targets string
}

func summarise(ms []Mention, text string) []got {
	var out []got
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			panic("offsets do not match text")
		}
		var ids []string
		for _, t := range m.Targets {
			ids = append(ids, t.ID)
		}
		if m.Kind == Figure {
			ids = append(ids, m.Figure.String())
		}
		out = append(out, got{m.Kind, m.Text, strings.Join(ids, "|")})
	}
	return out
}

func TestTag(t *testing.T) {
	tg := MustNew(testGazetteer())
	tests := []struct {
		name, text string
		want       []got
	}{
		{"case and possessive", "UKRAINE’s army and ukraine's future",
			[]got{{Actor, "UKRAINE", "ukraine"}, {Actor, "ukraine", "ukraine"}}},
		{"word boundaries", "Prices in EUR, a Maltan firm, and Ukrainex are not names; the EU and Malta are.",
			[]got{{Actor, "EU", "eu"}, {Actor, "Malta", "malta"}}},
		{"acronym only in capitals", "Give us the U.S. view, said the US envoy.",
			[]got{{Actor, "U.S.", "united-states"}, {Actor, "US", "united-states"}}},
		{"U.S. in a hyphenated compound", "the U.S.-Ukraine deal",
			[]got{{Actor, "U.S.", "united-states"}, {Actor, "Ukraine", "ukraine"}}},
		{"transliterations and Cyrillic", "Zelenskiy (Зеленський) met Krushchev’s heirs",
			[]got{{Actor, "Zelenskiy", "zelenskyy"}, {Actor, "Зеленський", "zelenskyy"}, {Actor, "Krushchev", "khrushchev"}}},
		{"longest name wins within a kind", "President Volodymyr Zelenskyy spoke",
			[]got{{Actor, "Volodymyr Zelenskyy", "zelenskyy"}}},
		{"longest name wins across kinds", "a pledge of permanent neutrality",
			[]got{{Status, "permanent neutrality", "permanent-neutrality"}}},
		{"hyphen variants and plurals", "nonalignment, non alignment, Non‑Aligned states and security guarantees or assurances",
			[]got{{Status, "nonalignment", "non-alignment"}, {Status, "non alignment", "non-alignment"}, {Status, "Non‑Aligned", "non-alignment"},
				{Issue, "security guarantees", "security-guarantees"}, {Issue, "assurances", "security-guarantees"}}},
		{"typographic quotes and spacing", "the “Budapest\n   Memorandum”",
			[]got{{Instrument, "Budapest\n   Memorandum", "budapest-memorandum"}}},
		{"capitalised form", "west of the river, the West and the west, and West",
			[]got{{Actor, "the West", "the-west"}, {Actor, "the west", "the-west"}, {Actor, "West", "the-west"}}},
		{"ambiguous name", "Washington agreed",
			[]got{{Actor, "Washington", "united-states|washington-state"}}},
		{"figures", "Kyiv asked for €110–120 billion and 85,000 troops by July 16, 1990.",
			[]got{{Actor, "Kyiv", "ukraine"}, {Figure, "€110–120 billion", "EUR 110,000,000,000–120,000,000,000"},
				{Figure, "85,000 troops", "85,000 personnel"}, {Figure, "July 16, 1990", "1990-07-16"}}},
		{"nothing", "An unrelated sentence.", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarise(tg.Tag(tt.text), tt.text))
		})
	}
}

func TestTagAmbiguousFlag(t *testing.T) {
	tg := MustNew(testGazetteer())
	ms := tg.Tag("Washington and Kyiv")
	require.Len(t, ms, 2)
	assert.True(t, ms[0].Ambiguous)
	assert.False(t, ms[1].Ambiguous)
}

func TestNewRejectsBadEntries(t *testing.T) {
	_, err := New([]Entry{
		{Surface: "Kyiv", Target: actor("ukraine", "Ukraine")},
		{Surface: "  ", Target: actor("x", "X")},
		{Surface: "Kyiv", Target: Target{Kind: Figure, ID: "x"}},
		{Surface: "Kyiv", Target: Target{ID: "x"}},
		{Surface: "Kyiv", Target: Target{Kind: Actor}},
	})
	var list accord.ErrorList
	require.True(t, errors.As(err, &list))
	var paths []string
	for _, e := range list {
		paths = append(paths, e.Path.String())
	}
	assert.ElementsMatch(t, []string{"entries[1].surface", "entries[2].target.kind", "entries[3].target.kind", "entries[4].target.id"}, paths)
	assert.ErrorIs(t, err, accord.ErrRequired)
	assert.ErrorIs(t, err, accord.ErrNotSupported)
}

func TestEmptyGazetteerFindsFigures(t *testing.T) {
	tg := MustNew(nil)
	ms := tg.Tag("some 342 on tanks")
	require.Len(t, ms, 1)
	assert.Equal(t, Figure, ms[0].Kind)
	assert.Equal(t, 0, tg.Len())
}

func TestVariants(t *testing.T) {
	assert.Equal(t, []string{"non-bloc", "non bloc", "nonbloc", "non-blocs", "non blocs", "nonblocs"}, variants("Non-bloc", Status))
	assert.Equal(t, []string{"nonalignment", "non-alignment", "non alignment", "nonalignments", "non-alignments", "non alignments"}, variants("nonalignment", Issue))
	assert.Equal(t, []string{"u.s.-ukraine", "u.s. ukraine", "u.s.ukraine"}, variants("U.S.-Ukraine", Instrument))
	assert.Equal(t, []string{"neutrality", "neutralities"}, variants("neutrality", Issue))
	assert.Equal(t, []string{"ukraine"}, variants("Ukraine", Actor))
	assert.Equal(t, []string{"istanbul communiqué", "istanbul communique"}, variants("Istanbul Communiqué", Instrument))
	assert.Equal(t, []string{"türkiye", "turkiye"}, variants("Türkiye", Actor))
	assert.Equal(t, []string{"зеленський"}, variants("Зеленський", Actor), "marks on Cyrillic letters are kept")
}

func FuzzTag(f *testing.F) {
	tg := MustNew(testGazetteer())
	for _, s := range []string{
		"UKRAINE’s army", "the EU and EUR", "U.S.-Ukraine", "Зеленський’s", "€110–120 billion",
		"between $20 and $40 billion per year", "non‑aligned\u00a0Malta", "\xffKyiv\xfe", "e\u0301Kyiv",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := tg.Tag(text)
		for i, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %d %+v has bad offsets in %q", i, m, text)
			}
			if !m.Kind.IsValid() {
				t.Fatalf("mention %d has invalid kind", i)
			}
			if m.Kind != Figure && (len(m.Targets) == 0 || m.Ambiguous != (len(m.Targets) > 1)) {
				t.Fatalf("mention %d %+v resolves badly", i, m)
			}
			if i > 0 && ms[i-1].Start > m.Start {
				t.Fatalf("mentions out of order")
			}
			if p := ms[max(i-1, 0)]; i > 0 && p.End > m.Start && (p.Start != m.Start || p.End != m.End) {
				t.Fatalf("mentions %+v and %+v overlap", p, m)
			}
			if m.Kind != Figure && utf8.ValidString(text) {
				// The mention's text folds to a form containing one of the target's surface forms.
				folded := fold.Fold(m.Text)
				if folded == "" {
					t.Fatalf("mention %+v folds to nothing", m)
				}
			}
		}
	})
}

// resolveGazetteer has names that nest across kinds, a currency prefix,
// names known at different times and bodies that act for states.
func resolveGazetteer() []Entry {
	nato := actor("nato", "NATO")
	osce := actor("osce", "OSCE")
	nat := Target{Kind: Instrument, ID: "north-atlantic-treaty", Name: "North Atlantic Treaty"}
	npt := Target{Kind: Instrument, ID: "npt", Name: "NPT"}
	coalition := actor("coalition-of-the-willing", "Coalition of the Willing")
	empire := actor("german-empire", "German Empire")
	empire.Known = accord.Period{From: accord.YearOf(1914), To: accord.YearOf(1914)}
	ua, ru := actor("ukraine", "Ukraine"), actor("russia", "Russia")
	kremlin := actor("kremlin", "Kremlin")
	kremlin.For = "russia"
	uaMFA, ruMFA := actor("ukraine-mfa", "MFA of Ukraine"), actor("russia-mfa", "MFA of Russia")
	uaMFA.For, ruMFA.For = "ukraine", "russia"
	return []Entry{
		{Surface: "NATO", Target: nato}, {Surface: "North Atlantic Treaty Organization", Target: nato},
		{Surface: "North Atlantic Treaty", Target: nat},
		{Surface: "Organization for Security and Co-operation in Europe", Target: osce},
		{Surface: "Europe", Target: actor("european-states", "European states")},
		{Surface: "US", Target: actor("united-states", "United States")},
		{Surface: "EU", Target: actor("eu", "European Union")},
		{Surface: "Coalition of the Willing", Target: coalition},
		{Surface: "Treaty on the Non-Proliferation of Nuclear Weapons", Target: npt},
		{Surface: "Germany", Target: actor("germany", "Germany")}, {Surface: "Germany", Target: empire},
		{Surface: "Ukraine", Target: ua}, {Surface: "Russia", Target: ru}, {Surface: "Kremlin", Target: kremlin},
		{Surface: "foreign ministry", Target: uaMFA}, {Surface: "foreign ministry", Target: ruMFA},
		{Surface: "Istanbul draft", Target: Target{Kind: Instrument, ID: "istanbul-draft", Name: "Istanbul draft"}},
	}
}

func TestTagResolves(t *testing.T) {
	tg := MustNew(resolveGazetteer())
	tests := []struct {
		name, text string
		date       accord.Date
		want       []got
	}{
		{"a name inside a longer name of another kind is dropped", "The North Atlantic Treaty Organization rests on the North Atlantic Treaty.", accord.Date{},
			[]got{{Actor, "North Atlantic Treaty Organization", "nato"}, {Instrument, "North Atlantic Treaty", "north-atlantic-treaty"}}},
		{"Europe inside an organisation's name", "the Organization for Security and Co-operation in Europe and Europe", accord.Date{},
			[]got{{Actor, "Organization for Security and Co-operation in Europe", "osce"}, {Actor, "Europe", "european-states"}}},
		{"a currency prefix is not an actor", "US$ 10 billion, paid in US$, not by the US", accord.Date{},
			[]got{{Figure, "US$ 10 billion", "USD 10,000,000,000"}, {Actor, "US", "united-states"}}},
		{"a figure holds the names inside it", "12 EU states", accord.Date{},
			[]got{{Figure, "12 EU states", "12 countries"}}},
		{"a short form the text defines", "The Coalition of the Willing (CoW) met; the CoW, not a cow, said so. CoWs and xCoW are not it.", accord.Date{},
			[]got{{Actor, "Coalition of the Willing", "coalition-of-the-willing"}, {Actor, "CoW", "coalition-of-the-willing"}, {Actor, "CoW", "coalition-of-the-willing"}}},
		{"a short form of an instrument", "the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and the NPT", accord.Date{},
			[]got{{Instrument, "Treaty on the Non-Proliferation of Nuclear Weapons", "npt"}, {Instrument, "NPT", "npt"}, {Instrument, "NPT", "npt"}}},
		{"a short form before its definition is not known", "NPT: the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)", accord.Date{},
			[]got{{Instrument, "Treaty on the Non-Proliferation of Nuclear Weapons", "npt"}, {Instrument, "NPT", "npt"}}},
		{"a name the gazetteer does not know hides the names inside it", "the Conference on Security and Co-operation in Europe (CSCE) met in Europe", accord.Date{},
			[]got{{Actor, "Europe", "european-states"}}},
		{"parentheses that are not a definition", "NATO (in Europe) and Ukraine (UA)", accord.Date{},
			[]got{{Actor, "NATO", "nato"}, {Actor, "Europe", "european-states"}, {Actor, "Ukraine", "ukraine"}}},
		{"the caller's date", "Germany pledged aid.", accord.YearOf(2025),
			[]got{{Actor, "Germany", "germany"}}},
		{"the date the text states", "Germany invaded Belgium in August 1914.", accord.Date{},
			[]got{{Actor, "Germany", "german-empire"}, {Figure, "August 1914", "August 1914"}}},
		{"no date: ambiguous", "Germany pledged aid.", accord.Date{},
			[]got{{Actor, "Germany", "german-empire|germany"}}},
		{"the owner written before a body", "Russia’s foreign ministry and Ukraine's foreign ministry. The foreign ministry", accord.Date{},
			[]got{{Actor, "Russia", "russia"}, {Actor, "foreign ministry", "russia-mfa"}, {Actor, "Ukraine", "ukraine"}, {Actor, "foreign ministry", "ukraine-mfa"}, {Actor, "foreign ministry", "russia-mfa|ukraine-mfa"}}},
		{"the actor named earlier in the sentence", "The Kremlin said that the foreign ministry would answer. Ukraine said the foreign ministry agreed.", accord.Date{},
			[]got{{Actor, "Kremlin", "kremlin"}, {Actor, "foreign ministry", "russia-mfa"}, {Actor, "Ukraine", "ukraine"}, {Actor, "foreign ministry", "ukraine-mfa"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarise(tg.TagWith(tt.text, Options{Date: tt.date}), tt.text)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestShortFormMarked(t *testing.T) {
	tg := MustNew(resolveGazetteer())
	ms := tg.Tag("The Coalition of the Willing (CoW) met; the CoW agreed.")
	require.Len(t, ms, 3)
	assert.False(t, ms[0].ShortForm)
	assert.True(t, ms[1].ShortForm, "the definition")
	assert.True(t, ms[2].ShortForm, "a later use")
}

func TestMentionRefers(t *testing.T) {
	tg := MustNew(resolveGazetteer())
	ms := tg.Tag("the Kremlin said")
	require.Len(t, ms, 1)
	assert.True(t, ms[0].Refers("kremlin"))
	assert.True(t, ms[0].Refers("russia"), "the Kremlin stands for Russia")
	assert.False(t, ms[0].Refers("ukraine"))
	assert.False(t, Mention{}.Refers("russia"))
}

// TestShortFormDefinedAgain: a short form defined twice is learned once,
// and each later use is one mention.
func TestShortFormDefinedAgain(t *testing.T) {
	tg := MustNew(resolveGazetteer())
	text := "The Coalition of the Willing (CoW) met. The Coalition of the Willing (CoW) agreed; the CoW left."
	var forms []string
	for _, m := range tg.Tag(text) {
		if m.ShortForm {
			forms = append(forms, m.Text+"@"+strconv.Itoa(m.Start))
		}
	}
	assert.Equal(t, []string{"CoW@30", "CoW@70", "CoW@87"}, forms)
}
