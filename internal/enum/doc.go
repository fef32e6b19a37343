// Package enum is the name table behind every enumerated type of accord:
// strict parsing of lower-case wire names, an invalid zero value, a
// fallback String ("Stance(9)"), and a registry of every table for the
// codebook and the schema checks. Users never name it: each enum type
// forwards its methods to its table.
package enum
