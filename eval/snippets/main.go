// Command snippets scores newsdesk's HTML extraction on a second, larger
// benchmark: the comparison set that ships inside the go-trafilatura module
// (983 pages in many languages, most of them not news). Each page comes
// with a few snippets the main text must contain and a few (menus,
// teasers, footers) it must not. The score counts snippets: a "with"
// snippet found is a true positive, one missing a false negative; a
// "without" snippet found is a false positive.
//
// The pages and their snippets are read from the module cache at run time
// (test-files/comparison, test-files/mock and scripts/comparison/data.go
// of the module);
// nothing of them is copied into this repository.
//
//	go run ./eval/snippets              # newsdesk, go-trafilatura alone, and the text modes
//	go run ./eval/snippets -gate        # newsdesk only; exit 1 under a floor
//	go run ./eval/snippets -v           # list every missed and unwanted snippet
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
	"newsdesk/internal/extract/htmlpage"
	"newsdesk/internal/extract/textenc"
)

// Floors for -gate, per mode: a little under the figures measured when
// they were set.
var floors = map[string]struct{ f1, precision, recall float64 }{
	"newsdesk": {0.898, 0.908, 0.885},
	"text":     {0.840, 0.852, 0.828},
}

const module = "github.com/markusmobius/go-trafilatura"

type entry struct {
	url, file     string
	with, without []string
}

type counts struct{ tp, fn, fp, tn int }

func (c *counts) add(o counts) { c.tp += o.tp; c.fn += o.fn; c.fp += o.fp; c.tn += o.tn }

func (c counts) scores() (p, r, f1, acc float64) {
	p = float64(c.tp) / float64(max(1, c.tp+c.fp))
	r = float64(c.tp) / float64(max(1, c.tp+c.fn))
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	acc = float64(c.tp+c.tn) / float64(max(1, c.tp+c.tn+c.fp+c.fn))
	return
}

func main() {
	dir := flag.String("dir", "", "go-trafilatura module directory (default: found with `go list -m`)")
	gate := flag.Bool("gate", false, "score newsdesk only and exit 1 when a score is under its floor")
	verbose := flag.Bool("v", false, "list the snippets newsdesk misses or keeps wrongly")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "pages extracted at once")
	flag.Parse()

	if *dir == "" {
		d, err := evaldata.ModuleDir(module)
		if err != nil {
			if *gate {
				// a gate that ran nothing must not pass
				fmt.Fprintf(os.Stderr, "snippets: %v\n", err)
				os.Exit(1)
			}
			fmt.Printf("snippets: skipped: %v\n", err)
			return
		}
		*dir = d
	}
	entries, err := load(*dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !*gate {
			fmt.Println("snippets: skipped:", err)
			return
		}
		fmt.Fprintln(os.Stderr, "snippets:", err)
		os.Exit(1)
	}

	modes := []string{"newsdesk", "trafilatura", "text", "every-line"}
	if *gate {
		modes = []string{"newsdesk", "text"}
	}
	res := run(*dir, entries, modes, *workers)
	if *verbose {
		for _, ls := range res.lines {
			for _, l := range ls {
				fmt.Println(l)
			}
		}
	}
	if !report(res, len(entries), modes, *gate) {
		os.Exit(1)
	}
	if *gate {
		fmt.Println("snippets: gate passed")
	}
}

// results are the snippet counts per mode and page, and newsdesk's misses.
type results struct {
	per     [][]counts // [mode][page]
	lines   [][]string // newsdesk's MISS and JUNK lines per page
	missing int        // page files not found
}

// run scores every page in every mode, on workers goroutines.
func run(dir string, entries []entry, modes []string, workers int) results {
	res := results{per: make([][]counts, len(modes)), lines: make([][]string, len(entries))}
	for m := range modes {
		res.per[m] = make([]counts, len(entries))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := make(chan int)
	for w := 0; w < max(1, workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := readPage(dir, entries[i].file)
				if err != nil {
					mu.Lock()
					res.missing++
					mu.Unlock()
					continue
				}
				scorePage(&res, i, entries[i], data, modes)
			}
		}()
	}
	for i := range entries {
		next <- i
	}
	close(next)
	wg.Wait()
	return res
}

// readPage reads a page of the benchmark, which keeps some under mock/.
func readPage(dir, file string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, "test-files", "comparison", file))
	if errors.Is(err, os.ErrNotExist) {
		data, err = os.ReadFile(filepath.Join(dir, "test-files", "mock", file))
	}
	return data, err
}

// scorePage extracts page i in every mode and counts its snippets.
func scorePage(res *results, i int, e entry, data []byte, modes []string) {
	var flat string // the page flattened to its visible lines
	for m, mode := range modes {
		var text string
		switch mode {
		case "newsdesk":
			if a, err := extract.Extract(context.Background(), extract.Input{Path: e.file, URL: e.url, Data: data, Kind: "html"}); err == nil {
				text = a.Text
			}
		case "trafilatura":
			text, _ = htmlpage.TrafilaturaOnly(data, e.url)
		case "text", "every-line":
			if flat == "" {
				flat = flatten(data)
			}
			text = flat
			if mode == "text" {
				text = ""
				if a, err := extract.Extract(context.Background(), extract.Input{Path: e.file, Data: []byte(flat), Kind: "text"}); err == nil {
					text = a.Text
				}
			}
		}
		c, msgs := score(e, text)
		res.per[m][i] = c
		if m == 0 {
			res.lines[i] = msgs
		}
	}
}

// report prints the scores and checks the floors when gating; it returns
// false when a gate failed.
func report(res results, pages int, modes []string, gate bool) bool {
	fmt.Printf("snippets: %d pages of the go-trafilatura comparison set (%d files missing)\n", pages-res.missing, res.missing)
	fmt.Println("  newsdesk: the HTML pipeline; trafilatura: go-trafilatura alone; text: the page flattened")
	fmt.Println("  to its visible lines, then the plain-text pipeline; every-line: that flat text kept whole")
	ok := !gate || res.missing == 0
	if !ok {
		fmt.Printf("snippets: FAIL %d page files missing\n", res.missing)
	}
	for m, mode := range modes {
		var c counts
		for _, pc := range res.per[m] {
			c.add(pc)
		}
		p, r, f1, acc := c.scores()
		fmt.Printf("  %-12s precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f  (tp %d fn %d fp %d tn %d)\n", mode, p, r, f1, acc, c.tp, c.fn, c.fp, c.tn)
		fl, has := floors[mode]
		if !gate || !has {
			continue
		}
		for _, g := range []struct {
			name       string
			got, floor float64
		}{{"F1", f1, fl.f1}, {"precision", p, fl.precision}, {"recall", r, fl.recall}} {
			if g.got < g.floor {
				fmt.Printf("snippets: FAIL %s %s %.4f under floor %.4f\n", mode, g.name, g.got, g.floor)
				ok = false
			}
		}
	}
	return ok
}

// flatten turns an HTML page into the plain text a browser copy or a text
// scraper gives: the page's visible blocks, one per line, menus and
// footers included, with the title on top.
func flatten(page []byte) string {
	utf8, _ := textenc.Decode(page, true)
	text, _ := htmlpage.VisibleText([]byte(utf8))
	return text
}

// score counts the entry's snippets found in text (whitespace-insensitive).
func score(e entry, text string) (counts, []string) {
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	t := norm(text)
	var c counts
	var msgs []string
	for _, w := range e.with {
		if strings.Contains(t, norm(w)) {
			c.tp++
		} else {
			c.fn++
			msgs = append(msgs, fmt.Sprintf("MISS %s %q", e.file, w))
		}
	}
	for _, w := range e.without {
		if strings.Contains(t, norm(w)) {
			c.fp++
			msgs = append(msgs, fmt.Sprintf("JUNK %s %q", e.file, w))
		} else {
			c.tn++
		}
	}
	return c, msgs
}

// load reads the benchmark's entries from the module's data.go: a map
// literal from page URL to a struct literal with File, With and Without.
func load(dir string) ([]entry, error) {
	src := filepath.Join(dir, "scripts", "comparison", "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("read the benchmark's snippets: %w", err)
	}
	var entries []entry
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok := kv.Key.(*ast.BasicLit)
		lit, ok2 := kv.Value.(*ast.CompositeLit)
		if !ok || !ok2 || key.Kind != token.STRING {
			return true
		}
		e := entry{url: unquote(key)}
		for _, x := range lit.Elts {
			field, ok := x.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, _ := field.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch name.Name {
			case "File":
				if b, ok := field.Value.(*ast.BasicLit); ok {
					e.file = unquote(b)
				}
			case "With":
				e.with = stringLits(field.Value)
			case "Without":
				e.without = stringLits(field.Value)
			}
		}
		if e.file != "" && len(e.with)+len(e.without) > 0 {
			entries = append(entries, e)
		}
		return false
	})
	if len(entries) == 0 {
		return nil, fmt.Errorf("no snippets found in %s", src)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].url < entries[j].url })
	return entries, nil
}

func unquote(b *ast.BasicLit) string {
	s, err := strconv.Unquote(b.Value)
	if err != nil {
		return ""
	}
	return s
}

// stringLits reads a []string{...} literal.
func stringLits(x ast.Expr) []string {
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, el := range lit.Elts {
		if b, ok := el.(*ast.BasicLit); ok && b.Kind == token.STRING {
			out = append(out, unquote(b))
		}
	}
	return out
}
