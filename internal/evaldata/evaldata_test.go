package evaldata

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	want := filepath.Join(root, "shared", "eval", "dates", "x.tsv")
	if err := os.MkdirAll(filepath.Dir(want), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(want, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	deep := filepath.Join(root, "main", "eval", "dates")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(deep)
	if got := Find("dates/x.tsv"); got != want {
		t.Errorf("Find = %q, want %q", got, want)
	}
	if got := Find("dates/missing.tsv"); got != "" {
		t.Errorf("Find of a missing file = %q", got)
	}
	if CPUTime() <= 0 {
		t.Error("CPUTime is not positive")
	}
}

func TestModuleDir(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go tool on PATH")
	}
	dir, err := ModuleDir("github.com/markusmobius/go-trafilatura")
	if err != nil {
		t.Fatalf("ModuleDir: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Errorf("ModuleDir gave %q, which holds no go.mod: %v", dir, err)
	}
	if _, err := ModuleDir("example.com/no/such/module"); err == nil {
		t.Error("ModuleDir found a module the build does not use")
	}
}
