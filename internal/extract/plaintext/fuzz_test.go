package plaintext

import (
	"strings"
	"testing"
	"time"
)

// FuzzExtract checks that Extract never panics and only returns lines of
// its input: every kept and every removed line is a trimmed input line.
func FuzzExtract(f *testing.F) {
	f.Add("", "")
	f.Add("Title\n\nBody line one. It has words.\nMenu\nHome", "https://example.com/2024/01/02/x")
	f.Add("\x00\xff\xfe binary \x01\x02\n\n\r\n", "")
	f.Add(strings.Repeat("word ", 5000), "")
	f.Add(strings.Repeat("a\n", 3000), "::")
	f.Add("HOME PAGE 01/11/2024 13:39\nNews >\n\"Headline here.\"\n01.11.2024 07:50\nThe body starts here, and it goes on.", "")
	f.Add("» Published: 28 October 2024\n» Updated: 28 October 2024, 16:40\n2024-13-45T99:99", "http://x/2024/99/99/")
	f.Add("© 2024 Example News. All rights reserved.\ntranslated by Some Outlet", "")
	f.Fuzz(func(t *testing.T, page, pageURL string) {
		r := Extract(page, pageURL)
		lines := map[string]bool{}
		for _, l := range strings.Split(page, "\n") {
			lines[strings.TrimSpace(l)] = true
		}
		if r.Text != "" {
			for _, l := range strings.Split(r.Text, "\n") {
				if !lines[l] {
					t.Fatalf("Text line %q is not a line of the input", l)
				}
			}
		}
		for _, l := range r.Removed {
			if !lines[l] {
				t.Fatalf("removed line %q is not a line of the input", l)
			}
		}
		switch r.PublishedPrecision {
		case "":
			if !r.Published.IsZero() {
				t.Fatalf("date %v without precision", r.Published)
			}
		case "day", "minute":
			if r.Published.Location() != time.UTC {
				t.Fatalf("date %v not in UTC", r.Published)
			}
		default:
			t.Fatalf("bad precision %q", r.PublishedPrecision)
		}
	})
}

// TestLongAndJunkInput keeps hostile input cheap and safe.
func TestLongAndJunkInput(t *testing.T) {
	long := strings.Repeat("x", 2<<20)
	for _, page := range []string{"", "\n\n\n", long, "\x00\x01\x02", strings.Repeat("Menu\n", 20000)} {
		r := Extract(page, "")
		if len(r.Text) > len(page) {
			t.Fatalf("output longer than input")
		}
	}
}
