package pipeline

import (
	"context"
	"fmt"
	"strconv"

	"newsdesk/internal/cluster"
	"newsdesk/internal/model"
	"newsdesk/internal/report"
	"newsdesk/internal/store"
	"newsdesk/internal/stories"
	"newsdesk/internal/synthesis"
)

// ClaimsVersion names the claim stage's output format and behaviour in the
// claim cache. Bump it when the claim stage changes, so that stored claims
// are recomputed.
const ClaimsVersion = 8

// StoryStore is what the story stages need from a store.
type StoryStore interface {
	store.Bulk
	store.Analyses
	store.Stories
}

// Stories is the outcome of UpdateStories.
type Stories struct {
	Groups []stories.Group
	Claims map[int64][]model.Claim
}

// UpdateStories re-clusters every stored article from scratch (the same
// articles in the same order give the same stories), caches any missing
// claims, and replaces the stored stories. Story IDs are "s" followed by
// the ID of the story's first-stored article, so a story keeps its ID as
// long as that article stays in it.
func UpdateStories(ctx context.Context, st StoryStore) (*Stories, error) {
	arts, err := st.ArticlesByID(ctx, nil)
	if err != nil {
		return nil, err
	}
	claims, err := claimsFor(ctx, st, arts)
	if err != nil {
		return nil, err
	}
	members := stories.Cluster(arts, cluster.DefaultConfig())
	groups := stories.Groups(arts, members)
	records := make([]store.StoryRecord, 0, len(groups))
	for gi := range groups {
		g := &groups[gi]
		g.ID = stableID(g.Articles)
		rec := store.StoryRecord{ID: g.ID, Label: synthesis.Title(g.Articles), Articles: len(g.Articles)}
		outlets := map[string]bool{}
		for _, a := range g.Articles {
			if a.Outlet == "" {
				outlets["\x00"+a.Path] = true // an unnamed outlet counts as its own
			} else {
				outlets[a.Outlet] = true
			}
			if !a.Published.IsZero() {
				if rec.FirstSeen.IsZero() || a.Published.Before(rec.FirstSeen) {
					rec.FirstSeen = a.Published
				}
				if a.Published.After(rec.LastSeen) {
					rec.LastSeen = a.Published
				}
			}
			m := store.StoryMember{ArticleID: a.ID}
			if c, ok := g.Copies[a.ID]; ok {
				m.DuplicateOf, m.Overlap = c.DuplicateOf, c.Overlap
			}
			rec.Members = append(rec.Members, m)
		}
		rec.Outlets = len(outlets)
		records = append(records, rec)
	}
	if err := st.ReplaceStories(ctx, records); err != nil {
		return nil, err
	}
	return &Stories{Groups: groups, Claims: claims}, nil
}

func stableID(arts []*model.Article) string {
	min := int64(0)
	for _, a := range arts {
		if min == 0 || a.ID < min {
			min = a.ID
		}
	}
	return "s" + strconv.FormatInt(min, 10)
}

// claimsFor returns the claims of arts, from the cache where current and
// computed (on every core) and cached otherwise.
func claimsFor(ctx context.Context, st StoryStore, arts []*model.Article) (map[int64][]model.Claim, error) {
	ids := make([]int64, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	if len(arts) > 500 {
		ids = nil // read the whole cache rather than a huge IN list
	}
	cached, err := st.CachedClaims(ctx, ids, ClaimsVersion)
	if err != nil {
		return nil, err
	}
	var missing []*model.Article
	for _, a := range arts {
		if _, ok := cached[a.ID]; !ok {
			missing = append(missing, a)
		}
	}
	if len(missing) > 0 {
		computed, err := stories.AllClaims(ctx, missing, nil)
		if err != nil {
			return nil, err
		}
		fresh := make(map[int64][]model.Claim, len(missing))
		for i, a := range missing {
			fresh[a.ID] = computed[i]
			cached[a.ID] = computed[i]
		}
		if err := st.PutClaims(ctx, fresh, ClaimsVersion); err != nil {
			return nil, err
		}
	}
	return cached, nil
}

// Report synthesises every story of s, on every core; the stories keep
// their order. Stories are independent (each article belongs to one), and
// synthesis only reads s.
func (s *Stories) Report(ctx context.Context) (*report.Report, error) {
	out := make([]report.Story, len(s.Groups))
	// largest stories first, so the long ones start early
	if err := stories.Each(ctx, len(s.Groups), func(i int) { out[i] = stories.Synthesize(s.Groups[i], s.Claims) }); err != nil {
		return nil, err
	}
	return &report.Report{Stories: out}, nil
}

// StoryReport builds the report of one stored story.
func StoryReport(ctx context.Context, st StoryStore, id string) (*report.Story, error) {
	rec, err := st.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(rec.Members))
	copies := map[int64]stories.Member{}
	for _, m := range rec.Members {
		ids = append(ids, m.ArticleID)
		if m.DuplicateOf != 0 {
			copies[m.ArticleID] = stories.Member{ArticleID: m.ArticleID, Story: id, DuplicateOf: m.DuplicateOf, Overlap: m.Overlap}
		}
	}
	arts, err := st.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("story %s has no stored articles left; run `newsdesk recluster`", id)
	}
	claims, err := claimsFor(ctx, st, arts)
	if err != nil {
		return nil, err
	}
	g := stories.Group{ID: id, Articles: arts, Copies: copies}
	s := stories.Synthesize(g, claims)
	s.Title = rec.Label
	return &s, nil
}
