// Package nopath gives this module's analyses a path to run a validator
// with when all they need to know is whether a value has a problem: its
// fields and elements ([accord.Path.Child], [accord.Path.Index],
// [accord.Path.Key]) are the path itself, so walking a valid value builds
// no text. A caller that finds a problem validates again from a real path
// to report it; the errors found with this path are never handed out.
package nopath

// Path is an accord.Path; package accord sets it when it is initialised.
var Path any
