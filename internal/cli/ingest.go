package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"newsdesk/internal/extract"
	"newsdesk/internal/pipeline"
	"newsdesk/internal/source"
	"newsdesk/internal/store/sqlite"
)

func init() {
	Register(Command{
		Name:    "ingest",
		Summary: "store pages (files, directories, .html.gz, .jsonl, - for stdin) and their extracted articles",
		Usage:   "[--db FILE] [--workers N] [--reextract] PATH...",
		Run:     runIngest,
	})
}

// extractFunc is the extraction stage used by ingest and extract. Tests
// replace it to slow extraction down or make it fail on purpose.
var extractFunc pipeline.ExtractFunc = extract.Extract

// openStore opens the SQLite store named by the --db flag value (see
// dbPath). Commands that only read refuse to create a new, empty store.
func openStore(ctx context.Context, flagValue string, create bool) (*sqlite.Store, error) {
	path := dbPath(flagValue)
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run `newsdesk ingest PATH...` first, or name the store with --db or NEWSDESK_DB", path)
		}
	}
	return sqlite.Open(ctx, path)
}

// progressMin is the smallest batch that gets a progress bar.
const progressMin = 50

func runIngest(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("ingest", stdio)
	db := fs.String("db", "", "store file (default $NEWSDESK_DB, else ./newsdesk.db)")
	nw := fs.Int("workers", 0, "extraction goroutines (default: one per CPU)")
	reextract := fs.Bool("reextract", false, "extract every stored document again (after an extractor upgrade); PATHs are optional")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 && !*reextract {
		return fmt.Errorf("name at least one file or directory (or - for stdin): %w", ErrUsage)
	}
	st, err := openStore(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()

	sum, runErr := ingestPaths(ctx, st, paths, *nw, *reextract, stdio)
	printIngestSummary(stdio.Out, sum, dbPath(*db))
	if runErr != nil {
		return fmt.Errorf("stopped before the end (a re-run finishes the batch): %w", runErr)
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d of %d documents failed (listed above)", sum.Failed, sum.Ingested+sum.Reextracted+sum.Known+sum.Failed)
	}
	return nil
}

// ingestPaths stores the documents named by paths and their articles in st,
// with a progress bar on a terminal.
func ingestPaths(ctx context.Context, st *sqlite.Store, paths []string, nworkers int, reextract bool, stdio Stdio) (pipeline.Summary, error) {
	entries := source.Expand(paths)
	rd := &source.Reader{Stdin: stdio.In}
	// The progress total is an estimate: documents read so far plus one per
	// file not opened yet (a JSON Lines file holds many).
	var read, started atomic.Int64
	items := func(yield func(source.Item) bool) {
		for _, e := range entries {
			started.Add(1)
			ok := rd.ReadEntry(ctx, e, func(it source.Item) bool {
				read.Add(1)
				return yield(it)
			})
			if !ok {
				return
			}
		}
	}
	bar := newProgress(stdio.Err, len(entries))
	var done int64
	ing := &pipeline.Ingest{
		Store: st, Extract: extractFunc, Workers: nworkers, Resume: true, Reextract: reextract,
		OnResult: func(pipeline.Result) {
			done++
			bar.update(done, read.Load()+int64(len(entries))-started.Load())
		},
	}
	sum, runErr := ing.Run(ctx, iter.Seq[source.Item](items))
	bar.finish()
	return sum, runErr
}

func printIngestSummary(w io.Writer, sum pipeline.Summary, db string) {
	resumed := ""
	if sum.Resumed > 0 {
		resumed = fmt.Sprintf(" (%d left pending by an earlier run)", sum.Resumed)
	}
	if sum.Reextracted > 0 {
		fmt.Fprintf(w, "re-extracted %d stored documents\n", sum.Reextracted)
	}
	fmt.Fprintf(w, "ingested %d%s, already known %d, failed %d; store %s\n", sum.Ingested, resumed, sum.Known, sum.Failed, db)
	for _, f := range sum.Failures {
		kept := ""
		if f.Stored {
			kept = " [raw bytes kept]"
		}
		fmt.Fprintf(w, "  failed %s: %s%s\n", f.Path, reason(f.Path, f.Err), kept)
	}
}

// reason renders err for a line that already names path: the first line of
// the message, without a repeated "path: " prefix.
func reason(path string, err error) string {
	return strings.TrimPrefix(oneLine(err.Error()), path+": ")
}

// oneLine keeps the first line of a message.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// progress draws a progress bar on a terminal; it does nothing when the
// writer is not a terminal or the batch is small.
type progress struct {
	w    io.Writer
	on   bool
	last time.Time
}

func newProgress(w io.Writer, entries int) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok && entries >= progressMin {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) update(done, total int64) {
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	total = max(total, done, 1)
	const width = 30
	n := int(done * width / total)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d", strings.Repeat("#", n), strings.Repeat(".", width-n), done, total)
}

func (p *progress) finish() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
