//go:build !unix

package benchratio

import "time"

// ProcessCPU returns the CPU time the process has used so far; on this
// system it is not measured and is always 0.
func ProcessCPU() time.Duration { return 0 }
