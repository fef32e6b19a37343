// Package tag finds what a text mentions: actors, security instruments,
// issues and neutrality statuses by name, and figures (package figure),
// each [Mention] with its byte offsets in the text as given, the text
// matched and the records it resolves to.
//
// A [Tagger] is built once from a gazetteer — a list of [Entry] values,
// each a surface form and the [Target] it names — and compiles every
// folded form into one Aho–Corasick automaton, so tagging costs the same
// whatever the number of names. Package corpus builds the gazetteer of
// its records ((*corpus.Corpus).Tagger); any other list works too. A
// caller that tags many texts appends each text's mentions to one slice
// it reuses ([Tagger.AppendTag]); a call then allocates only the folded
// text and one array of its mentions' targets.
//
// Matching rules:
//   - texts and names are compared after folding: case, typographic
//     quotes and dashes, compatibility forms and spacing do not matter;
//   - a name matches only on word boundaries: "EU" is not found in "EUR",
//     nor "Malta" in "Maltan"; a name that begins or ends with punctuation
//     ("U.S.") needs no boundary on that side;
//   - possessive endings are not part of a mention ("Ukraine’s" gives
//     "Ukraine");
//   - acronyms of two or three capitals ("US", "EU") match only text in
//     capitals, so that the pronoun "us" is not a country, and an entry
//     marked Capitalised only text with a capital initial ("West", not
//     "west");
//   - accents on Latin letters are optional ("Istanbul Communique" finds
//     "Istanbul Communiqué"); marks on letters of other scripts are not (й
//     is its own letter);
//   - hyphenated names also match with a space or nothing for the hyphen;
//     issue and status terms also match in the plural and, for "non…"
//     terms, with and without the hyphen ("nonalignment", "non-alignment");
//   - one leftmost-longest rule resolves overlapping matches of every
//     kind, figures included ("Volodymyr Zelenskyy" rather than
//     "Zelenskyy"; "North Atlantic Treaty Organization" is an actor, not an
//     instrument inside one; "12 EU states" is one figure); matches of
//     several kinds at the very same span are all kept;
//   - a name followed by "$" is a currency prefix ("US$"), not a name;
//   - a short form the text defines ("Coalition of the Willing (CoW)") is
//     learned for the rest of the text ([Mention.ShortForm]), and a name
//     the text defines that the gazetteer does not know ("Conference on
//     Security and Co-operation in Europe (CSCE)") hides the names inside
//     it;
//   - a surface form several entries share resolves to all their targets
//     and the mention is marked ambiguous, unless the date of the text
//     ([Options.Date], or the date the text states nearest to the name)
//     falls in the period the corpus knows only some of them in
//     ([Target.Known]), or the actor written just before the name owns
//     only one of them ("Russia’s foreign ministry", [Target.For]);
//   - numbers in words are matched by the same automaton as the names
//     and handed to package figure, so figures written in words cost no
//     second pass over the text.
package tag
