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

func TestEntitiesCommand(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"a.txt": "Kyiv asks for air defence\n\nUkrainian President Volodymyr Zelensky met NATO Secretary-General Mark Rutte in Brussels on Tuesday. Zelensky said the DPRK had sent troops.\n",
		"b.txt": "Selenskyj in Brüssel\n\nThe talks in Brussels were short. Selenskyj said North Korea had sent 10,000 soldiers, and Rutte agreed.\n",
	}
	for name, text := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	var out, errb bytes.Buffer
	if code := Main(context.Background(), []string{"entities", "--format", "json", a, b}, Stdio{Out: &out, Err: &errb}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := map[string]entityJSON{}
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var e entityJSON
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%v in %q", err, l)
		}
		got[e.Name] = e
	}
	z, ok := got["Volodymyr Zelensky"]
	if !ok || z.Kind != "person" || z.Mentions != 3 || len(z.Paths) != 2 || !strings.Contains(strings.Join(z.Aliases, "|"), "Selenskyj") ||
		!strings.Contains(strings.Join(z.Titles, "|"), "Ukrainian President") {
		t.Errorf("Zelensky = %+v (all: %v)", z, got)
	}
	if nk, ok := got["North Korea"]; !ok || nk.Mentions != 2 || nk.Kind != "place" {
		t.Errorf("North Korea = %+v; the DPRK is North Korea", nk)
	}
	if br := got["Brussels"]; br.Mentions != 2 || br.Kind != "place" || len(br.Paths) != 2 || br.Paths[0] != a {
		t.Errorf("Brussels = %+v", br)
	}
	if r := got["Mark Rutte"]; r.Mentions != 2 {
		t.Errorf("Mark Rutte = %+v", r)
	}

	// --mentions: offsets into the extracted text, in reading order
	out.Reset()
	if code := Main(context.Background(), []string{"entities", "--mentions", "--format", "json", b}, Stdio{Out: &out, Err: &errb}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var ms []mentionJSON
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var m mentionJSON
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	// the offsets point into the extracted text
	var ext bytes.Buffer
	if code := Main(context.Background(), []string{"extract", "--format", "json", b}, Stdio{Out: &ext, Err: &errb}); code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errb.String())
	}
	var art struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(bytes.SplitN(ext.Bytes(), []byte("\n"), 2)[0], &art); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for i, m := range ms {
		texts = append(texts, m.Text)
		if i > 0 && m.Start < ms[i-1].Start || m.End > len(art.Text) || art.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %d %+v out of order or with offsets that do not point at it in the extracted text", i, m)
		}
	}
	if strings.Join(texts, "|") != "Brussels|Selenskyj|North Korea|Rutte" {
		t.Errorf("mentions %q", texts)
	}

	out.Reset()
	if code := Main(context.Background(), []string{"entities", a}, Stdio{Out: &out, Err: &errb}); code != 0 || !strings.Contains(out.String(), "Volodymyr Zelensky") ||
		!strings.HasPrefix(out.String(), "NAME") {
		t.Errorf("text output (exit %d): %s", code, out.String())
	}
	errb.Reset()
	if code := Main(context.Background(), []string{"entities", a, filepath.Join(dir, "missing.txt")}, Stdio{Out: &out, Err: &errb}); code != 1 ||
		!strings.Contains(errb.String(), "missing.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errb.String())
	}
	if code := Main(context.Background(), []string{"entities"}, Stdio{Out: &out, Err: &errb}); code != 2 {
		t.Errorf("no paths: exit %d, want 2", code)
	}
}

// The commands that read PATH arguments refuse an unknown --format with a
// usage error, whichever side of the paths the flag stands.
func TestPathCommandsCheckFormat(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(page, []byte("Title\n\nSome 40 people were hurt, police said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"claims", "entities", "extract"} {
		for _, args := range [][]string{{cmd, "--format", "xml", page}, {cmd, page, "--format", "xml"}} {
			var out, errb bytes.Buffer
			if code := Main(context.Background(), args, Stdio{Out: &out, Err: &errb}); code != 2 || !strings.Contains(errb.String(), "unknown --format") {
				t.Errorf("%v: exit %d, stderr %q; want 2 and an unknown-format message", args, code, errb.String())
			}
		}
	}
}
