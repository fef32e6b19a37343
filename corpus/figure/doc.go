// Package figure reads the figures a text states: numbers with their unit
// and scale, such as personnel and tank counts ("85,000 on personnel"),
// sums of money with currency, scale and rate ("€110–120 billion",
// "between $20 and $40 billion per year"), percentages ("77.8 percent",
// "3–5%"), areas ("600,000 square kilometers"), durations ("10-15 years"),
// years and decades ("1839–1914", "the 1960s") and dates ("July 16, 1990",
// "29 March 2022", "2022-03-29", "16.07.1990"). Dates, scales, currencies
// and percentages written in Ukrainian or Russian ("16 липня 1990",
// "110-120 млрд євро", "20 відсотків") are read too.
//
// [Find] scans a whole text and returns each [Match] with its byte offsets
// in the text as given; [Parse] reads a string that is exactly one figure.
// Both work on the text after folding, so case, typographic dashes
// and spacing do not matter, and both read the canonical form
// [Figure.String] writes.
//
// Figures are read as people write them: numbers in words from two to
// twenty and the round tens ("no more than three days", in Ukrainian and
// Russian too), counts of any plural noun, also after other words ("2
// organizations", "5,000 air defense missiles"), qualifiers kept as a
// [Bound] ("around 25 leaders", "more than 30 countries"), hyphenated
// durations ("30-day", "10-15-year"), ranges of days and months with
// their year ("29–30 March 2022", "March 28-30, 2025") and ratios ("20
// times smaller").
//
// What is deliberately not read: "one" in words ("one day" is rarely a
// figure), fractions ("two-thirds"), small bare numbers without a unit,
// and numbers that label rather than count ("Article 5 guarantees",
// "Resolution 2202").
package figure
