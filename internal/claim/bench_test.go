package claim

import (
	"testing"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/model"
)

// BenchmarkFromArticle measures the whole claim stage (sentences,
// quantities, dates, entities, speakers) over the extracted sample pages.
// Target: >= 5 MB of article text per second per core. Besides the usual
// wall-clock MB/s it reports cpu-MB/s, the bytes per second of process CPU
// time, which stays meaningful on a shared, loaded machine (run with -cpu 1).
func BenchmarkFromArticle(b *testing.B) {
	pages := samplePages(b)
	var arts []*model.Article
	n := 0
	for _, a := range pages {
		arts = append(arts, a)
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := evaldata.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			FromArticle(a)
		}
	}
	if cpu := evaldata.CPUTime() - c0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}
