package corpus

import "github.com/accordmodel/accord/actors"

// Enums lists the enumerations package corpus defines, for codebooks and
// schema checks.
func Enums() []actors.EnumInfo {
	return []actors.EnumInfo{documentKindEnum.Info(), recordKindEnum.Info()}
}
