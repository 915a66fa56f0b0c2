package htmlpage

import (
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself in <head> and markup.
type pageMeta struct {
	title    string // <title>
	ogTitle  string // og:title or twitter:title
	h1       string
	desc     string // meta description or og:description
	opinion  string // the tag that files the page as opinion, if any
	siteName string // og:site_name or application-name
	author   string // meta author or article:author, or JSON-LD author name
	lang     string // <html lang>, two letters
	dates    []dateCandidate
}

type dateCandidate struct {
	value  string
	source string
	rank   int // lower is better
}

// Date sources, best first.
var metaDateRank = map[string]int{
	"article:published_time":       1,
	"datepublished":                1,
	"og:published_time":            2,
	"article:published":            2,
	"pubdate":                      3,
	"publishdate":                  3,
	"publish-date":                 3,
	"publish_date":                 3,
	"published_time":               3,
	"parsely-pub-date":             3,
	"sailthru.date":                4,
	"dc.date.issued":               4,
	"dcterms.created":              4,
	"dc.date":                      5,
	"dcterms.date":                 5,
	"date":                         5,
	"citation_publication_date":    5,
	"originalpublicationdate":      5,
	"cxenseparse:recs:publishtime": 5,
}

func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" && m.lang == "" {
					m.lang = normLang(l)
				}
			case atom.Body:
				inBody = true
			case atom.Title:
				if m.title == "" && !inBody {
					m.title = clean(textOf(n))
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = clean(textOf(n))
				}
			case atom.Meta:
				m.addMeta(n)
			case atom.Time:
				if v := attr(n, "datetime"); v != "" {
					rank := 8
					if attr(n, "pubdate") != "" || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
						rank = 2
					}
					m.dates = append(m.dates, dateCandidate{v, "<time datetime>", rank})
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					m.addJSONLD(textOf(n))
				}
				return
			case atom.Style:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	return m
}

func (m *pageMeta) addMeta(n *html.Node) {
	key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
	}
	content := clean(attr(n, "content"))
	if key == "" || content == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = content
		}
	case "description", "og:description", "twitter:description":
		if m.desc == "" {
			m.desc = content
		}
	case "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author":
		if m.author == "" && !strings.Contains(content, "://") {
			m.author = content
		}
	case "og:site_name":
		m.siteName = content
	case "application-name":
		if m.siteName == "" {
			m.siteName = content
		}
	}
	if (key == "article:section" || key == "article:tag" && m.opinion == "") && opinionSection(content) {
		m.opinion = "meta " + key + ": " + content
	}
	if r, ok := metaDateRank[key]; ok {
		m.dates = append(m.dates, dateCandidate{content, "meta " + key, r})
	}
}

// addJSONLD reads datePublished and the publisher name from JSON-LD.
func (m *pageMeta) addJSONLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if t, ok := x["@type"].(string); ok && t == "OpinionNewsArticle" {
				m.opinion = "json-ld @type: " + t
			}
			if sec, ok := x["articleSection"].(string); ok && opinionSection(sec) && m.opinion == "" {
				m.opinion = "json-ld articleSection: " + sec
			}
			if s, ok := x["datePublished"].(string); ok && s != "" {
				m.dates = append(m.dates, dateCandidate{s, "json-ld datePublished", 0})
			}
			if m.author == "" {
				m.author = jsonLDName(x["author"], 0)
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// jsonLDName reads a JSON-LD author: a name, a Person with a name, or a
// list of them (names joined with "; ").
func jsonLDName(v any, depth int) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return clean(x)
	case map[string]any:
		if depth < 2 {
			return jsonLDName(x["name"], depth+1)
		}
	case []any:
		var names []string
		for _, e := range x {
			if n := jsonLDName(e, depth+1); n != "" && len(names) < 4 {
				names = append(names, n)
			}
		}
		return strings.Join(names, "; ")
	}
	return ""
}

// opinionSection reports a section name that files a page as opinion.
func opinionSection(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "opinion", "opinions", "op-ed", "op-eds", "oped", "commentary", "editorial", "editorials", "column", "columns",
		"columnists", "meinung", "kommentar", "kommentare", "debatt", "ledare", "krönika", "opinión", "opinione", "tribune", "tribunes":
		return true
	}
	return false
}

// bestTitle is the title when trafilatura found none.
func (m *pageMeta) bestTitle() string {
	if m.ogTitle != "" {
		return m.ogTitle
	}
	if m.title != "" {
		return stripSiteSuffix(m.title, m.siteName)
	}
	return m.h1
}

// stripSiteSuffix removes " - Site", " | Site" from a <title>.
func stripSiteSuffix(title, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if site != "" && !strings.EqualFold(strings.TrimSpace(tail), site) && len(tail) > len(head) {
			continue
		}
		if len([]rune(tail)) <= 40 && len(head) > len(tail) {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// stripOutletName removes the site's name from either end of a title:
// "Nadal keeps Spain alive - Sportsnet.ca", "Jam Recipe | The Anti-June
// Cleaver", "LinkNaija | Nigeria's popular news platform: Headline".
// names are the outlet and the hosts the page is known by.
func stripOutletName(title string, names ...string) string {
	var keys []string
	for _, n := range names {
		if k := siteKey(n); len(k) >= 3 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return title
	}
	names2 := func(part string) bool {
		p := normText(part)
		if len(p) < 3 {
			return false
		}
		for _, k := range keys {
			if strings.Contains(p, k) || strings.Contains(k, p) {
				return true
			}
		}
		return false
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if utf8.RuneCountInString(tail) <= 60 && names2(tail) && len(normText(head)) > 0 {
				title = strings.TrimSpace(head)
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			// The prefix may run on to a slogan ending in a colon.
			if j := strings.Index(tail, ": "); j > 0 && names2(head) && utf8.RuneCountInString(tail[:j]) <= 60 {
				tail = tail[j+2:]
			}
			if utf8.RuneCountInString(head) <= 40 && names2(head) && len(normText(tail)) > 0 {
				title = strings.TrimSpace(tail)
			}
		}
	}
	return title
}

// published picks the best date the page declares; htmldate's page scan
// is the last resort.
func (m *pageMeta) published(doc *html.Node, pageURL string) (time.Time, string, string) {
	best := -1
	var bt time.Time
	var bp string
	for i, c := range m.dates {
		t, prec, ok := parseDate(c.value)
		if !ok {
			continue
		}
		if best < 0 || c.rank < m.dates[best].rank {
			best, bt, bp = i, t, prec
		}
	}
	if best >= 0 {
		return m.localTime(bt), bp, m.dates[best].source
	}
	r, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate: true, SkipExtensiveSearch: true, ExtractTime: true, URL: pageURL,
	})
	if err == nil && r.IsZero() {
		// the markup names no date: search the page's text for one
		r, err = htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, ExtractTime: true, URL: pageURL})
	}
	if err != nil || r.IsZero() {
		return time.Time{}, "", ""
	}
	prec := "day"
	if r.HasTime {
		prec = "minute"
	}
	src := "page text"
	if s := clean(r.SrcString); s != "" {
		if len(s) > 120 {
			s = s[:120]
		}
		src = "page text: " + s
	}
	return r.DateTime, prec, src
}

// localTime gives a UTC publication time the outlet's own clock when
// another date on the page writes the same moment in local time: a zone
// ("2023-11-08T18:09:55-07:00") or a wall clock a whole number of quarter
// hours off ("2023-11-08 18:09:55" for 01:09:55Z). The day a page shows
// its readers is the local one; in UTC an evening story in America moves
// to the next day.
func (m *pageMeta) localTime(t time.Time) time.Time {
	if _, off := t.Zone(); off != 0 {
		return t
	}
	for _, c := range m.dates {
		tc, prec, ok := parseDate(c.value)
		if !ok || prec != "minute" {
			continue
		}
		if _, off := tc.Zone(); off != 0 {
			if tc.Equal(t) {
				return t.In(tc.Location())
			}
			continue
		}
		if hasZone(c.value) {
			continue // another UTC time
		}
		// a wall clock: the same moment when it is off by whole quarter hours
		d := tc.Sub(t)
		if d != 0 && d%(15*time.Minute) == 0 && d >= -12*time.Hour && d <= 14*time.Hour {
			return t.In(time.FixedZone("", int(d/time.Second)))
		}
	}
	return t
}

// hasZone reports whether a machine date names its zone or offset: "Z",
// "+01:00", "-0700", "UTC", "GMT" after the clock.
func hasZone(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return false
	}
	rest := s[i:]
	return strings.ContainsAny(rest, "Z+-") || strings.Contains(rest, "UTC") || strings.Contains(rest, "GMT")
}

var dateLayouts = []struct {
	layout string
	clock  bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05.999999999Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04:05.999999999", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05 MST", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true},
	{"2006-01-02", false},
	{"20060102", false},
	{"2006/01/02", false},
	{"January 2, 2006", false},
	{"2 January 2006", false},
}

// parseDate reads a machine date as pages write them in meta tags.
func parseDate(s string) (time.Time, string, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1990 || t.Year() > 2100 {
			return time.Time{}, "", false
		}
		prec := "day"
		if l.clock && !(t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0) {
			prec = "minute"
		}
		return t, prec, true
	}
	return time.Time{}, "", false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// normLang turns "en-US" or "EN_gb" into "en"; anything else gives "".
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

// siteKey is the folded name of a site: an outlet's name, or a host's
// first label without "www." ("sportsnet" for "www.sportsnet.ca").
func siteKey(n string) string {
	n = strings.TrimPrefix(strings.ToLower(n), "www.")
	if i := strings.Index(n, "."); i > 0 && !strings.Contains(n, " ") {
		n = n[:i] // a host: its first label names the site
	}
	return normText(n)
}
