package neutrality

// noRuleError is the error [Rulebook.Check] returns when nothing in the
// rulebook covers a status kind, activity and context. It matches
// [ErrNoRule] with [errors.Is] and reads "no rule for this status and
// activity: kind / activity / context".
//
// The value is one of the fixed entries of noRules, one per kind, activity
// and context, so that Check hands it out without allocating and its
// message is formatted only when asked for. Its fields are unexported and
// never written after init: no caller can change what a later Check
// returns.
type noRuleError struct {
	kind     Kind
	activity Activity
	context  Context
}

// noRules holds the noRuleError of every kind, activity and context,
// indexed like Rulebook.index.
var noRules [numKinds][numActivities][numContexts]noRuleError

func init() {
	for k := range noRules {
		for a := range noRules[k] {
			for c := range noRules[k][a] {
				noRules[k][a][c] = noRuleError{Kind(k), Activity(a), Context(c)}
			}
		}
	}
}

// noRule returns the error for kind k, activity a and context c, all
// valid.
func noRule(k Kind, a Activity, c Context) error { return &noRules[k][a][c] }

// Error returns "no rule for this status and activity: kind / activity /
// context".
func (e *noRuleError) Error() string {
	return ErrNoRule.Error() + ": " + e.kind.String() + " / " + e.activity.String() + " / " + e.context.String()
}

// Unwrap returns [ErrNoRule].
func (e *noRuleError) Unwrap() error { return ErrNoRule }
