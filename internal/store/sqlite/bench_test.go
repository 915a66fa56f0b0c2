package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"newsdesk/internal/model"
	"newsdesk/internal/store"
)

// BenchmarkIngestWrites measures the store side of ingesting one page of
// about 60 KB: raw bytes (compressed by the caller, as the pipeline does)
// and the article, in batches of 16 per transaction.
func BenchmarkIngestWrites(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	body := strings.Repeat("<p>A paragraph of an article about something that happened.</p>\n", 1000)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i += 16 {
		err := s.Update(ctx, func(w store.Writer) error {
			for j := i; j < min(i+16, b.N); j++ {
				d := doc(fmt.Sprintf("%d %s", j, body))
				gz, err := store.Gzip(d.Raw)
				if err != nil {
					return err
				}
				if _, err := w.PutDocument(ctx, d, gz); err != nil {
					return err
				}
				a := &model.Article{DocHash: d.Hash, Path: d.Path, Title: "T", Text: body[:20000],
					Flags: []model.Flag{{Name: "updated", Evidence: "Updated today"}}, Removed: []string{"Home", "Menu"}}
				if _, err := w.PutArticle(ctx, a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
