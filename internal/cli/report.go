package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"newsdesk/internal/pipeline"
	"newsdesk/internal/report"
	"newsdesk/internal/store"
)

func init() {
	Register(Command{
		Name:    "report",
		Summary: "ingest PATHs, update stories and figures, and print every story (figures, timeline, summary, outlets)",
		Usage:   "[--db FILE] [--format text|json|markdown] [PATH...]",
		Run:     runReport,
	})
	Register(Command{
		Name:    "story",
		Summary: "print one stored story's report",
		Usage:   "[--db FILE] [--format text|json|markdown] ID",
		Run:     runStory,
	})
	Register(Command{
		Name:    "stories",
		Summary: "list stored stories, newest activity first, with article and outlet counts",
		Usage:   "[--db FILE] [--format text|json] [--limit N]",
		Run:     runStories,
	})
	Register(Command{
		Name:    "recluster",
		Summary: "rebuild every story from the stored articles, from scratch",
		Usage:   "[--db FILE]",
		Run:     runRecluster,
	})
}

func reportFormat(fs interface {
	String(name, value, usage string) *string
}) *string {
	return fs.String("format", "text", "output: text, json or markdown")
}

func writeReport(w io.Writer, format string, r *report.Report) error {
	switch format {
	case "json":
		return report.WriteJSON(w, r)
	case "markdown", "md":
		return report.WriteMarkdown(w, r)
	case "text", "":
		return report.WriteText(w, r)
	}
	return fmt.Errorf("unknown --format %q (want text, json or markdown): %w", format, ErrUsage)
}

func runReport(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("report", stdio)
	db := fs.String("db", "", "store file (default $NEWSDESK_DB, else ./newsdesk.db)")
	format := reportFormat(fs)
	nw := fs.Int("workers", 0, "extraction goroutines (default: one per CPU)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "json", "markdown", "md"); err != nil {
		return err
	}
	st, err := openStore(ctx, *db, len(paths) > 0)
	if err != nil {
		return err
	}
	defer st.Close()
	if len(paths) > 0 {
		// The ingest summary goes to stderr so that stdout is only the report.
		sum, err := ingestPaths(ctx, st, paths, *nw, false, stdio)
		printIngestSummary(stdio.Err, sum, dbPath(*db))
		if err != nil {
			return fmt.Errorf("ingest stopped before the end (a re-run finishes the batch): %w", err)
		}
	}
	s, err := pipeline.UpdateStories(ctx, st)
	if err != nil {
		return err
	}
	r, err := s.Report(ctx)
	if err != nil {
		return err
	}
	return writeReport(stdio.Out, *format, r)
}

func runStory(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("story", stdio)
	db := fs.String("db", "", "store file (default $NEWSDESK_DB, else ./newsdesk.db)")
	format := reportFormat(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return fmt.Errorf("name one story ID (see `newsdesk stories`): %w", ErrUsage)
	}
	if err := checkFormat(*format, "text", "json", "markdown", "md"); err != nil {
		return err
	}
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := pipeline.StoryReport(ctx, st, rest[0])
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no story %s in %s (see `newsdesk stories`)", rest[0], dbPath(*db))
	}
	if err != nil {
		return err
	}
	return writeReport(stdio.Out, *format, &report.Report{Stories: []report.Story{*s}})
}

func runStories(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("stories", stdio)
	db := fs.String("db", "", "store file (default $NEWSDESK_DB, else ./newsdesk.db)")
	format := fs.String("format", "text", "output: text or json")
	limit := fs.Int("limit", 0, "list at most N stories (0: all)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	recs, err := st.ListStories(ctx, store.ListOptions{Limit: *limit})
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(stdio.Out)
		for _, r := range recs {
			if err := enc.Encode(map[string]any{
				"id": r.ID, "title": r.Label, "articles": r.Articles, "outlets": r.Outlets,
				"first_seen": timeString(r.FirstSeen), "last_seen": timeString(r.LastSeen),
			}); err != nil {
				return err
			}
		}
		return nil
	}
	if len(recs) == 0 {
		fmt.Fprintln(stdio.Out, "no stories yet: run `newsdesk report PATH...` or `newsdesk recluster`")
		return nil
	}
	tw := tabwriter.NewWriter(stdio.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLAST SEEN\tARTICLES\tOUTLETS\tTITLE")
	for _, r := range recs {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", r.ID, dash(timeString(r.LastSeen)), r.Articles, r.Outlets, r.Label)
	}
	return tw.Flush()
}

func runRecluster(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("recluster", stdio)
	db := fs.String("db", "", "store file (default $NEWSDESK_DB, else ./newsdesk.db)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := pipeline.UpdateStories(ctx, st)
	if err != nil {
		return err
	}
	n := 0
	for _, g := range s.Groups {
		n += len(g.Articles)
	}
	fmt.Fprintf(stdio.Out, "%d articles in %d stories\n", n, len(s.Groups))
	return nil
}

func timeString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
