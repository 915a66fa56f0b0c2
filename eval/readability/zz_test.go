package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsdesk/internal/extract/plaintext/shingle"
)

func TestZZDelta(t *testing.T) {
	out, _ := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	pages, _ := load(filepath.Join(strings.TrimSpace(string(out)), "test-pages"))
	r := evaluate(pages, true)
	type d struct {
		name   string
		nd, tr shingle.Match
	}
	var ds []d
	for i, p := range pages {
		ds = append(ds, d{p.name, r.text["newsdesk"][i], r.text["trafilatura"][i]})
	}
	f1 := func(m shingle.Match) float64 {
		if m.TP == 0 {
			return 0
		}
		p, r := m.TP/(m.TP+m.FP), m.TP/(m.TP+m.FN)
		return 2 * p * r / (p + r)
	}
	sort.Slice(ds, func(i, j int) bool { return f1(ds[i].nd)-f1(ds[i].tr) < f1(ds[j].nd)-f1(ds[j].tr) })
	for _, x := range ds[:15] {
		fmt.Printf("%-30s nd %.3f (P %.2f R %.2f)  tr %.3f\n", x.name, f1(x.nd), x.nd.TP/(x.nd.TP+x.nd.FP+1e-9), x.nd.TP/(x.nd.TP+x.nd.FN+1e-9), f1(x.tr))
	}
}
