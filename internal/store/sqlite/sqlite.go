// Package sqlite is the embedded store: one SQLite file (pure-Go driver, no
// cgo) in WAL mode. Raw documents are kept gzip-compressed and
// content-addressed by SHA-256; every write runs in a transaction, so a
// process killed at any moment leaves a file that opens and a batch that a
// re-run completes.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"newsdesk/internal/model"
	"newsdesk/internal/store"
)

// Store is the SQLite implementation of store.Store.
type Store struct {
	db    *sql.DB
	path  string
	stmts sync.Map // query text -> *sql.Stmt, prepared once per connection
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed) the store at path and brings its schema up
// to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("open store %s: it is a directory; name a file such as %s", path, filepath.Join(path, "newsdesk.db"))
	}
	if dir := filepath.Dir(path); dir != "" {
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("open store %s: directory %s does not exist", path, dir)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	// Two processes opening a new store at once can meet SQLITE_BUSY
	// without the busy timeout applying (a read snapshot that another
	// connection's schema change made stale); the migration is idempotent,
	// so it is simply tried again.
	var merr error
	for attempt := 0; attempt < 40; attempt++ {
		if merr = s.migrate(ctx); merr == nil || !busy(merr) {
			break
		}
		select {
		case <-ctx.Done():
			merr = ctx.Err()
		case <-time.After(time.Duration(25*(attempt+1)) * time.Millisecond):
			continue
		}
		break
	}
	if merr != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, merr)
	}
	return s, nil
}

// busy reports an SQLite "database is locked" error.
func busy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "database is locked") || strings.Contains(msg, "SQLITE_BUSY")
}

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.Range(func(_, st any) bool {
		st.(*sql.Stmt).Close()
		return true
	})
	return s.db.Close()
}

// DB exposes the database handle for checks such as PRAGMA integrity_check.
func (s *Store) DB() *sql.DB { return s.db }

// SchemaVersion returns the schema version the file is at.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	return v, err
}

// LatestSchemaVersion is the version Open migrates to.
func LatestSchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return errors.New("the file is not a newsdesk store (not an SQLite database)")
		}
		return fmt.Errorf("create schema_version: %w", err)
	}
	for {
		done, err := s.migrateStep(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateStep applies the next migration, if any, in one transaction.
func (s *Store) migrateStep(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("begin migration: %w", err)
	}
	defer tx.Rollback()
	var v int
	switch err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version(version) VALUES (0)`); err != nil {
			return false, fmt.Errorf("init schema_version: %w", err)
		}
	case err != nil:
		return false, fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return false, fmt.Errorf("the store has schema version %d but this newsdesk knows only up to %d; use a newer newsdesk", v, len(migrations))
	}
	if v == len(migrations) {
		return true, tx.Commit()
	}
	for _, stmt := range migrations[v] {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return false, fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, v+1); err != nil {
		return false, fmt.Errorf("migration %d: %w", v+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %d: %w", v+1, err)
	}
	return false, nil
}

// querier runs a query that returns one row.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// txWriter implements store.Writer inside one transaction. Its statements
// are prepared once and reused: parsing SQL is a good part of the cost of
// a small write.
type txWriter struct {
	s  *Store
	tx *sql.Tx
}

func (s *Store) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := s.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if prev, loaded := s.stmts.LoadOrStore(query, st); loaded {
		st.Close()
		return prev.(*sql.Stmt), nil
	}
	return st, nil
}

func (w txWriter) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return w.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

// QueryRowContext runs a prepared query in the transaction. A preparation
// error surfaces from Scan, as with database/sql.
func (w txWriter) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := w.s.prepared(ctx, query)
	if err != nil {
		// unprepared, so that the preparation error surfaces from Scan
		return w.tx.QueryRowContext(ctx, query, args...)
	}
	return w.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

// Update runs fn in one transaction.
func (s *Store) Update(ctx context.Context, fn func(w store.Writer) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer tx.Rollback()
	if err := fn(txWriter{s, tx}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// PutDocument implements store.Writer in its own transaction.
func (s *Store) PutDocument(ctx context.Context, doc *model.Document, gz []byte) (st store.DocState, err error) {
	err = s.Update(ctx, func(w store.Writer) error {
		st, err = w.PutDocument(ctx, doc, gz)
		return err
	})
	return st, err
}

// PutArticle implements store.Writer in its own transaction.
func (s *Store) PutArticle(ctx context.Context, a *model.Article) (id int64, err error) {
	err = s.Update(ctx, func(w store.Writer) error {
		id, err = w.PutArticle(ctx, a)
		return err
	})
	return id, err
}

// SetExtractError implements store.Writer in its own transaction.
func (s *Store) SetExtractError(ctx context.Context, hash, reason string) error {
	return s.Update(ctx, func(w store.Writer) error {
		return w.SetExtractError(ctx, hash, reason)
	})
}

func (w txWriter) PutDocument(ctx context.Context, doc *model.Document, gz []byte) (store.DocState, error) {
	if len(doc.Hash) != 64 {
		return 0, fmt.Errorf("store document %s: missing content hash", doc.Path)
	}
	// Known bytes cost one lookup, not a compression.
	if st, _, err := docState(ctx, w, doc.Hash); err == nil {
		return st, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return 0, fmt.Errorf("store document %s: %w", doc.Path, err)
	}
	received := doc.Received
	if received.IsZero() {
		received = time.Now()
	}
	z := gz
	if z == nil {
		var err error
		if z, err = store.Gzip(doc.Raw); err != nil {
			return 0, fmt.Errorf("store document %s: %w", doc.Path, err)
		}
	}
	res, err := w.ExecContext(ctx, `INSERT INTO documents(hash, path, url, media_type, size, received, raw_encoding, raw, seq)
		VALUES (?, ?, ?, ?, ?, ?, 'gzip', ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents)) ON CONFLICT(hash) DO NOTHING`,
		doc.Hash, doc.Path, doc.URL, doc.MediaType, len(doc.Raw), formatTime(received), z)
	if err != nil {
		return 0, fmt.Errorf("store document %s: %w", doc.Path, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return store.DocNew, nil
	}
	st, _, err := docState(ctx, w, doc.Hash)
	if err != nil {
		return 0, fmt.Errorf("store document %s: %w", doc.Path, err)
	}
	return st, nil
}

func docState(ctx context.Context, q querier, hash string) (store.DocState, string, error) {
	var extractedAt, extractErr sql.NullString
	var hasArticle bool
	err := q.QueryRowContext(ctx, `SELECT d.extracted_at, d.extract_error,
			EXISTS(SELECT 1 FROM articles a WHERE a.doc_hash = d.hash)
		FROM documents d WHERE d.hash = ?`, hash).Scan(&extractedAt, &extractErr, &hasArticle)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", store.ErrNotFound
	}
	if err != nil {
		return 0, "", err
	}
	switch {
	case hasArticle:
		return store.DocExtracted, "", nil
	case extractErr.Valid:
		return store.DocFailed, extractErr.String, nil
	case extractedAt.Valid:
		// Extracted without article and without error cannot happen, but
		// treat it as pending so a re-run repairs it.
		return store.DocPending, "", nil
	}
	return store.DocPending, "", nil
}

func (w txWriter) PutArticle(ctx context.Context, a *model.Article) (int64, error) {
	now := formatTime(time.Now())
	var published string
	var publishedUnix sql.NullInt64
	if !a.Published.IsZero() {
		published = a.Published.Format(time.RFC3339Nano)
		publishedUnix = sql.NullInt64{Int64: a.Published.Unix(), Valid: true}
	}
	var id int64
	// The article takes its document's number as ID (see migration 2).
	err := w.QueryRowContext(ctx, `INSERT INTO articles(id, doc_hash, path, url, title, body, published, published_unix,
			published_precision, published_source, author, outlet, language, removed, removed_count, extracted_at)
		VALUES ((SELECT seq FROM documents WHERE hash = ?1), ?1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(doc_hash) DO UPDATE SET path=excluded.path, url=excluded.url, title=excluded.title,
			body=excluded.body, published=excluded.published, published_unix=excluded.published_unix,
			published_precision=excluded.published_precision, published_source=excluded.published_source,
			author=excluded.author, outlet=excluded.outlet, language=excluded.language,
			removed=excluded.removed, removed_count=excluded.removed_count, extracted_at=excluded.extracted_at
		RETURNING id`,
		a.DocHash, a.Path, a.URL, a.Title, a.Text, published, publishedUnix,
		a.PublishedPrecision, a.PublishedSource, a.Author, a.Outlet, a.Language,
		removedJSON(a.Removed), len(a.Removed), now).Scan(&id)
	if err != nil {
		if strings.Contains(err.Error(), "FOREIGN KEY") {
			return 0, fmt.Errorf("store article for %s: its document is not stored", a.Path)
		}
		return 0, fmt.Errorf("store article for %s: %w", a.Path, err)
	}
	if _, err := w.ExecContext(ctx, `DELETE FROM article_flags WHERE article_id = ?`, id); err != nil {
		return 0, fmt.Errorf("store article flags for %s: %w", a.Path, err)
	}
	// the cached claims were computed from the replaced text
	if _, err := w.ExecContext(ctx, `DELETE FROM article_claims WHERE article_id = ?`, id); err != nil {
		return 0, fmt.Errorf("store article for %s: %w", a.Path, err)
	}
	for i, f := range a.Flags {
		if _, err := w.ExecContext(ctx, `INSERT INTO article_flags(article_id, pos, name, evidence) VALUES (?, ?, ?, ?)`,
			id, i, f.Name, f.Evidence); err != nil {
			return 0, fmt.Errorf("store article flags for %s: %w", a.Path, err)
		}
	}
	if _, err := w.ExecContext(ctx, `UPDATE documents SET extracted_at = ?, extract_error = NULL WHERE hash = ?`,
		now, a.DocHash); err != nil {
		return 0, fmt.Errorf("store article for %s: %w", a.Path, err)
	}
	a.ID = id
	return id, nil
}

func (w txWriter) SetExtractError(ctx context.Context, hash, reason string) error {
	res, err := w.ExecContext(ctx, `UPDATE documents SET extracted_at = ?, extract_error = ? WHERE hash = ?`,
		formatTime(time.Now()), reason, hash)
	if err != nil {
		return fmt.Errorf("record extraction error: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("record extraction error for %.12s: %w", hash, store.ErrNotFound)
	}
	// A failed re-extraction does not keep a stale article.
	if _, err := w.ExecContext(ctx, `DELETE FROM articles WHERE doc_hash = ?`, hash); err != nil {
		return fmt.Errorf("record extraction error: %w", err)
	}
	return nil
}

// Document returns a stored document with its raw bytes.
func (s *Store) Document(ctx context.Context, hash string) (*model.Document, error) {
	var d model.Document
	var received, enc string
	var z []byte
	err := s.db.QueryRowContext(ctx, `SELECT hash, path, url, media_type, received, raw_encoding, raw
		FROM documents WHERE hash = ?`, hash).Scan(&d.Hash, &d.Path, &d.URL, &d.MediaType, &received, &enc, &z)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %.12s: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read document %.12s: %w", hash, err)
	}
	if enc != "gzip" {
		return nil, fmt.Errorf("read document %.12s: unknown raw encoding %q", hash, enc)
	}
	if d.Raw, err = store.Gunzip(z); err != nil {
		return nil, fmt.Errorf("read document %.12s: %w", hash, err)
	}
	d.Received = parseTime(received)
	return &d, nil
}

// DocumentInfo returns what is known about a document.
func (s *Store) DocumentInfo(ctx context.Context, hash string) (*store.DocumentInfo, error) {
	var d store.DocumentInfo
	var received string
	err := s.db.QueryRowContext(ctx, `SELECT hash, path, url, media_type, size, received FROM documents WHERE hash = ?`, hash).
		Scan(&d.Hash, &d.Path, &d.URL, &d.MediaType, &d.Size, &received)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %.12s: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read document %.12s: %w", hash, err)
	}
	d.Received = parseTime(received)
	if d.State, d.ExtractError, err = docState(ctx, s.db, hash); err != nil {
		return nil, fmt.Errorf("read document %.12s: %w", hash, err)
	}
	return &d, nil
}

// PendingDocuments lists documents stored without an extraction result.
func (s *Store) PendingDocuments(ctx context.Context) ([]string, error) {
	out, err := s.hashes(ctx, `SELECT hash FROM documents WHERE extracted_at IS NULL ORDER BY received, hash`)
	if err != nil {
		return nil, fmt.Errorf("list pending documents: %w", err)
	}
	return out, nil
}

// DocumentHashes lists every stored document, oldest first.
func (s *Store) DocumentHashes(ctx context.Context) ([]string, error) {
	out, err := s.hashes(ctx, `SELECT hash FROM documents ORDER BY received, hash`)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

// FailedDocuments lists the documents whose extraction failed.
func (s *Store) FailedDocuments(ctx context.Context) ([]store.DocumentInfo, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT hash, path, url, media_type, size, received, extract_error
		FROM documents WHERE extract_error IS NOT NULL ORDER BY received, hash`)
	if err != nil {
		return nil, fmt.Errorf("list failed documents: %w", err)
	}
	defer rows.Close()
	var out []store.DocumentInfo
	for rows.Next() {
		d := store.DocumentInfo{State: store.DocFailed}
		var received string
		if err := rows.Scan(&d.Hash, &d.Path, &d.URL, &d.MediaType, &d.Size, &received, &d.ExtractError); err != nil {
			return nil, fmt.Errorf("list failed documents: %w", err)
		}
		d.Received = parseTime(received)
		out = append(out, d)
	}
	return out, rows.Err()
}

func (s *Store) hashes(ctx context.Context, query string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// CountDocuments counts stored documents, extracted ones and failed ones.
func (s *Store) CountDocuments(ctx context.Context) (total, extracted, failed int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM documents),
			(SELECT count(*) FROM articles),
			(SELECT count(*) FROM documents WHERE extract_error IS NOT NULL)`).Scan(&total, &extracted, &failed)
	if err != nil {
		err = fmt.Errorf("count documents: %w", err)
	}
	return
}

// Article returns one article with its flags and removed lines.
func (s *Store) Article(ctx context.Context, id int64) (*model.Article, error) {
	var a model.Article
	var published, removed string
	err := s.db.QueryRowContext(ctx, `SELECT id, doc_hash, path, url, title, body, published, published_precision,
			published_source, author, outlet, language, removed, removed_count
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.DocHash, &a.Path, &a.URL, &a.Title, &a.Text, &published,
		&a.PublishedPrecision, &a.PublishedSource, &a.Author, &a.Outlet, &a.Language, &removed, new(int))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read article %d: %w", id, err)
	}
	if published != "" {
		if a.Published, err = time.Parse(time.RFC3339Nano, published); err != nil {
			return nil, fmt.Errorf("read article %d: bad stored date %q: %w", id, published, err)
		}
	}
	if removed != "[]" {
		if err := json.Unmarshal([]byte(removed), &a.Removed); err != nil {
			return nil, fmt.Errorf("read article %d: damaged removed lines: %w", id, err)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT name, evidence FROM article_flags WHERE article_id = ? ORDER BY pos`, id)
	if err != nil {
		return nil, fmt.Errorf("read article %d flags: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var f model.Flag
		if err := rows.Scan(&f.Name, &f.Evidence); err != nil {
			return nil, fmt.Errorf("read article %d flags: %w", id, err)
		}
		a.Flags = append(a.Flags, f)
	}
	return &a, rows.Err()
}

// ListArticles lists articles, newest publication first, undated last.
func (s *Store) ListArticles(ctx context.Context, opt store.ListOptions) ([]store.ArticleSummary, error) {
	limit := opt.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.doc_hash, a.path, a.title, a.outlet, a.published, a.published_precision,
			COALESCE((SELECT group_concat(name, ',') FROM (SELECT name FROM article_flags f WHERE f.article_id = a.id ORDER BY pos)), '')
		FROM articles a
		ORDER BY a.published_unix IS NULL, a.published_unix DESC, a.id DESC
		LIMIT ? OFFSET ?`, limit, max(opt.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []store.ArticleSummary
	for rows.Next() {
		var s store.ArticleSummary
		var published, flags string
		if err := rows.Scan(&s.ID, &s.DocHash, &s.Path, &s.Title, &s.Outlet, &published, &s.PublishedPrecision, &flags); err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		if published != "" {
			s.Published, _ = time.Parse(time.RFC3339Nano, published)
		}
		if flags != "" {
			s.Flags = strings.Split(flags, ",")
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// removedJSON encodes removed lines as a JSON array ("[]" when none).
func removedJSON(lines []string) string {
	if len(lines) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(lines) // []string always marshals
	return string(b)
}

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}
