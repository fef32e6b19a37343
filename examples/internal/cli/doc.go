// Package cli is what the example programs under examples/ share to behave
// like command-line tools: a [Usage] text with flag parsing that follows Go's
// conventions (-h prints the usage to standard output and exits 0; a bad
// flag or argument prints the error and the usage to standard error and
// exits 2), a check for standard input being a terminal, and text helpers
// that keep output within [Columns] display columns, measuring width as a
// terminal does (East Asian wide characters take two columns).
package cli
