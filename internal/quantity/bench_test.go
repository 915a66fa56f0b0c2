package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/internal/evaldata"
)

// joinFiles reads the files into one text, a newline after each.
func joinFiles(b *testing.B, paths []string) string {
	b.Helper()
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkFind measures Find on the bundled sample news pages (menus,
// footers and article text), reporting MB/s.
func BenchmarkFind(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "samples", "*", "*.txt"))
	if len(paths) == 0 {
		b.Skip("no sample pages under samples/")
	}
	text := joinFiles(b, paths)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(Find(text))
	}
	if n == 0 {
		b.Fatal("no quantities found in the samples")
	}
}

// BenchmarkFindDense measures Find on text that is mostly figures.
func BenchmarkFindDense(b *testing.B) {
	text := strings.Repeat("Around 10,000 North Korean soldiers, up to 8,000 of them in Kursk, $35m and 5-7% and between 5 and 7 million people in 2024; ", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}

// BenchmarkFindPages measures Find on the 181 real pages of
// ../shared/eval/aeb-text (full-page plain text, menus included).
func BenchmarkFindPages(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(evaldata.Require(b, "aeb-text/pages"), "*.txt"))
	if len(paths) == 0 {
		b.Skip("no pages in ../shared/eval/aeb-text/pages")
	}
	text := joinFiles(b, paths)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}
