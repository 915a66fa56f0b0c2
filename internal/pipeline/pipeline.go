// Package pipeline wires newsdesk's stages together. Stages are plain
// functions over plain values; this package feeds them and hands their output
// to the store, so no stage ever touches the store.
//
// Ingest keeps the design's promise that nothing is lost: a document's raw
// bytes are committed before anything parses them, and its article (or the
// extraction error) is committed in a later transaction, so a process killed
// at any moment leaves a store that opens and a batch that a re-run (or the
// next ingest, which resumes pending documents) completes.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"

	"newsdesk/internal/extract"
	"newsdesk/internal/model"
	"newsdesk/internal/source"
)

// ExtractFunc is the extraction stage; extract.Extract by default.
type ExtractFunc func(ctx context.Context, in extract.Input) (*model.Article, error)

// Outcome is what happened to one input document.
type Outcome int

const (
	// Ingested: stored and extracted by this run (extraction may have
	// failed; then Err is set and Outcome is Failed instead).
	Ingested Outcome = iota
	// Known: the same bytes were already stored and processed.
	Known
	// Failed: the input could not be read or stored, or extraction failed.
	Failed
)

func (o Outcome) String() string {
	switch o {
	case Ingested:
		return "ingested"
	case Known:
		return "already known"
	case Failed:
		return "failed"
	}
	return "unknown"
}

// Result reports one input document.
type Result struct {
	Path      string
	Hash      string // empty when the input could not be read
	ArticleID int64  // set when an article was stored by this run
	Outcome   Outcome
	Resumed   bool // a document left pending by an earlier run
	// Reextracted: a stored document extracted again (Ingest.Reextract).
	Reextracted bool
	Stored      bool  // the raw bytes are in the store (also for failures)
	Err         error // why it failed

	weight int64 // bytes held while in flight
}

// newDocument builds the Document for an input item.
func newDocument(it source.Item) *model.Document {
	sum := sha256.Sum256(it.Data)
	return &model.Document{
		Hash:      hex.EncodeToString(sum[:]),
		Path:      it.Path,
		URL:       it.URL,
		Raw:       it.Data,
		MediaType: source.MediaType(it.Kind, it.Data),
	}
}

// kindOf recovers the extraction hint for a stored document.
func kindOf(mediaType string) string {
	switch mediaType {
	case "text/html":
		return source.KindHTML
	case "text/plain":
		return source.KindText
	}
	return ""
}

func workers(n int) int {
	if n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// runExtract calls fn, turning a panic into an error so that one hostile
// page cannot crash a batch, and completing the article's identity fields.
func runExtract(ctx context.Context, fn ExtractFunc, in extract.Input) (a *model.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("the extractor crashed on this page (please report it): %v\n%s", r, debug.Stack())
		}
	}()
	a, err = fn(ctx, in)
	if err == nil && a == nil {
		err = errors.New("the extractor returned no article")
	}
	if err != nil {
		return nil, err
	}
	if a.Path == "" {
		a.Path = in.Path
	}
	if a.URL == "" {
		a.URL = in.URL
	}
	return a, nil
}
