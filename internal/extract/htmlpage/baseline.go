package htmlpage

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// TrafilaturaOnly returns go-trafilatura's own main text for a UTF-8 page,
// with its default options (comments excluded). It is the reference
// the benchmark compares Extract against; newsdesk itself uses Extract.
func TrafilaturaOnly(page []byte, pageURL string) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("html extractor crashed: %v", r)
		}
	}()
	opts := trafilatura.Options{ExcludeComments: true}
	if u, perr := nurl.ParseRequestURI(pageURL); perr == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// VisibleText returns a UTF-8 page's title and visible text blocks, one
// per line, comment threads and menus included: the page as a browser
// copy or a text scraper gives it. The benchmarks flatten pages with it
// to test the plain-text pipeline.
func VisibleText(page []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("the HTML cannot be parsed: %w", err)
	}
	meta := readMeta(doc)
	dropRubyText(doc)
	var b strings.Builder
	if meta.title != "" {
		b.WriteString(meta.title) // as the browser shows it, site name and all
	} else {
		b.WriteString(meta.bestTitle())
	}
	for _, l := range nodeLines(findBody(doc)) {
		if !l.Hidden && !l.Caption {
			b.WriteString("\n\n")
			b.WriteString(l.Text)
		}
	}
	return b.String(), nil
}
