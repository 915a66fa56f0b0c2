package claim

import (
	"sort"
	"strings"

	"newsdesk/internal/entity"
	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
)

// Speaker is who makes a claim, resolved within an article.
type Speaker struct {
	Name string      // fullest name the article gives: "Antony Blinken", "Pentagon", "U.S."
	Role string      // role or organisation of a person: "US Secretary of State"
	Kind entity.Kind // person, org, place or unknown
}

// registry remembers the people an article names so that later short
// references ("Blinken", "the Secretary of State", "She") resolve to them.
type registry struct {
	text          string
	persons       []person
	subjects      []subject // people named at the start of a sentence
	named         []subject // every name outside quotes that may be a person, in text order
	last          Speaker   // the last speaker resolved
	lastGroup     Speaker   // the last speaker that was not one person ("they" means it)
	lastPerson    Speaker   // the last person who spoke
	lastPersonPos int       // where lastPerson spoke
	lastOrg       Speaker   // the last organisation or country that spoke ("it said" means it)
	lastOrgPos    int
	mentions      []entity.Mention // every name, in text order: the issuers of documents ("the report said")
}

// subject is a person named at the start of a sentence, the usual
// antecedent of a later "He" or "She".
type subject struct {
	name string
	pos  int
}

type person struct {
	name, title string
	pos         int      // offset of the mention
	words       []string // folded name words
	skel        string   // skeleton of the surname
	titleWords  map[string]bool
}

// maxPersons bounds the people remembered per article.
const maxPersons = 1000

func newRegistry(text string, toks []entity.Token, ms []entity.Mention) *registry {
	r := &registry{text: text, mentions: ms}
	for _, m := range ms {
		if m.Kind != entity.Person && (m.Kind != entity.Unknown || strings.ContainsAny(m.Text, " ")) || hasAcronym(m.Text) {
			continue // "INS Mysore" names a ship or a unit, not a person
		}
		start := m.Start
		if t := m.Title; t != "" && start > len(t) && strings.HasSuffix(strings.TrimRight(text[:start], " "), t) {
			start = len(strings.TrimRight(text[:start], " ")) - len(t)
		}
		i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
		if i < len(toks) && toks[i].Start == start && entity.SentenceInitial(text, toks, i) && !headingAt(text, m.Start) {
			r.subjects = append(r.subjects, subject{name: m.Text, pos: m.Start})
			if len(r.subjects) >= maxPersons {
				break
			}
		}
	}
	qs := quoteState{text: text}
	for _, m := range ms {
		if len(r.named) >= maxPersons {
			break
		}
		if (m.Kind == entity.Person || m.Kind == entity.Unknown && !strings.ContainsAny(m.Text, " ")) && !hasAcronym(m.Text) && !qs.inQuote(m.Start) &&
			!headingAt(text, m.Start) {
			r.named = append(r.named, subject{name: m.Text, pos: m.Start})
		}
	}
	seen := map[[2]string]person{} // the same name and title are analysed once
	for _, m := range ms {
		if m.Kind != entity.Person || shipName(m.Text) && m.Title == "" {
			continue // "INS Tabar" names a ship
		}
		if m.Title == "" && headingAt(text, m.Start) {
			continue // "The Caribbean and Canada Winner": a crosshead
		}
		if p, ok := seen[[2]string{m.Text, m.Title}]; ok {
			p.pos = m.Start
			r.persons = append(r.persons, p)
			continue
		}
		words := strings.Fields(entity.Normalize(m.Text))
		if len(words) < 2 && m.Title == "" {
			continue
		}
		if len(words) == 2 && m.Title == "" && len(words[0]) >= 6 && strings.HasSuffix(words[0], "ing") {
			continue // "Hosting Cook at Dreamforce": a verb at the start of a sentence, then the name
		}
		title := m.Title
		if title == "" {
			title = appositiveRole(text, m.Start) // "La ministra de Sanidad, Trinidad Jiménez, informó"
		}
		p := person{name: m.Text, title: title, pos: m.Start, words: words, titleWords: keyWords(title)}
		if len(words) > 0 {
			p.skel = entity.Skeleton(words[len(words)-1])
		}
		seen[[2]string{m.Text, m.Title}] = p
		r.persons = append(r.persons, p)
		if len(r.persons) >= maxPersons {
			break
		}
	}
	return r
}

// appositiveRole returns the role a name is set in apposition to, when
// the text before it ends in a role and a comma: "Andhra Pradesh's
// disaster management minister, K. Ramana Rao", "La ministra de Sanidad,
// Trinidad Jiménez", "le ministre de l'Intérieur, Bernard Cazeneuve";
// "" otherwise. A later "the minister" or "la ministra" means that person.
func appositiveRole(text string, start int) string {
	before := text[max(0, start-80):start]
	if !strings.HasSuffix(before, ", ") {
		return ""
	}
	before = before[:len(before)-2]
	if i := strings.LastIndexAny(before, ".,;:!?\n\"“”«»("); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0; k-- {
		// "según anunció ayer el alcalde": the role starts after the verb
		w := strings.ToLower(ws[k])
		if _, verb := speechVerbs[w]; verb || foreignAccording[w] || romanceToday[w] || timex.IsRomanceCalendarWord(w) {
			ws = ws[k+1:]
			break
		}
	}
	t := -1 // the last title word ("met the ambassador, John Smith": not "Finance Minister … met")
	for k, w := range ws {
		if entity.IsTitleWord(strings.ToLower(strings.Trim(w, "'’"))) {
			t = k
		}
	}
	if t < 0 {
		return ""
	}
	for _, w := range ws[t+1:] {
		// after the title only the body it serves: "ministra de Sanidad",
		// "minister for Energy" (not "Minister Jane Roe met the ambassador")
		if lw := strings.ToLower(w); w == lw && !roleLinks[lw] && !strings.ContainsAny(w, "'’") {
			return ""
		}
	}
	// the role starts at its article ("a déclaré à l'AFP le ministre de
	// l'Intérieur")
	from := t
	for from > 0 {
		from--
		if roleArticles[strings.ToLower(ws[from])] {
			break
		}
	}
	if ws = ws[from:]; len(ws) > 7 {
		return ""
	}
	return strings.Join(ws, " ")
}

// roleLinks join a title to the body it serves.
var roleLinks = map[string]bool{"of": true, "for": true, "the": true, "and": true, "de": true, "del": true, "la": true,
	"las": true, "los": true, "du": true, "des": true, "der": true, "für": true, "et": true, "y": true, "von": true,
	"und": true, "aux": true, "al": true, "à": true}

// roleArticles open a role phrase.
var roleArticles = map[string]bool{"the": true, "le": true, "la": true, "el": true, "der": true, "die": true, "das": true}

// headingAt reports whether the line holding offset pos is a crosshead: a
// short line of its own, without a sentence's end ("The Caribbean and
// Canada Winner"). A name in it is no antecedent for a later "she".
func headingAt(text string, pos int) bool {
	if pos < 0 || pos >= len(text) {
		return false
	}
	from := strings.LastIndexByte(text[max(0, pos-80):pos], '\n')
	if from < 0 {
		if pos > 80 {
			return false
		}
		from = 0
	} else {
		from += max(0, pos-80) + 1
	}
	to := strings.IndexByte(text[pos:min(len(text), pos+80)], '\n')
	if to < 0 {
		if len(text)-pos > 80 {
			return false
		}
		to = len(text)
	} else {
		to += pos
	}
	line := strings.TrimSpace(text[from:to])
	if len(line) > 70 || len(strings.Fields(line)) > 8 {
		return false
	}
	return !strings.ContainsAny(line[len(line)-1:], ".!?:;\"”’)")
}

// keyWords returns the folded title words of a role, without articles and
// country words ("the US Secretary of State" → secretary, state).
func keyWords(role string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(textproc.Fold(role)) {
		w = strings.Trim(w, ".,'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if entity.IsTitleWord(w) {
			m[w] = true
		}
	}
	return m
}

// find returns the person that matches, preferring the latest mention at
// or before pos; ok is false when none or several different people match.
func (r *registry) find(pos int, match func(p *person) bool) (person, bool) {
	best := -1
	for i := range r.persons {
		p := &r.persons[i]
		if !match(p) {
			continue
		}
		switch {
		case best < 0:
			best = i
		case p.pos <= pos && (r.persons[best].pos > pos || p.pos > r.persons[best].pos):
			best = i
		}
	}
	if best < 0 {
		return person{}, false
	}
	b := r.persons[best]
	// prefer the fullest form of the same person
	for _, p := range r.persons {
		if p.skel == b.skel && len(p.words) > len(b.words) && p.words[0] == b.words[0] {
			b.name, b.words = p.name, p.words
		}
		if p.skel == b.skel && len(p.title) > len(b.title) && p.words[0] == b.words[0] {
			b.title = p.title
		}
	}
	return b, true
}

// resolve turns a speaker phrase at offset pos into a Speaker.
// foreignPronouns are French and Spanish subject pronouns with the
// English one they resolve as. German ones are left out: over the test
// pages "sagte er" named the wrong person as often as the right one
// (the German text between a name and "er" holds capitalised nouns the
// resolver takes for names).
var foreignPronouns = map[string]string{"il": "he", "él": "he", "elle": "she", "ella": "she",
	"ils": "they", "elles": "they", "ellos": "they", "ellas": "they"}

func (r *registry) resolve(phrase string, pos int) Speaker {
	s := r.resolve1(strings.TrimRight(phrase, " ,;:"), pos) // ("the New England Journal of Medicine," before "found")
	if s.Name != "" {
		r.last = s
		if s.Kind == entity.Person {
			r.lastPerson, r.lastPersonPos = s, pos
		} else {
			r.lastGroup = s
			if c := s.Name[0]; (s.Kind == entity.Org || s.Kind == entity.Place || hasOrgCue(s.Name) || c >= 'A' && c <= 'Z') && !pluralHead(s.Name) {
				r.lastOrg, r.lastOrgPos = s, pos
			}
		}
	}
	return s
}

func (r *registry) resolve1(phrase string, pos int) Speaker {
	lw := strings.ToLower(strings.TrimSpace(phrase))
	if en, ok := foreignPronouns[lw]; ok {
		lw = en // "Er sagte", "Il a déclaré", "Él dijo": resolved as he
	}
	switch lw {
	case "he", "she", "him", "her":
		// a person named in an earlier sentence than the pronoun, after
		// the last speaker and in a later sentence than the last subject:
		// "A big reason was Quinn, who ... "...," he said." (But not
		// "Montell Figgins, who represents Thomas, said ... He said"; nor
		// a name in the last speaker's own sentence.)
		k := sort.Search(len(r.subjects), func(k int) bool { return r.subjects[k].pos >= pos })
		after := r.lastPersonPos
		if r.lastPerson.Name == "" {
			after = -1
		}
		// (names of bodies in between are passed over: "Leo Varadkar made
		// a strong claim on RTE that NPHET had no answers. He said")
		// the ends of the first sentence breaks after the last speaker and
		// after the last subject, found once (not per candidate)
		afterBreak, subjectBreak := -1, -1
		if after >= 0 {
			afterBreak = breakEnd(r.text, after, pos)
			if afterBreak >= 0 && afterBreak <= pos && r.pronounChain(afterBreak, pos, lw) {
				// "…, she added. She also fended off an attack from X
				// comparing her to Dick Cheney. "…," she said": a sentence
				// since the last speaker opened on the same pronoun, so
				// the pronoun still means the last speaker
				return r.lastPerson
			}
		}
		if k > 0 {
			subjectBreak = breakEnd(r.text, r.subjects[k-1].pos, pos)
		}
		for j := sort.Search(len(r.named), func(j int) bool { return r.named[j].pos >= pos }) - 1; j >= 0; j-- {
			n := r.named[j]
			if n.pos <= after || pos-n.pos > 400 {
				break
			}
			if !sentenceBreak(r.text, n.pos, pos) || after >= 0 && (afterBreak < 0 || afterBreak > n.pos) ||
				k > 0 && !(r.subjects[k-1].pos < n.pos && subjectBreak >= 0 && subjectBreak <= n.pos) {
				continue
			}
			s := r.resolve1(n.name, n.pos)
			if s.Kind == entity.Person && len(strings.Fields(s.Name)) >= 2 {
				return s
			}
			if s.Kind == entity.Person {
				break // a one-word person ends the search as before
			}
		}
		// the person named as a subject since the last speaker, if any
		if k > 0 && (r.lastPerson.Name == "" || r.subjects[k-1].pos > r.lastPersonPos) {
			sub := r.subjects[k-1]
			if s := r.resolve1(sub.name, sub.pos); s.Kind == entity.Person {
				return s
			} else if s.Kind == entity.Unknown && s.Name == sub.name && !strings.ContainsAny(sub.name, " -") && pos-sub.pos < 300 &&
				!strings.Contains(r.text[sub.pos:pos], "\n") && sentenceBreak(r.text, sub.pos, pos) {
				// "Sagufta from Fiji turns waste into furniture. She says
				// …": a single name opening the sentence before, in the
				// same paragraph, is the person the pronoun means
				s.Kind = entity.Person
				return s
			}
		}
		if r.lastPerson.Name == "" {
			// nobody has spoken yet: the last person named
			if p, ok := r.find(pos, func(p *person) bool { return p.pos < pos && len(p.words) >= 2 }); ok && p.pos < pos {
				return Speaker{Name: p.name, Role: p.title, Kind: entity.Person}
			}
		}
		return r.lastPerson
	case "they", "them":
		return r.lastGroup // one person is never "they"
	case "it":
		// "Microsoft estimated ... Additionally, it said": the body that
		// spoke a sentence or two before; but a body that opened a later
		// sentence of the same paragraph comes first ("Acme Corp posted
		// a loss of $5m. Revenue fell 10 percent, it said.")
		opener, openerPos := Speaker{}, -1
		if m, ok := r.orgMentionBefore(pos, 400, func(m entity.Mention) bool {
			return (sentenceOpens(r.text, m.Start) || m.Start >= 4 && r.text[m.Start-4:m.Start] == "The " && sentenceOpens(r.text, m.Start-4)) &&
				!strings.Contains(r.text[m.Start:pos], "\n") && sentenceBreak(r.text, m.Start, pos)
		}); ok {
			opener, openerPos = Speaker{Name: m.Text, Kind: entity.Org}, m.Start
		}
		if r.lastOrg.Name != "" && pos > r.lastOrgPos && pos-r.lastOrgPos <= 400 && sentenceBreak(r.text, r.lastOrgPos, pos) && r.lastOrgPos >= openerPos {
			return r.lastOrg
		}
		if openerPos >= 0 {
			return opener
		}
		return Speaker{}
	}
	if n, ok := strings.CutPrefix(lw, "the "); ok && issuedNouns[n] {
		// "The report said": whoever the article said issued it, else the
		// document itself ("the paper states")
		if sp := r.issuer(n, pos); sp.Name != "" || !selfSpeaking[n] {
			return sp
		}
		return Speaker{Name: "the " + n, Kind: entity.Org}
	}
	if f := strings.Fields(lw); len(f) >= 1 && orgHeads[f[len(f)-1]] && (f[0] == "the" || len(f) == 1) {
		// "The company said", "the Brenmark top-flight club announced": the
		// body the article named before
		if sp := r.orgBefore(pos); sp.Name != "" {
			return sp
		}
		if sp := r.orgNear(pos); sp.Name != "" && (len(f) == 1 || len(f) == 2 && f[0] == "the") {
			return sp // "Shares in the lender Carrick & Lowe plunged … The company said" (but "the central bank" is a body of its own)
		}
	}
	if f := strings.Fields(lw); len(f) >= 1 && len(f) <= 3 && bodyHeads[f[len(f)-1]] && (f[0] == "the" || len(f) == 1) {
		// "the agency said": the body named before whose name holds the
		// word ("the Castavel Civil Protection Agency")
		if sp := r.namedBody(f[len(f)-1], pos); sp.Name != "" {
			return sp
		}
		if sp := r.orgNear(pos); sp.Name != "" && govBody(sp.Name) && (f[len(f)-1] == "agency" || f[len(f)-1] == "regulator") {
			return sp // "The Transportation Security Administration screened …, the agency said"
		}
	}
	if orgOfPhrase(phrase) {
		return Speaker{Name: strings.TrimPrefix(strings.TrimSpace(phrase), "the "), Kind: entity.Org}
	}
	role, name := entity.SplitTitle(phrase)
	if f := strings.Fields(role); name != "" && len(f) > 1 && !strings.Contains(name, " ") {
		switch f[len(f)-1] {
		case "du", "de", "des", "del", "of", "der":
			// "Bureau fédéral du Plan", "Office of Management": a body's
			// name, not a role before a person's
			return Speaker{Name: strings.TrimPrefix(strings.TrimSpace(phrase), "the "), Kind: entity.Org}
		}
	}
	if name == "" {
		// an organisation written with title words ("the US Department of Defense")
		if hasOrgCue(role) {
			return Speaker{Name: role, Kind: entity.Org}
		}
		// a role alone: the person the article gave that role to (a
		// plural head, "President Trump's advisers", names a group)
		kw := keyWords(role)
		// the role's head must be a title too: "a health economist" is not
		// the health minister
		if f := strings.Fields(textproc.Fold(role)); len(f) > 0 && !kw[strings.Trim(f[len(f)-1], ".,'’")] {
			kw = nil
		}
		if len(kw) > 0 && !pluralHead(role) {
			if p, ok := r.find(pos, func(p *person) bool {
				if p.pos > pos {
					return false // a role points back to someone named before it
				}
				for w := range kw {
					if !p.titleWords[w] {
						return false
					}
				}
				return len(p.words) >= 2
			}); ok {
				return Speaker{Name: p.name, Role: p.title, Kind: entity.Person}
			}
		}
		return Speaker{Name: role}
	}
	if _, ok := entity.Country(name); ok && role == "" || role == "" && strings.Contains(name, " ") && entity.KnownPlace(name) {
		return Speaker{Name: name, Kind: entity.Place} // "Ukraine", "New York"
	}
	if hasOrgCue(name) || isCaps(name) && role == "" {
		return Speaker{Name: name, Role: role, Kind: entity.Org}
	}
	words := strings.Fields(entity.Normalize(name))
	if len(words) == 0 {
		return Speaker{}
	}
	last := words[len(words)-1]
	skel := entity.Skeleton(last)
	p, ok := r.find(pos, func(p *person) bool {
		if len(p.words) == 0 {
			return false
		}
		pl := p.words[len(p.words)-1]
		if pl != last && (len(skel) < 4 || p.skel != skel) {
			return false
		}
		return len(words) == 1 || p.words[0] == words[0]
	})
	if ok {
		s := Speaker{Name: p.name, Role: p.title, Kind: entity.Person}
		if s.Role == "" {
			s.Role = role
		}
		if len(strings.Fields(name)) > len(strings.Fields(s.Name)) {
			s.Name = name
		}
		return s
	}
	if len(words) == 1 && role == "" {
		return Speaker{Name: name}
	}
	return Speaker{Name: name, Role: role, Kind: entity.Person}
}

// orgOfPhrase reports a body named as "Office for National Statistics",
// "Bureau of Labor Statistics", "Ministry of Defence": capitalised words
// opening with an organisation word and a connector, with no person's
// title after it.
func orgOfPhrase(phrase string) bool {
	f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(phrase), "the "))
	if len(f) < 3 || !entity.IsOrgCue(strings.ToLower(f[0])) || !isUpperWord(f[0]) {
		return false
	}
	if c := strings.ToLower(f[1]); c != "for" && c != "of" && c != "on" {
		return false
	}
	for _, w := range f[2:] {
		lw := strings.ToLower(w)
		if lw == "the" || lw == "and" || lw == "of" || lw == "for" || lw == "on" {
			continue
		}
		if !isUpperWord(w) || entity.IsTitleWord(lw) && !entity.IsOrgCue(lw) && !entity.IsTitleModifier(lw) {
			return false
		}
	}
	return true
}

// shipName reports a ship's name by its prefix: "INS Tabar", "USS Cole",
// "MV Gibe".
func shipName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	switch first {
	case "INS", "USS", "HMS", "MV", "MS", "SS", "RMS", "HMAS", "HMCS", "PNS", "BNS", "USNS", "M/V", "M/S":
		return true
	}
	return false
}

// pluralHead reports whether the last word of a phrase is a plural noun
// ("advisers", "officials").
func pluralHead(phrase string) bool {
	f := strings.Fields(strings.ToLower(phrase))
	if len(f) == 0 {
		return false
	}
	last := strings.Fields(phrase)[len(f)-1]
	if last != strings.ToLower(last) {
		return false // "Minister for Foreign Affairs": a name, not a plural
	}
	w := strings.Trim(f[len(f)-1], ".,;:")
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

func hasOrgCue(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if entity.IsOrgCue(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) {
			return true
		}
	}
	return false
}

func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '-' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// hasAcronym reports whether s opens with a word in capitals ("INS
// Mysore", "CBSN Boston"): a ship, a unit or a channel, not a person.
func hasAcronym(s string) bool {
	// the first word in capitals, three letters or more: "INS Mysore", "USS
	// Cole"; not initials ("CJ Stroud") nor a generation ("Robert Griffin III")
	first, _, _ := strings.Cut(s, " ")
	return len(first) >= 3 && isCaps(first) || shipName(s)
}

// quoteState tells whether offsets, asked for in increasing order, lie
// inside a double quotation on their line (an odd number of quote marks
// between the line start and the offset). It scans the text once.
type quoteState struct {
	text string
	pos  int // scanned up to here
	odd  bool
}

func (q *quoteState) inQuote(pos int) bool {
	if pos < q.pos || pos > len(q.text) {
		return false // out of order: treat as outside
	}
	for _, r := range q.text[q.pos:pos] {
		switch r {
		case '\n':
			q.odd = false
		case '"', '“', '”':
			q.odd = !q.odd
		}
	}
	q.pos = pos
	return q.odd
}

// breakEnd returns the end of the first sentence break in text[a:b], as
// sentenceBreak reads them, or -1: sentenceBreak(text, a, c) holds for
// every c >= breakEnd(text, a, b) up to b.
func breakEnd(text string, a, b int) int {
	if a < 0 || b > len(text) || a >= b {
		return -1
	}
	best := -1
	for _, m := range []string{"\n", ". ", "? ", "! ", ".\" ", ".” "} {
		if i := strings.Index(text[a:b], m); i >= 0 && (best < 0 || a+i+len(m) < best) {
			best = a + i + len(m)
		}
	}
	return best
}

// sentenceBreak reports whether a sentence ends between offsets a and b.
func sentenceBreak(text string, a, b int) bool {
	return breakEnd(text, a, b) >= 0
}

// knownPersonWord reports whether the folded word w is part of the name of
// a person the article names ("Wayne" after "Reggie Wayne").
func (r *registry) knownPersonWord(w string) bool {
	for i := range r.persons {
		for _, pw := range r.persons[i].words {
			if pw == w {
				return true
			}
		}
	}
	return false
}

// issuedNouns are documents that "the report said" lets speak for whoever
// issued them.
var issuedNouns = set(`report study survey audit review assessment analysis statement inquiry investigation minutes paper research poll`)

// selfSpeaking are the issued documents that speak for themselves when
// the article names no issuer ("the study found"); a statement or the
// minutes are always someone's, and "the paper" is as often a newspaper.
var selfSpeaking = set(`report study survey audit review assessment analysis inquiry investigation research poll`)

// issuerSkips may stand between an issuer's name and its document: "Open
// Hands' latest annual report".
var issuerSkips = set(`latest new annual own final preliminary interim quarterly monthly weekly special full first second
	third recent previous confidential internal independent joint draft official`)

// issuerVerbs put out a document: "Human Rights Watch published a report".
var issuerVerbs = set(`published publishes released releases issued issues produced produces compiled compiles commissioned
	commissions presented presents`)

// issuer finds who issued the document "the NOUN" at pos refers to: the
// last mention of the noun in the 2,500 bytes before it that names its
// issuer, as "the Open Hands report", "a UN report", "Amnesty's latest
// report", "a report by Human Rights Watch" or "Human Rights Watch
// published a report". With none it returns no speaker: "the report said"
// alone names no one.
func (r *registry) issuer(noun string, pos int) Speaker {
	lo := max(0, pos-2500)
	seg := textproc.LowerASCII(r.text[lo:pos]) // byte for byte, so that offsets hold
	for end := len(seg); end > 0; {
		k := strings.LastIndex(seg[:end], noun)
		if k < 0 {
			break
		}
		end = k
		o := lo + k
		if o > 0 && isLetter(r.text[o-1]) || o+len(noun) < len(r.text) && isLetter(r.text[o+len(noun)]) && r.text[o+len(noun)] != 's' {
			continue // inside another word
		}
		if sp, ok := r.issuerAt(o, o+len(noun)); ok {
			return sp
		}
	}
	return Speaker{}
}

// issuerAt reads the issuer of the document named at text[o:e].
func (r *registry) issuerAt(o, e int) (Speaker, bool) {
	// before it: "the Open Hands report", "Amnesty's latest report"
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= o }) - 1
	if i >= 0 && r.mentions[i].End > o {
		// the document's own name: "the Emergency Situation Report", "the
		// UNHCR Situation Report"; it speaks for itself
		if m := r.mentions[i]; m.End >= e {
			return Speaker{Name: m.Text, Kind: entity.Org}, true
		}
		return Speaker{}, false
	}
	if i >= 0 {
		m := r.mentions[i]
		gap := strings.Fields(strings.NewReplacer("'s", " ", "’s", " ", "'", " ", "’", " ").Replace(r.text[m.End:o]))
		ok := o-m.End <= 40 && len(gap) <= 2
		for _, w := range gap {
			ok = ok && issuerSkips[strings.ToLower(w)]
		}
		if ok {
			return mentionSpeaker(m), true
		}
		// "Human Rights Watch published a report": the subject of a verb that puts it out
		if between := strings.Fields(strings.ToLower(r.text[m.End:o])); o-m.End <= 60 && len(between) >= 2 && len(between) <= 4 &&
			issuerVerbs[between[0]] && (between[1] == "a" || between[1] == "an" || between[1] == "its" || between[1] == "their") {
			skips := true
			for _, w := range between[2:] {
				skips = skips && issuerSkips[w]
			}
			if skips {
				return mentionSpeaker(m), true
			}
		}
	}
	// after it, through a verb that put it out: "a survey published on
	// Wednesday by mortgage lender Harwood & Sayle"
	if long := r.text[e:min(len(r.text), e+100)]; strings.HasPrefix(long, " published ") || strings.HasPrefix(long, " released ") ||
		strings.HasPrefix(long, " issued ") || strings.HasPrefix(long, " conducted ") || strings.HasPrefix(long, " commissioned ") ||
		strings.HasPrefix(long, " compiled ") {
		if k := strings.Index(long, " by "); k > 0 && k < 50 && !strings.ContainsAny(long[:k], ",;.") {
			at := e + k + 4
			j := sort.Search(len(r.mentions), func(j int) bool { return r.mentions[j].Start >= at })
			if j < len(r.mentions) && r.mentions[j].Start-at <= 40 && !strings.ContainsAny(r.text[at:r.mentions[j].Start], ",;.") {
				return mentionSpeaker(r.mentions[j]), true
			}
		}
	}
	// after it: "a report by Human Rights Watch", "a study from the UN"
	rest := r.text[e:min(len(r.text), e+40)]
	for _, p := range []string{" by the ", " from the ", " of the ", " by ", " from ", " of ", " published by the ", " published by ", " released by the ", " released by "} {
		if strings.HasPrefix(rest, p) {
			at := e + len(p)
			j := sort.Search(len(r.mentions), func(j int) bool { return r.mentions[j].Start >= at })
			if j < len(r.mentions) && r.mentions[j].Start == at {
				return mentionSpeaker(r.mentions[j]), true
			}
			break
		}
	}
	return Speaker{}, false
}

// mentionSpeaker is the speaker an entity mention names.
func mentionSpeaker(m entity.Mention) Speaker {
	k := m.Kind
	if k == entity.Unknown || k == entity.Place && !strings.Contains(m.Text, " ") && hasOrgCue(m.Text) {
		k = entity.Org
	}
	return Speaker{Name: m.Text, Role: m.Title, Kind: k}
}

// pronounChain reports whether a sentence in text[from:to] opens on the
// pronoun p ("he" or "she") before any name that may be a person: the
// pronoun then goes on meaning the last speaker ("…, she added. She also
// fended off an attack from X comparing her to Dick Cheney"), not a
// person named later ("Tommy, who …, retired early. He never earned").
func (r *registry) pronounChain(from, to int, p string) bool {
	seg := r.text[from:to]
	w := strings.ToUpper(p[:1]) + p[1:] + " "
	first := -1
	for i := 0; first < 0; {
		k := strings.Index(seg[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if k == 0 || k >= 2 && (seg[k-1] == ' ' && strings.ContainsRune(".!?", rune(seg[k-2])) || seg[k-1] == '\n') {
			first = from + k
		}
		i = k + len(w)
	}
	j := sort.Search(len(r.named), func(j int) bool { return r.named[j].pos >= from })
	if j < len(r.named) && r.named[j].pos < first {
		return false // a person named before the pronoun's sentence takes it
	}
	// a full name introduced after that sentence ("She then introduced Dr.
	// Jane Doe, who runs the hospital") is a new candidate too
	for ; j < len(r.named) && r.named[j].pos < to; j++ {
		n := r.named[j]
		if strings.Contains(n.name, " ") && introduced(r.text[n.pos+len(n.name):min(len(r.text), n.pos+len(n.name)+8)]) {
			return false
		}
	}
	return true
}

// introduced reports text right after a name that introduces its bearer:
// ", who", ", a", ", the".
func introduced(after string) bool {
	return strings.HasPrefix(after, ", who") || strings.HasPrefix(after, ", a ") || strings.HasPrefix(after, ", an ") ||
		strings.HasPrefix(after, ", the ")
}

// orgHeads are nouns that stand for a body named before them: "the
// company", "the club", "the German carmaker".
var orgHeads = set(`company firm group club carmaker automaker retailer airline insurer lender bank miner maker
	manufacturer producer operator utility exporter brewer chain supermarket conglomerate startup team side
	carrier distributor supplier provider developer`)

// orgBefore returns the body the article means by "the company" at pos:
// the last organisation that spoke within 600 bytes, else the last
// organisation opening a sentence there ("Kestrel Rovers have signed …,
// the club announced"); an organisation named inside a sentence ("a
// chain of 30 newspapers including the Miami Herald") is no antecedent.
func (r *registry) orgBefore(pos int) Speaker {
	if r.lastOrg.Name != "" && r.lastOrgPos < pos && pos-r.lastOrgPos <= 600 && r.lastOrg.Kind != entity.Place && !newsOutlet(r.lastOrg.Name) {
		return r.lastOrg
	}
	if m, ok := r.orgMentionBefore(pos, 600, func(m entity.Mention) bool { return sentenceOpens(r.text, m.Start) }); ok {
		return Speaker{Name: m.Text, Kind: entity.Org}
	}
	return Speaker{}
}

// orgNear returns the nearest organisation named before pos, within 300
// bytes, that is no news outlet: what "the company"
// or "the agency" means when no body spoke or opened a sentence before.
func (r *registry) orgNear(pos int) Speaker {
	// ("Velarix Systems, Inc. (NASDAQ: VLRX)": the name, not its suffix or
	// ticker; "fined by UEFA": not the subject)
	if m, ok := r.orgMentionBefore(pos, 300, func(m entity.Mention) bool {
		return !corpSuffixes[strings.ToLower(strings.TrimSuffix(m.Text, "."))] &&
			!(m.Start >= 2 && (r.text[m.Start-1] == '(' || r.text[m.Start-2:m.Start] == ": ")) && !objectBefore(r.text, m.Start)
	}); ok {
		return Speaker{Name: m.Text, Kind: entity.Org}
	}
	return Speaker{}
}

// orgMentionBefore returns the nearest organisation named before pos,
// within span bytes, that is no news outlet and that ok accepts.
func (r *registry) orgMentionBefore(pos, span int, ok func(m entity.Mention) bool) (entity.Mention, bool) {
	j := sort.Search(len(r.mentions), func(j int) bool { return r.mentions[j].Start >= pos }) - 1
	for ; j >= 0 && pos-r.mentions[j].Start <= span; j-- {
		if m := r.mentions[j]; m.Kind == entity.Org && !newsOutlet(m.Text) && ok(m) {
			return m, true
		}
	}
	return entity.Mention{}, false
}

// objectBefore reports a preposition just before offset at that makes
// the name there an agent or an object: "fined £49m by UEFA".
func objectBefore(text string, at int) bool {
	b := strings.TrimRight(text[max(0, at-12):at], " ")
	b = strings.TrimSuffix(b, " the")
	for _, w := range []string{" by", " with", " against", " from", " to", " for"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// govBody reports a name that ends in a word for a public body: what "the
// agency" may mean when the name does not hold "Agency".
func govBody(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	switch f[len(f)-1] {
	case "administration", "agency", "authority", "service", "commission", "bureau", "office", "department",
		"board", "directorate", "council", "institute", "ministry":
		return true
	}
	return false
}

// newsOutlet reports a news agency or outlet: the wire that credits a
// report ("…, Reuters reported") is never the company it reports on.
func newsOutlet(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "reuters", "bloomberg", "ap", "afp", "associated press", "agence france-presse", "xinhua", "tass", "interfax",
		"ria novosti", "dpa", "efe", "ansa", "kyodo", "yonhap", "bbc", "cnn", "upi", "pti", "anadolu":
		return true
	}
	f := strings.Fields(n)
	switch f[len(f)-1] {
	case "news", "times", "post", "journal", "herald", "tribune", "gazette", "press", "television", "radio", "telegraph",
		"guardian", "newswire", "wire", "star", "chronicle", "inquirer", "examiner", "observer", "courier", "bulletin":
		return true
	}
	for _, w := range f[:len(f)-1] {
		if w == "herald" || w == "times" || w == "journal" || w == "gazette" || w == "tribune" {
			return true // "Miami Herald and Kansas City Star"
		}
	}
	return false
}

// sentenceOpens reports whether offset at starts a sentence or a line.
func sentenceOpens(text string, at int) bool {
	b := strings.TrimRight(text[max(0, at-3):at], " ")
	return at == 0 || b == "" && at < 3 || strings.HasSuffix(b, ".") || strings.HasSuffix(b, "\n") || strings.HasSuffix(b, "!") ||
		strings.HasSuffix(b, "?")
}

// bodyHeads are institutions that "the agency said" refers to by the word
// their name holds.
var bodyHeads = set(`agency ministry department authority council commission office regulator union court service
	institute board bureau directorate`)

// namedBody returns the organisation named within 1,500 bytes before pos
// whose name holds head ("Civil Protection Agency" for "the agency"), the
// nearest first; or no speaker.
func (r *registry) namedBody(head string, pos int) Speaker {
	j := sort.Search(len(r.mentions), func(j int) bool { return r.mentions[j].Start >= pos }) - 1
	for ; j >= 0 && pos-r.mentions[j].Start <= 1500; j-- {
		m := r.mentions[j]
		if m.Kind != entity.Org {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(m.Text)) {
			if strings.TrimRight(w, "'’s") == head || w == head {
				return Speaker{Name: m.Text, Kind: entity.Org}
			}
		}
	}
	return Speaker{}
}
