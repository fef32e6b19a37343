package actors

// Enums lists the enumerations package actors defines, for codebooks and
// schema checks.
func Enums() []EnumInfo {
	return []EnumInfo{
		precisionEnum.Info(),
		kindEnum.Info(),
		aliasKindEnum.Info(),
		roleEnum.Info(),
		stanceEnum.Info(),
		attributionEnum.Info(),
		boundEnum.Info(),
		relationKindEnum.Info(),
	}
}
