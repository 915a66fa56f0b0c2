package cli

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"newsdesk/internal/store"
)

func init() {
	Register(Command{
		Name:    "articles",
		Summary: "list stored articles: id, published, outlet, flags, title (newest first)",
		Usage:   "[--db FILE] [--limit N] [--format text|json] [--failed]",
		Run:     runArticles,
	})
}

// articleListJSON is one line of `newsdesk articles --format json`.
type articleListJSON struct {
	ID        int64    `json:"id"`
	Published string   `json:"published"`
	Outlet    string   `json:"outlet"`
	Flags     []string `json:"flags"`
	Title     string   `json:"title"`
	Path      string   `json:"path"`
}

func runArticles(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("articles", stdio)
	db := fs.String("db", "", "store file (default $NEWSDESK_DB, else ./newsdesk.db)")
	limit := fs.Int("limit", 0, "list at most N articles (0: all)")
	format := fs.String("format", "text", "output format: text or json (one object per line)")
	failed := fs.Bool("failed", false, "list the stored documents whose extraction failed, with the reasons, instead")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("articles takes no arguments (got %q): %w", rest[0], ErrUsage)
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	if *failed {
		return listFailed(ctx, st, *format, stdio)
	}
	list, err := st.ListArticles(ctx, store.ListOptions{Limit: *limit})
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := jsonLines(stdio.Out)
		for _, a := range list {
			flags := a.Flags
			if flags == nil {
				flags = []string{}
			}
			if err := enc.Encode(articleListJSON{a.ID, a.PublishedString(), a.Outlet, flags, a.Title, a.Path}); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		return nil
	}
	if len(list) == 0 {
		fmt.Fprintln(stdio.Out, "no articles yet: run `newsdesk ingest PATH...`")
		return nil
	}
	tw := tabwriter.NewWriter(stdio.Out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tFLAGS\tTITLE")
	for _, a := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", a.ID, dash(a.PublishedString()), dash(clip(a.Outlet, 30)),
			dash(strings.Join(a.Flags, ",")), dash(clip(a.Title, 90)))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// failedJSON is one line of `newsdesk articles --failed --format json`.
type failedJSON struct {
	DocHash string `json:"doc_hash"`
	Path    string `json:"path"`
	URL     string `json:"url"`
	Error   string `json:"error"`
}

func listFailed(ctx context.Context, st store.Documents, format string, stdio Stdio) error {
	docs, err := st.FailedDocuments(ctx)
	if err != nil {
		return err
	}
	if format == "json" {
		enc := jsonLines(stdio.Out)
		for _, d := range docs {
			if err := enc.Encode(failedJSON{d.Hash, d.Path, d.URL, d.ExtractError}); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		return nil
	}
	if len(docs) == 0 {
		fmt.Fprintln(stdio.Out, "no failed documents")
		return nil
	}
	tw := tabwriter.NewWriter(stdio.Out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DOCUMENT\tPATH\tERROR")
	for _, d := range docs {
		fmt.Fprintf(tw, "%.12s\t%s\t%s\n", d.Hash, clip(d.Path, 60), clip(d.ExtractError, 100))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to at most n runes, marking the cut, and keeps it on one
// line (tabs would break the table).
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
