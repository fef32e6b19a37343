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
// What is deliberately not read: numbers written in words ("three days"),
// fractions ("two-thirds"), small bare numbers without a unit (article
// and clause numbers such as "Article 5" are not figures), and qualifiers
// ("at least", "approximately") — the figure is the number itself.
package figure
