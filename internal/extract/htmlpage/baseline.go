package htmlpage

import (
	"bytes"
	"fmt"
	nurl "net/url"

	trafilatura "github.com/markusmobius/go-trafilatura"
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
