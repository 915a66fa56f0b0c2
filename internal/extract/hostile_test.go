package extract

import (
	"context"
	"strings"
	"testing"
)

// TestHostileHTML feeds pathological pages; each must come back (article
// or error) without a panic.
func TestHostileHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("builds large pages")
	}
	para := "<p>" + strings.Repeat("A sentence of ordinary article text that goes on. ", 6) + "</p>"
	pages := map[string]string{
		"deep nesting":     "<html><body>" + strings.Repeat("<div>", 20000) + para + strings.Repeat("</div>", 20000) + "</body></html>",
		"unclosed tags":    "<html><body>" + strings.Repeat("<p><b><i><a href=x>", 5000) + para,
		"huge attribute":   `<html><body><div class="` + strings.Repeat("x", 1<<20) + `">` + para + "</div></body></html>",
		"many paragraphs":  "<html><body><article>" + strings.Repeat(para, 5000) + "</article></body></html>",
		"giant line":       strings.Repeat("word ", 400000),
		"bad json-ld":      `<html><head><script type="application/ld+json">` + strings.Repeat("[", 100000) + `</script></head><body>` + para + `</body></html>`,
		"table soup":       "<html><body><table>" + strings.Repeat("<tr><td>cell</td><td><table><tr><td>x", 3000) + "</table></body></html>",
		"many divs":        "<html><body><article>" + strings.Repeat("<div>"+strings.Repeat("Ordinary text in a div, no paragraph tags at all. ", 6)+"</div>", 5000) + "</article></body></html>",
		"many list items":  "<html><body><ul>" + strings.Repeat("<li>"+strings.Repeat("An item of a very long list. ", 4)+"</li>", 10000) + "</ul></body></html>",
		"10 MB paragraphs": "<html><body><article>" + strings.Repeat(para, 30000) + "</article></body></html>",
		"comment flood":    "<html><body>" + strings.Repeat("<!-- x -->", 100000) + para + "</body></html>",
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			_, _ = Extract(context.Background(), Input{Data: []byte(page)})
		})
	}
}
