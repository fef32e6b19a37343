package actors

// Enums lists the enumerations package actors defines, for codebooks and
// schema checks.
func Enums() []EnumInfo {
	return []EnumInfo{precisionEnum.Info()}
}
