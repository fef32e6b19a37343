package neutrality

import "github.com/accordmodel/accord/actors"

// Enums lists the enumerations this package defines, for codebooks and
// schema checks.
func Enums() []actors.EnumInfo {
	return []actors.EnumInfo{
		kindEnum.Info(), activityEnum.Info(), verdictEnum.Info(), contextEnum.Info(),
		basisEnum.Info(), postureEnum.Info(), armamentEnum.Info(), stageEnum.Info(),
		eventKindEnum.Info(), directionEnum.Info(), demandStageEnum.Info(), reachEnum.Info(),
	}
}
