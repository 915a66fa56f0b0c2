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

// Attribution is one attribution in a text: who speaks ("X said",
// "according to X", a quote's speaker), resolved within the text.
type Attribution struct {
	Speaker            Speaker
	Phrase             string // the speaker as written ("She", "the Pentagon")
	Start, End         int    // offsets of Phrase in the text (both 0 for "..., saying")
	VerbStart, VerbEnd int    // offsets of the verb ("said", "according")
	Current            bool   // present tense or a standing report
	ElidedSubject      bool   // a participle sharing its sentence's subject
}

// Attributions returns the attributions of text in reading order, with
// pronouns, surnames and roles resolved to the people named before them.
func Attributions(text string) []Attribution {
	an := analyse(text)
	var out []Attribution
	for _, p := range an.paras {
		for i, c := range p.cues {
			a := Attribution{Speaker: p.speakers[i], Phrase: c.Phrase, Current: c.Current, ElidedSubject: c.Elided,
				VerbStart: p.toks[c.Verb].Start, VerbEnd: p.toks[c.Verb].End}
			if c.PhraseTo > c.PhraseFrom {
				a.Start, a.End = p.toks[c.PhraseFrom].Start, p.toks[c.PhraseTo-1].End
			}
			out = append(out, a)
		}
	}
	return out
}
