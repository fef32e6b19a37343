package guarantees

import (
	"errors"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidateAcceptsValidInstruments(t *testing.T) {
	for name, in := range map[string]Instrument{"guarantee": guarantee(), "istanbul": istanbul()} {
		assert.Empty(t, in.Validate(accord.NewPath("instruments").Index(0)), name)
	}
}

// TestValidateRejects checks each rule by breaking one thing in a valid
// instrument: the error must have the expected kind, rule and path.
func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Instrument)
		kind   error
		rule   error // nil when the problem has no rule sentinel
		path   string
	}{
		{"guarantee with no guarantor", func(in *Instrument) { in.Parties = in.Parties[2:] },
			accord.ErrRequired, ErrNoGuarantor, "instruments[0].parties"},
		{"guarantee with no protected party", func(in *Instrument) { in.Parties = in.Parties[:2] },
			accord.ErrRequired, ErrNoProtected, "instruments[0].parties"},
		{"empty alias", func(in *Instrument) { in.Aliases = []string{"Treaty", ""} },
			accord.ErrRequired, nil, "instruments[0].aliases[1]"},
		{"alias with spaces around it", func(in *Instrument) { in.Aliases = []string{" Treaty"} },
			accord.ErrInvalid, nil, "instruments[0].aliases[0]"},
		{"alias repeating the name", func(in *Instrument) { in.Aliases = []string{in.Name} },
			accord.ErrDuplicate, nil, "instruments[0].aliases[0]"},
		{"alias repeated", func(in *Instrument) { in.Aliases = []string{"The Treaty", "The Treaty"} },
			accord.ErrDuplicate, nil, "instruments[0].aliases[1]"},
		{"negative consultation deadline", func(in *Instrument) {
			in.Clauses[0].Reading.Consultation, in.Clauses[0].Reading.ConsultationDays = true, -1
		}, accord.ErrInvalid, ErrNegativeDeadline, "instruments[0].clauses[0].reading.consultation_days"},
		{"deadline without consultation", func(in *Instrument) { in.Clauses[0].Reading.ConsultationDays = 3 },
			accord.ErrInvalid, nil, "instruments[0].clauses[0].reading.consultation_days"},
		{"revision deleting text not in its clause", func(in *Instrument) {
			*in = istanbul()
			in.Clauses[0].Revisions[0] = Revision{ID: "del", By: []string{"russia"}, Kind: Deletion, At: "using nuclear weapons",
				Status: RevisionProposed, Changes: ReadingChange{Obligation: Consult}, Summary: "s", Evidence: ev}
		}, accord.ErrNotFound, ErrRevisionTextNotFound, "instruments[0].clauses[0].revisions[0].at"},
		{"revision anchored to repeated text", func(in *Instrument) {
			*in = istanbul()
			in.Clauses[0].Revisions[1].At = "permanently neutral state"
		}, accord.ErrInvalid, ErrRevisionAmbiguous, "instruments[0].clauses[0].revisions[1].at"},
		{"revision on a clause without wording", func(in *Instrument) {
			in.Clauses[0].Revisions = []Revision{russianRevision()}
		}, accord.ErrNotFound, ErrRevisionTextNotFound, "instruments[0].clauses[0].revisions[0].at"},
		{"insertion without position", func(in *Instrument) { *in = istanbul(); in.Clauses[0].Revisions[0].Placement = 0 },
			accord.ErrRequired, nil, "instruments[0].clauses[0].revisions[0].position"},
		{"deletion with new text", func(in *Instrument) { *in = istanbul(); in.Clauses[0].Revisions[0].Kind = Deletion },
			accord.ErrInvalid, nil, "instruments[0].clauses[0].revisions[0].position"},
		{"revision that changes nothing in the reading", func(in *Instrument) {
			*in = istanbul()
			in.Clauses[0].Revisions[1].Changes = ReadingChange{}
		}, accord.ErrRequired, nil, "instruments[0].clauses[0].revisions[1].changes"},
		{"revision without proposer", func(in *Instrument) { *in = istanbul(); in.Clauses[0].Revisions[0].By = nil },
			accord.ErrRequired, nil, "instruments[0].clauses[0].revisions[0].by"},
		{"duplicate revision ids", func(in *Instrument) { *in = istanbul(); in.Clauses[0].Revisions[1].ID = "ru" },
			accord.ErrDuplicate, nil, "instruments[0].clauses[0].revisions[1].id"},
		{"revision id repeated in another clause", func(in *Instrument) {
			*in = istanbul()
			c := art5()
			c.ID = "art5-bis"
			c.Revisions = c.Revisions[:1]
			in.Clauses = append(in.Clauses, c)
		}, accord.ErrDuplicate, nil, "instruments[0].clauses[1].revisions[0].id"},
		{"draft coded as ratified", func(in *Instrument) { in.Stage = Draft },
			accord.ErrInvalid, ErrStageMismatch, "instruments[0].ratification"},
		{"policy option coded as in force", func(in *Instrument) { in.Form = PolicyOption; in.Ratification = RatificationNotStated },
			accord.ErrInvalid, ErrStageMismatch, "instruments[0].stage"},
		{"breached without a breach", func(in *Instrument) { in.Stage = Breached },
			accord.ErrRequired, ErrStageMismatch, "instruments[0].events"},
		{"lapsed without its end", func(in *Instrument) { in.Stage = Lapsed },
			accord.ErrRequired, ErrStageMismatch, "instruments[0].events"},
		{"ended but coded in force", func(in *Instrument) {
			in.Events = append(in.Events, Event{Kind: EventEnded, Summary: "s", Evidence: ev})
		}, accord.ErrInvalid, ErrStageMismatch, "instruments[0].stage"},
		{"draft that was signed", func(in *Instrument) {
			*in = istanbul()
			in.Events = []Event{{Kind: EventSigned, Summary: "s", Evidence: ev}}
		}, accord.ErrInvalid, ErrStageMismatch, "instruments[0].events[0].kind"},
		{"ended yet in force", func(in *Instrument) {
			in.Events = []Event{{Kind: EventEnded, Summary: "s", Evidence: ev}}
		}, accord.ErrInvalid, ErrStageMismatch, "instruments[0].stage"},
		{"an ending that still holds", func(in *Instrument) {
			in.Stage = Lapsed
			in.Events = []Event{{Kind: EventEnded, When: accord.Period{End: accord.StillHolds}, Summary: "s", Evidence: ev}}
		}, accord.ErrInvalid, ErrStageMismatch, "instruments[0].events[0].when.end"},
		{"breach without the breaching actor", func(in *Instrument) {
			in.Events = []Event{{Kind: EventBreached, Summary: "s", Evidence: ev}}
		}, accord.ErrRequired, nil, "instruments[0].events[0].actors"},
		{"commitment without a reading", func(in *Instrument) { in.Clauses[0].Reading = Reading{} },
			accord.ErrRequired, nil, "instruments[0].clauses[0].reading"},
		{"reading on a clause that is no commitment", func(in *Instrument) { in.Clauses[0].Topic = ForceLimits },
			accord.ErrInvalid, nil, "instruments[0].clauses[0].reading"},
		{"wording without its source", func(in *Instrument) { in.Clauses[0].Wording = "text" },
			accord.ErrRequired, nil, "instruments[0].clauses[0].wording_source"},
		{"unknown obligation", func(in *Instrument) { in.Clauses[0].Reading.Obligation = 99 },
			accord.ErrNotSupported, nil, "instruments[0].clauses[0].reading.obligation"},
		{"measure listed twice", func(in *Instrument) { in.Clauses[0].Reading.Measures = []Measure{Weapons, Weapons} },
			accord.ErrDuplicate, nil, "instruments[0].clauses[0].reading.measures[1]"},
		{"exclusion without area", func(in *Instrument) {
			in.Clauses[0].Reading.Scope.Exclusions = []Exclusion{{Partial: true}}
		}, accord.ErrRequired, nil, "instruments[0].clauses[0].reading.scope.exclusions[0].area"},
		{"duplicate clause ids", func(in *Instrument) { in.Clauses = append(in.Clauses, in.Clauses[0]) },
			accord.ErrDuplicate, nil, "instruments[0].clauses[1].id"},
		{"same actor twice in one role", func(in *Instrument) { in.Parties = append(in.Parties, in.Parties[0]) },
			accord.ErrDuplicate, nil, "instruments[0].parties[3].actor"},
		{"negative member count", func(in *Instrument) { in.Parties[0].Members = -5 },
			accord.ErrInvalid, nil, "instruments[0].parties[0].members"},
		{"malformed id", func(in *Instrument) { in.ID = "Test Guarantee" },
			accord.ErrInvalid, nil, "instruments[0].id"},
		{"no evidence", func(in *Instrument) { in.Evidence = nil },
			accord.ErrRequired, nil, "instruments[0].evidence"},
		{"disagreement with one view", func(in *Instrument) {
			in.Disagreements = []Disagreement{{Topic: "t", Views: []View{{Claim: "c", Evidence: ev}}}}
		}, accord.ErrRequired, nil, "instruments[0].disagreements[0].views"},
		{"zero forces_present", func(in *Instrument) { in.ForcesPresent = 0 },
			accord.ErrRequired, nil, "instruments[0].forces_present"},
		{"unknown forces_present", func(in *Instrument) { in.ForcesPresent = 99 },
			accord.ErrNotSupported, nil, "instruments[0].forces_present"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := guarantee()
			tt.change(&in)
			errs := in.Validate(accord.NewPath("instruments").Index(0))
			require.NotEmpty(t, errs)
			var found *accord.FieldError
			for _, e := range errs {
				if e.Path.String() == tt.path && errors.Is(e, tt.kind) && (tt.rule == nil || errors.Is(e, tt.rule)) {
					found = e
				}
			}
			assert.NotNil(t, found, "want %v (rule %v) at %s; got:\n%v", tt.kind, tt.rule, tt.path, errs)
		})
	}
}

// TestValidateReportsEveryProblem: problems in different parts of one
// instrument are all reported, not just the first.
func TestValidateReportsEveryProblem(t *testing.T) {
	in := istanbul()
	in.Parties = nil
	in.Clauses[0].Reading.ConsultationDays = -2
	in.Clauses[0].Revisions[0].At = "text that is not there"
	errs := in.Validate(accord.Path{})
	for _, rule := range []error{ErrNoGuarantor, ErrNoProtected, ErrNegativeDeadline, ErrRevisionTextNotFound} {
		assert.ErrorIs(t, errs.Err(), rule)
	}
}

func TestInstrumentNames(t *testing.T) {
	tests := []struct {
		name string
		in   Instrument
		want []string
	}{
		{"name only", Instrument{Name: "North Atlantic Treaty"}, []string{"North Atlantic Treaty"}},
		{"all three", Instrument{Name: "North Atlantic Treaty", ShortName: "NAT", Aliases: []string{"Washington Treaty"}},
			[]string{"North Atlantic Treaty", "NAT", "Washington Treaty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in.Names()
			assert.Equal(t, tt.want, got)
			got[0] = "changed"
			assert.NotEqual(t, "changed", tt.in.Name, "Names hands out a fresh slice")
		})
	}
}
