package pipeline

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
	"newsdesk/internal/model"
	"newsdesk/internal/source"
	"newsdesk/internal/store/sqlite"
)

// sharedEval finds ../shared/eval beside the repository, walking up from
// the package directory.
func sharedEval(tb testing.TB) string {
	return evaldata.Require(tb, "")
}

// BenchmarkIngestOverhead measures what ingest adds to extraction per page:
// hashing, compressing, and committing raw bytes and article. The extractor
// is a stand-in that costs nothing, so the figure is pure overhead.
func BenchmarkIngestOverhead(b *testing.B) {
	for _, set := range []string{"aeb/html", "aeb-text/pages"} {
		b.Run(filepath.Base(filepath.Dir(set)), func(b *testing.B) {
			dir := filepath.Join(sharedEval(b), set)
			var items []source.Item
			for it := range (&source.Reader{}).Items(context.Background(), []string{dir}) {
				items = append(items, it)
			}
			if len(items) == 0 {
				b.Skip("no pages in " + dir)
			}
			free := func(_ context.Context, in extract.Input) (*model.Article, error) {
				n := min(len(in.Data), 8000)
				return &model.Article{Title: in.Path, Text: string(in.Data[:n]), Removed: []string{"Home", "Menu"}}, nil
			}
			b.ResetTimer()
			cpu0 := evaldata.CPUTime()
			pages := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				sum, err := (&Ingest{Store: st, Extract: free}).Run(context.Background(), slices.Values(items))
				if err != nil || sum.Ingested != len(items) {
					b.Fatalf("%+v %v", sum, err)
				}
				pages += sum.Ingested
				b.StopTimer()
				st.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(pages), "ms/page")
			b.ReportMetric(float64((evaldata.CPUTime()-cpu0).Microseconds())/1000/float64(pages), "cpu-ms/page")
		})
	}
}
