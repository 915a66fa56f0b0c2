package extract

import (
	"os"
	"path/filepath"
	"testing"

	"newsdesk/internal/extract/textenc"
)

// TestDetectKindOnEvalPages checks content detection on real pages: every
// AEB page is HTML, every flattened aeb-text page is plain text.
func TestDetectKindOnEvalPages(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 362 pages")
	}
	text := filepath.Join(sharedEval(t, "aeb-text"), "pages")
	files, _ := filepath.Glob(filepath.Join(text, "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := textenc.Decode(b, true)
		if looksHTML(s) {
			t.Errorf("%s: plain text taken for HTML", filepath.Base(f))
		}
	}
	pages := aebPages(t, 0)
	for i, p := range pages {
		s, _ := textenc.Decode(p, true)
		if !looksHTML(s) {
			t.Errorf("aeb page %d: HTML taken for plain text", i)
		}
	}
	if len(files) == 0 || len(pages) == 0 {
		t.Skip("no pages found")
	}
}
