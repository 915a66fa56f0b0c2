package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

const clusterSample = `{"id":"a","title":"Earthquake of magnitude 6.1 hits Tokyo","text":"A magnitude 6.1 earthquake struck Tokyo on Monday, the Japan Meteorological Agency said. Trains were halted.","published":"2024-03-04T01:00:00Z"}
{"id":"b","title":"Tokyo shaken by 6.1 quake","text":"A magnitude 6.1 earthquake struck Tokyo on Monday, the Japan Meteorological Agency said. Trains were halted across the capital.","published":"2024-03-04T02:00:00Z","outlet":"Wire"}

{"id":"c","title":"Macron calls snap election","text":"French President Emmanuel Macron called a snap parliamentary election on Sunday after the European vote.","published":"2024-06-09"}
`

// runClusterJSON runs `newsdesk cluster` with args on input in and returns
// its JSON lines.
func runClusterJSON(t *testing.T, in string, args ...string) []map[string]any {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), append([]string{"cluster"}, args...),
		Stdio{In: strings.NewReader(in), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("bad output line %q: %v", line, err)
		}
		got = append(got, m)
	}
	return got
}

func TestClusterJSON(t *testing.T) {
	got := runClusterJSON(t, clusterSample, "-", "--format", "json")
	if len(got) != 3 {
		t.Fatalf("got %d lines, want 3: %v", len(got), got)
	}
	if got[0]["id"] != "a" || got[0]["duplicate_of"] != "" || got[1]["duplicate_of"] != "a" {
		t.Errorf("duplicates wrong: %v", got)
	}
	if got[0]["story"] != got[1]["story"] || got[0]["story"] == got[2]["story"] {
		t.Errorf("stories wrong: %v", got)
	}
}

func TestClusterText(t *testing.T) {
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"cluster", "-"},
		Stdio{In: strings.NewReader(clusterSample), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "copy of a") || !strings.Contains(out.String(), "Macron calls snap election") {
		t.Errorf("text output:\n%s", out.String())
	}
}

func TestClusterBadInput(t *testing.T) {
	for _, in := range []string{"not json\n", `{"title":"no id"}` + "\n", `{"id":"x","published":"yesterday"}` + "\n"} {
		var out, errb bytes.Buffer
		code := Main(context.Background(), []string{"cluster", "-"}, Stdio{In: strings.NewReader(in), Out: &out, Err: &errb})
		if code != 1 || !strings.Contains(errb.String(), "line 1") {
			t.Errorf("input %q: exit %d, stderr %q", in, code, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := Main(context.Background(), []string{"cluster"}, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb}); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
}

func FuzzReadClusterInput(f *testing.F) {
	f.Add(clusterSample)
	f.Add(`{"id":"x","published":"2024-01-02"}`)
	f.Add("{\"id\":1}\n\xff")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := readClusterInput(context.Background(), strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			if d.ID == "" {
				t.Fatal("accepted an article without id")
			}
		}
	})
}

func TestClusterState(t *testing.T) {
	state := t.TempDir() + "/stories.state"
	lines := strings.Split(strings.TrimSpace(clusterSample), "\n")
	run := func(in string) []map[string]any {
		return runClusterJSON(t, in, "--format", "json", "--state", state, "-")
	}
	first := run(lines[0] + "\n" + lines[3] + "\n")
	second := run(lines[1] + "\n")
	if len(first) != 2 || len(second) != 1 {
		t.Fatalf("got %d and %d lines", len(first), len(second))
	}
	if second[0]["story"] != first[0]["story"] || second[0]["duplicate_of"] != "a" {
		t.Errorf("second run did not join the first run's story: %v then %v", first, second)
	}
}
