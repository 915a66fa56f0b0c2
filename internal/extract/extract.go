// Package extract turns a raw document (HTML or plain text, any charset)
// into an Article: main text, title, date, author, outlet, language and
// provenance flags.
package extract

import (
	"context"
	"errors"
	"time"

	"newsdesk/internal/extract/htmlpage"
	"newsdesk/internal/extract/plaintext"
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

// ErrEmpty is returned for input with no text at all.
var ErrEmpty = errors.New("empty document")

// Extract extracts the article from in. It never panics on hostile input;
// problems come back as errors phrased for the user.
// PLACEHOLDER dispatcher: plain text only; replaced by the real one.
func Extract(ctx context.Context, in Input) (*model.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(in.Data) == 0 {
		return nil, ErrEmpty
	}
	if in.Kind == "html" {
		h, err := htmlpage.Extract(in.Data, in.URL)
		if err != nil {
			return nil, err
		}
		return &model.Article{Path: in.Path, URL: in.URL, Title: h.Title, Text: h.Text, Published: h.Published,
			PublishedPrecision: h.PublishedPrecision, PublishedSource: h.PublishedSource, Outlet: h.Outlet, Removed: h.Removed}, nil
	}
	r := plaintext.Extract(string(in.Data), in.URL)
	a := &model.Article{
		Path: in.Path, URL: in.URL, Title: r.Title, Text: r.Text,
		Published: r.Published, PublishedPrecision: r.PublishedPrecision,
		PublishedSource: r.PublishedSource, Outlet: r.Outlet, Removed: r.Removed,
	}
	_ = time.Time{}
	return a, nil
}
