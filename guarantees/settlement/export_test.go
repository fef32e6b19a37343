package settlement

// TestNegotiation and TestOptionA give the external tests the constructed
// negotiation and its first option.
var (
	TestNegotiation = func() Source { return negotiation() }
	TestOptionA     = optionA
)
