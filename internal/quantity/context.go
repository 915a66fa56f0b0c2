package quantity

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"newsdesk/internal/textproc"
)

// isTimeOrDate reports a figure that is part of a clock time, a date or a
// relative time stamp: "4 p.m.", "07:50" (caught earlier), "October 27",
// "27th", "12 minutes ago", "3 MIN READ".
func (p *parser) isTimeOrDate(m measure) bool {
	if m.unit != "" || m.vague {
		return false
	}
	e := m.e
	nx := p.word(e)
	if m.digits && !m.scaled {
		if p.sameLine(e) && timeWords[nx] {
			return true
		}
		if p.sameLine(e) && (nx == "a" || nx == "p") && p.sym(e+1) == "." && p.word(e+2) == "m" && p.glued(e+1) && p.glued(e+2) {
			return true
		}
		if p.isDay(m) && (p.monthBefore(m.numS) || p.monthAfter(e)) {
			return true
		}
	}
	if durationUnits[nx] && p.sameLine(e) {
		if p.word(e+1) == "ago" || p.word(e+1) == "read" {
			return true
		}
	}
	return false
}

func (p *parser) isDay(m measure) bool {
	return m.digits && m.info.plainInt && m.val >= 1 && m.val <= 31 && m.info.ndigits <= 2 && !m.scaled
}

// monthBefore reports a month name just before token k: "October 27", "Oct. 27".
func (p *parser) monthBefore(k int) bool {
	if k-1 >= 0 && p.t[k].gap != gapLine && months[p.word(k-1)] {
		return p.monthWordOK(k - 1)
	}
	if k-2 >= 0 && p.sym(k-1) == "." && months[p.word(k-2)] && p.t[k].gap != gapLine {
		return true
	}
	return false
}

// monthAfter reports a month name at token e: "27 October", "27 of October".
func (p *parser) monthAfter(e int) bool {
	if !p.sameLine(e) {
		return false
	}
	if months[p.word(e)] && p.monthWordOK(e) {
		return true
	}
	return p.word(e) == "of" && months[p.word(e+1)] && p.monthWordOK(e+1)
}

// monthWordOK rejects "may" and "march" written in lower case inside
// mixed-case text, where they are usually a verb.
func (p *parser) monthWordOK(k int) bool {
	w := p.t[k].low
	if w != "may" && w != "march" {
		return true
	}
	return isUpperInitial(p.text[p.t[k].s:p.t[k].e])
}

// isDateRange reports "October 27-28" and "27-28 October".
func (p *parser) isDateRange(m1, m2 measure) bool {
	return p.isDay(m1) && p.isDay(m2) && m1.unit == "" && m2.unit == "" && (p.monthBefore(m1.numS) || p.monthAfter(m2.e))
}

// notAQuantity reports an unqualified figure that is a year, a label, a
// time or a pronoun rather than an amount.
func (p *parser) notAQuantity(m measure) bool {
	if p.isTimeOrDate(m) {
		return true
	}
	if p.de && p.notQuantityDE(m) {
		return true
	}
	if p.ro && p.notQuantityRO(m) {
		return true
	}
	if m.digits && m.unit == "" && !m.scaled {
		prev := m.numS - 1
		if p.sym(prev) == "." && p.t[m.numS].gap != gapLine {
			prev--
		}
		if pw := p.word(prev); pw != "" && labelWords[pw] && p.t[m.numS].gap != gapLine {
			switch pp := p.word(prev - 1); {
			case (pw == "week" || pw == "day") && (pp == "this" || pp == "last" || pp == "next" || pp == "that" || pp == "each" ||
				pp == "every" || pp == "per" || pp == "same" || pp == "whole" || pp == "entire"):
				// "Earlier this week 40 people were evacuated": a time
				// phrase, then the count
			default:
				return true
			}
		}
		if p.modelPrefix(m.numS - 1) {
			return true // "12 AK 47 guns", "two F 16 jets": a model name
		}
		if !p.de && !p.t[m.numS].words && m.info.plainInt && m.info.ndigits == 4 && m.val >= 1000 && m.val <= 2199 && m.val == float64(int(m.val)) && m.numS == m.s {
			// A year unless a plain plural noun follows and nothing before
			// reads as "in 2024", "the 2024 elections".
			if yearBefore[p.word(m.s-1)] || p.sym(m.s-1) == "'" || p.sym(m.s-1) == "’" || !p.sameLine(m.e) {
				return true
			}
			w := p.word(m.e)
			if w == "" || !isPluralNoun(w) || isUpperInitial(p.text[p.t[m.e].s:p.t[m.e].e]) {
				return true
			}
			// Only a lower-case word such as a verb before it makes "2000 troops"
			// a count; "U.S. 2016 elections" is a year.
			if pw := p.word(m.s - 1); pw == "" || hasUpper(p.text[p.t[m.s-1].s:p.t[m.s-1].e]) {
				return true
			}
		}
	}
	if p.idiom(m) {
		return true
	}
	if !m.digits && m.numE-m.numS == 1 && p.t[m.numS].low == "one" {
		if notNumberBefore[p.word(m.numS-1)] || notNumberAfterOne[p.word(m.e)] {
			return true
		}
	}
	return false
}

// modelPrefix reports whether token k is the letters of a model name
// written with a space before its number: "AK 47", "F 16", "M 16". The
// letters are one to three capitals that are no currency code, and a count
// or a determiner stands before them.
func (p *parser) modelPrefix(k int) bool {
	if k < 1 || k+1 >= len(p.t) || p.t[k].kind != kWord || p.t[k+1].kind != kNum || p.t[k+1].gap != gapSpace || !p.sameLine(k+1) {
		return false
	}
	w := p.text[p.t[k].s:p.t[k].e]
	if len(w) > 3 || isoCodes[p.t[k].low] || currencySymbols[p.t[k].low] != "" || currencyWords[p.t[k].low].code != "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	if p.t[k-1].kind == kNum {
		return p.sameLine(k)
	}
	if pw := p.text[p.t[k-1].s:p.t[k-1].e]; pw == strings.ToUpper(pw) {
		return false // "FIVE OF 10 PEOPLE": text in capitals, not a model name
	}
	switch p.word(k - 1) {
	case "a", "an", "the", "its", "their", "his", "her", "our", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "dozen", "dozens", "hundreds", "several", "many":
		return p.sameLine(k)
	}
	// "affects IE 9 users", "in IE 8 and IE 9 versions": capitals and a
	// small number before a word of versions name a version; but "told
	// CNN 12 people were killed", "in LA 12 people were shot" are counts
	if pw := p.text[p.t[k-1].s:p.t[k-1].e]; pw != "" && pw[0] >= 'a' && pw[0] <= 'z' && !placeCodes[w] &&
		len(p.t[k+1].low) <= 2 && p.sameLine(k) && (versionNouns[p.word(k+2)] || p.word(k+2) == "and" && p.word(k+3) == p.t[k].low) {
		return true
	}
	return false
}

// versionNouns after "IE 9" make it a version of a product.
var versionNouns = map[string]bool{"users": true, "user": true, "version": true, "versions": true, "browser": true,
	"browsers": true, "update": true, "updates": true, "release": true, "releases": true, "edition": true,
	"editions": true, "devices": true, "installations": true, "customers": true, "patch": true}

// placeCodes are capitals that name a country or body, not a product.
var placeCodes = map[string]bool{"US": true, "UK": true, "UN": true, "EU": true, "UAE": true, "USA": true, "DRC": true}

// idiom reports a figure that is part of a fixed phrase or a name rather
// than an amount: "my two cents", "one country, two systems", "the 100
// meter freestyle", "a pick-six".
func (p *parser) idiom(m measure) bool {
	first := p.t[m.numS].low
	if m.numS >= 2 && p.t[m.numS].gap == gapNone && (p.sym(m.numS-1) == "-" || p.sym(m.numS-1) == "‑") && p.t[m.numS-1].gap == gapNone &&
		p.t[m.numS-2].kind == kWord && !m.digits {
		if _, isNum := numWords[p.t[m.numS-2].low]; !isNum {
			return true // "pick-six", "high-five", "deep-six"
		}
	}
	switch p.word(m.numS - 1) {
	case "my", "his", "her", "their", "our", "your":
		if p.word(m.e) == "cents" || p.word(m.e) == "cent" || first == "two" && p.word(m.numS+1) == "cents" {
			return true // "my two cents"
		}
	}
	if (first == "two" || first == "2") && p.word(m.numE) == "systems" && p.word(m.numS-2) == "country" {
		return true
	}
	if (first == "one" || first == "1") && p.word(m.numE) == "country" && p.sym(m.numE+1) == "," && p.word(m.numE+2) == "two" {
		return true
	}
	if !m.digits && m.numE-m.numS <= 2 && fractionWords[p.t[m.numE-1].low] && !strings.HasSuffix(p.t[m.numE-1].low, "s") &&
		p.sym(m.numE) == "-" && p.glued(m.numE) && p.glued(m.numE+1) && numWords[p.word(m.numE+1)].kind != wScale &&
		!measureAbbrevs[p.word(m.numE+1)] && p.word(m.numE+1) != "point" {
		return true // "a third-rate burglary", "a third-down back", "the quarter-final"
	}
	switch p.word(m.numS - 1) {
	case "top":
		// "a top 10 finish", "the party's top 10", "ECRI top 10": a rank;
		// but "deaths top 20,000", "expected to top 60 percent": a verb
		if w := p.word(m.numS - 2); w != "to" && w != "will" && w != "could" && w != "may" && w != "might" && !(isPluralNoun(w) && !strings.ContainsAny(w, "'’")) {
			return true
		}
	case "first", "second", "lower", "upper", "bottom", "other", "latter", "former", "back", "front":
		if first == "half" {
			return true // "in the first half": a period of play; "the lower half of the table": a part
		}
	}
	switch p.word(m.e) {
	case "seed", "seeded":
		return true // "the five seed"
	case "surround":
		return m.digits // "5.1 surround sound"
	case "of":
		if p.word(m.e+1) == "a" && (p.word(m.e+2) == "century" || p.word(m.e+2) == "decade") && !m.digits {
			return true // "a quarter of a century": a span
		}
	}
	if !m.digits && m.numE-m.numS == 1 && m.numS > 0 && p.t[m.numS-1].kind == kWord && p.sameLine(m.numS) &&
		isUpperInitial(p.text[p.t[m.numS].s:p.t[m.numS].e]) && !isUpperInitial(p.text[p.t[m.numS-1].s:p.t[m.numS-1].e]) &&
		m.numE < len(p.t) && p.t[m.numE].kind == kWord && p.sameLine(m.numE) && isUpperInitial(p.text[p.t[m.numE].s:p.t[m.numE].e]) {
		return true // "on Ninety Mile Beach", "near Three Mile Island": a number word inside a name
	}
	if p.ageBefore(m.numS) {
		return true // "between the ages of 25 and 54", "until age 5": whose age, not a figure
	}
	if (m.val == 360 || m.val == 180) && p.sym(m.e) == "-" && p.word(m.e+1) == "degree" {
		return true // "a 360-degree camera", "a 180-degree turn"
	}
	if m.digits && m.info.ndigits == 1 && m.scaled && m.raw >= 2 && m.raw <= 8 && int(m.raw)%2 == 0 {
		switch p.word(m.e) {
		case "resolution", "video", "videos", "tv", "tvs", "display", "displays", "screen", "screens", "hdr", "streaming", "content", "camera", "monitor":
			return true // "4k resolution": a video format
		}
	}
	if p.height(m) {
		return true
	}
	if p.sym(m.e) == "-" && p.word(m.e+1) == "in" && p.sym(m.e+2) == "-" && p.glued(m.e+1) && p.glued(m.e+2) {
		return true // "a 3-in-1 charger"
	}
	if stretchEdges[p.word(m.numS-1)] && stretchOwners[p.word(m.numS-2)] && stretchPreps[p.word(m.numS-3)] && stretchNouns[p.word(m.e)] &&
		!missVerbs[p.word(m.numS-4)] && !(p.word(m.numS-5) == "ruled" && p.word(m.numS-4) == "out") {
		// "in the first three games", "in their last two games": the
		// stretch another statement covers, not a figure ("won her last
		// five games" is one)
		return true
	}
	for k := m.e; k < m.e+3 && k < len(p.t) && p.sameLine(k); k++ {
		w := p.text[p.t[k].s:p.t[k].e]
		if ev, ok := sportEvents[w]; ok && (!ev || k > m.e && distanceWords[p.word(k-1)]) {
			return true // "the 100 meter freestyle", "the 400m hurdles", "the 40-yard dash"; not "$26 billion Sprint merger"
		}
	}
	return false
}

// stretchEdges, stretchOwners and stretchNouns make "the first three
// games" a stretch of play.
var (
	stretchEdges = map[string]bool{"first": true, "last": true, "past": true, "next": true, "previous": true, "opening": true, "final": true, "remaining": true}
	// missVerbs before the stretch make its count the fact: "suspended for
	// the next three games"
	missVerbs     = map[string]bool{"suspended": true, "banned": true, "miss": true, "missed": true, "misses": true, "sidelined": true, "benched": true, "out": true}
	stretchPreps  = map[string]bool{"in": true, "over": true, "during": true, "through": true, "from": true, "for": true, "across": true}
	stretchOwners = map[string]bool{"the": true, "their": true, "its": true, "his": true, "her": true, "our": true, "your": true, "those": true, "these": true}
	stretchNouns  = map[string]bool{"games": true, "matches": true, "races": true, "rounds": true, "starts": true, "outings": true,
		"innings": true, "fixtures": true, "contests": true, "tournaments": true, "meetings": true, "appearances": true}
)

// height reports a person's height written "6-foot-9": not 6 feet, and no
// figure a story turns on.
func (p *parser) height(m measure) bool {
	return p.sym(m.e) == "-" && (p.word(m.e+1) == "foot" || p.word(m.e+1) == "feet") && p.sym(m.e+2) == "-" && p.glued(m.e+2) &&
		m.e+3 < len(p.t) && p.t[m.e+3].kind == kNum && p.glued(m.e+3)
}

// sportEvents name races by their distance (lower case only); false:
// only right after a distance ("100-meter dash", not "dash cams").
var sportEvents = map[string]bool{
	"freestyle": true, "butterfly": true, "backstroke": true, "breaststroke": true, "medley": true,
	"hurdles": true, "steeplechase": true, "dash": false, "relay": false, "sprint": false,
}

var distanceWords = map[string]bool{"meter": true, "metre": true, "meters": true, "metres": true, "m": true, "yard": true,
	"yards": true, "mile": true, "miles": true, "km": true, "k": true, "kilometer": true, "kilometre": true}

// adverbsAfterCount follow a bare count without being its noun: "arrested
// 12 overnight and seized weapons".
var adverbsAfterCount = map[string]bool{
	"overnight": true, "today": true, "yesterday": true, "earlier": true, "later": true, "apiece": true, "each": true,
	"again": true, "instead": true, "already": true, "altogether": true, "total": true, "then": true, "there": true,
}

// modifierPlurals are plural nouns that often modify the noun after them.
var modifierPlurals = map[string]bool{
	"rules": true, "arms": true, "sales": true, "sports": true, "goods": true, "savings": true, "drugs": true,
	"weapons": true, "parts": true, "services": true, "systems": true, "operations": true, "communications": true,
	"securities": true, "rights": true, "customs": true, "earnings": true, "assets": true, "futures": true,
	"emissions": true, "electronics": true, "sanctions": true, "arts": true, "humanities": true, "jobs": true,
}

// isPluralNoun guesses whether a lower-case word is a plural noun.
func isPluralNoun(w string) bool {
	if irregularPlurals[w] {
		return true
	}
	if len(w) < 3 || strings.ContainsAny(w, "'’") || nounStop[w] {
		return false
	}
	if strings.HasSuffix(w, "men") && len(w) > 4 && !singularMen[w] {
		return true // "fishermen", "gunmen", "servicemen"
	}
	if strings.HasSuffix(w, "children") || strings.HasSuffix(w, "people") {
		return true // "grandchildren", "schoolchildren", "townspeople"
	}
	if w[len(w)-1] != 's' {
		return false
	}
	switch {
	case w == "plainclothes", w == "overseas", w == "afterwards", w == "sometimes", w == "always", w == "perhaps", w == "news",
		w == "gas", w == "lens", w == "chaos", w == "bias", w == "atlas", w == "canvas", w == "economics", w == "politics", w == "physics":
		return false
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "ous"), w == "has", w == "was", w == "does", w == "its", w == "this", w == "his",
		w == "yes", w == "as", w == "us", w == "less", w == "plus", w == "across", w == "whereas":
		return false
	}
	return true
}

// temperature reads a temperature scale after a figure, at token k: "°C"
// or "°F" (the sign glued to the letter, the sign glued or spaced from
// the figure), "℃", or a bare "C"/"F" glued to the figure, which the
// number reader lets through only after a temperature word ("highs of
// 38C"). It returns the scale as written and the token after it.
func (p *parser) temperature(k int) (string, int) {
	if k >= len(p.t) {
		return "", k
	}
	e := k
	switch p.sym(k) {
	case "°", "º":
		if w := p.word(k + 1); (w == "c" || w == "f") && p.glued(k+1) && (p.glued(k) || p.t[k].gap == gapSpace) {
			e = k + 2
		}
	case "℃", "℉":
		e = k + 1
	default:
		if raw := p.text[p.t[k].s:p.t[k].e]; (raw == "C" || raw == "F") && p.glued(k) {
			e = k + 1
		}
	}
	if e == k {
		return "", k
	}
	return p.text[p.t[k].s:p.t[e-1].e], e
}

// rateBase reads a rate's base at token k: "per" with a figure and the
// noun it counts ("per 100,000 people", "per 1,000 live births"), or the
// figure alone ("per 1,000"). It returns the last token of the base.
// The figure is never a quantity of its own (parseAt skips a number
// after "per").
func (p *parser) rateBase(k int) (int, bool) {
	if p.word(k) != "per" || !p.sameLine(k+1) || k+1 >= len(p.t) || p.t[k+1].kind != kNum {
		return 0, false
	}
	b, ok := p.parseNumber(k+1, false)
	if !ok {
		return 0, false
	}
	be := b.e - 1
	if b.e < len(p.t) && p.sameLine(b.e) && p.t[b.e].kind == kWord && !nounStop[p.t[b.e].low] {
		be = b.e
		if be+1 < len(p.t) && p.sameLine(be+1) && p.t[be+1].kind == kWord && !p.pluralAt(be) && p.pluralAt(be+1) {
			be++ // "per 1,000 live births"
		}
	}
	return be, true
}

// counted finds the noun phrase a count counts, after token k:
// "10,000 North Korean soldiers", "8,000 of these forces", "two brigades".
func (p *parser) counted(q *Quantity, k int, m measure) {
	if !p.sameLine(k) {
		return
	}
	if q.Unit == "" {
		if c, e := p.temperature(k); c != "" {
			// "1.43°C", "1.5 °C", "38C", "20℃": degrees of the scale
			q.Counted = c
			q.CountedStart, q.CountedEnd = p.t[k].s, p.t[e-1].e
			return
		}
	}
	if p.de {
		p.countedDE(q, k) // German nouns are capitalised: the English reading of names does not hold
		return
	}
	if be, ok := p.rateBase(k); q.Unit == "" && ok {
		// "5 per 1,000", "20.4 per 100,000 people": a rate whose base is
		// no figure of its own
		q.Counted = p.text[p.t[k].s:p.t[be].e]
		q.CountedStart, q.CountedEnd = p.t[k].s, p.t[be].e
		return
	}
	if q.Unit == "" && (p.sym(k) == "\"" || p.sym(k) == "“") && p.glued(k+1) {
		// 31 "open outbreaks": a noun in quotation marks
		for e := k + 1; e < len(p.t) && e <= k+4 && p.sameLine(e) && p.t[e].kind == kWord; e++ {
			if c := p.sym(e + 1); (c == "\"" || c == "”") && p.glued(e+1) && p.pluralAt(e) {
				q.Counted = p.text[p.t[k+1].s:p.t[e].e]
				q.CountedStart, q.CountedEnd = p.t[k+1].s, p.t[e].e
				return
			}
		}
	}
	// "a 10-day truce": the hyphenated word is what is counted.
	viaOf, afterPoss := false, false
	if p.sym(k) == "-" && p.word(k+1) == "of" && p.sym(k+2) == "-" && k+3 < len(p.t) && p.t[k+3].kind == kNum && p.glued(k+3) && p.sameLine(k+4) {
		k += 4 // "completed 29-of-34 passes": the noun after the whole
	}
	if p.sym(k) == "-" && p.glued(k) && p.glued(k+1) && p.word(k+1) != "" && q.Unit == "" {
		// "a 10-day truce", "a 23-year-old": the hyphenated word is what is counted.
		s := k + 1
		e := s
		for p.sym(e+1) == "-" && p.glued(e+1) && p.glued(e+2) && p.word(e+2) != "" {
			e += 2
		}
		if nounStop[p.t[s].low] {
			return // "3-in-1"
		}
		q.Counted = p.text[p.t[s].s:p.t[e].e]
		q.CountedStart, q.CountedEnd = p.t[s].s, p.t[e].e
		return
	} else if p.word(k) == "of" {
		viaOf = true
		nx := p.word(k + 1)
		// French "des", "du" and Spanish "del" hold the article: "155 des
		// victimes" is "155 of the victims"
		contracted := false
		switch strings.ToLower(p.text[p.t[k].s:p.t[k].e]) {
		case "des", "du", "del":
			contracted = k+1 < len(p.t) && p.t[k+1].kind == kWord && !detAfterOf[nx] && numWords[nx].kind == 0
		}
		switch {
		case pronounAfterOf[nx]:
			p.anaphor = nx == "them" || nx == "whom" || nx == "those"
			return
		case (detAfterOf[nx] || contracted) && p.sameLine(k+1):
			k += 2
			if contracted {
				k--
			}
			if nx == "all" && p.word(k) == "of" {
				k++ // "of all of the voters"
			}
			if nx == "all" && detAfterOf[p.word(k)] && p.word(k) != "all" {
				k++ // "of all the glaciers", "de todos los glaciares"
			}
			switch p.word(k) {
			case "next", "last", "first", "remaining", "other":
				k++ // "18 of their next 23 games"
			}
			if w := p.word(k); (q.Unit == "" || q.Unit == UnitPercent) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
				k++ // "two of the woman's children", "70 percent of the country's population"
				afterPoss = true
			} else if q.Unit == "" && strings.HasSuffix(w, "s") && (p.sym(k+1) == "'" || p.sym(k+1) == "’") && p.glued(k+1) && p.sameLine(k+2) {
				k += 2 // "eight of the Bluejays' 11 assists"
				afterPoss = true
			}
			// "20 of his season-high 31 points": words before the whole
			onlyQual := true // "8,000 of the roughly 10,000 troops": a bound on the whole
			for j, n := k, 0; j < len(p.t) && n < 4 && p.sameLine(j); j, n = j+1, n+1 {
				if p.t[j].kind == kNum {
					if n > 0 && (onlyQual || j+1 < len(p.t) && p.t[j+1].kind == kWord && !isUpperInitial(p.text[p.t[j+1].s:p.t[j+1].e])) {
						k = j // but "60 of the embattled 737 Max jet" names a model
					}
					break
				}
				if p.t[j].kind == kWord && wholeQualifiers[p.t[j].low] {
					continue
				}
				onlyQual = false
				if p.t[j].kind != kWord && p.sym(j) != "-" || p.t[j].kind == kWord && (p.pluralAt(j) || nounStop[p.t[j].low] || isUpperInitial(p.text[p.t[j].s:p.t[j].e])) {
					break // "Four of the men were 18 years old": a noun or a verb ends the search
				}
			}
			if k = p.skipWholeCount(k); k == 0 { // "five of the six bullet casings"
				return
			}
		case m.vague && q.Unit == "" && currencyWords[nx].code != "" && !currencyWords[nx].strict && p.sameLine(k+1):
			// "millions of dollars": money, not a count of dollars.
			q.Unit = currencyWords[nx].code
			q.End = p.t[k+1].e
			q.Text = p.text[q.Start:q.End]
			return
		case p.sameLine(k+1) && k+1 < len(p.t) && p.t[k+1].kind == kWord && strings.ContainsAny(nx, "'’") &&
			isUpperInitial(p.text[p.t[k+1].s:p.t[k+1].e]):
			// "30 of Boeing's 787-9 jets", "70% of Gaza's population": the
			// owner, then the noun
			k += 2
		case (m.vague || m.scaled || m.fraction || q.Unit == UnitPercent || numWords[p.word(k-1)].kind == wDozen || numWords[p.word(k-1)].kind == wScale) && nx != "" && p.sameLine(k+1):
			k++
		case p.sameLine(k+1) && k+1 < len(p.t) && p.t[k+1].kind == kNum:
			// "18 of 23 games": the whole, then the noun
			if k = p.skipWholeCount(k + 1); k == 0 {
				return
			}
		default:
			return
		}
	} else if q.Unit != "" {
		// money and percents count nothing unless "of" says so, but a
		// rate names its denominator: "$0.03/kWh", "$70 per barrel"
		if q.Unit == UnitPercent {
			p.percentNoun(q, k)
			return
		}
		if q.Unit != UnitPercent {
			e := -1
			if p.sym(k) == "/" && p.glued(k) && p.glued(k+1) && p.word(k+1) != "" {
				e = k + 1
			} else if p.word(k) == "per" && p.sameLine(k+1) && p.word(k+1) != "" && !nounStop[p.word(k+1)] {
				e = k + 1
			} else if w := p.word(k); (w == "a" || w == "an") && p.sameLine(k+1) && rateUnits[p.word(k+1)] && !agoWords[p.word(k+2)] {
				e = k + 1 // "$53 million a week" (not "$300 million a year earlier")
			} else if p.sym(k) == "-" && p.glued(k) && (p.word(k+1) == "a" || p.word(k+1) == "per") && p.glued(k+1) &&
				p.sym(k+2) == "-" && p.glued(k+2) && p.glued(k+3) && rateUnits[p.word(k+3)] {
				k, e = k+1, k+3 // "$6.99-a-month"
			} else if p.word(k) == "for" && (p.word(k+1) == "each" || p.word(k+1) == "every") && p.sameLine(k+2) && k+2 < len(p.t) &&
				p.t[k+2].kind == kWord && !nounStop[p.word(k+2)] && numWords[p.word(k+2)].kind == 0 {
				e = k + 2 // "Rs 500 for each painting"
			} else if aw := p.word(k); (aw == "apiece" || aw == "each") && (k+1 >= len(p.t) || p.t[k+1].kind == kSym && p.word(k+1) == "" || !p.sameLine(k+1)) {
				e = k // "tickets cost $15 each."
			} else if rw := p.word(k); rw == "monthly" || rw == "weekly" || rw == "daily" || rw == "yearly" || rw == "annually" || rw == "hourly" {
				e = k // "$9.99 monthly"
			} else if s, me := p.moneyIn(k); me > 0 {
				// "$5 billion in damage", "$61 billion in military aid": what
				// the money is, which tells aid from damage in a story
				q.Counted = p.text[p.t[s].s:p.t[me].e]
				q.CountedStart, q.CountedEnd = p.t[s].s, p.t[me].e
				return
			}
			if e > 0 {
				if _, me := p.moneyIn(e + 1); me > 0 && e > k {
					e = me // "3 million euros a day in lost production": the rate, then what the money is
				}
				q.Counted = p.text[p.t[k].s:p.t[e].e]
				q.CountedStart, q.CountedEnd = p.t[k].s, p.t[e].e
			} else {
				p.amountNoun(q, k) // "a £50 fine", "the $1.9 trillion package"
			}
		}
		return
	}
	// Leading modifiers that are not part of the noun: "10,000 more troops".
	for n := 0; n < 2; n++ {
		switch p.word(k) {
		case "more", "other", "further", "extra", "additional", "fewer", "such", "earlier", "previous", "later":
			if p.sameLine(k + 1) {
				k++
			}
		}
	}
	// A model number between the count and its noun: "400 737 Max jets",
	// "30 of Boeing's 787-9 Dreamliner jets".
	modelAt := -1
	if k < len(p.t) && p.t[k].kind == kNum && p.t[k].gap == gapSpace {
		after := k + 1
		if p.sym(after) == "-" && p.glued(after) && after+1 < len(p.t) && p.t[after+1].kind == kNum && p.glued(after+1) {
			after += 2 // "787-9"
		}
		if after < len(p.t) && p.t[after].kind == kWord && p.sameLine(after) && isUpperInitial(p.text[p.t[after].s:p.t[after].e]) {
			if v, info, ok := parseDigits(p.t[k].low); ok && info.plainInt && info.ndigits >= 3 && info.ndigits <= 4 && math.Mod(v, 10) != 0 {
				modelAt = k
				k = after
			}
		}
	}
	if p.ro && romanceOthers[p.word(k)] && k+1 < len(p.t) && p.t[k+1].kind == kWord && p.sameLine(k+1) && !romanceStops[p.word(k+1)] {
		k++ // "deux autres coauteurs", "tres otros muertos": the noun after "other"
	}
	if p.ro {
		// "a estimé à 12 000 le nombre de soldats", "elevó a 242 la cifra
		// de secuestrados": the number of what follows "de"
		j := k
		if romanceArticles[p.word(j)] || p.word(j) == "the" {
			j++
		}
		if w := p.word(j); (j > k || p.word(k-1) == "of") && (w == "nombre" || w == "número" || w == "cifra" || w == "total" || w == "bilan" || w == "balance") {
			j++
			for n := 0; n < 2 && (p.word(j) == "officiel" || p.word(j) == "oficial" || p.word(j) == "total" || p.word(j) == "provisoire" || p.word(j) == "provisional"); n++ {
				j++
			}
			if w := p.word(j); (w == "de" || w == "d" || w == "des" || w == "del" || w == "of") && p.sameLine(j+1) {
				j++
				if romanceArticles[p.word(j)] || p.word(j) == "the" {
					j++
				}
				if j < len(p.t) && p.t[j].kind == kWord && !isUpperInitial(p.text[p.t[j].s:p.t[j].e]) {
					k = j // but "la cifra total de la DANA" names the storm, not what is counted
				}
			}
		}
	}
	var words, firsts [5]int // last and first token of each word
	nw := 0
	for k < len(p.t) && nw < len(words) {
		t := p.t[k]
		if t.kind != kWord || t.gap == gapLine || (nw > 0 && t.gap == gapNone) {
			break
		}
		if (t.low == "and" || t.low == "or") && nw > 0 && isUpperInitial(p.text[p.t[firsts[nw-1]].s:]) && k+1 < len(p.t) &&
			p.t[k+1].kind == kWord && p.sameLine(k+1) && isUpperInitial(p.text[p.t[k+1].s:p.t[k+1].e]) && !p.pluralAt(words[nw-1]) {
			k++ // "23 Somali and Yemeni pirates": two adjectives of one noun
			continue
		}
		if (t.low == "and" || t.low == "or") && nw >= 1 && nw <= 2 && !isUpperInitial(p.text[p.t[firsts[0]].s:]) && !p.pluralAt(words[nw-1]) &&
			k+2 < len(p.t) && p.sameLine(k+1) && p.sameLine(k+2) && p.t[k+1].kind == kWord && p.t[k+2].kind == kWord &&
			!isUpperInitial(p.text[p.t[k+1].s:p.t[k+1].e]) && !nounStop[p.t[k+1].low] && p.pluralAt(k+2) &&
			!adverbsAfterCount[p.t[words[0]].low] {
			k++ // "1,300 federal and independent scientists"
			continue
		}
		if nounStop[t.low] && !(t.low == "us" && p.text[t.s:t.e] == "US") || months[t.low] && p.monthWordOK(k) || percentWords[t.low] || weekdays[t.low] {
			break // "US troops" is not "us"
		}
		if p.ro && nw > 0 && (romanceStops[t.low] || textproc.SpanishPreterite(t.low)) {
			break // "la population de cette région"
		}
		if _, isNum := numWords[t.low]; isNum {
			break
		}
		firsts[nw] = k
		// Hyphenated compounds: "North Korean-made", "anti-tank", and
		// model names "AK-47", "A350-900", "F-16".
		for p.sym(k+1) == "-" && p.glued(k+1) && p.glued(k+2) && (p.word(k+2) != "" || k+2 < len(p.t) && p.t[k+2].kind == kNum && isUpperInitial(p.text[p.t[firsts[nw]].s:])) {
			k += 2
		}
		// A model name with a space: "12 AK 47 guns".
		if p.modelPrefix(k) {
			k++
		}
		// Dotted abbreviations: "U.S.", "U.N.", "E.U.".
		if len(t.low) == 1 && p.sym(k+1) == "." && p.glued(k+1) {
			for len(p.word(k+2)) == 1 && p.glued(k+2) && p.sym(k+3) == "." && p.glued(k+3) {
				k += 2
			}
			if k > firsts[nw] || p.sameLine(k+2) && p.word(k+2) != "" && p.t[k+2].gap == gapSpace {
				k++ // the final dot; or an initial: "E. coli cases", "S. Korean soldiers"
			}
		}
		words[nw] = k
		nw++
		k++
		if strings.ContainsAny(t.low, "'’") {
			nw-- // a possessive belongs to the next noun: "4 Grass Valley's"
			break
		}
	}
	if nw == 0 {
		return
	}
	// Cut after the first plural noun; else before the first verb-like word.
	cut := -1
	one := q.Value != nil && *q.Value == 1 && !viaOf // "1 of 13 passes" counts passes
	for n := 0; n < nw; n++ {
		if p.ro && n+1 < nw && romancePrenominal[p.t[words[n]].low] {
			continue // "cinco nuevos casos", "les trois premiers mois": the noun follows
		}
		if p.pluralAt(words[n]) {
			cut = n + 1
			if one {
				cut = n // "one mesh router feels": after one, an -s word is a verb
			}
			break
		}
	}
	if viaOf && cut == 2 && wholeNouns[p.t[words[0]].low] {
		// "40% of the population faces hunger": the whole, then its verb;
		// but "of the population centers were hit" is a compound
		switch p.word(words[1] + 1) {
		case "were", "are", "have", "had", "remain", "will", "would", "could":
		default:
			cut = 1
		}
	}
	if cut > 0 && !one && isUpperInitial(p.text[p.t[firsts[cut-1]].s:]) {
		// A name that ends in -s modifies the noun after it: "millions of
		// Windows computers" (the plural right after it), "Two United
		// States service members" (a name of two words or more, then at
		// most one more word). "About 200 Democrats want tax cuts" keeps
		// "Democrats".
		multi := cut >= 2 && isUpperInitial(p.text[p.t[firsts[cut-2]].s:])
		lower := 0
		for n := cut; n < nw; n++ {
			w := p.t[words[n]].low
			if isUpperInitial(p.text[p.t[firsts[n]].s:]) {
				continue
			}
			if isPluralNoun(w) && (n == cut || multi && lower <= 1 || lower == 0 && strings.HasSuffix(p.text[p.t[firsts[n-1]].s:p.t[words[n-1]].e], "-area")) {
				// "two Los Angeles-area hospitals"
				cut = n + 1
				break
			}
			lower++
			if !multi || lower > 1 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
				break
			}
		}
	}
	if cut > 0 && cut < nw && (p.t[words[cut-1]].low == "degrees" || p.t[words[cut-1]].low == "degree") {
		switch p.t[words[cut]].low {
		case "celsius", "fahrenheit", "centigrade", "kelvin":
			cut++ // "28 degrees Celsius"
		}
	}
	if cut > 0 && cut < nw && !one && modifierPlurals[p.t[words[cut-1]].low] && !isUpperInitial(p.text[p.t[firsts[cut]].s:]) &&
		p.pluralAt(words[cut]) && firsts[cut] == words[cut] {
		cut++ // "nine alleged rules violations", "200 arms dealers"
	}
	if cut > 0 && !one && irregularPlurals[p.t[words[cut-1]].low] {
		// "3 police officers", "military personnel": take following plurals too.
		for cut < nw && p.pluralAt(words[cut]) && !isUpperInitial(p.text[p.t[firsts[cut]].s:]) {
			cut++
		}
	}
	if cut < 0 && nominalAdjectives[p.t[words[0]].low] && words[0] == firsts[0] {
		// "the 80 wounded remained": the adjective is the noun, unless a
		// noun follows it ("80 wounded soldiers" has a plural above)
		if nw == 1 {
			cut = 1
		} else if w := p.t[words[1]].low; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			cut = 1
		}
	}
	if cut < 0 && !isUpperInitial(p.text[p.t[firsts[0]].s:]) {
		// "a 90.4 passer rating", "a .308 average", "a 14.1 rating": a
		// singular metric noun names what the figure measures
		for n := 0; n < nw && n < 3; n++ {
			if metricNouns[p.t[words[n]].low] {
				cut = n + 1
				break
			}
			if p.pluralAt(words[n]) {
				break
			}
		}
	}
	if cut < 0 && nw >= 2 && p.t[words[0]].low == "basis" && p.t[words[1]].low == "point" && words[0] == firsts[0] {
		cut = 2 // "a 25 basis point cut": the unit, and the change it measures
		if nw >= 3 && percentChangeNouns[p.t[words[2]].low] {
			cut = 3
		}
	}
	if cut < 0 && measureAbbrevs[p.t[words[0]].low] {
		cut = 1 // "55 mph", "seven km": the measure is what the figure counts
	}
	if w := p.t[words[0]].low; cut < 0 && nw > 1 && (w == "square" || w == "sq" || w == "cubic") && words[0] == firsts[0] &&
		(measureAbbrevs[p.t[words[1]].low] || measureAbbrevs[strings.TrimSuffix(p.t[words[1]].low, "s")]) {
		cut = 2 // "a 50 square kilometer zone", "49.7 million square kilometres"
	}
	if cut < 0 && !viaOf && !(q.Value != nil && *q.Value == 1) && !isUpperInitial(p.text[p.t[firsts[0]].s:]) {
		return // "fewer than 50 remain": a verb, not a noun
	}
	if cut < 0 {
		cut = nw
		for n := 0; n < nw; n++ {
			w := p.t[words[n]].low
			if !isUpperInitial(p.text[p.t[firsts[n]].s:]) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && !ingNouns[w] || strings.HasSuffix(w, "ly") || (participles[w] || pastVerbs[w]) && n > 0) &&
				firsts[n] == words[n] { // "coupon-bearing debt set to": a hyphenated compound is a modifier, not a verb
				cut = n
				break
			}
		}
		if cut > 3 {
			cut = 3
		}
	}
	if cut == 0 {
		return
	}
	lead := 0
	if viaOf && cut > 1 && q.Unit == UnitPercent && isUpperInitial(p.text[p.t[firsts[0]].s:]) && !isUpperInitial(p.text[p.t[firsts[cut-1]].s:]) &&
		!p.pluralAt(words[cut-1]) {
		// "13% of the US population", "40% of the French electorate": the
		// share is of the noun; the name before it says whose
		for lead < cut-1 && isUpperInitial(p.text[p.t[firsts[lead]].s:]) {
			lead++
		}
	}
	if lead == 0 && cut > 1 && !afterPoss && isUpperInitial(p.text[p.t[firsts[0]].s:]) && !p.pluralAt(words[cut-1]) && !(q.Value != nil && *q.Value == 1) {
		cut = 1 // "500 Bitcoin" yes, "18 Northern California" only as far as one word
		if !p.pluralAt(words[0]) && cut < nw && isUpperInitial(p.text[p.t[firsts[1]].s:]) {
			return
		}
	}
	if streetWords[p.t[words[cut-1]].low] {
		return
	}
	s := p.t[firsts[lead]].s
	if modelAt >= 0 {
		s = p.t[modelAt].s
	}
	e := p.t[words[cut-1]].e
	// "16.8 points per game", "three attacks a day", "5,000 gallons of
	// water per minute": a rate keeps its denominator
	r := words[cut-1] + 1
	if oe := p.measuredOf(words[cut-1], q.Start); oe > 0 {
		// "2.3 tonnes of cocaine", "80 centimetres of fresh snow": a unit
		// measures the stuff after "of", which names the figure
		e, r = p.t[oe].e, oe+1
	} else if p.word(r) == "of" && r+1 < len(p.t) && p.t[r+1].kind == kWord && !nounStop[p.t[r+1].low] {
		r += 2 // a mass noun between the unit and the rate
	}
	if u := p.word(r + 1); p.sameLine(r+1) && perUnits[u] && (p.word(r) == "per" || (p.word(r) == "a" || p.word(r) == "an" || p.word(r) == "each" || p.word(r) == "every") && rateUnits[u] && !agoWords[p.word(r+2)]) {
		e = p.t[r+1].e // "24 burials each day"
	} else if p.word(r) == "per" && (p.word(r+1) == "square" || p.word(r+1) == "cubic") && p.sameLine(r+2) && measureAbbrevs[p.word(r+2)] {
		e = p.t[r+2].e // "490 liters of rain per square meter"
	} else if be, ok := p.rateBase(r); ok && be > r+1 {
		e = p.t[be].e // "65.2 cases per 100,000 people": the rate's base belongs to the rate
	} else if k := p.coordinatedPlural(words[cut-1] + 1); k > 0 {
		e = p.t[k].e // "1 million homes and businesses", "sons and daughters"
	}
	q.Counted = p.text[s:e]
	q.CountedStart, q.CountedEnd = s, e
}

// measuredOf reads "of cocaine", "of fresh snow", "of farmland" after a
// unit of weight, volume, length, area or energy at token u (or a
// container: "bags of rice"). It returns the last token of the stuff, or 0.
// The stuff is one to three words on the line, lower case but for a
// leading name-adjective ("of Colombian cocaine"), with no determiner: "80
// metres of the border" and "within 50 feet of homes" say where, not what.
func (p *parser) measuredOf(u, qs int) int {
	if !measureOfUnits[p.t[u].low] || p.word(u+1) != "of" || !p.sameLine(u+2) {
		return 0
	}
	if p.prevWordBefore(qs) == "within" {
		return 0
	}
	last := 0
	for j := u + 2; j < len(p.t) && j <= u+4 && p.sameLine(j); j++ {
		t := p.t[j]
		if t.kind != kWord || j > u+2 && t.gap != gapSpace || nounStop[t.low] || numWords[t.low].kind != 0 || months[t.low] || weekdays[t.low] {
			break
		}
		if isUpperInitial(p.text[t.s:t.e]) && (j > u+2 || !p.sameLine(j+1) || j+1 >= len(p.t) || p.t[j+1].kind != kWord ||
			isUpperInitial(p.text[p.t[j+1].s:p.t[j+1].e]) || nounStop[p.t[j+1].low]) {
			break // "10 km of Kyiv": a place
		}
		if strings.ContainsAny(t.low, "'’") {
			break
		}
		if j > u+2 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ly")) {
			break
		}
		last = j
		if p.pluralAt(j) {
			break // "bags of rice", "tonnes of fresh vegetables"
		}
		if !stuffModifier(t.low) {
			if n := j + 1; j == u+2 && n < len(p.t) && p.sameLine(n) && p.t[n].kind == kWord && p.t[n].gap == gapSpace &&
				!nounStop[p.t[n].low] && !isUpperInitial(p.text[p.t[n].s:p.t[n].e]) && p.pluralAt(n) && !stuffVerbs[p.t[n].low] {
				last = n // "tons of illicit incendiaries": a plural noun after one word is its head
			} else if n < len(p.t) && j == u+2 && p.sameLine(n) && p.t[n].kind == kWord && p.t[n].gap == gapSpace && stuffHeads[p.t[n].low] &&
				!isUpperInitial(p.text[p.t[n].s:p.t[n].e]) {
				last = n // "tonnes of carbon dioxide", "tonnes of iron ore": a noun of stuff after its modifier
			}
			break // "tonnes of cocaine hidden in", "snow fell"
		}
	}
	return last
}

// stuffHeads are nouns of stuff that a noun may modify: "carbon dioxide",
// "palm oil", "iron ore".
var stuffHeads = map[string]bool{"dioxide": true, "monoxide": true, "oxide": true, "gas": true, "oil": true, "water": true,
	"waste": true, "fuel": true, "cable": true, "capacity": true, "power": true, "ore": true, "grain": true, "meal": true,
	"powder": true, "paste": true, "resin": true, "juice": true, "ash": true, "dust": true, "debris": true, "aid": true,
	"supplies": true, "equipment": true, "ammunition": true, "concrete": true, "steel": true, "cargo": true}

// stuffVerbs look like plural nouns after the stuff a unit measures but
// are its verb: "30 cm of snow falls".
var stuffVerbs = map[string]bool{"falls": true, "remains": true, "lies": true, "sits": true, "arrives": true, "goes": true,
	"comes": true, "means": true, "costs": true, "covers": true, "needs": true, "makes": true, "takes": true, "reaches": true,
	"flows": true, "passes": true, "enters": true, "leaves": true, "was": true, "is": true, "has": true}

// stuffModifier reports a word that may modify the noun after it in the
// stuff a unit measures: "fresh snow", "crude oil", "liquefied natural
// gas", "drinking water", "Colombian cocaine".
func stuffModifier(w string) bool {
	switch w {
	case "fresh", "crude", "raw", "liquid", "heavy", "light", "dry", "pure", "clean", "waste", "new", "farm", "arable", "spare",
		"solar", "wind", "cell", "storage", "generating",
		"prime", "public", "private", "sea", "rain", "fuel", "jet", "diesel", "drug", "food":
		return true
	}
	for _, suf := range []string{"al", "ic", "ian", "ean", "ese", "ish", "ous", "ive", "ed", "en", "ing"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// prevWordBefore returns the lower-cased word right before byte offset s,
// skipping qualifier words ("within about 50 feet"), or "".
func (p *parser) prevWordBefore(s int) string {
	j := sort.Search(len(p.t), func(k int) bool { return p.t[k].s >= s }) - 1
	for j >= 0 && p.t[j].kind == kWord && (p.t[j].low == "about" || p.t[j].low == "around" || p.t[j].low == "some" || p.t[j].low == "roughly") {
		j--
	}
	if j < 0 || p.t[j].kind != kWord {
		return ""
	}
	return p.t[j].low
}

// percentNoun names what a percent measures from the words after it:
// "40 percent more carbon dioxide", "a 9 percent pay rise", "a 14
// percent rise in first-quarter net profit" (the thing that rose), "its
// 5% stake".
func (p *parser) percentNoun(q *Quantity, k int) {
	if p.ro && (romanceLeadStops[p.word(k)] || romanceStops[p.word(k)]) {
		return // "un 4 % en marzo", "un 17,1 por ciento con respecto a febrero"
	}
	switch p.word(k) {
	case "more", "less", "fewer":
		if s, e := p.nounPhrase(k + 1); e >= s && !adjectiveLike(p.t[e].low) {
			q.Counted = p.text[p.t[s].s:p.t[e].e]
			q.CountedStart, q.CountedEnd = p.t[s].s, p.t[e].e
		}
		return
	}
	pw := strings.ReplaceAll(p.prevWordBefore(q.Start), "’", "'")
	// "at 50% capacity", "up to 30% capacity": a measure noun with no
	// article
	bare := (pw == "at" || pw == "to" || strings.HasPrefix(strings.ToLower(q.Text), "up to ")) && levelNouns[p.word(k)]
	if !determinerWord(pw) && !bare {
		return
	}
	s, e := p.nounPhrase(k)
	if bare {
		s, e = k, k // "up to 30% capacity indoors"
	}
	if e < s || adjectiveLike(p.t[e].low) || participles[p.t[s].low] || s == e && vaguePercentNouns[p.t[e].low] {
		return // "it's 100 percent preventable", "the 40% sought by Fain", "in the 25 percent range"
	}
	if percentChangeNouns[p.t[e].low] {
		s2, e2 := 0, -1
		if p.word(e+1) == "in" {
			s2, e2 = p.nounPhrase(e + 2)
		}
		if e2 < s2 && s == e {
			return // "a 5 percent increase": a change of something named elsewhere
		}
		if e2 >= s2 {
			s, e = s2, e2 // "a 14 percent rise in first-quarter net profit": what rose
		}
	}
	q.Counted = p.text[p.t[s].s:p.t[e].e]
	q.CountedStart, q.CountedEnd = p.t[s].s, p.t[e].e
}

// amountNoun reads the noun an amount of money modifies, after an article
// or a possessive: "a £50 fine", "the $1.9 trillion relief package",
// "its $5 billion bid" (not "a $5 million increase" alone, "the $40
// sought by", "a $5 more expensive").
func (p *parser) amountNoun(q *Quantity, k int) {
	if p.de || p.ro {
		return // English articles and word order only
	}
	if !determinerWord(strings.ReplaceAll(p.prevWordBefore(q.Start), "’", "'")) {
		return
	}
	if w := p.word(k); w == "" || w == "more" || w == "less" || w == "and" || w == "or" || w == "to" || nounStop[w] || numWords[w].kind != 0 {
		return
	}
	if c := currencyWords[p.word(k)]; c.code != "" && c.code == q.Unit && p.sameLine(k+1) {
		k++ // "a $75.3 billion dollar hit": the currency said twice
	}
	s, e := p.nounPhrase(k)
	for x := s + 1; x <= e; x++ {
		if w := p.t[x].low; strings.HasSuffix(w, "ly") && len(w) > 4 && !lyNouns[w] {
			e = x - 1 // "the $49 charging brick regularly goes": the noun ends before an adverb
			break
		}
	}
	if e < s || adjectiveLike(p.t[e].low) || participles[p.t[s].low] || s == e && vaguePercentNouns[p.t[e].low] {
		return
	}
	if percentChangeNouns[p.t[e].low] {
		if p.word(e+1) != "in" {
			return // "a $5 million increase": a change of something named elsewhere
		}
		s2, e2 := p.nounPhrase(e + 2)
		if e2 < s2 {
			return
		}
		s, e = s2, e2 // "a $5 million increase in funding": what rose
	}
	q.Counted = p.text[p.t[s].s:p.t[e].e]
	q.CountedStart, q.CountedEnd = p.t[s].s, p.t[e].e
}

// lyNouns end in "ly" but are nouns: "the $3 billion water supply project".
var lyNouns = map[string]bool{"supply": true, "supplies": true, "family": true, "assembly": true, "rally": true,
	"monopoly": true, "anomaly": true, "reply": true, "ally": true, "belly": true, "jelly": true, "italy": true, "july": true,
	"bully": true, "trolley": true, "volley": true, "gully": true, "lily": true}

// levelNouns are what a bare percent after "at" or "to" measures.
var levelNouns = map[string]bool{"capacity": true, "occupancy": true, "strength": true, "efficiency": true, "power": true,
	"utilisation": true, "utilization": true, "attendance": true, "turnout": true, "speed": true}

// vaguePercentNouns after a percent name no measure: "the 3 percent
// level", "in the 25 percent range".
var vaguePercentNouns = map[string]bool{"range": true, "level": true, "mark": true, "area": true, "region": true,
	"vicinity": true, "neighborhood": true, "neighbourhood": true, "ballpark": true, "figure": true}

// determinerWord reports an article or a possessive before an amount
// (apostrophes straight): "a", "the", "its", "Apple's" (not "it's").
func determinerWord(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "our":
		return true
	}
	return strings.HasSuffix(w, "'s") && !clitics[w]
}

// clitics are "'s" words that are no possessive: "it's 100 percent".
var clitics = map[string]bool{"it's": true, "that's": true, "what's": true, "there's": true, "here's": true, "he's": true,
	"she's": true, "who's": true, "let's": true, "where's": true}

// participles are irregular past participles that follow a figure as a
// verb, not a noun: "the 40% sought by the union".
var participles = map[string]bool{"sought": true, "taken": true, "made": true, "paid": true, "held": true, "given": true,
	"shown": true, "seen": true, "found": true, "kept": true, "brought": true, "bought": true, "built": true, "won": true,
	"lost": true, "spent": true, "sold": true, "told": true, "said": true, "set": true, "put": true, "left": true,
	"known": true, "grown": true, "drawn": true, "written": true, "sent": true}

// ingNouns end in "-ing" but name what money is for: "$104 billion of
// high yield financing", "$2 million of housing".
var ingNouns = map[string]bool{"financing": true, "funding": true, "housing": true, "spending": true, "lending": true,
	"borrowing": true, "clothing": true, "marketing": true, "advertising": true, "shipping": true, "training": true,
	"building": true}

// pastVerbs are irregular past forms that end a counted noun: "15% of
// the money went elsewhere".
var pastVerbs = map[string]bool{"went": true, "came": true, "fell": true, "rose": true, "grew": true, "ran": true, "took": true,
	"gave": true, "saw": true, "got": true, "became": true, "began": true, "stood": true, "drew": true, "wrote": true, "chose": true}

// Participle reports an irregular past participle ("sold", "held"), which
// opens a reduced clause rather than a noun: "the 40% sought by the
// union", "a new SUV sold in October".
func Participle(w string) bool { return participles[w] }

// adjectiveLike reports a word with an adjective's ending: "more
// powerful", "20% more profitable", "100 percent preventable".
func adjectiveLike(w string) bool {
	for _, suf := range []string{"ful", "able", "ible", "ive", "ous", "ient", "ent", "ant", "ic", "ical", "ary", "less", "er", "est"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return !stuffHeads[w] && w != "water" && w != "power" && w != "paper" && w != "number" && w != "weather" &&
				w != "percent" && w != "equipment" && w != "investment" && w != "government" && w != "employment" && w != "payment" &&
				w != "content" && w != "talent" && w != "rent" && w != "tenant" && w != "grant" && w != "plant" && w != "order"
		}
	}
	return false
}

// nounPhrase reads a bare lower-case noun phrase at token k: one to
// five words on the line, hyphenated words whole ("first-quarter net
// profit"), stopping at a function word, a number, a name or punctuation,
// and not ending on an adverb or a participle. It returns its first and
// last token, or e < s when there is none.
func (p *parser) nounPhrase(k int) (int, int) {
	s, e := k, k-1
	words := 0
	for j := k; j < len(p.t) && words < 5 && p.sameLine(j); j++ {
		t := p.t[j]
		if t.kind != kWord || (j > k && t.gap != gapSpace) || nounStop[t.low] || numWords[t.low].kind != 0 || months[t.low] ||
			weekdays[t.low] || isUpperInitial(p.text[t.s:t.e]) || strings.ContainsAny(t.low, "'’") {
			break
		}
		for p.sym(j+1) == "-" && p.glued(j+1) && p.glued(j+2) && p.word(j+2) != "" {
			j += 2 // "first-quarter"
		}
		e = j
		words++
		if p.pluralAt(j) {
			break
		}
	}
	for e >= s && (strings.HasSuffix(p.t[e].low, "ly") || strings.HasSuffix(p.t[e].low, "ed") || strings.HasSuffix(p.t[e].low, "ing") ||
		e > s && participles[p.t[e].low]) {
		e-- // "a 5 percent rise reported": the noun ends before the verb
		for e >= s && p.sym(e) == "-" {
			e--
		}
	}
	if e >= s && p.sym(e) == "-" {
		return s, s - 1
	}
	return s, e
}

// MeasuresStuff reports a unit word that measures the stuff named after
// "of" ("tonnes" in "tonnes of cocaine").
func MeasuresStuff(w string) bool { return measureOfUnits[strings.ToLower(w)] }

// measureOfUnits are units (and containers) whose figure is of the stuff
// named after "of": weights, volumes, lengths of snow or rain, areas of
// land, energy.
var measureOfUnits = map[string]bool{"tonnes": true, "tons": true, "tonne": true, "ton": true, "kilograms": true,
	"kilogrammes": true, "kilos": true, "kg": true, "grams": true, "grammes": true, "ounces": true, "lbs": true,
	"litres": true, "liters": true, "gallons": true, "barrels": true, "millimetres": true,
	"millimeters": true, "mm": true, "centimetres": true, "centimeters": true, "cm": true, "inches": true, "metres": true,
	"meters": true, "feet": true, "acres": true, "hectares": true, "kilometres": true, "kilometers": true, "km": true,
	"miles": true, "megawatts": true, "gigawatts": true, "kilowatts": true, "mw": true, "gw": true, "truckloads": true,
	"bags": true, "sacks": true, "bales": true, "cartons": true, "crates": true, "pallets": true, "bushels": true}

// coordinatedPlural returns the last token of a plural noun joined by "and"
// or "or" at token k to a counted plural ("homes and businesses", "troops
// and military vehicles"), or 0. At most one modifier may come before it,
// and the phrase must end there: a verb, a preposition or punctuation
// follows.
func (p *parser) coordinatedPlural(k int) int {
	if w := p.word(k); (w != "and" && w != "or") || !p.sameLine(k+1) || !p.pluralAt(k-1) {
		return 0
	}
	for j := k + 1; j < len(p.t) && j <= k+2 && p.sameLine(j); j++ {
		t := p.t[j]
		if t.kind != kWord || isUpperInitial(p.text[t.s:t.e]) || nounStop[t.low] || numWords[t.low].kind != 0 ||
			strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
			return 0 // "seized arms", "injuring others": a verb's object
		}
		if p.pluralAt(j) {
			if j+1 < len(p.t) && p.sameLine(j+1) && p.t[j+1].kind == kWord && !isAuxOrPrep(p.word(j+1)) {
				return 0 // "employs around 1,300", "adds them": a verb, or a phrase going on
			}
			return j
		}
	}
	return 0
}

// isAuxOrPrep reports a word that may follow a noun phrase: an auxiliary
// or a preposition.
func isAuxOrPrep(w string) bool {
	switch w {
	case "were", "are", "was", "is", "have", "had", "has", "will", "would", "could", "may", "might",
		"in", "on", "at", "of", "from", "to", "across", "near", "with", "without", "for", "by", "after", "before", "during", "since":
		return true
	}
	return false
}

// perUnits may follow "per" in a rate ("points per game", "deaths per
// 100,000" stays out: a figure follows).
var perUnits = map[string]bool{"game": true, "match": true, "season": true, "day": true, "week": true, "month": true,
	"year": true, "hour": true, "minute": true, "second": true, "night": true, "capita": true, "person": true, "head": true,
	"household": true, "vehicle": true, "mile": true, "kilometre": true, "kilometer": true, "start": true, "inning": true,
	"contest": true, "outing": true, "run": true, "carry": true, "attempt": true, "catch": true, "reception": true,
	"play": true, "possession": true, "trip": true, "appearance": true}

// isFurnitureOrName reports a bare figure that is page furniture or part of
// a name: a number alone on its line in a multi-line page ("0" shares), a
// number in brackets ("(202)", "[3]"), or a small number after a capitalised
// word with nothing plural counted ("iPhone 15", "Share 0", "Apollo 11").
func (p *parser) isFurnitureOrName(m measure, q Quantity) bool {
	if !m.digits || m.scaled || m.numS != m.s {
		return false
	}
	s, e := m.numS, m.e
	if (s == 0 || p.t[s].gap == gapLine) && (e >= len(p.t) || p.t[e].gap == gapLine) && p.multiLine {
		return true
	}
	if o := p.sym(s - 1); (o == "(" || o == "[") && p.t[s].gap == gapNone {
		if c := p.sym(e); (c == ")" || c == "]") && p.glued(e) {
			return true
		}
	}
	// Account, phone and ID numbers: "085920594986", "1574096160".
	if m.info.plainInt && m.info.leading0 && m.info.ndigits >= 3 && m.val != 0 {
		return true
	}
	if m.info.plainInt && m.info.ndigits >= 8 && q.Counted == "" && s > 0 && p.t[s].gap != gapLine {
		if pt := p.t[s-1]; pt.kind == kSym && pt.low != "(" || pt.kind == kNum || pt.kind == kWord && hasUpper(p.text[pt.s:pt.e]) {
			return true
		}
	}
	if !m.info.plainInt || m.info.ndigits > 5 {
		return false
	}
	// "0 Comments", "12 shares" alone on a line.
	if q.Counted != "" && furnitureNouns[lower(q.Counted)] && (s == 0 || p.t[s].gap == gapLine) {
		k := s + 1
		for k < len(p.t) && p.t[k].s < q.CountedEnd {
			k++
		}
		if k >= len(p.t) || p.t[k].gap == gapLine {
			return true
		}
	}
	// A small count with a plural noun after a capitalised word is still a
	// count ("Russia sent 300 troops" has a lower-case verb before it, but
	// "Kyiv 12 drones" is rare); model numbers ("Boeing 787 jets") are
	// three or more digits.
	if q.Counted != "" && pluralText(lastWord(q.Counted)) && m.info.ndigits < 3 {
		return false
	}
	prev := s - 1
	if prev < 0 || p.t[prev].kind != kWord || p.t[s].gap == gapLine {
		return false
	}
	w := p.text[p.t[prev].s:p.t[prev].e]
	if !hasUpper(w) || p.de && q.Counted != "" {
		return false // (German capitalises every noun: "hat die Firma 175 Angestellte")
	}
	// Title-case headlines put verbs before counts: "Russia Loses 300 Tanks".
	if lw := p.t[prev].low; len(lw) > 3 && (strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ed")) && q.Counted != "" {
		return false
	}
	// A capitalised word that starts a sentence or line says nothing.
	if prev == 0 || p.t[prev].gap == gapLine {
		return false
	}
	switch p.sym(prev - 1) {
	case ".", "!", "?", "\"", "“", ":", ";":
		return false
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// furnitureNouns counted on a line of their own are page furniture.
var furnitureNouns = map[string]bool{
	"comments": true, "comment": true, "shares": true, "share": true, "likes": true, "like": true,
	"views": true, "replies": true, "reply": true, "reactions": true, "retweets": true, "followers": true,
	"photos": true, "images": true, "videos": true, "responses": true, "notes": true, "points": true,
}

// streetWords end an address, not a counted noun: "520 Third Street".
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true,
	"blvd": true, "lane": true, "drive": true, "way": true, "place": true, "square": true, "highway": true,
}

// recordWords after a hyphenated pair make it a sports record or a score,
// two counts that are not a range: "an 18-30 record", "a 5-19 start".
var recordWords = map[string]bool{"record": true, "mark": true, "start": true, "win": true, "victory": true,
	"loss": true, "defeat": true, "lead": true, "finish": true, "season": true, "draw": true, "tie": true}

// isRecord reports whether the pair of figures ending before token e is a
// record or a score: a record word follows, or a winning percentage in
// brackets ("122-147 (.454)").
func (p *parser) isRecord(e int) bool {
	if w := p.word(e); recordWords[w] && p.sameLine(e) {
		// "a 2-13 season", but "40-50 season ticket holders"
		return w != "season" || p.word(e+1) == "" || nounStop[p.word(e+1)]
	}
	return p.sym(e) == "(" && p.sym(e+1) == "." && e+2 < len(p.t) && p.t[e+2].kind == kNum
}

// recordAround reports a win-loss record by what stands around the pair
// of figures in tokens [s, e): a team's name before it in brackets
// ("Gonzaga (9-4)", "South Florida (5-9, 0-2)"), or "lifetime" after it
// ("Cheeks is 284-286 lifetime").
func (p *parser) recordAround(s, e int) bool {
	if p.word(e) == "lifetime" || p.word(e) == "overall" || p.word(e) == "all-time" {
		return true
	}
	if s >= 2 && p.sym(s-1) == "(" && p.t[s-2].kind == kWord && isUpperInitial(p.text[p.t[s-2].s:p.t[s-2].e]) {
		return p.sym(e) == ")" || p.sym(e) == "," || p.sym(e) == "-"
	}
	// the second record in the brackets: "(5-9, 0-2)"
	return s >= 4 && p.sym(s-1) == "," && p.t[s-2].kind == kNum && p.sym(s-3) == "-" && p.glued(s-2) && p.sym(e) == ")"
}

// pairAt reports two whole numbers joined by a hyphen with no space at
// tokens k, k+1, k+2 ("6-4").
func (p *parser) pairAt(k int) bool {
	return k >= 0 && k+2 < len(p.t) && p.t[k].kind == kNum && p.sym(k+1) == "-" && p.glued(k+1) &&
		p.t[k+2].kind == kNum && p.glued(k+2)
}

// scoreList reports a hyphenated pair in tokens [s, e) that stands in a
// list of such pairs, as set or game scores do: "beat Sakkari 6-0, 6-7
// (4-7), 7-6 (7-2)".
func (p *parser) scoreList(s, e int) bool {
	if p.sym(s-1) == "," && p.pairAt(s-4) || p.sym(s-1) == "(" && p.sym(s-2) == "" && p.pairAt(s-4) {
		return true // after "6-0," or inside the brackets after "6-7"
	}
	return p.sym(e) == "," && p.pairAt(e+1) || p.sym(e) == "(" && p.pairAt(e+1) && p.sym(e+4) == ")"
}

// emergencyNumbers are phone numbers a figure can be mistaken for.
var emergencyNumbers = map[float64]bool{911: true, 999: true, 112: true}

// labelFollowers after a bare figure make it a label or a code: "a 999
// call", "the 12200 block of 223rd Street".
var labelFollowers = map[string]bool{"call": true, "calls": true, "caller": true, "callers": true,
	"dispatcher": true, "dispatchers": true, "operator": true, "operators": true, "block": true, "supervisor": true,
	"supervisors": true, "center": true, "centre": true, "system": true, "line": true, "recording": true, "recordings": true,
	"tape": true, "tapes": true, "emergency": true, "services": true}

// specWords after a hyphen describe a thing, they do not count: "32-bit",
// ".38-caliber", "a two-class layout", "a fourth-rounder".
var specWords = map[string]bool{"bit": true, "caliber": true, "calibre": true, "class": true, "gauge": true,
	"rounder": true, "pointer": true, "wheeler": true, "seater": true, "speed": true, "core": true,
	"megapixel": true, "by": true, "and": true, "or": true}

// isLabel reports a bare figure that names rather than counts: an
// emergency number before "call", an address block, a model number (a
// non-round number of three or four digits right after another figure, or
// before a capitalised name with nothing plural counted: "400 737 Max
// jets", "its 737 Max jet"), or a spec compound ("32-bit").
func (p *parser) isLabel(m measure, q Quantity) bool {
	if m.numS != m.s {
		return false
	}
	k := m.e
	if p.sym(k) == "-" && p.glued(k) && specWords[p.word(k+1)] {
		return true
	}
	if b := m.numS - 1; p.sym(b) == "-" && p.glued(m.numS) && specWords[p.word(b-1)] {
		return true // the second half of "four-by-four"
	}
	if !m.digits || m.scaled || !m.info.plainInt {
		return false
	}
	if b := m.numS - 1; p.sym(b) == "." && p.glued(m.numS) && p.sym(b-1) == "(" {
		return true // a winning percentage in brackets: "(.454)"
	}
	// Addresses: "3170 W. County Road", "40 East Fifth Avenue", "40 East
	// 5th Avenue", "520 Third Street": a direction letter, capitalised
	// words or an ordinal, then a street word that no plural follows
	// ("300 Wall Street executives" are people).
	for j := k; j < k+5 && j < len(p.t) && p.sameLine(j); j++ {
		t := p.t[j]
		if t.kind == kWord && streetWords[t.low] && j > k {
			return !isPluralNoun(p.word(j + 1))
		}
		upper := t.kind == kWord && isUpperInitial(p.text[t.s:t.e])
		ordinal := t.kind == kNum && j+1 < len(p.t) && p.glued(j+1) && isOrdinalSuffix(p.word(j+1))
		if ordinal || upper && len(t.low) == 1 && p.sym(j+1) == "." && p.glued(j+1) {
			j++ // "5th", "W."
		}
		if !upper && !ordinal {
			break
		}
	}
	w := p.word(k)
	if labelFollowers[w] && p.sameLine(k) && (emergencyNumbers[m.val] || w == "block" && p.word(k+1) == "of") {
		return true
	}
	model := m.info.ndigits >= 3 && m.info.ndigits <= 4 && math.Mod(m.val, 10) != 0 && !m.info.leading0
	if !model {
		return false
	}
	if s := m.numS - 1; s >= 0 && p.t[s].kind == kNum && p.t[m.numS].gap == gapSpace {
		return true // "400 737 Max jets"
	}
	if s := m.numS - 1; s >= 0 && numWords[p.word(s)].kind != 0 && p.t[m.numS].gap == gapSpace {
		return true // "five 787 Dreamliner sales"
	}
	if k+1 < len(p.t) && p.sameLine(k+1) && p.t[k].kind == kWord && isUpperInitial(p.text[p.t[k].s:p.t[k].e]) &&
		p.t[k+1].kind == kNum && !months[p.t[k].low] && !weekdays[p.t[k].low] && m.numS > 0 && p.t[m.numS-1].kind == kWord &&
		isUpperInitial(p.text[p.t[m.numS-1].s:p.t[m.numS-1].e]) {
		return true // "einer Boeing 737 Max 8": a name, a model number, a variant's name and number
	}
	if !p.de && k < len(p.t) && p.sameLine(k) && p.t[k].kind == kWord && isUpperInitial(p.text[p.t[k].s:p.t[k].e]) &&
		!months[p.t[k].low] && !weekdays[p.t[k].low] {
		// "its 737 Max jet"; but "The Dow fell 253 Monday" (and in German
		// every noun is capitalised: "175 Angestellte")
		return q.Counted == "" || !pluralText(lastWord(q.Counted)) && !(p.fr && frenchPlural(lastWord(q.Counted)))
	}
	switch p.word(m.numS - 1) {
	case "the", "its", "their", "his", "her", "our", "a", "an":
		return q.Counted == "" && labelNouns[p.word(k)] // "the 777 program"; but "Of the 239 aboard"
	}
	return false
}

// weekdays after a figure make it a count on that day, not a model name.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// labelNouns after "the NNN" make the number a name: "the 777 program".
var labelNouns = map[string]bool{"program": true, "programme": true, "series": true, "model": true, "class": true,
	"line": true, "route": true, "flight": true, "bus": true, "highway": true, "engine": true, "jet": true,
	"plane": true, "aircraft": true, "rocket": true, "version": true, "edition": true, "mission": true,
	"project": true, "variant": true, "platform": true}

// skipWholeCount skips the count of a whole after "of (the)": "the six" in
// "five of the six bullet casings", "23" in "18 of 23 games". It returns k
// unchanged when no count is there, and 0 when the count has no noun after
// it on the same line.
func (p *parser) skipWholeCount(k int) int {
	if k >= len(p.t) || !p.sameLine(k) {
		return k
	}
	t := p.t[k]
	isCount := t.kind == kNum && t.gap != gapNone
	if t.kind == kWord {
		if w := numWords[t.low]; w.kind == wUnit || w.kind == wTeen || w.kind == wTen {
			isCount = true
		}
	}
	if !isCount {
		return k
	}
	if k+1 < len(p.t) && p.sameLine(k+1) && p.t[k+1].kind == kWord && p.t[k+1].gap == gapSpace {
		return k + 1
	}
	return 0
}

// measureAbbrevs are units written in the singular (or as symbols) after a
// figure: "55 mph", "seven km", "a 5 ft wall".
var measureAbbrevs = map[string]bool{"mph": true, "kph": true, "km": true, "kmh": true, "kg": true, "lb": true,
	"lbs": true, "ft": true, "mi": true, "cm": true, "mm": true, "ha": true, "kwh": true, "mwh": true, "gwh": true,
	"mw": true, "gw": true, "kw": true, "bpd": true, "mile": true, "foot": true, "inch": true, "meter": true,
	"metre": true, "kilometer": true, "kilometre": true, "acre": true, "hectare": true, "ton": true, "tonne": true,
	"yard": true, "gallon": true, "litre": true, "liter": true, "ounce": true, "kilogram": true, "barrel": true,
	"horsepower": true, "hp": true, "m": true, "ppg": true, "rpg": true, "apg": true, "mpg": true}

func isOrdinalSuffix(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

// metricNouns are singular nouns that name what a figure measures.
var metricNouns = map[string]bool{"rating": true, "average": true, "score": true, "index": true, "share": true,
	"ratio": true, "margin": true, "lead": true, "deficit": true, "surplus": true, "majority": true}

// agoWords after "a season" make it a time, not a rate: "a season ago".
// wholeQualifiers may stand before the whole in "8,000 of the roughly
// 10,000 troops".
var wholeQualifiers = map[string]bool{"roughly": true, "about": true, "around": true, "some": true, "nearly": true,
	"almost": true, "approximately": true, "estimated": true, "reported": true}

// wholeNouns name a whole that a share is taken of ("40% of the
// population", "half of the electorate"); a word in -s after them is their
// verb, not a compound's head.
var wholeNouns = map[string]bool{"population": true, "public": true, "electorate": true, "workforce": true,
	"world": true, "nation": true, "budget": true, "economy": true, "vote": true, "market": true, "country": true}

// moneyIn reads "in" and the bare noun phrase after an amount ("in damage",
// "in federal infrastructure funds"): up to four lower-case words, no
// determiner, stopping at a function word. It returns the first and last
// token, or 0, 0. Words of time ("in recent weeks", "in fiscal 2024") and
// idioms ("in total", "in return") are no such noun.
func (p *parser) moneyIn(k int) (int, int) {
	if p.word(k) != "in" || !p.sameLine(k+1) {
		return 0, 0
	}
	s, e := k+1, k
	for j := s; j < len(p.t) && j <= s+3 && p.sameLine(j); j++ {
		t := &p.t[j]
		if notMoneyIn[t.low] {
			if n := j + 1; j > s && placeModifiers[t.low] && n < len(p.t) && p.sameLine(n) && p.t[n].kind == kWord && !nounStop[p.t[n].low] && !isUpperInitial(p.text[p.t[n].s:p.t[n].e]) {
				e = j
				continue // "in court settlements": a modifier of the noun after it
			}
			if j == s && placeModifiers[t.low] && j+1 < len(p.t) && p.sameLine(j+1) && p.t[j+1].kind == kWord && !nounStop[p.t[j+1].low] && !isUpperInitial(p.text[p.t[j+1].s:p.t[j+1].e]) && !notMoneyIn[p.t[j+1].low] {
				e = j
				continue
			}
			return 0, 0 // "in federal court", "in rural areas": where, not what
		}
		if t.kind != kWord || isUpperInitial(p.text[t.s:t.e]) || nounStop[t.low] || numWords[t.low].kind != 0 ||
			j > s && (strings.HasSuffix(t.low, "ed") || t.low == "sought" || t.low == "held" || t.low == "paid" || t.low == "spent") {
			break // "in aid sought by Biden": a participle ends the noun
		}
		e = j
	}
	for e >= s && strings.HasSuffix(p.t[e].low, "ly") {
		e-- // "in savings mainly from cuts": an adverb ends no noun phrase
	}
	if e < s || p.sym(e+1) == "-" && p.glued(e+1) {
		return 0, 0 // "in long-term bonds": a hyphenated word the loop cut
	}
	if n := e + 1; n < len(p.t) && p.sameLine(n) && p.t[n].kind == kWord && isUpperInitial(p.text[p.t[n].s:p.t[n].e]) {
		return 0, 0 // "in annual Chinese purchases": the phrase goes on past a name
	}
	return s, e
}

// placeModifiers are the words of notMoneyIn that may modify a noun of
// money after them: "in court settlements", "in state aid".
var placeModifiers = map[string]bool{"court": true, "prison": true, "state": true, "states": true, "city": true,
	"county": true, "office": true, "space": true, "public": true, "private": true}

// notMoneyIn are words after "$5 million in" that name no kind of money.
var notMoneyIn = map[string]bool{}

func init() {
	for _, w := range splitSpace(`total addition return exchange order part full advance person principle particular general
effect fact turn response contrast comparison theory practice place time question line terms favor favour
recent past coming fiscal days weeks months years decades hours minutes quarters seconds
early late overnight morning afternoon evening trading session court courts prison jail custody office space
area areas region regions parts towns cities states communities counties districts`) {
		notMoneyIn[w] = true
	}
}

var agoWords = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true, "after": true, "back": true}

// rateUnits after "a" make money a rate: "$53 million a week".
var rateUnits = map[string]bool{"day": true, "week": true, "month": true, "year": true, "hour": true,
	"share": true, "barrel": true, "gallon": true, "litre": true, "liter": true, "head": true, "person": true,
	"ounce": true, "tonne": true, "ton": true, "pound": true, "kilogram": true, "kilo": true, "bushel": true, "night": true,
	"minute": true, "mile": true, "kilometre": true, "kilometer": true, "unit": true, "seat": true, "ticket": true,
	"game": true, "match": true, "contest": true, "season": true, "start": true, "outing": true, "carry": true,
	"attempt": true, "possession": true, "appearance": true}

// pluralAt reports whether token j is a plural noun, an acronym's plural
// included: "121 RBIs", "40 GPUs" (isPluralNoun alone takes the "-is" and
// "-us" endings for singulars such as "crisis" and "virus").
func (p *parser) pluralAt(j int) bool {
	return isPluralNoun(p.t[j].low) || acronymPlural(p.text[p.t[j].s:p.t[j].e]) ||
		p.fr && len(p.t[j].low) > 4 && (strings.HasSuffix(p.t[j].low, "aux") || strings.HasSuffix(p.t[j].low, "eux")) || // "300 drapeaux", "12 jeux"
		p.fr && len(p.t[j].low) > 4 && (strings.HasSuffix(p.t[j].low, "ais") || strings.HasSuffix(p.t[j].low, "ois")) && isUpperInitial(p.text[p.t[j].s:p.t[j].e]) // "38 % des Français"
}

// pluralText is pluralAt for a word already cut from the text.
// frenchPlural reports a French plural noun, which French capitalises
// when it names a people: "393 Français", "40 Québécois".
func frenchPlural(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !strings.HasSuffix(w, "ss")
}

func pluralText(w string) bool {
	return isPluralNoun(lower(w)) || acronymPlural(w)
}

// acronymPlural reports whether w is capitals (and digits) with a
// lower-case "s": "RBIs", "GPUs", "MP3s".
func acronymPlural(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		if c := w[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// ageBefore reports an age written before the number at k: "age 5",
// "aged 12", "the ages of 25", "at the age of 70". "The average age of
// 45" is a figure and stays one.
func (p *parser) ageBefore(k int) bool {
	j := k - 1
	if w := p.word(j); (w == "and" || w == "to" || w == "or") && k >= 2 && p.t[k-2].kind == kNum {
		j = k - 3 // "the ages of 25 and 54": the second age too (one step back, no more)
	}
	if p.word(j) == "of" {
		j--
	}
	switch p.word(j) {
	case "aged":
		return true
	case "than":
		switch p.word(j - 1) {
		case "younger", "older":
			return true // "children younger than 5"
		}
	case "age", "ages":
		switch p.word(j - 1) {
		case "average", "median", "mean", "typical", "retirement", "voting", "drinking", "legal", "minimum", "maximum", "pension", "mandatory":
			return false // a figure about ages
		}
		return true
	}
	return false
}
