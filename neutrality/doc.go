// Package neutrality models the statuses a state can hold toward wars and
// military blocs, the rules that tell them apart, and a checker that says
// whether an activity or a package of commitments fits a status.
//
// # Statuses
//
// A [Kind] keeps apart statuses that political debate often confuses:
// neutrality in a given war (the default status of a non-party, bound by the
// law of neutrality only while that war lasts), a policy of neutrality (an
// intention without legal force), permanent neutrality (a legal commitment,
// with peacetime duties, by declaration or treaty), neutralisation
// (permanent neutrality imposed or guaranteed by other states),
// non-alignment (staying out of blocs without the duties of neutrality),
// and, as contrasts, alliance membership and a course toward it; beside
// them, a nuclear-weapon-free status, which says nothing of wars and blocs. A
// [Status] records one source's account of a state's status: its kind,
// declared [Posture], legal [Basis] and instrument, who recognises or
// guarantees it, whether it is armed ([Armament]), its period, the
// instrument's own terms (with [Proviso] values for terms that hold only
// under a condition or in one area), and its fate as [Event] values. A
// status may belong to a territory or waterway of the state (an island
// group, a canal), and then coexists with the sovereign's alliances. Its
// [Stage] says whether it held, was only proposed, or is a goal the state
// set itself. [Status.Validate] rejects, with rule sentinels such as
// [ErrNoBasis], [ErrNoGuarantor] and [ErrNeutralInAlliance], a status that
// cannot be what it claims to be, and with [ErrKindMismatch] one whose kind
// [Classify] does not derive from its facts: the two agree by construction.
//
// A status's period says how it ends ([accord.Ending]): it still holds, it
// ended on a date the source does not give, or the source does not say.
// Only the first makes it [Status.Current], and an event that ends it
// (abandoned, superseded, failed in a war) rules that out.
// [Status.InForceOn] matches a date only where the source vouches for it;
// [Status.MayBeInForceOn] is the question to ask about statuses the
// source leaves undated or open.
//
// # The rulebook
//
// A [Rulebook] holds [Rule] values — a status kind, an [Activity], optionally
// a [Context], a [Verdict] with its condition and reason, and sources — and
// the [Doctrine] values that contested rules refer to. A verdict may be a
// duty of the status ([Required]). Rules carry the context they bind in:
// the law of neutrality binds only in war ([Kind.BindsIn]), so a status
// neutral in a war, asked about peacetime, gets [NotApplicable] rather
// than any verdict of its wartime rules. Rules are data: the
// embedded corpus codes them in seeds/rules.json and seeds/doctrines.json,
// and a caller can build its own rulebook with [NewRulebook] or change one
// with [Rulebook.With]. [Rulebook.Check] judges one activity against a
// status under [Options] (context and doctrines) and returns a [Ruling];
// [Rulebook.CheckAll] checks a whole package of commitments. A contested
// rule keeps every [Side]; a doctrine chosen in the options decides it.
// Check looks rules up in an index built at construction and does not
// allocate, also when no rule covers the case: its Ruling then has
// [Ruling.Found] false and its error, which matches [ErrNoRule], is a
// fixed value whose message is formatted only when asked for.
//
// # Classification
//
// [Classify] derives the kind of status from [Facts] about a state — what
// it declared, what that rests on, who recognises or guarantees it, its
// alliances, a war under way — and, where the answer turns on a contested
// question (does neutrality need recognition? does non-alignment permit
// alliances?), reports what each doctrine yields.
//
// # Negotiating demands
//
// A [Demand] is a term a party sought for a status under negotiation, such
// as the caps on Ukraine's forces Russia sought in Istanbul in 2022.
// [Assess] compares a demand with the status's verdict on its activity and
// says whether the status itself requires it, or the demand goes beyond or
// against it ([Reach]).
package neutrality
