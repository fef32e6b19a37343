package browser

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Environment variables the browser tests read.
const (
	// EnvRequire, set to 1, turns a missing browser into a test failure
	// instead of a skip (CI sets it).
	EnvRequire = "ACCORD_REQUIRE_CHROMIUM"
	// EnvPath names the browser's executable instead of DefaultPath.
	EnvPath = "ACCORD_CHROMIUM"
	// EnvArtifacts names the folder the tests save screenshots in.
	EnvArtifacts = "ACCORD_ARTIFACTS"
)

// LaunchForTest starts the browser for a test and closes it when the test
// ends. Without a browser the test is skipped with a message saying how
// to install one — or fails, when EnvRequire is 1.
func LaunchForTest(t testing.TB) *Browser {
	t.Helper()
	path := os.Getenv(EnvPath)
	if path == "" {
		path = DefaultPath
	}
	if _, err := exec.LookPath(path); err != nil {
		msg := "no Chromium at " + path + " (install Debian's package: " +
			"apt-get install -y --no-install-recommends chromium, or set " + EnvPath + ")"
		if os.Getenv(EnvRequire) == "1" {
			t.Fatalf("%s; %s=1 requires it", msg, EnvRequire)
		}
		t.Skip(msg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b, err := Launch(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Error(err)
		}
	})
	return b
}

// ArtifactsDir returns the folder sub of the folder named by EnvArtifacts
// (created if missing), or of a folder kept after the test under
// os.TempDir()/accord-artifacts when the variable is not set. Tests log
// the paths of what they save there.
func ArtifactsDir(t testing.TB, sub string) string {
	t.Helper()
	root := os.Getenv(EnvArtifacts)
	if root == "" {
		root = filepath.Join(os.TempDir(), "accord-artifacts")
	}
	dir := filepath.Join(root, sub)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
