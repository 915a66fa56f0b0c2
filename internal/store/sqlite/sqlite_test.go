package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"newsdesk/internal/model"
	"newsdesk/internal/store"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func doc(raw string) *model.Document {
	sum := sha256.Sum256([]byte(raw))
	return &model.Document{
		Hash: hex.EncodeToString(sum[:]), Path: "p/" + raw[:min(len(raw), 8)] + ".txt",
		Raw: []byte(raw), MediaType: "text/plain", Received: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

func TestDocumentRoundTripAndStates(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	d := doc(strings.Repeat("Some page text.\n", 100))
	st, err := s.PutDocument(ctx, d, nil)
	if err != nil || st != store.DocNew {
		t.Fatalf("first put: %v %v", st, err)
	}
	st, err = s.PutDocument(ctx, d, nil)
	if err != nil || st != store.DocPending {
		t.Fatalf("second put: %v %v, want pending", st, err)
	}
	got, err := s.Document(ctx, d.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("document round trip:\n got %+v\nwant %+v", got, d)
	}
	pending, err := s.PendingDocuments(ctx)
	if err != nil || len(pending) != 1 || pending[0] != d.Hash {
		t.Fatalf("pending = %v, %v", pending, err)
	}
	if err := s.SetExtractError(ctx, d.Hash, "binary file"); err != nil {
		t.Fatal(err)
	}
	if failed, err := s.FailedDocuments(ctx); err != nil || len(failed) != 1 || failed[0].ExtractError != "binary file" || failed[0].Path != d.Path {
		t.Errorf("FailedDocuments = %+v, %v", failed, err)
	}
	info, err := s.DocumentInfo(ctx, d.Hash)
	if err != nil || info.State != store.DocFailed || info.ExtractError != "binary file" || info.Size != int64(len(d.Raw)) {
		t.Fatalf("info = %+v, %v", info, err)
	}
	if st, _ := s.PutDocument(ctx, d, nil); st != store.DocFailed {
		t.Errorf("put after failure: %v, want failed", st)
	}
	a := &model.Article{DocHash: d.Hash, Path: d.Path, Title: "T", Text: "a\nb"}
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.PutDocument(ctx, d, nil); st != store.DocExtracted {
		t.Errorf("put after article: %v, want extracted", st)
	}
	if pending, _ := s.PendingDocuments(ctx); len(pending) != 0 {
		t.Errorf("pending after article = %v", pending)
	}
	if all, err := s.DocumentHashes(ctx); err != nil || len(all) != 1 || all[0] != d.Hash {
		t.Errorf("DocumentHashes = %v, %v", all, err)
	}
	total, extracted, failed, err := s.CountDocuments(ctx)
	if err != nil || total != 1 || extracted != 1 || failed != 0 {
		t.Errorf("counts = %d %d %d %v", total, extracted, failed, err)
	}
	if _, err := s.Document(ctx, strings.Repeat("0", 64)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing document err = %v", err)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	tz := time.FixedZone("", 3*3600)
	cases := []model.Article{
		{Title: "Minute", Text: "p1\np2", Published: time.Date(2024, 11, 1, 7, 50, 0, 0, tz),
			PublishedPrecision: model.PrecisionMinute, PublishedSource: "01.11.2024 07:50", Author: "A. Writer",
			Outlet: "Example News", Language: "en", URL: "https://example.com/a",
			Flags:   []model.Flag{{Name: model.FlagTranslated, Evidence: "Translated from Turkish"}, {Name: model.FlagUpdated, Evidence: "Updated: 2 Nov"}},
			Removed: []string{"Home", "Subscribe now", ""}},
		{Title: "Day", Text: "x", Published: time.Date(2024, 10, 30, 0, 0, 0, 0, time.UTC), PublishedPrecision: model.PrecisionDay},
		{Title: "Undated", Text: "y"},
	}
	var ids []int64
	for i := range cases {
		d := doc("article " + cases[i].Title)
		if _, err := s.PutDocument(ctx, d, nil); err != nil {
			t.Fatal(err)
		}
		cases[i].DocHash, cases[i].Path = d.Hash, d.Path
		id, err := s.PutArticle(ctx, &cases[i])
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	for i, id := range ids {
		got, err := s.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := cases[i]
		if !got.Published.Equal(want.Published) || got.PublishedString() != want.PublishedString() {
			t.Errorf("article %d published %v, want %v", id, got.Published, want.Published)
		}
		got.Published, want.Published = time.Time{}, time.Time{}
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("article %d round trip:\n got %+v\nwant %+v", id, *got, want)
		}
	}
	list, err := s.ListArticles(ctx, store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range list {
		titles = append(titles, a.Title)
	}
	if want := []string{"Minute", "Day", "Undated"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("list order %v, want %v", titles, want)
	}
	if !reflect.DeepEqual(list[0].Flags, []string{"translated", "updated"}) || list[0].PublishedString() != "2024-11-01T07:50:00+03:00" {
		t.Errorf("list[0] = %+v", list[0])
	}
	if l, _ := s.ListArticles(ctx, store.ListOptions{Limit: 1, Offset: 1}); len(l) != 1 || l[0].Title != "Day" {
		t.Errorf("limit/offset = %+v", l)
	}

	// Re-extraction replaces the article in place and keeps its ID.
	re := cases[0]
	re.Title, re.Flags = "Minute v2", nil
	id, err := s.PutArticle(ctx, &re)
	if err != nil || id != ids[0] {
		t.Fatalf("replace: id %d err %v, want id %d", id, err, ids[0])
	}
	got, _ := s.Article(ctx, id)
	if got.Title != "Minute v2" || len(got.Flags) != 0 {
		t.Errorf("after replace: %+v", got)
	}
}

func TestArticleNeedsDocument(t *testing.T) {
	s, _ := openTemp(t)
	_, err := s.PutArticle(context.Background(), &model.Article{DocHash: strings.Repeat("a", 64), Path: "x"})
	if err == nil {
		t.Fatal("article without document was stored")
	}
}

func TestUpdateIsAtomic(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	boom := errors.New("boom")
	err := s.Update(ctx, func(w store.Writer) error {
		if _, err := w.PutDocument(ctx, doc("first document"), nil); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if n, _, _, _ := s.CountDocuments(ctx); n != 0 {
		t.Errorf("rolled back transaction left %d documents", n)
	}
}

func TestReopenAndSchemaVersion(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if _, err := s.PutDocument(ctx, doc("kept across reopen"), nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if v, err := s2.SchemaVersion(ctx); err != nil || v != LatestSchemaVersion() {
		t.Errorf("schema version %d %v", v, err)
	}
	if n, _, _, _ := s2.CountDocuments(ctx); n != 1 {
		t.Errorf("documents after reopen = %d", n)
	}
	var ok string
	if err := s2.DB().QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q %v", ok, err)
	}
	// A store from a newer newsdesk is refused with a clear error.
	if _, err := s2.DB().ExecContext(ctx, `UPDATE schema_version SET version = 999`); err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer newsdesk") {
		t.Errorf("newer schema: err = %v", err)
	}
}

func TestOpenRefusesNonDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat("this is not sqlite\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("opened a text file as a store")
	}
	if !strings.Contains(err.Error(), "not a newsdesk store") {
		t.Errorf("err = %v", err)
	}
}

func TestPutDocumentKeepsGivenGzip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	d := doc(strings.Repeat("<p>compressed by the caller</p>\n", 50))
	gz, err := store.Gzip(d.Raw)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := s.PutDocument(ctx, d, gz); err != nil || st != store.DocNew {
		t.Fatalf("put: %v %v", st, err)
	}
	var stored []byte
	if err := s.DB().QueryRowContext(ctx, `SELECT raw FROM documents WHERE hash = ?`, d.Hash).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stored, gz) {
		t.Error("the given gzip stream was not kept as is")
	}
	got, err := s.Document(ctx, d.Hash)
	if err != nil || !bytes.Equal(got.Raw, d.Raw) {
		t.Errorf("round trip: %v", err)
	}
}

func TestOpenExplainsBadPaths(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ path, want string }{
		{dir, "is a directory"},
		{filepath.Join(dir, "missing", "nd.db"), "does not exist"},
	}
	for _, c := range cases {
		s, err := Open(context.Background(), c.path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s) succeeded", c.path)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("Open(%s) = %v, want it to say %q", c.path, err, c.want)
		}
	}
}
