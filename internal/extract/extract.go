// Package extract turns a raw document (HTML or plain text, any charset)
// into an Article: main text, title, date, author, outlet, language and
// provenance flags. It refuses binary files and oversized input with
// errors that say what the input looked like.
//
// Extract is safe for concurrent use.
package extract

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"newsdesk/internal/extract/htmlpage"
	"newsdesk/internal/extract/lang"
	"newsdesk/internal/extract/plaintext"
	"newsdesk/internal/extract/provenance"
	"newsdesk/internal/extract/textenc"
	"newsdesk/internal/model"
)

// Input is one raw document to extract.
type Input struct {
	Path string // as given by the user (or the URL when fetched)
	URL  string // page URL when known
	Data []byte // raw bytes, any charset; gzip already removed
	// Kind forces "html" or "text"; empty means detect from content.
	Kind string
}

// Kinds of input.
const (
	KindHTML = "html"
	KindText = "text"
)

// MaxInputSize is the largest document Extract accepts, in bytes. News
// pages are far smaller; bigger input is a mistake or an attack.
const MaxInputSize = 50 << 20

var (
	// ErrEmpty is returned for input with no text at all.
	ErrEmpty = errors.New("empty document")
	// ErrTooLarge is returned for input over MaxInputSize.
	ErrTooLarge = errors.New("document too large")
	// ErrBinary is returned for images, archives, PDFs and other files
	// that are not text.
	ErrBinary = errors.New("not a text or HTML document")
	// ErrNoArticle is returned for an HTML page in which no article text
	// was found.
	ErrNoArticle = htmlpage.ErrNoArticle
)

// Extract extracts the article from in. It never panics on hostile input;
// problems come back as errors phrased for the user.
func Extract(ctx context.Context, in Input) (*model.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(in.Data) > MaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d MB", ErrTooLarge, len(in.Data), MaxInputSize>>20)
	}
	if len(strings.TrimSpace(string(in.Data))) == 0 {
		return nil, ErrEmpty
	}
	_, utf16 := textenc.LooksUTF16(in.Data)
	if b := binaryKind(in.Data, utf16); b != "" {
		return nil, fmt.Errorf("%w: binary content (looks like %s), not a news page", ErrBinary, b)
	}
	kind := in.Kind
	switch kind {
	case KindHTML, KindText, "":
	default:
		return nil, fmt.Errorf("unknown input kind %q: use %q, %q or empty to detect", kind, KindHTML, KindText)
	}
	mayBeHTML := kind != KindText
	text, _ := textenc.Decode(in.Data, mayBeHTML)
	text = textenc.RepairLostSpaces(text)
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	if kind == "" {
		kind = KindText
		if looksHTML(text) {
			kind = KindHTML
		}
	}
	var a *model.Article
	var err error
	if kind == KindHTML {
		a, err = fromHTML(text, in)
	} else {
		a, err = fromText(text, in)
	}
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

func fromHTML(text string, in Input) (*model.Article, error) {
	h, err := htmlpage.Extract([]byte(text), in.URL)
	if err != nil {
		return nil, err
	}
	a := &model.Article{
		Path: in.Path, URL: in.URL, Title: h.Title, Text: h.Text,
		Published: h.Published, PublishedPrecision: h.PublishedPrecision, PublishedSource: h.PublishedSource,
		Author: h.Author, Outlet: h.Outlet, Removed: h.Removed,
	}
	// htmlpage already ran the detector over a long main text; short
	// texts get the stricter check, then the page's own declaration.
	if utf8.RuneCountInString(a.Text) >= 400 {
		a.Language = h.Language
	}
	if a.Language == "" {
		a.Language = lang.Detect(a.Text)
	}
	if a.Language == "" {
		a.Language = h.DeclaredLanguage
	}
	a.Flags = provenance.Scan(h.PageLines, owner(a.Outlet, in.URL), a.Title)
	if f, ok := provenance.AuthorCredit(a.Author, owner(a.Outlet, in.URL)); ok && !a.HasFlag(model.FlagSyndicated) {
		a.Flags = provenance.Add(a.Flags, f)
	}
	if h.Opinion != "" && !a.HasFlag(model.FlagOpinion) {
		a.Flags = provenance.Add(a.Flags, model.Flag{Name: model.FlagOpinion, Evidence: h.Opinion})
	}
	return a, nil
}

// owner names the publisher for the provenance scan: the outlet and the
// URL's host, so that Reuters copy on reuters.com is not "syndicated".
func owner(outlet, pageURL string) string {
	if u, err := url.Parse(pageURL); err == nil && u.Hostname() != "" {
		return outlet + " " + u.Hostname()
	}
	return outlet
}

func fromText(text string, in Input) (a *model.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("plain-text extractor crashed on this page: %v", r)
		}
	}()
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	r := plaintext.Extract(text, in.URL)
	a = &model.Article{
		Path: in.Path, URL: in.URL, Title: r.Title, Text: r.Text,
		Published: r.Published, PublishedPrecision: r.PublishedPrecision,
		PublishedSource: r.PublishedSource, Outlet: r.Outlet, Removed: r.Removed,
	}
	if strings.TrimSpace(a.Text) == "" {
		// The line model keeps nothing of a short, clean text (a headline
		// and a paragraph, as feeds and JSON Lines give them): it is all
		// article. A long page with nothing kept has no article.
		if a.Text = shortPageText(text, a.Title); a.Text == "" {
			return nil, ErrNoArticle
		}
		a.Removed = nil
	}
	if a.Outlet == "" {
		a.Outlet = htmlpage.HostOutlet(in.URL)
	}
	a.Language = lang.Detect(a.Text)
	if a.Language == "" {
		a.Language = lang.Detect(text) // the page's language is the article's
	}
	// Notes such as "By TT" or "generated with AI" sit in the lines the
	// line model drops as furniture, so the whole page is scanned.
	a.Flags = provenance.Scan(strings.Split(text, "\n"), owner(a.Outlet, in.URL), a.Title)
	return a, nil
}

// shortPageMaxLines is the longest page that shortPageText treats as clean
// article text.
const shortPageMaxLines = 12

// shortPageText returns the lines of a short page other than its title,
// one paragraph per line, or "" for a long page.
func shortPageText(page, title string) string {
	var lines []string
	for _, l := range strings.Split(page, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 || len(lines) > shortPageMaxLines {
		return ""
	}
	var body []string
	for _, l := range lines {
		if l != strings.TrimSpace(title) {
			body = append(body, l)
		}
	}
	if len(body) == 0 {
		body = lines // a one-line page is its own article
	}
	return strings.Join(body, "\n")
}
