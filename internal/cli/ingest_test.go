package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsdesk/internal/extract"
	"newsdesk/internal/model"
	"newsdesk/internal/store/sqlite"
)

// testExtract is a deterministic extractor for command tests: the first
// line is the title, lines starting with "menu" are removed, "Opinion"
// anywhere gives a flag, and NUL bytes (binary input) fail.
func testExtract(ctx context.Context, in extract.Input) (*model.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := string(in.Data)
	if strings.ContainsRune(s, 0) {
		return nil, errors.New("this looks like a binary file, not a web page or text")
	}
	a := &model.Article{Path: in.Path, URL: in.URL, Language: "en"}
	var kept []string
	for _, l := range strings.Split(s, "\n") {
		switch {
		case strings.HasPrefix(l, "menu"):
			a.Removed = append(a.Removed, l)
		case a.Title == "":
			a.Title = l
		default:
			kept = append(kept, l)
		}
		if strings.Contains(l, "Opinion") {
			a.Flags = append(a.Flags, model.Flag{Name: model.FlagOpinion, Evidence: l})
		}
	}
	a.Text = strings.Join(kept, "\n")
	return a, nil
}

func useTestExtract(t *testing.T) {
	old := extractFunc
	extractFunc = testExtract
	t.Cleanup(func() { extractFunc = old })
}

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, Stdio{In: strings.NewReader(stdin), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipped(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

var summaryRE = regexp.MustCompile(`ingested (\d+)(?: \((\d+) left pending by an earlier run\))?, already known (\d+), failed (\d+)`)

// counts parses the ingest summary line.
func counts(t *testing.T, out string) (ingested, resumed, known, failed int) {
	t.Helper()
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary in output:\n%s", out)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	return n(m[1]), n(m[2]), n(m[3]), n(m[4])
}

func TestIngestBatch(t *testing.T) {
	useTestExtract(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "a.txt"), []byte("Alpha\nmenu home\nbody of alpha"))
	writeFile(t, filepath.Join(in, "b.html"), []byte("Beta <b>page</b>\nOpinion: beta"))
	full := gzipped([]byte(strings.Repeat("Gamma line\n", 5000)))
	writeFile(t, filepath.Join(in, "c.html.gz"), full[:len(full)/2])
	writeFile(t, filepath.Join(in, "d.html.gz"), gzipped([]byte("Delta\nbody")))
	writeFile(t, filepath.Join(in, "feed.jsonl"), []byte(`{"url":"https://e.example/1","text":"Epsilon\nbody"}`+"\n"+`{broken`+"\n"+`{"url":"https://e.example/2","html":"<p>Zeta</p>"}`+"\n"))
	writeFile(t, filepath.Join(in, "skip.pdf"), []byte("%PDF ignored in directories"))
	bin := filepath.Join(dir, "photo.bin")
	writeFile(t, bin, []byte("\x89PNG\x00\x00binary"))
	db := filepath.Join(dir, "nd.db")

	code, out, errOut := run(t, "", "ingest", in, bin, filepath.Join(dir, "missing.txt"), "--db", db)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (some inputs failed); stderr %s", code, errOut)
	}
	ingested, _, known, failed := counts(t, out)
	if ingested != 5 || known != 0 || failed != 4 {
		t.Errorf("ingested %d known %d failed %d, want 5 0 4:\n%s", ingested, known, failed, out)
	}
	for _, want := range []string{"c.html.gz: ", "truncated gzip", "feed.jsonl:2: ", "photo.bin: this looks like a binary file", "[raw bytes kept]", "missing.txt: no such file"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "skip.pdf") {
		t.Errorf("unknown extension in a directory was read:\n%s", out)
	}

	// Same bytes again, from stdin too: nothing new.
	code, out, _ = run(t, "Alpha\nmenu home\nbody of alpha", "ingest", "--db", db, in, "-")
	ingested, _, known, failed = counts(t, out)
	if ingested != 0 || known != 6 || failed != 2 || code != 1 {
		t.Errorf("re-ingest: code %d, ingested %d known %d failed %d:\n%s", code, ingested, known, failed, out)
	}

	// articles lists them; show prints one with flags, evidence and removed lines.
	code, out, _ = run(t, "", "articles", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("articles: code %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("articles listed %d, want 5:\n%s", len(lines), out)
	}
	var ids = map[string]int64{}
	for _, l := range lines {
		var a articleListJSON
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		ids[a.Title] = a.ID
		if a.Flags == nil {
			t.Errorf("flags is null in %s", l)
		}
	}
	code, out, _ = run(t, "", "articles", "--db", db, "--failed")
	if code != 0 || !strings.Contains(out, "photo.bin") || !strings.Contains(out, "binary file") || strings.Contains(out, "c.html.gz") {
		t.Errorf("articles --failed (stored documents only):\n%s", out)
	}
	code, out, _ = run(t, "", "articles", "--db", db)
	if code != 0 || !strings.Contains(out, "ID  ") || !strings.Contains(out, "opinion") || !strings.Contains(out, "Alpha") {
		t.Errorf("articles text:\n%s", out)
	}
	code, out, _ = run(t, "", "show", strconv.FormatInt(ids["Alpha"], 10), "--db", db, "--removed")
	if code != 0 || !strings.Contains(out, "body of alpha") || !strings.Contains(out, "removed:   1 lines") || !strings.Contains(out, "-- removed lines --\nmenu home") {
		t.Errorf("show --removed:\n%s", out)
	}
	code, out, _ = run(t, "", "show", fmt.Sprint(ids["Beta <b>page</b>"]), "--db", db, "--format", "json")
	var sj map[string]any
	if err := json.Unmarshal([]byte(out), &sj); err != nil || code != 0 {
		t.Fatalf("show json: %v\n%s", err, out)
	}
	if fe, _ := json.Marshal(sj["flag_evidence"]); string(fe) != `[{"evidence":"Opinion: beta","name":"opinion"}]` || sj["title"] != "Beta <b>page</b>" {
		t.Errorf("show json: %s", out)
	}
	if code, _, errOut := run(t, "", "show", "999", "--db", db); code != 1 || !strings.Contains(errOut, "no article 999") {
		t.Errorf("show missing: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "", "articles", "--db", filepath.Join(dir, "none.db")); code != 1 || !strings.Contains(errOut, "no store at") {
		t.Errorf("articles without store: %d %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("a read command created a store")
	}
}

func TestIngestReextract(t *testing.T) {
	useTestExtract(t)
	dir := t.TempDir()
	for i := range 5 {
		writeFile(t, filepath.Join(dir, "in", fmt.Sprintf("p%d.txt", i)), []byte(fmt.Sprintf("Title %d\nmenu\nbody %d", i, i)))
	}
	db := filepath.Join(dir, "nd.db")
	if code, out, _ := run(t, "", "ingest", "--db", db, filepath.Join(dir, "in")); code != 0 {
		t.Fatalf("ingest: %s", out)
	}
	// A better extractor arrives: titles in upper case.
	extractFunc = func(ctx context.Context, in extract.Input) (*model.Article, error) {
		a, err := testExtract(ctx, in)
		if err == nil {
			a.Title = strings.ToUpper(a.Title)
		}
		return a, err
	}
	code, out, errOut := run(t, "", "ingest", "--db", db, "--reextract")
	if code != 0 || !strings.Contains(out, "re-extracted 5 stored documents") {
		t.Fatalf("reextract: code %d\n%s%s", code, out, errOut)
	}
	_, list, _ := run(t, "", "articles", "--db", db, "--format", "json")
	if strings.Count(list, "TITLE ") != 5 || strings.Count(list, `"id":`) != 5 {
		t.Errorf("after re-extraction:\n%s", list)
	}
	for i := 1; i <= 5; i++ {
		if !strings.Contains(list, fmt.Sprintf(`"id":%d,`, i)) {
			t.Errorf("article id %d lost by re-extraction:\n%s", i, list)
		}
	}
}

func TestIngestRefusesHugeFile(t *testing.T) {
	useTestExtract(t)
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.html")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Truncate(huge, 200<<20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	small := filepath.Join(dir, "small.txt")
	writeFile(t, small, []byte("Small\ntext"))
	code, out, _ := run(t, "", "ingest", "--db", filepath.Join(dir, "nd.db"), huge, small)
	ingested, _, _, failed := counts(t, out)
	if code != 1 || ingested != 1 || failed != 1 || !strings.Contains(out, "200.0 MB, over the 50.0 MB limit") {
		t.Errorf("code %d:\n%s", code, out)
	}
}

func TestIngestUsage(t *testing.T) {
	if code, _, _ := run(t, "", "ingest"); code != 2 {
		t.Errorf("ingest without paths: code %d, want 2", code)
	}
	if code, _, _ := run(t, "", "show", "abc", "--db", "x.db"); code != 2 {
		t.Errorf("show abc: code %d, want 2", code)
	}
}

func TestExtractJSONContract(t *testing.T) {
	useTestExtract(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	writeFile(t, a, []byte("Alpha\nmenu x\nmenu y\nbody"))
	bad := filepath.Join(dir, "bad.bin")
	writeFile(t, bad, []byte("\x00\x01"))
	c := filepath.Join(dir, "c.txt")
	writeFile(t, c, []byte("Gamma\nOpinion piece"))
	code, out, errOut := run(t, "", "extract", a, bad, c, "--format", "json")
	if code != 1 || !strings.Contains(errOut, "bad.bin: this looks like a binary file") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines:\n%s", out)
	}
	want := []string{"author", "flags", "language", "outlet", "path", "published", "published_source", "removed", "text", "title", "url"}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if !reflect.DeepEqual(keys, want) {
			t.Errorf("line %d keys %v, want %v", i, keys, want)
		}
		if m["flags"] == nil {
			t.Errorf("line %d: flags is null", i)
		}
	}
	if !strings.Contains(lines[0], `"path":"`+a+`"`) || !strings.Contains(lines[0], `"removed":2`) || !strings.Contains(lines[0], `"text":"body"`) || !strings.Contains(lines[0], `"flags":[]`) {
		t.Errorf("line 0: %s", lines[0])
	}
	if !strings.Contains(lines[1], `"flags":["opinion"]`) {
		t.Errorf("line 1: %s", lines[1])
	}
	// Stdin and text output.
	code, out, _ = run(t, "Stdin title\nstdin body", "extract", "-")
	if code != 0 || !strings.Contains(out, "== -\n") || !strings.Contains(out, "stdin body") {
		t.Errorf("extract - : %d\n%s", code, out)
	}
}

// TestIngestSamplesWithRealExtractor runs the real extractor over the bundled
// sample pages: every page must give an article with text.
func TestIngestSamplesWithRealExtractor(t *testing.T) {
	samples, _ := filepath.Abs(filepath.Join("..", "..", "samples", "kursk"))
	if _, err := os.Stat(samples); err != nil {
		t.Skip("samples/kursk missing")
	}
	db := filepath.Join(t.TempDir(), "nd.db")
	code, out, errOut := run(t, "", "ingest", "--db", db, samples)
	if ingested, _, _, failed := counts(t, out); code != 0 || ingested != 5 || failed != 0 {
		t.Fatalf("code %d:\n%s%s", code, out, errOut)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for id := int64(1); id <= 5; id++ {
		a, err := st.Article(context.Background(), id)
		if err != nil || len(a.Text) < 200 {
			t.Errorf("article %d: %v, %d bytes of text", id, err, len(a.Text))
		}
	}
}

// TestHelperCLI is not a test: TestIngestKill9 runs the test binary with
// NEWSDESK_HELPER_CLI=1 to use it as the newsdesk command.
func TestHelperCLI(t *testing.T) {
	if os.Getenv("NEWSDESK_HELPER_CLI") != "1" {
		t.Skip("helper process for TestIngestKill9")
	}
	extractFunc = func(ctx context.Context, in extract.Input) (*model.Article, error) {
		time.Sleep(15 * time.Millisecond)
		return testExtract(ctx, in)
	}
	args := strings.Split(os.Getenv("NEWSDESK_HELPER_ARGS"), "\x1f")
	os.Exit(Main(context.Background(), args, Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
}

// TestIngestKill9 kills an ingest mid-batch with SIGKILL and checks that the
// store opens intact and a re-run completes the batch with the right counts.
func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the kill -9 test")
	}
	useTestExtract(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const n = 300
	for i := range n {
		writeFile(t, filepath.Join(in, fmt.Sprintf("p%03d.txt", i)), []byte(fmt.Sprintf("Page %d\nmenu x\n%s", i, strings.Repeat("text ", 200+i))))
	}
	db := filepath.Join(dir, "nd.db")
	// Kill three times: very early (perhaps while the schema is created),
	// then once some articles are stored, then later; each run resumes
	// what the one before left.
	var docs, arts int
	for round, minArticles := range []int{0, 40, 150} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperCLI$")
		cmd.Env = append(os.Environ(), "NEWSDESK_HELPER_CLI=1", "NEWSDESK_HELPER_ARGS="+strings.Join([]string{"ingest", "--db", db, "--workers", "2", in}, "\x1f"))
		var childOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &childOut, &childOut
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(60 * time.Second)
		for minArticles > 0 {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("child made no progress:\n%s", childOut.String())
			}
			time.Sleep(20 * time.Millisecond)
			if articlesIn(db) >= minArticles {
				break
			}
		}
		for minArticles == 0 && time.Now().Before(deadline) {
			// Kill as soon as the store file appears.
			if _, err := os.Stat(db); err == nil {
				break
			}
			time.Sleep(time.Millisecond)
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		if _, err := os.Stat(db); err != nil {
			t.Logf("round %d: killed before the store file existed", round)
			continue
		}
		st, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatalf("round %d: store does not open after kill -9: %v", round, err)
		}
		var check string
		if err := st.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
			t.Fatalf("round %d: integrity_check = %q, %v", round, check, err)
		}
		docs, arts, _, err = st.CountDocuments(context.Background())
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("round %d: after kill -9: %d documents, %d articles", round, docs, arts)
	}
	if docs >= n {
		t.Fatalf("the child finished before the last kill (%d documents); the test proves nothing", docs)
	}

	code, out, errOut := run(t, "", "ingest", "--db", db, in)
	if code != 0 {
		t.Fatalf("re-run: code %d\n%s%s", code, out, errOut)
	}
	ingested, resumed, known, failed := counts(t, out)
	if ingested != n-arts || resumed != docs-arts || known != docs || failed != 0 {
		t.Errorf("re-run counts: ingested %d (resumed %d), known %d, failed %d; want %d (%d), %d, 0",
			ingested, resumed, known, failed, n-arts, docs-arts, docs)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, arts, bad, _ := st.CountDocuments(context.Background())
	if docs != n || arts != n || bad != 0 {
		t.Errorf("final store: %d documents, %d articles, %d failed; want %d, %d, 0", docs, arts, bad, n, n)
	}
}

// articlesIn counts articles in the store at path, 0 when unreadable.
func articlesIn(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return 0
	}
	defer st.Close()
	_, arts, _, _ := st.CountDocuments(context.Background())
	return arts
}
