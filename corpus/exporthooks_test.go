package corpus

// Aliases of the export's unexported types, so that the schema generator
// in package corpus_test can describe them.
type (
	ExportDocForSchema        = exportDoc
	ExportFrameForSchema      = exportFrame
	ExportVerdictForSchema    = exportVerdict
	ExportAssessmentForSchema = exportAssessment
	ExportRelationForSchema   = exportRelation
	ExportEvaluationForSchema = exportEvaluation
)
