package guarantees

import (
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
)

// parseMajority parses a majority written "n/m" (such as "2/3") and reports
// whether it is one: a qualified majority is more than half and less than
// all.
func parseMajority(s string) (n, m int, ok bool) {
	a, b, found := strings.Cut(s, "/")
	if !found {
		return 0, 0, false
	}
	n, err1 := strconv.Atoi(a)
	m, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || n <= 0 || m <= 0 || 2*n <= m || n >= m {
		return 0, 0, false
	}
	return n, m, true
}

// validateMajority reports a qualified-majority decision without its
// majority, a malformed majority, and a majority on another decision rule.
func (r Reading) validateMajority(path accord.Path) accord.ErrorList {
	p := path.Child("majority")
	switch {
	case r.Decision == QualifiedMajority && r.Majority == "":
		return accord.ErrorList{accord.Required(p, `the majority required, such as "2/3"`)}
	case r.Majority == "":
		return nil
	case r.Decision != QualifiedMajority:
		return accord.ErrorList{accord.Invalid(p, r.Majority, "only a qualified-majority decision has a majority")}
	}
	if _, _, ok := parseMajority(r.Majority); !ok {
		return accord.ErrorList{accord.Invalid(p, r.Majority, `a fraction "n/m" of more than half and less than all, such as "2/3"`)}
	}
	return nil
}
