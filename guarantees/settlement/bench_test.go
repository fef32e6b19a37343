package settlement

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/neutrality"
)

// wideNegotiation builds n options over the constructed negotiation, each
// with its own status, force cap, presence, guarantee-free territorial
// terms for three regions and sequencing, so that every dimension has up to
// n alternatives and the space holds up to n^8 packages. Ukraine rejects
// caps and recognition of Crimea; Russia demands recognition of Crimea and
// rules out NATO troops: the zone is empty and the minimum blocking set is
// the Crimea clash, {Ukraine against recognition, Russia for it}.
func wideNegotiation(n int) ([]Settlement, *fakeSource) {
	src := negotiation(
		pos("ru-crimea", "russia", "recognition-crimea", actors.Demands, true),
		pos("ua-crimea", "ukraine", "recognition-crimea", actors.Rejects, true),
	)
	kinds := []neutrality.Kind{neutrality.PermanentNeutrality, neutrality.NonAlignment, neutrality.NeutralityPolicy, neutrality.AllianceAspirant}
	treat := []Treatment{Recognised, NotRecognised, Deferred, Restored, Ceded}
	var opts []Settlement
	for i := range n {
		s := Settlement{ID: fmt.Sprintf("option-%d", i), Name: "Option", Protected: "ukraine", Stage: Floated, Modality: Constructed,
			Summary: "A wide test option.", Evidence: cite("wide")}
		s.Status = StatusTerm{Kind: kinds[i%len(kinds)], Armament: neutrality.Armed, Bases: []neutrality.Basis{neutrality.Basis(1 + i%6)}}
		if i%2 == 0 {
			s.Forces = ForcePosture{Limits: Unlimited, Note: fmt.Sprint(i)}
		} else {
			s.Forces = ForcePosture{Limits: Capped, Caps: []Cap{{Quantity: "personnel", AtMost: float64(50000 * (i + 1)), Unit: "troops"}}}
		}
		if i%3 == 0 {
			s.Presence = ForeignPresence{Excludes: []DeploymentKind{GroundForces}, Note: fmt.Sprint(i)}
		} else {
			s.Presence = ForeignPresence{Deployments: []Deployment{{Kind: Peacekeepers, Mandate: Mandate(1 + i%4), Contributors: []string{"brazil"}}}, Note: fmt.Sprint(i)}
		}
		for r, region := range []string{"crimea", "donetsk-oblast", "luhansk-oblast"} {
			t := TerritorialTerm{Region: region, Treatment: treat[(i+r)%len(treat)]}
			if t.Treatment == Deferred {
				t.YearsMin = 5 + i
			}
			s.Territory = append(s.Territory, t)
		}
		s.Sequencing = Sequencing(1 + i%2)
		opts = append(opts, s)
	}
	return opts, src
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{2, 4, 6} {
		opts, src := wideNegotiation(n)
		sp, err := NewSpace(opts)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("options=%d/space=%d", n, sp.Size()), func(b *testing.B) {
			var z Zone
			for b.Loop() {
				z, err = Search(context.Background(), sp, src, SearchOptions{Required: []string{"ukraine", "russia"}})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(z.Visited), "visited")
			b.ReportMetric(float64(z.Examined+z.Checked), "examined")
			b.ReportMetric(float64(z.RoundsVisited), "rounds-visited")
			b.ReportMetric(float64(len(z.Blocking)), "blocking")
		})
	}
}

func BenchmarkEvaluate(b *testing.B) {
	src := negotiation()
	s := optionA()
	for b.Loop() {
		if _, err := Evaluate(s, src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWideNegotiationBlocking checks the benchmark's claim about its
// answer, so that the benchmark measures a correct search.
func TestWideNegotiationBlocking(t *testing.T) {
	opts, src := wideNegotiation(4)
	sp, err := NewSpace(opts)
	require.NoError(t, err)
	z, err := Search(context.Background(), sp, src, SearchOptions{Required: []string{"ukraine", "russia"}})
	require.NoError(t, err)
	assert.Zero(t, z.Acceptable)
	var got []RedLine
	for _, bl := range z.Blocking {
		got = append(got, bl.RedLine)
	}
	assert.Equal(t, []RedLine{{Actor: "russia", Issue: "recognition-crimea", Direction: 1}, {Actor: "ukraine", Issue: "recognition-crimea", Direction: -1}}, got)
	assert.Equal(t, z.Space, z.Examined+z.Pruned)
}
