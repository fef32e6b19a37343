package main

import (
	"testing"

	"github.com/accordmodel/accord/examples/internal/clitest"
)

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "positions", run, []string{"extra"})
}
