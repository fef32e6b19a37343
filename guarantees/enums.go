package guarantees

import "github.com/accordmodel/accord/actors"

// Enums lists the enumerations this package defines, for codebooks and
// schema checks.
func Enums() []actors.EnumInfo {
	return []actors.EnumInfo{
		kindEnum.Info(), formEnum.Info(), bindingEnum.Info(), ratificationEnum.Info(), stageEnum.Info(),
		roleEnum.Info(), presenceEnum.Info(), topicEnum.Info(),
		triggerEnum.Info(), obligationEnum.Info(), measureEnum.Info(), decisionEnum.Info(), invokerEnum.Info(), conditionKindEnum.Info(),
		revisionKindEnum.Info(), positionEnum.Info(), revisionStatusEnum.Info(),
		eventKindEnum.Info(), traitKindEnum.Info(),
		effectEnum.Info(), findingKindEnum.Info(), levelEnum.Info(),
	}
}
