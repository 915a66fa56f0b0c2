package claim

import (
	"sort"
	"strings"

	"newsdesk/internal/entity"
	"newsdesk/internal/textproc"
)

// scopePreps introduce the place a figure applies to.
var scopePreps = set(`in to into inside within near across throughout`)

// placeNouns can follow a demonym to make a place ("Ukrainian territory").
var placeNouns = set(`territory territories soil border borders waters airspace side`)

// scope returns the place phrase after the figure (from token i of the
// paragraph on, within sentence s): "in Russia", "to the Kursk region",
// "to eastern Russia"; or a sentence-initial "In Kursk," before it.
func (an *analysis) scope(p *paragraph, i int, s textproc.Span) string {
	for x := i; x < len(p.toks) && x-i <= 14; x++ {
		t := p.toks[x]
		if t.End > s.End {
			break
		}
		if t.Kind == entity.Punct && t.Text != "-" {
			break
		}
		if t.Kind == entity.Number {
			break
		}
		if t.Kind == entity.Word && scopePreps[t.Text] {
			if end := an.placeAfter(p, x+1, s.End); end > x+1 {
				return an.text[t.Start:p.toks[end-1].End]
			}
		}
	}
	// "In Kursk, 3,000 ..." at the start of the sentence
	first := sort.Search(len(p.toks), func(k int) bool { return p.toks[k].Start >= s.Start })
	if first < len(p.toks) && first < i && strings.EqualFold(p.toks[first].Text, "in") {
		if end := an.placeAfter(p, first+1, s.End); end > first+1 && end < len(p.toks) && p.toks[end].Text == "," && end < i {
			return an.text[p.toks[first].Start:p.toks[end-1].End]
		}
	}
	return ""
}

// placeAfter returns the end (exclusive token index) of a place phrase
// starting at token x, or x when there is none: [the] [direction]
// Capitalised Name ['s Name] [region|province|...], or a demonym with a
// place noun.
func (an *analysis) placeAfter(p *paragraph, x, limit int) int {
	start := x
	if w := p.word(x); w == "the" {
		x++
	}
	if x < len(p.toks) && entity.IsDirection(p.word(x)) {
		x++
	}
	nameFrom := x
	for x < len(p.toks) && p.toks[x].End <= limit && x-nameFrom < 8 {
		t := p.toks[x]
		if t.Kind == entity.Word && t.Upper {
			x++
			continue
		}
		if t.Kind == entity.Poss && x > nameFrom && x+1 < len(p.toks) && p.toks[x+1].Upper {
			x++
			continue
		}
		break
	}
	if x == nameFrom {
		return start
	}
	name := an.text[p.toks[nameFrom].Start:p.toks[x-1].End]
	if x < len(p.toks) && entity.IsPlaceCue(p.word(x)) {
		return x + 1
	}
	if _, ok := entity.Country(name); ok {
		return x
	}
	if _, ok := entity.Demonym(name); ok {
		if x < len(p.toks) && placeNouns[p.word(x)] {
			return x + 1
		}
		return start
	}
	// a place the entity finder recognised
	off := p.toks[nameFrom].Start
	k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= off })
	if k < len(an.mentions) && an.mentions[k].Start == off {
		switch m := an.mentions[k]; m.Kind {
		case entity.Place:
			return x
		case entity.Unknown:
			// an unclassified single name after "to"/"in": a place
			if m.End == p.toks[x-1].End && x-nameFrom == 1 {
				return x
			}
		}
	}
	return start
}
