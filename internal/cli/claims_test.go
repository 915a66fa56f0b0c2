package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestClaimsCommand(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.txt")
	text := "Storm hits the coast\n\"We counted about 2,300 homes without power in Galway,\" said Mayor Ruth Ade.\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"claims", page, "--format", "json"}, Stdio{Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one claim line, got %q", out.String())
	}
	var c map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &c); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"path", "value", "low", "high", "qualifier", "unit", "counted", "scope", "speaker", "as_of", "sentence", "start", "end"} {
		if _, ok := c[f]; !ok {
			t.Errorf("field %q missing in %s", f, lines[0])
		}
	}
	if c["value"] != 2300.0 || c["qualifier"] != "approx" || c["speaker"] != "Ruth Ade" {
		t.Errorf("claim = %s", lines[0])
	}
	out.Reset()
	if code := Main(context.Background(), []string{"claims", page}, Stdio{Out: &out, Err: &errb}); code != 0 || !strings.Contains(out.String(), "Ruth Ade (Mayor)") {
		t.Errorf("text output (exit %d): %s", code, out.String())
	}
	if code := Main(context.Background(), []string{"claims", filepath.Join(dir, "missing.txt")}, Stdio{Out: &out, Err: &errb}); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}

// TestClaimsPeriod checks that a figure dated by a year alone carries it
// as "period" in JSON (as_of stays empty: it takes days) and in the table.
func TestClaimsPeriod(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	text := `<html><head><title>Deaths rise</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09"}</script></head>
<body><article><p>In 2022, the disease caused 51 infant deaths, the agency said. Doctors in the region have warned about the disease for years, and the agency has asked for more money to fight it.</p></article></body></html>`
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Main(context.Background(), []string{"claims", "--format", "json", page}, Stdio{Out: &out, Err: &errb}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var c map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(out.Bytes()), &c); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if c["period"] != "2022" || c["as_of"] != "" {
		t.Errorf("period %v as_of %v, want 2022 and empty: %s", c["period"], c["as_of"], out.String())
	}
	out.Reset()
	if code := Main(context.Background(), []string{"claims", page}, Stdio{Out: &out, Err: &errb}); code != 0 {
		t.Fatalf("text output (exit %d): %s", code, out.String())
	}
	rows := strings.Split(strings.TrimSpace(out.String()), "\n")
	if f := strings.Fields(rows[len(rows)-1]); len(rows) < 2 || f[len(f)-1] != "2022" {
		t.Errorf("the AS OF column of the last row is not 2022: %s", out.String())
	}
}
