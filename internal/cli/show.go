package cli

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"newsdesk/internal/model"
	"newsdesk/internal/store"
)

func init() {
	Register(Command{
		Name:    "show",
		Summary: "show one stored article: metadata, flags with evidence, text (--removed: dropped lines too)",
		Usage:   "[--db FILE] [--removed] [--format text|json] ID",
		Run:     runShow,
	})
}

// showJSON is `newsdesk show --format json`: the extract fields plus the
// store's identity, the flags' evidence and, with --removed, the lines.
type showJSON struct {
	ID      int64  `json:"id"`
	DocHash string `json:"doc_hash"`
	articleJSON
	FlagEvidence []model.Flag `json:"flag_evidence"`
	RemovedLines []string     `json:"removed_lines,omitempty"`
}

func runShow(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("show", stdio)
	db := fs.String("db", "", "store file (default $NEWSDESK_DB, else ./newsdesk.db)")
	removed := fs.Bool("removed", false, "also print the lines dropped as page furniture")
	format := fs.String("format", "text", "output format: text or json")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return fmt.Errorf("show takes one article ID (see `newsdesk articles`): %w", ErrUsage)
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	id, err := strconv.ParseInt(rest[0], 10, 64)
	if err != nil || id <= 0 {
		return fmt.Errorf("%q is not an article ID (a positive number, see `newsdesk articles`): %w", rest[0], ErrUsage)
	}
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.Article(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no article %d in %s (see `newsdesk articles`)", id, dbPath(*db))
	}
	if err != nil {
		return err
	}
	if *format == "json" {
		out := showJSON{ID: a.ID, DocHash: a.DocHash, articleJSON: newArticleJSON(a), FlagEvidence: a.Flags}
		if out.FlagEvidence == nil {
			out.FlagEvidence = []model.Flag{}
		}
		if *removed {
			out.RemovedLines = a.Removed
		}
		enc := jsonLines(stdio.Out)
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	}
	if err := writeArticleText(stdio.Out, a, *removed, false); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}
