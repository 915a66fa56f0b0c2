package claim

import (
	"sort"
	"strings"

	"newsdesk/internal/entity"
	"newsdesk/internal/quantity"
	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
)

// compass words before "of" give a place by its bearing: "east of Aden".
var compass = set(`north south east west northeast northwest southeast southwest north-east north-west south-east
	south-west northeastern`)

// scopePreps introduce the place a figure applies to.
var scopePreps = set(`in to into inside within near across throughout off at along on around outside over`)

// placeAfterPoss reports whether what a possessive at token x owns is a
// place: a capitalised name or a place noun within three words ("Paris's
// chic Place Vendôme", "Iran's southern area"), not "Jenner's beauty
// portfolio".
func (an *analysis) placeAfterPoss(p *paragraph, x int) bool {
	for k := x + 1; k < len(p.toks) && k <= x+3; k++ {
		t := p.toks[k]
		if t.Kind != entity.Word {
			return false
		}
		if t.Upper || entity.IsPlaceCue(t.Lower) || placeNouns[t.Lower] || settlementNouns[t.Lower] || t.Lower == "area" || siteNouns[t.Lower] {
			return true
		}
	}
	return false
}

// institutionNouns after a name make it a modifier, not the place of the
// figure: "information leading to Texas prison escapee", "in Kyiv city
// council".
var institutionNouns = set(`prison jail court company team government council official officials police
	authorities army military escapee inmate inmates firm club history career cocktail cocktails`)

// publishedIn before "in" make the name after it a publication.
var publishedIn = set(`published printed appeared written quoted featured`)

// settlementNouns name a place by "the city of X".
var settlementNouns = set(`city town village region province state district capital port island county coast shores
	outskirts suburbs heart centre center resort`)

// placeNouns can follow a demonym to make a place ("Ukrainian territory").
var placeNouns = set(`territory territories soil border borders waters airspace side`)

// scope returns the place phrase after the figure (from token i of the
// paragraph on, within sentence s): "in Russia", "to the Kursk region",
// "to eastern Russia"; or a sentence-initial "In Kursk," before it.
func (an *analysis) scope(p *paragraph, i int, s textproc.Span, q quantity.Quantity) string {
	vague := "" // "around Baytown", "outside Paris": kept unless a firmer place follows
	for x := i; x < len(p.toks) && x-i <= 25; x++ {
		t := p.toks[x]
		if t.End > s.End {
			break
		}
		if t.Text == "(" && x == i {
			// "58km (36 miles) south-west of Bandar Abbas": a conversion
			// in brackets right after the figure
			k := x + 1
			for k < len(p.toks) && k-x <= 8 && p.toks[k].Text != ")" && p.toks[k].Text != "(" {
				k++
			}
			if k < len(p.toks) && p.toks[k].Text == ")" && p.toks[k].End <= s.End {
				x = k
				continue
			}
		}
		if t.Text == ")" && x == i {
			if nx := p.word(x + 1); compass[nx] || scopePreps[nx] || nx == "of" || nx == "from" {
				continue // the figure was the conversion: "(36 miles) south-west of"
			}
		}
		if t.Kind == entity.Punct && t.Text != "-" && !(t.Text == "." && x > 0 && (entity.IsStreetWord(p.word(x-1)) || entity.IsHonorific(p.word(x-1)) && p.toks[x-1].Upper)) {
			break // the clause ends; "Snyder Ave. in East Flatbush", "Alaska Gov. Sarah Palin's church in Wasilla" go on
		}
		if t.Kind == entity.Word && t.Text == "of" && compass[p.word(x-1)] {
			if place := an.bearingPlace(p, x, s); place != "" {
				return place // "150 nautical miles east of Aden"
			}
		}
		if t.Kind == entity.Number {
			break
		}
		if t.Kind == entity.Word && t.Text == "and" && x > i && p.clauseAfterAnd(x, s.End) {
			break // "dozens of flood warnings in place and winds recorded in Jersey": another clause's place
		}
		if place := an.relationPlace(p, i, x, s, q); place != "" {
			return place // "with Singapore", "between Sicily and Tunisia", "from Aden", "of the UAE"
		}
		if t.Kind == entity.Word && t.Text == "in" && x > 0 && publishedIn[p.word(x-1)] {
			continue // "a study published in The Lancet": a journal, not a place
		}
		if t.Kind == entity.Word && scopePreps[t.Text] {
			found := ""
			if end := an.placeAfter(p, x+1, s.End); end > x+1 {
				end = an.placeList(p, end, s.End)
				found = an.text[t.Start:p.toks[end-1].End]
			} else if from, end := an.modifierPlace(p, x+1, s.End); end > from {
				found = an.text[p.toks[from].Start:p.toks[end-1].End]
			}
			if found == "" {
				found = an.theCountry(p, x+1, s.End)
			}
			switch {
			case found == "":
			case t.Text == "around" || t.Text == "outside" || siteNouns[lastWord(found)]:
				// "at the Kraft plant in Northeast Philadelphia": a site
				// gives way to the town after it
				if vague == "" {
					vague = found
				}
			default:
				return found
			}
		}
	}
	if vague != "" {
		return vague
	}
	// "In Kursk, 3,000 ..." at the start of the sentence
	first := sort.Search(len(p.toks), func(k int) bool { return p.toks[k].Start >= s.Start })
	if first < len(p.toks) && first < i && openingScope[strings.ToLower(p.toks[first].Text)] {
		if k := first + 3; k < i && k < len(p.toks) && p.toks[k].Text == "," {
			if c := an.theCountry(p, first+1, s.End); c != "" {
				return c // "Across the state, 12 schools closed"
			}
		}
		end := an.placeList(p, an.placeAfter(p, first+1, s.End), s.End)
		comma := end
		if p.word(end) == "alone" {
			comma++ // "In the Valencia region alone, 202 people died"
		}
		if end > first+1 && comma < len(p.toks) && (p.toks[comma].Text == "," || p.word(comma) == "hay") && comma < i {
			return an.text[p.toks[first].Start:p.toks[end-1].End] // (and "En España hay 5 millones de parados")
		}
	}
	return an.scopeBefore(p, p.tokenAt(q.Start+p.start), first)
}

// countryCompounds make "country" a modifier, not the land.
var countryCompounds = set(`music singer singers star stars club clubs house road roads estate estates manager managers
	director directors code codes report reports team teams side life folk`)

// openingScope open a sentence on the place its figures apply to: "In
// Kursk, 3,000 …", "Throughout the Gaza Strip, between 13% and 18% …".
var openingScope = set(`in throughout across inside within en dans au aux à im auf`) // (and French, Spanish, German)

// theCountry reads "the country" or "this country" at token k (not "the
// country's", "the country music") and returns the country the article
// named last before it ("the infant death rate in the country" in a story
// about the US), or "".
func (an *analysis) theCountry(p *paragraph, k, end int) string {
	if w := p.word(k); w != "the" && w != "this" {
		return ""
	}
	if p.word(k+1) == "state" && k+1 < len(p.toks) && p.toks[k+1].End <= end {
		return an.theState(p, k)
	}
	if p.word(k+1) != "country" || k+1 >= len(p.toks) || p.toks[k+1].End > end {
		return ""
	}
	if k+2 < len(p.toks) && (p.toks[k+2].Kind == entity.Poss || countryCompounds[p.word(k+2)]) {
		return "" // "the country's south", "the country music charts"
	}
	at := p.toks[k].Start
	an.indexRegions()
	ci := sort.Search(len(an.countries), func(i int) bool { return an.countries[i].start >= at }) - 1
	// the paragraph first: its last country, or a demonym after it
	// ("BEIJING — Chinese authorities … in three cities across the
	// country"), within a bounded look back
	paraFrom := p.start
	if ci >= 0 && an.countries[ci].start >= p.start {
		paraFrom = an.countries[ci].end
	}
	for x := k - 1; x >= 0 && k-x <= 200 && p.toks[x].Start >= paraFrom; x-- {
		if t := p.toks[x]; t.Kind == entity.Word && t.Upper {
			if c, ok := entity.Demonym(t.Text); ok {
				return c
			}
		}
	}
	return an.lastRegion(at, true)
}

// theState reads "the state" or "the state's" at token k ("the state's
// confirmed caseload", "across the state") as the state the article named
// last before it, when it named one ("New York"), or "". A state's
// agency or "state law" is no place.
func (an *analysis) theState(p *paragraph, k int) string {
	if k+2 < len(p.toks) && p.toks[k+2].Kind == entity.Word && stateCompounds[p.word(k+2)] {
		return ""
	}
	return an.lastRegion(p.toks[k].Start, false)
}

// stateCompounds make "state" a modifier: "the state department", "the
// state legislature".
var stateCompounds = set(`department departments legislature legislatures law laws government governments media
	television broadcaster agency agencies senate house assembly capitol party parties secretary visit budget
	pension pensions school schools funeral dinner banquet`)

// regionMention is a place mention that names a country or a state.
type regionMention struct {
	start, end int
	text, name string // as written; the canonical country (for a state, as written)
	// dominant is, for a country, the index of the latest country mention
	// before this one (itself included) whose country the article names
	// three times or more; -1 when none
	dominant int
}

// indexRegions lists the article's country and state mentions in text
// order once, with how often each country is named.
func (an *analysis) indexRegions() {
	if an.countryCount != nil {
		return
	}
	an.countryCount = map[string]int{}
	for _, m := range an.mentions {
		if m.Kind != entity.Place {
			continue
		}
		if entity.State(m.Text) {
			an.states = append(an.states, regionMention{start: m.Start, end: m.End, text: m.Text, name: m.Text})
		}
		if c, ok := entity.Country(m.Text); ok && !entity.Supranational(c) {
			an.countryCount[c]++
			an.countries = append(an.countries, regionMention{start: m.Start, end: m.End, text: m.Text, name: c})
		}
	}
	dom := -1
	for i := range an.countries {
		if an.countryCount[an.countries[i].name] >= 3 {
			dom = i
		}
		an.countries[i].dominant = dom
	}
}

// lastRegion returns the country (or the state) the article named last
// before offset at, as written, or "". A country named once in passing
// gives way to one that runs through the article ("Georgia" in a story
// about the US is a state).
func (an *analysis) lastRegion(at int, country bool) string {
	an.indexRegions()
	list := an.states
	if country {
		list = an.countries
	}
	i := sort.Search(len(list), func(i int) bool { return list[i].start >= at }) - 1
	if i < 0 {
		return ""
	}
	m := list[i]
	if country && an.countryCount[m.name] == 1 && m.dominant >= 0 {
		return an.countries[m.dominant].text
	}
	return m.text
}

// placeCueModifiers may stand between a name and its place word: "the
// Goose Creek school district", "the Kursk border region".
var placeCueModifiers = set(`school police congressional metropolitan metro border coastal frontline front-line industrial
	residential tribal administrative autonomous rural urban`)

// buildingNouns end names of buildings and sites, which a place may
// follow: "the Carlton Hotel in Cannes".
var buildingNouns = set(`hotel church hospital stadium arena airport station square park mall centre center school college
	museum mosque temple cathedral palace building tower market plaza courthouse prison embassy`)

// siteNouns after a name make it a site where a figure happens: "the
// Dalmor camp", "Arena Nord stadium", "Port Salvo's container terminal".
var siteNouns = set(`camp camps terminal stadium arena hospital clinic airport airbase plant refinery mine factory
	station port harbour harbor shelter settlement compound facility reactor dam`)

// siteCamp reports whether "camp" after the name at toks[from:to] (the
// place phrase starting at token start) is a place: "at the Dalmor camp",
// "near the camp"; "in the Trump camp" is a faction, so after "in" only a
// well-known place owns a camp ("in the Gaza camp").
func (an *analysis) siteCamp(p *paragraph, start, from, to int) bool {
	switch p.word(start - 1) {
	case "at", "near", "inside", "outside", "around":
		return true
	}
	if to <= from {
		return false
	}
	name := an.text[p.toks[from].Start:p.toks[to-1].End]
	_, country := entity.Country(name)
	return country || entity.KnownPlace(name)
}

// sitePreps put a figure at a site.
var sitePreps = set(`at in near inside outside around`)

// bearingPlace reads the place a bearing at token x ("of" after a
// compass word) is given from: "150 nautical miles east of Aden", "south
// west of Bandar Abbas", "southwest of the port of Bandar Abbas". Any
// name counts (only places lie east of something), unless the article
// knows a one-word name as a person.
func (an *analysis) bearingPlace(p *paragraph, x int, s textproc.Span) string {
	bearing, at := x-1, x+1
	if bearing > 0 && (p.word(bearing-1) == "south" || p.word(bearing-1) == "north") && (p.word(bearing) == "east" || p.word(bearing) == "west") {
		bearing--
	}
	end := an.placeAfter(p, at, s.End)
	if end <= at {
		if p.word(at) == "the" && settlementNouns[p.word(at+1)] && p.word(at+2) == "of" {
			at += 3
		}
		for end = at; end < len(p.toks) && end-at < 4 && p.toks[end].End <= s.End && p.toks[end].Kind == entity.Word && p.toks[end].Upper; end++ {
		}
		if end == at+1 && an.reg.knownPersonWord(entity.Normalize(an.text[p.toks[at].Start:p.toks[at].End])) {
			end = at
		}
	}
	if end <= at {
		return ""
	}
	return an.text[p.toks[bearing].Start:p.toks[end-1].End]
}

// relationPlace reads a known place that a preposition at token x ties to
// the figure q, which ends before token i: "59% of communications with
// Singapore", "cables severed between Sicily and Tunisia", money taken
// "from a famed Paris store", a distance "from Aden", and the whole the
// counted things belong to ("the seven emirates of the UAE"; but "3
// slices of the Paris cake" names a cake).
func (an *analysis) relationPlace(p *paragraph, i, x int, s textproc.Span, q quantity.Quantity) string {
	t := p.toks[x]
	if t.Kind != entity.Word {
		return ""
	}
	known := func(at int) int {
		if end := an.placeAfter(p, at, s.End); end > at && an.knownPlace(p, at, end) {
			return end
		}
		return at
	}
	switch {
	case t.Text == "with" && x-i <= 3:
		if end := known(x + 1); end > x+1 {
			return an.text[t.Start:p.toks[end-1].End]
		}
	case t.Text == "between" && x-i <= 6:
		if end := known(x + 1); end > x+1 && p.word(end) == "and" {
			if end2 := known(end + 1); end2 > end+1 {
				return an.text[t.Start:p.toks[end2-1].End]
			}
		}
	case t.Text == "from" && q.IsMoney():
		if from, end := an.modifierPlace(p, x+1, s.End); end > from {
			return an.text[p.toks[from].Start:p.toks[end-1].End]
		}
	case t.Text == "from" && q.IsLength():
		if end := known(x + 1); end > x+1 {
			return an.text[t.Start:p.toks[end-1].End]
		}
	case t.Text == "of" && x == i:
		if end := known(x + 1); end > x+1 && !(end < len(p.toks) && p.toks[end].Kind == entity.Word && !p.toks[end].Upper && !textproc.IsStopword("en", p.word(end))) {
			return an.text[t.Start:p.toks[end-1].End]
		}
	}
	return ""
}

// strikeVerbs take the place they hit as their object: "struck southern
// Iran, killing at least seven people".
var strikeVerbs = set(`struck hit rocked shook battered pounded swept ravaged wracked racked gripped engulfed paralysed paralyzed
	rattled hammered lashed flooded devastated`)

// scopeBefore finds a country or known place in the clause before the
// figure at token i (the sentence starts at token first): "an attack on a
// bank in Greece killed at least three people", "a quake struck southern
// Iran, killing seven". Only a comma followed by a participle ("killing",
// "leaving") may stand between the place and the figure.
func (an *analysis) scopeBefore(p *paragraph, i, first int) string {
	lo := max(first, i-25)
	for x := i - 1; x >= lo; x-- {
		t := p.toks[x]
		if t.Kind == entity.Punct {
			if t.Text == "," && (strings.HasSuffix(p.word(x+1), "ing") || p.word(x+1) == "with") {
				continue // "struck Iran, killing 7"; "in Somalia, with an estimated 1,500 pirates"
			}
			return ""
		}
		w := p.word(x)
		if _, speech := speechVerbs[w]; speech && !valuedAt(w, p.word(x+1)) {
			return "" // "the ambassador to Israel said 5 Americans ...": the place is the speaker's
		}
		if !scopePreps[w] && !strikeVerbs[w] {
			continue
		}
		if scopePreps[w] && x > first && p.toks[x-1].Kind == entity.Word && p.toks[x-1].Upper && !buildingNouns[p.word(x-1)] {
			continue // "the Organization for Security and Cooperation in Europe sent 8 experts": part of a name (but "the Carlton Hotel in Cannes")
		}
		if scopePreps[w] {
			if c := an.theCountry(p, x+1, p.toks[i-1].End); c != "" {
				return c // "the infant death rate in the country increased by 3 percent"
			}
		}
		end := an.placeAfter(p, x+1, p.toks[i-1].End+1)
		if end <= x+1 || end > i || !an.knownPlace(p, x+1, end) && !(w == "in" && end == x+2) {
			// "opened fire at a Vancouver office Christmas party Friday,
			// killing one man": a known place naming the noun
			if from, end := an.modifierPlace(p, x+1, p.toks[i-1].End+1); end > from && end <= i {
				return an.text[p.toks[from].Start:p.toks[end-1].End]
			}
			continue // a known place, or a single name after "in": "a bank in Athens"
		}
		from := x
		if strikeVerbs[w] {
			from = x + 1
		}
		if e := an.placeList(p, end, p.toks[i-1].End+1); e <= i {
			end = e // "the earthquake in Turkey and Syria has killed 11,000"
		}
		return an.text[p.toks[from].Start:p.toks[end-1].End]
	}
	return ""
}

// locationPreps say where something is, so that a place naming the
// following noun is where the figure applies: "at a Paris store".
var locationPreps = set(`in at near inside outside within around on from`)

// modifierPlace finds a known place that modifies a noun after a location
// preposition at token x-1: "at a suburban Detroit accounting firm", "in a
// Paris jewellery store". It returns the place's tokens [from, end), or
// end <= from when there is none. Only countries and names the entity
// finder classified as places count; "at a Google office" names no place.
func (an *analysis) modifierPlace(p *paragraph, x, limit int) (int, int) {
	if !locationPreps[p.word(x-1)] {
		return 0, 0
	}
	switch p.word(x) {
	case "a", "an", "the":
		x++
	default:
		return 0, 0
	}
	from := x
	// "in the quiet Vancouver street", "on a posh Paris avenue": up to
	// two adjectives before the place
	for k := 0; k < 2 && x < len(p.toks) && p.toks[x].Kind == entity.Word && !p.toks[x].Upper && !entity.IsDirection(p.word(x)) &&
		!textproc.IsStopword("en", p.word(x)) && x+1 < len(p.toks) && p.toks[x+1].Kind == entity.Word; k++ {
		x++
		from = x
	}
	if entity.IsDirection(p.word(x)) {
		x++
	}
	nameFrom := x
	for x < len(p.toks) && x-nameFrom < 4 && p.toks[x].End <= limit && p.toks[x].Kind == entity.Word && p.toks[x].Upper {
		x++
	}
	if x == nameFrom || x >= len(p.toks) || p.toks[x].End > limit {
		return 0, 0
	}
	if t := p.toks[x]; t.Kind != entity.Word || t.Upper || textproc.IsStopword("en", t.Lower) ||
		strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing") && !strings.HasSuffix(t.Lower, "building") {
		return 0, 0 // a noun must follow: "a Paris store", not "the Paris said"
	}
	if !an.knownPlace(p, nameFrom, x) {
		return 0, 0
	}
	if from < nameFrom && !p.toks[from].Upper {
		return from, x // "suburban Detroit"
	}
	return nameFrom, x
}

// possessivePlace reads a well-known place that owns the figure's noun:
// "California's three power providers", "Spain's 157,000 cases". qs is
// where the figure (with its qualifier) starts.
func (an *analysis) possessivePlace(p *paragraph, qs int) string {
	x := p.tokenAt(qs) - 1
	if x >= 0 && x < len(p.toks) && p.toks[x].Kind == entity.Word && (p.word(x) == "only" || p.word(x) == "nearly" || p.word(x) == "about") {
		x-- // "Poland's nearly 40 cities": the qualifier may stand outside
	}
	if x >= 2 && x < len(p.toks) && p.word(x) == "of" && p.toks[x-1].Kind == entity.Word && !p.toks[x-1].Upper && p.toks[x-2].Kind == entity.Poss {
		x -= 2 // "Kenya's herd of 60 elephants": the place owns the whole the figure counts
	}
	if x < 1 || x >= len(p.toks) || p.toks[x].Kind != entity.Poss {
		return ""
	}
	k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].End >= p.toks[x].Start })
	if k >= len(an.mentions) || an.mentions[k].End != p.toks[x].Start {
		return ""
	}
	m := an.mentions[k]
	if _, country := entity.Country(m.Text); !country && !entity.KnownPlace(m.Text) {
		return ""
	}
	return m.Text
}

// appositivePlace reads a place described by the figure in apposition
// before it: "Bandar Abbas, a city of 500,000 people", "Zarand, a town of
// about 15,000". qs is where the figure (with its qualifier) starts.
func (an *analysis) appositivePlace(p *paragraph, qs int) string {
	x := p.tokenAt(qs) - 1
	for k := 0; k < 3 && x >= 0 && p.toks[x].Kind == entity.Word && p.word(x) != "of" && p.word(x) != "to"; k++ {
		x-- // "of about", "of more than"
	}
	if x >= 3 && p.word(x) == "to" && p.word(x-1) == "home" && p.toks[x-2].Text == "," {
		// "struck Qeshm island, home to 120,000 people"
		end := x - 2
		from := end
		for from > 0 && end-from < 4 && p.toks[from-1].Kind == entity.Word && (p.toks[from-1].Upper || settlementNouns[p.word(from-1)] && from-1 < end-0) {
			from--
		}
		for from < end && !p.toks[from].Upper {
			from++
		}
		if from < end {
			return an.text[p.toks[from].Start:p.toks[end-1].End]
		}
		return ""
	}
	if x < 4 || p.word(x) != "of" {
		return ""
	}
	x--
	if !settlementNouns[p.word(x)] && p.word(x) != "country" && p.word(x) != "nation" && p.word(x) != "community" {
		return ""
	}
	x--
	for k := 0; k < 2 && x >= 0 && p.toks[x].Kind == entity.Word && !p.toks[x].Upper && p.word(x) != "a" && p.word(x) != "an"; k++ {
		x-- // "a bustling port city of"
	}
	if x < 2 || (p.word(x) != "a" && p.word(x) != "an") || p.toks[x-1].Text != "," {
		return ""
	}
	end := x - 1
	from := end
	for from > 0 && end-from < 4 && p.toks[from-1].Kind == entity.Word && p.toks[from-1].Upper {
		from--
	}
	if from == end || end-from == 1 && an.reg.knownPersonWord(entity.Normalize(p.word(end-1))) {
		return ""
	}
	return an.text[p.toks[from].Start:p.toks[end-1].End]
}

// knownPlace reports whether toks[x:end] name a country or a place the
// entity finder classified as one (not an unclassified name).
func (an *analysis) knownPlace(p *paragraph, x, end int) bool {
	for k := x; k < end; k++ {
		if p.toks[k].Kind != entity.Word || !p.toks[k].Upper {
			continue
		}
		name := an.text[p.toks[k].Start:p.toks[end-1].End]
		if _, ok := entity.Country(name); ok {
			return true
		}
		off := p.toks[k].Start
		j := sort.Search(len(an.mentions), func(j int) bool { return an.mentions[j].Start >= off })
		return j < len(an.mentions) && an.mentions[j].Start == off && an.mentions[j].Kind == entity.Place
	}
	return false
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
	// "the northern city of Thessaloniki", "the port of Odesa"
	if x > start && settlementNouns[p.word(x)] && p.word(x+1) == "of" && x+2 < len(p.toks) && p.toks[x+2].Upper {
		if end := an.placeAfter(p, x+2, limit); end > x+2 {
			return end
		}
	}
	nameFrom := x
	for x < len(p.toks) && p.toks[x].End <= limit && x-nameFrom < 8 {
		t := p.toks[x]
		if t.Kind == entity.Word && t.Upper && x > nameFrom && timex.IsWeekday(t.Lower) {
			break // "in Bloomington Wednesday night": the name ends before the day (but "Cape May" is one name)
		}
		if t.Kind == entity.Word && t.Upper {
			x++
			continue
		}
		if t.Kind == entity.Poss && x > nameFrom && x+1 < len(p.toks) && p.toks[x+1].Upper {
			x++
			continue
		}
		if t.Kind == entity.Word && t.Text == "of" && x > nameFrom && x+1 < len(p.toks) && p.toks[x+1].Upper && p.toks[x+1].End <= limit {
			x++ // "the Gulf of Aden"
			continue
		}
		break
	}
	if x > nameFrom && p.toks[x-1].Text == "of" {
		x--
	}
	if x == nameFrom {
		return start
	}
	name := an.text[p.toks[nameFrom].Start:p.toks[x-1].End]
	if x+2 < len(p.toks) && !p.toks[x].Upper && (settlementNouns[p.word(x)] || entity.IsPlaceCue(p.word(x))) && p.word(x+1) == "of" && p.toks[x+2].Upper {
		// "the Persian Gulf island of Qeshm": the place named after "of"
		if end := an.placeAfter(p, x+2, limit); end > x+2 {
			return end
		}
		end := x + 2
		for end < len(p.toks) && end-x < 6 && p.toks[end].End <= limit && p.toks[end].Kind == entity.Word && p.toks[end].Upper {
			end++
		}
		return end
	}
	if x < len(p.toks) && p.toks[x].Kind == entity.Number && p.toks[x].Start == p.toks[x-1].End+1 {
		return start // "on Oregon 214", "in Internet Explorer 8": a road or a version
	}
	if x+1 < len(p.toks) && placeCueModifiers[p.word(x)] && entity.IsPlaceCue(p.word(x+1)) {
		return x + 2 // "the Goose Creek school district", "the Kursk border region"
	}
	if x < len(p.toks) && entity.IsPlaceCue(p.word(x)) {
		return x + 1
	}
	if x < len(p.toks) && !p.toks[x].Upper && siteNouns[p.word(x)] && sitePreps[p.word(start-1)] &&
		!(p.word(x) == "camp" && !an.siteCamp(p, start, nameFrom, x)) {
		return x + 1 // "at the Dalmor camp", "near the Kessel refinery": a named site
	}
	if x < len(p.toks) && p.toks[x].Kind == entity.Poss && sitePreps[p.word(start-1)] {
		for k := x + 1; k < len(p.toks) && k <= x+3 && p.toks[k].Kind == entity.Word && !p.toks[k].Upper && p.toks[k].End <= limit; k++ {
			if siteNouns[p.word(k)] && (p.word(k) != "camp" || an.siteCamp(p, start, nameFrom, x)) {
				return k + 1 // "at Port Salvo's container terminal"
			}
		}
	}
	if x < len(p.toks) && institutionNouns[p.word(x)] && !p.toks[x].Upper {
		return start // "to Texas prison escapee"
	}
	if nonPlaceTails[p.word(x-1)] {
		return start // "in the Eastern Conference quarterfinal": a league
	}
	if x < len(p.toks) && p.toks[x].Kind == entity.Poss && !an.placeAfterPoss(p, x) {
		if _, ok := entity.Country(name); !ok {
			return start // "in Jenner's beauty portfolio": an owner, not a place
		}
	}
	if start > 0 && p.word(start-1) == "into" {
		if _, ok := entity.Country(name); !ok {
			return start // "$6.5 billion into WeWork": into a company, not a place
		}
	}
	if placeCountry(name) {
		return x
	}
	if _, ok := entity.Demonym(name); ok {
		if x < len(p.toks) && placeNouns[p.word(x)] {
			return x + 1
		}
		return start
	}
	// a place the entity finder recognised; a capitalised direction may
	// begin its name ("in East Flatbush")
	off := p.toks[nameFrom].Start
	if nameFrom > start && p.toks[nameFrom-1].Upper && entity.IsDirection(p.word(nameFrom-1)) {
		dir := p.toks[nameFrom-1].Start
		if k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= dir }); k < len(an.mentions) &&
			an.mentions[k].Start == dir && an.mentions[k].End == p.toks[x-1].End {
			off, nameFrom = dir, nameFrom-1
		}
	}
	k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= off })
	if k < len(an.mentions) && an.mentions[k].Start == off && an.versioned[an.mentions[k].Norm] {
		return start // "in Internet Explorer" when the article also writes "Internet Explorer 8"
	}
	if k < len(an.mentions) && an.mentions[k].Start == off {
		switch m := an.mentions[k]; m.Kind {
		case entity.Place:
			return x
		case entity.Unknown:
			if w := p.word(start - 1); (w == "at" || w == "along" || w == "on" || w == "over" || (w == "around" || w == "outside") && nameFrom > start) && !an.places[m.Norm] {
				return start // "at Google", "on Twitter", "around the G key": only a name the article uses as a place
			}
			if p.word(start-1) == "to" && !an.places[m.Norm] && !motionBefore(p, start-1) {
				return start // "a $4.8 billion sale to Verizon", "information available to Facebook": a party, not a destination
			}
			// an unclassified single name after "to"/"in": a place, unless
			// it modifies a noun ("into the Casty store", "in the Obama
			// administration") or names a person of the article ("throws
			// to Wayne")
			if m.End == p.toks[x-1].End && (x-nameFrom == 1 || x-nameFrom == 2 && entity.IsDirection(p.word(nameFrom))) {
				if nx := p.word(x); nameFrom > start && x < len(p.toks) && p.toks[x].Kind == entity.Word && !p.toks[x].Upper &&
					!textproc.IsStopword("en", nx) && !strings.HasSuffix(nx, "ed") && !strings.HasSuffix(nx, "ing") {
					return start // a noun after the name; "in the Mediterranean suffered" is a verb
				}
				if an.reg.knownPersonWord(entity.Normalize(m.Text)) && !(nameFrom > start && entity.IsDirection(p.word(nameFrom-1))) {
					return start // "throws to Wayne"; but "in central Athens" stays a place
				}

				return x
			}
		}
	}
	return start
}

// placeList extends a place ending at token end over the places
// coordinated with it: "in Iraq and Afghanistan", "in Kenya, Somalia and
// Ethiopia". Each further member must be a country or a name the article
// knows as a place; otherwise the list stops where it was.
//
// A member after a comma alone is kept only when a conjunction brings in
// a later one: "in Wasilla, Alaska" stays "in Wasilla" (a city and its
// state), "in Atlanta, Georgia, and Seattle" is a list.
func (an *analysis) placeList(p *paragraph, end, limit int) int {
	committed := end
	for n := 0; n < 6 && end < len(p.toks); n++ {
		k := end
		if p.toks[k].Text == "," {
			k++
		}
		conj := false
		if w := p.word(k); w == "and" || w == "or" {
			k++
			conj = true
		} else if k == end {
			break // no comma and no conjunction
		}
		if k >= len(p.toks) || p.toks[k].End > limit {
			break
		}
		e := an.placeAfter(p, k, limit)
		if e <= k || !an.firmPlace(p, k, e) && (!an.namedPlace(p, k, e) || e < len(p.toks) && !p.toks[e].Upper && verbLike(p.word(e))) ||
			e < len(p.toks) && p.toks[e].Kind == entity.Poss {
			break
		}
		end = e
		if conj {
			committed = end
		}
	}
	return committed
}

// namedPlace reports whether tokens from..to are capitalised words the
// entity finder did not take for a person or an organisation: in a list
// after a place ("in Granada, Murcia and Almeria") such a name is a place
// too, unless a verb follows it ("in Granada and Smith said": a subject).
func (an *analysis) namedPlace(p *paragraph, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if t := p.toks[k]; t.Kind != entity.Word || !t.Upper {
			return false
		}
	}
	off := p.toks[from].Start
	k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= off })
	if k < len(an.mentions) && an.mentions[k].Start == off {
		m := an.mentions[k]
		return m.Kind == entity.Place || m.Kind == entity.Unknown
	}
	return true
}

// firmPlace reports whether tokens from..to name a country, a place the
// entity finder classified, or a name the article uses as a place.
func (an *analysis) firmPlace(p *paragraph, from, to int) bool {
	if p.word(from) == "the" {
		from++
	}
	if from >= to {
		return false
	}
	name := an.text[p.toks[from].Start:p.toks[to-1].End]
	if placeCountry(name) {
		return true
	}
	off := p.toks[from].Start
	k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= off })
	if k < len(an.mentions) && an.mentions[k].Start == off {
		m := an.mentions[k]
		return m.Kind == entity.Place || an.places[m.Norm]
	}
	return false
}

// articlePlaces collects the names an article uses as places: countries,
// names the entity finder classified as places, and unclassified names
// written after "in", "near" or "outside" with no noun after them ("in
// Delhi,"), so that "Delhi's 10 million vehicles" elsewhere is a place too.
func articlePlaces(text string, toks []entity.Token, ms []entity.Mention) map[string]bool {
	out := map[string]bool{}
	k := 0
	for _, m := range ms {
		if m.Kind != entity.Place && m.Kind != entity.Unknown {
			continue
		}
		for k < len(toks) && toks[k].Start < m.Start {
			k++
		}
		if k >= len(toks) || toks[k].Start != m.Start {
			continue
		}
		e := k
		for e < len(toks) && toks[e].End <= m.End {
			e++
		}
		if e < len(toks) && toks[e].Kind == entity.Poss && !(m.Kind == entity.Place && e-k >= 2 && entity.IsPlaceCue(toks[e-1].Lower)) {
			continue // "in Jenner's beauty portfolio": an owner (but "Lorne County's population" is a place's)
		}
		if e < len(toks) && publicationNouns[toks[e].Lower] {
			continue // "in Kathimerini daily": a newspaper
		}
		// an unclassified name, or a well-known city that may as well be a
		// team or a government ("against Oakland", "Beijing resumed
		// buying"), needs the article to use it as a place
		if m.Kind == entity.Unknown || gazetteerOnly(m) {
			if k == 0 {
				continue
			}
			prev := toks[k-1].Lower
			if entity.IsDirection(prev) && k >= 2 {
				prev = toks[k-2].Lower // "in central Paris"
			}
			switch {
			case prev == "in" || prev == "near" || prev == "outside":
			case prev == "à" || prev == "au" || prev == "aux" || prev == "dans" || prev == "en": // "à Paris", "en Rusia"
			case prev == "of" && k >= 2 && settlementNouns[toks[k-2].Lower]: // "the city of Thessaloniki"
			default:
				continue
			}
			if m.Kind == entity.Unknown && e < len(toks) && toks[e].Kind == entity.Word && !toks[e].Upper {
				continue // "in the Obama administration"
			}
		}
		out[m.Norm] = true
	}
	return out
}

// outwardVerbs send something elsewhere: their subject is not the place
// of what they send.
var outwardVerbs = set(`launched launches launch fired fires fire sent sends send deployed deploys deploy dispatched
	shipped exported exports supplied supplies delivered delivers donated pledged pledges gave gives provided provides sold
	sells offered offers promised transferred`)

// publicationNouns after a name make it a newspaper or magazine.
var publicationNouns = set(`daily newspaper weekly magazine paper tabloid broadsheet journal`)

// placeCountry reports whether name is a country as a place: the United
// Nations is in the country list for its aliases, but "observers from the
// United Nations" are from a body.
func placeCountry(name string) bool {
	c, ok := entity.Country(name)
	return ok && c != "United Nations"
}

// gazetteerOnly reports whether m is a place only because the entity
// finder knows the name (a country, or a name opening with a direction
// such as "South Carolina", is a place whatever the context).
func gazetteerOnly(m entity.Mention) bool {
	if _, country := entity.Country(m.Text); country || !entity.KnownPlace(m.Text) {
		return false
	}
	f := strings.Fields(m.Text)
	return !(len(f) > 1 && entity.IsDirection(strings.ToLower(f[0])))
}

// versionedNames collects the names written somewhere with a number right
// after them ("Internet Explorer 8", "Windows 7"), which makes them
// products; countries and well-known places are left out ("Oregon 214" is
// a road in Oregon).
func versionedNames(text string, toks []entity.Token, ms []entity.Mention) map[string]bool {
	var out map[string]bool
	k := 0
	for _, m := range ms {
		for k < len(toks) && toks[k].Start < m.End {
			k++
		}
		if k >= len(toks) || toks[k].Kind != entity.Number || toks[k].Start != m.End+1 || text[m.End] != ' ' {
			continue
		}
		if _, country := entity.Country(m.Text); country || entity.KnownPlace(m.Text) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[m.Norm] = true
	}
	return out
}

// solePlace is the scope of a figure whose sentence names one place and
// no other, outside the speaker's phrase and outside names of
// organisations: "Delhi's more than 10 million vehicles", "India suffered
// the worst toll, with more than 2.5 million deaths". Two different places
// leave the scope open.
//
// A place inside a relative clause that does not hold the figure at qs
// describes someone, not the figure ("The climber, who had been living in
// Melbourne, fell 200 metres").
func (an *analysis) solePlace(p *paragraph, s textproc.Span, cue *Cue, speaker string, qs int) string {
	if s.End-s.Start > 600 {
		return "" // no real sentence is this long; keeps hostile text linear
	}
	cueFrom, cueTo := -1, -1
	if cue != nil && !cue.Elided && cue.PhraseTo > cue.PhraseFrom && cue.PhraseTo <= len(p.toks) {
		cueFrom, cueTo = p.toks[cue.PhraseFrom].Start, p.toks[cue.PhraseTo-1].End
		if cue.PhraseTo < cue.Verb && cue.Verb < len(p.toks) && p.toks[cue.PhraseTo].Text == "," {
			cueTo = p.toks[cue.Verb].Start // "The company, founded … in Bristol, said": the appositive describes the speaker
		}
	}
	// a leading participle clause tells where the speaker was: "Speaking
	// in Paris, Macron said 100 people died"
	lead := s.Start
	if first := p.tokenAt(s.Start); first < len(p.toks) && strings.HasSuffix(p.word(first), "ing") {
		for k := first; k < len(p.toks) && p.toks[k].Start < s.End; k++ {
			if p.toks[k].Text == "," {
				lead = p.toks[k].End
				break
			}
		}
	}
	spk := entity.Normalize(speaker)
	// a contrast opens a clause of its own: in "Spain has 157,000 cases,
	// while China has 83,000" each figure's place is in its own clause (a
	// semicolon ends one too)
	clauseFrom, clauseTo := lead, s.End
	for x := p.tokenAt(s.Start); x < len(p.toks) && p.toks[x].Start < s.End; x++ {
		if !p.contrastAt(x) {
			continue
		}
		if at := p.toks[x].Start; at < qs {
			end := p.toks[x].End
			if p.toks[x].Text == "," {
				end = p.toks[x+1].End // after "while"
			}
			clauseFrom = max(clauseFrom, end)
		} else {
			clauseTo = min(clauseTo, at)
		}
	}
	found := ""
	lo := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= s.Start })
	for k := lo; k < len(an.mentions) && an.mentions[k].Start < s.End; k++ {
		m := an.mentions[k]
		if m.End > s.End || m.Start >= cueFrom && m.End <= cueTo || m.Start < clauseFrom || m.End > clauseTo || spk != "" && strings.Contains(spk, m.Norm) {
			continue
		}
		if rest := strings.TrimLeft(an.text[m.End:min(m.End+12, len(an.text))], " "); strings.HasPrefix(strings.ToLower(rest), "dollar") {
			continue // "176 Hong Kong dollars": a currency
		}
		if x := p.tokenAt(m.End); x+2 < len(p.toks) && p.toks[x].Start >= m.End && !p.toks[x].Upper &&
			(settlementNouns[p.word(x)] || entity.IsPlaceCue(p.word(x))) && p.word(x+1) == "of" && p.toks[x+2].Upper {
			continue // "the US state of Louisiana": the place is the one after "of"
		}
		if x := p.tokenAt(m.End); x < len(p.toks) && p.toks[x].Start >= m.End && p.toks[x].Kind == entity.Word {
			w := p.word(x)
			if (w == "has" || w == "had" || w == "have" || w == "will" || w == "would") && x+1 < len(p.toks) {
				w = p.word(x + 1)
			}
			if outwardVerbs[w] {
				continue // "Russia launched 2,000 drones": the sender, not where the figure is
			}
			if p.speakerAt(m.Start) {
				continue // "… and Israel claims dozens died": a speaker, like the figure's own
			}
		}
		if x := p.tokenAt(m.Start); x >= 1 && x < len(p.toks) && (p.word(x-1) == "than" || p.word(x-1) == "the" && p.word(x-2) == "than") {
			continue // "an area larger than Austria": a comparison, not where the figure is
		}
		if f := strings.Fields(m.Text); len(f) > 1 && entity.IsTitleWord(strings.ToLower(f[0])) {
			continue // "Governor of Qeshm": a title, not a place
		}
		if f := strings.Fields(m.Text); len(f) > 1 && entity.IsStreetWord(strings.ToLower(strings.TrimRight(f[len(f)-1], "."))) {
			continue // "at 5085 Bullion Street": an address, finer than any figure's place
		}
		if from, to := relativeClause(an.text, s, m.Start, an.lang); to > from && (qs < from || qs >= to) && !strings.HasPrefix(an.text[from:], ", which") {
			continue
		}
		if x := p.tokenAt(m.End); x < len(p.toks) && p.toks[x].Kind == entity.Number && p.toks[x].Start == m.End+1 || an.versioned[m.Norm] {
			continue // "Sea Me We 4", "Oregon 214": a name with a number
		}
		if m.Start == p.start && dateline(m.Text, an.text[m.End:]) {
			continue // "WASHINGTON (AP) —" says where the report was filed
		}
		if x := p.tokenAt(m.Start); x >= 2 && x < len(p.toks) && p.toks[x].Start == m.Start && p.toks[x-1].Kind == entity.Word &&
			!p.toks[x-1].Upper && p.toks[x-2].Kind == entity.Word && p.toks[x-2].Upper && !entity.SentenceInitial(p.text, p.toks, x-2) {
			continue // "the Organization for Security and Cooperation in Europe": inside a name
		}
		if !placeCountry(m.Text) && (!an.places[m.Norm] || !an.placeLike(m)) {
			continue
		}
		if x := p.tokenAt(m.Start); m.Kind != entity.Place && x >= 2 && x < len(p.toks) && p.toks[x].Start == m.Start &&
			p.word(x-1) == "of" && ownershipNouns[p.word(x-2)] {
			continue // "its $1 billion buyout of Instagram": a company bought, whatever "in Instagram" says elsewhere
		}
		if x := p.tokenAt(m.End); x < len(p.toks) && p.toks[x].Start >= m.End && institutionNouns[p.word(x)] && !p.toks[x].Upper {
			if _, country := entity.Country(m.Text); !country {
				continue // "Texas prison escapee": the place of an institution, not of the figure
			}
		}
		if k > lo && strings.TrimSpace(an.text[an.mentions[k-1].End:m.Start]) == "," && an.places[an.mentions[k-1].Norm] {
			continue // "Greenwich Village, New York": the state holds the place already named
		}
		if found != "" && !strings.EqualFold(found, m.Text) {
			return ""
		}
		found = m.Text
	}
	return found
}

// speakerAt reports whether a cue of the paragraph names its speaker
// starting at offset off.
func (p *paragraph) speakerAt(off int) bool {
	if p.phraseStarts == nil {
		p.phraseStarts = map[int]bool{} // once per paragraph: solePlace asks for every place of every figure
		for _, c := range p.cues {
			if !c.Elided && c.PhraseTo > c.PhraseFrom && c.PhraseFrom < len(p.toks) {
				p.phraseStarts[p.toks[c.PhraseFrom].Start] = true
			}
		}
	}
	return p.phraseStarts[off]
}

// dateline reports whether a name opening a paragraph, followed by rest,
// is a dateline: capitals only, then a comma, a bracket or a dash
// ("WASHINGTON (AP) —", "COLUMBIA, S.C. —", "Indianapolis –").
func dateline(name, rest string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z' || r == ' ':
			letters++
		case r >= 'a' && r <= 'z' || r == '.':
			return false
		}
	}
	if letters < 3 {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "—") ||
		strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ")
}

// placeLike rules out names the article also uses otherwise: a person's
// name ("Teixeira", "Ford"), a demonym ("West German"), a hyphenated
// modifier ("Republican-dominated"), or a name that speaks ("Emirates
// said").
func (an *analysis) placeLike(m entity.Mention) bool {
	for i := 1; i < len(m.Text); i++ {
		c, prev := m.Text[i], m.Text[i-1]
		if c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z' {
			return false // "Q3", "WeWork", "MacBook": codes and brands
		}
	}
	f := strings.Fields(m.Norm)
	if len(f) > 0 {
		switch last := f[len(f)-1]; {
		case nonPlaceTails[last]:
			return false // "the Eastern Conference"
		case len(f) > 1 && (strings.HasSuffix(last, "ian") || strings.HasSuffix(last, "ese") || strings.HasSuffix(last, "ish") || strings.HasSuffix(last, "can")):
			return false // "Central Asian", "South African" as adjectives
		}
	}
	if strings.Contains(m.Text, "-") && strings.ToLower(m.Text) != m.Text {
		if i := strings.LastIndexByte(m.Text, '-'); i+1 < len(m.Text) && m.Text[i+1] >= 'a' && m.Text[i+1] <= 'z' {
			return false
		}
	}
	for _, w := range strings.Fields(m.Norm) {
		if an.reg.knownPersonWord(w) {
			return false
		}
		if _, ok := entity.Demonym(w); ok {
			return false
		}
	}
	if an.speaking == nil {
		an.speaking = map[string]bool{}
		for _, p := range an.paras {
			for _, sp := range p.speakers {
				if sp.Name != "" {
					an.speaking[entity.Normalize(sp.Name)] = true
				}
			}
		}
	}
	return !an.speaking[m.Norm]
}

// nonPlaceTails end names of competitions and groupings, not places.
var nonPlaceTails = set(`conference league division cup series championship championships tournament open games
	party group club team`)

// motionWords go with a destination after "to": "sent troops to Kursk",
// "flights to Qeshm", "moved to Tulsa".
var motionWords = map[string]bool{"send": true, "sent": true, "sending": true, "sends": true, "deploy": true, "deployed": true,
	"deploying": true, "move": true, "moved": true, "moving": true, "travel": true, "traveled": true, "travelled": true,
	"traveling": true, "travelling": true, "fly": true, "flew": true, "flown": true, "flying": true, "flight": true,
	"flights": true, "trip": true, "trips": true, "visit": true, "visits": true, "visited": true, "return": true, "returned": true,
	"returning": true, "go": true, "went": true, "gone": true, "going": true, "come": true, "came": true, "coming": true,
	"head": true, "headed": true, "heading": true, "bound": true, "evacuated": true, "fled": true, "flee": true, "fleeing": true,
	"deported": true, "shipped": true, "transferred": true, "migrated": true, "emigrated": true, "exported": true,
	"exports": true, "drove": true, "driven": true, "sailed": true, "arrived": true, "route": true, "routes": true,
	"journey": true, "expanded": true, "expanding": true, "spread": true, "spreading": true, "relocated": true,
	"back": true, "way": true, "road": true, "border": true, "near": true, "close": true, "next": true, "south": true,
	"north": true, "east": true, "west": true, "home": true, "troops": true, "soldiers": true, "forces": true,
	"refugees": true, "migrants": true, "visitors": true, "tourists": true, "delegation": true, "aid": true}

// motionBefore reports whether one of the four words before token to (the
// word "to") is a word of motion or direction.
func motionBefore(p *paragraph, to int) bool {
	for k := to - 1; k >= 0 && k >= to-4; k-- {
		if p.toks[k].Kind != entity.Word {
			if p.toks[k].Kind == entity.Number {
				continue
			}
			return false
		}
		if motionWords[p.word(k)] {
			return true
		}
	}
	return false
}

// ownershipNouns before "of NAME" make NAME a company or a holding, not a
// place: "the buyout of Instagram", "a stake of Aramco".
var ownershipNouns = set(`acquisition acquisitions buyout buyouts purchase purchases sale sales takeover takeovers stake stakes
	shares stock owner owners founder founders ceo parent rival rivals maker makers users customers employees investors
	shareholders subsidiary subsidiaries merger mergers valuation bid bids deal deals`)

// clauseAfterAnd reports an "and" at x that opens a clause of its own: a
// participle or verb in "-ed" or "-ing" comes before the next place
// preposition ("and hurricane-force winds recorded in Jersey"), unlike
// a second noun ("homes and businesses in Florida").
func (p *paragraph) clauseAfterAnd(x, end int) bool {
	for k := x + 1; k < len(p.toks) && k <= x+6 && p.toks[k].End <= end; k++ {
		t := p.toks[k]
		if t.Kind != entity.Word {
			if t.Text == "-" {
				continue
			}
			return false
		}
		w := p.word(k)
		if scopePreps[w] {
			return false
		}
		if !t.Upper && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return true
		}
	}
	return false
}

// worldWindow is how far from a figure, in bytes, the words that set it on
// the whole world may stand.
const worldWindow = 60

// worldScope returns "world" when the words right around a figure set it
// on the whole world in lower-case words, and "" otherwise: before is the
// text before the figure, after the text after it (and its counted noun),
// each read only up to a clause break. "23 percent of global forests",
// "people worldwide", "the world's land surface", "around the world",
// "warming of the planet by 1.2°C" are the world's; "Amazon, the world's
// largest retailer, cut 18,000 jobs" (an appositive, a superlative),
// "HSBC, the global bank", "a global head of sales", the World Bank and
// "the world record" are not.
func worldScope(before, after string) string {
	if i := strings.LastIndexAny(before, ",;:()—"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.IndexAny(after, ",;:()—"); i >= 0 {
		after = after[:i]
	}
	if worldWords(before, true) || worldWords(after, false) {
		return "world"
	}
	return ""
}

// worldWords reports lower-case words in s that name the whole world; at
// the end of the text before a figure, a superlative ranks the figure
// itself ("the world's richest 10%").
func worldWords(s string, beforeFigure bool) bool {
	if !strings.Contains(s, "world") && !strings.Contains(s, "global") && !strings.Contains(s, "planet") && !strings.Contains(s, "globe") {
		return false // most figures: no need to split the words
	}
	ws := strings.Fields(s)
	for i, raw := range ws {
		w := strings.Trim(raw, ".!?\"“”")
		next := ""
		if i+1 < len(ws) {
			next = strings.ToLower(strings.Trim(ws[i+1], ".,!?\"“”"))
		}
		switch {
		case w == "worldwide" || w == "globally":
			return true
		case w == "global":
			if !notGlobalHeads[next] && (next == "" || next[0] >= 'a' && next[0] <= 'z') {
				return true // "global forests", "global warming"; not "a global head of sales"
			}
		case w == "world's" || w == "world’s" || w == "planet's" || w == "planet’s":
			if !superlative(next) || beforeFigure && i+2 == len(ws) {
				return true // "the world's land surface"; not "the world's largest retailer"
			}
		case w == "world" || w == "planet" || w == "globe":
			if i >= 2 && ws[i-1] == "the" && worldPreps[ws[i-2]] {
				return true // "around the world", "of the planet"
			}
		}
	}
	return false
}

// superlative reports a word that ranks: "largest", "most", "leading".
func superlative(w string) bool {
	switch w {
	case "most", "leading", "top", "best", "worst", "no.", "number", "second", "third", "fastest-growing":
		return true
	}
	return strings.HasSuffix(w, "est") && len(w) > 4 || strings.Contains(w, "-largest") || strings.Contains(w, "-biggest")
}

// notGlobalHeads after "global" name a body or a job, not the world:
// "the global bank", "a global head of sales".
var notGlobalHeads = set(`bank banks head heads chief director directors company companies firm firms brand brands leader
	leaders giant giants group network team officer president manager managers partner partners provider player players
	chairman ceo executive executives investor investors lender insurer carrier chain agency`)

// worldPreps put a figure on the world: "around the world", "of the planet".
var worldPreps = set(`around across in of over on throughout worldwide`)
