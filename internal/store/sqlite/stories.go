package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"newsdesk/internal/model"
	"newsdesk/internal/store"
)

var (
	_ store.Stories  = (*Store)(nil)
	_ store.Analyses = (*Store)(nil)
	_ store.Bulk     = (*Store)(nil)
)

// ReplaceStories replaces every stored story in one transaction.
func (s *Store) ReplaceStories(ctx context.Context, stories []store.StoryRecord) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_articles`); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories`); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	insStory, err := tx.PrepareContext(ctx, `INSERT INTO stories(id, label, first_seen, last_seen, last_unix, articles, outlets) VALUES (?,?,?,?,?,?,?)`)
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	defer insStory.Close()
	insMember, err := tx.PrepareContext(ctx, `INSERT INTO story_articles(story_id, article_id, duplicate_of, overlap) VALUES (?,?,?,?)`)
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	defer insMember.Close()
	for _, st := range stories {
		var last any
		if !st.LastSeen.IsZero() {
			last = st.LastSeen.Unix()
		}
		if _, err := insStory.ExecContext(ctx, st.ID, st.Label, timeOrEmpty(st.FirstSeen), timeOrEmpty(st.LastSeen), last, st.Articles, st.Outlets); err != nil {
			return fmt.Errorf("save story %s: %w", st.ID, err)
		}
		for _, m := range st.Members {
			var dup any
			if m.DuplicateOf != 0 {
				dup = m.DuplicateOf
			}
			if _, err := insMember.ExecContext(ctx, st.ID, m.ArticleID, dup, m.Overlap); err != nil {
				return fmt.Errorf("save story %s: %w", st.ID, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	return nil
}

func timeOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatTime(t)
}

// ListStories lists stories, newest activity first (undated last).
func (s *Store) ListStories(ctx context.Context, opt store.ListOptions) ([]store.StoryRecord, error) {
	limit := opt.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, label, first_seen, last_seen, articles, outlets FROM stories
		ORDER BY last_unix IS NULL, last_unix DESC, articles DESC, id LIMIT ? OFFSET ?`, limit, max(opt.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var out []store.StoryRecord
	for rows.Next() {
		var r store.StoryRecord
		var first, last string
		if err := rows.Scan(&r.ID, &r.Label, &first, &last, &r.Articles, &r.Outlets); err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		r.FirstSeen, r.LastSeen = parseTime(first), parseTime(last)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Story returns one story with its members.
func (s *Store) Story(ctx context.Context, id string) (*store.StoryRecord, error) {
	var r store.StoryRecord
	var first, last string
	err := s.db.QueryRowContext(ctx, `SELECT id, label, first_seen, last_seen, articles, outlets FROM stories WHERE id = ?`, id).
		Scan(&r.ID, &r.Label, &first, &last, &r.Articles, &r.Outlets)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read story %s: %w", id, err)
	}
	r.FirstSeen, r.LastSeen = parseTime(first), parseTime(last)
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, COALESCE(duplicate_of, 0), overlap FROM story_articles WHERE story_id = ? ORDER BY article_id`, id)
	if err != nil {
		return nil, fmt.Errorf("read story %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var m store.StoryMember
		if err := rows.Scan(&m.ArticleID, &m.DuplicateOf, &m.Overlap); err != nil {
			return nil, fmt.Errorf("read story %s: %w", id, err)
		}
		r.Members = append(r.Members, m)
	}
	return &r, rows.Err()
}

// idList renders ids for an IN (...) clause; they are integers, so no
// quoting is needed.
func idList(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ",")
}

// CachedClaims returns cached claims at version.
func (s *Store) CachedClaims(ctx context.Context, ids []int64, version int) (map[int64][]model.Claim, error) {
	q := `SELECT article_id, claims FROM article_claims WHERE version = ?`
	if ids != nil {
		if len(ids) == 0 {
			return map[int64][]model.Claim{}, nil
		}
		q += ` AND article_id IN (` + idList(ids) + `)`
	}
	rows, err := s.db.QueryContext(ctx, q, version)
	if err != nil {
		return nil, fmt.Errorf("read cached claims: %w", err)
	}
	defer rows.Close()
	out := map[int64][]model.Claim{}
	for rows.Next() {
		var id int64
		var js string
		if err := rows.Scan(&id, &js); err != nil {
			return nil, fmt.Errorf("read cached claims: %w", err)
		}
		var cs []model.Claim
		if err := json.Unmarshal([]byte(js), &cs); err != nil {
			continue // a damaged entry is recomputed
		}
		out[id] = cs
	}
	return out, rows.Err()
}

// PutClaims caches claims per article at version.
func (s *Store) PutClaims(ctx context.Context, claims map[int64][]model.Claim, version int) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cache claims: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO article_claims(article_id, version, claims) VALUES (?,?,?)
		ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, claims = excluded.claims`)
	if err != nil {
		return fmt.Errorf("cache claims: %w", err)
	}
	defer st.Close()
	for id, cs := range claims {
		if cs == nil {
			cs = []model.Claim{}
		}
		js, err := json.Marshal(cs)
		if err != nil {
			return fmt.Errorf("cache claims of article %d: %w", id, err)
		}
		if _, err := st.ExecContext(ctx, id, version, string(js)); err != nil {
			return fmt.Errorf("cache claims of article %d: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("cache claims: %w", err)
	}
	return nil
}

// ArticlesByID returns articles with flags, without removed lines.
func (s *Store) ArticlesByID(ctx context.Context, ids []int64) ([]*model.Article, error) {
	where := ""
	if ids != nil {
		if len(ids) == 0 {
			return nil, nil
		}
		where = ` WHERE id IN (` + idList(ids) + `)`
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, doc_hash, path, url, title, body, published, published_precision,
			published_source, author, outlet, language FROM articles`+where+` ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	defer rows.Close()
	var out []*model.Article
	byID := map[int64]*model.Article{}
	for rows.Next() {
		a := &model.Article{}
		var published string
		if err := rows.Scan(&a.ID, &a.DocHash, &a.Path, &a.URL, &a.Title, &a.Text, &published, &a.PublishedPrecision,
			&a.PublishedSource, &a.Author, &a.Outlet, &a.Language); err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		a.Published = parseTime(published)
		out = append(out, a)
		byID[a.ID] = a
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	flagWhere := ""
	if ids != nil {
		flagWhere = ` WHERE article_id IN (` + idList(ids) + `)`
	}
	frows, err := s.db.QueryContext(ctx, `SELECT article_id, name, evidence FROM article_flags`+flagWhere+` ORDER BY article_id, pos`)
	if err != nil {
		return nil, fmt.Errorf("read article flags: %w", err)
	}
	defer frows.Close()
	for frows.Next() {
		var id int64
		var f model.Flag
		if err := frows.Scan(&id, &f.Name, &f.Evidence); err != nil {
			return nil, fmt.Errorf("read article flags: %w", err)
		}
		if a, ok := byID[id]; ok {
			a.Flags = append(a.Flags, f)
		}
	}
	return out, frows.Err()
}
