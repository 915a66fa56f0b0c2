package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"newsdesk/internal/model"
	"newsdesk/internal/pipeline"
	"newsdesk/internal/source"
)

func init() {
	Register(Command{
		Name:    "extract",
		Summary: "extract the article from pages without storing them (one JSON object per page with --format json)",
		Usage:   "[--format json|text] [--workers N] PATH...",
		Run:     runExtractCmd,
	})
}

// articleJSON is the line `newsdesk extract --format json` prints per input.
// Its fields are a contract: add new ones only deliberately.
type articleJSON struct {
	Path            string   `json:"path"`
	URL             string   `json:"url"`
	Title           string   `json:"title"`
	Text            string   `json:"text"`
	Published       string   `json:"published"`
	PublishedSource string   `json:"published_source"`
	Author          string   `json:"author"`
	Outlet          string   `json:"outlet"`
	Language        string   `json:"language"`
	Flags           []string `json:"flags"`
	Removed         int      `json:"removed"`
}

func newArticleJSON(a *model.Article) articleJSON {
	flags := make([]string, 0, len(a.Flags))
	for _, f := range a.Flags {
		flags = append(flags, f.Name)
	}
	return articleJSON{
		Path: a.Path, URL: a.URL, Title: a.Title, Text: a.Text,
		Published: a.PublishedString(), PublishedSource: a.PublishedSource,
		Author: a.Author, Outlet: a.Outlet, Language: a.Language,
		Flags: flags, Removed: len(a.Removed),
	}
}

func runExtractCmd(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("extract", stdio)
	format := fs.String("format", "text", "output format: text or json (one object per input and line)")
	nw := fs.Int("workers", 0, "extraction goroutines (default: one per CPU)")
	paths, err := parsePaths(fs, args, format)
	if err != nil {
		return err
	}
	rd := &source.Reader{Stdin: stdio.In}
	enc := jsonLines(stdio.Out)
	var n, failed int
	var writeErr error
	err = pipeline.ExtractAll(ctx, rd.Items(ctx, paths), extractFunc, *nw, func(x pipeline.Extracted) {
		n++
		if x.Err != nil {
			failed++
			fmt.Fprintf(stdio.Err, "newsdesk extract: %s: %s\n", x.Path, reason(x.Path, x.Err))
			return
		}
		if writeErr != nil {
			return
		}
		if *format == "json" {
			writeErr = enc.Encode(newArticleJSON(x.Article))
		} else {
			writeErr = writeArticleText(stdio.Out, x.Article, false, n > 1)
		}
	})
	return batchResult(writeErr, err, failed, n)
}

// writeArticleText prints an article for people: metadata, flags with their
// evidence, the text, and the removed lines when asked.
func writeArticleText(w io.Writer, a *model.Article, withRemoved, separator bool) error {
	var b strings.Builder
	if separator {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "== %s\n", a.Path)
	if a.ID != 0 {
		fmt.Fprintf(&b, "id:        %d\n", a.ID)
	}
	field := func(name, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-10s %s\n", name+":", v)
		}
	}
	field("title", a.Title)
	field("url", a.URL)
	if p := a.PublishedString(); p != "" {
		if a.PublishedSource != "" {
			p += fmt.Sprintf(" (from %q)", a.PublishedSource)
		}
		field("published", p)
	}
	field("author", a.Author)
	field("outlet", a.Outlet)
	field("language", a.Language)
	for _, f := range a.Flags {
		if f.Evidence != "" {
			fmt.Fprintf(&b, "flag:      %s (evidence: %q)\n", f.Name, f.Evidence)
		} else {
			fmt.Fprintf(&b, "flag:      %s\n", f.Name)
		}
	}
	if len(a.Removed) > 0 {
		fmt.Fprintf(&b, "removed:   %d lines\n", len(a.Removed))
	}
	b.WriteString("\n")
	b.WriteString(a.Text)
	b.WriteString("\n")
	if withRemoved && len(a.Removed) > 0 {
		b.WriteString("\n-- removed lines --\n")
		for _, l := range a.Removed {
			b.WriteString(l)
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
