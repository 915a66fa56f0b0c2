package claim

import (
	"newsdesk/internal/entity"
	"newsdesk/internal/model"
)

// ResolveSpeakers gives the speakers of a story's claims one name per
// entity across all the story's articles: the mentions of every article go
// through one entity.Resolver, so "USA", "U.S." and "United States" become
// "United States" and "Selenskyj" in one outlet becomes "Volodymyr
// Zelensky" from another. claims is changed in place; speakers the story
// does not know otherwise are left as they are.
func ResolveSpeakers(arts []*model.Article, claims []model.Claim) {
	if len(claims) == 0 {
		return
	}
	r := entity.NewResolver()
	for i, a := range arts {
		if a != nil {
			r.Add(i, entity.Find(a.Text))
		}
	}
	ix := entity.NewIndex(r.Resolve())
	for i := range claims {
		if s := claims[i].Speaker; s != "" {
			claims[i].Speaker = ix.Name(s)
		}
	}
}
