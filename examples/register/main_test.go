package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunPrintsTheEntryOfEachFile(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"My Article (2026).txt": "Two words\n",
		"other.md":              "  one two three\tfour  ",
	}
	var args []string
	for name, text := range texts {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		args = append(args, p)
	}
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(args, &out, &errOut), errOut.String())
	var got struct{ Documents []entry }
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	require.Len(t, got.Documents, len(args))
	ids := map[string]string{"My Article (2026).txt": "my-article-2026", "other.md": "other"}
	for i, e := range got.Documents {
		name := filepath.Base(args[i])
		sum := sha256.Sum256([]byte(texts[name]))
		assert.Equal(t, ids[name], e.ID)
		assert.Equal(t, name, e.File)
		assert.Equal(t, hex.EncodeToString(sum[:]), e.SHA256)
		assert.Equal(t, len(strings.Fields(texts[name])), e.Words)
		assert.True(t, strings.HasPrefix(e.Title, "FILL IN"), "the title is the coder's to write")
		assert.Contains(t, e.Kind, "coder-notes", "the kinds to choose from are listed")
	}
}

func TestRunReportsAMissingFile(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{filepath.Join(t.TempDir(), "absent.txt")}, &out, &errOut))
	assert.Contains(t, errOut.String(), "absent.txt")
	assert.Empty(t, out.String())
}

func TestRunWithoutFilesRegistersTheSample(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errOut))
	assert.Contains(t, out.String(), `"file": "sample.txt"`)
}
