package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsdesk/internal/extract"
	"newsdesk/internal/model"
	"newsdesk/internal/source"
	"newsdesk/internal/store"
	"newsdesk/internal/store/sqlite"
)

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "nd.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fakeExtract is a deterministic stand-in for the extractor: the first line
// is the title; "FAIL" fails, "PANIC" panics.
func fakeExtract(_ context.Context, in extract.Input) (*model.Article, error) {
	s := string(in.Data)
	switch {
	case strings.HasPrefix(s, "FAIL"):
		return nil, errors.New("no article text found")
	case strings.HasPrefix(s, "PANIC"):
		panic("boom")
	}
	title, body, _ := strings.Cut(s, "\n")
	return &model.Article{Title: title, Text: body, Flags: []model.Flag{{Name: "opinion", Evidence: in.Kind}}}, nil
}

func seq(items ...source.Item) iter.Seq[source.Item] { return slices.Values(items) }

func page(path, text string) source.Item {
	return source.Item{Path: path, Data: []byte(text), Kind: source.KindText}
}

func TestIngestOutcomes(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	items := []source.Item{
		page("a.txt", "Title A\nbody a"),
		page("b.txt", "FAIL here"),
		{Path: "c.html.gz", Err: errors.New("c.html.gz is a truncated gzip file")},
		page("d.txt", "PANIC now"),
		page("e.txt", "Title A\nbody a"), // same bytes as a.txt
		page("f.txt", "Title F\nbody f"),
	}
	var results []Result
	ing := &Ingest{Store: s, Extract: fakeExtract, Workers: 2, OnResult: func(r Result) { results = append(results, r) }}
	sum, err := ing.Run(ctx, seq(items...))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Ingested != 2 || sum.Known != 1 || sum.Failed != 3 || len(results) != 6 {
		t.Fatalf("summary %+v, %d results", sum, len(results))
	}
	reasons := map[string]string{}
	for _, f := range sum.Failures {
		reasons[f.Path] = f.Err.Error()
	}
	if !strings.Contains(reasons["b.txt"], "no article text") || !strings.Contains(reasons["c.html.gz"], "truncated") ||
		!strings.Contains(reasons["d.txt"], "extractor crashed") {
		t.Errorf("failure reasons: %q", reasons)
	}
	total, extracted, failed, _ := s.CountDocuments(ctx)
	if total != 4 || extracted != 2 || failed != 2 {
		t.Errorf("store counts %d/%d/%d, want 4 documents, 2 articles, 2 failed", total, extracted, failed)
	}
	// A failed extraction keeps the raw bytes and the reason.
	for _, r := range results {
		if r.Path == "b.txt" {
			info, err := s.DocumentInfo(ctx, r.Hash)
			if err != nil || info.State != store.DocFailed || info.ExtractError != "no article text found" {
				t.Errorf("failed doc info %+v %v", info, err)
			}
			d, _ := s.Document(ctx, r.Hash)
			if string(d.Raw) != "FAIL here" || d.MediaType != "text/plain" {
				t.Errorf("failed doc raw %q %q", d.Raw, d.MediaType)
			}
		}
		if r.Path == "f.txt" {
			a, err := s.Article(ctx, r.ArticleID)
			if err != nil || a.Title != "Title F" || a.Path != "f.txt" || a.DocHash != r.Hash || len(a.Flags) != 1 || a.Flags[0].Evidence != "text" {
				t.Errorf("article %+v %v", a, err)
			}
		}
	}

	// Re-ingesting the same bytes is a no-op.
	sum2, err := ing.Run(ctx, seq(items...))
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Ingested != 0 || sum2.Known != 5 || sum2.Failed != 1 {
		t.Errorf("re-run summary %+v", sum2)
	}
	if total2, _, _, _ := s.CountDocuments(ctx); total2 != total {
		t.Errorf("re-run changed document count %d -> %d", total, total2)
	}
}

func TestIngestResumesPendingDocuments(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	// Simulate a run killed after storing raw bytes only.
	var stored []source.Item
	for i := range 5 {
		it := page(fmt.Sprintf("p%d.txt", i), fmt.Sprintf("Title %d\nbody", i))
		stored = append(stored, it)
		if _, err := s.PutDocument(ctx, newDocument(it), nil); err != nil {
			t.Fatal(err)
		}
	}
	// The re-run names two of them again plus one new file; the other
	// three are resumed from the store.
	ing := &Ingest{Store: s, Extract: fakeExtract, Resume: true}
	sum, err := ing.Run(ctx, seq(stored[0], stored[1], page("new.txt", "New\nx")))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Ingested != 6 || sum.Resumed != 5 || sum.Known != 2 || sum.Failed != 0 {
		t.Errorf("summary %+v", sum)
	}
	if sum.Ingested+sum.Known != 8 {
		t.Errorf("every input reported once: %+v", sum)
	}
	total, extracted, _, _ := s.CountDocuments(ctx)
	if total != 6 || extracted != 6 {
		t.Errorf("store %d documents, %d articles; want 6, 6", total, extracted)
	}
	if p, _ := s.PendingDocuments(ctx); len(p) != 0 {
		t.Errorf("still pending: %v", p)
	}
}

func TestIngestCancelLeavesPending(t *testing.T) {
	s := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	slow := func(ctx context.Context, in extract.Input) (*model.Article, error) {
		if calls.Add(1) == 3 {
			cancel()
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("extract %s: %w", in.Path, ctx.Err())
		case <-time.After(time.Millisecond):
		}
		return fakeExtract(ctx, in)
	}
	var items []source.Item
	for i := range 200 {
		items = append(items, page(fmt.Sprintf("p%d.txt", i), fmt.Sprintf("T%d\nb", i)))
	}
	sum, err := (&Ingest{Store: s, Extract: slow, Workers: 2}).Run(ctx, seq(items...))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	total, extracted, failed, _ := s.CountDocuments(context.Background())
	if failed != 0 {
		t.Errorf("cancellation recorded %d extraction errors", failed)
	}
	if total == len(items) || extracted > total {
		t.Errorf("counts after cancel: %d documents, %d articles", total, extracted)
	}
	// The next run finishes the job.
	sum2, err := (&Ingest{Store: s, Extract: fakeExtract, Resume: true}).Run(context.Background(), seq(items...))
	if err != nil {
		t.Fatal(err)
	}
	total, extracted, _, _ = s.CountDocuments(context.Background())
	if total != 200 || extracted != 200 || sum.Ingested+sum2.Ingested != 200 {
		t.Errorf("after re-run: %d documents, %d articles, ingested %d+%d", total, extracted, sum.Ingested, sum2.Ingested)
	}
}

func TestExtractAllKeepsInputOrder(t *testing.T) {
	var items []source.Item
	for i := range 50 {
		txt := fmt.Sprintf("Title %d\nbody", i)
		if i%7 == 3 {
			txt = "FAIL"
		}
		items = append(items, page(fmt.Sprintf("p%02d.txt", i), txt))
	}
	items = append(items, source.Item{Path: "bad", Err: errors.New("unreadable")})
	jitter := func(ctx context.Context, in extract.Input) (*model.Article, error) {
		time.Sleep(time.Duration(len(in.Path)*int(in.Path[len(in.Path)-5])%3) * time.Millisecond)
		return fakeExtract(ctx, in)
	}
	var got []string
	err := ExtractAll(context.Background(), seq(items...), jitter, 4, func(x Extracted) {
		if x.Err != nil {
			got = append(got, x.Path+" ERR")
			return
		}
		got = append(got, x.Path+" "+x.Article.Title)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(items) {
		t.Fatalf("%d results for %d items", len(got), len(items))
	}
	for i, it := range items {
		if !strings.HasPrefix(got[i], it.Path+" ") {
			t.Fatalf("result %d is %q, want %s first", i, got[i], it.Path)
		}
	}
	if got[3] != "p03.txt ERR" || got[4] != "p04.txt Title 4" || got[50] != "bad ERR" {
		t.Errorf("got %q", got[:6])
	}
}

func TestIngestKeepsURLAndKind(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	var results []Result
	ing := &Ingest{Store: s, Extract: fakeExtract, OnResult: func(r Result) { results = append(results, r) }}
	items := []source.Item{
		{Path: "feed.jsonl:1", URL: "https://a.example/story", Data: []byte("A\nbody"), Kind: source.KindHTML},
		{Path: "page", Data: []byte("<!DOCTYPE html><html><body>B</body></html>")},
	}
	if _, err := ing.Run(ctx, seq(items...)); err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		a, err := s.Article(ctx, r.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := s.Document(ctx, r.Hash)
		switch r.Path {
		case "feed.jsonl:1":
			if a.URL != "https://a.example/story" || d.URL != a.URL || a.Flags[0].Evidence != "html" || d.MediaType != "text/html" {
				t.Errorf("jsonl item: article %+v, document url %q type %q", a, d.URL, d.MediaType)
			}
		case "page":
			// Kind unknown: the media type is sniffed for the record, and
			// the extractor decides, as `newsdesk extract` would let it.
			if d.MediaType != "text/html" || a.Flags[0].Evidence != "" {
				t.Errorf("sniffed item: type %q, kind passed %q", d.MediaType, a.Flags[0].Evidence)
			}
		}
	}
}

// TestTwoIngestsShareAStore runs two ingests at once on one SQLite file
// (two processes' worth of handles) over overlapping inputs: both must
// finish without lock errors, and every document is stored once.
func TestTwoIngestsShareAStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	var items []source.Item
	for i := range 120 {
		items = append(items, page(fmt.Sprintf("p%d.txt", i), fmt.Sprintf("Title %d\n%s", i, strings.Repeat("body ", i))))
	}
	errs := make(chan error, 2)
	sums := make(chan Summary, 2)
	for k := range 2 {
		go func() {
			s, err := sqlite.Open(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			// The second ingest walks the inputs backwards.
			in := slices.Clone(items)
			if k == 1 {
				slices.Reverse(in)
			}
			sum, err := (&Ingest{Store: s, Extract: fakeExtract, Resume: true}).Run(ctx, seq(in...))
			sums <- sum
			errs <- err
		}()
	}
	total := 0
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		sum := <-sums
		if sum.Failed != 0 {
			t.Errorf("failures: %+v", sum.Failures)
		}
		total += sum.Ingested + sum.Known
	}
	if total < 240 {
		t.Errorf("documents reported %d times, want at least 240", total)
	}
	s := openStoreAt(t, path)
	docs, arts, failed, _ := s.CountDocuments(ctx)
	if docs != 120 || arts != 120 || failed != 0 {
		t.Errorf("store: %d documents, %d articles, %d failed; want 120, 120, 0", docs, arts, failed)
	}
}

func openStoreAt(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestBudget(t *testing.T) {
	b := newBudget(100)
	b.acquire(500) // bigger than the budget, but alone: let through
	acquired := make(chan struct{})
	go func() {
		b.acquire(10)
		close(acquired)
	}()
	select {
	case <-acquired:
		t.Fatal("acquired past a full budget")
	case <-time.After(20 * time.Millisecond):
	}
	b.release(500)
	select {
	case <-acquired:
	case <-time.After(5 * time.Second):
		t.Fatal("release did not wake the waiter")
	}
	b.acquire(90) // 10 + 90 fits exactly
	b.release(10)
	b.release(90)
	if b.used != 0 || b.n != 0 {
		t.Errorf("budget not back to zero: %d bytes, %d holders", b.used, b.n)
	}
}
