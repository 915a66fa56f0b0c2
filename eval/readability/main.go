// Command readability checks newsdesk's extraction against a third set of
// pages it was never tuned on: the test pages that ship inside the
// go-readability module (a port of Mozilla's Readability.js). Each page
// comes with Readability's own output (expected.html) and the metadata it
// read (expected-metadata.json: title, byline, site name, language and,
// for some pages, the publication time).
//
// Readability's output is not human gold: it keeps image captions and
// some bylines, and a few pages are small synthetic cases rather than
// articles. The text score is therefore agreement with Readability.js,
// measured with the article-extraction benchmark's shingle metric; the
// metadata scores count how often newsdesk reads the same title, author,
// publication day, outlet and language.
//
// The pages are read from the module cache at run time (test-pages/ of
// the module); nothing of them is copied into this repository.
//
//	go run ./eval/readability          # newsdesk, go-trafilatura alone, the text modes, metadata
//	go run ./eval/readability -gate    # exit 1 when a score is under its floor
//	go run ./eval/readability -v       # list every metadata disagreement
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
	"newsdesk/internal/extract/htmlpage"
	"newsdesk/internal/extract/plaintext/shingle"
	"newsdesk/internal/extract/textenc"
	"newsdesk/internal/model"
)

const module = "github.com/go-shiori/go-readability"

// Floors for -gate: a little under the figures measured when they were set.
var floors = map[string]float64{
	"text F1 newsdesk":  0.920,
	"text F1 text-mode": 0.898,
	"title":             0.82,
	"author":            0.72,
	"published day":     0.85,
	"outlet":            0.93,
	"language":          0.94,
}

// meta is the part of expected-metadata.json the eval reads.
type meta struct {
	Title         string `json:"title"`
	Byline        string `json:"byline"`
	SiteName      string `json:"siteName"`
	Language      string `json:"language"`
	PublishedTime string `json:"publishedTime"`
}

type page struct {
	name   string
	source []byte
	gold   string // the text of expected.html
	meta   meta
}

func main() {
	dir := flag.String("dir", "", "go-readability module directory (default: found with `go list -m`)")
	gate := flag.Bool("gate", false, "exit 1 when a score is under its floor")
	verbose := flag.Bool("v", false, "list every page where newsdesk and Readability disagree on metadata")
	flag.Parse()

	if *dir == "" {
		d, err := evaldata.ModuleDir(module)
		if err != nil {
			if *gate {
				// a gate that ran nothing must not pass
				fmt.Fprintf(os.Stderr, "readability: %v\n", err)
				os.Exit(1)
			}
			fmt.Printf("readability: skipped: %v\n", err)
			return
		}
		*dir = d
	}
	pages, err := load(filepath.Join(*dir, "test-pages"))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !*gate {
			fmt.Println("readability: skipped:", err)
			return
		}
		fmt.Fprintln(os.Stderr, "readability:", err)
		os.Exit(1)
	}
	r := evaluate(pages, !*gate)
	if *verbose {
		for _, l := range r.lines {
			fmt.Println(l)
		}
	}
	if !r.print(len(pages), *gate) {
		os.Exit(1)
	}
	if *gate {
		fmt.Println("readability: gate passed")
	}
}

// load reads every test page that has a source and Readability's output.
func load(dir string) ([]page, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read the test pages: %w", err)
	}
	var out []page
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		p := page{name: e.Name()}
		src, err := os.ReadFile(filepath.Join(dir, e.Name(), "source.html"))
		if err != nil {
			continue
		}
		exp, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected.html"))
		if err != nil {
			continue
		}
		p.source = src
		if p.gold, err = htmlText(exp); err != nil {
			return nil, fmt.Errorf("%s: expected.html: %w", e.Name(), err)
		}
		if m, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected-metadata.json")); err == nil {
			if err := json.Unmarshal(m, &p.meta); err != nil {
				return nil, fmt.Errorf("%s: expected-metadata.json: %w", e.Name(), err)
			}
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no test pages in %s: %w", dir, os.ErrNotExist)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// htmlText is the text of an HTML fragment, one block per line.
func htmlText(b []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			sb.WriteString("\n") // no two blocks run into one word
		}
	}
	walk(doc)
	return sb.String(), nil
}

// tally is a count of agreements out of the pages that can be judged.
type tally struct{ ok, n int }

func (t tally) rate() float64 { return float64(t.ok) / float64(max(1, t.n)) }

type results struct {
	text  map[string][]shingle.Match // mode -> per page
	meta  map[string]*tally
	lines []string
}

var modes = []string{"newsdesk", "trafilatura", "text-mode", "every-line"}

var metaNames = []string{"title", "title (text mode)", "author", "published day", "outlet", "language"}

func evaluate(pages []page, all bool) *results {
	r := &results{text: map[string][]shingle.Match{}, meta: map[string]*tally{}}
	for _, n := range metaNames {
		r.meta[n] = &tally{}
	}
	for _, p := range pages {
		a, err := extract.Extract(context.Background(), extract.Input{Path: p.name, Data: p.source, Kind: extract.KindHTML})
		if err != nil {
			a = &model.Article{}
		}
		utf8, _ := textenc.Decode(p.source, true)
		flat, _ := htmlpage.VisibleText([]byte(utf8))
		ta, err := extract.Extract(context.Background(), extract.Input{Path: p.name, Data: []byte(flat), Kind: extract.KindText})
		if err != nil {
			ta = &model.Article{}
		}
		for _, mode := range modes {
			var text string
			switch mode {
			case "newsdesk":
				text = a.Text
			case "trafilatura":
				if !all {
					continue
				}
				text, _ = htmlpage.TrafilaturaOnly([]byte(utf8), "")
			case "text-mode":
				text = ta.Text
			case "every-line":
				if !all {
					continue
				}
				text = flat
			}
			r.text[mode] = append(r.text[mode], shingle.Compare(p.gold, text))
		}
		r.judge(p, a, ta)
	}
	return r
}

// judge compares newsdesk's metadata for one page with Readability's.
func (r *results) judge(p page, a, ta *model.Article) {
	m := p.meta
	check := func(name string, ok bool, got, want string) {
		t := r.meta[name]
		t.n++
		if ok {
			t.ok++
			return
		}
		r.lines = append(r.lines, fmt.Sprintf("%-22s %-28s got %q, Readability %q", name, p.name, got, want))
	}
	if m.Title != "" {
		check("title", sameTitle(a.Title, m.Title), a.Title, m.Title)
		check("title (text mode)", sameTitle(ta.Title, m.Title), ta.Title, m.Title)
	}
	if by := byline(m.Byline); by != "" {
		check("author", sameName(a.Author, by), a.Author, m.Byline)
	}
	if want, ok := parseTime(m.PublishedTime); ok {
		check("published day", sameDay(a.Published, want), a.PublishedString(), m.PublishedTime)
	}
	if m.SiteName != "" {
		check("outlet", sameTitle(a.Outlet, m.SiteName) || strings.Contains(fold(a.Outlet), fold(m.SiteName)) || strings.Contains(fold(m.SiteName), fold(a.Outlet)) && a.Outlet != "", a.Outlet, m.SiteName)
	}
	if lang := strings.ToLower(m.Language); len(lang) >= 2 {
		check("language", a.Language == lang[:2], a.Language, m.Language)
	}
}

// fold lowercases s, folds typographic quotes and dashes, and squeezes
// every run of non-letters and non-digits to one space.
func fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// sameTitle: equal once folded, or one is the other with a site name or
// section added before or after ("Title | Site", "Site - Title").
func sameTitle(got, want string) bool {
	g, w := fold(got), fold(want)
	if g == "" || w == "" {
		return false
	}
	if g == w {
		return true
	}
	short, long := g, w
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short) >= 12 && (strings.HasPrefix(long, short) || strings.HasSuffix(long, short)) && len(short)*10 >= len(long)*6
}

// byline strips "By" and trailing roles or dates from a byline.
func byline(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "by ", "BY ", "Written by ", "Posted by "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSpace(s)
}

// sameName: every word of the shorter name is in the longer one, ignoring
// case ("Jeffrey Gettleman" in "Jeffrey Gettleman, East Africa bureau").
func sameName(got, want string) bool {
	g, w := strings.Fields(fold(got)), strings.Fields(fold(want))
	if len(g) == 0 || len(w) == 0 {
		return false
	}
	if len(g) > len(w) {
		g, w = w, g
	}
	set := map[string]bool{}
	for _, x := range w {
		set[x] = true
	}
	for _, x := range g {
		if !set[x] {
			return false
		}
	}
	return true
}

var timeLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05.000Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05.000000",
	"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02",
}

func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// sameDay: the same calendar day in the page's own time zone or in UTC.
func sameDay(got, want time.Time) bool {
	if got.IsZero() {
		return false
	}
	d := func(t time.Time) string { return t.Format("2006-01-02") }
	return d(got) == d(want) || d(got.UTC()) == d(want.UTC()) || d(got.In(want.Location())) == d(want)
}

// print shows the scores and checks the floors when gating; it reports
// false when a gate failed.
func (r *results) print(n int, gate bool) bool {
	fmt.Printf("readability: %d go-readability test pages (Readability.js output as the reference)\n", n)
	fmt.Println("  text: shingle F1 against Readability's text; newsdesk: the HTML pipeline; trafilatura:")
	fmt.Println("  go-trafilatura alone; text-mode: the page flattened to its visible lines, then the")
	fmt.Println("  plain-text pipeline; every-line: that flat text kept whole")
	ok := true
	scores := map[string]float64{}
	for _, mode := range modes {
		ms := r.text[mode]
		if len(ms) == 0 {
			continue
		}
		sc := shingle.Summarise(ms)
		f1 := sc.F1
		fmt.Printf("  %-12s precision %.4f  recall %.4f  F1 %.4f  (%d pages without text)\n", mode, sc.Precision, sc.Recall, sc.F1, sc.Empty)
		scores["text F1 "+mode] = f1
	}
	fmt.Println("  metadata (newsdesk HTML unless named), pages Readability gives it for:")
	for _, name := range metaNames {
		t := r.meta[name]
		scores[name] = t.rate()
		fmt.Printf("  %-22s %3d / %3d = %.3f\n", name, t.ok, t.n, t.rate())
	}
	if gate {
		for name, floor := range floors {
			got, has := scores[name]
			if !has {
				fmt.Printf("readability: FAIL %s was not measured\n", name)
				ok = false
			} else if got < floor {
				fmt.Printf("readability: FAIL %s %.4f under floor %.4f\n", name, got, floor)
				ok = false
			}
		}
	}
	return ok
}
