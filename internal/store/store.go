// Package store defines how newsdesk persists its data. The interfaces are
// small and split by concern so that a second backend (PostgreSQL) is a new
// implementation, not a rewrite; the embedded default lives in store/sqlite.
//
// Stages never reach into the store: internal/pipeline hands it their output.
package store

import (
	"context"
	"errors"
	"time"

	"newsdesk/internal/model"
)

// ErrNotFound is returned when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// DocState says what the store knows about a document.
type DocState int

const (
	// DocNew means the raw bytes were just stored by this call.
	DocNew DocState = iota
	// DocPending means the bytes were already stored but no extraction
	// result (article or error) was saved: an earlier run stopped midway.
	DocPending
	// DocExtracted means the document already has its article.
	DocExtracted
	// DocFailed means extraction already ran and failed; the error is kept.
	DocFailed
)

func (s DocState) String() string {
	switch s {
	case DocNew:
		return "new"
	case DocPending:
		return "pending"
	case DocExtracted:
		return "extracted"
	case DocFailed:
		return "failed"
	}
	return "unknown"
}

// DocumentInfo describes a stored document without its raw bytes.
type DocumentInfo struct {
	Hash         string
	Path         string
	URL          string
	MediaType    string
	Size         int64 // raw size in bytes, before compression
	Received     time.Time
	State        DocState
	ExtractError string // set when State is DocFailed
}

// ArticleSummary is one line of an article listing.
type ArticleSummary struct {
	ID                 int64
	DocHash            string
	Path               string
	Title              string
	Outlet             string
	Published          time.Time
	PublishedPrecision string
	Flags              []string
}

// PublishedString renders the publication time like model.Article does.
func (s ArticleSummary) PublishedString() string {
	a := model.Article{Published: s.Published, PublishedPrecision: s.PublishedPrecision}
	return a.PublishedString()
}

// ListOptions narrows an article listing. Zero values mean no limit.
type ListOptions struct {
	Limit  int
	Offset int
}

// Writer holds the write operations. Called on a Store, each call is its own
// transaction; called on the Writer passed to Store.Update, all calls share
// one transaction.
type Writer interface {
	// PutDocument stores the raw document unless bytes with the same hash are
	// already stored, and reports the document's state. doc.Hash must be the
	// hex SHA-256 of doc.Raw. gz, when not nil, must be a gzip stream of
	// exactly doc.Raw (from Gzip, or the file the input came in); the store
	// then keeps it instead of compressing doc.Raw itself.
	PutDocument(ctx context.Context, doc *model.Document, gz []byte) (DocState, error)
	// PutArticle stores the article extracted from document a.DocHash,
	// replacing an earlier one, and clears any extraction error. It sets a.ID
	// and returns it.
	PutArticle(ctx context.Context, a *model.Article) (int64, error)
	// SetExtractError records that extracting document hash failed.
	SetExtractError(ctx context.Context, hash, reason string) error
}

// Documents reads raw documents.
type Documents interface {
	// Document returns the document with its raw bytes.
	Document(ctx context.Context, hash string) (*model.Document, error)
	// DocumentInfo returns what is known about a document, without raw bytes.
	DocumentInfo(ctx context.Context, hash string) (*DocumentInfo, error)
	// PendingDocuments lists documents stored without any extraction result.
	PendingDocuments(ctx context.Context) ([]string, error)
	// DocumentHashes lists every stored document, oldest first.
	DocumentHashes(ctx context.Context) ([]string, error)
	// FailedDocuments lists the documents whose extraction failed, with
	// the reasons, oldest first.
	FailedDocuments(ctx context.Context) ([]DocumentInfo, error)
	// CountDocuments returns how many documents are stored, and how many of
	// them have an article and how many failed extraction.
	CountDocuments(ctx context.Context) (total, extracted, failed int, err error)
}

// Articles reads extracted articles.
type Articles interface {
	// Article returns one article with its flags and removed lines.
	Article(ctx context.Context, id int64) (*model.Article, error)
	// ListArticles lists articles, newest publication first.
	ListArticles(ctx context.Context, opt ListOptions) ([]ArticleSummary, error)
}

// Store is a complete store.
type Store interface {
	Writer
	Documents
	Articles
	// Update runs fn in one transaction: all of its writes are stored or
	// none is. fn must not keep w after it returns.
	Update(ctx context.Context, fn func(w Writer) error) error
	Close() error
}
