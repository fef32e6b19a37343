package chart

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// svg11DTD is where Debian's w3c-sgml-lib package puts the SVG 1.1 DTD.
const svg11DTD = "/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd"

// TestValidAgainstSVG11DTD validates every chart against the SVG 1.1 DTD
// with xmllint, offline. It needs xmllint and the DTD (Debian packages
// libxml2-utils and w3c-sgml-lib, whose XML catalog maps the doctype's
// public identifier to the local copy) and is skipped where they are
// missing; the element and attribute checks of inspect run everywhere.
// The charts' doctype adds role, aria-labelledby and lang to the DTD in
// its internal subset, so xmllint validates each document against its own
// doctype (--valid), not against the bare DTD (--dtdvalid).
// With ACCORD_REQUIRE_XMLLINT=1 (as in CI) a missing package fails the
// test instead.
func TestValidAgainstSVG11DTD(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		skipUnlessRequired(t, "xmllint is not installed (Debian package libxml2-utils)")
	}
	if _, err := os.Stat(svg11DTD); err != nil {
		skipUnlessRequired(t, "the SVG 1.1 DTD is not installed (Debian package w3c-sgml-lib)")
	}
	c := loadCorpus(t)
	tl, err := PostureTimeline(c)
	require.NoError(t, err)
	m, err := ClashMatrix(c, ClashOptions{})
	require.NoError(t, err)
	r, err := GuaranteeRanking(c)
	require.NoError(t, err)
	mc, err := ClashMatrix(c, ClashOptions{Compact: true})
	require.NoError(t, err)
	all := charts()
	all["corpus compact matrix"] = mc
	all["corpus timeline"], all["corpus matrix"], all["corpus ranking"] = tl, m, r
	dir := t.TempDir()
	for name, ch := range all {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, ch.Render(&buf))
			path := filepath.Join(dir, "chart.svg")
			require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
			out, err := exec.Command(xmllint, "--noout", "--nonet", "--valid", path).CombinedOutput()
			require.NoError(t, err, "xmllint: %s", out)
		})
	}
}

// skipUnlessRequired skips t with why, or fails it when
// ACCORD_REQUIRE_XMLLINT=1 asks for the validation to run.
func skipUnlessRequired(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("ACCORD_REQUIRE_XMLLINT") == "1" {
		t.Fatal(why + "; ACCORD_REQUIRE_XMLLINT=1 requires it")
	}
	t.Skip(why)
}
