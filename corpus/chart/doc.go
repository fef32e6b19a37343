// Package chart draws accord's data as pictures: standalone SVG 1.1
// documents that an analyst can open in a browser, paste into a report or
// print.
//
// Three charts are provided, each as a plain value that renders itself with
// a Render method:
//
//   - [Timeline], the posture timeline: one row per state, its neutrality
//     status over time as coloured, labelled bands, and the events that
//     changed it as numbered markers listed under the chart.
//   - [Grid], the clash matrix: actors × issues, each cell coloured and
//     labelled by stance, red lines marked with a symbol and words,
//     conditional stances hatched, and the clashes of a chosen [Pair]
//     framed and listed.
//   - [Ranking], the guarantee ranking: one horizontal bar per instrument,
//     highest score first (scores may be negative), set against named zones
//     such as the levels hollow to robust, with the findings that decided
//     each score.
//
// The chart types know nothing of the corpus, so other programs can fill
// them with their own data. [PostureTimeline], [ClashMatrix] and
// [GuaranteeRanking] build them from a loaded corpus.Corpus, with every
// band, event, cell and bar carrying its citations in its <title> tooltip:
//
//   - the posture timeline shows [PostureStates] (Ukraine and the European
//     precedents) and every other state with a coded status; articles that
//     describe the same years differently get separate lanes, and
//     proposals and undated statuses are listed under the chart, never
//     drawn as facts;
//   - the clash matrix shows the parties (states, organisations and
//     groupings; [ClashOptions] chooses other actors and issues) against
//     every issue they take a stance on, Ukraine and Russia highlighted,
//     in full (every entry with its years) or compact (one line per
//     distinct stance, for one screen);
//   - the guarantee ranking shows every instrument assessed in the
//     corpus's own situation, plus one bar per proposed revision.
//
// The command examples/charts writes all three as SVG files.
//
// # Output
//
// Every chart is 1200 pixels wide and as tall as its content. The output
// is deterministic: the same input gives the same bytes, so charts can be
// checked into documents and compared. Colours come from the Okabe–Ito
// palette ([Palette]), with dark grey for lapsed instruments; the tests
// simulate protanopia, deuteranopia and tritanopia and require every two
// categories of a chart to stay at least 10 CIEDE2000 units apart. No
// chart relies on colour alone: bands and cells carry their category's
// name or abbreviation, bars their value in words, and every chart has a
// legend. No text is smaller than 12 px.
//
// The root element is an image to assistive technology (role="img"),
// named by its <title> and <desc> (aria-labelledby), in English (xml:lang
// and lang); its ids are derived from the chart's content, so several
// charts can share an HTML page. Shapes carry <title> tooltips.
//
// Text is laid out with an estimate of its width, since a program writing
// SVG cannot ask the reader's browser how wide a string will be. The
// estimate is calibrated on DejaVu Sans, the first and widest face of the
// font-family the charts set, and errs towards too wide; long names are
// wrapped or shortened with an ellipsis rather than allowed to overlap, and
// the full text stays in the tooltip.
//
// Input a renderer cannot draw — an unknown category, a band that ends
// before it starts, a value that is not a number — gives an error that
// wraps [ErrInput]; nothing is written then.
package chart
