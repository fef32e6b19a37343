// Package examples holds accord's example programs, one per directory,
// and the test they share: every program's output, and its usage, fits
// 100 columns. The programs parse their flags with examples/internal/cli,
// so that -h prints a usage text and a bad flag or argument exits with
// status 2. The package itself has no API.
package examples
