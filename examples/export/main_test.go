package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/examples/internal/clitest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
)

func TestRunWritesTheExport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-out", out}, &stdout, &stderr), stderr.String())
	for _, name := range []string{"corpus.json", "corpus.jsonl", "export.schema.json", "schema.json"} {
		assert.Contains(t, stdout.String(), "wrote "+filepath.Join(out, name))
		assert.FileExists(t, filepath.Join(out, name))
	}
	var doc struct {
		Format   string
		Version  int
		Computed struct {
			Verdicts, Assessments, Evaluations []json.RawMessage
		}
	}
	data, err := os.ReadFile(filepath.Join(out, "corpus.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &doc))
	assert.Equal(t, corpus.ExportFormat, doc.Format)
	assert.Equal(t, corpus.ExportVersion, doc.Version)
	c, err := corpus.Default()
	require.NoError(t, err)
	commitments := 0
	for in := range c.Instruments() {
		if in.Kind.Commitment() {
			commitments++
		}
	}
	assert.Len(t, doc.Computed.Assessments, commitments, "every commitment is assessed")
	assert.Len(t, doc.Computed.Evaluations, c.NumSettlements(), "every option is evaluated")
	assert.NotEmpty(t, doc.Computed.Verdicts)
	schema, err := os.ReadFile(filepath.Join(out, "export.schema.json"))
	require.NoError(t, err)
	assert.Equal(t, corpus.ExportSchema(), schema)
}

func TestRunRejectsABadLayer(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-out", t.TempDir(), filepath.Join(t.TempDir(), "absent")}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "export:")
}

// TestRejectersScript runs the Node.js script on the export and checks
// that it lists exactly the positions the Go library finds.
func TestRejectersScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-out", out}, &stdout, &stderr), stderr.String())
	cmd := exec.Command(node, "rejecters.mjs", out)
	got, err := cmd.CombinedOutput()
	require.NoError(t, err, string(got))

	c, err := corpus.Default()
	require.NoError(t, err)
	var want []string
	on, err := c.Positions().On("armed-forces-limits", accord.Date{})
	require.NoError(t, err)
	for _, p := range on {
		if p.Stance == actors.Rejects || p.Stance == actors.Opposes {
			line := fmt.Sprintf("  %s: %s", c.Actors().Name(p.Actor), p.Stance)
			if p.RedLine {
				line += " (a red line)"
			}
			want = append(want, line+", in "+p.Evidence[0].Doc)
		}
	}
	require.NotEmpty(t, want)
	lines := strings.Split(strings.TrimSpace(string(got)), "\n")
	assert.Contains(t, lines[0], fmt.Sprintf(": %d positions", len(want)))
	assert.ElementsMatch(t, want, lines[1:])
}

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "export", run, nil) // every argument is a layer
}
