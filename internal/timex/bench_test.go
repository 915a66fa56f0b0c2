package timex

import (
	"os"
	"path/filepath"
	"testing"

	"newsdesk/internal/textproc"
)

// BenchmarkFind runs Find sentence by sentence over the bundled sample pages
// (real news text with menus and bylines), as the claim stage does.
func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "samples", "kursk", "*.txt"))
	if len(files) == 0 {
		b.Skip("samples/kursk missing")
	}
	var sentences []string
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range textproc.Sentences(string(data)) {
			sentences = append(sentences, s.Text)
			total += len(s.Text)
		}
	}
	ctx := Context{Ref: day("2024-11-01")}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range sentences {
			n += len(Find(s, ctx))
		}
	}
	_ = n
}
