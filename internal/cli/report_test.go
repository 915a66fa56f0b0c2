package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"newsdesk/internal/report"
	"newsdesk/internal/store/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden report files in testdata")

const samplesDir = "../../samples/kursk"

// samplePath names sample page NNN as given on the command line.
func samplePath(t *testing.T, n string) string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(samplesDir, n+"_*.txt"))
	if err != nil || len(m) != 1 {
		t.Fatalf("sample %s: %v %v", n, m, err)
	}
	return m[0]
}

func runMain(t *testing.T, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("newsdesk %s: exit %d\n%s", strings.Join(args, " "), code, errb.String())
	}
	return out.String(), errb.String()
}

// articleTexts reads every stored article's text by path.
func articleTexts(t *testing.T, db string) map[string]string {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, err := st.ArticlesByID(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, a := range arts {
		out[a.Path] = a.Text
	}
	return out
}

func TestReportSamplePages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "newsdesk.db")
	js, _ := runMain(t, "report", "--db", db, "--format", "json", samplesDir)
	var r report.Report
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		t.Fatalf("report JSON: %v\n%s", err, js)
	}
	if len(r.Stories) != 1 {
		t.Fatalf("got %d stories, want one", len(r.Stories))
	}
	checkSampleStory(t, &r, articleTexts(t, db))

	// The text and Markdown renderings come from the stored story.
	id := r.Stories[0].ID
	text, _ := runMain(t, "story", "--db", db, id)
	md, _ := runMain(t, "story", "--db", db, "--format", "markdown", id)
	for _, want := range []string{"FIGURES", "TIMELINE", "SUMMARY", "SOURCES", "~10,000", "more than 3,000", "up to 12,000", "ai-generated"} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	if !strings.Contains(md, "### Figures") || !strings.Contains(md, "### Timeline") {
		t.Errorf("markdown report lacks its sections:\n%s", md)
	}
	golden(t, "report_kursk.json", js)
	golden(t, "report_kursk.txt", text)
}

// TestReportSamplesAmongUnrelatedPages mixes the sample pages with the 181
// unrelated pages of aeb-text: the sample story must come out the same.
func TestReportSamplesAmongUnrelatedPages(t *testing.T) {
	pages := "../../../shared/eval/aeb-text/pages"
	if _, err := os.Stat(pages); err != nil {
		t.Skipf("skipped: %s missing (the shared evaluation data sits beside the repository)", pages)
	}
	if testing.Short() {
		t.Skip("skipped in -short mode: extracts and clusters 186 pages")
	}
	db := filepath.Join(t.TempDir(), "newsdesk.db")
	js, _ := runMain(t, "report", "--db", db, "--format", "json", samplesDir, pages)
	var r report.Report
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		t.Fatalf("report JSON: %v", err)
	}
	checkSampleStory(t, &r, articleTexts(t, db))
}

// checkSampleStory checks the sample story's figures, timeline, summary and
// that every line cites an article whose text holds it.
func checkSampleStory(t *testing.T, r *report.Report, texts map[string]string) {
	t.Helper()
	p := map[string]string{}
	for _, n := range []string{"000", "001", "002", "003", "004"} {
		p[n] = samplePath(t, n)
	}
	var st *report.Story
	for i := range r.Stories {
		for _, a := range r.Stories[i].Articles {
			if strings.HasPrefix(a.Path, samplesDir) {
				if st != nil && st != &r.Stories[i] {
					t.Fatalf("sample pages are split across stories %s and %s", st.ID, r.Stories[i].ID)
				}
				st = &r.Stories[i]
			}
		}
	}
	if st == nil {
		t.Fatal("no story holds the sample pages")
	}
	if len(st.Articles) != 5 {
		var paths []string
		for _, a := range st.Articles {
			paths = append(paths, a.Path)
		}
		t.Fatalf("sample story has %d articles, want the 5 samples only: %v", len(st.Articles), paths)
	}

	type want struct {
		value     float64
		qualifier string // "" means any
		sources   []string
		asOf      string
		weak      bool
	}
	wants := []want{
		{10000, "approx", []string{p["000"], p["001"], p["002"], p["004"]}, "", false},
		{8000, "", []string{p["000"], p["002"]}, "", false},
		{3000, "lower", []string{p["000"]}, "2024-10-25", false},
		{12000, "upper", []string{p["003"]}, "", true},
		{6000, "", []string{p["003"]}, "", false},
	}
	for _, w := range wants {
		v := findValue(st, w.value)
		if v == nil {
			t.Errorf("no figure value %v", w.value)
			continue
		}
		if w.qualifier != "" && v.Qualifier != w.qualifier {
			t.Errorf("%v: qualifier %s, want %s", w.value, v.Qualifier, w.qualifier)
		}
		for _, s := range w.sources {
			if !contains(v.Sources, s) {
				t.Errorf("%v: sources %v lack %s", w.value, v.Sources, s)
			}
		}
		if w.asOf != "" && !contains(v.Dates, w.asOf) {
			t.Errorf("%v: as-of dates %v lack %s", w.value, v.Dates, w.asOf)
		}
		if w.weak && len(v.Weak) == 0 {
			t.Errorf("%v: not marked weak", w.value)
		}
	}
	// No boilerplate figure anywhere in the report.
	for _, s := range r.Stories {
		for _, f := range s.Figures {
			for _, v := range f.Values {
				for _, bad := range []float64{500, 35e6, 100000, 30000} {
					if v.Value != nil && *v.Value == bad {
						for _, src := range v.Sources {
							if strings.HasPrefix(src, samplesDir) {
								t.Errorf("link-list figure %v from %v", bad, v.Sources)
							}
						}
					}
				}
			}
		}
	}
	dates := map[string]bool{}
	for _, e := range st.Timeline {
		dates[e.Date] = true
	}
	for _, d := range []string{"2024-10-25", "2024-10-28", "2024-10-31"} {
		if !dates[d] {
			t.Errorf("timeline has no entry on %s", d)
		}
	}
	if len(st.Summary) < 3 || len(st.Summary) > 6 {
		t.Errorf("summary has %d sentences, want 3 to 6", len(st.Summary))
	}
	checkTraceable(t, st, texts)
}

// checkTraceable checks that every summary and timeline sentence, and every
// figure value's evidence, occurs verbatim in the article it cites.
func checkTraceable(t *testing.T, st *report.Story, texts map[string]string) {
	t.Helper()
	inArticle := func(what, src, sentence string) {
		text, ok := texts[src]
		if !ok {
			t.Errorf("%s cites %s, which is not a stored article", what, src)
			return
		}
		if !strings.Contains(text, sentence) {
			t.Errorf("%s: %q is not in %s", what, sentence, src)
		}
	}
	for _, s := range st.Summary {
		inArticle("summary", s.Source, s.Text)
	}
	for _, e := range st.Timeline {
		if len(e.Sources) == 0 {
			t.Errorf("timeline entry %s cites nothing", e.Date)
			continue
		}
		inArticle("timeline "+e.Date, e.Sources[0], e.Text)
	}
	for _, f := range st.Figures {
		for _, v := range f.Values {
			if len(v.Evidence) != len(v.Sources) {
				t.Errorf("figure value %v: %d sources but %d evidence quotes", v.Value, len(v.Sources), len(v.Evidence))
			}
			for _, q := range v.Evidence {
				inArticle("figure evidence", q.Source, q.Text)
				if text := texts[q.Source]; q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
					t.Errorf("figure evidence offsets [%d,%d) do not match %q in %s", q.Start, q.End, q.Text, q.Source)
				}
				if v.Value != nil && !mentionsNumber(q.Text, *v.Value) {
					t.Errorf("evidence %q does not state %v", q.Text, *v.Value)
				}
			}
		}
	}
}

var numberWords = map[float64]string{1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 12: "dozen"}

// mentionsNumber reports whether s states v in digits (with any grouping)
// or, for small numbers, in words.
func mentionsNumber(s string, v float64) bool {
	if w, ok := numberWords[v]; ok && strings.Contains(strings.ToLower(s), w) {
		return true
	}
	digits := regexp.MustCompile(`\d[\d,. ]*\d|\d`)
	for _, m := range digits.FindAllString(s, -1) {
		clean := strings.NewReplacer(",", "", " ", "").Replace(m)
		if f, err := strconv.ParseFloat(clean, 64); err == nil && math.Abs(f-v) < 1e-9 {
			return true
		}
		if f, err := strconv.ParseFloat(strings.ReplaceAll(clean, ".", ""), 64); err == nil && math.Abs(f-v) < 1e-9 {
			return true
		}
	}
	return false
}

func findValue(st *report.Story, v float64) *report.Value {
	for i := range st.Figures {
		for j := range st.Figures[i].Values {
			val := &st.Figures[i].Values[j]
			if val.Value != nil && *val.Value == v {
				return val
			}
		}
	}
	return nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// golden compares got with testdata/name; -update rewrites the file.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file %s: %v (run go test ./internal/cli -run Report -update)", path, err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./internal/cli -run Report -update\n--- got ---\n%s", path, got)
	}
}

// A dated story from three outlets: the governor's toll of 10 on the day
// of a quake evolves into the Red Crescent's 13 the day after (the toll
// "rose to" it), the injured are their own figure, an earlier quake's toll
// is background, and each short page keeps its headline as its title.
func TestReportDatedToll(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	out, _ := runMain(t, "report", "--db", db, "--format", "json", "testdata/toll")
	var r report.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Stories) != 1 {
		t.Fatalf("%d stories, want 1", len(r.Stories))
	}
	s := r.Stories[0]
	titles := map[string]bool{}
	for _, a := range s.Articles {
		titles[a.Title] = true
	}
	for _, want := range []string{"Earthquake in southern Iran kills 10", "Quake on Iran's Qeshm island leaves 7 dead", "Iran quake toll rises to 13"} {
		if !titles[want] {
			t.Errorf("no article titled %q (titles %v)", want, titles)
		}
	}
	found := false
	for _, f := range s.Figures {
		for _, v := range f.Values {
			if f.Role == "killed" && v.Value != nil && *v.Value == 10 {
				found = true
				if v.Relation != "evolves" || !strings.HasPrefix(v.Related, "13") {
					t.Errorf("10 killed: %s %q, want evolves → 13", v.Relation, v.Related)
				}
			}
			if f.Role == "killed" && v.Value != nil && (*v.Value == 40 || *v.Value == 70) {
				t.Errorf("the injured %v are in the killed figure", *v.Value)
			}
			if v.Value != nil && *v.Value == 26000 && !f.Earlier {
				t.Errorf("the 2003 toll of 26,000 is not in an earlier figure")
			}
			if v.Value != nil && *v.Value == 10 && f.Earlier {
				t.Errorf("the toll of 10 is in an earlier figure")
			}
		}
	}
	if !found {
		t.Errorf("no figure of 10 people killed: %+v", s.Figures)
	}
}
