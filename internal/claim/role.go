package claim

import (
	"sort"
	"strings"

	"newsdesk/internal/entity"

	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
)

// Roles say what happened to the people or things a figure counts, when
// the sentence says it next to the figure. Two figures of one counted noun
// in different roles are different figures: "killing one man" and "a dozen
// people were at the party", or "1 dead, 2 injured", neither agree nor
// conflict.
const (
	RoleKilled    = "killed"
	RoleInjured   = "injured"
	RoleMissing   = "missing"
	RoleArrested  = "arrested"
	RoleEvacuated = "evacuated"
	RoleRescued   = "rescued"
	RoleShot      = "shot"
)

// roleWords map the words that give a figure its role.
var roleWords = map[string]string{
	"killed": RoleKilled, "kill": RoleKilled, "kills": RoleKilled, "killing": RoleKilled, "dead": RoleKilled,
	"died": RoleKilled, "die": RoleKilled, "dies": RoleKilled, "dying": RoleKilled, "slain": RoleKilled,
	"perished": RoleKilled, "murdered": RoleKilled, "murdering": RoleKilled, "executed": RoleKilled, "drowned": RoleKilled,
	"injured": RoleInjured, "injuring": RoleInjured, "injures": RoleInjured, "wounded": RoleInjured,
	"wounding": RoleInjured, "hurt": RoleInjured, "hospitalized": RoleInjured, "hospitalised": RoleInjured,
	"missing": RoleMissing, "unaccounted": RoleMissing,
	"arrested": RoleArrested, "arresting": RoleArrested, "detained": RoleArrested, "detaining": RoleArrested,
	"evacuated": RoleEvacuated, "evacuating": RoleEvacuated, "displaced": RoleEvacuated, "displacing": RoleEvacuated,
	"rescued": RoleRescued, "rescuing": RoleRescued,
	"shot": RoleShot, "shooting": RoleShot,
}

// roleFillAfter may stand between a figure and its role word: "12 people
// were reportedly killed", "three who have been arrested".
var roleFillAfter = set(`were was is are be been being have has had who that which reportedly allegedly believed
	confirmed feared later also all still now already initially seriously critically badly slightly fatally
	mortally either both others other more`)

// distanceWords after a figure make it a distance or a time: "five
// buildings away", "two days later".
var distanceWords = set(`away apart later earlier ago long wide high deep`)

// kinWords own the figure after "of" or "to": "a mother of two".
var kinWords = set(`mother father parent grandmother grandfather grandparent`)

// isCountWord reports whether w is a figure: "two" in "two of the three".
func isCountWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return countWords[w]
}

var countWords = set(`one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands
	several many most some all none half`)

// killVerbs before "to death" kill: "beaten to death"; but "sentenced to
// death", "bored to death" do not.
var killVerbs = set(`beaten beat stabbed shot burned burnt crushed suffocated starved hacked trampled bludgeoned
	strangled frozen froze choked stoned kicked clubbed mauled gored`)

// deathNouns before "of" make the figure after it the dead.
var deathNouns = set(`death deaths killing killings murder murders slaying slayings`)

// skipPlace returns where the words after a figure go on past a place
// that qualifies what is counted: "Dozens of people in Bloomington were
// hurt", "12 people in the Gaza Strip were killed". Without one it
// returns end.
func skipPlace(text string, end, to int) int {
	to = min(to, end+120) // a few words at most, however long the sentence
	i := end
	for i < to && text[i] == ' ' {
		i++
	}
	j := i
	for j < to && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	switch text[i:j] {
	case "in", "at", "from", "near", "across", "around", "outside", "inside":
	default:
		return end
	}
	k := j + 1
	if strings.HasPrefix(text[min(k, to):to], "the ") {
		k += len("the ")
	}
	n := 0
	for k < to && text[k] >= 'A' && text[k] <= 'Z' && n < 4 {
		for k < to && text[k] != ' ' && text[k] != ',' && text[k] != '.' {
			k++
		}
		n++
		if k < to && text[k] == ' ' && k+1 < to && text[k+1] >= 'A' && text[k+1] <= 'Z' {
			k++
			continue
		}
		break
	}
	if n == 0 {
		return end
	}
	return k
}

// skipAside returns where the words after a figure go on past an aside
// set off by commas or dashes: "Three people, one of them a pregnant
// woman, were killed", "Four people - one with broken bones - are
// treated". Without a closing mark within a few words it returns end.
func skipAside(text string, end, to int) int {
	to = min(to, end+120)
	i := end
	for i < to && text[i] == ' ' {
		i++
	}
	if i >= to {
		return end
	}
	var closer string
	switch {
	case text[i] == ',':
		closer = ","
	case text[i] == '-' && i+1 < to && text[i+1] == ' ':
		closer = " -"
	case strings.HasPrefix(text[i:], "—"), strings.HasPrefix(text[i:], "–"):
		closer = text[i : i+len("—")]
	default:
		return end
	}
	lim := min(to, i+90)
	if j := strings.Index(text[i+1:lim], closer); j >= 0 {
		return i + 1 + j + len(closer)
	}
	return end
}

// shotNounBefore make "shot" a noun: "a bank shot", "his jump shot".
var shotNounBefore = set(`a an the his her their its bank jump free long big`)

// auxRole are the words that make a role verb after them passive.
var auxRole = set(`were was is are be been being have has had`)

// intransitiveRole verbs take no object: "12 people died in the fire".
var intransitiveRole = set(`died dead dying perished drowned missing unaccounted hurt`)

// afterPassive may follow a role verb with no auxiliary ("12 people killed
// in the crash", "three arrested on Friday") where an object would make it
// active.
var afterPassive = set(`in at on by during when after before and or but as while near from since for with without
	overnight yesterday today tonight this last earlier later so far inside outside across throughout amid following
	into onto under over around`)

// objectWords after a role verb make it active, with the figure its
// subject: "three officers shot the teenager".
var objectWords = set(`the a an his her their its him them it this that these those my our your`)

// roleFillBefore may stand between a role verb and the figure: "killed at
// least 12", "wounding another 40", "killed all three".
var roleFillBefore = set(`at least about around nearly almost more than some another over up to as many an a estimated
	total of all roughly approximately`)

// roleOf finds the role of the figure at text[qs:end] (end is where its
// counted noun ends) within the sentence text[from:to]: a role word right
// after it ("12 people were killed", "40 injured"), else right before it
// ("killing one man", "wounding another 40"), else a death toll ("the
// death toll rose to 217"). It returns "" when none is there. The look is
// bounded to a few words on each side.
func roleOf(text string, from, to, qs, end int) string {
	before := words(text[max(from, qs-70):qs], 8, true)
	// "a mother of two died", "two of the three victims died": the words
	// after a whole tell what befell its part or its owner.
	whole := false
	switch {
	case len(before) > 1 && (before[0] == "of" || before[0] == "to"):
		whole = kinWords[before[1]] || isCountWord(before[1])
	case len(before) > 2 && before[0] == "the" && before[1] == "of":
		whole = isCountWord(before[2])
	}
	if nx := words(text[min(end, to):min(to, end+20)], 1, false); len(nx) == 1 && distanceWords[nx[0]] {
		return "" // "was arrested five buildings away": how far, not who
	}
	at := skipAside(text, skipPlace(text, end, to), to)
	after := words(text[at:min(to, at+90)], 10, false)
	aux := false // "were killed", "have been arrested": a passive
	for i := 0; i < len(after) && !whole; i++ {
		w := after[i]
		if auxRole[w] {
			aux = true
		}
		r, ok := roleWords[w]
		if !ok && i+2 < len(after) && after[i+1] == "to" && after[i+2] == "death" && killVerbs[w] {
			return RoleKilled // "suffocated to death", "were beaten to death"
		}
		if !ok && w == "treated" && i > 0 {
			return RoleInjured // "four people were treated in hospital"
		}
		if !ok {
			if !roleFillAfter[w] {
				break
			}
			continue
		}
		if strings.HasSuffix(w, "ing") && w != "dying" && w != "missing" || w == "kill" || w == "kills" {
			break // "two helicopters were evacuating injured": the figure acts
		}
		j := i + 1
		if r == RoleShot && j < len(after) && after[j] == "down" {
			break // "40 drones were shot down": downed, not shot people
		}
		if r == RoleShot && j < len(after) && after[j] == "dead" {
			r, j = RoleKilled, j+1 // "shot dead"
		} else if j+1 < len(after) && after[j] == "and" && roleWords[after[j+1]] != "" {
			r, j = roleWords[after[j+1]], j+2 // "shot and killed", "shot and wounded"
		}
		if j < len(after) && objectWords[after[j]] {
			break // "two officers shot and killed a teenager": the figure acts
		}
		if !aux && !intransitiveRole[w] && j < len(after) && !afterPassive[after[j]] {
			break // "two officers fatally shot 16-year-old Kimani Gray": an object follows
		}
		return r
	}
	for k, w := range before {
		if r, ok := roleWords[w]; ok {
			if w == "dead" || w == "missing" || w == "hurt" {
				break // "dead 12" is not English; "missing 12" is rare
			}
			if k+1 < len(before) && (before[k+1] == "to" || r == RoleShot && shotNounBefore[before[k+1]]) {
				break // "conspiring to kill three others": an intent; "a bank shot over two defenders": a noun
			}
			if r == RoleShot && k+1 < len(before) && (before[k+1] == "fatally" || before[k+1] == "mortally") {
				return RoleKilled // "fatally shot eight people"
			}
			return r
		}
		if !roleFillBefore[w] {
			break
		}
	}
	for i, w := range before {
		if w == "toll" && i+1 < len(before) && before[i+1] == "death" {
			return RoleKilled // "the death toll from the floods rose to 217"
		}
	}
	if len(before) > 1 && before[0] == "of" && deathNouns[before[1]] {
		return RoleKilled // "the deaths of three bank workers"
	}
	if len(before) > 2 && before[0] == "death" && before[1] == "to" && (killVerbs[before[2]] || before[2] == "shot") {
		return RoleKilled // "shot to death one person"
	}
	return ""
}

// words returns up to n lower-case words of s, from the start, or from
// the end backwards when back is set; a punctuation mark other than a
// hyphen or apostrophe ends the list, as the clause ends there.
func words(s string, n int, back bool) []string {
	var out []string
	cut := func(a, b int) bool {
		if a < b {
			out = append(out, strings.ToLower(s[a:b]))
		}
		return len(out) >= n
	}
	if !back {
		st := -1
		for i := 0; i < len(s); i++ {
			c := s[i]
			if isWordByte(c) {
				if st < 0 {
					st = i
				}
				continue
			}
			if st >= 0 && cut(st, i) {
				return out
			}
			st = -1
			if c != ' ' && c != '\t' && c != '\n' {
				return out
			}
		}
		if st >= 0 {
			cut(st, len(s))
		}
		return out
	}
	en := -1
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if isWordByte(c) {
			if en < 0 {
				en = i + 1
			}
			continue
		}
		if en >= 0 && cut(i+1, en) {
			return out
		}
		en = -1
		if c != ' ' && c != '\t' && c != '\n' {
			return out
		}
	}
	if en >= 0 {
		cut(0, en)
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c >= 0x80
}

// countedRole is the role a counted noun ends in: "12 dead", "40 injured".
func countedRole(counted string) string {
	w := strings.ToLower(lastWord(counted))
	switch w {
	case "dead", "injured", "wounded", "missing", "hurt", "killed", "arrested", "detained", "evacuated", "displaced", "rescued":
		return roleWords[w]
	}
	return ""
}

// totalPhrases near a figure make it a running total, not one event's
// count: "In their five operations so far ... 31 magazines", "He has 548
// rushing yards this season". "In total" and "in all" are left out: "sent
// around 10,000 soldiers in total" sums one event.
var totalPhrases = []string{"so far", "thus far", "to date", "this year", "this season",
	"in his career", "in her career", "over the years", "since the start", "since the beginning", "cumulative", "running total"}

// isTotal reports whether the sentence text[from:to] marks the figure at
// qs as a running total: a total phrase in the figure's own clause (no
// comma, semicolon or bracket between them, and near), or in the clause
// that opens the sentence ("So far, the navy has confiscated 14 rifles").
// "Earlier this year" and "later this season" say when, not how many in all.
func isTotal(text string, from, to, qs int) bool {
	// a bounded look, however long the sentence: the opening clause and
	// the figure's surroundings
	lo, hi := max(from, qs-160), min(to, qs+160)
	if lo-from < 120 {
		lo = from // the opening clause is in reach
	}
	sent := textproc.LowerASCII(text[lo:hi]) // offsets must stay those of text: "İ" is shorter in lower case
	q := qs - lo
	intro := -1
	if lo == from {
		intro = strings.IndexAny(sent, ",;:")
	}
	// "INS Sukanya has seized a total of 14 rifles": a perfect tense with
	// "a total of" adds up what was done so far
	// (and so do the items of its list: "14 rifles, 31 magazines and 923 rounds")
	win := sent[max(0, q-90):q]
	if k := strings.LastIndex(win, "a total of"); k >= 0 && !strings.ContainsAny(win[k:], ";:()") {
		ws := strings.Fields(win[:k])
		for _, w := range ws[max(0, len(ws)-6):] {
			if w = strings.Trim(w, ","); w == "has" || w == "have" {
				return true
			}
		}
	}
	for _, p := range totalPhrases {
		for off := 0; off < len(sent); {
			i := strings.Index(sent[off:], p)
			if i < 0 {
				break
			}
			i += off
			off = i + len(p)
			if i > 0 && sent[i-1] != ' ' && sent[i-1] != ',' || strings.HasSuffix(sent[:i], "earlier ") || strings.HasSuffix(sent[:i], "later ") {
				continue
			}
			if e := i + len(p); e < len(sent) && isWordByte(sent[e]) || strings.HasPrefix(sent[min(e, len(sent)):], " from") {
				continue // "so far from the border": a distance
			}
			lo, hi := min(i, q), max(i, q)
			if hi-lo <= 120 && !strings.ContainsAny(sent[lo:hi], ",;:()") {
				return true // the figure's own clause
			}
			if intro > 0 && i < intro && q > intro && !strings.ContainsAny(sent[:intro], "0123456789") {
				return true // "So far, ..." opens the sentence
			}
		}
	}
	return false
}

// moneySkip are words before an amount that say nothing of what it is.
var moneySkip = set(`about around nearly almost some roughly approximately over estimated a an the its their his her
	just`)

// moneyObject names what an amount of money is, for an amount with nothing
// counted: the noun after it ("a $110 billion bailout"), the noun before
// "of" ("a bailout of 110 billion euros"), or the thing that is "worth" or
// "valued at" it ("The deal is worth $160 million"). It returns "" when
// none of these is there; a verb ("lost $5 million") names no object, as
// "loss" or "payment" would join different amounts. The look is a few
// words on each side.
func moneyObject(text string, from, to, qs, end int) string {
	after := rawWords(text[min(end, to):min(to, end+60)], 4) // (a counted phrase may run past the sentence's end)
	if len(after) >= 3 && after[0] == "worth" && after[1] == "of" && moneyNoun(after[2]) {
		if len(after) < 4 || !valueAdjectives[after[2]] {
			return after[2] // "$85 million worth of jewels"
		}
		if moneyNoun(after[3]) {
			return after[3] // "worth of precious stones": the stones
		}
	}
	if len(after) >= 1 && moneyNoun(after[0]) {
		return after[0]
	}
	win := text[max(from, qs-60):qs]
	before := words(win, 6, true)
	asWritten := func(w string) bool { return strings.Contains(win, w) } // lower case in the text: no name
	k := 0
	for k < len(before) {
		if moneySkip[before[k]] {
			k++
			continue
		}
		if k+1 < len(before) && (before[k] == "least" && before[k+1] == "at" || before[k] == "than" && before[k+1] == "more" ||
			before[k] == "to" && before[k+1] == "up") {
			k += 2 // "at least", "more than", "up to"
			continue
		}
		break
	}
	if k >= len(before) {
		return ""
	}
	switch w := before[k]; {
	case w == "of" && k+1 < len(before) && moneyNoun(before[k+1]) && asWritten(before[k+1]):
		return before[k+1]
	case w == "worth" || w == "at" && k+1 < len(before) && before[k+1] == "valued":
		j := k + 1
		if w == "at" {
			j++
		}
		for j < len(before) && auxRole[before[j]] {
			j++
		}
		if j < len(before) && moneyNoun(before[j]) && asWritten(before[j]) {
			return before[j]
		}
	}
	return ""
}

// rawWords returns up to n words at the start of s as written, stopping
// at punctuation: case tells a name ("Palmer") from a noun.
func rawWords(s string, n int) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		w := strings.TrimRight(f, ",.;:!?\"”’)")
		if w == "" || !isWordByte(w[0]) {
			break
		}
		out = append(out, w)
		if len(out) == n || len(w) < len(f) {
			break
		}
	}
	return out
}

// moneyNoun reports whether w may name what an amount is: a lower-case
// word that is no function word, adverb, verb form or a word that says
// nothing of the amount ("value", "worth").
func moneyNoun(w string) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || stopwordLike[w] || auxRole[w] || roleFillBefore[w] || distanceWords[w] ||
		vagueMoney[w] || strings.ContainsAny(w, "-'") || textproc.IsStopword("en", w) || timex.IsCalendarWord(w) ||
		timeAdverbs[w] || modals[w] {
		return false
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// valueAdjectives stand before what an amount buys: "precious stones".
var valueAdjectives = set(`precious rare stolen valuable luxury expensive fine antique`)

// timeAdverbs and modals never name an amount: "lost $5 million
// yesterday", "$5 million will".
var timeAdverbs = set(`yesterday today tomorrow tonight now then overnight recently earlier later`)
var modals = set(`will would could should may might must can shall`)

// vagueMoney are nouns that say nothing of what an amount is.
var vagueMoney = set(`worth value values figure figures range average money dollars euros pounds amount sum total left
	inside out take upfront state price prices level levels mark`)

// stopwordLike are function words an amount's noun never is.
var stopwordLike = set(`the and but for with from into onto over under this that these those which who what when
	where while than then per each every year years month months week weeks day days quarter a an in on at to of by
	as or nor yet so its their his her our your my last next`)

// ownedStat reports whether a counted phrase is a game statistic that a
// player or team holds: a sports statistic before any rate ("points per
// game"), "boards" too, but not "blocks", which is a distance as often
// ("four blocks from Woodward").
func ownedStat(counted string) bool {
	sn := statNoun(counted)
	switch lastWord(sn) {
	case "blocks":
		return false
	case "boards":
		return true
	}
	return sportsStat(sn)
}

// statNoun is the noun a game statistic counts, before any rate: "points"
// in "points per game".
func statNoun(counted string) string {
	ws := strings.Fields(counted)
	for i := 1; i < len(ws); i++ {
		if w := strings.ToLower(ws[i]); w == "per" || w == "a" || w == "an" {
			return strings.Join(ws[:i], " ")
		}
	}
	return counted
}

// holder names whose a game statistic is: the name right after it ("13
// points from McDermott"), else the last name of a person or team named
// before the figure in its sentence, within a few words and no semicolon
// ("Teixeira had 33 homers", "Drake shot 35 percent"); "" when none.
// Places are scopes, not holders.
func (an *analysis) holder(from, to, qs, end int) string {
	if w := rawWords(an.text[min(end, to):min(to, end+40)], 2); len(w) == 2 && (w[0] == "from" || w[0] == "by") {
		k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= end })
		if k < len(an.mentions) && an.mentions[k].Start-end < 8 && an.mentions[k].Kind != entity.Place {
			return holderName(an.mentions[k])
		}
	}
	// a relative clause closed before the figure ("Klitschko, who could
	// face Tyson Fury in the near future, improves to 58 wins") holds no
	// holder
	relFrom, relTo := -1, -1
	base := max(from, qs-200)
	seg := an.text[base:qs]
	for _, rel := range []string{", who ", ", whose ", ", which "} {
		i := strings.LastIndex(seg, rel)
		if i < 0 || base+i <= relFrom {
			continue
		}
		if j := strings.IndexByte(seg[i+2:], ','); j >= 0 {
			relFrom, relTo = base+i, base+i+2+j // the clause closes before the figure
		}
	}
	k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].Start >= qs }) - 1
	for ; k >= 0; k-- {
		m := an.mentions[k]
		if m.Start < from || qs-m.End > 120 {
			return ""
		}
		if m.Start > relFrom && m.End <= relTo {
			continue
		}
		if m.Kind == entity.Place || m.End <= qs && strings.ContainsAny(an.text[m.End:qs], ";") || entity.KnownPlace(m.Text) {
			continue
		}
		if _, ok := entity.Country(m.Text); ok {
			continue
		}
		if pw := words(an.text[max(from, m.Start-20):m.Start], 2, true); len(pw) > 0 && (opponentWords[pw[0]] ||
			pw[0] == "the" && len(pw) > 1 && (pw[1] == "in" || pw[1] == "at")) {
			continue // "against Carolina", "last in the Atlantic": an opponent or a place, not the holder
		}
		ws := strings.Fields(m.Text)
		if len(ws) == 1 && (commonWord(strings.ToLower(ws[0])) || nameSuffixes[strings.ToLower(strings.Trim(ws[0], ",."))]) {
			continue // "In", "Holiday" at a sentence start; the "Jr." of "Tony White, Jr."
		}
		if t := strings.TrimSuffix(m.Text, "s"); t == strings.ToUpper(t) {
			continue // "NFL", "RBIs": a league or a statistic, nobody's
		}
		last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",.'’"))
		if timex.IsCalendarWord(last) || leagueWords[last] || entity.IsDirection(last) || len(ws) == 1 && (commonWord(last) || openers[last]) ||
			len(ws) == 1 && m.Start == from && (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing")) {
			continue // "Entering February", "Major League", "Plagued by an injury, Thomas …"
		}
		return holderName(m)
	}
	return ""
}

// holderName is how a holder is written in a heading: a person by last
// name ("Teixeira", "White" for "Tony White, Jr."), a team whole ("Wayne
// State").
func holderName(m entity.Mention) string {
	ws := strings.Fields(m.Text)
	if m.Kind != entity.Person || schoolTails[strings.ToLower(ws[len(ws)-1])] ||
		len(ws) >= 2 && teamAdjectives[strings.ToLower(ws[0])] && strings.HasSuffix(ws[len(ws)-1], "s") {
		return m.Text // "Wayne State", "Golden Eagles": a school or a team, even when read as a name
	}
	for len(ws) > 1 && nameSuffixes[strings.ToLower(strings.Trim(ws[len(ws)-1], ",."))] {
		ws = ws[:len(ws)-1]
	}
	return strings.Trim(ws[len(ws)-1], ",.'’")
}

var nameSuffixes = set(`jr sr ii iii iv`)

// opponentWords before a name make it the other side: "against Carolina".
var opponentWords = set(`against vs versus over beat beating defeated`)

// openers are capitalised words that open a sentence and name nobody.
var openers = set(`prior despite after before during entering since like unlike including following according
	although though while with without`)

// teamAdjectives open a team's name: "Golden Eagles", "Blue Demons", "Tar
// Heels".
var teamAdjectives = set(`golden blue red black white green tar crimson fighting scarlet orange purple silver`)

// schoolTails end a school's or club's name, never a person's.
var schoolTails = set(`state university college tech academy united city`)

// leagueWords end the name of a league or a competition, which holds no
// player's figures.
var leagueWords = set(`league conference division association series championship tournament cup trophy bowl award
	awards reserve reference prize medal`)

// updateVerbs before "to" make a figure the new level of one that moved:
// "the death toll rose to 13".
var updateVerbs = set(`rose risen rises rise climbed climbs increased increases jumped jumps grew grown grows soared
	swelled mounted surged`)

// isUpdate reports whether the figure at qs is told as a new level: "rose
// to 13", "has climbed to more than 200", "the toll reached 40".
func isUpdate(text string, from, qs int) bool {
	before := words(text[max(from, qs-50):qs], 5, true)
	k := 0
	for k < len(before) && (roleFillBefore[before[k]] || moneySkip[before[k]]) && before[k] != "to" {
		k++
	}
	if k >= len(before) {
		return false
	}
	switch before[k] {
	case "reached", "reaches", "topped", "tops", "passed", "surpassed":
		return true
	case "to":
		return k+1 < len(before) && updateVerbs[before[k+1]]
	}
	return false
}
