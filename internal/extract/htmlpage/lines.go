package htmlpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end a line before and after themselves: each becomes its own
// paragraph in the text. Table cells are not blocks: a row is one line.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Option: true, atom.Select: true,
	atom.Button: true, atom.Label: true, atom.Legend: true, atom.Menu: true,
}

// invisibleTags hold no text a reader sees.
var invisibleTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
}

// Line is one paragraph of text with what the markup says about it.
type Line struct {
	Text string
	Tag  atom.Atom // innermost block element around the text (0 for none)
	// LinkChars counts the letters of the line that sit inside <a> elements.
	LinkChars int
	Hidden    bool // inside an element a browser does not show
	Caption   bool // inside <figure>/<figcaption> or a caption/credit class
	Embed     bool // inside an embedded post (<blockquote class="twitter-tweet">)
	Pos       int  // index of the line in the page (set for page lines)
}

type lineWriter struct {
	lines   []Line
	buf     strings.Builder
	space   bool // a space is pending before the next word
	links   int
	blocks  []atom.Atom
	inLink  int
	hidden  int
	caption int
	embed   int
}

func (w *lineWriter) flush() {
	s := strings.TrimSpace(w.buf.String())
	if s != "" {
		tag := atom.Atom(0)
		if n := len(w.blocks); n > 0 {
			tag = w.blocks[n-1]
		}
		w.lines = append(w.lines, Line{Text: s, Tag: tag, LinkChars: w.links, Hidden: w.hidden > 0, Caption: w.caption > 0,
			Embed: w.embed > 0, Pos: len(w.lines)})
	}
	w.buf.Reset()
	w.space = false
	w.links = 0
}

func (w *lineWriter) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			w.space = true
			continue
		}
		if w.space && w.buf.Len() > 0 {
			w.buf.WriteByte(' ')
		}
		w.space = false
		w.buf.WriteRune(r)
		if w.inLink > 0 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			w.links++
		}
	}
}

func (w *lineWriter) walk(n *html.Node) {
	// The extractor renames elements by setting Data only, so the atom is
	// looked up from the name.
	tag := n.DataAtom
	if n.Type == html.ElementNode {
		tag = atom.Lookup([]byte(n.Data))
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if invisibleTags[tag] || tag == atom.Img {
			return
		}
		if tag == atom.Br {
			w.flush()
			return
		}
	}
	hid := n.Type == html.ElementNode && hidden(n)
	capt := n.Type == html.ElementNode && (tag == atom.Figcaption || tag == atom.Figure || captionClass(n))
	emb := tag == atom.Blockquote && embedClass(n)
	block := n.Type == html.ElementNode && blockTags[tag]
	if emb {
		w.embed++
		defer func() { w.embed-- }()
	}
	if block || hid || capt {
		w.flush()
	}
	if block {
		w.blocks = append(w.blocks, tag)
	}
	if hid {
		w.hidden++
	}
	if capt {
		w.caption++
	}
	if tag == atom.A {
		w.inLink++
	}
	if tag == atom.Td || tag == atom.Th {
		w.space = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if tag == atom.A {
		w.inLink--
	}
	if block || hid || capt {
		w.flush()
	}
	if block {
		w.blocks = w.blocks[:len(w.blocks)-1]
	}
	if hid {
		w.hidden--
	}
	if capt {
		w.caption--
	}
}

// hidden reports elements a browser would not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// captionClass reports elements whose class or id names a caption or a
// picture credit.
func captionClass(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		// a page-wide class list may name a feature ("f_video_upload_captions_on")
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		if strings.Contains(v, "caption") || strings.Contains(v, "credit") {
			return true
		}
	}
	return false
}

// embedClass reports a blockquote that embeds a social media post; its
// text is what the person posted, quoted by the article.
func embedClass(n *html.Node) bool {
	v := strings.ToLower(attr(n, "class"))
	return strings.Contains(v, "twitter-tweet") || strings.Contains(v, "instagram-media") ||
		strings.Contains(v, "tiktok-embed") || strings.Contains(v, "bluesky-embed") || strings.Contains(v, "mastodon-embed")
}

// nodeLines flattens the text under n into one Line per block element.
func nodeLines(n *html.Node) []Line {
	if n == nil {
		return nil
	}
	var w lineWriter
	w.walk(n)
	w.flush()
	return w.lines
}

// linesText joins line texts with "\n".
func linesText(lines []Line) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// pageIndex maps the normalised text of each block of the original page
// to what its markup said, so that lines the extractor returns (without
// their links) can be judged by their place in the page.
type pageIndex map[string]Line

func newPageIndex(lines []Line) pageIndex {
	idx := make(pageIndex, len(lines))
	for _, l := range lines {
		k := normText(l.Text)
		if k == "" {
			continue
		}
		if _, dup := idx[k]; !dup {
			idx[k] = l
		}
	}
	return idx
}

// lookup returns the page block with the same text as l, if any.
func (p pageIndex) lookup(l Line) (Line, bool) {
	if p == nil {
		return Line{}, false
	}
	o, ok := p[normText(l.Text)]
	return o, ok
}
