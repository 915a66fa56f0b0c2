// Package htmlpage extracts the article from an HTML page: the main text
// (go-trafilatura, then a filter that drops page furniture it let through),
// title, publication date, author and outlet, and the page's visible text
// for provenance scanning.
package htmlpage

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Result is what Extract finds in a page.
type Result struct {
	Title              string
	Text               string // main text, one paragraph per line
	Removed            []string
	Published          time.Time
	PublishedPrecision string // "", "day" or "minute"
	PublishedSource    string // the tag the date came from
	Author             string
	Outlet             string
	Language           string // language detected over the main text, ISO 639-1
	DeclaredLanguage   string // language the page declares in <html lang>
	// Opinion names the tag that files the page as opinion ("meta
	// article:section: Opinion", "json-ld @type: OpinionNewsArticle").
	Opinion string
	// PageLines is the visible text of the whole page, one block per line,
	// footers and bylines included (provenance notes live there), picture
	// captions left out.
	PageLines []string
}

// ErrNoArticle is returned for pages without any main text.
var ErrNoArticle = errors.New("no article text found in the page")

// Extract extracts the article from page, which must be UTF-8 HTML.
// pageURL may be empty. Panics inside the third-party extractor come back
// as errors.
func Extract(page []byte, pageURL string) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("html extractor crashed on this page: %v", r)
		}
	}()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Result{}, fmt.Errorf("the HTML cannot be parsed: %w", err)
	}
	meta := readMeta(doc)
	openNoscript(doc)
	separateBlocks(findBody(doc))
	capParagraphs(doc, maxParagraphBytes)
	dropCommentThreads(doc) // and ruby readings, in one walk

	opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	if u, perr := nurl.ParseRequestURI(pageURL); perr == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	tr, terr := trafilatura.ExtractDocument(doc, opts)

	pageLines := nodeLines(findBody(doc))
	for _, l := range pageLines {
		// Picture captions carry agency credits for bought photos, not
		// for the text.
		if !l.Hidden && !l.Caption {
			res.PageLines = append(res.PageLines, l.Text)
		}
	}

	var lines []Line
	titles := []string{meta.title, meta.ogTitle, meta.h1, stripSiteSuffix(meta.title, meta.siteName)}
	if terr == nil && tr != nil {
		lines = resplit(nodeLines(tr.ContentNode), pageLines)
		titles = append(titles, tr.Metadata.Title)
	}
	index := newPageIndex(pageLines)
	kept, removed := filterLines(lines, titles, meta.desc, index)
	// When the extractor kept much less than the page's prose, it may have
	// taken one section of a split article: let the fallback extractors
	// (readability, DOM distiller) have a go and keep the fuller text.
	if got, prose := letters(linesText(kept)), proseLetters(pageLines); got >= minPartialLetters && got*10 < prose*fallbackShare {
		fopts := opts
		fopts.EnableFallback = true
		if fr, ferr := trafilatura.ExtractDocument(doc, fopts); ferr == nil && fr != nil {
			fk, frem := filterLines(nodeLines(fr.ContentNode), titles, meta.desc, index)
			if letters(linesText(fk)) > letters(linesText(kept)) {
				kept, removed = fk, frem
			}
		}
	}
	kept = restoreEmbeds(kept, pageLines, index)
	kept, removed = dropRepeatedRun(kept, removed)
	res.Text = linesText(kept)
	for _, l := range removed {
		res.Removed = append(res.Removed, l.Text)
	}

	var canonical, sitename, trTitle, trAuthor string
	if tr != nil {
		trTitle, trAuthor = clean(tr.Metadata.Title), clean(tr.Metadata.Author)
		res.Language = tr.Metadata.Language
		canonical, sitename = tr.Metadata.URL, tr.Metadata.Sitename
	}
	for _, o := range []string{meta.siteName, sitename, HostOutlet(pageURL), HostOutlet(canonical)} {
		if o = clean(o); validOutlet(o) {
			res.Outlet = o
			break
		}
	}
	res.Title = meta.chooseTitle(trTitle, res.Outlet, HostOutlet(pageURL), HostOutlet(canonical))
	res.Author = meta.chooseAuthor(trAuthor)
	res.Title = stripOutletName(res.Title, res.Outlet, HostOutlet(pageURL), HostOutlet(canonical))
	res.DeclaredLanguage = meta.lang
	res.Opinion = meta.opinion
	res.Published, res.PublishedPrecision, res.PublishedSource = meta.published(doc, pageURL)

	if letters(res.Text) < minArticleLetters {
		res.Text = ""
		if terr != nil {
			return res, fmt.Errorf("%w (%v)", ErrNoArticle, terr)
		}
		return res, ErrNoArticle
	}
	return res, nil
}

// dropRubyText removes ruby annotations (<rt>, <rp>): the readings printed
// above Japanese or Chinese characters would otherwise be run into the
// text they gloss ("子こども" for "子ども").
func dropRubyText(n *html.Node) { prune(n, false) }

// dropCommentThreads removes readers' comment threads marked up the way
// blog engines and comment services mark them ("comments-area",
// "commentlist", "comment-content", <li id="comment-18684">,
// "disqus_thread"), and ruby readings with them: the main text extractor
// sometimes keeps comments with the article, and a reader's words are not
// the outlet's.
func dropCommentThreads(n *html.Node) { prune(n, true) }

// openNoscript parses the markup a <noscript> holds, which the parser
// keeps as raw text. Some pages (Blogger's among them) serve the whole
// article there for readers without scripts; left as text it reached the
// extractors with its tags ("<span class=\"byline-author\">", "<img
// height='1'>") and became the article's words and figures. A noscript
// with a page's worth of text gives its elements in its place; a small
// one (a tracking pixel, "please enable JavaScript") is dropped.
func openNoscript(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.Noscript {
			if t := c.FirstChild; t != nil && t.Type == html.TextNode && t.NextSibling == nil && strings.Contains(t.Data, "<") {
				ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
				nodes, err := html.ParseFragment(strings.NewReader(t.Data), ctx)
				if err == nil && noscriptLetters(nodes) >= minNoscriptLetters {
					for _, x := range nodes {
						n.InsertBefore(x, c)
					}
				}
				n.RemoveChild(c)
			}
		} else {
			openNoscript(c)
		}
		c = next
	}
}

// separateBlocks puts a line break after every paragraph-like element
// that the next node touches: a minified page ("<p>…in March.</p><p>Officials…")
// otherwise reached a short article's text as "in March.Officials", one
// run-on line, when the extractor fell back to the page's plain text.
func separateBlocks(n *html.Node) {
	if n == nil {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		separateBlocks(c)
		switch c.DataAtom {
		case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
			atom.Tr, atom.Dt, atom.Dd, atom.Figcaption, atom.Section, atom.Article, atom.Header, atom.Footer:
			if next := c.NextSibling; next != nil && !(next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" && next.Data != "") {
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, next)
			}
		}
	}
}

// minNoscriptLetters is how much text a noscript must hold to be taken as
// the page's content.
const minNoscriptLetters = 1000

// noscriptLetters counts the letters of the text in nodes.
func noscriptLetters(nodes []*html.Node) int {
	n := 0
	var walk func(x *html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.TextNode {
			for _, r := range x.Data {
				if unicode.IsLetter(r) {
					n++
				}
			}
		}
		if x.Type == html.ElementNode && (x.DataAtom == atom.Script || x.DataAtom == atom.Style) {
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, x := range nodes {
		walk(x)
	}
	return n
}

// prune removes ruby readings, and comment threads too when comments is
// set, in one walk of the tree.
func prune(n *html.Node, comments bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (c.DataAtom == atom.Rt || c.DataAtom == atom.Rp || comments && isCommentThread(c)) {
			n.RemoveChild(c)
		} else {
			prune(c, comments)
		}
		c = next
	}
}

// commentClasses are class names that mark a comment thread or one comment.
var commentClasses = map[string]bool{"comments-area": true, "comment-list": true, "commentlist": true,
	"comment-content": true, "comment-body": true, "comments-section": true, "comment-respond": true,
	"user-comments": true, "reader-comments": true}

func isCommentThread(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			id := strings.ToLower(a.Val)
			if id == "comments" || id == "disqus_thread" || id == "respond" {
				return n.DataAtom != atom.Body && n.DataAtom != atom.Article && n.DataAtom != atom.Main
			}
			if rest, ok := strings.CutPrefix(id, "comment-"); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
				return true // <li id="comment-18684">
			}
		case "class":
			for _, c := range strings.Fields(strings.ToLower(a.Val)) {
				if commentClasses[c] {
					return n.DataAtom != atom.Body && n.DataAtom != atom.Article && n.DataAtom != atom.Main
				}
			}
		}
	}
	return false
}

// maxParagraphBytes bounds the text in <p> elements handed to the main
// text extractor. go-trafilatura's cost grows with the square of it (it
// concatenates paragraph texts in a loop); a real article holds a few
// tens of kilobytes, so anything past this is dropped.
const maxParagraphBytes = 512 << 10

// capParagraphs removes the <p> elements after the first max bytes of
// paragraph text.
func capParagraphs(doc *html.Node, max int) {
	total := 0
	var drop []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			if total > max {
				drop = append(drop, n)
				return
			}
			total += len(textOf(n))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// fallbackShare is the share of the page's prose, in tenths, under which
// the fallback extractors are tried.
const fallbackShare = 5

// minPartialLetters is the length under which a short text is taken for a
// short article rather than part of a long one: on short pages the
// fallback extractors tend to add comments and teasers.
const minPartialLetters = 1000

// proseLetters counts the letters of the page's visible paragraphs of
// prose: <p> blocks of some length that are not mostly links.
func proseLetters(lines []Line) int {
	n := 0
	for _, l := range lines {
		if l.Hidden || l.Tag != atom.P {
			continue
		}
		k := letters(l.Text)
		if k >= 80 && l.LinkChars*2 < k {
			n += k
		}
	}
	return n
}

// minArticleLetters is the least main text worth calling an article; less
// is a page without one (a menu, a title, an error message).
const minArticleLetters = 25

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}

func findBody(doc *html.Node) *html.Node {
	var body *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if body != nil {
			return
		}
		if n.Type == html.ElementNode && n.Data == "body" {
			body = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if body == nil {
		return doc
	}
	return body
}

// HostOutlet names an outlet after the URL's host: "www.example.co.uk"
// gives "example.co.uk"; no host gives "".
func HostOutlet(pageURL string) string {
	u, err := nurl.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "www1.", "www2.", "m.", "amp.", "mobile."} {
		if strings.HasPrefix(h, p) && strings.Count(h, ".") > 1 {
			h = strings.TrimPrefix(h, p)
			break
		}
	}
	return h
}

// validOutlet rejects site names that are addresses or too long to be a
// name ("https://www.facebook.com/Station").
func validOutlet(s string) bool {
	return s != "" && !strings.Contains(s, "://") && !strings.Contains(s, "/") && utf8.RuneCountInString(s) <= 60
}

func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// resplit undoes the extractor's flattening of a short page: for a page
// under its length floor, go-trafilatura returns the headline and the
// paragraphs run together as one line ("Budget talks Paragraph 1 …
// Paragraph 2 …"). A line that is exactly a run of the page's own lines
// joined by spaces goes back to those lines, so the headline can be told
// from the text and each paragraph stays one.
func resplit(lines, page []Line) []Line {
	if len(lines) > 3 {
		return lines
	}
	var out []Line
	for _, l := range lines {
		if run := pageRun(l.Text, page); len(run) > 1 {
			out = append(out, run...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// pageRun returns the consecutive visible page lines whose texts, joined by
// single spaces, make up text exactly, or nil.
func pageRun(text string, page []Line) []Line {
	if len(text) > 20000 {
		return nil
	}
	tries := 0 // a page of many short lines must not make this quadratic
	for a := range page {
		if page[a].Hidden || page[a].Text == "" || !strings.HasPrefix(text, page[a].Text) {
			continue
		}
		if tries++; tries > 8 {
			return nil
		}
		rest := text[len(page[a].Text):]
		b := a + 1
		for rest != "" && b < len(page) {
			if page[b].Hidden {
				b++
				continue
			}
			r := strings.TrimPrefix(rest, " ")
			if len(r) == len(rest) || !strings.HasPrefix(r, page[b].Text) || page[b].Text == "" {
				break
			}
			rest = r[len(page[b].Text):]
			b++
		}
		if rest == "" {
			var run []Line
			for _, l := range page[a:b] {
				if !l.Hidden {
					run = append(run, l)
				}
			}
			return run
		}
	}
	return nil
}
