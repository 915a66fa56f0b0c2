// Package evaldata locates the shared evaluation data (../shared/eval
// beside the repository) and the repository itself for eval programs,
// tests and benchmarks, and measures process CPU time for speed figures.
package evaldata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"time"
)

// Find returns the path of rel (slash-separated, e.g. "aeb/ground-truth.json")
// under the shared evaluation directory, found by walking up from the
// working directory to a directory that holds shared/eval. It returns ""
// when the data is absent.
func Find(rel string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "eval", filepath.FromSlash(rel))
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Skipper is the part of testing.TB that Require uses.
type Skipper interface {
	Helper()
	Skipf(format string, args ...any)
}

// RepoRoot walks up from the working directory to the directory holding
// go.mod: the repository, whose samples/ the tests and evals also read.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the repository: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run this inside the newsdesk repository (no go.mod found above the working directory)")
		}
		dir = parent
	}
}

// Require is Find for tests and benchmarks: it skips with a clear message
// when the data is absent.
func Require(t Skipper, rel string) string {
	t.Helper()
	p := Find(rel)
	if p == "" {
		t.Skipf("skipped: ../shared/eval/%s missing (the evaluation data lives beside the repository)", rel)
	}
	return p
}

// CPUTime is the CPU time (user + system) the process has used so far.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Gold is one page of the article-extraction benchmark's ground truth.
type Gold struct {
	ID   string
	URL  string
	Body string // the gold article text
}

// AEBGold reads the benchmark's ground-truth.json (in aebDir, the aeb
// directory) and returns its pages sorted by ID.
func AEBGold(aebDir string) ([]Gold, error) {
	raw, err := os.ReadFile(filepath.Join(aebDir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read the gold texts: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("parse the gold texts: %w", err)
	}
	out := make([]Gold, 0, len(gt))
	for id, g := range gt {
		out = append(out, Gold{ID: id, URL: g.URL, Body: g.ArticleBody})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ModuleDir returns the directory of a module in the module cache, where
// some dependencies ship benchmark pages that the eval programs read (go
// list -m). It fails when the go tool or the module is missing.
func ModuleDir(module string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	if err != nil {
		return "", fmt.Errorf("locate %s in the module cache: %w", module, err)
	}
	dir := string(bytes.TrimSpace(out))
	if dir == "" {
		return "", fmt.Errorf("locate %s in the module cache: not downloaded", module)
	}
	return dir, nil
}
