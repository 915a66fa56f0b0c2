package store

import (
	"context"
	"time"

	"newsdesk/internal/model"
)

// StoryMember is one article's place in a story.
type StoryMember struct {
	ArticleID   int64
	DuplicateOf int64 // article ID of the original; 0 for an original report
	Overlap     float64
}

// StoryRecord is a stored story.
type StoryRecord struct {
	ID        string
	Label     string // representative title
	FirstSeen time.Time
	LastSeen  time.Time
	Articles  int
	Outlets   int
	Members   []StoryMember // filled by Story, not by ListStories
}

// Stories persists the story grouping. The grouping is rebuilt as a whole
// (re-clustering is deterministic), so the write is a replacement.
type Stories interface {
	// ReplaceStories replaces every stored story with stories, in one
	// transaction.
	ReplaceStories(ctx context.Context, stories []StoryRecord) error
	// ListStories lists stories, newest activity first.
	ListStories(ctx context.Context, opt ListOptions) ([]StoryRecord, error)
	// Story returns one story with its members.
	Story(ctx context.Context, id string) (*StoryRecord, error)
}

// Analyses caches the claim stage's output per article. Version names the
// analysis code: a cache entry of another version is stale.
type Analyses interface {
	// CachedClaims returns the cached claims of the given articles (all
	// articles when ids is nil) at version; articles without a current
	// entry are absent from the map.
	CachedClaims(ctx context.Context, ids []int64, version int) (map[int64][]model.Claim, error)
	// PutClaims caches claims per article at version, in one transaction.
	PutClaims(ctx context.Context, claims map[int64][]model.Claim, version int) error
}

// Bulk reads many articles at once, for the batch stages.
type Bulk interface {
	// ArticlesByID returns the given articles (all when ids is nil) with
	// their flags, without removed lines, in ascending ID order.
	ArticlesByID(ctx context.Context, ids []int64) ([]*model.Article, error)
}
