// Package stories holds the story stages over plain values: claims for many
// articles on every core, clustering articles into story groups (with
// near-duplicate links), and the input of one story's synthesis.
// internal/pipeline runs them over the store for `newsdesk report`.
package stories

import (
	"context"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"

	"newsdesk/internal/claim"
	"newsdesk/internal/cluster"
	"newsdesk/internal/model"
	"newsdesk/internal/reconcile"
	"newsdesk/internal/report"
	"newsdesk/internal/synthesis"
)

// ClaimsFunc returns an article's claims; Claims (the claim stage) by
// default. The store passes a cached version.
type ClaimsFunc func(*model.Article) []model.Claim

// Claims runs the claim stage on one article.
func Claims(a *model.Article) []model.Claim { return claim.FromArticle(a) }

// Member is one article's place in a story.
type Member struct {
	ArticleID   int64
	Story       string
	DuplicateOf int64 // article ID, 0 when original
	Overlap     float64
}

// Cluster assigns every article to a story, in publication order, and
// returns the members in the order of arts.
func Cluster(arts []*model.Article, cfg cluster.Config) []Member {
	docs := make([]cluster.Doc, len(arts))
	for i, a := range arts {
		docs[i] = cluster.Doc{ID: strconv.FormatInt(a.ID, 10), Title: a.Title, Text: a.Text, Published: a.Published, Language: a.Language, Outlet: a.Outlet, URL: a.URL}
		if a.ID == 0 {
			docs[i].ID = "#" + strconv.Itoa(i)
		}
	}
	as := cluster.Run(docs, cfg)
	byDoc := map[string]int64{}
	for i, a := range arts {
		byDoc[docs[i].ID] = a.ID
	}
	out := make([]Member, len(arts))
	for i, as := range as {
		out[i] = Member{ArticleID: arts[i].ID, Story: as.Story, Overlap: as.Overlap}
		if as.DuplicateOf != "" {
			out[i].DuplicateOf = byDoc[as.DuplicateOf]
		}
	}
	return out
}

// Group is one story's articles with their near-duplicate links.
type Group struct {
	ID       string
	Articles []*model.Article
	Copies   map[int64]Member // by article ID, for copies only
}

// Groups collects members into stories, ordered by size (largest first),
// then by latest publication (newest first), then by ID.
func Groups(arts []*model.Article, members []Member) []Group {
	idx := map[string]int{}
	var gs []Group
	for i, m := range members {
		gi, ok := idx[m.Story]
		if !ok {
			gi = len(gs)
			idx[m.Story] = gi
			gs = append(gs, Group{ID: m.Story, Copies: map[int64]Member{}})
		}
		gs[gi].Articles = append(gs[gi].Articles, arts[i])
		if m.DuplicateOf != 0 {
			gs[gi].Copies[m.ArticleID] = m
		}
	}
	latest := func(g Group) time.Time {
		var t time.Time
		for _, a := range g.Articles {
			if a.Published.After(t) {
				t = a.Published
			}
		}
		return t
	}
	sort.SliceStable(gs, func(i, j int) bool {
		if len(gs[i].Articles) != len(gs[j].Articles) {
			return len(gs[i].Articles) > len(gs[j].Articles)
		}
		li, lj := latest(gs[i]), latest(gs[j])
		if !li.Equal(lj) {
			return li.After(lj)
		}
		return gs[i].ID < gs[j].ID
	})
	return gs
}

// AllClaims runs claims over arts on every core and returns them by
// article index.
func AllClaims(ctx context.Context, arts []*model.Article, fn ClaimsFunc) ([][]model.Claim, error) {
	if fn == nil {
		fn = Claims
	}
	out := make([][]model.Claim, len(arts))
	err := Each(ctx, len(arts), func(i int) { out[i] = fn(arts[i]) })
	return out, err
}

// Each calls fn(0) … fn(n-1) on every core, handing out indexes in order,
// and returns ctx's error if ctx is done before all are handed out.
func Each(ctx context.Context, n int, fn func(i int)) error {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	var err error
feed:
	for i := range n {
		if err = ctx.Err(); err != nil {
			break
		}
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	return err
}

// Synthesize builds the report of one story group.
func Synthesize(g Group, claimsOf map[int64][]model.Claim) report.Story {
	pathOf := map[int64]string{}
	for _, a := range g.Articles {
		pathOf[a.ID] = a.Path
	}
	in := synthesis.Input{ID: g.ID, Articles: g.Articles, Copies: map[string]synthesis.Copy{}}
	for id, m := range g.Copies {
		if of, ok := pathOf[m.DuplicateOf]; ok {
			in.Copies[pathOf[id]] = synthesis.Copy{Of: of, Overlap: m.Overlap}
		}
	}
	// One speaker name per entity across the story's outlets
	// ("Selenskyj" and "Zelensky" are one speaker).
	var all []model.Claim
	var owner []*model.Article
	for _, a := range g.Articles {
		for _, c := range claimsOf[a.ID] {
			all = append(all, c)
			owner = append(owner, a)
		}
	}
	// Copies carry their original's names, so the originals' text is
	// enough to resolve every speaker.
	var originals []*model.Article
	for _, a := range g.Articles {
		if _, copied := g.Copies[a.ID]; !copied {
			originals = append(originals, a)
		}
	}
	if len(originals) == 0 {
		originals = g.Articles
	}
	claim.ResolveSpeakers(originals, all)
	for i, c := range all {
		in.Claims = append(in.Claims, ReconcileClaim(c, owner[i]))
	}
	return synthesis.Build(in)
}

// ReconcileClaim adapts a claim and its article for reconcile.
func ReconcileClaim(c model.Claim, a *model.Article) reconcile.Claim {
	var flags []string
	for _, f := range a.Flags {
		flags = append(flags, f.Name)
	}
	speaker := c.Speaker
	counted := c.Counted
	if counted == "" {
		counted = c.Object // money is a figure of what it is: "bailout", "loss"
	}
	return reconcile.Claim{
		ArticleID: a.ID, Path: a.Path, Value: c.Value, Low: c.Low, High: c.High, Qualifier: c.Qualifier,
		Unit: c.Unit, Counted: counted, Role: c.Role, Total: c.Total, Holder: c.Holder, Update: c.Update, Scope: c.Scope, Speaker: speaker, AsOf: c.AsOf, Period: c.Period,
		Sentence: c.Sentence, Start: c.Start, End: c.End, Published: a.Published, Flags: flags,
	}
}
