// Package runall has no code of its own: its test builds every program
// under examples/ (found, not listed, so a new program is covered without
// editing it), runs each with its default arguments and with -h, and fails
// on any line wider than cli.Columns (100) display columns.
package runall
