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

// BenchmarkFromArticleHostile runs the claim stage over hostile pages: one
// unpunctuated line of figures, dates and names (the as-of and baseline
// steps), and one long line of quoted names (speaker recency). Its MB/s
// should stay near the same at 64 KB and 256 KB; a drop with size means a
// step went quadratic.
func BenchmarkFromArticleHostile(b *testing.B) {
	for _, size := range []int{64 << 10, 256 << 10} {
		for name, unit := range map[string]string{
			"figures-dates": "123 troops on Oct. 5 up from 45 people a year ago ",
			"quoted-names":  "\"Jan Novak met Eva Kral and 5 aides\" ",
		} {
			text := ""
			for len(text) < size {
				text += unit
			}
			a := &model.Article{Text: text, Published: day("2024-11-01")}
			b.Run(name+"-"+map[int]string{64 << 10: "64K", 256 << 10: "256K"}[size], func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					FromArticle(a)
				}
			})
		}
	}
}
