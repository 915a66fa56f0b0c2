// Package entity finds mentions of people, organisations and places in
// article text and resolves the different spellings of one entity across a
// story's articles (Zelensky = Zelenskyy = Selenskyj, DPRK = North Korea).
//
// Mentions come from capitalised sequences, job titles, organisation and
// place cue words and a small gazetteer of countries, demonyms and common
// codes; nothing in it knows the names of any particular story.
package entity

import (
	"strings"

	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
)

// Kind is what a mention names.
type Kind string

// Kinds of mentions.
const (
	Unknown Kind = ""
	Person  Kind = "person"
	Org     Kind = "org"
	Place   Kind = "place"
)

// Mention is one mention of an entity in a text.
type Mention struct {
	Text       string // the name as written, without its title: "Sabrina Singh", "the Pentagon" → "Pentagon"
	Start, End int    // byte offsets of Text in the searched text
	Kind       Kind
	// Title is the role written before a person's name: "Deputy Press
	// Secretary", "NATO's chief", "British defence secretary"; "" if none.
	Title string
	// Norm is the normalised form used to compare mentions: folded, without
	// periods or a leading "the"; the canonical name for countries ("U.S." →
	// "united states").
	Norm string
}

// Find returns the entity mentions in text, in order.
func Find(text string) []Mention {
	toks := Tokenize(text)
	return FindTokens(text, toks, LowerWords(text, toks))
}

// LowerWords returns the words that start a sentence with a capital and
// also occur in lower case elsewhere among toks ("Reports suggest ...",
// "there have been reports"), lower-cased. Find uses it to tell a
// sentence-initial common word from a name.
func LowerWords(text string, toks []Token) map[string]bool {
	m := map[string]bool{}
	for i, t := range toks {
		if t.Kind == Word && t.Upper && !t.Caps && SentenceInitial(text, toks, i) {
			m[t.Lower] = false
		}
	}
	for _, t := range toks {
		if t.Kind == Word && !t.Upper {
			if _, ok := m[t.Text]; ok {
				m[t.Text] = true
			}
		}
	}
	return m
}

// SentenceInitial reports whether toks[i] starts a sentence, a line, a
// quote or a bracket, where any word is capitalised.
func SentenceInitial(text string, toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	if strings.ContainsAny(text[p.End:toks[i].Start], "\n") {
		return true
	}
	if p.Kind == Punct {
		switch p.Text {
		case ".", "!", "?", ":", "\"", "“", "”", "(", "[", "•", "-", "–", "—", "«", "»", "|", "„":
			return true
		}
	}
	return false
}

// FindTokens is Find over an already tokenised text; lower is the set of
// words seen in lower case (see LowerWords), may be nil.
func FindTokens(text string, toks []Token, lower map[string]bool) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		if toks[i].Kind != Word || !toks[i].Upper {
			i++
			continue
		}
		j := runEnd(text, toks, i)
		switch {
		case !currencyPrefix(text, toks[j-1]):
			out = appendRun(out, text, toks, i, j, lower)
		case j-1 > i:
			out = appendRun(out, text, toks, i, j-1, lower) // "paid Apple US$100 million": Apple stays
		}
		i = j
	}
	appositiveTitles(text, toks, out)
	return out
}

// hasAmpersand reports a run joined by "&": "Harwood & Sayle" is a firm.
func hasAmpersand(toks []Token) bool {
	for _, t := range toks {
		if t.Text == "&" {
			return true
		}
	}
	return false
}

// contraction reports a word with a contracted ending: "i'm", "we'd",
// "don't".
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, suf := range []string{"'m", "'d", "'re", "'ve", "'ll", "n't"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// currencyPrefix reports a country code fused to a dollar sign, part of a
// currency and not a place: "US$100 million", "NZ$5", "HK$", "TT$".
func currencyPrefix(text string, t Token) bool {
	return t.Caps && t.End-t.Start <= 3 && t.End < len(text) && text[t.End] == '$'
}

// appositiveTitles gives a person named without a title the role an
// apposition states: "Mark Rutte, NATO's secretary general, said", "said
// John Kirby, the White House spokesman.", "The head of the zone, Ali
// Rezapour, said".
func appositiveTitles(text string, toks []Token, ms []Mention) {
	k := 0
	for x := range ms {
		m := &ms[x]
		if m.Kind != Person || m.Title != "" {
			continue
		}
		for k < len(toks) && toks[k].Start < m.Start {
			k++
		}
		e := k
		for e < len(toks) && toks[e].End <= m.End {
			e++
		}
		if k >= len(toks) || toks[k].Start != m.Start || e > len(toks) {
			continue
		}
		// after: ", ROLE," or ", ROLE."
		if e < len(toks) && toks[e].Text == "," {
			if t := roleSegment(text, toks, e+1, 1); t != "" {
				m.Title = t
				continue
			}
		}
		// before: "ROLE, NAME," at the start of a sentence
		if k >= 2 && toks[k-1].Text == "," && e < len(toks) && toks[e].Text == "," {
			if t := roleSegment(text, toks, k-2, -1); t != "" {
				m.Title = t
			}
		}
	}
}

// roleSegment reads the phrase that starts (dir 1) or ends (dir -1) at
// token i and runs to the next comma or sentence end, at most ten tokens,
// and returns it when it names a role: a title word inside, opened by an
// article, a title, a role noun or an organisation's possessive. Before a
// name the phrase must open its sentence. Articles are trimmed.
func roleSegment(text string, toks []Token, i, dir int) string {
	a, b := i, i
	for n := 0; n < 10; n++ {
		j := b
		if dir < 0 {
			j = a
		}
		if j < 0 || j >= len(toks) {
			break
		}
		t := toks[j]
		if t.Kind != Word && t.Kind != Poss && t.Text != "-" {
			break
		}
		if dir > 0 {
			b++
		} else {
			a--
		}
	}
	if dir > 0 {
		b-- // [a, b] inclusive
		if b < a || b+1 < len(toks) && toks[b+1].Text != "," && toks[b+1].Text != "." {
			return ""
		}
	} else {
		a++
		if a > b || a > 0 && toks[a-1].Text != "." && !SentenceInitial(text, toks, a) {
			return ""
		}
	}
	hasTitle := false
	for x := a; x <= b; x++ {
		if toks[x].Kind == Word && (titleWords[toks[x].Lower] || roleNouns[toks[x].Lower]) {
			hasTitle = true
		}
	}
	if !hasTitle {
		return ""
	}
	first := toks[a]
	opens := first.Lower == "the" || first.Lower == "a" || first.Lower == "an" || titleWords[first.Lower] || roleNouns[first.Lower] ||
		first.Upper && a+1 <= b && toks[a+1].Kind == Poss
	if !opens {
		return ""
	}
	if first.Lower == "the" || first.Lower == "a" || first.Lower == "an" {
		a++
		if a > b {
			return ""
		}
	}
	return text[toks[a].Start:toks[b].End]
}

// runEnd returns the end of the capitalised run starting at toks[i].
func runEnd(text string, toks []Token, i int) int {
	j := i + 1
	hasOrgCue := orgCues[toks[i].Lower]
	for j < len(toks) {
		t := toks[j]
		if !sameLine(text, toks[j-1].End, t.Start) {
			break
		}
		// "Democratic People's Republic": a possessive inside a long name
		if t.Kind == Poss && j-i >= 2 && j+1 < len(toks) && toks[j+1].Kind == Word && toks[j+1].Upper && !titleWords[toks[j+1].Lower] &&
			!timex.IsCalendarWord(toks[j+1].Text) { // but "the Federal Reserve's March meeting"
			j++
			continue
		}
		if t.Kind == Word && t.Upper && timex.IsWeekday(t.Lower) && !dayEventWords[toks[j-1].Lower] {
			break // "in Bloomington Wednesday night": a name ends before the day; but "Good Friday"
		}
		if t.Kind == Word && t.Upper {
			if orgCues[t.Lower] {
				hasOrgCue = true
			}
			j++
			continue
		}
		if t.Kind == Word && !t.Upper && nameParticles[t.Text] && j+2 < len(toks) && toks[j+1].Kind == Word && !toks[j+1].Upper &&
			connectors[toks[j+1].Text] && toks[j+2].Kind == Word && toks[j+2].Upper {
			j += 2 // "Ursula von der Leyen", "Rafael van der Vaart"
			continue
		}
		if t.Text == "&" && j+1 < len(toks) && toks[j+1].Kind == Word && toks[j+1].Upper && sameLine(text, toks[j-1].End, t.Start) &&
			sameLine(text, t.End, toks[j+1].Start) {
			j++ // "Harwood & Sayle", "Procter & Gamble": one firm
			hasOrgCue = true
			continue
		}
		if hasOrgCue && t.Text == "of" && j+2 < len(toks) && toks[j+1].Text == "the" && toks[j+2].Kind == Word && toks[j+2].Upper &&
			sameLine(text, t.End, toks[j+1].Start) && sameLine(text, toks[j+1].End, toks[j+2].Start) && !timex.IsCalendarWord(toks[j+2].Text) {
			j += 2 // "Ministry of the Interior", "Bank of the Philippine Islands"
			continue
		}
		if t.Kind == Word && !t.Upper && connectors[t.Text] && j+1 < len(toks) && toks[j+1].Kind == Word && toks[j+1].Upper &&
			!(t.Text == "on" && timex.IsCalendarWord(toks[j+1].Text)) { // "the Gulf of Aden on Friday"
			if (t.Text == "and" || t.Text == "on") && !hasOrgCue {
				break // but "Council on Foreign Relations"; not "Dublin on Level 3"
			}
			if t.Text == "the" && toks[j-1].Text != "of" {
				break
			}
			j++
			continue
		}
		break
	}
	// do not end on a connector
	for j > i+1 && !toks[j-1].Upper {
		j--
	}
	return j
}

// nameParticles can open a two-word particle inside a surname: "von der",
// "van den", "de la", "dos" in "dos Santos" joins as one connector.
var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "da": true, "di": true, "dos": true, "du": true}

// dayEventWords make a weekday part of a name: "Good Friday", "Super Tuesday".
var dayEventWords = map[string]bool{"good": true, "black": true, "cyber": true, "holy": true, "ash": true, "palm": true,
	"easter": true, "bloody": true, "super": true, "maundy": true, "shrove": true, "whit": true, "low": true}

// geoRun reports whether a capitalised run names a geographic feature by
// its head word: "Gulf of Aden", "Mount Sefton", "Red Sea", "Lake Chad".
func geoRun(toks []Token) bool {
	if len(toks) < 2 {
		return false
	}
	if geoHeads[toks[0].Lower] && (toks[1].Upper || toks[1].Lower == "of") || geoTails[toks[len(toks)-1].Lower] {
		return true
	}
	// "Aoraki Mount Cook": a mountain's two names
	if n := len(toks); n >= 3 && (toks[n-2].Lower == "mount" || toks[n-2].Lower == "mt") && toks[n-1].Upper {
		return true
	}
	// "the Persian Gulf Island of Qeshm", "the Kherson Region of Ukraine":
	// a capitalised place word followed by "of" inside the run
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Upper && placeCues[toks[i].Lower] && toks[i+1].Lower == "of" && toks[i+2].Upper {
			return true
		}
	}
	return false
}

// placeFollower reports a lower-case word that may follow a place name
// without making it a modifier: "in New York yesterday", "in Bandar Abbas
// on Monday", "in New York where".
func placeFollower(w string) bool {
	switch w {
	case "yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "earlier", "later", "on", "at", "where", "when", "as", "after", "before", "since", "until", "during", "for", "to", "from":
		return true
	}
	return textproc.IsStopword("en", w)
}

// calendarRun reports whether a capitalised run is only a time phrase:
// "Early November", "Last Monday". A run that goes on past the time words
// is left whole.
func calendarRun(toks []Token) bool {
	for _, t := range toks {
		switch {
		case timex.IsCalendarWord(t.Text):
		case t.Lower == "early" || t.Lower == "late" || t.Lower == "mid" || t.Lower == "last" || t.Lower == "next" || t.Lower == "this":
		default:
			return false
		}
	}
	return true
}

// sameLine reports whether text[a:b] is only a few spaces (tokens of one
// name are never split by a line break or wide gap).
func sameLine(text string, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if text[k] != ' ' {
			return false
		}
	}
	return true
}

// appendRun classifies the capitalised run toks[i:j] and appends its mentions.
func appendRun(out []Mention, text string, toks []Token, i, j int, lower map[string]bool) []Mention {
	// drop sentence-initial common words ("The U.S.", "Meanwhile")
	for i < j {
		w := toks[i].Lower
		common := !toks[i].Caps && (commonCapitalised[w] || textproc.IsStopword("en", w))
		if w == "new" && i+1 < j && !SentenceInitial(text, toks, i) && toks[i+1].Lower != "year" && toks[i+1].Lower != "year's" && toks[i+1].Lower != "years" {
			common = false // "in New York", "New Delhi"
		}
		if w == "new" && i+1 < j && SentenceInitial(text, toks, i) {
			k := normKey(text[toks[i].Start:toks[i+1].End])
			if _, country := countryOf[k]; country || placeOf[k] {
				common = false // "New York state recorded …", "New Zealand has …"
			}
		}
		if !common && j == i+1 && lower != nil && lower[w] && SentenceInitial(text, toks, i) {
			common = true
		}
		if !common && foreignArticles[w] && !toks[i].Caps && i+1 < j && orgCues[toks[i+1].Lower] {
			common = true // "El Ministerio de Salud Pública", "Die Bundesregierung"; but "El Salvador", "Los Angeles Police Department"
		}
		if !common {
			break
		}
		i++
		for i < j && !toks[i].Upper { // a connector left at the front
			i++
		}
	}
	if i < j-1 && len(toks[i].Text) == 1 && toks[i].Start > 0 && text[toks[i].Start-1] == '/' {
		i++ // "M/S Columbus": the tail of an abbreviation
	}
	if i >= j || calendarRun(toks[i:j]) {
		return out
	}
	if j == i+1 && contraction(toks[i].Lower) {
		return out // "I'm", "We'd", "Don't"
	}
	name := text[toks[i].Start:toks[j-1].End]
	key := normKey(name)
	// a whole country name or code; the United Nations is in that list for
	// its aliases, but it is a body, not a place
	if c, ok := countryOf[key]; ok {
		kind := Place
		if c == "United Nations" {
			kind = Org
		}
		return append(out, Mention{Text: name, Start: toks[i].Start, End: toks[j-1].End, Kind: kind, Norm: normKey(c)})
	}
	if placeOf[key] {
		return append(out, Mention{Text: name, Start: toks[i].Start, End: toks[j-1].End, Kind: Place, Norm: key})
	}
	// a title inside the run: "Deputy Press Secretary Sabrina Singh"
	k, head := -1, false
	for x := i; x < j; x++ {
		if lw := toks[x].Lower; titleWords[lw] {
			k = x
			head = head || !titleModifiers[lw] || rankGeneral(toks, x, i, j)
		}
	}
	if k >= i && head && k+1 < j && !connectors[toks[k+1].Text] && !orgCuesIn(toks[k+1:j]) {
		// mentions of countries and organisations inside the title
		for x := i; x <= k; x++ {
			if _, ok := countryOf[normKey(toks[x].Text)]; ok && toks[x].Caps {
				out = append(out, Mention{Text: toks[x].Text, Start: toks[x].Start, End: toks[x].End, Kind: Place, Norm: normKey(countryOf[normKey(toks[x].Text)])})
			} else if orgCode[normKey(toks[x].Text)] {
				out = append(out, Mention{Text: toks[x].Text, Start: toks[x].Start, End: toks[x].End, Kind: Org, Norm: normKey(toks[x].Text)})
			}
		}
		ts := k
		for ts > i {
			p := toks[ts-1]
			if !(titleWords[p.Lower] || connectors[p.Text] || titlePart(toks, ts-1)) {
				break
			}
			ts--
		}
		if ts == i {
			ts = titleStart(text, toks, i)
		} else {
			out = appendRun(out, text, toks, i, ts, lower)
		}
		m := Mention{Text: text[toks[k+1].Start:toks[j-1].End], Start: toks[k+1].Start, End: toks[j-1].End, Kind: Person}
		m.Title = strings.TrimSpace(text[toks[ts].Start:toks[k].End])
		m.Norm = normKey(m.Text)
		return append(out, m)
	}
	// a role alone ("the Secretary of State") names no one yet
	allTitle := true
	for x := i; x < j; x++ {
		if lw := toks[x].Lower; !titleWords[lw] && !connectors[lw] {
			allTitle = false
		}
	}
	if allTitle {
		return out
	}
	t0 := i
	for t0 < j-1 && toks[t0].Caps && countryOf[normKey(toks[t0].Text)] != "" {
		t0++ // "the US Secretary of State"
	}
	if titleWords[toks[t0].Lower] && j-t0 >= 3 && j-t0 <= 4 && toks[t0+1].Lower == "of" {
		// "Secretary of State", "Minister of Foreign Affairs": a role alone
		for x := i; x < t0; x++ {
			out = append(out, Mention{Text: toks[x].Text, Start: toks[x].Start, End: toks[x].End, Kind: Place, Norm: normKey(countryOf[normKey(toks[x].Text)])})
		}
		// "the Mayor of London", "the President of Ukraine": the place of the role
		k := t0 + 2
		if toks[k].Lower == "the" && k+1 < j {
			k++
		}
		place := text[toks[k].Start:toks[j-1].End]
		if c, ok := countryOf[normKey(place)]; ok {
			out = append(out, Mention{Text: place, Start: toks[k].Start, End: toks[j-1].End, Kind: Place, Norm: normKey(c)})
		} else if placeOf[normKey(place)] {
			out = append(out, Mention{Text: place, Start: toks[k].Start, End: toks[j-1].End, Kind: Place, Norm: normKey(place)})
		}
		return out
	}
	if j == i+1 {
		if h := strings.LastIndexByte(toks[i].Text, '-'); h > 0 && h+1 < len(toks[i].Text) && toks[i].Text[h+1] >= 'a' && toks[i].Text[h+1] <= 'z' {
			return out // "Ukrainian-occupied", "Kremlin-backed": an adjective
		}
	}
	if j-i >= 4 {
		caps := true
		for x := i; x < j && caps; x++ {
			caps = toks[x].Kind != Word || toks[x].Caps || connectors[toks[x].Lower]
		}
		if caps {
			return out // "WHY WILL NORTH KOREAN SOLDIERS FIGHT": a heading in capitals
		}
	}
	// demonyms used as adjectives ("North Korean soldiers") name no entity
	if _, ok := demonymOf[key]; ok {
		return out
	}
	// a leading demonym ("Russian Kursk region") is not part of the name
	i0 := i
	for x := min(j-1, i+3); x > i; x-- {
		if _, ok := demonymOf[normKey(text[toks[i].Start:toks[x-1].End])]; ok {
			i = x
			name = text[toks[i].Start:toks[j-1].End]
			break
		}
	}
	if i != i0 {
		key = normKey(name)
	}
	m := Mention{Text: name, Start: toks[i].Start, End: toks[j-1].End, Norm: bodyForm(key)}
	switch {
	case orgCuesIn(toks[i:j]) || orgCode[m.Norm] || (j == i+1 && toks[i].Caps) || hasAmpersand(toks[i:j]):
		m.Kind = Org
	case j < len(toks) && toks[j].Kind == Word && placeCues[toks[j].Text]:
		m.Kind = Place
	case j-i >= 2 && placeEnds[toks[j-1].Lower]:
		m.Kind = Place // "Lorne County", "Alto Verde Province", "Sierra Nevada Foothills": a name ending in a place word (not "Wayne State")
	case geoRun(toks[i:j]):
		m.Kind = Place // "the Gulf of Aden", "Mount Sefton", "the Red Sea"
	case i >= 2 && toks[i-1].Text == "of" && placeCues[toks[i-2].Text]:
		m.Kind = Place
	case j-i >= 2 && (IsDirection(toks[i].Lower) || streetEnds[toks[j-1].Lower]):
		m.Kind = Place // "East Flatbush", "North Kivu", "Snyder Ave", "High Street"
	case j-i >= 2 && i >= 1 && (toks[i-1].Lower == "in" || toks[i-1].Lower == "near" || toks[i-1].Lower == "outside") &&
		!(j < len(toks) && (toks[j].Kind == Poss || toks[j].Kind == Word && !toks[j].Upper && !placeFollower(toks[j].Lower))):
		m.Kind = Place // "in New York", "in Bandar Abbas yesterday"; not "in Donald Trump's cabinet"
	case j+1 < len(toks) && toks[j].Text == "," && stateAt(toks, j+1, i >= 1 && locationWords[toks[i-1].Lower]):
		m.Kind = Place // "Poplar Bluff, Mo.", "from Wasilla, Alaska"; not "Rep. Jim Smith, Ohio"
	case j-i >= 2 && (toks[j-1].Lower == "d.c." || toks[j-1].Lower == "d.c"):
		m.Kind = Place // "Washington D.C."
	case j-i >= 2 && descriptorOrg(text, toks, j):
		m.Kind = Org // "Stellantis North America chief operating officer Mark Stewart": the employer
	case j-i >= 2 && germanArticles[toks[i].Lower]:
		// "Die Meldung", "Der Spiegel": a German noun or a title after its
		// article, not a person's name
	case j-i >= 2:
		m.Kind = Person
		// a lower-case title before the name: "spokesperson Sabrina Singh"
		if ts := titleStart(text, toks, i); ts < i {
			m.Title = strings.TrimSpace(text[toks[ts].Start:toks[i-1].End])
		}
	case i >= 1 && (toks[i-1].Text == "in" || toks[i-1].Text == "near" || toks[i-1].Text == "outside"):
		m.Kind = Place
	default:
		if ts := titleStart(text, toks, i); ts < i {
			m.Kind = Person
			m.Title = strings.TrimSpace(text[toks[ts].Start:toks[i-1].End])
		}
	}
	return append(out, m)
}

// descriptorOrg reports a lower-case job title at token j that leads to a
// name: the capitalised run before it is the person's employer ("Tesla
// Motors chief executive Elon Musk", "Stellantis North America chief
// operating officer Mark Stewart").
func descriptorOrg(text string, toks []Token, j int) bool {
	title := false
	k := j
	for ; k < len(toks) && k-j < 4; k++ {
		t := toks[k]
		if t.Kind != Word || t.Upper || strings.Contains(text[toks[k-1].End:t.Start], "\n") {
			break
		}
		switch {
		case titleWords[t.Lower]:
			title = true
		case titleModifiers[t.Lower] || jobModifiers[t.Lower]:
		default:
			return false
		}
	}
	return title && k > j && k < len(toks) && toks[k].Kind == Word && toks[k].Upper && !strings.Contains(text[toks[k-1].End:toks[k].Start], "\n")
}

// jobModifiers come before the head of a corporate job title: "chief
// operating officer", "managing director".
var jobModifiers = set(`chief operating executive financial technology technical managing commercial communications
	marketing creative medical legal information investment regional country`)

// stateAbbrevs are the news abbreviations of US states ("Mo.", "Calif.").
var stateAbbrevs = set(`ala ariz ark calif colo conn fla ga ill ind kan kans ky md mass mich minn miss mo mont neb nev
	okla ore pa tenn tex vt wash wis wyo`)

// locationWords before a name say it is where something is.
var locationWords = set(`in from near at outside of to`)

// stateAt reports a state or country named at token k, after a comma that
// follows a town: a dotted state abbreviation ("Mo.", "Calif.") always;
// a full name ("Alaska", "France") only after a location word, since
// "Tadej Pogacar, Slovenia" and "Rep. Jim Smith, Ohio" name people.
func stateAt(toks []Token, k int, located bool) bool {
	t := toks[k]
	if t.Kind != Word || !t.Upper {
		return false
	}
	if stateAbbrevs[strings.TrimSuffix(t.Lower, ".")] && (strings.HasSuffix(t.Text, ".") || k+1 < len(toks) && toks[k+1].Text == ".") {
		return true
	}
	if !located {
		return false
	}
	if k+1 < len(toks) && (toks[k+1].Kind == Word && toks[k+1].Upper || toks[k+1].Kind == Poss) {
		return false // "Smith, John Doe": a longer name follows; "SunExpress, Kazakhstan's Air Astana": a list
	}
	if _, ok := Country(t.Text); ok {
		return true
	}
	return KnownPlace(t.Text) && !commonCapitalised[t.Lower]
}

func orgCuesIn(toks []Token) bool {
	for _, t := range toks {
		if orgCues[t.Lower] {
			return true
		}
	}
	return false
}

// titleStart walks left from toks[i] over title words, demonyms, country
// and organisation names and possessives ("the Defense Department's
// spokesperson", "British defence secretary") and returns the index where
// the title starts (i when there is none).
func titleStart(text string, toks []Token, i int) int {
	s := i
	sawTitle := false
	for x := i - 1; x >= 0 && i-x <= 8; x-- {
		t := toks[x]
		if t.End > toks[x+1].Start || strings.Contains(text[t.End:toks[x+1].Start], "\n") {
			break
		}
		lw := t.Lower
		switch {
		case t.Kind == Word && titleWords[lw]:
			sawTitle = true
			s = x
			continue
		case t.Kind == Poss && sawTitle:
			continue
		case t.Kind == Word && t.Upper && sawTitle && titlePart(toks, x):
			s = x
			continue
		case t.Kind == Word && t.Upper && sawTitle && x+1 < len(toks) && toks[x+1].Upper && titlePart(toks, x+1):
			s = x // "North" of "North Korean"
			continue
		case t.Kind == Word && (lw == "of" || lw == "for") && sawTitle:
			continue
		}
		break
	}
	if !sawTitle {
		return i
	}
	return s
}

// titlePart reports whether the capitalised toks[x] can be part of a
// title: a country, demonym, organisation code or cue word, or a word
// before an organisation cue word ("Defense Department").
func titlePart(toks []Token, x int) bool {
	lw := toks[x].Lower
	k := normKey(toks[x].Text)
	if _, ok := countryOf[k]; ok {
		return true
	}
	if _, ok := demonymOf[k]; ok {
		return true
	}
	if orgCode[k] || orgCues[lw] {
		return true
	}
	if x > 0 && toks[x-1].Kind == Word && toks[x-1].Upper {
		two := normKey(toks[x-1].Text + " " + toks[x].Text)
		if _, ok := demonymOf[two]; ok {
			return true
		}
		if _, ok := countryOf[two]; ok {
			return true
		}
	}
	return x+1 < len(toks) && orgCues[toks[x+1].Lower]
}

// SplitTitle splits a speaker phrase such as "US Secretary of State Antony
// Blinken" or "the Defense Department's spokesperson Sabrina Singh" into the
// role and the name ("US Secretary of State", "Antony Blinken"). A phrase
// that is only a role ("the Secretary of State") returns name "".
func SplitTitle(phrase string) (role, name string) {
	toks := Tokenize(phrase)
	// the name is the trailing run of capitalised non-title words
	k := len(toks)
	for k > 0 {
		t := toks[k-1]
		if t.Kind == Word && t.Upper && !titleWords[t.Lower] {
			k--
			continue
		}
		if t.Kind == Word && connectors[t.Text] && k < len(toks) && k-1 > 0 && toks[k-2].Upper && !titleWords[toks[k-2].Lower] {
			k--
			continue
		}
		break
	}
	if k == len(toks) {
		return trimDet(phrase), ""
	}
	name = phrase[toks[k].Start:toks[len(toks)-1].End]
	if k > 0 {
		role = trimDet(strings.TrimSpace(phrase[:toks[k].Start]))
	}
	// a phrase without any title word is a name ("the Pentagon", "NATO"),
	// and so is one whose only title words modify ("Home Depot", "General
	// Motors", not "Home Secretary")
	hasTitle := false
	for x, t := range toks[:k] {
		if (titleWords[t.Lower] || roleNouns[t.Lower]) && !titleModifiers[t.Lower] || rankGeneral(toks, x, 0, len(toks)) {
			hasTitle = true
		}
	}
	if !hasTitle {
		return "", trimDet(phrase)
	}
	// "World Health Organization": title words inside an organisation's name
	for _, t := range toks[k:] {
		if orgCues[t.Lower] {
			return "", trimDet(phrase)
		}
	}
	// "authorities in Beijing" is one phrase, not a role and a name
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if w == "in" || w == "at" || w == "from" {
			// "Health authorities in China's Inner Mongolia": a body
			// described by its place, not a role before a name
			return "", trimDet(phrase)
		}
	}
	if f := strings.Fields(role); len(f) > 0 {
		switch strings.ToLower(f[len(f)-1]) {
		case "in", "of", "at", "from", "and", "for", "to":
			return "", trimDet(phrase) // "US ambassador to Israel" is one phrase
		}
	}
	return role, name
}

// rankGeneral reports "General" at token x opening the run toks[i:j] as a
// military rank: two or more name words follow ("General Ivan Petrov"),
// where "General Motors" and "General Electric" have one.
func rankGeneral(toks []Token, x, i, j int) bool {
	if x != i || toks[x].Lower != "general" || j-x < 3 {
		return false
	}
	for y := x + 1; y < j; y++ {
		if toks[y].Kind != Word || !toks[y].Upper || titleWords[toks[y].Lower] {
			return false
		}
	}
	return true
}

// trimDet removes a leading article: "the Pentagon" → "Pentagon".
func trimDet(s string) string {
	s = strings.TrimSpace(s)
	for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, d) {
			return strings.TrimSpace(s[len(d):])
		}
	}
	return s
}

// Normalize returns the form used to compare names: folded, hyphens as
// spaces, no periods, no leading "the"; countries map to their canonical
// name ("U.S." and "USA" → "united states").
func Normalize(name string) string {
	k := normKey(name)
	if c, ok := countryOf[k]; ok {
		return normKey(c)
	}
	return bodyForm(k)
}

// bodyForm writes a government body one way: "Defense Department" and
// "Department of Defense" are "department of defense", "Interior Ministry"
// and "Ministry of the Interior" "ministry of interior", "Foreign
// Ministry" "ministry of foreign affairs". Other keys are returned as
// they are.
func bodyForm(k string) string {
	ws := strings.Fields(k)
	switch {
	case len(ws) == 2 && (ws[1] == "department" || ws[1] == "ministry") && !textproc.IsStopword("en", ws[0]):
		x := ws[0]
		if x == "foreign" {
			x = "foreign affairs"
		}
		return ws[1] + " of " + x
	case len(ws) >= 3 && (ws[0] == "department" || ws[0] == "ministry") && ws[1] == "of":
		rest := ws[2:]
		if rest[0] == "the" && len(rest) > 1 {
			rest = rest[1:]
		}
		return ws[0] + " of " + strings.Join(rest, " ")
	}
	return k
}

func normKey(s string) string {
	if k, ok := normASCII(s); ok {
		return k
	}
	s = textproc.Fold(s)
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '-' || r == ' ' || r == '\t' || r == '\n' || r == '_' || r == '–':
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	out := strings.TrimSpace(b.String())
	out = strings.TrimPrefix(out, "the ")
	return out
}

// normASCII is normKey for plain ASCII names without allocating more than
// the result; ok is false for other input.
func normASCII(s string) (string, bool) {
	var buf [64]byte
	if len(s) > len(buf) {
		return "", false
	}
	n := 0
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c == '.':
			continue
		case c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '_' || c == '\r':
			if !space {
				buf[n] = ' '
				n++
				space = true
			}
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
		space = false
	}
	for n > 0 && buf[n-1] == ' ' {
		n--
	}
	out := buf[:n]
	if len(out) >= 4 && string(out[:4]) == "the " {
		out = out[4:]
	}
	return string(out), true
}

// streetEnds close the name of a street or square, which is a place.
var streetEnds = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "lane": true, "ln": true, "drive": true, "dr": true, "square": true,
	"plaza": true, "highway": true}

// IsStreetWord reports whether the lower-case word w ends a street's name,
// written out or abbreviated ("Avenue", "Ave").
func IsStreetWord(w string) bool { return streetEnds[w] }
