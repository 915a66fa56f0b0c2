package quantity

import (
	"math"
	"strings"
	"sync"

	"newsdesk/internal/textproc"
)

// Find returns all quantities in text, in order of their start offset. It
// never panics and never returns infinite or NaN values.
func Find(text string) []Quantity { return FindLang(text, "") }

// FindLang is Find for text in a known language (an ISO 639-1 code, ""
// when unknown). German ("de") has its own number words, counted nouns,
// clock times, ages and years (german.go); any other code reads as
// English; French ("fr") and Spanish ("es") number words are read as
// their English equals.
func FindLang(text, lang string) []Quantity { return FindStyled(text, lang, DocStyle(text, lang)) }

// FindStyled is FindLang for a part of a document whose style of writing
// figures was read from the whole of it (DocStyle).
func FindStyled(text, lang string, st Style) []Quantity {
	p := parser{text: text, multiLine: strings.IndexByte(text, '\n') >= 0, de: lang == "de", fr: lang == "fr", ro: lang == "fr" || lang == "es",
		decComma: decimalComma[lang], commaThou: st.CommaThousands, dollar: st.Dollar}
	buf := getTokens()
	p.t = tokenize(text, buf)
	defer putTokens(p.t)
	switch lang {
	case "de":
		p.t = compound(p.t, lang)
		germanize(p.t)
	case "fr":
		p.t = scaleAndAHalf(compound(perCent(splitElision(p.t), "pour", "cent"), lang), frenchAtoms)
		romanize(p.t, frenchWords)
		translate(p.t, frenchFunction)
		oneOfEvery(p.t)
	case "es":
		p.t = scaleAndAHalf(compound(perCent(spanishArticles(p.t), "por", "ciento"), lang), spanishAtoms)
		romanize(p.t, spanishWords)
	}
	nums := 0
	for i := range p.t {
		if p.t[i].kind == kNum {
			nums++
		}
	}
	p.vals = make([]float64, 0, 2*nums+4)
	out := make([]Quantity, 0, nums/2+1)
	for i := 0; i < len(p.t); {
		p.anaphor = false
		q, next, ok := p.parseAt(i)
		if ok {
			// "10,000 soldiers ..., with 8,000 of them in Kursk": "them" are
			// the soldiers counted just before.
			if p.anaphor && q.Counted == "" && len(out) > 0 {
				prev := out[len(out)-1]
				if prev.Counted != "" && prev.Unit == q.Unit && q.Start-prev.End < 300 && !strings.ContainsAny(text[prev.End:q.Start], "\n") &&
					!durationUnits[lower(prev.Counted)] && !distanceUnits[lower(prev.Counted)] {
					q.Counted, q.CountedStart, q.CountedEnd = prev.Counted, prev.CountedStart, prev.CountedEnd
				}
			}
			if len(out) > 0 {
				inheritQualifier(text, out[len(out)-1], &q)
			}
			out = append(out, q)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	shareNouns(text, out)
	return out
}

// shareNouns lets a count with no noun take the noun of its neighbour
// where the text leaves the noun out: the start of a change ("rose from 43
// to 66 per 100,000 people"), the part after its whole ("Of the 281
// available beds, 243 are taken"), a gapped clause ("Spain has 157,000
// cases and Italy 143,600,") and a compared figure ("44,947 megawatts,
// much lower than the 46,797 he saw").
func shareNouns(text string, qs []Quantity) {
	for k := 0; k+1 < len(qs); k++ {
		a, b := &qs[k], &qs[k+1]
		if a.Unit != b.Unit || a.End > b.Start {
			continue
		}
		switch {
		case a.Counted == "" && b.Counted != "" && changePair(text, *a, *b):
			a.Counted, a.CountedStart, a.CountedEnd = b.Counted, b.CountedStart, b.CountedEnd
		case b.Counted == "" && a.Counted != "" && a.CountedEnd <= b.Start &&
			(partPair(text, *a, *b) || gappedPair(text, *a, *b) || comparedPair(text, *a, *b)):
			b.Counted, b.CountedStart, b.CountedEnd = a.Counted, a.CountedStart, a.CountedEnd
		}
	}
}

// changePair: "from A to B".
func changePair(text string, a, b Quantity) bool {
	return b.Start-a.End <= 6 && strings.TrimSpace(text[a.End:b.Start]) == "to" &&
		strings.HasSuffix(strings.ToLower(strings.TrimRight(text[max(0, a.Start-6):a.Start], " ")), "from")
}

// partPair: a sentence that opens on the whole, "Of the N NOUN, M" (not
// "one of the 33 miners, 54,", which gives an age).
func partPair(text string, a, b Quantity) bool {
	if a.Unit != "" || b.Start-a.CountedEnd > 2 || strings.Trim(text[a.CountedEnd:b.Start], ", ") != "" {
		return false
	}
	before := text[max(0, a.Start-9):a.Start]
	return strings.HasSuffix(before, "Of the ") || strings.HasSuffix(before, "Of those ")
}

// gappedPair: "N NOUN and NAME M" ending its clause, the verb and the noun
// left out.
func gappedPair(text string, a, b Quantity) bool {
	if b.Start-a.CountedEnd > 40 {
		return false
	}
	name, ok := strings.CutPrefix(text[a.CountedEnd:b.Start], " and ")
	if !ok {
		return false
	}
	words := strings.Fields(strings.TrimPrefix(strings.TrimSpace(name), "the "))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	after := strings.TrimLeft(text[b.End:min(b.End+3, len(text))], " ")
	return after == "" || strings.ContainsAny(after[:1], ",.;")
}

// comparedPair: "than the N" or "from the N" followed by a pronoun.
func comparedPair(text string, a, b Quantity) bool {
	if b.Start-a.CountedEnd > 60 {
		return false
	}
	gap := strings.ToLower(text[a.CountedEnd:b.Start])
	if !strings.HasSuffix(gap, " than the ") && !strings.HasSuffix(gap, " from the ") || strings.ContainsAny(gap, ".;") {
		return false
	}
	switch strings.ToLower(firstWordOf(text[b.End:min(b.End+12, len(text))])) {
	case "he", "she", "they", "we", "it", "i", "you":
		return true
	}
	return false
}

// firstWordOf returns the first run of letters in s.
func firstWordOf(s string) string {
	s = strings.TrimLeft(s, " ")
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return s[:i]
		}
	}
	return s
}

// inheritQualifier gives a conversion in brackets the bound of the figure
// it converts: in "up to $12.9bn (£10bn)" the pounds are an upper bound
// too, in "about 55 mph (88.5 kph)" an estimate.
func inheritQualifier(text string, prev Quantity, q *Quantity) {
	if prev.Qualifier == Exact || q.Qualifier != Exact || q.Value == nil || prev.Value == nil {
		return
	}
	end := prev.End
	if prev.Counted != "" && prev.CountedEnd > end && prev.CountedEnd <= q.Start {
		end = prev.CountedEnd // "about 55 mph (88.5 kph)"
	}
	between := strings.TrimSpace(text[end:q.Start])
	qend := q.End
	if q.Counted != "" && q.CountedEnd > qend {
		qend = q.CountedEnd // "(88.5 kph)"
	}
	if between != "(" || !strings.HasPrefix(strings.TrimLeft(text[qend:], " "), ")") {
		return
	}
	q.Qualifier = prev.Qualifier
	v := q.Value
	switch prev.Qualifier {
	case Upper:
		q.Low, q.High = nil, v
	case Lower:
		q.Low, q.High = v, nil
	default:
		q.Low, q.High = nil, nil
	}
}

// tokenPool recycles token buffers between calls: the buffer is the bulk
// of Find's memory and is dead once Find returns.
var tokenPool sync.Pool

func getTokens() []token {
	if v, ok := tokenPool.Get().(*[]token); ok {
		return (*v)[:0]
	}
	return make([]token, 0, 1024)
}

func putTokens(t []token) {
	if cap(t) > 1<<22 {
		return // do not keep a huge buffer alive
	}
	clear(t) // drop references into the caller's text
	t = t[:0]
	tokenPool.Put(&t)
}

type parser struct {
	text      string
	t         []token
	multiLine bool      // the text has line breaks: a page rather than a sentence
	vals      []float64 // backing store for the Value, Low and High pointers
	anaphor   bool      // the last quantity counted "of them": its noun is earlier
	de        bool      // the text is German
	fr        bool      // the text is French
	ro        bool      // the text is French or Spanish
	decComma  bool      // the language writes a decimal comma: "1.500" is fifteen hundred, "1,5" and "1,500" one and a half
	commaThou bool      // but this document groups thousands with a comma: "13,762 internos" (Style)
	dollar    string    // the currency a bare "$" stands for, when not the US dollar (Style)
}

// ptr returns a pointer to a copy of v, from one shared backing array.
// A value a hair off a whole number is scaling noise and is snapped to it:
// 16.6 × 1e6 is 16600000.000000002 in floating point.
func (p *parser) ptr(v float64) *float64 {
	if r := math.Round(v); r != v && math.Abs(v-r) <= 1e-9*math.Abs(v) {
		v = r
	}
	if len(p.vals) == cap(p.vals) {
		p.vals = make([]float64, 0, 2*cap(p.vals)+4)
	}
	p.vals = append(p.vals, v)
	return &p.vals[len(p.vals)-1]
}

// num is a figure: digits and/or number words, with any scale word.
type num struct {
	e        int // token after the figure
	val      float64
	raw      float64 // value before a trailing scale word ("7" in "7 million")
	scaled   bool    // a scale word or suffix ("million", "bn", "k") was applied
	vague    bool    // "hundreds", "tens of thousands": a lower bound
	approx   bool    // "several thousand", "a few hundred"
	fraction bool    // "two thirds", "a quarter of"
	digits   bool    // starts with a digit figure
	info     digitInfo
	needCur  int // token index of a suffix like "m" that is a scale only with a currency; -1 if none
	needCurV float64
}

// measure is a figure with its sign, currency and percent.
type measure struct {
	s, e       int // token range
	numS, numE int // token range of the figure itself
	num
	unit    string
	prefixC bool // currency written before the figure
}

func (p *parser) word(i int) string {
	if i >= 0 && i < len(p.t) && p.t[i].kind == kWord {
		return p.t[i].low
	}
	return ""
}

func (p *parser) sym(i int) string {
	if i >= 0 && i < len(p.t) && p.t[i].kind == kSym {
		return p.t[i].low
	}
	return ""
}

// sameLine reports whether token i exists and is not at the start of a new line.
func (p *parser) sameLine(i int) bool { return i < len(p.t) && p.t[i].gap != gapLine }

// glued reports whether token i exists and directly follows token i-1.
func (p *parser) glued(i int) bool { return i < len(p.t) && i > 0 && p.t[i].gap == gapNone }

// skipFigure returns where scanning resumes after a run that is not a
// quantity (a date, a phone number, an IP address): after every token glued
// to the run.
func (p *parser) skipRun(i int) int {
	i++
	for i < len(p.t) && p.t[i].gap == gapNone && (p.t[i].kind != kSym || isRunSym(p.t[i].low)) {
		i++
	}
	return i
}

func isRunSym(s string) bool {
	switch s {
	case "-", ".", "/", ":", "–", "_", "+", "(", ")", "#":
		return true
	}
	return false
}

// indexNouns take a number after them that says which one: "day 4",
// "Game 7", "round two".
var indexNouns = map[string]bool{"day": true, "days": true, "game": true, "games": true, "round": true, "rounds": true,
	"stage": true, "stages": true, "leg": true, "legs": true, "episode": true, "episodes": true, "chapter": true,
	"chapters": true, "phase": true, "phases": true, "week": true, "weeks": true, "hole": true, "holes": true}

// indexOpeners come before an index noun that takes a number after it:
// "on day 4", "of round two", "and Game 7".
var indexOpeners = map[string]bool{"on": true, "in": true, "of": true, "by": true, "and": true, "the": true, "from": true,
	"after": true, "before": true, "during": true, "until": true, "till": true, "through": true, "since": true, "at": true}

// indexAfterNoun reports a small number (or a list "one and four") right
// after an index noun that follows a preposition or opens the sentence,
// and returns the token after it; i when there is none. A plural noun
// after the number makes it a count: "for weeks 40 people waited".
func (p *parser) indexAfterNoun(i int) int {
	n := p.word(i - 1)
	if !indexNouns[n] || !p.sameLine(i) || p.t[i].gap == gapNone {
		return i
	}
	if before := p.word(i - 2); !indexOpeners[before] && !(i-1 == 0 || p.t[i-1].gap == gapLine || p.sym(i-2) == "." || p.sym(i-2) == ",") {
		return i
	}
	small := func(k int) bool {
		if k >= len(p.t) {
			return false
		}
		if p.t[k].kind == kNum {
			v := p.digitValue(k)
			return v >= 1 && v <= 20 && !strings.ContainsAny(p.t[k].low, ".,")
		}
		nw := numWords[p.t[k].low]
		return (nw.kind == wUnit || nw.kind == wTeen || nw.kind == wTen && nw.val <= 20) && nw.val >= 1
	}
	if !small(i) {
		return i
	}
	e := i + 1
	for (p.word(e) == "and" || p.word(e) == "or" || p.word(e) == "to" || p.sym(e) == "," || p.sym(e) == "-") && small(e+1) && p.sameLine(e+1) {
		e += 2
	}
	if e < len(p.t) && p.sameLine(e) && p.t[e].kind == kWord && p.pluralAt(e) {
		return i // "for weeks 40 people": a count after all
	}
	return e
}

// hyphenScale reports a hyphen at k glued between the word before it
// and a scale word: the "-million" of "half-million".
func (p *parser) hyphenScale(k int) bool {
	return (p.sym(k) == "-" || p.sym(k) == "‑") && p.glued(k) && p.glued(k+1) && numWords[p.word(k+1)].kind == wScale
}

// andAHalf reports the "a" at token j of "a month and a half" or "a mile
// and a half": one and a half of the noun before, not a half of what
// follows.
func (p *parser) andAHalf(j int) bool {
	return j >= 3 && p.word(j) == "a" && p.word(j+1) == "half" && p.word(j-1) == "and" &&
		(p.word(j-3) == "a" || p.word(j-3) == "an") && p.t[j-2].kind == kWord
}

// parseAt tries to read a quantity starting at token i. next is where the
// scan continues.
func (p *parser) parseAt(i int) (Quantity, int, bool) {
	t := p.t[i]
	if e := p.indexAfterNoun(i); e > i {
		return Quantity{}, e, false // "on days one and four", "in Game 7", "by week 3": which one, not how many
	}
	switch t.kind {
	case kNum:
		if p.word(i-1) == "per" && p.sameLine(i) {
			return Quantity{}, p.skipRun(i), false // "infections per 100,000 people": a rate's base
		}
		if p.sym(i+1) == "-" && p.glued(i+1) && p.word(i+2) == "for" && p.glued(i+2) && p.sym(i+3) == "-" && p.glued(i+3) &&
			i+4 < len(p.t) && p.t[i+4].kind == kNum && p.glued(i+4) {
			return Quantity{}, i + 5, false // "went 0-for-9 from three-point range": a shooting line
		}
		if p.badGlueBefore(i) {
			if ps := p.sym(i - 1); ps == "+" || ps == ")" {
				return Quantity{}, p.skipPhone(p.skipRun(i)), false // "+7 495 123-45-67", "(0)69 380 795"
			}
			return Quantity{}, p.skipRun(i), false
		}
	case kWord:
		if !starters[t.low] {
			return Quantity{}, i + 1, false
		}
		if t.low == "zero" && (p.word(i-1) == "net" || p.word(i-2) == "net" && p.sym(i-1) == "-") {
			return Quantity{}, i + 1, false // "net zero emissions": a goal's name, not a count
		}
	case kSym:
		if _, ok := currencySymbols[t.low]; !ok && !starters[t.low] {
			return Quantity{}, i + 1, false
		}
	}
	// Qualifier or range opener.
	qual, open := "", ""
	j := i
	multiWord := false
	if ps, ok := qualPhrases[t.low]; ok && t.kind != kNum {
		for _, ph := range ps {
			if ph.de && !p.de {
				continue
			}
			if k, ok := p.matchWords(i, ph.words); ok {
				multiWord = len(ph.words) > 1
				if ph.qual == openBetween || ph.qual == openFrom {
					open = ph.qual
				} else {
					qual = ph.qual
				}
				j = k
				break
			}
		}
		if j > i && open == "" && (p.word(j) == "between" || p.word(j) == "from") { // "some between"... rare; keep simple
			return Quantity{}, i + 1, false
		}
		if j > i && qual != "" && (p.de || p.ro) && fractionArticles[p.rawWord(j)] && p.word(j+1) == "half" {
			j++ // "etwa die Hälfte", "environ la moitié", "casi la mitad": the bound before the article
		}
		if t.low == "up" && multiWord && (bringWords[p.word(i-1)] || bringWords[p.word(i-2)] || bringWords[p.word(i-3)] ||
			upParticleVerbs[p.word(i-1)] && !modalWords[p.word(i-2)]) { // but "Fines can go up to $10,000" is a bound
			qual = "" // "brought us up to 83%", "inflation edged up to 2.1 percent": the new level, not a bound
		}
		if t.low == "about" && !multiWord && (p.word(i-1) == "just" || p.word(i-1) == "all" || p.word(i-1) == "only") && p.word(i+1) == "one" {
			// "it's not just about one person": a preposition
			return Quantity{}, i + 1, false
		}
		if hedgeWords[t.low] && (p.word(j) == "one" || (p.word(j) == "a" || p.word(j) == "an") && numWords[p.word(j+1)].kind == 0) {
			// "whether perhaps one won't reach the finish line": a pronoun
			return Quantity{}, i + 1, false
		}
		if t.low == "unter" && p.de && p.amongDE(i+1) {
			// "Unter 40 Verletzten waren drei Kinder": among, not a bound
			return Quantity{}, i + 1, false
		}
		if t.low == "over" && !multiWord && overNouns[p.word(i-1)] {
			// "a shot over two defenders", "a win over three rivals": a
			// preposition, not a bound; the figure starts after it
			return Quantity{}, i + 1, false
		}
		if j > i && qual != "" && multiWord && (p.word(j) == "a" || p.word(j) == "an") && j+1 < len(p.t) && p.sameLine(j+1) &&
			(p.t[j+1].kind == kNum || p.t[j+1].kind == kSym && currencySymbols[p.t[j+1].low] != "") {
			j++ // "up to a $250,000 fine"
		}
	}
	m1, ok := p.parseMeasure(j, "")
	if !ok {
		if j > i {
			return Quantity{}, i + 1, false
		}
		return Quantity{}, m1.e, false
	}
	start := i
	if qual == "" && open == "" {
		start = m1.s
	}
	q := Quantity{Qualifier: Exact}
	end := m1.e
	var low, high float64
	isRange := false

	// "one in five adults", "1 in 3 children", "nine out of ten doctors": a
	// share. "Out of" takes only a small numerator, since "30 out of 100
	// passengers" is usually the count that matters.
	den := 0
	if p.word(m1.e) == "in" && p.sameLine(m1.e+1) {
		den = m1.e + 1
		if p.word(den) == "every" && p.sameLine(den+1) {
			den++ // "one in every 500 people"
		}
	} else if p.word(m1.e) == "out" && p.word(m1.e+1) == "of" && p.sameLine(m1.e+2) && m1.val <= 10 {
		den = m1.e + 2
	} else if p.ro && (p.word(m1.e) == "of" || p.word(m1.e) == "de") && p.word(m1.e+1) == "cada" && p.sameLine(m1.e+2) {
		den = m1.e + 2 // "uno de cada cinco niños", "ocho de cada diez"
	} else if p.fr && p.word(m1.e) == "on" && p.sameLine(m1.e+1) && m1.val <= 10 {
		den = m1.e + 1 // "un sur dix"
	}
	noun := -1 // "huit véhicules sur dix": the noun counted stands before the denominator
	if den == 0 && p.fr && m1.e+2 < len(p.t) && p.t[m1.e].kind == kWord && p.word(m1.e+1) == "on" && p.sameLine(m1.e+2) && m1.val <= 10 {
		den, noun = m1.e+2, m1.e
	}
	if den > 0 && open == "" && (qual == "" || qual == Approx || qual == Upper) && m1.unit == "" && !m1.scaled && m1.val >= 1 && m1.val <= 100 &&
		m1.val == math.Trunc(m1.val) {
		if m2, ok := p.parseMeasure(den, ""); ok && m2.unit == "" && !m2.scaled && !isYear(m2) && m2.val > m1.val &&
			m2.val == math.Trunc(m2.val) && !m2.vague && !m2.fraction && m2.numS == den {
			if qual == "" {
				start = m1.s
			}
			q := Quantity{Qualifier: Exact}
			if qual != "" {
				q.Qualifier = qual
			}
			v := p.ptr(m1.val / m2.val)
			q.Value = v
			switch q.Qualifier {
			case Exact:
				q.Low, q.High = v, v
			case Upper:
				q.High = v // "as many as 1 in 500 users"
			}
			q.Start, q.End = p.t[start].s, p.t[m2.e-1].e
			q.Text = p.text[q.Start:q.End]
			q.NumStart, q.NumEnd = p.t[m1.numS].s, p.t[m2.numE-1].e
			m := m2
			m.fraction = true
			if noun >= 0 {
				q.Counted, q.CountedStart, q.CountedEnd = p.text[p.t[noun].s:p.t[noun].e], p.t[noun].s, p.t[noun].e
			} else {
				p.counted(&q, m2.e, m)
				p.trimAgreeingVerb(&q)
			}
			return q, m2.e, true
		}
	}
	// Range: "6,000 to 8,000", "5-7%", "between 5 and 7", "from $5m to $7m".
	if k := m1.e; p.sameLine(k) {
		conn := p.t[k]
		c := conn.low
		if conn.kind == kSym && (c == "-" || c == "‑") && conn.gap == gapNone && k+2 < len(p.t) && p.sameLine(k+2) &&
			(p.word(k+1) == "to" || p.word(k+1) == "or") && p.t[k+1].gap == gapSpace && p.t[k+2].kind == kNum {
			k++ // "a 24- to 30-foot dhow": the first figure's unit is left to the second
			conn = p.t[k]
			c = conn.low
		}
		okConn := false
		switch {
		case conn.kind == kSym && (c == "-" || c == "–" || c == "—" || c == "~" || c == "‒"):
			okConn = true
		case conn.kind == kWord && (c == "to" || c == "through" || c == "thru"):
			okConn = open != openBetween || c == "to"
		case conn.kind == kWord && c == "and":
			okConn = open == openBetween
		case conn.kind == kWord && c == "or":
			okConn = open == "" // "two or three clans": an estimate between the two
		}
		if open == openFrom && p.changeBefore(i) && !(conn.kind == kSym && conn.gap == gapNone && p.glued(k+1)) {
			okConn = false // "rose from 5% to 7%", "increase the efficiency from 23% to 35%" (but "up from 70-80 per cent" is a range)
		}
		byChange := c == "to" && p.word(i-1) == "by" // "rose by 2,000 to 2.81 million", but "cut by 7 to 10 percent"
		if okConn && p.sameLine(k+1) {
			m2, ok2 := p.parseMeasure(k+1, m1.unit)
			hyphen := conn.kind == kSym && c != "~"
			tight := hyphen && conn.gap == gapNone && p.glued(k+1)
			if ok2 && tight && m1.info.plainInt && m2.info.plainInt && m1.unit == "" && m2.unit == "" && !m1.scaled && !m2.scaled {
				// "2022-2024", "2022-23": years, not a range of quantities.
				if m1.info.ndigits == 4 && (m2.info.ndigits == 4 && m2.val <= 2199 || m2.info.ndigits == 2) && m1.val >= 1000 && m1.val <= 2199 {
					return Quantity{}, p.skipRun(m2.e - 1), false
				}
				// "555-0100", "3-1": codes and scores.
				if m2.val <= m1.val || m2.info.leading0 {
					return Quantity{}, p.skipRun(m2.e - 1), false
				}
				// "Resolución Ministerial 531-2021", "Law 5-2021": a number of
				// the year, not a range up to a year
				if (p.de || p.ro) && m2.info.ndigits == 4 && m2.val >= 1950 && m2.val <= 2099 && m1.info.ndigits < 4 && !(m2.e < len(p.t) && p.t[m2.e].kind != kSym && p.sameLine(m2.e)) && p.sym(m2.e) != "%" {
					return Quantity{}, p.skipRun(m2.e - 1), false
				}
			}
			if ok2 && p.ro && c == "to" && (p.text[conn.s:conn.e] == "a" || p.text[conn.s:conn.e] == "à") && m2.val <= m1.val && m1.unit == "" && m1.val <= 30 {
				return Quantity{}, m2.e, false // "ganó 3 a 1", "s'impose 3 à 1": a score
			}
			if ok2 {
				if m1.val == 0 && (p.word(m2.e) == "mph" || p.word(m2.e) == "kph" || p.word(m2.e) == "km" && p.sym(m2.e+1) == "/" && p.word(m2.e+2) == "h") {
					return Quantity{}, m2.e, false // "zero to 60 mph in 5.8 seconds": an acceleration test
				}
				if p.isDateRange(m1, m2) || isYear(m1) && isYear(m2) {
					return Quantity{}, m2.e, false // "October 27-28", "from 2004 to 2017"
				}
				if p.de && (p.word(m2.e) == "uhr" || p.ordinalDE(m2)) {
					return Quantity{}, m2.e, false // "von 9 bis 17 Uhr", "3.-5. Mai"
				}
				if p.ageBefore(m1.numS) || !m1.digits && !m2.digits && p.t[m1.numS].low == "one" && p.t[m2.numS].low == "two" && tight {
					return Quantity{}, m2.e, false // "workers ages 25 to 54"; "a one-two punch" (read as a range, so it is caught here)
				}
				if tight && (p.isRecord(m2.e) || p.recordAround(m1.s, m2.e) || p.scoreList(m1.s, m2.e)) {
					return Quantity{}, m2.e, false // "an 18-30 record", "a mark of 122-147 (.454)"
				}
				u1, u2 := m1.unit, m2.unit
				compatible := u1 == u2 || u1 == "" && !m1.prefixC || u2 == ""
				if u1 == UnitPercent && u2 == "" && c == "to" {
					compatible = false // "grew 7.4 percent to 148,200", "weakened 0.3 percent to 11.42 per dollar": a change, then a level
				}
				v1 := m1.val
				if m2.scaled && !m1.scaled && m1.raw <= m2.raw {
					v1 = m1.val * (m2.val / m2.raw)
					if m2.raw == 0 {
						v1 = m1.val
					}
				}
				orEst := c == "or" && conn.kind == kWord
				if orEst && (m1.unit != "" || m2.unit != "" && m2.unit != m1.unit || m2.val > 2*v1+2 || m2.val != math.Trunc(m2.val) || v1 != math.Trunc(v1) ||
					labelWords[p.word(m1.s-1)] || p.isTimeOrDate(m2) || timeAfter[p.word(m2.e)]) {
					compatible = false // "10 or 100 times", "1 or 2.5", "Flight 17 or 18", "9 or 10 a.m.": not an estimate
				}
				if byChange && (m2.val > 20*v1 || m1.unit == "" && m2.unit == "" && m2.val > 5*v1 && p.changedBefore(i-1) && !(m2.e < len(p.t) && p.t[m2.e].kind == kWord && p.pluralAt(m2.e))) {
					// the change, then the new level, far above it: "rose by
					// 1,200 to 15,400" (a range of counts or of percents
					// spans less: "by 7 to 10 percent", "by 5 to 20 percent")
					compatible = false
				}
				if compatible && v1 < m2.val && !m1.vague && !m2.vague {
					isRange = true
					if orEst {
						q.Qualifier = Approx
					}
					low, high = v1, m2.val
					if u1 == "" {
						m1.unit = u2
					}
					end = m2.e
					q.NumStart, q.NumEnd = p.t[m1.numS].s, p.t[m2.numE-1].e
					if qual == Approx {
						q.Qualifier = Approx
					}
				}
			}
		}
	}
	if !isRange {
		if open != "" {
			start = m1.s
		}
		q.NumStart, q.NumEnd = p.t[m1.numS].s, p.t[m1.numE-1].e
		if (qual == "" || qual == Approx) && open == "" {
			// Trailing qualifiers: "500 or more", "10,000+", "100 or so".
			if k, qq := p.trailingQualifier(end); qq != "" && (qual == "" || qq != Approx) {
				qual, end = qq, k
			}
		}
		if m1.vague && qual == "" {
			qual = Lower
		}
		if m1.approx && qual == "" {
			qual = Approx
		}
		if qual == "" && open == "" {
			if p.notAQuantity(m1) {
				return Quantity{}, m1.e, false
			}
			if m1.unit != "" && m1.unit != UnitPercent && !m1.prefixC && m1.digits && m1.info.plainInt && m1.info.ndigits == 4 &&
				!m1.scaled && m1.val >= 1900 && m1.val <= 2100 &&
				(p.word(m1.s-1) == "in" || p.word(m1.s-1) == "constant" || p.word(m1.s-1) == "real") {
				return Quantity{}, m1.e, false // "$76 million (in 2006 dollars)": a price level, not money
			}
		} else if p.isTimeOrDate(m1) || p.height(m1) || p.de && p.notQuantityDE(m1) || p.ro && p.notQuantityRO(m1) {
			return Quantity{}, m1.e, false
		}
		if qual != "" {
			q.Qualifier = qual
		}
		// "more than 10 and less than 40": two opposite bounds make a range.
		if (qual == Lower || qual == Upper) && (p.word(end) == "and" || p.word(end) == "but") {
			if ps, ok := qualPhrases[p.word(end+1)]; ok {
				for _, ph := range ps {
					if ph.qual != Lower && ph.qual != Upper || ph.qual == qual || ph.de && !p.de {
						continue
					}
					k, ok := p.matchWords(end+1, ph.words)
					if !ok {
						continue
					}
					m2, ok2 := p.parseMeasure(k, m1.unit)
					if !ok2 {
						break
					}
					lo, hi := m1.val, m2.val
					if qual == Upper {
						lo, hi = hi, lo
					}
					if lo < hi {
						isRange = true
						low, high = lo, hi
						q.Qualifier = Exact
						end = m2.e
						q.NumStart, q.NumEnd = p.t[m1.numS].s, p.t[m2.numE-1].e
					}
					break
				}
			}
		}
	}
	if !isRange {
		v := p.ptr(m1.val)
		q.Value = v
		switch q.Qualifier {
		case Exact:
			q.Low, q.High = v, v
		case Upper:
			q.High = v
		case Lower:
			q.Low = v
		}
	} else {
		if math.IsInf(low, 0) || math.IsInf(high, 0) || math.IsNaN(low) || math.IsNaN(high) {
			return Quantity{}, end, false
		}
		q.Low, q.High = p.ptr(low), p.ptr(high)
	}
	q.Start, q.End = p.t[start].s, p.t[end-1].e
	q.Text = p.text[q.Start:q.End]
	q.Unit = m1.unit
	p.counted(&q, end, m1)
	if (q.Counted == "" || q.Unit != UnitPercent && RateOnly(q.Counted)) && (len(q.Unit) == 3 || q.Unit == UnitPercent) {
		// "a fine of €20,000", "a turnout of 71 percent"; and "a dividend
		// of 11.4 pence a share", where the owner says more than the rate
		p.moneyOfBefore(&q, start)
	}
	// "$1.7 trillion over 66 years": "over" a span of time is "during".
	if !isRange && q.Qualifier == Lower && p.t[i].low == "over" && durationUnits[lower(q.Counted)] && p.word(p.countedEndTok(q)) != "old" {
		q.Qualifier = Exact
		q.Low, q.High = q.Value, q.Value
		q.Start = p.t[m1.s].s
		q.Text = p.text[q.Start:q.End]
	}
	if !isRange && q.Qualifier == Exact && q.Unit == "" && (p.isFurnitureOrName(m1, q) || p.isLabel(m1, q)) {
		return Quantity{}, end, false
	}
	// "since at least 2021": a qualified year still counts nothing.
	// "talked about 2024 plans": a non-round year after a qualifier is a year.
	// German puts a year after its noun ("die Wahlen 2024"), so a noun
	// right after four digits is what they count: "2056 Menschen befragt".
	if !isRange && isYear(m1) && m1.val >= 1800 && m1.numS == m1.s && (q.Counted == "" || m1.val >= 1900 && m1.val <= 2100 && math.Mod(m1.val, 100) != 0 && !p.de) {
		return Quantity{}, end, false
	}
	return q, end, true
}

// RateOnly reports a counted phrase that is only the rate of an amount:
// "a share", "per barrel", "each", "monthly".
func RateOnly(c string) bool {
	ws := strings.Fields(strings.ToLower(c))
	switch {
	case len(ws) == 2 && (ws[0] == "a" || ws[0] == "an" || ws[0] == "per"):
		return true
	case len(ws) == 1:
		switch ws[0] {
		case "each", "apiece", "monthly", "weekly", "daily", "yearly", "annually", "hourly":
			return true
		}
	}
	return false
}

// TimeRate reports a rate per span of time: "a month", "a year", "per
// day", "an hour". The claim stage keeps it after the owner that names
// the money ("a salary of $4,000 a month" and "of $48,000 a year" are two
// rates).
func TimeRate(c string) bool {
	ws := strings.Fields(strings.ToLower(c))
	if len(ws) != 2 || !(ws[0] == "a" || ws[0] == "an" || ws[0] == "per") {
		return false
	}
	switch ws[1] {
	case "day", "week", "month", "year", "hour", "night", "minute", "season", "quarter":
		return true
	}
	return false
}

// moneyOfBefore names an amount by the noun phrase of which it is the
// value: "a market value of about $2.9 trillion", "Apple's budget of
// $5m", "a fine of €20,000". The phrase is one or two lower-case words
// after a determiner or a possessive, right before "of".
func (p *parser) moneyOfBefore(q *Quantity, start int) {
	if (p.de || p.ro) && p.foreignMoneyOf(q, start) {
		return
	}
	j := start - 1
	if j < 1 || p.word(j) != "of" || !p.sameLine(start) {
		return
	}
	e := j - 1
	s := e
	for words := 0; s >= 0 && words < 2; {
		if p.sym(s) == "-" && s < e && s > 0 && p.glued(s) && p.glued(s+1) && p.t[s-1].kind == kWord {
			s-- // "a pre-tax profit of": one word
			continue
		}
		if !(p.t[s].kind == kWord && !nounStop[p.t[s].low] && !payVerbs[p.t[s].low] && numWords[p.t[s].low].kind == 0 && !isUpperInitial(p.text[p.t[s].s:p.t[s].e]) &&
			!strings.ContainsAny(p.t[s].low, "'’") && !(s == e && notMoneyOf[p.t[s].low]) && p.sameLine(s+1)) {
			break
		}
		if s == 0 || p.sym(s-1) != "-" || !p.glued(s) {
			words++
		}
		s--
	}
	if s >= 0 && p.sym(s+1) == "-" {
		return // a hyphenated word cut in the middle
	}
	if s == e || s < 0 || s == e-1 && vagueMoneyNoun[p.t[e].low] {
		return // "a value of $16 billion" says nothing ("a market value of" does)
	}
	if q.Unit == UnitPercent && percentChangeNouns[p.t[e].low] && s+1 == e {
		return // "a rise of 3.2 percent": a change, whose subject is elsewhere (but "sales tax growth of 4 percent" names it)
	}
	from := s + 1
	if d := p.t[s]; s > 0 && d.kind == kWord && (d.low == "estimated" || d.low == "combined" || d.low == "reported" || d.low == "total") {
		s-- // "an estimated street value of $140 million"
	}
	// modifiers before the two words: "its first-ever net loss of", "a
	// record net profit of"
	for n := 0; n < 2 && s > 0 && !isDeterminer(p.t[s]) && p.t[s].kind == kWord && !payVerbs[p.t[s].low] &&
		!isUpperInitial(p.text[p.t[s].s:p.t[s].e]) && p.sameLine(s+1); n++ {
		if s > 2 && p.sym(s-1) == "-" && p.glued(s) && p.glued(s-1) && p.t[s-2].kind == kWord {
			s -= 3 // "first-ever": one word
			continue
		}
		if nounStop[p.t[s].low] {
			break
		}
		s--
	}
	if d := p.t[s]; d.kind != kWord || !(d.low == "a" || d.low == "an" || d.low == "the" || d.low == "its" || d.low == "their" || payVerbs[d.low] ||
		d.low == "his" || d.low == "her" || strings.HasSuffix(d.low, "'s") || strings.HasSuffix(d.low, "’s")) {
		return
	}
	q.CountedStart, q.CountedEnd = p.t[from].s, p.t[e].e
	q.Counted = p.text[q.CountedStart:q.CountedEnd]
}

// foreignMoneyOf reads the noun an amount belongs to in German, French
// and Spanish: "ein Sachschaden von 10’000 Franken", "SDRs im Wert von
// 650 Milliarden Dollar", "un préjudice de 21.930,54 euros", "daños por
// 5.000 dólares". It reports whether it set the counted noun.
func (p *parser) foreignMoneyOf(q *Quantity, start int) bool {
	j := start - 1
	w := p.word(j)
	if j < 1 || !p.sameLine(start) || !(p.de && w == "von" || p.ro && (w == "de" || w == "d")) {
		return false
	}
	n := j - 1
	if p.de && (p.word(n) == "wert" || p.word(n) == "höhe") && (p.word(n-1) == "im" || p.word(n-1) == "in") {
		n -= 2 // "SDRs im Wert von", "Schäden in Höhe von": the thing before
	}
	if n < 0 || p.t[n].kind != kWord || vagueMoneyNoun[p.t[n].low] || foreignVagueMoney[p.t[n].low] || nounStop[p.t[n].low] {
		return false
	}
	noun := p.text[p.t[n].s:p.t[n].e]
	if p.de != isUpperInitial(noun) || numWords[p.t[n].low].kind != 0 || !p.sameLine(n+1) {
		return false // German nouns are capitalised, French and Spanish ones are not
	}
	if b := p.rawWord(n - 1); p.ro && !(romanceArticles[b] || b == "un" || b == "une" || b == "una" || b == "des" || b == "unos" || b == "unas") {
		return false // "un préjudice de": a noun after its article
	}
	q.CountedStart, q.CountedEnd = p.t[n].s, p.t[n].e
	q.Counted = noun
	return true
}

// fractionArticles stand between a bound and "half" in German, French
// and Spanish.
var fractionArticles = map[string]bool{"die": true, "la": true, "le": true, "el": true}

// rawWord is the word at token i as written, in lower case ("un", where
// word gives its English reading "a").
func (p *parser) rawWord(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].kind != kWord {
		return ""
	}
	return strings.ToLower(p.text[p.t[i].s:p.t[i].e])
}

// foreignVagueMoney are German, French and Spanish nouns that only say an
// amount is an amount: "eine Summe von", "un montant de", "un total de".
var foreignVagueMoney = map[string]bool{"summe": true, "betrag": true, "gesamtwert": true, "höhe": true, "wert": true,
	"durchschnitt": true, "mittel": true, "umfang": true, "prozent": true, "anstieg": true, "zunahme": true, "rückgang": true,
	"minus": true, "steigerung": true, "wachstum": true, "größe": true, "montant": true, "somme": true,
	"hausse": true, "baisse": true, "aumento": true, "caída": true, "moyenne": true, "promedio": true,
	"total": true, "monto": true, "suma": true, "cifra": true, "valor": true, "valeur": true, "hauteur": true, "orden": true, "ordre": true,
	"alrededor": true, "cerca": true, "près": true, "plus": true, "moins": true, "más": true, "menos": true}

// trimAgreeingVerb drops a verb the noun reader took for the last noun
// after "one in five": "One in five children lives in poverty" counts
// children (the verb agrees with "one").
func (p *parser) trimAgreeingVerb(q *Quantity) {
	ws := strings.Fields(q.Counted)
	if len(ws) < 2 || q.CountedEnd > len(p.text) {
		return
	}
	last, prev := strings.ToLower(ws[len(ws)-1]), strings.ToLower(ws[len(ws)-2])
	plural := strings.HasSuffix(prev, "s") || prev == "children" || prev == "people" || prev == "men" || prev == "women"
	if !plural || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return
	}
	// a verb takes an object or a phrase after it ("lives in poverty",
	// "says yes"); a noun of a compound is followed by the verb ("women
	// workers reported")
	after := strings.Fields(p.text[q.CountedEnd:min(len(p.text), q.CountedEnd+24)])
	if len(after) == 0 || !textproc.IsStopword("en", strings.ToLower(strings.Trim(after[0], ".,;:!?"))) {
		return
	}
	cut := strings.LastIndex(q.Counted, ws[len(ws)-1])
	q.Counted = strings.TrimRight(q.Counted[:cut], " ")
	q.CountedEnd = q.CountedStart + len(q.Counted)
}

// isDeterminer reports an article or a possessive word.
func isDeterminer(t token) bool {
	if t.kind != kWord {
		return false
	}
	switch t.low {
	case "a", "an", "the", "its", "their", "his", "her":
		return true
	}
	return strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s")
}

// payVerbs may stand right before a noun of money instead of a
// determiner: "would pay compensation of 2 million rupees".
var payVerbs = map[string]bool{"pay": true, "paid": true, "pays": true, "receive": true, "received": true, "owe": true,
	"owed": true, "award": true, "awarded": true, "seek": true, "seeking": true, "sought": true, "demand": true,
	"demanded": true, "demanding": true, "approve": true, "approved": true}

// percentChangeNouns name a change, not what a percent measures: "a rise
// of 3.2 percent".
var percentChangeNouns = map[string]bool{"rise": true, "increase": true, "decrease": true, "fall": true, "drop": true,
	"decline": true, "gain": true, "jump": true, "cut": true, "reduction": true, "discount": true, "margin": true,
	"boost": true, "hike": true, "dip": true, "slump": true, "surge": true, "rebound": true, "loss": true, "change": true,
	"growth": true, "improvement": true, "raise": true, "spike": true, "climb": true, "plunge": true, "slide": true,
	"expansion": true, "contraction": true}

// vagueMoneyNoun name no kind of money when alone: "a value of $5m".
var vagueMoneyNoun = map[string]bool{"value": true, "values": true, "worth": true, "price": true, "prices": true,
	"money": true, "mark": true, "state": true}

// notMoneyOf are words before "of $5 million" that name no kind of money.
var notMoneyOf = map[string]bool{"total": true, "sum": true, "amount": true, "excess": true, "upwards": true, "tune": true,
	"average": true, "maximum": true, "minimum": true, "figure": true, "level": true, "high": true, "low": true, "record": true,
	"form": true, "range": true, "region": true, "neighborhood": true, "neighbourhood": true, "vicinity": true, "order": true,
	"way": true, "means": true, "part": true, "equivalent": true, "fraction": true, "bulk": true, "portion": true, "share": true,
	"rest": true, "majority": true, "half": true, "quarter": true, "third": true, "remainder": true}

// distanceUnits are what "60 kilometres away" counts: never what "seven
// of them" counts.
var distanceUnits = map[string]bool{"kilometres": true, "kilometers": true, "km": true, "miles": true, "metres": true,
	"meters": true, "feet": true, "yards": true, "acres": true, "hectares": true}

// changedBefore reports a finished change right before "by" at token b:
// "rose by", "had fallen by" (not "plans to cut its workforce by").
func (p *parser) changedBefore(b int) bool {
	switch p.word(b - 1) {
	case "rose", "fell", "climbed", "jumped", "grew", "dropped", "increased", "decreased", "declined", "soared", "surged",
		"risen", "fallen", "grown", "slipped", "slid", "gained", "swelled":
		return true
	}
	return false
}

// changeBefore reports whether a change verb ("rose", "increase", "cut")
// stands within the few words before "from" at token i on its line, so
// that "from X to Y" is a before and an after, not a range.
func (p *parser) changeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if p.t[k].kind != kWord || p.t[k+1].gap == gapLine {
			return false
		}
		if changeVerbs[p.t[k].low] {
			return true
		}
	}
	return false
}

// matchWords matches a qualifier phrase at token i; it returns the token
// after the phrase.
func (p *parser) matchWords(i int, words []string) (int, bool) {
	for n, w := range words {
		k := i + n
		if k >= len(p.t) || p.t[k].low != w || n > 0 && p.t[k].gap == gapLine {
			return 0, false
		}
	}
	return i + len(words), true
}

// badGlueBefore reports a digit run glued into a name or code: "G7",
// "COVID-19", "F-16", "+7 495", "#5", "v2".
func (p *parser) badGlueBefore(i int) bool {
	if i == 0 || p.t[i].gap != gapNone {
		return false
	}
	prev := p.t[i-1]
	switch prev.kind {
	case kWord:
		return !isoCodes[prev.low] && currencySymbols[prev.low] == "" && prev.low != "rs" && prev.low != "minus"
	case kNum:
		return true
	case kSym:
		switch prev.low {
		case "+", "#", "№", "/", ":", "_", "@", "&", "=", "^", ")", "×":
			return true
		case "-", "‑":
			// "F-16", "COVID-19", "Su-34" but not "-5" or " - 5" or "a magnitude-6.1 quake".
			if i >= 2 && prev.gap == gapNone && (p.t[i-2].kind == kWord && p.t[i-2].low != "magnitude" || p.t[i-2].kind == kNum) {
				return true
			}
		case ".":
			// "No.5", "v.2"
			if i >= 2 && prev.gap == gapNone && p.t[i-2].kind == kWord {
				return true
			}
		}
	}
	return false
}

// parseMeasure reads [currency] [sign] figure [scale] [unit] at token i.
// inherit is the unit of the first half of a range, so "$5-7 million" reads
// the second figure as dollars too. On failure, e is where scanning resumes.
func (p *parser) parseMeasure(i int, inherit string) (measure, bool) {
	m := measure{s: i}
	if i >= len(p.t) {
		return measure{s: i, num: num{e: i + 1}}, false
	}
	j := i
	neg := false
	// Currency before the figure.
	millionPrefix := false
	if code, k := p.currencyPrefix(j); code != "" {
		m.unit, m.prefixC = code, true
		j = k
	} else if code := p.millionCode(j); code != "" && j+1 < len(p.t) && p.sameLine(j+1) && p.t[j+1].kind == kNum {
		// "MAUD 60": millions of Australian dollars.
		m.unit, m.prefixC, millionPrefix = code, true, true
		j++
	}
	// Sign.
	if j < len(p.t) {
		t := p.t[j]
		if t.kind == kSym && (t.low == "-" || t.low == "−") && p.glued(j+1) && j+1 < len(p.t) && p.t[j+1].kind == kNum &&
			(j == 0 || t.gap != gapNone || m.prefixC) && (j == 0 || p.t[j-1].kind != kNum) {
			neg = true
			j++
		} else if t.kind == kWord && (t.low == "minus" || t.low == "negative") && p.sameLine(j+1) && j+1 < len(p.t) {
			if nx := p.t[j+1]; nx.kind == kNum || numWords[nx.low].kind == wUnit || numWords[nx.low].kind == wTeen || numWords[nx.low].kind == wTen {
				neg = true
				j++
			}
		}
	}
	if m.unit == "" && j < len(p.t) && p.t[j].kind == kSym {
		// "-$5" is rare; a currency after the sign.
		if code, k := p.currencyPrefix(j); code != "" && neg {
			m.unit, m.prefixC = code, true
			j = k
		}
	}
	if j >= len(p.t) {
		return measure{s: i, num: num{e: i + 1}}, false
	}
	if p.t[j].kind == kNum && j > i && p.badGlueBefore(j) && !m.prefixC {
		return measure{s: i, num: num{e: p.skipRun(j)}}, false
	}
	n, ok := p.parseNumber(j, m.prefixC || inherit != "" && inherit != UnitPercent)
	if !ok {
		if n.e <= i {
			n.e = i + 1
		}
		return measure{s: i, num: n}, false
	}
	m.num = n
	m.numS, m.numE = j, n.e
	if neg {
		m.val, m.raw = -m.val, -m.raw
		m.numS = j - 1
	}
	k := n.e
	if millionPrefix && !m.scaled {
		m.val *= 1e6
		m.scaled = true
	}
	// "2,4 Mrd. Euro", "3,2 Mio. €": the abbreviation's dot stands between
	// the scale and the currency
	if m.unit == "" && m.scaled && k > 0 && p.sym(k) == "." && p.glued(k) && scaleAbbrev[p.word(k-1)].val >= 1e6 && p.sameLine(k+1) {
		if u, _, _ := p.unitSuffix(k+1, true, true); u != "" && u != UnitPercent {
			k++
		}
	}
	// Unit after the figure.
	if m.unit == "" {
		if u, kk, factor := p.unitSuffix(k, m.scaled, m.scaled || p.moneyContext(m.s)); u != "" {
			m.unit = u
			if factor != 1 {
				m.val *= factor
				m.raw *= factor
			}
			k = kk
			if !m.scaled {
				k = p.scaleAfterCode(&m, k)
			}
		} else if code := p.millionCode(k); code != "" && !m.scaled {
			// "30 MUSD", "120 MEUR": finance shorthand for millions.
			m.unit, m.val, m.scaled = code, m.val*1e6, true
			k++
		}
	} else if m.unit != "" && p.glued(k) && p.sym(k) == "%" {
		return measure{s: i, num: num{e: k + 1}}, false
	} else if m.unit == "USD" && p.t[i].low == "$" && p.sameLine(k) {
		// "$100 Australian", "$5 million Canadian": the dollars of the
		// nation named after the figure
		if code, ok := currencyNations[p.word(k)]["dollars"]; ok && code != "USD" &&
			(k+1 >= len(p.t) || p.t[k+1].kind != kWord || p.t[k+1].low == "dollar" || p.t[k+1].low == "dollars" || !p.sameLine(k+1) ||
				nounStop[p.t[k+1].low]) { // "$100 Australian to take passengers"; not "a $2 billion Canadian acquisition"
			m.unit = code
			k++
			if w := p.word(k); w == "dollar" || w == "dollars" {
				k++
			}
		}
	}
	if n.needCur >= 0 {
		// "35m" without a currency is 35 metres, not a quantity we read;
		// "1.5m people" is a million.
		w := p.word(k)
		if (m.unit == "" || m.unit == UnitPercent) && !(m.unit == "" && p.sameLine(k) && p.t[k].gap == gapSpace && isPluralNoun(w) && !isUpperInitial(p.text[p.t[k].s:p.t[k].e])) {
			if m.unit == "" && m.numE == n.needCur+1 && n.raw < 10000 && p.sameLine(n.needCur+1) && p.t[n.needCur+1].kind == kWord &&
				metreContext(p.word(n.needCur+1)) && !moneyBefore[p.word(i-1)] {
				// "fell about 600m down a gully", "50m by 50m": metres
				m.val, m.scaled, m.num.scaled = n.raw, false, false
				m.e, m.numE = n.needCur, n.needCur
				return m, true
			}
			return measure{s: i, num: num{e: p.skipRun(j)}}, false
		}
	}
	if m.prefixC && m.unit == "" {
		m.unit = inherit
	}
	m.e = k
	if math.IsInf(m.val, 0) || math.IsNaN(m.val) {
		return measure{s: i, num: num{e: k}}, false
	}
	return m, true
}

// temperatureBefore are words before a figure that make a glued "C" or
// "F" degrees ("highs of 38C", "hit 99F").
var temperatureBefore = map[string]bool{"of": true, "to": true, "at": true, "hit": true, "reached": true, "minus": true,
	"about": true, "around": true, "highs": true, "lows": true, "high": true, "low": true, "topped": true, "near": true,
	"temperature": true, "temperatures": true, "than": true, "below": true, "above": true}

// sameLineWordAfter reports whether a word is glued right after token j
// ("5Cs"), which makes the run a code, not degrees.
func (p *parser) sameLineWordAfter(j int) bool {
	return j+1 < len(p.t) && p.glued(j+1) && p.t[j+1].kind != kSym
}

// mixedFractionAt finds the fraction of a mixed number after the whole at
// token j-1: "2 1/2" or "2-1/2". It returns the index of the numerator, or
// 0 when there is none (a date such as "5-1/2/2018" is none).
func mixedFractionAt(p *parser, j int) int {
	k := j
	switch {
	case k < len(p.t) && p.t[k].gap == gapSpace && p.t[k].kind == kNum:
	case p.sym(k) == "-" && p.glued(k) && k+1 < len(p.t) && p.t[k+1].kind == kNum && p.glued(k+1):
		k++
	default:
		return 0
	}
	if p.sym(k+1) != "/" || !p.glued(k+1) || k+2 >= len(p.t) || p.t[k+2].kind != kNum || !p.glued(k+2) || k+3 < len(p.t) && p.glued(k+3) {
		return 0
	}
	if a, b := p.t[k].low, p.t[k+2].low; len(a) == 1 && len(b) == 1 && a >= "1" && a < b && b <= "8" {
		return k
	}
	return 0
}

// vulgarFractions are the fraction characters written after a whole
// number ("4½").
var vulgarFractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅛": 0.125,
	"⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅕": 0.2}

// bringWords before "up to" make it the level reached, not a bound.
var bringWords = map[string]bool{"bring": true, "brings": true, "bringing": true, "brought": true}

// modalWords before a verb of change make "up to" a bound again: "can go
// up to", "could come up to".
var modalWords = map[string]bool{"can": true, "could": true, "may": true, "might": true, "will": true, "would": true,
	"should": true, "must": true, "to": true}

// upParticleVerbs take "up" as their particle: "edged up to 2.1 percent"
// is the level reached ("rose up to 10 percent" stays a bound).
var upParticleVerbs = map[string]bool{}

func init() {
	for _, v := range splitSpace(`edge edges edged edging inch inches inched inching creep creeps crept creeping tick ticks
		ticked ticking go goes went gone going move moves moved moving shoot shoots shot shooting come comes came coming
		pick picks picked picking
		revise revises revised revising ratchet ratchets ratcheted ratcheting bump bumps bumped bumping step steps stepped
		stepping`) {
		upParticleVerbs[v] = true
	}
}

// overNouns before "over" make it a preposition of place or contest, not
// "more than".
var overNouns = map[string]bool{"shot": true, "win": true, "victory": true, "lead": true, "edge": true, "advantage": true,
	"jumped": true, "leaped": true, "flew": true, "fired": true, "triumph": true, "wins": true, "victories": true}

// metreContext reports whether the word after "600m" makes it a length:
// a preposition or adverb of place or size ("fell 600m down", "50m by").
func metreContext(next string) bool {
	switch next {
	case "by", "down", "up", "from", "above", "below", "deep", "high", "long", "wide", "tall", "away", "into", "onto",
		"under", "across", "along", "beneath", "north", "south", "east", "west", "underground", "underwater":
		return true
	}
	return false
}

// moneyBefore are words before a figure that make a bare "35m" money.
var moneyBefore = map[string]bool{"worth": true, "cost": true, "costs": true, "paid": true, "pay": true, "raised": true,
	"raise": true, "spent": true, "spend": true, "for": true, "fee": true, "budget": true, "valued": true, "earned": true,
	"earns": true, "lost": true, "made": true, "bid": true, "offer": true, "offered": true, "sold": true, "bought": true}

// millionCode reads finance shorthand for millions of a currency at token
// k: "MUSD", "MEUR", "MSEK". Only the upper-case spelling counts, so the
// name "Maud" stays a name.
func (p *parser) millionCode(k int) string {
	if k >= len(p.t) || p.t[k].kind != kWord || len(p.t[k].low) != 4 || p.t[k].low[0] != 'm' || p.t[k].gap == gapLine {
		return ""
	}
	raw := p.text[p.t[k].s:p.t[k].e]
	if raw != strings.ToUpper(raw) || !millionCodes[p.t[k].low[1:]] {
		return "" // "MARS 2020" is a rover, not Argentine pesos
	}
	return isoCode(p.t[k].low[1:])
}

// millionCodes are the currencies finance shorthand puts after an "M".
var millionCodes = map[string]bool{"usd": true, "eur": true, "gbp": true, "aud": true, "sek": true, "nok": true,
	"dkk": true, "chf": true, "cad": true, "nzd": true, "hkd": true, "sgd": true, "jpy": true}

// scaleAfterCode reads a scale word after a currency code that follows the
// figure, "75 USD million", and applies it to m. It returns the token after
// the scale word, or k when there is none.
func (p *parser) scaleAfterCode(m *measure, k int) int {
	if m.unit == UnitPercent || k >= len(p.t) || !p.sameLine(k) || !isoCodes[p.word(k-1)] {
		return k
	}
	sc := 0.0
	if w := numWords[p.word(k)]; w.kind == wScale && w.val >= 1e6 {
		sc = w.val
	} else if sa, ok := scaleAbbrev[p.word(k)]; ok && sa.val >= 1e6 && !sa.needCurrency {
		sc = sa.val
	}
	if sc == 0 {
		return k
	}
	m.val *= sc
	m.scaled = true
	return k + 1
}

// letterCurrencies are the letters African and South Asian papers write
// before a figure for their currency.
var letterCurrencies = map[string]string{"r": "ZAR", "n": "NGN", "sh": "KES", "ksh": "KES", "kshs": "KES", "tk": "BDT", "gh": "GHS",
	"shs": "UGX"} // ("Shs" is how Ugandan papers write shillings)

// scaleAfterFigure reports a figure at k followed by a scale word or a
// glued scale abbreviation: "3.2 billion", "2.5bn", "40m".
func (p *parser) scaleAfterFigure(k int) bool {
	if k >= len(p.t) || p.t[k].kind != kNum {
		return false
	}
	w := p.word(k + 1)
	return p.sameLine(k+1) && (numWords[w].kind == wScale && numWords[w].val >= 1e6 || scaleAbbrev[w].val >= 1e6 || w == "crore" || w == "lakh")
}

// codeLike reports a figure at k glued to a capital scale letter and more
// ("R3B", "R02B11"): a name or a code, not "R3bn".
func (p *parser) codeLike(k int) bool {
	if k+1 >= len(p.t) || !p.glued(k+1) {
		return false
	}
	raw := p.text[p.t[k+1].s:p.t[k+1].e]
	return raw != strings.ToLower(raw) || k+2 < len(p.t) && p.glued(k+2)
}

// currencyAfter reports a currency sign or word at k, or after a "de" or
// "of" there: "2,1 Md€", "2 Mds d'euros".
func (p *parser) currencyAfter(k int) bool {
	if !p.sameLine(k) {
		return false
	}
	if w := p.word(k); w == "de" || w == "d" || w == "of" {
		k++
	}
	return currencySymbols[p.sym(k)] != "" || currencyWords[p.word(k)].code != ""
}

// currencyPrefix reads a currency written before a figure: "$", "US$",
// "us $", "C$", "€", "USD", "Rs.". It returns the ISO code and the token
// after it.
func (p *parser) currencyPrefix(i int) (string, int) {
	t := p.t[i]
	next := func(k int) bool { // a figure (or sign) follows at k on the same line
		if k >= len(p.t) || p.t[k].gap == gapLine {
			return false
		}
		if p.t[k].kind == kNum {
			return true
		}
		if p.t[k].kind == kWord {
			w := numWords[p.t[k].low]
			return w.kind != 0 && w.kind != wVague || p.t[k].low == "a" || p.t[k].low == "an" || p.t[k].low == "half"
		}
		return (p.t[k].low == "-" || p.t[k].low == "−") && k+1 < len(p.t) && p.t[k+1].kind == kNum
	}
	if t.kind == kSym {
		// "$US1 million", "$A5": the country after the sign (before "$"
		// alone, which would read "A" as "a")
		if t.low == "$" && i+2 < len(p.t) && p.t[i+1].kind == kWord && p.glued(i+1) && p.glued(i+2) && p.t[i+2].kind == kNum &&
			p.text[p.t[i+1].s:p.t[i+1].e] == strings.ToUpper(p.t[i+1].low) {
			if code, ok := dollarPrefixes[p.t[i+1].low]; ok {
				return code, i + 2
			}
		}
		if code, ok := currencySymbols[t.low]; ok && next(i+1) {
			if t.low == "$" && p.dollar != "" {
				code = p.dollar // "$5.000 millones" on a Colombian page is pesos
			}
			return code, i + 1
		}
		return "", i
	}
	if t.kind != kWord {
		return "", i
	}
	// "US$", "C$", "us $", "u.s. $", "usd$".
	k := i + 1
	if t.low == "u" && p.sym(i+1) == "." && p.word(i+2) == "s" && p.glued(i+1) && p.glued(i+2) {
		k = i + 3
		if p.sym(k) == "." && p.glued(k) {
			k++
		}
		if p.sym(k) == "$" && next(k+1) {
			return "USD", k + 1
		}
		return "", i
	}
	if code, ok := dollarPrefixes[t.low]; ok && p.sym(k) == "$" && next(k+1) {
		glued := p.glued(k)
		if glued || len(t.low) > 1 || t.low == "c" {
			if glued || t.low != "s" && t.low != "a" && t.low != "r" {
				return code, k + 1
			}
		}
	}
	if t.low == "mex" && p.sym(k) == "$" && next(k+1) {
		return "MXN", k + 1
	}
	if code, ok := letterCurrencies[t.low]; ok {
		// "R3.2 billion" (rand), "N2.5 billion" (naira), "Sh2 billion",
		// "KSh 500", "Tk 500 crore", "GH¢5 million"; a lone capital letter
		// only glued to a figure with a scale word ("N95", "R2" are names)
		raw := p.text[t.s:t.e]
		kk := k
		if t.low == "gh" && p.sym(kk) == "¢" && p.glued(kk) {
			kk++
		}
		single := len(t.low) == 1
		if next(kk) && (!single || raw != t.low && p.glued(kk) && p.scaleAfterFigure(kk) && !p.codeLike(kk)) && (t.low != "gh" || kk > k) {
			return code, kk
		}
	}
	if t.low == "u" && p.sym(k) == "$" && p.glued(k) && p.word(k+1) == "s" && p.glued(k+1) && next(k+2) {
		return "USD", k + 2 // "u$s 2.300 millones": Argentine for US dollars
	}
	if t.low == "fr" && (p.de || p.fr) && p.sym(k) == "." && p.glued(k) && next(k+1) {
		return "CHF", k + 1 // "Fr. 5.20": Swiss francs
	}
	if isoCodes[t.low] && next(k) {
		// Upper-case in the text, or a bare lower-case code in all-lower text.
		return isoCode(t.low), k
	}
	if (t.low == "rs" || t.low == "inr") && !(p.text[t.s:t.e] == "RS" && (p.sym(k) == "-" || p.sym(k) == "‑")) { // "RS-25 engines" are no rupees
		if p.sym(k) == "." && p.glued(k) {
			k++
		}
		if next(k) {
			return "INR", k
		}
	}
	if code, ok := currencySymbols[t.low]; ok && next(k) { // letter-like signs such as 元
		return code, k
	}
	// AP style glues the currency word to the figure: "euro110 billion"
	if cw, ok := currencyWords[t.low]; ok && !cw.strict && cw.factor == 1 && p.glued(k) && k < len(p.t) && p.t[k].kind == kNum {
		return cw.code, k
	}
	return "", i
}

// moneyContext reports a word of money within the five words before the
// figure starting at token i, on its line: "paid 58,000 pounds", "the
// average price rose to 287,400 pounds".
func (p *parser) moneyContext(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && p.sameLine(k+1); k-- {
		if p.t[k].kind != kWord {
			if p.sym(k) == "," || p.sym(k) == "-" {
				continue
			}
			return false
		}
		if moneyCueWords[p.t[k].low] {
			return true
		}
	}
	return false
}

// moneyCueWords before a figure make an ambiguous currency word ("pounds")
// money rather than weight.
var moneyCueWords = map[string]bool{}

func init() {
	for _, w := range splitSpace(`price prices priced cost costs costing paid pay pays paying fee fees salary salaries wage
		wages fine fined worth valued value sold bought spent spend spends raised raise raising earned earns earn earning
		budget rent rents grant compensation damages bill loan debt profit profits revenue revenues income deposit mortgage
		charged charge charges award awarded bonus pension tax taxes funding donated donation prize fare fares`) {
		moneyCueWords[w] = true
	}
}

// unitSuffix reads a percent or currency after the figure ending at token k.
// It returns the unit, the token after it and a factor (0.01 for cents).
func (p *parser) unitSuffix(k int, scaled, moneyCtx bool) (string, int, float64) {
	if k >= len(p.t) || p.t[k].gap == gapLine {
		return "", k, 1
	}
	t := p.t[k]
	if scaled && t.kind == kWord && t.low == "of" && p.sameLine(k+1) && p.text[t.s:t.e] != "of" {
		// French and Spanish "300 millions de dollars", "dos millones de
		// euros" (the "de" was read as "of"): the currency after it
		if cw, ok := currencyWords[p.word(k+1)]; ok && cw.factor == 1 {
			if code, ok := currencyNationsAfter[p.word(k+1)][p.word(k+2)]; ok && p.sameLine(k+2) {
				return code, k + 3, 1 // "20 millones de pesos argentinos"
			}
			return cw.code, k + 2, 1
		}
	}
	if scaled && t.kind == kWord && (strings.HasPrefix(t.low, "d'") || strings.HasPrefix(t.low, "d’")) {
		// "3 milliards d'euros"
		if cw, ok := currencyWords[strings.TrimPrefix(strings.TrimPrefix(t.low, "d'"), "d’")]; ok && cw.factor == 1 {
			return cw.code, k + 1, 1
		}
	}
	if t.kind == kSym {
		if t.low == "%" {
			return UnitPercent, k + 1, 1
		}
		if code, ok := currencySymbols[t.low]; ok {
			// "10 €", "100₾"; but not "5 $10" where the sign opens the next figure.
			if k+1 < len(p.t) && p.t[k+1].kind == kNum && p.glued(k+1) {
				return "", k, 1
			}
			return code, k + 1, 1
		}
		// "12-cent", "one-yen"
		if (t.low == "-" || t.low == "‑") && t.gap == gapNone && p.glued(k+1) && k+1 < len(p.t) {
			if cw, ok := currencyWords[p.t[k+1].low]; ok && !cw.strict {
				return cw.code, k + 2, cw.factor
			}
			// "a 5-percent raise", "a 10-per-cent cut"
			if w := p.t[k+1].low; w == "percent" || w == "pct" {
				return UnitPercent, k + 2, 1
			}
			if p.t[k+1].low == "per" && p.sym(k+2) == "-" && p.glued(k+2) && p.glued(k+3) && p.word(k+3) == "cent" {
				return UnitPercent, k + 4, 1
			}
		}
		return "", k, 1
	}
	if t.kind != kWord {
		return "", k, 1
	}
	w := t.low
	if w == "pc" && t.gap == gapNone {
		return UnitPercent, k + 1, 1 // "0.4pc"
	}
	if w == "p" && t.gap == gapNone && !(p.sym(k+1) == "." && p.word(k+2) == "m") {
		return "GBP", k + 1, 0.01 // "142.50p"
	}
	if percentWords[w] {
		k++
		if w == "percentage" && (p.word(k) == "point" || p.word(k) == "points") {
			k++
		}
		return UnitPercent, k, 1
	}
	if w == "per" && p.word(k+1) == "cent" && p.sameLine(k+1) {
		return UnitPercent, k + 2, 1
	}
	if isoCodes[w] || upperCodes[w] && p.text[t.s:t.e] == strings.ToUpper(w) {
		if p.glued(k+1) && k+1 < len(p.t) && p.t[k+1].kind == kNum {
			return "", k, 1 // "3 USD50": the code belongs to the next figure
		}
		return isoCode(w), k + 1, 1
	}
	if code, ok := currencySymbols[w]; ok { // 元
		return code, k + 1, 1
	}
	// "australian dollars", "hong kong dollars", "u.s. dollars"
	if nat, ok := currencyNations[w]; ok && p.sameLine(k+1) {
		if code, ok := nat[p.word(k+1)]; ok {
			return code, k + 2, 1
		}
	}
	if nat, ok := twoWordNations[[2]string{w, p.word(k + 1)}]; ok && p.sameLine(k+2) {
		if code, ok := nat[p.word(k+2)]; ok {
			return code, k + 3, 1
		}
	}
	if w == "us" && p.sym(k+1) == "-" && p.glued(k+1) && p.glued(k+2) {
		if d := p.word(k + 2); d == "dollar" || d == "dollars" {
			return "USD", k + 3, 1 // German "600 US-Dollar"
		}
	}
	if w == "u" && p.sym(k+1) == "." && p.word(k+2) == "s" {
		kk := k + 3
		if p.sym(kk) == "." {
			kk++
		}
		if d := p.word(kk); d == "dollar" || d == "dollars" {
			return "USD", kk + 1, 1
		}
	}
	if cw, ok := currencyWords[w]; ok {
		if cw.strict && !moneyCtx && p.word(k+1) != "sterling" {
			return "", k, 1 // "300 pounds" may be a weight; "paid 58,000 pounds" is money
		}
		if cw.strict && p.word(k+1) == "of" && k+2 < len(p.t) && p.t[k+2].kind == kWord && !moneyNouns[p.t[k+2].low] &&
			!nounStop[p.t[k+2].low] && !detAfterOf[p.t[k+2].low] && weightGoods[p.t[k+2].low] {
			return "", k, 1 // "29.4 million pounds of halibut": a weight
		}
		k++
		if cw.code == "GBP" && p.word(k) == "sterling" {
			k++
		}
		if code, ok := currencyNationsAfter[w][p.word(k)]; ok && p.sameLine(k) {
			return code, k + 1, cw.factor // "150 000 francs CFA", "20 millones de pesos argentinos"
		}
		return cw.code, k, cw.factor
	}
	return "", k, 1
}

// trailingQualifier reads "or more", "or less", "+", "or so" after a figure.
func (p *parser) trailingQualifier(k int) (int, string) {
	if k >= len(p.t) || p.t[k].gap == gapLine {
		return k, ""
	}
	if p.sym(k) == "+" && p.glued(k) {
		return k + 1, Lower
	}
	if p.sym(k) == "-" && p.glued(k) && p.word(k+1) == "plus" && p.glued(k+1) {
		return k + 2, Lower // "three-plus seasons"
	}
	if p.sym(k) == "-" && p.glued(k) && p.word(k+1) == "odd" && p.glued(k+1) {
		return k + 2, Approx // "the island's 5,000-odd residents"
	}
	if p.de {
		switch p.word(k) {
		case "übersteigen", "übersteigt", "überstieg", "überschreiten", "überschreitet", "überschritt", "übertreffen", "übertrifft":
			return k, Lower // verb last: "könnte der Schaden 2 Milliarden Euro übersteigen"
		}
	}
	if c := p.word(k); (c == "or" || c == "and") && p.sameLine(k+1) {
		switch p.word(k + 1) {
		case "more", "over", "greater", "higher", "above", "upwards", "less", "fewer", "lower", "under", "below":
			if p.word(k+2) == "of" {
				return k, "" // "40,000 and upwards of 500": a new figure
			}
			q := Lower
			switch p.word(k + 1) {
			case "less", "fewer", "lower", "under", "below":
				q = Upper
			}
			// "200 or greater than" (nothing after): take "than" too; "200
			// or greater than 190" leaves the second bound to its own figure.
			if p.word(k+2) == "than" {
				if nx := k + 3; nx < len(p.t) && p.sameLine(nx) && (p.t[nx].kind == kNum || numWords[p.t[nx].low].kind != 0) {
					return k, ""
				}
				return k + 3, q
			}
			return k + 2, q
		case "so":
			if c == "or" {
				return k + 2, Approx
			}
		}
	}
	return k, ""
}

// parseNumber reads a figure at token i: digits ("10,000", "1.5"), digits
// with a scale ("1.5 million", "$35m", "8k"), or number words ("three
// hundred and twenty", "a dozen", "tens of thousands", "half a million").
// currency says a currency was written before it, which makes "m" a scale.
func (p *parser) parseNumber(i int, currency bool) (num, bool) {
	n := num{needCur: -1}
	t := p.t[i]
	var total, cur, lastScale float64
	last := uint8(0) // kind of the last atom
	started := false
	j := i
	if t.kind == kNum {
		v, info, ok := p.parseDigits(t.low)
		if !ok {
			return num{e: p.skipRun(i)}, false
		}
		if info.dotThou && !p.decComma && p.decimalContext(i+1) {
			// "3.125%", "1.234 billion", "$1.250bn": a decimal point after all.
			v, _, _ = finite(t.low, 0, 0, info)
			info.dotThou = false
		}
		n.digits, n.info = true, info
		n.approx = n.approx || t.approx
		j = i + 1
		// "4½ months", "2 1/2 hours": a whole number and a fraction
		if info.plainInt && j < len(p.t) {
			if f := vulgarFractions[p.t[j].low]; f > 0 && (p.glued(j) || p.t[j].gap == gapSpace) && p.t[j].kind == kSym {
				// "4½", and "6 ½ minutes" with a space
				v += f
				j++
				n.info = digitInfo{}
				info = n.info
			} else if k := mixedFractionAt(p, j); k > 0 {
				a, b := p.t[k].low, p.t[k+2].low
				v += float64(a[0]-'0') / float64(b[0]-'0')
				j = k + 3
				n.info = digitInfo{}
				info = n.info
			}
		}
		// A run glued on with ':' '/' or more digits is a time, date, ratio
		// or code: "07:50", "5/17/2018", "01.11.2024" (handled above), "1/3".
		if j < len(p.t) && p.t[j].gap == gapNone && p.t[j].kind == kSym {
			switch p.t[j].low {
			case ":", "/", "_", "^":
				if j+1 < len(p.t) && p.t[j+1].kind == kNum && p.glued(j+1) {
					return num{e: p.skipRun(i)}, false
				}
			case "-", "‑":
				// three or more numbers glued with hyphens: "2024-11-01", "222-2222-2222"
				if p.glued(j+1) && j+1 < len(p.t) && p.t[j+1].kind == kNum && p.sym(j+2) == p.t[j].low && p.glued(j+2) && p.glued(j+3) && j+3 < len(p.t) && p.t[j+3].kind == kNum {
					return num{e: p.skipPhone(p.skipRun(i))}, false
				}
			}
		}
		// Digit groups separated by single spaces: "10 000", "1 414 021 100".
		if info.plainInt && info.ndigits <= 3 && !info.leading0 {
			k := j
			groups := 0
			var digits []byte
			for k < len(p.t) && groups < 7 && p.t[k].kind == kNum && p.t[k].gap == gapSpace && p.singleSpaceBefore(k) {
				g := p.t[k].low
				d, gi, ok := parseDigits(g)
				_ = d
				if !ok || len(g) < 3 || g[0] < '0' || g[:3] != g[:3] || !(gi.plainInt && gi.ndigits == 3 || !gi.plainInt && len(g) > 4 && g[3] == '.' && isAllDigits(g[:3]) && isAllDigits(g[4:])) {
					break
				}
				if digits == nil {
					digits = append(digits, t.low...)
				}
				digits = append(digits, g...)
				groups++
				k++
				if !gi.plainInt {
					break
				}
			}
			// A following group glued to more digits or letters is not ours.
			// So is one followed by a capitalised word: "400 737 Max jets".
			// Phone numbers are digit groups too: "+82 2 751 1500", "40 890 85-433".
			phoneLike := i > 0 && p.t[i].gap != gapLine && (p.t[i-1].kind == kNum || p.sym(i-1) == ")") ||
				k < len(p.t) && p.t[k].gap != gapLine && (p.t[k].kind == kNum || p.t[k].gap == gapNone && p.t[k].kind == kSym && p.t[k].low != "%" && p.t[k].low != "," && p.t[k].low != "." && currencySymbols[p.t[k].low] == "" &&
					!(isDash(p.t[k].low) && k+1 < len(p.t) && p.t[k+1].kind == kNum && p.glued(k+1)))
			nameAfter := phoneLike || !p.decComma && k < len(p.t) && p.t[k].kind == kWord && p.t[k].gap == gapSpace && groups == 1 && p.singleSpaceBefore(j) && p.text[p.t[j].s-1] == ' ' && isUpperInitial(p.text[p.t[k].s:p.t[k].e])
			if groups > 0 && !nameAfter && !(k < len(p.t) && p.glued(k) && (p.t[k].kind == kWord && scaleAbbrev[p.t[k].low].val == 0 || p.t[k].kind == kNum)) {
				if vv, gi, ok := parseDigits(string(digits)); ok {
					v = vv
					n.info = digitInfo{plainInt: gi.plainInt}
					j = k
				}
			}
		}
		// "14, 000" and "200, 000": thousands split by a tokenizer upstream.
		if info.plainInt && info.ndigits <= 3 {
			for j+1 < len(p.t) && p.sym(j) == "," && p.glued(j) && p.t[j+1].kind == kNum && p.t[j+1].low == "000" &&
				p.t[j+1].gap == gapSpace && p.singleSpaceBefore(j+1) && !(j+2 < len(p.t) && p.glued(j+2) && p.t[j+2].kind != kSym &&
				!gluedUnits[p.text[p.t[j+2].s:p.t[j+2].e]]) {
				v *= 1000
				j += 2
				n.info = digitInfo{}
			}
		}
		// "the 1990's", "in his early 20's": a decade; "a 4×4", "2×3 metres": a size
		if ap := p.sym(j); (ap == "'" || ap == "’") && p.glued(j) && p.word(j+1) == "s" && p.glued(j+1) && info.plainInt && math.Mod(v, 10) == 0 && v > 0 {
			return num{e: p.skipRun(i)}, false
		}
		if p.sym(j) == "×" && j+1 < len(p.t) && p.t[j+1].kind == kNum && p.t[j+1].gap != gapLine {
			return num{e: p.skipRun(j + 1)}, false
		}
		// Glued suffix: "8k", "$35m", "2bn", "10M"; ordinals and units end it.
		if j < len(p.t) && p.glued(j) && p.t[j].kind == kWord {
			w := p.t[j].low
			raw := p.text[p.t[j].s:p.t[j].e]
			if w == "mm" && raw != "MM" && p.word(j+1) != "of" {
				return num{e: p.skipRun(i)}, false // "a 38mm watch": a size, not a figure (but "50mm of rain" is one)
			}
			if raw == "K" && !currency && v <= 16 {
				return num{e: p.skipRun(i)}, false // "4K video"
			}
			if raw == "B" && !currency && info.plainInt && info.ndigits == 1 && currencyWords[p.word(j+1)].code == "" && !isoCodes[p.word(j+1)] {
				return num{e: p.skipRun(i)}, false // "1B Mark Teixeira" (a first baseman), "Block 1B": no billion without money
			}
			if _, ok := scaleAbbrev[w]; ok && len(raw) == 1 && raw[0] >= 'A' && raw[0] <= 'Z' && !currency && info.plainInt && info.ndigits >= 4 {
				return num{e: p.skipRun(i)}, false // "the 5500M chipset", "an RTX 3080M": a model, not 5.5 billion
			}
			if sa, ok := scaleAbbrev[w]; ok && raw != "mm" {
				n.raw = v
				v *= sa.val
				n.scaled = true
				if sa.needCurrency && raw == "m" && !currency {
					n.needCur, n.needCurV = j, sa.val
				}
				j++
			} else if sc := numWords[w]; sc.kind == wScale && (sc.val >= 1e6 || currency) {
				// "£71.6million", "$2.5billion": the scale word glued on
				n.raw = v
				v *= sc.val
				n.scaled = true
				j++
			} else if (raw == "C" || raw == "F") && v <= 150 && !p.sameLineWordAfter(j) && (p.sym(i-1) == "-" || temperatureBefore[p.word(i-1)] && (p.word(i-1) != "of" || temperatureBefore[p.word(i-2)])) {
				// "fell to -15C", "highs of 38C": degrees
			} else if gluedUnits[raw] || raw == "mm" {
				// "58km", "600kg", "5,000mph": a measure; the unit is the counted noun
				if p.sameLine(j+1) && p.t[j+1].kind == kWord && isUpperInitial(p.text[p.t[j+1].s:p.t[j+1].e]) {
					return num{e: p.skipRun(i)}, false // "29km Road": a name
				}
			} else if isoCodes[w] || currencyWords[w].code != "" || currencySymbols[w] != "" || percentWords[w] || w == "pc" ||
				w == "p" && !currency && !(p.sym(j+1) == "." && p.word(j+2) == "m") && (v < 1000 && v != 144 && v != 240 && v != 360 && v != 480 && v != 720) {
				// a unit glued on: "115USD", "100元"; read by the caller
			} else {
				// "2nd", "1990s", "180ml", "5G", "4pm", "1e999": not a count.
				return num{e: p.skipRun(i)}, false
			}
		}
		if !n.scaled && p.sym(j) == "-" && p.glued(j) && p.glued(j+1) {
			// "$2.6-million deal", "a 3-billion-euro plan"
			if sc := numWords[p.word(j+1)]; sc.kind == wScale && sc.val >= 1e6 {
				n.raw = v
				v *= sc.val
				n.scaled = true
				j += 2
			}
		}
		if !n.scaled {
			n.raw = v
		}
		cur = v
		started = true
		last = wUnit
		if v >= 1000 || !info.plainInt {
			last = wScale // nothing but a scale word may follow "10,000" or "1.5"
			lastScale = 0
		}
		if n.scaled {
			total, cur, lastScale, last = v, 0, 2, wScale // "8k", "$35m": done, except "lakh crore"-like chains we skip
			n.e = j
			n.val = total
			return n, true
		}
	}
	rawSet := started
	good := j // token after the last atom taken
	for j < len(p.t) {
		t := p.t[j]
		if started && t.gap == gapLine {
			break
		}
		if t.kind == kNum {
			// Digits after words: "4 thousand 3 hundred and 21".
			if !started || !(last == wHundred || last == wScale && lastScale > 0) {
				break
			}
			v, info, ok := parseDigits(t.low)
			if !ok || !info.plainInt || v >= 1000 || last == wHundred && v >= 100 || p.glued(j+1) && p.t[j+1].kind != kSym {
				break
			}
			if p.glued(j) {
				break
			}
			cur += v
			last = wTen
			if v < 10 {
				last = wUnit
			}
			j++
			good = j
			continue
		}
		if t.kind == kSym {
			// "twenty-one", "fifty - two"
			if (t.low == "-" || t.low == "‑") && last == wTen && int(cur)%10 == 0 && j+1 < len(p.t) && numWords[p.t[j+1].low].kind == wUnit && p.t[j+1].gap != gapLine {
				j++
				continue
			}
			break
		}
		if t.kind != kWord {
			break
		}
		w := t.low
		nw, isNum := numWords[w]
		if !started {
			switch {
			case w == "a" || w == "an":
				nx := p.word(j + 1)
				if !p.sameLine(j + 1) {
					return num{e: i + 1}, false
				}
				if k := numWords[nx].kind; k == wHundred || k == wScale || k == wDozen {
					cur, started, last = 1, true, wUnit
					j++
					continue
				}
				if nx == "few" || nx == "couple" {
					k := j + 2
					if p.word(k) == "of" {
						k++
					}
					if kk := numWords[p.word(k)].kind; kk == wHundred || kk == wScale || kk == wDozen {
						cur, started, last, n.approx = 3, true, wUnit, true
						if nx == "couple" {
							cur = 2
						}
						j = k
						continue
					}
				}
				if nx == "half" && p.andAHalf(j) {
					return num{e: i + 1}, false
				}
				if nx == "half" || nx == "quarter" {
					if numWords[p.word(j+2)].kind == wScale && p.sameLine(j+2) || p.hyphenScale(j+2) {
						j++
						continue // "a half million", "a quarter million", "a half-million"
					}
				}
				// "a third of", "a quarter of": a fraction.
				if f, e := p.fraction(w, j+1); f > 0 {
					p.setFraction(&n, f, e)
					return n, true
				}
				return num{e: i + 1}, false
			case w == "several":
				if kk := numWords[p.word(j+1)].kind; (kk == wHundred || kk == wScale || kk == wDozen) && p.sameLine(j+1) {
					cur, started, last, n.approx = 3, true, wUnit, true
					j++
					continue
				}
				return num{e: i + 1}, false
			case nw.kind == wHalf || nw.kind == wQuarter:
				if p.andAHalf(j - 1) {
					return num{e: i + 1}, false
				}
				// "half a million", "half a dozen", "quarter million"
				k := j + 1
				if w2 := p.word(k); w2 == "a" || w2 == "an" {
					k++
				} else if p.hyphenScale(k) {
					k++ // "a half-million people"
				}
				if kk := numWords[p.word(k)]; (kk.kind == wScale || kk.kind == wDozen || kk.kind == wHundred) && p.sameLine(k) {
					total = nw.val * kk.val
					lastScale = kk.val
					started, last = true, wScale
					if kk.kind == wDozen || kk.kind == wHundred {
						cur, total, lastScale = total, 0, 0
						last = wHundred
					}
					j = k + 1
					good = j
					continue
				}
				if p.word(j+1) == "of" && p.sameLine(j+1) && nw.kind == wHalf {
					// "half of the respondents", "half of a million"
					p.setFraction(&n, 0.5, j+1)
					return n, true
				}
				if nw.kind == wHalf && j == i && p.word(j-1) == "between" && p.word(j+1) == "and" && p.sameLine(j+1) {
					p.setFraction(&n, 0.5, j+1) // "between half and two-thirds of homes"
					return n, true
				}
				return num{e: i + 1}, false
			case nw.kind == wVague:
				// "hundreds", "tens of thousands", "millions of"
				v := nw.val
				k := j + 1
				for p.word(k) == "of" && numWords[p.word(k+1)].kind == wVague && numWords[p.word(k+1)].val > v && p.sameLine(k+1) {
					v *= numWords[p.word(k+1)].val
					k += 2
				}
				if w == "tens" && k == j+1 {
					return num{e: i + 1}, false
				}
				if k == j+1 && (p.word(k) == "upon" || p.word(k) == "and" || p.word(k) == "on") && p.word(k+1) == w && p.sameLine(k+1) {
					k += 2 // "thousands upon thousands", "hundreds and hundreds": one figure
				}
				n.val, n.raw, n.vague, n.e = 2*v, 2*v, true, k
				return n, true
			case isNum && (nw.kind == wUnit || nw.kind == wTeen || nw.kind == wTen):
				// "three quarters", "two-thirds": fractions.
				if k := j + 1; p.sameLine(k) && (fractionWords[p.word(k)] || p.sym(k) == "-" && fractionWords[p.word(k+1)]) {
					if f, e := p.fraction(w, k); f > 0 && numWords[p.word(e)].kind != wScale {
						p.setFraction(&n, f, e)
						return n, true
					}
					// "three quarters billion" is a figure; "three quarters" alone is not read.
					if f := fractionOf(w, p.word(k)); f > 0 && numWords[p.word(k+1)].kind == wScale && p.sameLine(k+1) {
						sc := numWords[p.word(k+1)].val
						total, lastScale, started, last = f*sc, sc, true, wScale
						n.scaled = true
						j = k + 2
						good = j
						continue
					}
					return num{e: k + 1}, false
				}
				cur, started, last = nw.val, true, nw.kind
				j++
				good = j
				continue
			}
			return num{e: i + 1}, false
		}
		if !isNum {
			// Spaced scale abbreviations: "2.33 k", "10 bln", "1,674,200.5 M", "3 dzs".
			if sa, ok := scaleAbbrev[w]; ok && j == good && !n.scaled && cur != 0 && total == 0 && (n.digits || sa.val == 12) && !(w == "b" || w == "mm") {
				raw := p.text[t.s:t.e]
				if !sa.needCurrency || raw == "M" || currency || p.currencyAfter(j+1) {
					n.raw = cur
					cur *= sa.val
					n.scaled = true
					j++
					good = j
					break
				}
			}
			if w == "and" && p.sameLine(j+1) {
				nx := p.word(j + 1)
				// "one and a half", "one million and a half"
				if f := fractionOf(nx, p.word(j+2)); f > 0 && p.sameLine(j+2) {
					if sc := numWords[p.word(j+3)]; sc.kind == wScale && last == wScale && cur == 0 && sc.val < lastScale && p.sameLine(j+3) {
						total += f * sc.val // "one billion and a half million"
						j++
					} else if last == wScale && cur == 0 && lastScale > 2 {
						total += f * lastScale
					} else {
						cur += f
						last = wUnit
					}
					j += 3
					good = j
					continue
				}
				// "one hundred and six", "two thousand and two hundred"
				if (last == wHundred || last == wScale && lastScale > 2) && !fractionWords[p.word(j+2)] && !(fractionWords[p.word(j+3)] && p.sym(j+2) == "-") {
					nn := numWords[nx]
					isDigitAtom := j+1 < len(p.t) && p.t[j+1].kind == kNum && p.t[j+1].low != "0"
					// "3 hundred and 2 hundred" are two figures.
					bigger := numWords[p.word(j+2)].kind == wScale && numWords[p.word(j+2)].val >= lastScale && last == wScale
					if (nn.kind == wUnit || nn.kind == wTeen || nn.kind == wTen || isDigitAtom) && !(last == wHundred && p.word(j+2) == "hundred") && !bigger {
						j++
						continue
					}
				}
			}
			break
		}
		switch nw.kind {
		case wUnit:
			if !(last == wTen && int(cur)%10 == 0 || last == wHundred || last == wScale && lastScale > 2) {
				goto done
			}
			cur += nw.val
		case wTeen, wTen:
			if !(last == wHundred || last == wScale && lastScale > 2) {
				goto done
			}
			cur += nw.val
		case wHundred:
			if last == wHundred || last == wScale || cur == 0 {
				goto done
			}
			if cur < 100 || n.digits && j == i+1 && cur < 1000 && cur == math.Trunc(cur) {
				cur *= 100 // "three hundred", "322 hundred"
			} else {
				goto done
			}
		case wScale:
			if !rawSet {
				n.raw = total + cur
			}
			if cur == 0 && total > 0 && nw.val > lastScale {
				total *= nw.val // "three lakh crore"
			} else if cur == 0 || lastScale > 2 && nw.val >= lastScale {
				goto done
			} else {
				total += cur * nw.val
				cur = 0
			}
			n.scaled = true
			lastScale = nw.val
		case wDozen, wVague:
			// "8,7 millions de visiteurs", "2,5 millions": after a figure in
			// digits the French plural is a scale too
			digitsScale := last == wScale && lastScale == 0 && cur != 0 && nw.val >= 1e6
			if nw.kind == wVague && nw.val != 12 && (last == wScale && !digitsScale || cur == 0) {
				goto done
			}
			if nw.kind == wVague && nw.val != 12 { // "two thousands": a scale
				total += cur * nw.val
				cur = 0
				lastScale = nw.val
				n.scaled = true
			} else {
				mod := math.Mod(cur, 100)
				if cur == 0 && total == 0 {
					goto done
				}
				if mod == 0 {
					mod = 1
					if cur == 0 {
						mod = 0
					}
				}
				cur = cur - math.Mod(cur, 100) + mod*12
				if mod == 0 {
					total *= 12
				}
			}
		default:
			goto done
		}
		last = nw.kind
		if nw.kind == wDozen || nw.kind == wVague {
			last = wScale
		}
		j++
		good = j
	}
done:
	if !started {
		return num{e: i + 1}, false
	}
	n.val = total + cur
	if !n.scaled {
		n.raw = n.val
	} else if n.raw == 0 && !rawSet {
		n.raw = n.val
	}
	if n.digits && n.scaled && rawSet {
		// "1.5 million": raw is the digits
		n.raw = p.digitValue(i)
	}
	n.e = good
	if math.IsInf(n.val, 0) || math.IsNaN(n.val) {
		return num{e: good}, false
	}
	return n, true
}

func (p *parser) digitValue(i int) float64 {
	v, _, _ := p.parseDigits(p.t[i].low)
	return v
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// singleSpaceBefore reports whether token k is preceded by exactly one
// space-like character (space, no-break space, thin space).
func (p *parser) singleSpaceBefore(k int) bool {
	gap := p.text[p.t[k-1].e:p.t[k].s]
	switch gap {
	case " ", "\u00a0", "\u2009", "\u202f", "\u2007":
		return true
	}
	return false
}

// fraction reads a fraction whose numerator word is num and whose
// denominator starts at token k ("two thirds", "two-thirds", "a quarter of").
// A singular denominator must be followed by "of" or by no word, since
// "a third time" and "one fifth round" are ordinals. It returns the value
// and the token after the fraction, or 0.
func (p *parser) fraction(num string, k int) (float64, int) {
	if p.sym(k) == "-" && p.sameLine(k) {
		k++ // "two-thirds", "one - fourth"
	}
	if !p.sameLine(k) {
		return 0, k
	}
	den := p.word(k)
	f := fractionOf(num, den)
	if f == 0 {
		return 0, k
	}
	if !strings.HasSuffix(den, "s") {
		if nx := k + 1; nx < len(p.t) && p.t[nx].gap != gapLine && p.t[nx].kind == kWord && p.t[nx].low != "of" {
			return 0, k
		}
	}
	return f, k + 1
}

// setFraction stores the fraction f that ends at token e in n. A fraction
// of a scale word is a figure, not a share: "two thirds of a million" is
// 666,667 and "a quarter of a billion" is 250,000,000.
func (p *parser) setFraction(n *num, f float64, e int) {
	n.val, n.raw, n.fraction, n.e = f, f, true, e
	if p.word(e) != "of" || !p.sameLine(e+1) || !p.sameLine(e+2) {
		return
	}
	if a := p.word(e + 1); a != "a" && a != "an" && a != "one" {
		return
	}
	if sc := numWords[p.word(e+2)]; sc.kind == wScale && sc.val >= 1e3 {
		n.val, n.raw, n.fraction, n.scaled, n.e = f*sc.val, f*sc.val, false, true, e+3
	}
}

// fractionOf reads "a half", "one quarter", "three quarters", "two thirds",
// "five eighths" as a proper fraction; 0 when the words are not one.
func fractionOf(numerator, denominator string) float64 {
	d := denominators[denominator]
	if d == 0 {
		return 0
	}
	n := 1.0
	if numerator != "a" && numerator != "an" {
		w, ok := numWords[numerator]
		if !ok || w.kind != wUnit || w.val == 0 {
			return 0
		}
		n = w.val
	}
	if n >= d {
		return 0
	}
	return n / d
}

// isYear reports a bare four-digit figure that reads as a year.
func isYear(m measure) bool {
	return m.digits && m.info.plainInt && m.info.ndigits == 4 && m.val >= 1000 && m.val <= 2199 && m.unit == "" && !m.scaled
}

var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// countedEndTok returns the token after q's counted phrase (or after q).
func (p *parser) countedEndTok(q Quantity) int {
	end := q.CountedEnd
	if end == 0 {
		end = q.End
	}
	for k := range p.t {
		if p.t[k].s >= end {
			return k
		}
	}
	return len(p.t)
}

// skipPhone skips the rest of a phone number from token k: digit groups
// separated by spaces, hyphens or brackets on the same line.
func (p *parser) skipPhone(k int) int {
	for k < len(p.t) && p.t[k].gap != gapLine && p.t[k].gap != gapNone {
		t := p.t[k]
		if t.kind != kNum && !(t.kind == kSym && (t.low == "-" || t.low == "(")) {
			break
		}
		k = p.skipRun(k)
	}
	return k
}

// decimalContext reports whether the token at k makes a preceding "d.ddd"
// a decimal: a percent sign or word, or a scale word or suffix.
func (p *parser) decimalContext(k int) bool {
	if k >= len(p.t) || p.t[k].gap == gapLine {
		return false
	}
	t := p.t[k]
	switch t.kind {
	case kSym:
		return t.low == "%"
	case kWord:
		if percentWords[t.low] || t.low == "per" && p.word(k+1) == "cent" || t.low == "pc" && t.gap == gapNone {
			return true
		}
		if w := numWords[t.low]; w.kind == wScale {
			return true
		}
		_, ok := scaleAbbrev[t.low]
		return ok
	}
	return false
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "‒" }

// timeAfter are the words that make the figure before them a clock time.
var timeAfter = map[string]bool{"a": true, "am": true, "pm": true, "p": true, "o'clock": true}

// weightGoods are what is weighed in pounds in the news: "29.4 million
// pounds of halibut", "475 pounds of cocaine". Any other word after
// "pounds of" ("of reserves", "of its budget") keeps the pounds sterling.
var weightGoods = map[string]bool{"halibut": true, "fish": true, "salmon": true, "cod": true, "crab": true, "shrimp": true,
	"beef": true, "meat": true, "pork": true, "chicken": true, "food": true, "grain": true, "wheat": true, "corn": true,
	"rice": true, "sugar": true, "coffee": true, "cocaine": true, "marijuana": true, "heroin": true, "drugs": true,
	"fentanyl": true, "methamphetamine": true, "meth": true, "explosives": true, "trash": true, "garbage": true,
	"waste": true, "plastic": true, "debris": true, "steel": true, "copper": true, "cheese": true, "milk": true,
	"potatoes": true, "produce": true, "feed": true, "fertilizer": true, "ice": true, "snow": true, "water": true}

// moneyNouns after "pounds of" keep the pounds money: "millions of pounds
// of public money", "pounds of funding".
var moneyNouns = map[string]bool{"money": true, "funding": true, "funds": true, "cash": true, "investment": true,
	"public": true, "taxpayers": true, "taxpayer": true, "debt": true, "savings": true, "damage": true, "revenue": true,
	"losses": true, "profit": true, "profits": true, "spending": true, "aid": true, "compensation": true, "fees": true}

// hedgeWords make a figure approximate ("perhaps 30 miles across") but
// not the pronoun "one" after them.
var hedgeWords = map[string]bool{"perhaps": true, "possibly": true, "maybe": true, "probably": true}
