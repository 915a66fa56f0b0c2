// Package claim finds the figures an article reports and who reports them:
// each claim is a quantity (quantity.Find) with its counted thing, its
// place, its speaker (quotes, "X said", "according to X", "X assesses",
// carried across sentences for "She", "Blinken" and "the Secretary of
// State"), its as-of date (timex.Find, the speech act's date, or the
// publication day for figures reported as current) and the sentence it
// came from, with offsets into the article text.
package claim

import (
	"math"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsdesk/internal/entity"
	"newsdesk/internal/model"
	"newsdesk/internal/quantity"
	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
)

// maxText bounds the text analysed per article (longer text is cut at a
// line break); news articles are far shorter.
const maxText = 4 << 20

// maxSentence is the longest sentence a claim quotes whole; a longer one
// (an unpunctuated line of a page) is quoted as the window of words around
// the figure, so that output stays linear in the text.
const maxSentence = 1200

// windowSentence cuts c's sentence to at most about maxSentence bytes
// around its figure, on spaces, keeping text[c.Start:c.End] == c.Sentence.
func windowSentence(c *model.Claim, text string) {
	if c.End-c.Start <= maxSentence || c.QuantityStart < c.Start || c.QuantityEnd > c.End {
		return
	}
	from := max(c.Start, c.QuantityStart-maxSentence/2)
	to := min(c.End, c.QuantityEnd+maxSentence/2)
	if from > c.Start {
		if i := strings.IndexByte(text[from:c.QuantityStart], ' '); i >= 0 {
			from += i + 1
		}
	}
	if to < c.End {
		if i := strings.LastIndexByte(text[c.QuantityEnd:to], ' '); i >= 0 {
			to = c.QuantityEnd + i
		}
	}
	c.Start, c.End, c.Sentence = from, to, text[from:to]
}

// recoverPanics is switched off in this package's tests.
var recoverPanics = true

// FromArticle returns the claims of a, in text order. It never panics on
// hostile text: a bug that panics on one article gives that article no
// claims instead of stopping a batch (the tests switch this off, so that
// they see such bugs).
func FromArticle(a *model.Article) (out []model.Claim) {
	if a == nil {
		return nil
	}
	if recoverPanics {
		defer func() {
			if r := recover(); r != nil {
				out = nil
			}
		}()
	}
	text := a.Text
	if len(text) > maxText {
		cut := strings.LastIndexByte(text[:maxText], '\n')
		if cut <= 0 {
			cut = maxText
		}
		text = text[:cut]
	}
	an := analyse(text)
	out = an.claims(a)
	an.localPesos(out)
	for i := range out {
		windowSentence(&out[i], text)
	}
	return out
}

// closesSentence reports a verb at token v after which the sentence (ending
// at offset se) holds no comma: "…, the health ministry said on
// Saturday." closes it; "…, the ministry said, reported 20,000" does not.
func (p *paragraph) closesSentence(v, se int) bool {
	for k := v + 1; k < len(p.toks) && p.toks[k].Start < se; k++ {
		if p.toks[k].Text == "," || p.toks[k].Text == ";" {
			return false
		}
	}
	return true
}

// pesoCountries are the countries whose currency is the peso, with its
// code; a bare "pesos" is read as Mexican unless the article is about
// another of them.
var pesoCountries = map[string]string{"Mexico": "MXN", "Argentina": "ARS", "Colombia": "COP", "Chile": "CLP",
	"Philippines": "PHP", "Uruguay": "UYU", "Dominican Republic": "DOP", "Cuba": "CUP"}

// localPesos gives figures in bare pesos ("800 pesos", "25 billones de
// pesos") the currency of the peso country the article names most, when
// that is not Mexico: in a story about Argentina, pesos are Argentine.
func (an *analysis) localPesos(out []model.Claim) {
	found := false
	for i := range out {
		if out[i].Unit == "MXN" && bareCurrency(out[i].Quantity, "peso") {
			found = true
		}
	}
	if !found {
		return
	}
	an.indexRegions()
	best, bestN := "", an.countryCount["Mexico"]
	for c, code := range pesoCountries {
		if n := an.countryCount[c]; n > bestN || n == bestN && n > 0 && best != "" && code < pesoCountries[best] {
			best, bestN = c, n
		}
	}
	if best == "" {
		return // Mexico, or no peso country, named most
	}
	for i := range out {
		if out[i].Unit == "MXN" && bareCurrency(out[i].Quantity, "peso") {
			out[i].Unit = pesoCountries[best]
		}
	}
}

// bareCurrency reports a figure written with the currency word w and
// nothing that says whose it is ("800 pesos", not "800 Mexican pesos" or
// "MXN 800").
func bareCurrency(q, w string) bool {
	l := strings.ToLower(q)
	return strings.Contains(l, w) && !strings.Contains(l, "mex") && !strings.Contains(l, "mxn")
}

// analysis is the article-wide state: tokens, mentions, paragraphs with
// their attributions resolved in reading order.
type analysis struct {
	text     string
	toks     []entity.Token
	mentions []entity.Mention
	paras    []*paragraph
	reg      *registry
	places   map[string]bool // names the article uses as places ("in Delhi"), normalised
	// versioned are names the article writes with a version or model
	// number ("Internet Explorer 8"): products, not places
	versioned map[string]bool
	speaking  map[string]bool // normalised names of the article's speakers, built on first use
	// countries are the mentions that name a country, in text order, and
	// countryCount how often each country is named (built on first use)
	countries    []regionMention
	countryCount map[string]int
	states       []regionMention // mentions that name a state ("New York"), in text order
	// relClause caches the relative clause around each date (by offset)
	relClause map[int][2]int
	lang      string // the article's language
}

type paragraph struct {
	para
	start, end int       // byte offsets in the article text
	tokFrom    int       // index of the paragraph's first token in analysis.toks
	cues       []Cue     // attributions outside quotes
	speakers   []Speaker // speakers[i] resolves cues[i]
	// fromSubject marks participle cues whose speaker is the sentence's
	// subject: they speak for the figures after them only
	fromSubject map[int]bool

	phraseStarts map[int]bool // offsets where a cue's speaker phrase starts, built on first use
}

func analyse(text string) *analysis {
	an := &analysis{text: text}
	an.toks = entity.Tokenize(text)
	lower := entity.LowerWords(text, an.toks)
	an.mentions = entity.FindTokens(text, an.toks, lower)
	an.reg = newRegistry(text, an.toks, an.mentions)
	an.places = articlePlaces(text, an.toks, an.mentions)
	an.versioned = versionedNames(text, an.toks, an.mentions)
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			lo := sort.Search(len(an.toks), func(i int) bool { return an.toks[i].Start >= start })
			hi := sort.Search(len(an.toks), func(i int) bool { return an.toks[i].Start >= end })
			p := &paragraph{start: start, end: end, tokFrom: lo}
			p.para = para{text: text, toks: an.toks[lo:hi], lower: lower}
			an.paras = append(an.paras, p)
		}
		start = end + 1
	}
	for i, p := range an.paras {
		continued := i > 0 && an.paras[i-1].endsInQuote()
		p.markQuotes(continued, continued && an.quoteClosesSoon(i))
		p.cues = p.para.cues()
		if len(p.cues) == 0 {
			if c, ok := p.headlineCue(); ok {
				p.cues = append(p.cues, c)
			}
		}
	}
	// resolve speakers in reading order, so that "She" and "Blinken" find
	// the people named before them
	for _, p := range an.paras {
		p.speakers = make([]Speaker, len(p.cues))
		for i, c := range p.cues {
			if c.Elided {
				sp, same := p.elidedSpeaker(i)
				if !same {
					// no speaker earlier in the sentence: the participle
					// shares the sentence's subject ("The Kremlin denied the
					// report, saying …")
					if from, to, ok := p.sentenceSubject(c.Verb); ok {
						sp = an.reg.resolve(p.phrase(from, to), p.toks[from].Start)
						if p.fromSubject == nil {
							p.fromSubject = map[int]bool{}
						}
						p.fromSubject[i] = true
					} else if !p.nounSubject(c.Verb) {
						// a subject the reader cannot name ("Later he denied"
						// with no one before, a pronoun) keeps the paragraph's
						// speaker; a subject that is a thing ("The flood
						// destroyed 300 homes, adding") speaks for no one
					} else {
						sp = Speaker{}
					}
				}
				p.speakers[i] = sp
				continue
			}
			p.speakers[i] = an.reg.resolve(c.Phrase, p.toks[c.PhraseFrom].Start)
		}
	}
	return an
}

// elidedSpeaker is the subject of a participle cue ("..., saying"): the
// speaker of the nearest earlier cue of the same sentence (same is true),
// else of the paragraph.
func (p *paragraph) elidedSpeaker(i int) (sp Speaker, same bool) {
	// the subject of the main clause: the first cue of the sentence
	best := -1
	for j := i - 1; j >= 0 && j >= i-20; j-- {
		if p.sentenceEndBetween(p.cues[j].Verb, p.cues[i].Verb) {
			break
		}
		if !p.cues[j].Elided && p.speakers[j].Name != "" {
			best = j
		}
	}
	if best < 0 {
		for j := i - 1; j >= 0 && j >= i-20; j-- {
			if !p.cues[j].Elided && p.speakers[j].Name != "" {
				return p.speakers[j], false
			}
		}
		return Speaker{}, false
	}
	return p.speakers[best], true
}

// sentenceSubject finds the noun phrase that opens the sentence of token v
// and is followed by its verb, when it can name a speaker: "The Kremlin" in
// "The Kremlin denied the report, saying …". It looks back at most 60
// tokens.
func (p *paragraph) sentenceSubject(v int) (int, int, bool) {
	s, ok := p.sentenceOpening(v)
	if !ok {
		return 0, 0, false
	}
	from, to := p.npRight(s)
	if to <= from || to >= v || p.quoted[from] {
		return 0, 0, false
	}
	if t := p.toks[to]; t.Kind != entity.Word || t.Upper || !verbLike(t.Lower) {
		return 0, 0, false // the subject's verb comes right after it ("Beat writer Larry Holder" is no subject "Beat")
	}
	if !p.validSpeaker(from, to) {
		return 0, 0, false
	}
	return from, to, true
}

// sentenceEndBetween reports whether a sentence ends between tokens a and b.
func (p *paragraph) sentenceEndBetween(a, b int) bool {
	if b-a > 200 {
		return true
	}
	for k := a + 1; k < b && k < len(p.toks); k++ {
		if t := p.toks[k]; t.Kind == entity.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?") && !p.quoted[k] {
			return true
		}
	}
	return false
}

// headlineCue reads the attribution of a headline: "USA: North Korea has
// sent 10,000 soldiers", "... to fight in Ukraine: Pentagon".
func (p *paragraph) headlineCue() (Cue, bool) {
	n := len(p.toks)
	name := func(from, to int) bool {
		if to-from < 1 || to-from > 4 {
			return false
		}
		for i := from; i < to; i++ {
			t := p.toks[i]
			if t.Kind != entity.Word || !t.Upper || len(t.Text) < 2 || commonWord(t.Lower) && !t.Caps {
				return false
			}
		}
		return true
	}
	// the rest of a headline is a phrase of some words
	words := 0
	for _, t := range p.toks {
		if t.Kind == entity.Word {
			words++
		}
	}
	if words < 5 {
		return Cue{}, false
	}
	// Headlines do not end with a full stop; "Elizabeth A. Burton:
	// Possession of methamphetamine, held in lieu of $70,000 bond." is an
	// entry of a list, not a quote.
	if last := p.toks[n-1]; last.Kind == entity.Punct && last.Text == "." {
		return Cue{}, false
	}
	nums := 0
	for _, t := range p.toks {
		if t.Kind == entity.Number {
			nums++
		}
	}
	if nums*4 > words {
		return Cue{}, false // a list of figures ("Containers: 1 Green, 1 Red")
	}
	for k := 1; k <= 4 && k < n-1; k++ {
		if p.toks[k].Text == ":" && name(0, k) && p.knownName(0, k) {
			return Cue{Verb: k, Phrase: p.phrase(0, k), PhraseFrom: 0, PhraseTo: k, Current: true}, true
		}
	}
	end := n
	if end > 0 && p.toks[end-1].Kind == entity.Punct && strings.Contains(".!?", p.toks[end-1].Text) {
		end--
	}
	for k := end - 2; k >= end-5 && k > 0; k-- {
		if p.toks[k].Text == ":" && name(k+1, end) && p.knownName(k+1, end) {
			return Cue{Verb: k, Phrase: p.phrase(k+1, end), PhraseFrom: k + 1, PhraseTo: end, Current: true}, true
		}
	}
	return Cue{}, false
}

// knownName reports whether toks[from:to] is a country or organisation
// code, or a name the article also uses outside this paragraph (so that
// "Fact Check:" or "Ingredients:" are not taken for speakers).
func (p *paragraph) knownName(from, to int) bool {
	name := p.phrase(from, to)
	if _, ok := entity.Country(name); ok {
		return true
	}
	if isCaps(name) && len(name) >= 2 || hasOrgCue(name) {
		return true
	}
	for off, n := 0, 0; n < 100; n++ {
		i := strings.Index(p.text[off:], name)
		if i < 0 {
			return false
		}
		i += off
		if i < p.start || i >= p.end {
			rest := strings.TrimLeft(p.text[i+len(name):], " ")
			if !strings.HasPrefix(rest, ":") {
				return true
			}
		}
		off = i + len(name)
	}
	return false
}

// tokenAt returns the index of the first paragraph token starting at or
// after offset off.
func (p *paragraph) tokenAt(off int) int {
	return sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= off })
}

// quoteClosesSoon reports whether a quote left open before paragraph i is
// closed within the next three paragraphs, with only paragraphs without
// quote marks in between: then a paragraph without quote marks inside
// that run is part of the quote.
func (an *analysis) quoteClosesSoon(i int) bool {
	for j := i; j < len(an.paras) && j <= i+3; j++ {
		n, first := an.paras[j].straightQuotes()
		switch {
		case n == 0:
			continue
		case n%2 == 1 && first > 0:
			return true
		default:
			return false
		}
	}
	return false
}

// speakerFor returns the speaker of the figure at token qi of sentence
// [ss, se) (byte offsets), the cue used (nil when none) and whether the
// figure is quoted.
func (an *analysis) speakerFor(pi int, qi, ss, se int) (Speaker, *Cue, bool) {
	p := an.paras[pi]
	if qi < len(p.toks) && p.quoted[qi] {
		k := p.quoteAt(qi)
		s, c := an.quoteSpeaker(pi, k)
		return s, c, true
	}
	// the rightmost cue of the sentence before the figure, else the first
	// after it (cues are in text order); a verb the figure opens with is
	// before it ("The UN estimated 5,000 people had fled": "estimated
	// 5,000" reads as a bound and as the verb)
	k := sort.Search(len(p.cues), func(i int) bool { return p.cues[i].Verb > qi })
	if j := p.relativeCue(qi, k, se); j >= 0 {
		// "up from the 8,000 that Washington had reported": the figure
		// is what the relative clause's speaker said
		return p.speakers[j], &p.cues[j], false
	}
	best := -1
	switch {
	case k > 0 && p.toks[p.cues[k-1].Verb].Start >= ss:
		best = k - 1
		if tallyVerbs[p.word(p.cues[best].Verb)] || countVerbs[p.word(p.cues[best].Verb)] {
			// "India recorded 401,993 new cases, the health ministry said":
			// a reporting clause closing the sentence governs the count
			for j := k; j < len(p.cues) && p.toks[p.cues[j].Verb].Start < se; j++ {
				if c := p.cues[j]; !c.Elided && c.PhraseTo > c.PhraseFrom && c.PhraseTo <= c.Verb && c.PhraseFrom > qi &&
					p.toks[c.PhraseFrom-1].Text == "," && speechVerbs[p.word(c.Verb)].kind == vSay && p.closesSentence(c.Verb, se) {
					return p.speakers[j], &p.cues[j], false
				}
			}
		}
		if c := p.cues[best]; c.PhraseFrom > c.Verb && c.PhraseTo > c.PhraseFrom && qi >= c.PhraseTo && !c.Elided && p.toks[c.Verb].Start > ss &&
			p.word(c.Verb) != "according" && speechVerbs[p.word(c.Verb)].kind == vSay && !p.speaksOn(c.PhraseTo) && !p.openingAside(ss, c.Verb) &&
			!germanV2[p.word(c.Verb)] { // (German puts the verb second: "Im November sagte der Sprecher, 40 …")
			// "..., said the Press Democrat in Santa Rosa, 55 miles north
			// of San Francisco": after an inverted "said X" the sentence
			// describes the speaker; what X says came before
			return Speaker{}, nil, false
		}
		if c := p.cues[best]; !c.Elided {
			// "'...,' the source said, and Stefanski expected more from a
			// team that signed Brand to an $82 million deal": the cue
			// closes its clause, and a new one follows
			end := c.Verb + 1
			if c.PhraseTo > end {
				end = c.PhraseTo
			}
			if end+1 < qi && p.toks[end].Text == "," {
				switch p.word(end + 1) {
				case "and", "but", "while", "whereas":
					if k < len(p.cues) && p.toks[p.cues[k].Verb].Start < se && p.word(p.cues[k].Verb) == "according" && !p.cues[k].Denied {
						// "killed 10,000, according to the ministry, and displaced
						// 1.5 million, according to the United Nations": the new
						// clause names its own source
						return p.speakers[k], &p.cues[k], false
					}
					return Speaker{}, nil, false
				}
			}
			// "Spain has recorded 157,000 cases, while China has 83,000":
			// a contrast between the cue and the figure opens a clause
			// the cue does not govern ("while lowering wages" goes on);
			// but a contrast inside what someone said is still said ("the
			// ministry said 30 died, while 50 were injured")
			for x := end; x+1 < qi && x < len(p.toks) && x < end+80 && !saysVerb(p.word(c.Verb)); x++ {
				if p.contrastAt(x) {
					return Speaker{}, nil, false
				}
			}
			// "The organization believes the toll is higher, with some
			// reports suggesting as many as 200": the figure is the
			// unnamed reports', not the speaker's
			for x := end; x+1 < qi && x < len(p.toks) && x < end+80; x++ {
				if w := p.word(x); (w == "reports" || w == "rumours" || w == "rumors") && unnamedReportVerbs[p.word(x+1)] {
					return Speaker{}, nil, false
				}
			}
		}
	default:
		// the first cue after the figure that does not open a clause of
		// its own: in "..., and officials said Saturday they were
		// treating it as arson, the Anchorage Daily News reported" the
		// paper speaks for the figure before both
		for j := k; j < len(p.cues) && j < k+3 && p.toks[p.cues[j].Verb].Start < se; j++ {
			if p.whatClause(p.cues[j]) {
				continue // "…, causing what the United Nations says may be the worst crisis": its own clause
			}
			if p.reducedRelative(qi, p.cues[j]) {
				break // "ahead of the 3.05 billion pounds analysts had forecast": the analysts' figure is that one only
			}
			if !p.newClauseBefore(qi, p.cues[j]) {
				best = j
				break
			}
		}
		if best >= 0 && p.fromSubject[best] {
			// "The EPA dropped two rules, saying they …": the subject
			// speaks in the participle, and the main clause is narration
			return Speaker{}, nil, false
		}
		if best >= 0 {
			// "Stan Perlo, one of two court-appointed defense attorneys,
			// said …": a figure in the appositive between the speaker and
			// the verb describes the speaker; it is not what they say
			if c := p.cues[best]; !c.Elided && c.PhraseTo > c.PhraseFrom && c.PhraseTo <= c.Verb && qi >= c.PhraseTo && qi < c.Verb {
				return Speaker{}, nil, false
			}
		}
		if best >= 0 && p.frontedClause(ss, qi, p.cues[best]) {
			// "After nine churchgoers were killed in June, he admitted
			// …": the opening clause is the writer's, not what he says
			return Speaker{}, nil, false
		}
	}
	if best < 0 || p.cues[best].Denied {
		return Speaker{}, nil, false
	}
	return p.speakers[best], &p.cues[best], false
}

// unnamedReportVerbs after "reports" make a source no one is named for.
var unnamedReportVerbs = set(`suggest suggesting suggested say saying said indicate indicating indicated claim claiming`)

// contrastAt reports a token that opens a contrasted clause: ";" or ",
// while" / ", whereas", but not before a participle ("while lowering
// wages" goes on in the same clause).
func (p *paragraph) contrastAt(x int) bool {
	if x >= len(p.toks) {
		return false
	}
	if p.toks[x].Text == ";" {
		return true
	}
	if p.toks[x].Text == "," && (p.word(x+1) == "davon" || p.word(x+1) == "darunter" || p.word(x+1) == "dont") {
		return true // "3.300 Mitarbeiter, davon 2.850 in Österreich": the place is the part's
	}
	if p.toks[x].Text == "," && p.word(x+1) == "as" && x+2 < len(p.toks) && p.toks[x+2].Kind == entity.Word && !asIdioms[p.word(x+2)] {
		// "…, regional officials said, as negotiators in Geneva failed to
		// agree": a clause of its own (but "as many as", "as well as",
		// "as of Monday", "as a result")
		if n := p.word(x + 2); n == "the" || p.toks[x+2].Upper && !entity.SentenceInitial(p.text, p.toks, x+2) || lowerPlural(n) {
			return true
		}
	}
	return p.toks[x].Text == "," && (p.word(x+1) == "while" || p.word(x+1) == "whereas") && !strings.HasSuffix(p.word(x+2), "ing")
}

// asIdioms after ", as" keep the clause going.
var asIdioms = set(`many much well of part result expected usual if though such soon long far recently previously
	reported planned scheduled promised agreed announced required needed`)

// saysVerb reports a verb of speech proper ("said", "told", "according"),
// whose reported clause may hold a contrast of its own.
func saysVerb(w string) bool {
	return w == "according" || speechVerbs[w].kind == vSay
}

// openingAside reports whether only a sentence adverb and a comma come
// before the cue verb at v in the sentence starting at offset ss:
// "Currently, said Dr. John Smith, the director, there are 70 children"
// puts the speech after the cue; "Prices rose, said John Smith, the owner
// of 30 shops" does not.
func (p *paragraph) openingAside(ss, v int) bool {
	first := p.tokenAt(ss)
	if v != first+2 || p.toks[v-1].Text != "," || p.toks[first].Kind != entity.Word {
		return false
	}
	w := p.word(first)
	return strings.HasSuffix(w, "ly") || openingAdverbs[w]
}

// openingAdverbs open a sentence before a comma without being a clause.
var openingAdverbs = set(`currently meanwhile however today yesterday still now also separately earlier later overall
	instead nonetheless nevertheless moreover furthermore additionally again so thus then previously afterwards`)

// speaksOn reports whether a relative clause after the speaker's phrase
// at token k goes on with the speech: "said Mayor John Smith, who added
// that 300 homes would be built".
func (p *paragraph) speaksOn(k int) bool {
	if k < len(p.toks) && (p.word(k) == "at" || p.word(k) == "as") && k > 0 && p.word(k-1) != "" {
		// "was estimated by the Greek Commerce Confederation at $1
		// billion": the estimate follows its agent
		return true
	}
	if k+2 >= len(p.toks) || p.toks[k].Text != "," || p.word(k+1) != "who" {
		return false
	}
	for x := k + 2; x < len(p.toks) && x <= k+4; x++ {
		if _, ok := speechVerbs[p.word(x)]; ok {
			return true
		}
	}
	return false
}

// newClauseBefore reports whether cue c, after the figure at token qi,
// opens a clause of its own: a semicolon lies between them, or a
// conjunction introduces the cue's subject. In "... slayings of two
// women, but authorities said the suspect is near death" the authorities
// do not speak for the figure; in "5 killed, 10 wounded, and 3 missing,
// police said" the police do.
func (p *paragraph) newClauseBefore(qi int, c Cue) bool {
	from, _ := c.span()
	for i := qi + 1; i < from && i < len(p.toks); i++ {
		if t := p.toks[i]; t.Kind == entity.Punct && t.Text == ";" {
			return true
		}
	}
	if c.Elided || c.PhraseTo <= c.PhraseFrom || c.PhraseFrom < 1 {
		return false
	}
	before := c.PhraseFrom - 1
	switch p.word(before) {
	case "some", "many", "most", "several", "other", "the", "a", "an":
		if before > 0 {
			before-- // "who some experts said"
		}
	}
	switch p.word(before) {
	case "but", "and", "while", "although", "though", "whereas", "yet", "because", "who", "which", "whom":
		return before > qi // "12 hoodlums, but not Gigante, who some experts said was the leader"
	}
	// "In addition to the three fatalities ..., the office said another 30
	// people had been injured": a cue whose verb takes a clause of its own
	// after it speaks for that clause, not for a figure before its subject.
	if c.PhraseFrom > c.Verb || c.Verb+1 >= len(p.toks) {
		return false // inverted ("..., said Blinken") or at the end
	}
	n := p.toks[c.Verb+1]
	if n.Kind == entity.Punct {
		return false
	}
	if v := p.word(c.Verb); v == "told" || v == "tells" {
		// "..., Officer Brian Pennings told The San Diego Union-Tribune":
		// the addressee follows, and only "that" or a figure after it
		// opens a reported clause
		for i := c.Verb + 1; i < len(p.toks) && i <= c.Verb+8; i++ {
			if t := p.toks[i]; t.Kind == entity.Number || p.word(i) == "that" {
				return true
			} else if t.Kind == entity.Punct && t.Text != "-" && t.Text != "'" {
				break
			}
		}
		return false
	}
	if n.Kind == entity.Number {
		return true
	}
	switch w := p.word(c.Verb + 1); w {
	case "at":
		return p.word(c.Verb+2) == "least" // not "said at a briefing"
	case "up":
		return p.word(c.Verb+2) == "to"
	case "the", "that":
		switch p.word(c.Verb + 2) {
		case "next", "following", "same", "previous", "day", "week", "weekend", "month", "year", "morning", "evening", "night":
			return false // "police said the next day": when, not what
		}
		return true
	default:
		return clauseOpeners[w]
	}
}

// wherePlace returns the place a where-clause holding the figure at qs
// describes: "a race in the East Bronx, where Velázquez trailed by more
// than 700 votes". ss is the sentence start.
func (an *analysis) wherePlace(ss, qs int) string {
	before := an.text[max(ss, qs-200):qs]
	i := strings.LastIndex(before, ", where ")
	if i < 0 || strings.ContainsAny(before[i+len(", where "):], ",;") {
		return "" // the figure must be in the where-clause itself
	}
	end := qs - len(before) + i
	k := sort.Search(len(an.mentions), func(k int) bool { return an.mentions[k].End >= end })
	if k >= len(an.mentions) || an.mentions[k].End != end || an.mentions[k].Kind != entity.Place {
		return ""
	}
	return an.mentions[k].Text
}

// gappedPlace returns the country of a gapped clause ending on the figure
// at qs: "… and Italy 143,600" (the verb and the noun left out), within
// the sentence starting at ss.
func (an *analysis) gappedPlace(qs, ss int) string {
	before := an.text[max(ss, qs-40):qs]
	i := strings.LastIndex(before, " and ")
	if i < 0 {
		return ""
	}
	name := strings.TrimSpace(before[i+len(" and "):])
	if _, ok := entity.Country(name); !ok {
		return ""
	}
	return name
}

// tallyVerbs are the verbs by which a country reports a count of its own.
var tallyVerbs = set(`recorded registered reported reports records registers confirmed confirms counted counts logged`)

// clauseOpeners after a speech verb start the reported clause: "said
// another 30 people", "said the suspect", "said that".
var clauseOpeners = set(`that the a an another some more about around nearly almost its his her their there it
	he she they we`)

// quoteSpeaker returns who speaks quote k of paragraph pi: the cue right
// after or right before the quote, else the nearest cue of the paragraph,
// else (a quote running on into the next paragraph) the next paragraph's
// first cue, else the last speaker before the paragraph.
func (an *analysis) quoteSpeaker(pi, k int) (Speaker, *Cue) {
	p := an.paras[pi]
	q := p.quotes[k]
	best, bestDist := -1, 1<<30
	// only the cues next to the quote can introduce it
	lo := sort.Search(len(p.cues), func(i int) bool { return p.cues[i].Verb >= q.from })
	for i := max(lo-3, 0); i < len(p.cues) && i < lo+3; i++ {
		c := p.cues[i]
		from, to := c.span()
		dist := 1 << 30
		switch {
		case from >= q.to: // after the quote
			dist = from - q.to
			if q.to < len(p.toks) {
				dist-- // the closing mark
			}
			dist *= 2
		case to <= q.from: // before the quote
			dist = (q.from - 1 - to) * 2
			if dist < 0 {
				dist = 0
			}
			dist++ // prefer the cue after on a tie
		default:
			continue
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 && p.speakers[best].Name != "" {
		return p.speakers[best], &p.cues[best]
	}
	// a quote running on over several paragraphs, each opening with a
	// quotation mark and only the last one closing it: the cue of the
	// first paragraph that has one
	for j := pi + 1; q.open && j < len(an.paras) && j <= pi+8; j++ {
		n := an.paras[j]
		if len(n.quotes) == 0 || n.quotes[0].from > 1 {
			break
		}
		if len(n.cues) > 0 {
			return n.speakers[0], nil // the cue's tokens are another paragraph's
		}
		if !n.quotes[len(n.quotes)-1].open {
			break
		}
	}
	// a paragraph that opens with a quote and names no one continues the
	// speaker of the paragraph before, past short lines without a speaker
	// (an embedded post's byline, a caption)
	for j := pi - 1; q.from <= 1 && j >= 0 && j >= pi-4; j-- {
		if sp := an.paras[j].speakers; len(sp) > 0 {
			if sp[len(sp)-1].Name != "" {
				return sp[len(sp)-1], nil
			}
			break
		}
		if n := an.paras[j]; len(n.toks) >= 15 && !(len(n.quotes) > 0 && n.quotes[0].from <= 1) {
			break // a paragraph of narration; one more part of the quote is passed over
		}
	}
	return Speaker{}, nil
}

// claims builds the claims of the analysed article.
func (an *analysis) claims(a *model.Article) []model.Claim {
	var out []model.Claim
	an.lang = a.Language
	english := a.Language == "en" || a.Language == "" // English-only readings apply
	ref := a.Published
	var anchor *timex.Date
	sents := textproc.Sentences(an.text)
	if ref.IsZero() {
		ref = datelineRef(sents)
	}
	si := 0
	var figs []int
	seenParas := map[string]bool{}
	style := quantity.DocStyle(an.text, a.Language) // "13,762 internos": read from the whole article, not one paragraph
	if a.Language == "es" && a.URL != "" {
		if u, err := url.Parse(a.URL); err == nil {
			style.Dollar = quantity.DollarOf(u.Hostname()) // "$" on a Colombian page (but not on an English .co one)
		}
	}
	for pi, p := range an.paras {
		if teaserLine(an.text[p.start:p.end]) {
			continue // its sentences are passed over by the next paragraph's loop
		}
		if pt := an.text[p.start:p.end]; len(pt) >= 80 {
			// a page that holds its article twice (once more in a
			// structured-data block) reports each figure once
			k := strings.Join(strings.Fields(pt), " ")
			if seenParas[k] {
				continue
			}
			seenParas[k] = true
		}
		qs := quantity.FindStyled(an.text[p.start:p.end], a.Language, style)
		next := 0               // the first quantity not yet placed in a sentence
		var prevDay *timex.Date // the day the sentence before, in this paragraph, named
		for ; si < len(sents) && sents[si].Start < p.end; si++ {
			s := sents[si]
			if s.Start < p.start {
				continue
			}
			for next < len(qs) && qs[next].Start+p.start < s.Start {
				next++
			}
			dates := sentenceDates(s, ref, anchor, a.Language)
			yearKnown, yearIn := false, false
			sentYear := func() bool { // whether the sentence holds a year, read once
				if !yearKnown {
					yearKnown, yearIn = true, hasYear(s.Text)
				}
				return yearIn
			}
			figs = figs[:0] // where the sentence's figures start: each date belongs to the nearest
			for k := next; k < len(qs) && qs[k].Start+p.start < s.End; k++ {
				figs = append(figs, qs[k].Start+p.start)
			}
			asideTo := 0 // where the last figure of a bearing aside ends
			// a frequency away from the noun ("Each year, …") is looked
			// for in sentences of a real length that hint at one; tested
			// once per sentence, and only when it holds a figure, so a
			// hostile line stays linear
			rateHint := 0 // 0 not yet tested, 1 yes, -1 no
			for ; next < len(qs) && qs[next].Start+p.start < s.End; next++ {
				q := qs[next]
				qs0, qe0 := q.Start+p.start, q.End+p.start
				if qe0 > s.End {
					// a figure across a sentence break the splitter made
					// inside it ("auf max. 4 Personen" split after "max."):
					// its words lie in two sentences, and it is left out
					// rather than read against the wrong one
					continue
				}
				if q.Counted == "" && q.Unit == "" && magnitude(an.text, qs0, qe0) {
					q.Counted = "magnitude" // "5.6 on the Richter scale", "a magnitude-6.1 quake"
				}
				// the claim before, past a percent change of it in the same
				// sentence ("29,300 migrants …, down 36 percent from a
				// record 45,774")
				before := out
				if n := len(out); n >= 2 && q.Unit == "" && out[n-1].Unit == "percent" && out[n-1].Start == s.Start && out[n-2].Start == s.Start {
					before = out[:n-1]
				}
				if n := len(before); n > 0 && (q.Counted == "" || strings.EqualFold(q.Counted, "others")) && q.Unit == before[n-1].Unit {
					pc := before[n-1]
					if (pc.Start == s.Start || anotherAfter(an.text, pc.End, s.Start, qs0) ||
						pc.Start >= p.start && q.Counted == "" && numberGrewTo(" "+strings.ToLower(an.text[max(qs0-36, s.Start):qs0]))) &&
						pc.Counted != "" && (q.Unit == "" || q.Counted == "") && (q.Counted != "" && closeOthers(an.text, pc.QuantityEnd, qs0) ||
						q.Counted == "" && elidedCount(an.text, qs0, qe0)) {
						// "killing 12 people and wounding 40 others": the same people
						// "1,000 people are housed in tents and another 2,000
						// are waiting": the count before names the noun
						i := n - 1
						if i > 0 && before[i-1].Start == pc.Start && before[i-1].Counted != "" && before[i-1].Unit == q.Unit &&
							lastWord(an.text[max(pc.QuantityStart-20, 0):pc.QuantityStart]) == "including" {
							i-- // "143 structures, including 96 homes, … and another 2,600": the whole, not the aside
						}
						q.Counted = before[i].Counted
						if w := tollAfterWord(an.text, qe0); w != "" && tollWords[strings.ToLower(q.Counted)] {
							q.Counted = w // "7,844 have died and 1,200 were injured": each toll its own
						}
					}
				}
				if q.Unit == "" && quantity.MeasuresStuff(q.Counted) {
					// "21 tonnes of carbon dioxide …, compared with 15 tonnes":
					// the bare unit measures the same stuff
					for k := len(out) - 1; k >= 0 && k >= len(out)-8 && out[k].Start == s.Start; k-- {
						if c := out[k].Counted; out[k].Unit == "" && len(c) > len(q.Counted)+4 && strings.EqualFold(c[:len(q.Counted)+4], q.Counted+" of ") {
							q.Counted = c
							break
						}
					}
				}
				if n := len(out); n > 0 && q.IsMoney() && q.Counted == "" && out[n-1].Start == s.Start && isCurrency(out[n-1].Unit) &&
					out[n-1].Counted != "" && out[n-1].QuantityEnd <= qs0 && conversionBetween(an.text[out[n-1].QuantityEnd:qs0]) {
					q.Counted = out[n-1].Counted // "a fee of 18 million euros (£15.3 million)": the same money in another currency
				}
				if q.Counted == "" && q.Unit == "" && wholeCount(q) && changedTo(an.text, max(s.Start, qs0-100), qs0) &&
					indexBefore(an.text, qs0) == "" && tollBefore(an.text, qs0) == "" {
					// "Inspections rose 15 percent last year to nearly 1,200",
					// "The workforce has grown to 3,000": a level of the subject
					// (not "The number wounded rose to 41", "Its shares rose to
					// 40": no count, or a price)
					if m := measureSubject(an.text, max(s.Start, qs0-100), qs0, false); m != "" && !levelNotCount(m) {
						q.Counted = m
					}
				}
				switch worthy(an.text, q, p.start, dates, a.Language == "de") {
				case wNo:
					continue
				case wBackRef:
					// "the three fatalities": a figure when the article
					// has not given it before, a reference back when it has
					// ("the 20 people were taken to hospital").
					if q.Value == nil || *q.Value < 3 || q.Counted == "" && !strings.ContainsAny(q.Text, "0123456789") || sameFigureBefore(out, q) {
						continue
					}
				case wOne:
					// "two women and one man died": one in a list of counts;
					// "One man is dead": one person.
					inList := len(out) > 0 && out[len(out)-1].Start == s.Start && out[len(out)-1].Counted != "" &&
						andWords[lastWord(an.text[max(qs0-20, 0):qs0])] &&
						(qs0-out[len(out)-1].QuantityEnd < 60 || strings.TrimSuffix(strings.ToLower(out[len(out)-1].Counted), "s") == strings.ToLower(q.Counted))
					if q.Counted == "" || !inList && !personNoun(q.Counted) || !inList && oneIsNoFigure(an.text, qs0, min(q.CountedEnd+p.start, len(an.text))) {
						continue
					}
				}
				qi := p.tokenAt(qs0)
				sp, cue, quoted := an.speakerFor(pi, qi, s.Start, s.End)
				if cue == nil && !quoted && sp.Name == "" && a.Language == "de" && konjunktivI(an.text[s.Start:s.End]) {
					// "Allein bei Airbus lägen über 8.000 Bestellungen vor":
					// German reported speech goes on in the subjunctive,
					// and belongs to the source named last
					sp, cue = an.lastSpeaker(pi, s.Start)
				}
				if strings.HasSuffix(strings.TrimRight(s.Text, " \"'”’)"), "?") && questionWords[strings.ToLower(firstWord(s.Text[:min(len(s.Text), 40)]))] {
					continue // "Should the Yankees go higher than $25 million a season?": a question claims nothing
				}
				// a bare percent in a clause parallel to the share before it
				// in the sentence ("36.9% of college students …; 9.6%
				// reported …"): the same group and place
				parallel := false
				if n := len(out); q.Unit == quantity.UnitPercent && n > 0 && out[n-1].Start == s.Start && out[n-1].Unit == quantity.UnitPercent {
					parallel = parallelShare(an.text, out[n-1].QuantityEnd, qs0, qe0)
				}
				if q.Counted == "" && q.Unit == "" {
					if n := indexBefore(an.text, qs0); n != "" {
						q.Counted = n
					} else if wholeCount(q) {
						q.Counted = tollBefore(an.text, qs0)
					}

				} else if q.Counted == "" {
					q.Counted = measureSubject(an.text, max(s.Start, qs0-100), qs0, q.Unit == quantity.UnitPercent) // "Turnout was 63.8 percent"
					if q.Counted == "" && (a.Language == "es" || a.Language == "fr") {
						q.Counted = romanceMeasureSubject(an.text[max(s.Start, qs0-120):qs0]) // "El desempleo llegó al 5,2 %"
					}
					if n := len(out); q.Counted == "" && q.Unit == quantity.UnitPercent && n > 0 && out[n-1].Start == s.Start && out[n-1].Unit == "" &&
						out[n-1].Counted != "" && !spanCounted(out[n-1].Counted) && changeAside(an.text[max(s.Start, qs0-12):qs0]) {
						q.Counted = out[n-1].Counted // "More than 38,000 runners started the race, up 9 percent from last year"
					}
					if n := len(out); q.Counted == "" && parallel && out[n-1].Counted != "" {
						// "36.9% of college students … reported binge drinking;
						// 9.6% reported heavy alcohol use": the same group
						q.Counted = out[n-1].Counted
					}
					if q.Counted == "" && english {
						q.Counted = parenChange(an.text, s, qs0) // "Shares of Canara Bank (up 1.28 per cent)"; German capitalises every noun
					}
					if q.Counted == "" && itSubject(an.text, max(s.Start, qs0-100), qs0) {
						// "Inflation fell to 4.8 percent in March. It peaked at
						// 11.2 percent": what the figure before measured
						prevStart := s.Start
						if si > 0 {
							prevStart = sents[si-1].Start
						}
						for k := len(out) - 1; k >= 0 && k >= len(out)-8 && out[k].Start >= prevStart; k-- {
							if out[k].Unit == q.Unit && out[k].Counted != "" {
								q.Counted = out[k].Counted
								break
							}
						}
					}
				} else if q.IsMoney() && quantity.RateOnly(q.Counted) {
					if m := measureSubject(an.text, max(s.Start, qs0-100), qs0, false); m == "cost" || m == "spending" || m == "earnings" {
						q.Counted = m + " " + q.Counted // "costing it $250,000 a day": a cost a day
					} else if m != "" && !vagueMeasure[m] {
						if strings.HasPrefix(q.Counted, "per ") || quantity.TimeRate(q.Counted) {
							q.Counted = m + " " + q.Counted // "Entry prices will rise to £5.20 per adult", "rents rose to $2,000 a month"
						} else {
							q.Counted = m // "raise its dividend to 11.4 pence a share": the dividend
						}
					}
				}
				if q.IsMoney() && q.Counted != "" {
					if r := timeRateAfter(an.text[qe0:min(qe0+16, len(an.text))]); r != "" && !strings.Contains(" "+strings.ToLower(q.Counted)+" ", " "+r+" ") {
						q.Counted += " " + r // "a salary of $4,000 a month": the salary a month
					}
				}
				after := min(max(q.End, q.CountedEnd)+p.start, len(an.text))
				appositive := strings.HasSuffix(strings.TrimRight(an.text[max(s.Start, qs0-3):qs0], " "), ",") ||
					asideTo > 0 && asideTo <= qs0 && strings.TrimSpace(an.text[asideTo:qs0]) == "(" // "(2,200 miles)" after it
				if !quoted && appositive && bearing(q.Counted, strings.TrimPrefix(an.text[after:min(after+60, len(an.text))], ")")) {
					asideTo = after
					// "Kyzyl, 3,600 kilometers east of Moscow, the Tuva
					// government said": an appositive saying where a place
					// lies is the writer's aside, not what the speaker says
					sp, cue = Speaker{}, nil
				}
				c := model.Claim{
					Path: a.Path, Quantity: q.Text, Value: finite(q.Value), Low: finite(q.Low), High: finite(q.High),
					Qualifier: q.Qualifier, Unit: q.Unit, Counted: q.Counted,
					Speaker: sp.Name, SpeakerRole: sp.Role, SpeakerKind: string(sp.Kind), Quoted: quoted,
					Sentence: s.Text, Start: s.Start, End: s.End, QuantityStart: qs0, QuantityEnd: qe0,
				}
				if c.Qualifier == "" {
					c.Qualifier = quantity.Exact
				}
				// where the figure and its counted noun end
				end := qe0
				if q.CountedEnd > q.CountedStart && q.CountedEnd+p.start > end {
					end = q.CountedEnd + p.start
				}
				negatedBound(&c, an.text[max(s.Start, qs0-24):qs0])       // "never hit fewer than 26 homers"
				trailingBound(&c, an.text[end:min(end+12, len(an.text))]) // "300 yards or more"
				if rateHint == 0 {
					rateHint = -1
					if s.End-s.Start <= 2000 && mayHaveRate(s.Text) {
						rateHint = 1
					}
				}
				if rateHint > 0 && s.Text == an.text[s.Start:s.End] && qs0 >= s.Start && end <= s.End {
					nextFig := s.End
					if next+1 < len(qs) && qs[next+1].Start+p.start < s.End {
						nextFig = qs[next+1].Start + p.start
					}
					// "Each year, … it uses more than one million tons": the rate
					c.Counted = withRate(c.Counted, c.Unit, s.Text, qs0-s.Start, end-s.Start, nextFig-s.Start)
				}
				// "8,000 of them": the thing counted just before in the sentence
				if c.Counted == "" && ofThem(an.text[qe0:min(qe0+16, len(an.text))]) {
					c.Counted = an.themCounted(out, s, p.start, qs0)
				}
				if c.Counted == "" && c.Unit == "" {
					c.Counted = elidedPeople(an.text, qs0, qe0) // "about 8,000 were in Kursk"
				}
				if c.Counted == "" && c.Unit == "" && wholeCount(q) {
					c.Counted = tollAfterWord(an.text, qe0) // "7,844 have died", "1,200 were injured"
				}
				if c.Unit == "" && unitOnly[strings.ToLower(c.Counted)] {
					// "gusts of up to 80mph", "limit global warming to 1.5°C":
					// what the unit measures, not the unit
					if m := measuredBy(an.text[:qe0], max(s.Start, qs0-100), qs0); m != "" {
						c.Counted = m + " in " + c.Counted // the unit stays: "gusts in mph", "temperatures in C"
					}
				}
				if len(out) > 0 && out[len(out)-1].Start == s.Start {
					sharedNoun(&out[len(out)-1], c, an.text, qs0) // "12 Somali and 11 Yemeni suspects"
				}
				c.Scope = an.scope(p, p.tokenAt(end), s, q)
				if place := an.gappedPlace(qs0, s.Start); place != "" {
					// "Spain has recorded 157,000 cases and Italy 143,600":
					// the gapped clause's subject is the place, and the
					// first country does not speak for it
					c.Scope = place
					if sp.Kind == entity.Place && sp.Name != place {
						c.Speaker, c.SpeakerRole, c.SpeakerKind = "", "", ""
						sp = Speaker{}
					}
				}
				if c.Scope == "" {
					c.Scope = an.appositivePlace(p, qs0) // "Bandar Abbas, a city of 500,000 people"
				}
				if c.Scope == "" {
					c.Scope = an.wherePlace(s.Start, qs0) // "in the East Bronx, where he trailed by 700 votes"
				}
				if c.Scope == "" && !sportsStat(c.Counted) {
					c.Scope = an.possessivePlace(p, qs0) // "California's three power providers"; not "Boston's 30 points"
				}
				if c.Scope == "" && c.Counted != "" && c.Unit != "" {
					c.Scope = an.ownerPlace(s.Start, qs0, c.Counted) // "Germany's economy would grow 2.9 percent"
				}
				if c.Scope == "" {
					c.Scope = an.regionOwner(s.Start, qs0) // "The state's confirmed caseload is nearly 162,000"
				}
				if c.Scope == "" && !placeCounts(c.Counted) && !sportsStat(c.Counted) && !inBracketedRecord(an.text[max(s.Start, qs0-200):qs0]) {
					c.Scope = an.solePlace(p, s, cue, c.Speaker, qs0)
					if c.Scope != "" && foreignDemonym(c.Counted, c.Scope) {
						c.Scope = "" // "in touch with Iran for the release of two dozen Thai nationals"
					}
				}
				if n := len(out); c.Scope == "" && parallel && out[n-1].Counted == c.Counted && c.Counted != "" {
					c.Scope = out[n-1].Scope // "40% of voters in Ohio backed him, while 12% were undecided"
				}
				if c.Scope == "" && english {
					// "23 percent of global forests", "the world's land surface"
					// the counted noun and what follows it; a rate may run past
					// the sentence's end
					a0, e0 := min(qe0, s.End), min(end, s.End)
					c.Scope = worldScope(an.text[max(s.Start, qs0-worldWindow):qs0], an.text[a0:max(a0, min(s.End, e0+worldWindow))])
				}
				if c.Scope == "" && sp.Kind == entity.Place && cue != nil && !cue.Elided && cue.PhraseTo <= cue.Verb && tallyVerbs[p.word(cue.Verb)] {
					// "Spain has recorded 157,000 cases", "Poland reported
					// 25.9 new cases": a country tallies its own
					c.Scope = sp.Name
				}
				c.AsOf, c.AsOfSource, c.Period = an.asOf(p, s, qi, qs0, qe0, figs, cue, dates, anchor, ref)
				if c.AsOf.IsZero() && c.Period == "" && prevDay != nil && len(dates) == 0 && english &&
					!sentYear() && !unitOnly[strings.ToLower(c.Counted)] && !measureNouns[strings.ToLower(c.Counted)] &&
					pastNear(p, s, qi) && !current(p, s, qi, cue) {
					// "The releases came out on Wednesday. Two of them named …":
					// a past event told on in the next sentence, with no date
					// of its own, happened on the day just named
					c.AsOf, c.AsOfSource = prevDay.Date, "previous"
				}
				c.Total = c.Unit != "percent" && isTotal(an.text, s.Start, s.End, qs0)
				if c.Total && c.AsOf.IsZero() && c.Period == "" && !ref.IsZero() && len(dates) == 0 && !sentYear() {
					// "So far, the navy has confiscated 14 rifles", "Since the
					// beginning of PPP, we funded a total of $30 billion": a
					// running total holds as of the report
					c.AsOf, c.AsOfSource = reportDay(ref), "published"
				}
				if c.Counted == "" && c.Unit != "" && c.Unit != "percent" {
					c.Object = moneyObject(an.text, s.Start, s.End, qs0, end) // "a $110 billion bailout"
				}
				if ownedStat(c.Counted) {
					c.Holder = an.holder(s.Start, s.End, qs0, end) // "Teixeira had 33 homers", "13 points from McDermott"
				}
				c.Update = isUpdate(an.text, s.Start, qs0)
				c.Role = countedRole(c.Counted)
				if c.Role == "" && c.Unit == "" {
					c.Role = roleOf(an.text, s.Start, s.End, qs0, end)
				}
				out = append(out, c)
			}
			// the first dated statement of the sentence anchors "the same day"
			prevDay = nil
			for i := range dates {
				d := dates[i]
				if !d.Vague && d.Precision == timex.Day {
					anchor = &d
					if !d.Future && d.Until.IsZero() {
						prevDay = &d
					}
					break
				}
			}
		}
	}
	return out
}

// foreignDemonym reports a counted noun that names its people by a
// country ("Thai nationals") other than the place found elsewhere in the
// sentence: that place is not where those people are counted.
func foreignDemonym(counted, place string) bool {
	pc, ok := entity.Country(place)
	words := strings.Fields(counted)
	if !ok || len(words) == 1 && !strings.HasSuffix(counted, "s") {
		return false // "12 Somali and 11 Yemeni (pirates)": an adjective standing for its noun
	}
	for _, w := range words {
		if c, ok := entity.Demonym(w); ok && c != pc {
			return true
		}
	}
	return false
}

func finite(f *float64) *float64 {
	if f == nil || math.IsNaN(*f) || math.IsInf(*f, 0) {
		return nil
	}
	v := *f
	return &v
}

// sentenceDates returns the dates of sentence s with offsets into the
// article text; dates resolved without a usable reference are dropped.
func sentenceDates(s textproc.Span, ref time.Time, anchor *timex.Date, lang string) []timex.Date {
	ds := timex.Find(s.Text, timex.Context{Ref: ref, Previous: anchor, Lang: lang})
	out := ds[:0]
	for _, d := range ds {
		if d.Date.IsZero() || d.Date.Year() < 1000 || d.Date.Year() > 9999 {
			continue
		}
		// without a publication time only dates that name their year mean anything
		if ref.IsZero() && !hasYear(d.Text) {
			continue
		}
		if inDateline(s.Text, d.Start, d.End) {
			continue // "KARVESH, March 14 (Reuters) - …": when the report was filed, not when its figures hold
		}
		d.Start += s.Start
		d.End += s.Start
		out = append(out, d)
	}
	return out
}

// inDateline reports whether the date at text[ds:de] is the date of a wire
// dateline opening the text: a place in capitals and a comma before it
// ("QUITO, ", "COLUMBIA, S.C., "), an optional agency in brackets and a
// dash after it ("(Reuters) - ").
func inDateline(text string, ds, de int) bool {
	if ds < 5 || ds > 60 || !strings.HasSuffix(text[:ds], ", ") {
		return false
	}
	caps := 0
	for _, r := range text[:ds-2] {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= 'a' && r <= 'z':
			return false
		}
	}
	if caps < 3 {
		return false
	}
	rest := strings.TrimLeft(text[de:min(de+50, len(text))], " ")
	if strings.HasPrefix(rest, "(") {
		i := strings.IndexByte(rest, ')')
		if i < 0 || i > 40 {
			return false
		}
		rest = strings.TrimLeft(rest[i+1:], " ")
	}
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

var timeUnits = set(`year years month months week weeks day days hour hours minute minutes min mins second seconds
	decade decades century centuries night nights season seasons fortnight fortnights time times yr yrs hr hrs am pm a.m. p.m. o'clock
	tag tage tagen jahr jahre jahren monat monate monaten woche wochen stunde stunden minute minuten sekunde sekunden
	jahrzehnt jahrzehnte jahrzehnten nacht nächte uhr
	an ans année années mois jour jours semaine semaines heure heures nuit nuits siècle siècles
	año años mes meses día días semana semanas hora horas minuto minutos noche noches siglo siglos`)

// ageStatistic reports text ending in a statistic of ages and its verb:
// "the median age rose to ", "life expectancy fell to ", "the average age
// of … was ".
func ageStatistic(before string) bool {
	b := strings.ToLower(before)
	linked := false // the figure is the statistic's value: "rose to 41.2", "was 48.4", "of 48.4" (not "rose over 20 years to")
	for _, l := range []string{" to ", " was ", " is ", " of ", " at ", " reached ", " hit "} {
		if strings.HasSuffix(b, l) {
			linked = true
		}
	}
	if !linked {
		return false
	}
	for _, w := range []string{"median age", "average age", "mean age", "life expectancy", "retirement age"} {
		if i := strings.LastIndex(b, w); i >= 0 && !strings.ContainsAny(b[i:], ",;.") {
			return true
		}
	}
	return false
}

// seasonGoods after "season" or "day" make a thing sold, not a span.
var seasonGoods = set(`tickets ticket passes pass holders seats`)

// percentileGroup reports text ending in "the top", "the wealthiest",
// "the bottom" and the like: a percent after it names a group ("the top 1
// percent captured 20 percent of national income").
func percentileGroup(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-2] {
	case "the", "whose", "its", "their", "our", "america's", "britain's", "america’s", "britain’s":
	default:
		return false
	}
	switch ws[len(ws)-1] {
	case "top", "bottom", "richest", "wealthiest", "poorest", "highest-earning", "lowest-earning", "best-off", "worst-off", "middle":
		return true
	}
	return false
}

// ageGroups are the words an age bracket follows.
var ageGroups = set(`adults women men viewers ages aged age voters people males females children kids teens listeners
	readers respondents demo demographic`)

// germanVaguePlurals are German vague counts, capitalised as nouns are.
var germanVaguePlurals = set(`dutzende hunderte tausende zehntausende hunderttausende millionen milliarden`)

// worthy reports whether quantity q (offsets relative to the paragraph at
// pstart) is a figure a fact-checker wants: money and percents, and counts
// of something that is not a span of time; not a date or a bare number.
func worthy(text string, q quantity.Quantity, pstart int, dates []timex.Date, german bool) worth {
	qs, qe := q.Start+pstart, q.End+pstart
	// dates are in text order: look only at those that may overlap the
	// figure, so a huge one-line "sentence" stays linear
	for i := sort.Search(len(dates), func(i int) bool { return dates[i].End > qs }); i < len(dates) && dates[i].Start < qe; i++ {
		if qs < dates[i].End {
			return wNo
		}
	}
	if q.Value != nil && (math.IsNaN(*q.Value) || math.IsInf(*q.Value, 0)) {
		return wNo
	}
	if q.Value == nil && q.Unit == "" && q.Counted == "" && ageGroups[strings.ToLower(lastWord(text[max(qs-30, 0):qs]))] {
		return wNo // "adults 18-49", "women 25-54", "ages 18-34": an age bracket names a group
	}
	if q.Unit == quantity.UnitPercent && q.Qualifier == quantity.Exact && percentileGroup(text[max(qs-30, 0):qs]) {
		return wNo // "the wealthiest 1 percent", "the bottom 90 percent": a group of people, not a figure
	}
	if q.Unit == quantity.UnitPercent && q.Value != nil && (*q.Value == 100 || *q.Value == 110) && percentIdiom(text[qe:]) &&
		!changeWords[lastWord(text[max(qs-30, 0):qs])] {
		return wNo // "100 percent on my shoulders", "I'm 100 percent sure": a figure of speech
	}
	if q.Unit != "" {
		return wYes
	}
	result := wYes
	if qe < len(text) && text[qe] == '-' && !strings.HasPrefix(text[qe:], "-of-") && q.Counted != "" && !strings.ContainsAny(q.Counted, " -") && !compoundCounts[strings.ToLower(q.Counted)] &&
		!streak(q.Counted, text[min(q.CountedEnd+pstart, len(text)):]) {
		return wNo // "a two-state solution", "two-stroke engines", "a 10-game stretch": a modifier
	}
	if qe < len(text) && text[qe] == '-' && strings.EqualFold(q.Counted, "point") && courtNouns[strings.ToLower(firstWord(text[min(q.CountedEnd+pstart+1, len(text)):]))] {
		return wNo // "a three-point play", "from 3-point range"
	}
	if q.Counted == "" && q.Unit == "" {
		switch strings.ToLower(firstWord(text[qe:min(qe+20, len(text))])) {
		case "magnum", "caliber", "calibre", "gauge", "mm":
			return wNo // "a .357 magnum", "a 12 gauge shotgun": a calibre
		}
	}
	if qs > 1 && ((text[qs-1] == '\'' || strings.HasSuffix(text[:qs], "’")) && !isLetter(text[qs-2]) || strings.HasSuffix(text[:qs], " ' ") || strings.HasSuffix(text[:qs], " ’ ")) &&
		len(strings.TrimSpace(q.Text)) == 2 {
		return wNo // "the '66 squad": a year
	}
	if q.Counted != "" && q.CountedEnd > q.CountedStart && q.CountedEnd+pstart <= len(text) {
		rest := strings.ToLower(text[q.CountedEnd+pstart : min(q.CountedEnd+pstart+8, len(text))])
		if strings.HasPrefix(rest, " later") || strings.HasPrefix(rest, " ago") {
			return wNo // "Two trips later": when, not how many
		}
	}
	if c := strings.ToLower(q.Counted); c == "things" || c == "ways" || c == "reasons" || c == "takeaways" {
		return wNo // "Two things were very apparent": the writer's own list
	}
	if c := strings.ToLower(q.Counted); c == "sundays" || c == "mondays" || c == "tuesdays" || c == "wednesdays" || c == "thursdays" || c == "fridays" || c == "saturdays" {
		return wNo // "two Sundays ago": a date
	}
	if t := strings.TrimSpace(q.Text); t != "" && t[0] >= 'A' && t[0] <= 'Z' && !strings.ContainsAny(t, "0123456789") && qs > 1 &&
		!(german && germanVaguePlurals[strings.ToLower(t)]) {
		// "the Big Ten", "the Final Four": a capitalised number word after
		// a capitalised word inside a sentence names something (German
		// capitalises every noun: "am Sonntag Zehntausende Menschen")
		before := strings.TrimRight(text[max(qs-30, 0):qs], " ")
		pw := before[strings.LastIndexAny(before, " \n\t\"“(")+1:]
		if pw != "" && pw[0] >= 'A' && pw[0] <= 'Z' && len(before) < len(text[max(qs-30, 0):qs]) && strings.IndexFunc(pw, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-' && r != '\''
		}) < 0 {
			return wNo
		}
	}
	switch strings.ToLower(strings.TrimSpace(q.Text)) {
	case "a", "an":
		return wNo
	case "one", "uno", "una", "un", "une", "eins", "einer", "eine", "ein":
		result = wOne // (and "uno de los mejores", "cada uno", "l'un des")
	}
	// "the two nations", "both sides": usually a reference back
	if prev := lastWord(text[max(qs-40, 0):qs]); definite[prev] {
		digits := strings.ContainsAny(q.Text, "0123456789")
		if !digits && (result == wOne || prev != "the") {
			return wNo
		}
		if digits || prev == "the" {
			result = wBackRef
		}
	}
	counted := strings.ToLower(q.Counted)
	if counted == "" && result == wYes && q.Unit == "" && wholeCount(q) && (elidedPeople(text, qs, qe) != "" || tollAfter(text, qe)) {
		return wYes // "North Korean troops had been sent, … about 8,000 were in Kursk"; "said 1,250 had died"
	}
	if counted == "" && result == wYes && q.Unit == "" && indexBefore(text, qs) != "" {
		return wYes // "the Optimism Index came in at 100.2": the index's level
	}
	if counted == "" && result == wYes && wholeCount(q) && tollBefore(text, qs) != "" {
		// "injuring 40", "killing at least 12", "a crowd of 22,000": the
		// verb or noun before says what is counted.
		return wYes
	}
	if counted == "" {
		// the word after the number
		rest := strings.TrimLeft(text[qe:min(qe+40, len(text))], " ")
		end := strings.IndexAny(rest, " ,.;:!?\n\"”)–—")
		if end < 0 {
			end = len(rest)
		}
		counted = strings.ToLower(rest[:end]) // "Braun, 38 – who reps": nothing after the age
		if counted == "" || counted != "of" && (textproc.IsStopword("en", counted) || strings.ContainsAny(counted[:1], "0123456789")) {
			return wNo
		}
	}
	first := counted
	if i := strings.IndexByte(first, ' '); i >= 0 {
		first = first[:i]
	}
	if strings.HasPrefix(strings.ToLower(q.Counted), "foot-") || strings.HasPrefix(strings.ToLower(q.Counted), "feet-") {
		return wNo // "the six-foot-five champ": a height
	}
	// ages ("an 8-year-old girl") describe, they do not count
	if strings.HasPrefix(text[qe:], "-year-old") || strings.HasPrefix(text[qe:], "-month-old") || strings.HasSuffix(first, "-old") {
		return wNo
	}
	if strings.HasPrefix(text[qe:], "-point scale") || strings.HasPrefix(text[qe:], "-point plan") || strings.HasPrefix(text[qe:], "-star rating") {
		return wNo // "on a five-point scale": a measure's form, not a figure
	}
	if first == "times" {
		// "shot seven times" counts events; "three times as many", "five
		// times the size" multiply
		rest := strings.Fields(strings.ToLower(text[qe:min(qe+60, len(text))]))
		next := ""
		if len(rest) > 1 && !strings.ContainsAny(rest[0], ",.;:!?") {
			next = strings.Trim(rest[1], ",.;:!?\"”")
		}
		if !multiplierAfter[next] {
			return result
		}
	}
	if timeUnits[strings.TrimLeft(first, "-")] && prisonTerm(text[qe:min(qe+40, len(text))]) {
		return result // "up to five years in prison": a penalty, not a span
	}
	if f := strings.Fields(counted); len(f) >= 2 && (f[0] == "season" || f[0] == "day") && seasonGoods[f[1]] {
		return result // "6,000 season tickets", "day passes": things sold, not a span
	}
	if (first == "years" || first == "year") && ageStatistic(text[max(qs-40, 0):qs]) {
		return result // "the median age rose to 41.2 years": a statistic of ages, not a span
	}
	if timeUnits[strings.TrimLeft(first, "-")] || decadeWords[first] {
		return wNo // "three years", "the early nineteen sixties", "three times as many"
	}
	if f := strings.Fields(counted); len(f) == 2 && durationModifiers[f[0]] && timeUnits[f[1]] && !prisonTerm(text[qe:min(qe+60, len(text))]) {
		return wNo // "over six full seasons": a span of time
	}
	return result
}

// durationModifiers come between a count and its unit of time in a span
// ("six full seasons"); "consecutive" and "straight" make a streak, which
// counts ("in 10 consecutive years").
var durationModifiers = set(`full long whole entire more additional`)

// streak reports a run of games ("a 10-game losing streak", "an 11-game
// win streak"): a figure, unlike "a 10-game stretch".
func streak(counted, after string) bool {
	switch strings.ToLower(counted) {
	case "game", "match", "fight", "race", "start":
	default:
		return false
	}
	for i, w := range strings.Fields(strings.ToLower(after)) {
		if i > 2 {
			break
		}
		switch strings.Trim(w, ",.;:") {
		case "streak", "skid", "winning", "losing", "unbeaten", "win", "winless":
			return true
		}
	}
	return false
}

// placeCounts reports a count of places ("the other 15 countries"), whose
// scope is not the one place the sentence names.
func placeCounts(counted string) bool {
	switch strings.ToLower(lastWord(counted)) {
	case "countries", "nations", "states", "cities", "provinces", "regions", "territories", "members", "places":
		return true
	}
	return false
}

// speaksNext reports whether a speech verb follows within the clause:
// "one woman in Qeshm told AFP" names a source, not a figure.
func speaksNext(rest string) bool {
	ws := strings.Fields(rest[:min(len(rest), 160)])
	prev, n := "", 0
	for i := 0; i < len(ws) && n < 5; i, n = i+1, n+1 {
		w := strings.ToLower(ws[i])
		core := strings.TrimRight(w, ",.;:!?\"”")
		if _, ok := speechVerbs[core]; ok && core != "" && !beWords[prev] {
			return true // but "One person is believed to have been arrested" is passive
		}
		if conjunctions[core] {
			break // "it is one person and that he will reveal the name": another clause speaks
		}
		prev = core
		if strings.HasSuffix(w, ",") && i+1 < len(ws) && strings.ToLower(ws[i+1]) == "who" {
			// "one woman, who identified herself as Ana, told NY1": skip
			// the relative clause to its closing comma
			j := i + 1
			for j < len(ws) && j-i < 12 && !strings.HasSuffix(ws[j], ",") {
				j++
			}
			if j >= len(ws) || !strings.HasSuffix(ws[j], ",") {
				break
			}
			i, prev = j, ""
			continue
		}
		if core != w {
			break // the clause ends
		}
	}
	return false
}

// conjunctions end the words a lone "one N" may speak through.
var conjunctions = set(`and but or that which because when while if so then`)

// sportsStat reports a game statistic ("29 points", "101 yards"), whose
// sentence's place is usually a team's name ("South Florida", "Indianapolis").
func sportsStat(counted string) bool {
	switch strings.ToLower(lastWord(counted)) {
	case "points", "rebounds", "assists", "yards", "goals", "touchdowns", "touchdown", "wins", "losses", "games", "carries",
		"passes", "catches", "receptions", "runs", "hits", "strikeouts", "saves", "shots", "steals", "blocks", "turnovers",
		"interceptions", "sacks", "tackles", "innings", "rbis", "homers", "points-per-game", "seconds", "minutes":
		return true
	}
	return false
}

// percentIdiom reports whether what follows "100 percent" makes it a
// figure of speech ("on my shoulders", "sure", "behind him", or the end of
// the clause) rather than a rate ("100% tariffs", "100 percent of").
func percentIdiom(after string) bool {
	after = strings.TrimLeft(after, " ")
	if r, _ := utf8.DecodeRuneInString(after); after == "" || strings.ContainsRune(",.;:!?\"”’)", r) {
		return true
	}
	switch w := firstWord(after); w {
	case "on", "behind", "sure", "certain", "committed", "focused", "healthy", "right", "wrong", "true", "correct",
		"confident", "clear", "ready", "fit", "back", "guaranteed", "convinced", "positive", "honest", "serious", "accurate", "satisfied", "happy":
		// a predicate ("I'm 100 percent sure"), not a modifier of a noun
		// ("100% satisfied customers")
		next := firstWord(strings.TrimLeft(after, " ")[len(w):])
		return !(len(next) > 3 && strings.HasSuffix(next, "s") && next == strings.ToLower(next))
	}
	return false
}

// courtNouns after "N-point" make it basketball jargon.
var courtNouns = set(`play plays shot shots line range attempt attempts basket baskets field`)

// firstWord returns the first word of s without its punctuation, reading
// no further than that word (s may be the rest of a long text).
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\n\r")
	if i := strings.IndexAny(s, " \t\n\r"); i >= 0 {
		s = s[:i]
	}
	return strings.Trim(s, ",.;:!?\"“”‘’()")
}

// changeWords before "100 percent" make it a change, not a figure of
// speech ("rose 100 percent", "up by 100 percent").
var changeWords = set(`rose rise rises risen fell fall falls fallen up down by than increased increase increases
	decreased decrease jumped jump climbed dropped grew grow surged soared plunged doubled about nearly almost to from`)

// compoundCounts are the nouns whose hyphenated count is a figure: "a
// 45-yard field goal", "a 300-bed hospital", "a 5,000-strong crowd", "a
// 10-point lead"; other compounds are modifiers ("a two-state solution").
var compoundCounts = set(`yard mile foot inch pound ton tonne meter metre kilometer kilometre km kg acre hectare
	gallon barrel litre liter ounce storey story floor page point strong member man person seat bed room car vehicle
	truck bus plane ship boat house home building unit apartment employee worker passenger percent degree megawatt
	gigawatt kilowatt watt volt mph kph lane horsepower hp piece carat gram calorie magnitude nation country count mm
	millimeter millimetre caliber calibre
	vote charge county city village district school company team store
	yards miles feet inches pounds tons tonnes meters metres kilometers kilometres acres hectares gallons barrels
	litres liters ounces points pieces`)
var personNouns = set(`man woman person child boy girl baby soldier officer policeman civilian worker student
	passenger victim resident firefighter journalist protester suspect pilot driver teacher doctor nurse patient
	hostage prisoner migrant refugee tourist miner fisherman farmer employee crewman sailor guard gunman attacker
	bystander motorist cyclist pedestrian inmate detainee teen teenager toddler infant adult climber hiker`)

// elidedPeople returns the people a bare figure at text[qs:qe] counts when
// the noun is left out before a verb ("North Korean troops had been sent
// to Russia, adding that about 8,000 were in Kursk"): the last plural of
// people earlier in the sentence. It returns "" when the figure is not
// followed by such a verb or the sentence names no people before it.
func elidedPeople(text string, qs, qe int) string {
	rest := strings.Fields(text[qe:min(qe+20, len(text))])
	if len(rest) == 0 || !elisionVerbs[rest[0]] {
		return ""
	}
	seg := text[max(qs-200, 0):qs]
	if i := strings.LastIndexAny(seg, "\n.!?"); i >= 0 {
		if strings.TrimSpace(seg[i+1:]) == "" && seg[i] != '\n' {
			// "Two were admitted to hospital" opening the sentence: the
			// people the sentence before counted ("… injured 19
			// passengers.")
			seg = seg[:i]
			if j := strings.LastIndexAny(seg, "\n.!?"); j >= 0 {
				seg = seg[j+1:]
			}
			seg += ","
		} else {
			seg = seg[i+1:] // this sentence only ("Dec." and "U.S." cut it short, which only loses a noun)
		}
	}
	ws := strings.Fields(seg)
	if len(ws) == 0 {
		return ""
	}
	crossed := strings.HasSuffix(seg, ",") && !strings.HasSuffix(text[max(qs-200, 0):qs], ", ") && !strings.HasSuffix(strings.TrimRight(text[max(qs-200, 0):qs], " "), ",")
	// the figure opens a clause: after a comma or a conjunction, not
	// after a noun ("area 55") or a comparison ("younger than 5")
	if prev := strings.ToLower(ws[len(ws)-1]); !strings.HasSuffix(prev, ",") && !clauseOpenersBeforeFigure[prev] {
		return ""
	}
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.Trim(ws[i], ",;:()\"“”")
		if !peoplePlural(w) {
			continue
		}
		if crossed && !(i > 0 && (startsWithDigit(ws[i-1]) || isNumberWord(ws[i-1]))) {
			continue // from the sentence before only a counted plural: "burying eight skiers. Three were pulled out", not "…, police said"
		}
		// a demonym before the noun goes with it: "North Korean troops"
		for k := max(0, i-2); k < i; k++ {
			if strings.ContainsAny(strings.Join(ws[k:i], " "), ",;:") {
				continue
			}
			if _, ok := entity.Demonym(strings.Join(ws[k:i], " ")); ok {
				return strings.Join(ws[k:i], " ") + " " + w
			}
		}
		return w
	}
	return ""
}

// clauseOpenersBeforeFigure may stand right before a figure that opens a
// clause of its own.
var clauseOpenersBeforeFigure = set(`that and but while whereas only just another`)

// tollAfter reports a bare figure that a toll verb right after makes a
// count of people: "the government said 1,250 had died", "At least 40
// were killed", "Among the passengers, 12 were injured".
func tollAfter(text string, qe int) bool { return tollAfterWord(text, qe) != "" }

// tollAfterWord returns the toll word after a bare figure ("died",
// "killed", "missing"), which is what the figure counts, or "".
func tollAfterWord(text string, qe int) string {
	rest := strings.Fields(strings.ToLower(text[qe:min(qe+40, len(text))]))
	k := 0
	if len(rest) > 0 && (rest[0] == "had" || rest[0] == "have" || rest[0] == "has" || rest[0] == "were" || rest[0] == "are" || rest[0] == "remain") {
		k = 1
		if len(rest) > 1 && rest[1] == "been" {
			k = 2
		}
	}
	if k < len(rest) {
		if w := strings.Trim(rest[k], ",.;:"); tollWords[w] {
			return w
		}
	}
	return ""
}

// tollWords after a bare figure say it counts people.
var tollWords = set(`died killed injured wounded dead missing arrested evacuated displaced hospitalized hospitalised rescued detained`)

// elisionVerbs follow a figure whose noun is left out: "8,000 were", "40
// have", "3 remain".
var elisionVerbs = set(`were are have had remain remained remain died survived`)

// peoplePlural reports a lower-case plural noun of people: "troops",
// "people", "soldiers", "civilians".
func peoplePlural(w string) bool {
	switch w {
	case "people", "men", "women", "children", "troops", "police", "forces", "fighters", "militants", "rebels", "staff":
		return true
	}
	if strings.HasSuffix(w, "ies") {
		return false
	}
	return strings.HasSuffix(w, "s") && (personNouns[strings.TrimSuffix(w, "s")] || personNouns[strings.TrimSuffix(w, "es")])
}

// personNoun reports whether counted names one person, maybe after one
// adjective: "man", "male employee", "Israeli soldier".
func personNoun(counted string) bool {
	w := strings.Fields(strings.ToLower(counted))
	switch len(w) {
	case 1:
		return personNouns[w[0]]
	case 2:
		return personNouns[w[1]]
	}
	return false
}

// tollVerbs before a bare number say what it counts (the value is the
// word to show as counted): people hurt, held or moved.
var tollVerbs = map[string]string{
	"killing": "killed", "killed": "killed", "kill": "killed",
	"injuring": "injured", "injured": "injured", "injure": "injured",
	"wounding": "wounded", "wounded": "wounded", "wound": "wounded",
	"arresting": "arrested", "arrested": "arrested", "arrest": "arrested",
	"detaining": "detained", "detained": "detained", "detain": "detained",
	"evacuating": "evacuated", "evacuated": "evacuated", "evacuate": "evacuated",
	"displacing": "displaced", "displaced": "displaced",
	"rescuing": "rescued", "rescued": "rescued",
	// a place or a firm holding people: "the camp now shelters nearly
	// 58,000", "the company employs 45,000"
	"shelters": "people", "sheltering": "people", "sheltered": "people",
	"employs": "employees", "employing": "employees",
}

// wholeCount reports whether q is a whole number of at least one (a
// count), not a share such as "a third".
func wholeCount(q quantity.Quantity) bool {
	return q.Value != nil && *q.Value >= 1 && *q.Value == math.Trunc(*q.Value)
}

// tollVerbBounds are verbs the figure's text starts with as its bound
// ("exceeded 100,000") that tell a level the subject reached.
var tollVerbBounds = []string{"exceeded", "topped", "passed", "crossed", "surpassed", "tops"}

// tollBefore returns what a bare figure at qs counts when the words just
// before it say so: a toll verb ("injuring 40" → "injured") or a crowd or
// toll noun with "of" ("a crowd of 22,000" → "crowd", "a death toll of 37"
// → "death toll"). It returns "" otherwise.
func tollBefore(text string, qs int) string {
	for _, v := range tollVerbBounds {
		if strings.HasPrefix(text[qs:min(qs+len(v)+1, len(text))], v+" ") {
			qs += len(v) // "sign-ups had exceeded 100,000": the bound is the verb
			break
		}
	}
	seg := text[max(qs-160, 0):qs]
	if i := strings.LastIndexByte(seg, '\n'); i >= 0 {
		seg = seg[i+1:] // the words before belong to this paragraph
	}
	if i := strings.LastIndex(seg, ". "); i >= 0 {
		seg = seg[i+2:] // and to this sentence
	}
	before := strings.Fields(strings.ToLower(seg))
	if len(before) == 0 {
		return ""
	}
	w := strings.Trim(before[len(before)-1], ",;:")
	if len(before) >= 3 && intensifiers[w] && (before[len(before)-2] == "a" || before[len(before)-2] == "an") {
		before = before[:len(before)-2] // "stands at an alarming 698", "reached a record 40"
		w = strings.Trim(before[len(before)-1], ",;:")
	}
	if (w == "other" || w == "another") && len(before) >= 2 {
		w = strings.Trim(before[len(before)-2], ",;:") // "wounding another 70"
	}
	if w == "auf" || w == "bei" || w == "um" || w == "über" {
		// German: "stieg die Zahl der Fälle auf 40.000", "die Zahl der
		// Arbeitslosen ist um 133.000 gestiegen"
		orig := strings.Fields(seg)
		for k := len(before) - 2; k >= 1 && k >= len(before)-16 && len(orig) == len(before); k-- {
			if strings.ContainsAny(before[k], ",;:") {
				break
			}
			if (before[k] == "der" || before[k] == "des") && strings.HasPrefix(before[k-1], "zahl") {
				return strings.Trim(orig[k+1], ",;:")
			}
		}
	}
	copula := w == "is" || w == "was" || w == "are" || w == "were" || w == "stood" || w == "stands" || w == "remains" || w == "remained"
	changeBy := w == "by" && len(before) >= 2 && changeVerbsPast[before[len(before)-2]] // "unemployment rose by 2,000"
	if w == "to" || w == "at" || w == "reached" || w == "hit" || w == "nearing" || w == "approaching" || slices.Contains(tollVerbBounds, w) || copula || changeBy {
		// "the death toll rose to 37", "the toll stood at 12", "the death
		// toll reached 40", "the confirmed caseload is nearly 162,000"
		for k := len(before) - 2; k >= 0 && k >= len(before)-24; k-- {
			if strings.TrimRight(before[k], ",;:") != before[k] {
				break // "the toll, officials said, rose to": another clause (but "by 2,000 to" goes on)
			}
			if clauseWords[before[k]] && k < len(before)-2 && !tallyNouns[before[k+1]] {
				break // "Most of the population lives in towns where hospital admissions rose to": another clause's subject
			}
			far := k < len(before)-14 // past 14 words only a toll still reaches: "The death toll from flash floods that swept … rose to 87"
			if !far && tallyNouns[strings.TrimSuffix(strings.TrimSuffix(before[k], "'s"), "’s")] {
				return strings.Trim(before[k], ",;:") // "the state's confirmed caseload is 162,000"
			}
			if !far && before[k] == "total" && k+1 < len(before)-1 && before[k+1] != "of" && !textproc.IsStopword("en", before[k+1]) {
				return "total " + strings.Trim(before[k+1], ",;:") // "bringing total losses to about 697,000"
			}
			if !far && before[k] == "number" && k+2 < len(before)-1 && before[k+1] == "of" {
				// "the total number of arrests to 140", "the number of
				// displaced has doubled to 400,000"
				var words []string // "the number of active cases": up to the verb or a participle
				for j := k + 2; j < len(before)-1 && len(words) < 3; j++ {
					n := strings.Trim(before[j], ",;:")
					if n == "" || textproc.IsStopword("en", n) || len(words) > 0 && (strings.HasSuffix(n, "ed") || changeVerbsPast[n] || reachVerbs[n]) || n == "is" || n == "stands" {
						break
					}
					words = append(words, n)
				}
				if len(words) > 0 {
					return strings.Join(words, " ")
				}
			}
			if before[k] == "toll" {
				if k > 0 && before[k-1] == "death" {
					return "death toll"
				}
				return "toll"
			}
		}
	}
	// "rose by 1,200 to 15,400": the level after the change
	byThenTo := w == "to" && len(before) >= 4 && before[len(before)-3] == "by" && changeVerbsPast[before[len(before)-4]] && startsWithDigit(before[len(before)-2])
	if reachVerbs[w] || (w == "to" || w == "by") && len(before) >= 2 && changeVerbsPast[before[len(before)-2]] || byThenTo {
		// "French overnight stays in Italy hit 14 million", "visits rose to
		// 300", "cases rose by 1,200": the plural subject of the verb counts
		// what the figure counts
		orig := strings.Fields(seg)
		stop := len(before) - 1
		switch {
		case byThenTo:
			stop -= 3
		case w == "to" || w == "by":
			stop--
		}
		for stop >= 1 && (before[stop-1] == "have" || before[stop-1] == "has" || before[stop-1] == "had") {
			stop-- // "Measles cases … have surged to 1,140"
		}
		for k := stop - 1; k >= 0 && k >= stop-10 && len(orig) == len(before); k-- {
			b := strings.Trim(before[k], ",;:")
			if (b == "the" || b == "a") && k >= 1 && (before[k-1] == "in" || before[k-1] == "of" || before[k-1] == "from") {
				continue // "cases in the Eastern Highlands region": a place inside the subject
			}
			if b != before[k] || textproc.IsStopword("en", b) && b != "in" && b != "of" && b != "from" {
				break // another clause, or a function word before the subject
			}
			if len(b) > 3 && strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss") && !strings.HasSuffix(b, "us") && !strings.HasSuffix(b, "is") &&
				!strings.ContainsAny(b, "'’") && (k == 0 || !isUpperWord(orig[k])) {
				if levelNouns[b] {
					break // "shares rose to 40": a price, not a count of shares
				}
				return b
			}
		}
	}
	if (w == "of" || w == "at") && len(before) >= 2 { // "a death toll of 37", "put the death toll at 37"
		switch n := before[len(before)-2]; n {
		case "crowd", "tally", "population":
			return n
		case "mother", "father", "parent", "parents", "grandmother", "grandfather", "mom", "dad":
			if w == "of" {
				return "children" // "a mother of 13"
			}
		case "toll":
			if len(before) >= 3 && before[len(before)-3] == "death" {
				return "death toll"
			}
			return n
		}
		return ""
	}
	return tollVerbs[w]
}

// indexBefore returns the index a bare figure at qs is the level of: "The
// NFIB Small Business Optimism Index came in at 100.2" gives "NFIB Small
// Business Optimism Index", "the benchmark index closed at 2426.3" gives
// "index". The figure must follow "at", "to" or "of" in the clause whose
// subject the index heads; it returns "" otherwise.
func indexBefore(text string, qs int) string {
	seg := text[max(qs-100, 0):qs]
	if i := strings.LastIndexAny(seg, "\n;:"); i >= 0 {
		seg = seg[i+1:]
	}
	if i := strings.LastIndex(seg, ". "); i >= 0 {
		seg = seg[i+2:]
	}
	words := strings.Fields(seg)
	if len(words) < 3 {
		return ""
	}
	if w := strings.ToLower(words[len(words)-1]); w != "at" && w != "to" && w != "of" {
		return ""
	}
	for k := len(words) - 2; k >= 1 && k >= len(words)-6; k-- {
		w := words[k]
		if strings.ContainsAny(w, ",()") {
			return "" // another clause: "the index, which rose 2%, closed at"
		}
		if lw := strings.ToLower(w); lw == "index" || lw == "indexes" || lw == "indices" {
			from := k
			for from > 0 && k-from < 6 && isUpperWord(words[from-1]) && !strings.ContainsAny(words[from-1], ",()") &&
				!(from-1 == 0 && textproc.IsStopword("en", strings.ToLower(words[0]))) {
				from--
			}
			if from == k {
				return lw
			}
			return strings.Join(words[from:k+1], " ")
		}
	}
	return ""
}

// clauseWords open a clause whose subject is its own.
var clauseWords = set(`where when while because although whereas`)

// tallyNouns head a subject whose value a figure states: "the caseload is
// nearly 162,000", "turnout was 3,000".
var tallyNouns = set(`caseload tally turnout attendance headcount unemployment joblessness population`)

// multiplierAfter are the words after "N times" that make it a multiplier.
var multiplierAfter = set(`more less fewer as the higher lower larger bigger greater smaller faster slower over
	that than a an per its their his her what normal`)

var decadeWords = set(`twenties thirties forties fifties sixties seventies eighties nineties`)

// prisonTerm reports whether the text after a span of time makes it a
// sentence: "years in prison", "months in jail", "years behind bars".
func prisonTerm(after string) bool {
	after = strings.ToLower(after)
	for _, w := range []string{" in prison", " in jail", " behind bars", " in federal prison", " prison", " jail"} {
		if i := strings.Index(after, w); i >= 0 && i <= 8 && !strings.ContainsAny(after[:i], ".!?;") {
			return true // not "He served 10 years. Prison officials said"
		}
	}
	return false
}

// worth is worthy's verdict.
type worth int

const (
	wNo      worth = iota
	wYes           // a figure
	wBackRef       // "the three victims": a figure unless the article gave it before
	wOne           // "one man": a figure only in a list of counts
)

// sameFigureBefore reports whether an earlier claim of the article has the
// value and unit of q and counts the same thing (the same last word, or
// nothing named on either side): "5 barns ... the 5 firefighters" are two
// figures.
func sameFigureBefore(out []model.Claim, q quantity.Quantity) bool {
	head := strings.ToLower(lastWord(q.Counted))
	for _, c := range out[max(len(out)-500, 0):] { // bounded on hostile pages

		if c.Value != nil && *c.Value == *q.Value && c.Unit == q.Unit &&
			(head == "" || c.Counted == "" || strings.ToLower(lastWord(c.Counted)) == head) {
			return true
		}
	}
	return false
}

// asOf returns the day the figure is reported to hold and where it came
// from (see model.Claim.AsOfSource).
func (an *analysis) asOf(p *paragraph, s textproc.Span, qi, qoff, qend int, figs []int, cue *Cue, dates []timex.Date, anchor *timex.Date, ref time.Time) (time.Time, string, string) {
	var usable []timex.Date
	coarse := -1 // distance to the nearest month or year ("in October")
	var coarseDate timex.Date
	coarseMany := false // more than one month or year near the figure
	// only dates near the figure can date it; the window also keeps a
	// huge unpunctuated "sentence" linear
	lo := sort.Search(len(dates), func(i int) bool { return dates[i].Start >= qoff-asOfWindow })
	hi := sort.Search(len(dates), func(i int) bool { return dates[i].Start > qoff+asOfWindow })
	if hi < lo {
		hi = lo
	}
	semi := strings.IndexByte(an.text[max(s.Start, qoff-400):min(s.End, qoff+400)], ';') >= 0 // clauses to tell apart
	for _, d := range dates[lo:hi] {
		// "from July's 98.8 reading", "Sunday's 5,000 marchers": a date in
		// the possessive right before the figure is the figure's own
		if d.End > qoff || qoff-d.End > 6 || d.Vague || d.Future {
			continue
		}
		if gap := strings.TrimSpace(an.text[d.End:qoff]); gap == "'s" || gap == "’s" || gap == "" && (strings.HasSuffix(d.Text, "'s") || strings.HasSuffix(d.Text, "’s")) {
			if d.Precision == timex.Day && d.Until.IsZero() {
				return d.Date, "sentence", ""
			}
			return time.Time{}, "", period(d)
		}
	}
	for _, d := range dates[lo:hi] {
		// a plan for a later day ("next week") is not when the figure holds;
		// but a forecast for a named later year holds for that year
		// ("leveling out to 2.4 percent in 2027")
		if d.Vague || d.Future && !(d.Precision == timex.Year && !ref.IsZero() && d.Date.Year() > ref.Year()) {
			continue
		}
		if !strings.HasSuffix(d.Text, "'s") && !strings.HasSuffix(d.Text, "’s") && namesEvent(an.text[d.End:min(d.End+24, len(an.text))]) {
			continue // "18 years after the September 11, 2001 attacks": the date names an event (but "Sunday's quake" dates it)
		}
		if an.nearerFigure(figs, qoff, d) && !(qoff < d.Start && periodEnd(an.text[max(d.Start-24, 0):d.Start])) {
			continue // "$39,014, up from $38,373 a year ago": the date is the other figure's (but a period's end dates the figures before it)
		}
		rc, ok := an.relClause[d.Start]
		if !ok {
			if an.relClause == nil {
				an.relClause = map[int][2]int{}
			}
			rc[0], rc[1] = relativeClause(an.text, s, d.Start, an.lang)
			an.relClause[d.Start] = rc
		}
		if from, to := rc[0], rc[1]; to > from && (qoff < from || qoff >= to) {
			continue // "The deputy, who was wed three weeks ago, is survived by two sons"
		}
		if d.Precision == timex.Month && (strings.HasPrefix(an.text[d.End:], "'s ") || strings.HasPrefix(an.text[d.End:], "’s ")) && d.End < qoff {
			continue // "killed in last month's earthquake has passed 48,000": the month dates the quake, not the toll
		}
		if d.Start > qoff && d.Start-qoff < 40 && strings.EqualFold(d.Text, "on the day") && !ref.IsZero() {
			// "down 0.21% on the day": the session reported, not a date
			// named earlier in the article
			d.Date = reportDay(ref)
		}
		before := strings.ToLower(lastWord(an.text[max(d.Start-30, 0):d.Start]))
		if an.lang != "en" && an.lang != "" && sinceForeign(an.text[max(d.Start-40, 0):d.Start]) {
			before = "since" // "desde los años cincuenta", "seit Anfang der 1970er-Jahre", "depuis 2009"
		} else if before != "since" && (an.lang == "en" || an.lang == "") && sinceEnglish(an.text[max(d.Start-40, 0):d.Start]) {
			before = "since" // "since the Feb. 1 coup", "since its launch in 2019"
		}
		if (before == "from" || before == "than" || before == "versus" || before == "vs" || an.lang != "en" && an.lang != "" && foreignBaseline(an.text[max(d.Start-30, 0):d.Start], d.Text)) &&
			(d.Until.IsZero() || !spanText(d.Text)) {
			continue // a baseline: "down 10 percent from a year ago", "from the year-ago quarter" (but "from Monday to Wednesday" is a span)
		}
		if before == "since" && d.Precision == timex.Day {
			continue // "13 people had died since June 1": where the count starts, not when it holds
		}
		if lo, hi := min(d.Start, qoff), max(d.End, qoff); semi && hi-lo < 400 && clauseBreak(an.text[lo:hi]) && ownClauseDate(an.text, s, qoff, dates, d) {
			// "the wage gap in 1979 was only 6 percent; by 2015, it had
			// jumped to 19 percent": the figure's clause has its own date
			// (but in "In May, sales rose 5%; profit rose 3%" the date
			// holds for both)
			continue
		}
		if d.Start > qoff && d.Start-qoff < 160 && comparisonBetween(strings.ToLower(an.text[qoff:d.Start])) {
			continue // "reached 44,947, much lower than the 46,797 he saw on Friday": the baseline's date
		}
		thisMonth := d.Date.Year() == ref.Year() && d.Date.Month() == ref.Month()
		if d.Precision == timex.Day && !d.Until.IsZero() && d.Until.Sub(d.Date) >= 72*time.Hour {
			// "last week": a span of days, no one day; "this week" says
			// nothing against the report's day
			if !ref.IsZero() && !ref.Before(d.Date) && !ref.After(d.Until.Add(24*time.Hour)) {
				continue
			}
			if dist := abs(d.Start - qoff); coarse < 0 || dist < coarse {
				if coarse >= 0 && !coarseDate.Date.Equal(d.Date) {
					coarseMany = true
				}
				coarse, coarseDate = dist, d
			}
			continue
		}
		if d.Precision == timex.Day {
			usable = append(usable, d)
		} else if dist := abs(d.Start - qoff); (d.Precision == timex.Month && !thisMonth || pastYear(d, ref) || laterYear(d, ref) && (atFigure(d, qoff) || targetYear(an.text, d, qoff))) && before != "since" && (coarse < 0 || dist < coarse) {
			// a past month ("in October") or a past year ("in 2017"); the
			// year or the month under way ("so far this year") says
			// nothing against the report's day
			if coarse >= 0 && !coarseDate.Date.Equal(d.Date) {
				coarseMany = true
			}
			coarse, coarseDate = dist, d
		} else if d.Precision == timex.Month && !thisMonth || pastYear(d, ref) || laterYear(d, ref) && (atFigure(d, qoff) || targetYear(an.text, d, qoff)) {
			coarseMany = coarseMany || !coarseDate.Date.IsZero() && !coarseDate.Date.Equal(d.Date)
		}
	}
	if coarseMany && coarse >= 0 && atFigure(coarseDate, qoff) &&
		(laterYear(coarseDate, ref) || pastYear(coarseDate, ref)) && !yearListAfter(an.text[coarseDate.End:min(coarseDate.End+8, len(an.text))]) {
		// "an increase in 2023 of 4.5 percent, before leveling out to 2.4
		// percent in 2027": a year right at the figure is its own (but
		// not the first of a list, "four stints in 1994, 1996")
		coarseMany = false
	}
	if coarseMany {
		coarseDate = timex.Date{} // "four stints in 1994, 1996, 1999 and 2002": no one period
	}
	if len(usable) == 0 && coarse >= 0 {
		return time.Time{}, "", period(coarseDate) // "averaged 5.7 percent in October": a month, not a day
	}
	if len(usable) > 0 {
		// the date nearest the figure, unless one dates the speech act
		// nearest by the gap between them: a date after the figure from its
		// end ("from 75.4 million euros a year earlier"), one before it to
		// its start
		gap := func(d timex.Date) int {
			switch {
			case d.Start >= qend:
				return d.Start - qend
			case d.End <= qoff:
				return qoff - d.End
			}
			return 0
		}
		pick := usable[0]
		for _, d := range usable[1:] {
			if gap(d) < gap(pick) {
				pick = d
			}
		}
		if coarse >= 0 && coarse < abs(pick.Start-qoff) {
			// "sold 30,154 cars in October, down 10 percent from a year
			// ago": the figure holds for a month, which as_of (a day)
			// cannot say; the day nearby dates something else.
			return time.Time{}, "", period(coarseDate)
		}
		// the date of the speech act: "the Pentagon said Monday", unless
		// a date follows the figure itself ("up from 3,000 a week earlier")
		// or ends the period the figure covers ("a profit of 412 million
		// pounds for the year to Feb. 29, up 8 percent")
		if cue != nil && !(pick.Start > qoff && pick.Start-qoff <= 24) && !periodEnd(an.text[max(pick.Start-24, 0):pick.Start]) {
			v := p.toks[cue.Verb]
			for _, d := range usable {
				if d.Start >= v.End && d.Start-v.End <= 12 || d.End <= v.Start && v.Start-d.End <= 4 {
					pick = d
					break
				}
			}
		}
		return pick.Date, "sentence", ""
	}
	if anchor != nil && sameDay(s.Text) {
		return anchor.Date, "previous", ""
	}
	if ref.IsZero() {
		return time.Time{}, "", ""
	}
	if pastYearNamed(an.text[max(s.Start, qoff-200):min(s.End, qoff+200)], ref.Year()) {
		return time.Time{}, "", "" // "the 2007 Oscars ... (14.1 rating)": another year's figure
	}
	if an.lang == "es" || an.lang == "fr" || an.lang == "de" {
		if currentForeign(p, s, qi, cue, an.lang == "de") {
			return reportDay(ref), "published", ""
		}
	} else if current(p, s, qi, cue) {
		return reportDay(ref), "published", ""
	}
	return time.Time{}, "", ""
}

// foreignBaseline reports text that ends on a German, French or Spanish
// "compared with": the date after it is the baseline's ("con respecto a
// febrero", "par rapport à 2019", "im Vergleich zu 2020").
func foreignBaseline(before, date string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	if w, _, ok := strings.Cut(date, " "); ok {
		switch strings.ToLower(w) {
		case "a", "à", "al", "au", "zu", "zum":
			b += " " + strings.ToLower(w) // the date phrase took the preposition: "a febrero"
		}
	}
	for _, p := range []string{"respecto a", "respecto al", "frente a", "frente al", "comparado con", "par rapport à", "comparé à",
		"par rapport au", "im vergleich zu", "im vergleich zum", "gegenüber", "verglichen mit"} {
		if strings.HasSuffix(b, p) {
			return true
		}
	}
	return false
}

// reportDay is the day of the reference time, at UTC midnight as dates are.
func reportDay(ref time.Time) time.Time {
	y, m, d := ref.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ownClauseDate reports whether a date other than d stands in the clause
// of the figure at qoff: the stretch of sentence s between the semicolons
// around it.
func ownClauseDate(text string, s textproc.Span, qoff int, dates []timex.Date, d timex.Date) bool {
	from, to := max(s.Start, qoff-400), min(s.End, qoff+400)
	if i := strings.LastIndexByte(text[from:qoff], ';'); i >= 0 {
		from += i + 1
	}
	if i := strings.IndexByte(text[qoff:to], ';'); i >= 0 {
		to = qoff + i
	}
	// dates are in text order: look only at those in [from, to)
	for k := sort.Search(len(dates), func(k int) bool { return dates[k].Start >= from }); k < len(dates) && dates[k].Start < to; k++ {
		if o := dates[k]; o.Start != d.Start && o.End <= to && !o.Vague {
			return true
		}
	}
	return false
}

// clauseBreak reports a semicolon outside brackets in s: the text between
// a figure and a date crosses into another clause.
func clauseBreak(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// spanText reports whether a date's text joins two dates into a span
// ("Monday to Wednesday", "Oct. 27-28"), not one period such as "the
// year-ago quarter".
func spanText(t string) bool {
	return strings.Contains(t, " to ") || strings.Contains(t, " through ") || strings.Contains(t, " until ") ||
		strings.Contains(t, " till ") || strings.Contains(t, " and ") || strings.ContainsAny(t, "-–—") && !strings.Contains(t, "year-")
}

// periodEnd reports text ending where a reporting period's last day is
// named: "for the year to ", "in the six months to ", "the quarter ended ".
func periodEnd(before string) bool {
	b := strings.ToLower(before)
	if strings.HasSuffix(b, " ended ") || strings.HasSuffix(b, " ending ") {
		return true
	}
	if !strings.HasSuffix(b, " to ") {
		return false
	}
	for _, w := range []string{"year", "months", "weeks", "quarter", "half", "period"} {
		if strings.Contains(b, w) {
			return true
		}
	}
	return false
}

// comparisonBetween reports a comparison between a figure and a later
// date, which then dates the figure compared with.
func comparisonBetween(between string) bool {
	// past the figure's own digits: "more than 1,300" is a bound, not a
	// comparison
	digit := strings.IndexAny(between, "0123456789")
	if digit < 0 {
		return false
	}
	between = between[digit:]
	for _, w := range []string{" than ", "up from ", "down from ", "compared with ", "compared to "} {
		// the comparison names a figure of its own before the date: "than
		// the 46,797 he saw on Friday" (not "more than any other player,
		// on Friday"), or a baseline: "more than double the amount they
		// took home in the late 1970s"
		if i := strings.Index(between, w); i >= 0 {
			rest := between[i+len(w):]
			if strings.ContainsAny(rest, "0123456789") {
				return true
			}
			for _, b := range []string{"the amount", "the level", "the number", "the figure", "the rate", "the share", "the total", "that of", "those of"} {
				if strings.Contains(rest, b) {
					return true
				}
			}
		}
	}
	return false
}

// period writes the month, year or span a figure holds for: "2003-12",
// "2017", "2024-03-04/2024-03-10" (last week), "2019-07/2019-09" (the
// third quarter), "1990/1999" (the 1990s).
func period(d timex.Date) string {
	if d.Date.IsZero() {
		return ""
	}
	layout := "2006"
	switch d.Precision {
	case timex.Month:
		layout = "2006-01"
	case timex.Day:
		layout = "2006-01-02"
	}
	out := d.Date.Format(layout)
	if !d.Until.IsZero() && d.Until.Format(layout) != out {
		out += "/" + d.Until.Format(layout)
	}
	return out
}

// relativeOpeners open a relative clause after a comma, by language
// ("das Berliner Kammergericht, das vor zwei Jahren angegriffen wurde,
// …"); "" is English.
var relativeOpeners = map[string][]string{
	"":   {", who ", ", which ", ", whose ", ", where "},
	"de": {", das ", ", der ", ", die ", ", dem ", ", den ", ", deren ", ", dessen ", ", welche ", ", wo "},
	"fr": {", qui ", ", dont ", ", où ", ", lequel ", ", laquelle "},
	"es": {", que ", ", quien ", ", quienes ", ", cuyo ", ", cuya ", ", donde ", ", el cual ", ", la cual "},
}

// relativeClause returns the byte span of the relative clause between
// commas that holds offset at ("…, who was wed three weeks ago, …"), or
// an empty span when at is in none.
func relativeClause(text string, s textproc.Span, at int, lang string) (int, int) {
	lo := max(s.Start, at-120)
	seg := text[lo:at]
	open := -1
	openers := relativeOpeners[lang]
	if openers == nil {
		openers = relativeOpeners[""]
	}
	for _, rel := range openers {
		if k := strings.LastIndex(seg, rel); k > open {
			open = k
		}
	}
	if open < 0 || strings.Contains(seg[open+2:], ",") {
		return 0, 0
	}
	end := strings.IndexByte(text[at:min(s.End, at+200)], ',')
	if end < 0 {
		return 0, 0 // the clause runs to the sentence's end: the figure may be in it
	}
	return lo + open, at + end
}

// pastYearNamed reports whether a sentence names an event of a year
// before year: a bare four-digit year before an event noun ("the 2007
// Oscars", "the 2016 election", "its 2019 report"); a product year ("the
// 2016 MacBook Pro") says nothing of when the figure holds.
func pastYearNamed(sentence string, year int) bool {
	for i := 0; i+4 <= len(sentence); i++ {
		if !isDigitByte(sentence[i]) {
			continue
		}
		j := i
		for j < len(sentence) && isDigitByte(sentence[j]) {
			j++
		}
		start := i
		i = j
		if j-start != 4 || start == 0 || sentence[start-1] != ' ' || j >= len(sentence) || sentence[j] != ' ' {
			continue
		}
		y, _ := strconv.Atoi(sentence[start:j])
		if y < 1900 || y >= year {
			continue
		}
		ws := strings.Fields(sentence[max(start-8, 0):start])
		if len(ws) == 0 {
			continue
		}
		if p := strings.ToLower(ws[len(ws)-1]); p == "since" || p == "in" || p == "from" {
			continue // "since 2014", "in 2003" are dates the date finder has read
		}
		for k, w := range strings.Fields(sentence[j:min(j+40, len(sentence))]) {
			if k >= 3 {
				break
			}
			if yearEvents[strings.ToLower(strings.Trim(w, ",.;:'’\"()"))] {
				return true
			}
		}
	}
	return false
}

// namesEvent reports whether the words right after a date make it part of
// an event's name: "the September 11, 2001 attacks", "the Nov. 3
// election".
func namesEvent(after string) bool {
	w := firstWord(after)
	if w == "" || after[0] != ' ' {
		return false
	}
	return yearEvents[strings.ToLower(w)] && strings.ToLower(w) != "report" && strings.ToLower(w) != "season"
}

// yearEvents are nouns of events that a year before them dates.
var yearEvents = set(`oscars olympics games election elections census survey report budget campaign championship championships
	bowl final finals tournament race vote referendum war crisis earthquake quake storm hurricane attack attacks emmys grammys
	season series cup world-cup playoffs ceremony broadcast telecast study poll`)

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// asOfWindow is how far (bytes) from a figure a date of its sentence may
// stand and still date it.
const asOfWindow = 600

// maxBaselineFigs bounds the figures of one sentence that nearerFigure
// compares, so that hostile text (thousands of figures and dates in one
// unpunctuated line) stays linear.
const maxBaselineFigs = 40

// nearerFigure reports whether date d belongs to a baseline figure: one
// that another figure of the sentence (starts in figs) is compared with
// ("$39,014, up from $38,373 a year ago", "more than 6.2 percent in
// 2017") and that sits nearer to the date than the figure at qoff. In a
// plain list ("10,000 troops and 500 tanks arrived on Monday") the date
// stays with every figure.
func (an *analysis) nearerFigure(figs []int, qoff int, d timex.Date) bool {
	dist := func(f int) int {
		if f < d.Start {
			return d.Start - f
		}
		return abs(f - d.End)
	}
	mine := dist(qoff)
	if len(figs) > maxBaselineFigs {
		return false // a table flattened into one sentence: no comparison to read
	}
	for _, f := range figs {
		if f < d.Start && qoff >= d.End && qoff-d.End <= 6 && strings.HasPrefix(strings.TrimLeft(an.text[d.End:qoff], " ,"), "to") &&
			lastWord(an.text[max(f-20, 0):f]) == "from" {
			return true // "fell from 54.5% in November to 35%": the date is the baseline's
		}
		if f == qoff || dist(f) >= mine {
			continue
		}
		// the other figure is a baseline when a comparison word comes
		// right before it: "up from $38,373", "more than 6.2 percent"
		switch lastWord(an.text[max(f-20, 0):f]) {
		case "from", "than", "versus", "vs", "vs.", "against":
			return true
		case "with":
			// "compared with 180"; not "with dozens more still missing"
			if w := lastWord(strings.TrimSuffix(strings.TrimRight(an.text[max(f-30, 0):f], " "), "with")); w == "compared" || w == "comparison" {
				return true
			}
		}
	}
	return false
}

var (
	presentMarkers = set(`is are has have now currently remains remain stands stand says believes estimates assesses
		suggest suggests shows show indicates indicate will according`)
	pastMarkers = set(`was were had did ago last previously`)
	// presentVerbs are present-tense forms that state a standing figure:
	// "comprise 23 percent of global forests", "the firm employs 45,000"
	// (a base form only after a plural subject, so not after "to" or
	// "did"); words that are as often nouns ("costs", "average") are left
	// out.
	presentVerbs = set(`employs employ represents represent comprises comprise contains contain owns holds includes include
		exceeds exceed weighs serves earns intersect intersects identify identifies receives attracts produces generates
		provides spends sells can may must`)
	// irregularPast are past forms without "-ed".
	irregularPast = set(`was were had did said told rose fell grew won lost took gave made sold spent paid left
		saw came went became began brought bought built fought found held kept led met ran sent stood struck thought
		wrote could`)
	// beforeAdjective make an "-ed" word after them an adjective: "of all
	// protected areas", "the acquired properties".
	beforeAdjective = set(`the a an all of in on for with and or its their his her our these those this that some many more most less`)
	// edNouns end in "-ed" but name things: "the bed", "a seed".
	edNouns = set(`bed beds seed speed need feed breed hundred hundreds red shed`)
	// notFinite before a base form make it no present tense: "to
	// represent", "did cost", "would make".
	notFinite = set(`to did didn't would could should might may must can will shall`)
)

// current reports whether the figure at token qi is reported as holding
// now: the tense marker nearest to it is present ("there are", "has
// sent", "will be deployed"), or its attribution is ("says", "announced").
func current(p *paragraph, s textproc.Span, qi int, cue *Cue) bool {
	best, bestDist := 0, 1<<30
	for i := max(qi-40, 0); i < len(p.toks) && i < qi+40; i++ {
		t := p.toks[i]
		if t.Start < s.Start || t.End > s.End || t.Kind != entity.Word {
			continue
		}
		w := t.Lower
		kind := 0
		switch {
		case presentMarkers[w]:
			kind = 1
		case pastMarkers[w]:
			kind = -1
		default:
			continue
		}
		d := i - qi
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = kind, d
		}
	}
	if best != 0 {
		return best > 0
	}
	if cue != nil {
		return cue.Current
	}
	return presentVerb(p, s, qi)
}

// Markers of tense in French and Spanish (see currentForeign).
var (
	romancePresent = set(`hay tiene tienen cuenta cuentan suma suman queda quedan permanece permanecen alcanza alcanzan
		representa representan registra registran supera superan posee poseen emplea emplean actualmente vive viven
		trabaja trabajan mide cuesta cuestan vale valen está están es son siguen sigue
		compte comptent reste restent représente représentent atteint atteignent dépasse dépassent emploie emploient
		actuellement mesure pèse coûte coûtent vaut valent demeure demeurent vivent travaillent est sont
		élève élèvent s'élève s'élèvent s’élève établit s'établit asciende ascienden sitúa sitúan lleva llevan sommes somos estamos`)
	romancePast = set(`fue fueron era eran había habían hubo sido ayer été était étaient avait avaient fut furent eut hier
		murieron murió resultaron époque entonces`)
	// a perfect with "since" is a running total: "9 000 personnes ont été
	// tuées depuis la reprise de la guerre"
	romanceSince   = set(`depuis desde`)
	romancePerfect = set(`ont han ha sont`) // and French "a" before a participle (Spanish "a" is a preposition)
)

// currentForeign reports a French, Spanish or German figure stated as holding now:
// the tense marker nearest it is a present one ("La familia tiene 15
// camiones", "hay 64 familias", "il y a 75 000 abonnés", "sont en
// vigilance orange", "la ville compte 12 000 habitants"), not a past one
// ("fueron detenidos", "ont été blessées") nor a Spanish preterite in -ó,
// -aron or -ieron.
//
// German is read the same way with its own words: "Der Konzern beschäftigt
// 120.000 Mitarbeiter" holds now, "waren", "wurden" and a perfect ("hat …
// festgenommen") are past, and a perfect with "seit" is a running total.
func currentForeign(p *paragraph, s textproc.Span, qi int, cue *Cue, german bool) bool {
	best, bestDist := 0, 1<<30
	since, perfect := false, false
	eachWordNear(p, s, qi, 16, func(i int, w, prev string) bool {
		since = since || (romanceSince[w] || german && w == "seit") && (i > qi || german)
		perfect = perfect || romancePerfect[w] || german && germanPerfect[w] || w == "a" && frenchParticiple(p.word(i+1))
		if abs(i-qi) > 12 {
			return true // tense is read nearer the figure
		}
		kind := 0
		switch {
		case german:
			switch {
			case germanPerfect[w] && germanChangeAfter(p, s, i):
				kind = 1 // "ist auf mindestens 141 gestiegen": a level reached, as of now
			case germanPast[w] || germanPerfect[w] && germanParticipleAfter(p, s, i):
				kind = -1 // "wurden", "hat … festgenommen"
			case germanPresent[w]:
				kind = 1
			default:
				return true
			}
		case w == "a" && prev == "y" && p.word(i-2) == "il" && !(i+2 < len(p.toks) && timeUnitsRomance[p.word(i+2)]):
			kind = 1 // "il y a 75 000 abonnés" (but "il y a deux ans" is a past time)
		case romancePast[w] || len(w) > 3 && textproc.SpanishPreterite(w) ||
			len(w) > 4 && (strings.HasSuffix(w, "aba") || strings.HasSuffix(w, "aban") || strings.HasSuffix(w, "aient")) ||
			(w == "est" || w == "sont") && etreParticiple(p.word(i+1)):
			kind = -1 // a preterite, an imperfect ("aseguraba", "marchaient"), "est parti"
		case romancePresent[w] && !(w == "es" && p.word(i+1) == "decir") && !(w == "son" && p.word(i+1) != "" && frenchContext(p, i)):
			kind = 1 // (not "es decir", nor French "son usine")
		default:
			return true
		}
		if d := abs(i - qi); d < bestDist {
			best, bestDist = kind, d
		}
		return true
	})
	if since && perfect {
		return true
	}
	if best == 0 && cue != nil {
		return cue.Current // "…, selon le Hamas", "confirme Ivan du Roy"
	}
	return best > 0
}

// German tense words (see currentForeign).
var (
	germanPresent = set(`ist sind hat haben gibt liegt liegen beträgt betragen zählt zählen lebt leben arbeitet arbeiten
		besitzt besitzen beschäftigt beschäftigen umfasst umfassen steht stehen bleibt bleiben derzeit aktuell zurzeit
		momentan inzwischen mittlerweile`)
	germanPast = set(`war waren wurde wurden hatte hatten gab lag lagen betrug betrugen starb starben kam kamen damals
		gestern einst früher`)
	germanPerfect = set(`hat haben ist sind`)
)

// germanChangeAfter reports a participle of rising or falling after the
// auxiliary at token i, in the same sentence and before the next comma:
// "ist auf mindestens 141 gestiegen".
func germanChangeAfter(p *paragraph, s textproc.Span, i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+12 && p.toks[k].End <= s.End; k++ {
		switch t := p.toks[k]; {
		case t.Text == ",":
			return false
		case t.Kind == entity.Number && len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20")):
			return false // "ist 2019 auf 5,9 Millionen Tonnen gestiegen": that year's level
		case germanChangeParticiples[t.Lower]:
			return true
		}
	}
	return false
}

var germanChangeParticiples = set(`gestiegen angestiegen gesunken geklettert gewachsen zurückgegangen gefallen`)

// germanParticipleAfter reports a past participle ("festgenommen",
// "gestorben", "verkauft") after the auxiliary at token i, in the same
// sentence and before the next comma: "hat drei Männer festgenommen".
func germanParticipleAfter(p *paragraph, s textproc.Span, i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+12 && p.toks[k].End <= s.End; k++ {
		t := p.toks[k]
		if t.Kind != entity.Word {
			if t.Text == "," || t.Text == "." {
				return false
			}
			continue
		}
		// the participle closes its clause: "hat drei Männer festgenommen."
		// (not "im gesamten Land")
		if w := t.Lower; !t.Upper && len(w) > 5 && strings.HasPrefix(w, "ge") && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) &&
			(k+1 >= len(p.toks) || p.toks[k+1].Kind != entity.Word || p.toks[k+1].Start >= s.End || germanClauseEnd[p.word(k+1)]) {
			return true
		}
	}
	return false
}

// germanClauseEnd may follow a participle that closes a clause.
var germanClauseEnd = set(`und oder worden haben hat sein ist sind wurde werden aber`)

// frenchParticiple reports a word with a French past participle's
// ending: "a tué", "a dit", "a reçu".
func frenchParticiple(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "é") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "ées") ||
		strings.HasSuffix(w, "i") || strings.HasSuffix(w, "u") || strings.HasSuffix(w, "it") || strings.HasSuffix(w, "is"))
}

// frenchContext reports a French word near token i ("le", "la", "les",
// "des", "du"), which tells the possessive "son" from Spanish "son".
func frenchContext(p *paragraph, i int) bool {
	for k := max(i-6, 0); k < len(p.toks) && k < i+6; k++ {
		switch p.word(k) {
		case "le", "les", "des", "du", "une", "est", "dans", "avec", "pour", "sur":
			return true
		}
	}
	return false
}

// etreParticiple reports a French past participle that makes a compound
// past with "être": "est parti", "sont morts" (but "sont situées" is a
// passive present).
func etreParticiple(w string) bool {
	w = strings.TrimRight(w, "es")
	switch w {
	case "parti", "arrivé", "mort", "décédé", "venu", "allé", "tombé", "entré", "sorti", "né", "devenu", "resté", "monté",
		"descendu", "retourné", "rentré", "passé", "revenu", "intervenu", "survenu":
		return true
	}
	return false
}

// timeUnitsRomance name spans of time: "il y a deux ans" is two years ago.
var timeUnitsRomance = set(`ans années mois semaines jours heures minutes an année mes meses años semanas días horas`)

// pastNear reports a past form near the figure at token qi in sentence s:
// "was", "had", an irregular past ("rose") or a verb in "-ed" that no
// determiner makes an adjective.
func pastNear(p *paragraph, s textproc.Span, qi int) bool {
	found, blocked := false, false
	eachWordNear(p, s, qi, 25, func(i int, w, prev string) bool {
		if earlierWords[w] || w == "had" || relOpeners[w] && i < qi {
			blocked = true // "She previously founded three startups", "who won two Oscars": an earlier time
			return false
		}
		found = found || pastMarkers[w] || pastForm(w, prev)
		return true
	})
	return found && !blocked
}

// eachWordNear calls f with each word of sentence s within span tokens of
// token qi, in order, and the word before it, until f returns false.
func eachWordNear(p *paragraph, s textproc.Span, qi, span int, f func(i int, w, prev string) bool) {
	for i := max(qi-span, 0); i < len(p.toks) && i < qi+span; i++ {
		t := p.toks[i]
		if t.Start < s.Start || t.End > s.End || t.Kind != entity.Word {
			continue
		}
		prev := ""
		if i > 0 {
			prev = p.toks[i-1].Lower
		}
		if !f(i, t.Lower, prev) {
			return
		}
	}
}

// pastForm reports a past verb w (prev is the word before it): an
// irregular past ("rose") or a word in "-ed" that no determiner or adverb
// makes an adjective ("which totaled", not "all protected areas").
func pastForm(w, prev string) bool {
	return irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !edNouns[w] && !beforeAdjective[prev] && !strings.HasSuffix(prev, "ly")
}

// earlierWords put a past event before the one just told: "previously",
// "before", "once".
var earlierWords = set(`previously earlier before formerly once ago already`)

// relOpeners open a relative clause, whose events need not be the
// sentence's: "directed by Jane Smith, who won two Oscars".
var relOpeners = set(`who whom whose which`)

// presentVerb reports a sentence with no tense marker whose verb near the
// figure at token qi is a present form that states a standing figure
// ("these lands represent 36.2 percent", "the company employs 45,000"),
// with no past form anywhere in the sentence ("which totaled", "grew").
func presentVerb(p *paragraph, s textproc.Span, qi int) bool {
	found, past := false, false
	eachWordNear(p, s, qi, 40, func(i int, w, prev string) bool {
		if pastForm(w, prev) {
			past = true // "which totaled", not "all protected areas"
			return false
		}
		if presentVerbs[w] && !p.toks[i].Upper && i-qi <= 12 && qi-i <= 12 && i > 0 && !notFinite[prev] {
			found = true
		}
		return true
	})
	return found && !past
}

// hasYear reports whether s holds a run of exactly four digits.
func hasYear(s string) bool {
	n := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			n++
			continue
		}
		if n == 4 {
			return true
		}
		n = 0
	}
	return false
}

var definite = set(`the these those both its his her their our my your all`)

// sinceForeign reports a French, Spanish or German "since" ending s, the
// text before a date, past an article and a word for the start or end of
// a period that the date may leave out: "depuis", "desde los", "seit
// Anfang der".
func sinceForeign(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for k := 0; k < 5 && len(ws) > 0; k++ {
		w := strings.Trim(ws[len(ws)-1], ",;:(")
		if romanceSince[w] || w == "seit" {
			return true
		}
		switch w {
		case "les", "la", "le", "l'", "los", "las", "el", "der", "den", "dem", "die", "des", "de", "du", "del", "anfang", "ende", "mitte", "beginn", "début", "fin", "principios", "finales", "mediados":
			ws = ws[:len(ws)-1]
			continue
		}
		return false
	}
	return false
}

// sinceEnglish reports an English "since" a few words before the end of
// s, with only determiners and the start of something between: "since
// the", "since its launch in", "since the start of". The date after it is
// where a count starts.
func sinceEnglish(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for k := 0; k < 5 && len(ws) > 0; k++ {
		w := strings.Trim(ws[len(ws)-1], "(")
		if w == "since" {
			return true
		}
		switch w {
		case "the", "its", "their", "his", "her", "our", "of", "in", "start", "beginning", "launch", "founding", "inception", "creation", "opening":
			ws = ws[:len(ws)-1]
			continue
		}
		return false
	}
	return false
}

// lastWord returns the lower-cased word just before the end of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexAny(s, " \n\t\"“(")
	return strings.ToLower(s[i+1:])
}

// datelineRef finds a reference time for an article whose publication time
// is unknown: the first day-precision date in its text that names its year
// (a dateline such as "October 23rd 2024."), looked for in the first lines.
func datelineRef(sents []textproc.Span) time.Time {
	for i, s := range sents {
		if i >= 12 {
			break
		}
		// a dateline is a short line; a date inside prose is history
		if !hasYear(s.Text) || len(strings.Fields(s.Text)) > 8 {
			continue
		}
		for _, d := range timex.Find(s.Text, timex.Context{}) {
			if d.Precision == timex.Day && !d.Vague && hasYear(d.Text) && d.Date.Year() >= 1900 && d.Date.Year() <= 2200 {
				return d.Date
			}
		}
	}
	return time.Time{}
}

// sameDay reports whether a sentence refers back to an earlier date
// ("on the same day", "that day"); only its first 400 bytes are read.
func sameDay(s string) bool {
	s = s[:min(len(s), 400)]
	return containsFold(s, "same day") || containsFold(s, "that day")
}

// containsFold reports whether s contains the lower-case ASCII word w in
// any letter case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if (s[i]|0x20) == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// parenChange reads a change in brackets right after a name, as market
// reports list movers: "Shares of Canara Bank (up 1.28 per cent), UCO Bank
// (down 0.4 per cent)". It returns the name, with "shares" when the
// sentence is about shares, or "".
func parenChange(text string, s textproc.Span, qs int) string {
	before := strings.TrimRight(text[max(s.Start, qs-80):qs], " ")
	changed := false
	for _, w := range []string{"up", "down", "+", "-", "−"} {
		if t, ok := strings.CutSuffix(before, w); ok {
			before, changed = strings.TrimRight(t, " "), true
			break
		}
	}
	if !changed {
		return "" // "Unemployment in the US (4.1%)": a level in brackets, not a mover
	}
	before, ok := strings.CutSuffix(before, "(")
	if !ok {
		return ""
	}
	before = strings.TrimRight(before, " ")
	// the capitalised run before the bracket: "Central Bank of India",
	// "J & K Bank", "Punjab & Sind Bank"
	ws := strings.Fields(before)
	i := len(ws)
	for i > 0 && len(ws)-i < 6 {
		w := ws[i-1]
		if isUpperWord(w) && !strings.ContainsAny(w, ",;:()") || (w == "of" || w == "&" || w == "and") && i < len(ws) && i >= 2 && isUpperWord(ws[i-2]) {
			i--
			continue
		}
		break
	}
	if i+2 < len(ws) && (ws[i] == "Shares" || ws[i] == "Stocks") && ws[i+1] == "of" {
		i += 2 // "Shares of Central Bank of India (up 1.89 per cent)"
	}
	if i == len(ws) || strings.EqualFold(ws[i], "of") || strings.EqualFold(ws[i], "and") || ws[i] == "&" {
		return ""
	}
	name := strings.Join(ws[i:], " ")
	switch strings.ToLower(ws[len(ws)-1]) {
	case "euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan", "rupees", "francs":
		return "" // "49.95 Euro (£40)": a conversion of the amount before
	}
	lower := strings.ToLower(text[max(s.Start, qs-600):min(s.End, qs+200)]) // bounded: a long list stays linear
	if strings.Contains(lower, "shares") || strings.Contains(lower, "stocks") {
		return name + " shares"
	}
	return name
}

// parallelShare reports a bare percent at text[qs:qe] that opens a clause
// parallel to the share before it (which ends at prevEnd): a semicolon or
// a comma with "and"/"while" between them, and a verb after it ("…; 9.6%
// reported heavy alcohol use").
func parallelShare(text string, prevEnd, qs, qe int) bool {
	if prevEnd > qs || qs-prevEnd > 300 {
		return false
	}
	between := text[prevEnd:qs]
	if !strings.HasPrefix(between, " of ") {
		return false // the share before is of a group ("36.9% of college students"), not a rate or a level
	}
	tail := strings.TrimRight(between, " ")
	if !(strings.HasSuffix(tail, ";") || strings.HasSuffix(tail, ", and") || strings.HasSuffix(tail, "; and") || strings.HasSuffix(tail, "while")) {
		return false
	}
	rest := strings.Fields(text[qe:min(qe+30, len(text))])
	if len(rest) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(rest[0], ",.;:"))
	return strings.HasSuffix(w, "ed") || beWords[w] || w == "say" || w == "said" || w == "have" || w == "had" || w == "do" || w == "did"
}

// ofThem reports whether s starts with "of them", "of these" or "of those"
// not followed by a noun of its own.
func ofThem(s string) bool {
	for _, p := range []string{" of them", " of these", " of those", " of which", " of whom"} {
		if strings.HasPrefix(s, p) {
			rest := strings.TrimLeft(s[len(p):], " ")
			return p == " of them" || p == " of which" || p == " of whom" || rest == "" || !isLetter(rest[0])
		}
	}
	return false
}

// themCounted is what "N of them" at offset qs counts in sentence s of the
// paragraph starting at pstart, given the claims found before it: the
// thing counted just before in the sentence ("8,000 of them"), else the
// plural noun named earlier in it ("caught pirates ... and took 23 of
// them"), else the count of the sentence just before in the same
// paragraph ("Police arrested 12 men. Four of them were charged.").
func (an *analysis) themCounted(out []model.Claim, s textproc.Span, pstart, qs int) string {
	var last *model.Claim
	if len(out) > 0 {
		last = &out[len(out)-1]
	}
	if last != nil && last.Start == s.Start && last.Counted != "" && !measureNouns[firstWord(strings.ToLower(last.Counted))] {
		return last.Counted
	}
	if c := pluralBefore(an.text[max(s.Start, qs-200):qs]); c != "" && !measureNouns[strings.ToLower(c)] {
		return c
	}
	if last != nil && measureNouns[firstWord(strings.ToLower(last.Counted))] {
		return "" // "Riobamba, 60 kilometres away … seven of them": not kilometres
	}
	// the sentence just before, also across a paragraph break ("...10,000
	// North Korean soldiers in Russia.\n\n"We are seeing 8,000 of them"")
	if last != nil && last.Counted != "" && last.Unit == "" && qs-last.End < 300 && s.Start >= last.End && s.Start-last.End < 3 &&
		strings.TrimSpace(an.text[last.End:s.Start]) == "" {
		return last.Counted
	}
	return ""
}

// measureNouns are units a count of people or things is never "of".
var measureNouns = set(`kilometres kilometers km miles metres meters feet yards acres hectares degrees minutes hours seconds
	days weeks months years percent litres liters tonnes tons kilograms pounds`)

// sharedNoun completes the counted thing of prev when it is a lone
// adjective that shares the noun of the next count: in "12 Somali and 11
// Yemeni suspects" the 12 are "Somali suspects". qs is where next's
// figure starts in text.
func sharedNoun(prev *model.Claim, next model.Claim, text string, qs int) {
	if prev.Unit != "" || next.Unit != "" || prev.QuantityEnd > qs {
		return
	}
	gap := strings.TrimPrefix(text[prev.QuantityEnd:qs], " ")
	adj, ok := strings.CutSuffix(gap, " and ")
	if !ok {
		adj, ok = strings.CutSuffix(gap, " or ")
	}
	if !ok || adj == "" || strings.ContainsAny(adj, " ,;.") || strings.HasSuffix(adj, "s") {
		return
	}
	// "12 Somali and 11 Yemeni suspects": the counted thing stopped at the
	// adjective; "1,247 animal and 747 plant species": it found none
	if prev.Counted != adj && !(prev.Counted == "" && !isUpperWord(adj)) {
		return
	}
	first, rest, ok := strings.Cut(next.Counted, " ")
	if !ok || rest == "" || isUpperWord(first) != isUpperWord(adj) {
		return
	}
	prev.Counted = adj + " " + rest
}

func isUpperWord(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// pastYear reports whether d names whole years that ended before ref
// ("in 2017", "in the 1990s").
// atFigure reports a date right at the figure starting at qoff: "2.4
// percent in 2027" after it, "in 2023 of 4.5 percent" before it. Only
// such a later year dates a forecast; one elsewhere in the sentence
// ("the return of astronauts by 2024") says when something else happens.
func atFigure(d timex.Date, qoff int) bool {
	return d.Start > qoff && d.Start-qoff <= 20 || d.End <= qoff && qoff-d.End <= 5
}

// targetYear reports a later year that a figure's own phrase aims at: "a
// 25% raise in base wages by 2028" (within 48 bytes after the figure,
// after "by", with no clause break between).
func targetYear(text string, d timex.Date, qoff int) bool {
	lt, before := strings.ToLower(d.Text), strings.ToLower(text[max(d.Start-10, 0):d.Start])
	by := false
	for _, w := range targetWords {
		by = by || strings.HasPrefix(lt, w+" ") || strings.HasSuffix(before, w+" ")
	}
	if !by {
		return false
	}
	if d.Start < qoff {
		// "By 2030, 80 percent …", "Bis 2030 soll 80 Prozent …": the
		// target opens the clause of the figure
		return qoff-d.End <= 60 && !strings.ContainsAny(text[d.End:qoff], ";:()")
	}
	if d.Start-qoff > 48 {
		return false
	}
	return !strings.ContainsAny(text[qoff:d.Start], ",;:()") // no clause break between
}

// targetWords put a year as a target: "by 2028", "bis 2030", "d'ici
// 2030", "para 2030".
var targetWords = []string{"by", "bis", "d'ici", "d’ici", "para"}

// yearListAfter reports another year right after a year: ", 1996", " and
// 2002" (a list of years gives no one period).
func yearListAfter(after string) bool {
	after = strings.TrimPrefix(strings.TrimPrefix(after, ","), " and")
	after = strings.TrimLeft(after, " ")
	return len(after) >= 4 && isDigitByte(after[0]) && isDigitByte(after[3])
}

// laterYear reports a year after the reference's: "in 2027".
func laterYear(d timex.Date, ref time.Time) bool {
	return d.Precision == timex.Year && !ref.IsZero() && d.Until.IsZero() && d.Date.Year() > ref.Year()
}

func pastYear(d timex.Date, ref time.Time) bool {
	if d.Precision != timex.Year || ref.IsZero() {
		return false
	}
	last := d.Date
	if !d.Until.IsZero() {
		last = d.Until
	}
	return last.Year() < ref.Year()
}

// magnitude reports whether the figure at text[qs:qe] is an earthquake's
// magnitude: "magnitude 5.6", "a magnitude-6.1 quake", "a magnitude of
// 6.1", "5.6 on the Richter scale", "a 5.6-magnitude earthquake".
func magnitude(text string, qs, qe int) bool {
	before := strings.ToLower(text[max(qs-14, 0):qs])
	after := strings.ToLower(text[qe:min(qe+22, len(text))])
	if strings.HasSuffix(before, "magnitude ") || strings.HasSuffix(before, "magnitude-") || strings.HasSuffix(before, "magnitude of ") ||
		strings.HasPrefix(after, " on the richter scale") || strings.HasPrefix(after, "-magnitude") || strings.HasPrefix(after, " magnitude") {
		return true
	}
	// "a 5.6 quake": a decimal figure right before the quake
	if !strings.Contains(text[qs:qe], ".") {
		return false
	}
	for _, w := range []string{" quake", " earthquake", " tremor", " aftershock", "-strength quake", "-strength earthquake"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// negatedBound turns a bound around when a negation comes just before
// it: "never hit fewer than 26 homers" is at least 26, "not more than 40"
// at most 40.
func negatedBound(c *model.Claim, before string) {
	if c.Qualifier != quantity.Upper && c.Qualifier != quantity.Lower || strings.ContainsAny(before, ",;:.") {
		return
	}
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) == 0 {
		return
	}
	neg := false
	for _, w := range ws[max(0, len(ws)-3):] {
		if w == "never" || w == "not" || strings.HasSuffix(w, "n't") {
			neg = true
		}
	}
	if !neg {
		return
	}
	q := strings.ToLower(c.Quantity)
	if !(strings.HasPrefix(q, "fewer than") || strings.HasPrefix(q, "less than") || strings.HasPrefix(q, "more than") ||
		strings.HasPrefix(q, "over ") || strings.HasPrefix(q, "under ") || strings.HasPrefix(q, "below ") || strings.HasPrefix(q, "above ")) {
		return
	}
	if c.Qualifier == quantity.Upper {
		c.Qualifier, c.Low, c.High = quantity.Lower, c.High, nil
	} else {
		c.Qualifier, c.High, c.Low = quantity.Upper, c.Low, nil
	}
}

// questionWords open a question ("Should the Yankees go higher than $25
// million?"), whose figures are asked about, not claimed.
var questionWords = set(`should would will can could did do does is are was were what what's why how who when where which
	whether shall may might`)

// inBracketedRecord reports whether a figure after text (its sentence so
// far) stands in an open bracket holding a win-loss record: "Bowe (45-1,
// 33 KOs)" describes a boxer, not the place of the fight.
func inBracketedRecord(before string) bool {
	ob := strings.LastIndexByte(before, '(')
	if ob <= strings.LastIndexByte(before, ')') {
		return false
	}
	t := before[ob:]
	for i := 1; i+1 < len(t); i++ {
		if t[i] == '-' && isDigitByte(t[i-1]) && isDigitByte(t[i+1]) {
			return true
		}
	}
	return false
}

// andWords are "and" in the languages read here ("dos mujeres y un hombre").
var andWords = map[string]bool{"and": true, "y": true, "e": true, "et": true, "und": true}

// oneIsNoFigure reports whether "one" + a person noun at text[qs:] names
// a source or a reference rather than a count: an inverted speaker ("…,"
// said one young man; but "The NYPD said one person was arrested" counts),
// a preposition before it ("not just about one person"), or a speech verb
// after it ("one woman in Qeshm told AFP"). countedEnd is where the
// counted noun ends.
func oneIsNoFigure(text string, qs, countedEnd int) bool {
	before := text[max(qs-40, 0):qs]
	switch w := lastWord(before); w {
	case "about", "for", "to", "with", "than", "on", "just":
		return true
	default:
		if _, speech := speechVerbs[w]; speech {
			v := strings.TrimRight(before, " ")
			v = strings.TrimRight(v[:strings.LastIndexAny(v, " \n")+1], " ")
			if strings.HasSuffix(v, ",") || strings.HasSuffix(v, "\"") || strings.HasSuffix(v, "”") || strings.HasSuffix(v, "'") {
				return true
			}
		}
	}
	return speaksNext(text[countedEnd:])
}

// trailingBound reads a bound written after the figure and its noun (rest
// is the text right after them): "300 yards or more" is at least 300, "or
// fewer" at most, "or so" about.
func trailingBound(c *model.Claim, rest string) {
	if c.Qualifier != quantity.Exact || c.Value == nil {
		return
	}
	switch rest = strings.ToLower(rest); {
	case strings.HasPrefix(rest, " or more"):
		c.Qualifier, c.High = quantity.Lower, nil
	case strings.HasPrefix(rest, " or less"), strings.HasPrefix(rest, " or fewer"):
		c.Qualifier, c.Low = quantity.Upper, nil
	case strings.HasPrefix(rest, " or so"):
		c.Qualifier, c.Low, c.High = quantity.Approx, nil, nil
	}
}

// closeOthers reports whether "N others" at qs follows the figure ending
// at prevEnd in the same clause ("killing 12 people and wounding 40
// others"), not after a comma ("a mother of 12, in 2011 and wounding two
// others").
func closeOthers(text string, prevEnd, qs int) bool {
	if prevEnd > qs || qs-prevEnd >= 60 {
		return false
	}
	gap := text[prevEnd:qs]
	if !strings.ContainsAny(gap, ",;.") {
		return true
	}
	// "killed 12 soldiers, wounded 30 others": a list of what the same
	// subject did, one verb after the comma
	i := strings.IndexByte(gap, ',')
	if i < 0 || strings.ContainsAny(gap[:i], ";.") || strings.ContainsAny(gap[i+1:], ",;.") {
		return false // "in St. Louis and wounded 30 others": a full stop or semicolon, no list
	}
	f := strings.Fields(gap[i+1:])
	if len(f) == 2 && f[0] == "and" {
		f = f[1:]
	}
	return len(f) == 1 && (strings.HasSuffix(f[0], "ed") || f[0] == "hurt" || f[0] == "left")
}

// anotherAfter reports "Another 200" opening the sentence at sStart right
// after the sentence that ended at prevEnd with a count: "We have lost 300
// soldiers. Another 200 are missing" counts more soldiers.
func anotherAfter(text string, prevEnd, sStart, qs int) bool {
	if prevEnd > sStart || sStart-prevEnd > 3 || strings.Contains(text[prevEnd:sStart], "\n") || qs-sStart > 20 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(text[sStart:qs])) {
	case "another", "a further", "an additional", "a further estimated", "another estimated":
		return true
	}
	return false
}

// isCurrency reports a claim unit that is a currency code.
func isCurrency(unit string) bool { return len(unit) == 3 }

// conversionBetween reports the text between two amounts of money that
// gives the second as the first in another currency: " (", ", or " (a
// qualifier, "or about", belongs to the second amount).
func conversionBetween(s string) bool {
	s = strings.TrimSpace(s)
	return s == "(" || s == "or" || s == ", or"
}

// ownerPlace reads the place that owns the subject a percent or an amount
// measures: "Germany's economy would grow 2.9 percent", "the IMF said
// Portugal's jobless rate fell to 6.1 percent". The owner must be a
// country or a place the article's names know as one.
func (an *analysis) ownerPlace(from, qs int, counted string) string {
	seg := textproc.LowerASCII(an.text[max(from, qs-120):qs]) // byte for byte, so that offsets hold
	k := strings.LastIndex(seg, "'s "+textproc.LowerASCII(counted))
	if k < 0 {
		k = strings.LastIndex(seg, "’s "+textproc.LowerASCII(counted))
	}
	if k <= 0 {
		return ""
	}
	end := max(from, qs-120) + k
	j := sort.Search(len(an.mentions), func(j int) bool { return an.mentions[j].End >= end })
	if j >= len(an.mentions) || an.mentions[j].End != end {
		return ""
	}
	m := an.mentions[j]
	if _, ok := entity.Country(m.Text); ok || m.Kind == entity.Place || entity.KnownPlace(m.Text) {
		return m.Text
	}
	return ""
}

// regionOwner reads "the state's" or "the country's" shortly before the
// figure at qs, in its sentence (from on), as the state or country the
// article named last: "The state's confirmed caseload is nearly 162,000"
// in a story about New York.
func (an *analysis) regionOwner(from, qs int) string {
	lo := max(from, qs-80)
	seg := textproc.LowerASCII(an.text[lo:qs])
	head := textproc.LowerASCII(an.text[from:min(from+24, qs)]) // the sentence's subject: "The state at present has 3,632 active cases"
	for _, c := range []struct {
		phrase        string
		country, bare bool
	}{{"the state's ", false, false}, {"the state’s ", false, false}, {"the country's ", true, false}, {"the country’s ", true, false},
		{"the state ", false, true}, {"the country ", true, true}} {
		var k int
		if c.bare {
			// the bare noun only as the sentence's subject, not "the state
			// department", "the country music"
			if !strings.HasPrefix(head, c.phrase) || qs-from > 80 {
				continue
			}
			if next := strings.Fields(head[len(c.phrase):]); len(next) > 0 && (stateCompounds[next[0]] || countryCompounds[next[0]]) {
				continue
			}
			k = from - lo
		} else {
			k = strings.LastIndex(seg, c.phrase)
		}
		if k < 0 || strings.ContainsAny(seg[k+len(c.phrase):], ",;:") {
			continue
		}
		return an.lastRegion(lo+k, c.country)
	}
	return ""
}

// verbIndex returns the index in ws (the words before a figure) of the
// last word before the figure's qualifiers and its "to", "by" or "at"
// (and a particle: "edged up to"): the verb, when the clause reads so.
// prep reports whether such a preposition was there.
func verbIndex(ws []string) (i int, prep bool) {
	i = len(ws) - 1
	for i >= 0 && (measureQualifiers[ws[i]] || figureAdverbs[ws[i]]) {
		i--
	}
	if i >= 0 && (ws[i] == "to" || ws[i] == "by" || ws[i] == "at" || ws[i] == "from") {
		i--
		prep = true
		if i >= 1 && (ws[i] == "up" || ws[i] == "down" || ws[i] == "back" || ws[i] == "higher" || ws[i] == "lower") {
			i-- // "edged up to 3.4 percent"
		}
	} else if i >= 1 && (ws[i] == "up" || ws[i] == "down" || ws[i] == "higher" || ws[i] == "lower" || ws[i] == "off") &&
		(beWords[ws[i-1]] || closingVerbs[ws[i-1]]) {
		i-- // "Sales were up 5.3%", "the index closed down 1.2 percent": the verb before the particle
	} else if i >= 1 && ws[i] == "worth" && beWords[ws[i-1]] {
		i-- // "The prize is worth ¥40,000": what is worth it is the subject
	}
	return i, prep
}

// amountWord reports a word of an amount: "$1.47", "billion", "last year"'s
// words are not ("3.1", "percent", "pounds" are).
func amountWord(w string) bool {
	if w == "" {
		return false
	}
	if startsWithDigit(w) || strings.ContainsAny(w[:1], "$€£¥") {
		return true
	}
	switch w {
	case "million", "billion", "trillion", "thousand", "percent", "per", "cent", "pounds", "euros", "dollars", "yen", "last", "year":
		return true
	}
	return false
}

// relativeHead returns the noun phrase that ends ws (its last word ends in
// a comma) before a relative clause: "data fees," → "data fees"; at most
// three lower-case words, without determiners; "" when it is a name or no
// noun.
func relativeHead(ws, orig []string) string {
	e := len(ws) - 1
	head := strings.TrimSuffix(ws[e], ",")
	if head == "" || !isLetter(head[0]) || textproc.IsStopword("en", head) || isUpperWord(orig[e]) || strings.ContainsAny(head, "()\"“”'’") {
		return ""
	}
	i := e - 1
	for i >= 0 && e-i < 3 && isLetter(ws[i][0]) && !textproc.IsStopword("en", ws[i]) && !strings.ContainsAny(ws[i], ",()\"“”") && !isUpperWord(orig[i]) {
		i--
	}
	return strings.Join(append(ws[i+1:e:e], head), " ")
}

// nameModifies reports whether the capitalised word ws[i] ends a name that
// modifies the lower-case head after it ("the total WTA Finals prize pool",
// "global net anthropogenic CO2 emissions"): the word before the name
// opens a noun phrase (a determiner, an adjective, a clause's start), not
// "which Nissan claims", "in Indigenous Peoples' lands" or "a truck or SUV
// sold".
func nameModifies(ws, orig []string, i int) bool {
	if strings.HasSuffix(ws[i+1], "ed") || quantity.Participle(ws[i+1]) {
		return false // "a new SUV sold in October": a reduced clause, no head
	}
	n := i
	for n >= 0 && isUpperWord(orig[n]) && (n == i || !strings.HasSuffix(ws[n], ",")) {
		n-- // back over the name, to a clause's comma ("to Ulez, London-wide compliance")
	}
	if n < 0 || strings.HasSuffix(ws[n], ",") {
		return true
	}
	switch ws[n] {
	case "the", "a", "an", "its", "their", "this", "these", "his", "her", "our":
		return true
	}
	return isLetter(ws[n][0]) && !textproc.IsStopword("en", ws[n]) && !strings.ContainsAny(ws[n], "()\"“”")
}

// figureAdverbs stand between a verb and its figure: "is now £40,000".
var figureAdverbs = map[string]bool{"now": true, "currently": true, "still": true, "already": true, "presently": true}

// spanCounted reports a counted phrase that is a span of time: "four
// straight years" is no figure a percent changes.
func spanCounted(c string) bool {
	switch lastWord(c) {
	case "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "year", "month", "week", "day":
		return true
	}
	return false
}

// changeAside reports text before a percent that makes it the change of
// the figure before: ", up ", ", down ".
func changeAside(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ", up") || strings.HasSuffix(s, ", down") || strings.HasSuffix(s, "— up") || strings.HasSuffix(s, "— down")
}

// timeRateAfter returns the rate per span of time that opens s (the text
// right after an amount): "a month", "per year", or "".
func timeRateAfter(s string) string {
	f := strings.Fields(s)
	if len(f) < 2 {
		return ""
	}
	r := strings.ToLower(f[0] + " " + strings.TrimRight(f[1], ",.;:)"))
	if !quantity.TimeRate(r) {
		return ""
	}
	if len(f) > 2 && f[1] == strings.TrimRight(f[1], ",.;:)") {
		switch strings.ToLower(strings.TrimRight(f[2], ",.;:)")) {
		case "earlier", "ago", "before", "later", "after", "from":
			return "" // "75.4 million euros a year earlier": a time, not a rate
		}
	}
	return r
}

// levelNotCount reports a subject whose level is no count of it: "the
// number wounded", "shares", "the index".
func levelNotCount(m string) bool {
	f := strings.Fields(m)
	if len(f) == 0 {
		return true
	}
	switch f[0] {
	case "number", "total", "figure", "tally", "count":
		return true
	}
	switch f[len(f)-1] {
	case "shares", "stock", "stocks", "price", "prices", "index", "rate", "yield", "yields", "dollar", "euro", "currency":
		return true
	}
	return vagueMeasure[m]
}

// changedTo reports a clause ending at qs with a verb of change and "to"
// (perhaps with the change and a time between): "rose 15 percent last
// year to", "has climbed to".
func changedTo(text string, from, qs int) bool {
	seg := strings.ToLower(text[from:qs])
	ws := strings.Fields(seg)
	i, prep := verbIndex(ws)
	if !prep || i < 0 || ws[len(ws)-1] != "to" && !measureQualifiers[ws[len(ws)-1]] {
		return false
	}
	for n := 0; i >= 0 && n < 5; i, n = i-1, n+1 {
		if changeVerbsTo[ws[i]] {
			return true
		}
	}
	return false
}

// changeVerbsTo are the verbs of change before "to" and a new level.
var changeVerbsTo = set(`rose risen fell fallen grew grown climbed jumped dropped increased decreased declined surged
	soared slipped swelled reached`)

// itSubject reports a clause that ends at qs with "it" and a verb of
// change or being: "It peaked at", "it has risen to", "It was".
func itSubject(text string, from, qs int) bool {
	seg := text[from:qs]
	if i := strings.LastIndex(seg, ". "); i >= 0 {
		seg = seg[i+2:]
	}
	ws := strings.Fields(strings.ToLower(seg))
	i, _ := verbIndex(ws)
	if i < 1 || !(measureVerbs[ws[i]] || percentOnlyVerbs[ws[i]] || ws[i] == "peaked") {
		return false
	}
	i--
	for i >= 0 && measureAux[ws[i]] {
		i--
	}
	return i == 0 && ws[0] == "it"
}

// changeFrom reports a baseline after a level: "fell to 1.3 billion pounds
// from 1.6 billion pounds", "slowed to 3.4 percent in September from 3.9
// percent": the figure after "from" measures what the one after "to" does.
func changeFrom(text string, qs int) bool {
	seg := text[max(qs-80, 0):qs]
	if !strings.HasSuffix(seg, " from ") {
		return false
	}
	// the last " to " before a figure: "rose to 86 million euros in the
	// three months to March 31 from 75.4 million euros"
	i := len(seg)
	for {
		i = strings.LastIndex(seg[:i], " to ")
		if i < 0 || i+4 >= len(seg) {
			return false
		}
		if c := seg[i+4]; c >= '0' && c <= '9' || strings.HasPrefix(seg[i+4:], "$") || strings.HasPrefix(seg[i+4:], "€") || strings.HasPrefix(seg[i+4:], "£") {
			break
		}
	}
	if strings.ContainsAny(stripDigitCommas(seg[i:]), ",;:()\"“”") || strings.Contains(seg[i:], " and ") || len(strings.Fields(seg[i:])) > 12 {
		return false // "scores increased from 1061 to 1128 and … from 5425": another change
	}
	return true
}

// stripDigitCommas drops the commas that group digits ("148,200"), so
// that the commas left end clauses.
func stripDigitCommas(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	b := []byte(s)
	out := b[:0]
	for i, c := range b {
		if c == ',' && i > 0 && i+1 < len(b) && b[i-1] >= '0' && b[i-1] <= '9' && b[i+1] >= '0' && b[i+1] <= '9' {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// elidedCount reports whether the figure at text[qs:qe] counts more of
// the thing counted before it: "another 2,000", "2,000 more".
func elidedCount(text string, qs, qe int) bool {
	switch lastWord(text[max(qs-20, 0):qs]) {
	case "another", "other", "further", "additional", "including", "davon", "darunter", "dont":
		return true // "shot down 83 drones, including 29 over Kursk"; "3.300 Mitarbeiter, davon 2.850 in Österreich"
	}
	// "10,000 soldiers, up from an estimate of 3,000 a week earlier",
	// "217 deaths, compared with 180": the baseline counts the same thing;
	// so does another source's estimate ("while police put the number at
	// 12,000")
	before := " " + strings.ToLower(text[max(qs-36, 0):qs])
	for _, b := range []string{" up from ", " down from ", " up from the ", " down from the ", " from an estimate of ", " from an earlier estimate of ", " compared with ",
		" compared to ", " compared with the ", " versus ", " the number at ", " the figure at ", " that number at ", " that figure at ", " their number at ",
		" the total to ", " its total to ", " the overall total to ", " the tally to ", " a total of ",
		" from a record ", " from a peak of ", " from a high of ", " from a low of ", " from a record high of ", " from a record low of "} {
		if strings.HasSuffix(before, b) {
			return true
		}
	}
	if numberGrewTo(before) || changeFrom(text, qs) {
		return true
	}
	if i := strings.LastIndex(before, " the total for "); i >= 0 && strings.HasSuffix(before, " to ") && len(before)-i < 40 {
		return true // "bringing the total for the month to 3,142"
	}
	rest := strings.Fields(text[qe:min(qe+20, len(text))])
	if lw := lastWord(text[max(qs-20, 0):qs]); len(rest) > 0 && (lw == "and" || lw == "while" || lw == "whereas" || lw == "but") {
		// "8,700 people were killed and 22 thousand have been wounded",
		// "a million people entered Europe and 4,000 drowned": a second
		// count of the same people, its verb right after it
		switch w := strings.ToLower(rest[0]); {
		case w == "have" || w == "has" || w == "had" || w == "were" || w == "are" || w == "was" || w == "remain" || w == "remained":
			return true
		case len(w) > 4 && strings.HasSuffix(strings.TrimRight(w, ",.;:"), "ed"):
			// a verb, not an adjective: "one attempted murder charge"
			return strings.ContainsAny(w, ",.;:") || len(rest) == 1 || afterVerb[strings.ToLower(rest[1])]
		case (w == "in" || w == "at") && lw == "and" && len(rest) > 1 && rest[1] != "" && rest[1][0] >= 'A' && rest[1][0] <= 'Z':
			// "about 12,000 people in Porto … and 4,000 in Coimbra": the
			// same people, in another place
			return true
		}
	}
	return len(rest) > 0 && strings.Trim(rest[0], ",.;:\"”’'") == "more" && strings.HasPrefix(text[qe:], " more")
}

// pluralBefore finds the plural noun that "N of them" refers back to in the
// text before the figure: the nearest lower-case plural that is not the
// object of a preposition ("in several cities") nor the word right before
// the figure ("says 20 of them").
func pluralBefore(before string) string {
	ws := strings.Fields(before)
	for i := len(ws) - 2; i >= 0; i-- {
		w := strings.TrimRight(ws[i], ",;:")
		if !lowerPlural(w) || measureNouns[w] {
			continue // "for the past five years … a dozen of them": not years
		}
		if i >= 1 && i <= 2 && ws[0] == "Of" {
			return w // "Of the students profiled, 82.7% of them": the group the sentence opens on
		}
		if i > 0 && prepBeforeNoun[strings.ToLower(ws[i-1])] || i > 1 && prepBeforeNoun[strings.ToLower(ws[i-2])] {
			continue // "in cities", "in several cities"
		}
		return w
	}
	return ""
}

// lowerPlural reports whether w looks like a lower-case plural noun.
func lowerPlural(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	switch w[len(w)-2:] {
	case "ss", "us", "is":
		return false
	}
	return !notPlural[w]
}

var prepBeforeNoun = set(`in at on from across into of over under near between among through with for by to within`)

// notPlural are -s words that are no nouns counted "of them".
var notPlural = set(`this says reports shows claims states adds notes tells believes estimates remains includes means
seems appears makes takes gives does always perhaps sometimes news series species whereas towards afterwards besides
was has its`)

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// subordinators open a clause that can stand before the main one.
var subordinators = set(`after before when whenever since although though while as because once until unless whereas`)

// frontedClause reports whether the figure at token qi sits in a
// subordinate clause that opens the sentence starting at offset ss and
// ends with a comma right before the cue's speaker ("After nine
// churchgoers were killed, he admitted …"). "If 10 percent stay home,
// the party will lose, he said" is not one: the main clause, not the
// speaker, follows the comma.
func (p *paragraph) frontedClause(ss, qi int, c Cue) bool {
	first := p.tokenAt(ss)
	if first >= len(p.toks) || first >= qi || !subordinators[p.word(first)] {
		return false
	}
	subj := c.Verb
	if c.PhraseTo > c.PhraseFrom && c.PhraseFrom < c.Verb {
		subj = c.PhraseFrom
	}
	if v := c.Verb + 1; v >= len(p.toks) || p.toks[v].Kind != entity.Word && p.toks[v].Kind != entity.Number && !isQuoteTok(p.toks[v]) {
		return false // "…, Le Monde reported.": a closing cue reports the whole sentence
	}
	for x := qi + 1; x < subj && x < qi+60; x++ {
		if p.toks[x].Text == "," {
			return x+1 == subj || x+2 == subj && determiners[p.word(x+1)]
		}
	}
	return false
}

func isQuoteTok(t entity.Token) bool {
	open, _, toggle := isQuoteMark(t)
	return open || toggle
}

// distanceNouns count a distance.
var distanceNouns = set(`kilometers kilometres km miles mi meters metres`)

// bearing reports whether a distance is followed by a compass bearing and
// a place ("3,600 kilometers (2,200 miles) east of Moscow"): it says where
// something lies. "25 miles from the prison" tells the story and is left
// to the speaker.
func bearing(counted, rest string) bool {
	if !distanceNouns[strings.ToLower(lastWord(counted))] {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "(") {
		if i := strings.IndexByte(rest, ')'); i > 0 {
			rest = strings.TrimLeft(rest[i+1:], " ")
		}
	}
	raw := strings.Fields(rest)
	if len(raw) < 3 {
		return false
	}
	place := raw[2]
	if strings.EqualFold(place, "the") && len(raw) > 3 {
		place = raw[3]
	}
	switch strings.ToLower(raw[0]) {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"north-east", "north-west", "south-east", "south-west":
		// a compass bearing from a named place: geography for the reader
		return strings.ToLower(raw[1]) == "of" && unicode.IsUpper([]rune(place)[0])
	}
	return false
}

// konjunktivI reports a German sentence in the reported-speech mood: a
// third-person subjunctive verb ("sei", "seien", "habe", "könne",
// "müsse") that the indicative does not share.
func konjunktivI(sent string) bool {
	for _, w := range strings.FieldsFunc(sent, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if konjunktivForms[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var konjunktivForms = set(`sei seien habe werde könne müsse solle wolle dürfe gebe liege lägen stehe gehe komme bleibe
	betrage brauche wisse fehle steige sinke`)

// lastSpeaker is the speaker of the last cue before pos in paragraph pi,
// else of the last cue of the paragraph before it, within 600 bytes.
func (an *analysis) lastSpeaker(pi, pos int) (Speaker, *Cue) {
	for q := pi; q >= 0 && q >= pi-1; q-- {
		p := an.paras[q]
		for j := len(p.cues) - 1; j >= 0; j-- {
			at := p.toks[p.cues[j].Verb].Start
			if at >= pos {
				continue
			}
			if pos-at > 600 {
				return Speaker{}, nil
			}
			if p.cues[j].Denied || p.speakers[j].Name == "" {
				continue
			}
			if speechVerbs[p.word(p.cues[j].Verb)].kind == 0 && sentenceEnds(an.text[at:pos]) > 1 {
				continue // "laut Marktprognosen" two sentences back named the source of its own figure only
			}
			return p.speakers[j], &p.cues[j]
		}
	}
	return Speaker{}, nil
}

// sentenceEnds counts the sentence ends in s: ".", "!" or "?" before a
// space or a line break.
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && (s[i+1] == ' ' || s[i+1] == '\n') {
			n++
		}
	}
	return n
}

// teaserLine reports a paragraph that is another story's teaser left in
// the text: a headline cut short ("… finished at 4.31% last ...") or one
// under a capitals label ("MUST READ | Thousands of Australians …").
func teaserLine(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) > 400 {
		return false
	}
	if (strings.HasSuffix(line, " ...") || strings.HasSuffix(line, " …")) && !strings.HasPrefix(line, "…") && len(strings.Fields(line)) <= 40 {
		// cut at a word with the dots set apart; a quote that trails off
		// ("I lost two of my closest friends...") is text
		return !strings.ContainsAny(line, "\"“”")
	}
	if i := strings.Index(line, " | "); i >= 3 && i <= 24 {
		label := line[:i]
		return strings.ToUpper(label) == label && strings.ToLower(label) != label
	}
	return false
}

// intensifiers stand between a verb and its figure: "an alarming 698",
// "a record 40", "a whopping $2 billion".
var intensifiers = set(`alarming staggering whopping record new stunning remarkable modest mere total further`)

// afterVerb are the words a verb of a clause is followed by, unlike an
// adjective before its noun.
var afterVerb = set(`in at on by from during after before near off across to into as while when`)

// whatClause reports a cue inside a "what X says" clause, which speaks
// for the words after it only.
func (p *paragraph) whatClause(c Cue) bool {
	if c.PhraseTo <= c.PhraseFrom || c.PhraseFrom < 1 {
		return false
	}
	return p.word(c.PhraseFrom-1) == "what" // (the phrase holds its article)
}

// reachVerbs bring a subject to its figure: "stays hit 14 million".
var reachVerbs = set(`hit reached topped totalled totaled exceeded surpassed`)

// changeVerbsPast take "to" before a new level: "visits rose to 300".
var changeVerbsPast = set(`rose fell climbed jumped grew dropped increased decreased declined soared surged`)

// levelNouns rise to a level, not to a count of themselves.
var levelNouns = set(`shares prices rates levels yields stocks markets indexes indices points temperatures costs`)

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// sentenceOpening returns where the sentence holding token v starts, past
// an opening adverb: it looks back at most 60 tokens, and ok is false when
// the start lies further back (s is then the token 61 back).
func (p *paragraph) sentenceOpening(v int) (s int, ok bool) {
	s, ok = v, true
	for s > 0 {
		if t := p.toks[s-1]; t.Kind == entity.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?") && !p.quoted[s-1] {
			break
		}
		if v-s > 60 {
			ok = false
			break
		}
		s--
	}
	return p.skipOpening(s, v), ok
}

// skipOpening steps over an opening adverb and its comma ("Later he
// denied", "However, the ministry said") from token s, before token v.
func (p *paragraph) skipOpening(s, v int) int {
	if s+1 < v && p.toks[s].Kind == entity.Word && openingAdverbs[p.word(s)] {
		s++
		if s+1 < v && p.toks[s].Text == "," {
			s++
		}
	}
	return s
}

// nounSubject reports whether the sentence of token v opens with a noun
// phrase that is no pronoun and cannot speak ("The flood destroyed"): a
// participle later in it has no speaker.
func (p *paragraph) nounSubject(v int) bool {
	s, _ := p.sentenceOpening(v)
	if s >= v || pronouns[p.word(s)] || p.toks[s].Kind != entity.Word {
		return false
	}
	from, to := p.npRight(s)
	if to > from && to < v {
		return true
	}
	return p.word(s) == "the" || p.word(s) == "a" || p.word(s) == "an"
}

// verbLike reports a word that can be a finite verb after its subject: a
// past ("denied"), a third-person present ("puts") or a common auxiliary
// or irregular past.
func verbLike(w string) bool {
	if len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")) {
		return true
	}
	return finiteVerbs[w]
}

var finiteVerbs = set(`has had is was were are will would did does can could told said made gave put sent took went came
	held kept left lost met ran saw set spoke wrote won hit cut led sought found`)

// numberGrewTo reports text ending in "the number had grown to ", "that
// figure rose to ": a new level of the count named before, its verb
// between the noun and "to".
func numberGrewTo(before string) bool {
	ws := strings.Fields(before)
	n := len(ws)
	if n < 4 || ws[n-1] != "to" || !strings.HasSuffix(before, " ") {
		return false
	}
	for k := n - 2; k >= 1 && k >= n-5; k-- {
		switch ws[k] {
		case "number", "figure", "total", "tally":
			d := ws[k-1]
			return k < n-2 && (d == "the" || d == "that" || d == "this" || d == "its" || d == "their")
		}
		if w := ws[k]; !growVerbs[w] && !(len(w) > 4 && strings.HasSuffix(w, "ed") && k > 0 && (ws[k-1] == "had" || ws[k-1] == "has" || ws[k-1] == "have")) {
			return false // "The number wounded rose to 40": another count
		}
	}
	return false
}

var growVerbs = set(`had has have grown risen rose grew climbed jumped swelled since now already then`)

// relativeCue finds a cue whose speaker opens a relative clause right
// after the figure at token qi ("the 8,000 that Washington had reported",
// "the 3,000 troops which officials estimated"): the first cue at or after
// index k, its phrase after "that" or "which", with at most four words of
// the figure's noun between. It returns -1 when there is none.
func (p *paragraph) relativeCue(qi, k, se int) int {
	if k >= len(p.cues) {
		return -1
	}
	c := p.cues[k]
	if c.Elided || c.PhraseTo <= c.PhraseFrom || c.PhraseFrom < 2 || c.PhraseFrom > c.Verb || p.toks[c.Verb].Start >= se {
		return -1
	}
	rel := c.PhraseFrom - 1
	if w := p.word(rel); w != "that" && w != "which" {
		return -1
	}
	if rel <= qi || rel-qi > 5 {
		return -1
	}
	for x := qi + 1; x < rel; x++ {
		if t := p.toks[x]; t.Kind != entity.Word && t.Kind != entity.Number || p.quoted[x] || textproc.IsStopword("en", t.Lower) {
			return -1 // a comma, a quote or a preposition: "40 people in a market that residents said was crowded"
		}
	}
	if n := c.Verb + 1; n < len(p.toks) && p.toks[n].Kind == entity.Word && (beWords[p.word(n)] || p.word(n) == "they" || p.word(n) == "it") {
		return -1 // "that doctors said they may not survive": the verb has a clause of its own
	}
	if w := p.word(c.Verb); speechVerbs[w].kind != vSay {
		return -1
	}
	return k
}

// romanceMeasureSubject is measureSubject for French and Spanish: the
// subject of the clause that a percent or an amount ends, read back over
// its bound and preposition and a verb of change or level: "El desempleo
// llegó al 5,2 %", "las exportaciones crecieron un 12 %", "Les ventes ont
// augmenté de 5 %", "La tasa de inflación se ubicó en 3,5 %". It returns
// "" when the words do not read so.
func romanceMeasureSubject(seg string) string {
	if i := strings.LastIndexAny(seg, "\n;:,(«“\""); i >= 0 {
		seg = seg[i+1:]
	}
	if i := strings.LastIndex(seg, ". "); i >= 0 {
		seg = seg[i+2:]
	}
	ws := strings.Fields(seg)
	i := len(ws) - 1
	for i >= 0 && romanceBoundWords[strings.ToLower(ws[i])] {
		i--
	}
	if i < 1 || !romanceLevelVerbs[strings.ToLower(ws[i])] {
		return ""
	}
	i--
	for i >= 0 && romanceAuxWords[strings.ToLower(ws[i])] {
		i--
	}
	// the subject: an article at the clause's start, then one to four words
	if i < 1 || i > 4 || !romanceSubjectArticles[strings.ToLower(ws[0])] {
		return ""
	}
	subject := strings.Join(ws[1:i+1], " ")
	if strings.ContainsAny(subject, "0123456789") || subject == "" {
		return ""
	}
	if r := []rune(subject); r[0] >= 'A' && r[0] <= 'Z' {
		return "" // a name ("El Banco Central subió …") speaks, it is not what is measured
	}
	return subject
}

// Words of romanceMeasureSubject: the bound and preposition before a
// figure, verbs of change or level, auxiliaries and the articles that open
// the subject.
var (
	romanceBoundWords = set(`un una el la los las del al de en a hasta casi cerca alrededor más menos près environ plus moins
		d' d’ du le les à au aux quelque`)
	romanceLevelVerbs = set(`subió bajó creció cayó aumentó disminuyó redujo alcanzó llegó ubicó situó fue es era registró cerró
		suben bajan crecen caen aumentan alcanzan llegan sube baja crece cae aumenta alcanza llega representa representan
		subieron bajaron crecieron cayeron aumentaron disminuyeron alcanzaron llegaron
		augmenté baissé progressé reculé atteint établi chuté grimpé diminué crû augmente baisse progresse recule atteint
		augmentent baissent représente représentent est était sont étaient`)
	romanceAuxWords        = set(`a ont ha han se s'est s’est se sont`)
	romanceSubjectArticles = set(`el la los las le les l' l’`)
)

// measureSubject finds what a percent or an amount of money measures from
// the subject of the clause it ends: "Turnout was 63.8 percent",
// "Unemployment rose to 4.8 percent", "Consumer prices rose 2.4 percent",
// "Operating profit has risen to 412 million pounds". It reads the words in
// text[from:qs] backwards: qualifiers, then "to", "by" or "at", then a verb
// of change or being (with an auxiliary), then up to three words of the
// subject, which must reach back to the start of the clause. It returns ""
// when the words do not read so.
func measureSubject(text string, from, qs int, pct bool) string {
	seg := text[from:qs]
	if i := strings.LastIndexAny(seg, "\n;:"); i >= 0 {
		seg = seg[i+1:]
	}
	if i := strings.LastIndex(seg, ". "); i >= 0 {
		seg = seg[i+2:]
	}
	if rest := strings.Fields(text[qs:min(qs+80, len(text))]); len(rest) >= 2 {
		// "The county is 43 percent black", "was 12 percent contained", "a
		// $50 price break": the figure is of the word after it, not of the
		// subject
		k := 0 // the last token of the figure
		for k+1 < len(rest) && k < 4 && rest[k] == strings.TrimRight(rest[k], ",.;:)") && !isLetter(rest[k+1][0]) {
			k++ // "3.1 billion" spans tokens only through letters below
		}
		for k+1 < len(rest) && k < 4 && rest[k] == strings.TrimRight(rest[k], ",.;:)") && measureUnitWords[strings.ToLower(strings.TrimRight(rest[k+1], ",.;:)"))] &&
			!(strings.EqualFold(rest[k+1], "per") && (k+2 >= len(rest) || !strings.EqualFold(strings.TrimRight(rest[k+2], ",.;:)"), "cent"))) {
			k++ // "percent", "million", "pounds", "per cent" (but not "£5.20 per adult")
		}
		if k+1 < len(rest) && rest[k] == strings.TrimRight(rest[k], ",.;:)") {
			w := strings.Trim(rest[k+1], ",.;:")
			if w != "" && w[0] >= 'a' && w[0] <= 'z' && !textproc.IsStopword("en", w) && !measureVerbs[w] && !afterMeasure[w] {
				return ""
			}
		}
	}
	orig := strings.Fields(seg)
	ws := strings.Fields(strings.ToLower(seg))
	i, prep := verbIndex(ws)
	if prep {
		if i >= 2 && (ws[i] == "year" || ws[i] == "month" || ws[i] == "week" || ws[i] == "quarter") && (ws[i-1] == "last" || ws[i-1] == "this") {
			i -= 2 // "rose 15 percent last year to nearly 1,200"
		}
		// "expected to grow from $1.47 billion last year to $2.39
		// billion": the level after the one it grew from
		if j := i; j >= 2 {
			for j >= 0 && amountWord(ws[j]) {
				j--
			}
			if j >= 1 && j < i && ws[j] == "from" {
				i = j - 1
			}
		}
		// "Revenue increased 5.6 percent to 3.1 billion pounds": the
		// change before the level
		if i >= 1 && (ws[i] == "percent" || strings.HasSuffix(ws[i], "%")) {
			if ws[i] == "percent" {
				i--
			}
			if i >= 0 && startsWithDigit(ws[i]) {
				i--
			}
			if i >= 0 && ws[i] == "by" {
				i--
			}
		}
	}
	if i < 0 {
		return ""
	}
	if i >= 1 && (ws[i] == "it" || ws[i] == "them" || ws[i] == "us" || ws[i] == "him" || ws[i] == "her") && moneyVerbs[ws[i-1]] != "" {
		i-- // "the delays were costing it about $250,000 a day"
	}
	if n, ok := moneyVerbs[ws[i]]; ok && !pct && (i >= len(ws)-2 || measureQualifiers[ws[len(ws)-1]] || ws[len(ws)-1] == "more" || ws[len(ws)-1] == "than") {
		return n // "will cost about £4.2 million", "have spent more than 45 million euros"
	}
	if pct && i+1 == len(ws) && (voteVerbs[ws[i]] || ws[i] == "with" && i >= 1 && placeWords[ws[i-1]]) {
		return "vote" // "won 14.3 percent", "came second with 22.1 percent"
	}
	if i < 1 {
		return ""
	}
	if passiveOnly[ws[i]] && (i == 0 || !beWords[ws[i-1]] && ws[i-1] != "been") {
		// "diamonds valued at", "damage estimated at": a reduced clause
		// after the noun it measures; "which the city had valued at": the
		// valuer, not the thing valued
		if i >= 1 && !textproc.IsStopword("en", ws[i-1]) && !measureAux[ws[i-1]] && isLetter(ws[i-1][0]) && !isUpperWord(orig[i-1]) &&
			!strings.ContainsAny(ws[i-1], ",;:()\"“”'’") {
			return ws[i-1]
		}
		if j := len(ws) - 1; j >= 2 && (ws[j] == "at" || ws[j] == "to" || ws[j] == "by") {
			return setObject(ws[:j], orig[:j])
		}
		return ""
	}
	if !(measureVerbs[ws[i]] || pct && percentOnlyVerbs[ws[i]]) {
		if j := len(ws) - 1; j >= 2 && (ws[j] == "at" || ws[j] == "to" || ws[j] == "by") {
			return setObject(ws[:j], orig[:j]) // "kept its main interest rate at 5.25 percent", "reduced the risk of severe illness by 90%"
		}
		return ""
	}
	i--
	for i >= 0 && measureAux[ws[i]] {
		if ws[i] == "to" && (i == 0 || !toAux[ws[i-1]]) {
			// "The Fed expects inflation to fall to 2 percent": the
			// subject of the infinitive stands between a verb of
			// expecting and "to"
			k := i - 1
			for k >= 0 && i-k <= 3 && !expectVerbs[ws[k]] {
				k--
			}
			if k < 0 || i-k > 3 || k == i-1 {
				return ""
			}
			for _, w := range ws[k+1 : i] {
				if textproc.IsStopword("en", w) && w != "the" || !isLetter(w[0]) {
					return ""
				}
			}
			return strings.TrimPrefix(strings.Join(ws[k+1:i], " "), "the ")
		}
		i-- // "has risen", "had fallen", "would grow", "is expected to rise"
	}
	e := i
	if e >= 1 && (ws[e] == "which" || ws[e] == "that") && strings.HasSuffix(ws[e-1], ",") {
		return relativeHead(ws[:e], orig[:e]) // "data fees, which totalled £10,935.74"
	}
	for i >= 0 && e-i < 4 {
		w := ws[i]
		if strings.ContainsAny(w, ",()\"“”") || textproc.IsStopword("en", w) || !isLetter(w[0]) || clauseConjunctionsBefore[w] {
			break
		}
		if expectVerbs[w] || thatClauseVerbs[w] {
			if i < e {
				return strings.Join(ws[i+1:e+1], " ") // "The airline hopes passenger numbers will rise": the clause after the verb
			}
			return ""
		}
		if i < e && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			break // "the banking system's capital adequacy ratio stood at": the owner opens the subject
		}
		if i > 0 && isUpperWord(orig[i]) {
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				break // "Lorne County's population grew": an owner opens the subject
			}
			if i < e && (ws[i-1] == "the" || ws[i-1] == "its" || ws[i-1] == "their") {
				i-- // "The Ostravian krona has gained": a name's adjective before the head
				continue
			}
			if i < e && nameModifies(ws, orig, i) {
				// "The total WTA Finals prize pool is": a name that modifies
				// the head; the head is what the figure measures
				return strings.Join(ws[i+1:e+1], " ")
			}
			n := i
			for n > 0 && isUpperWord(orig[n]) && e-n < 4 {
				n--
			}
			if n >= 1 && subjectPreps[ws[n]] && (n == 1 || !isUpperWord(orig[n-1])) && !textproc.IsStopword("en", ws[n-1]) {
				// "Shares in Greenbasket rose 3.7 percent", "Unemployment in
				// Spain rose": the head before the preposition and the name
				e, i = n-1, n-1
				continue
			}
			return "" // a name: "Harlow Foods rose 3 percent" measures Harlow's shares, not Harlow
		}
		i--
	}
	if i == e {
		return ""
	}
	if pp := ppSubject(ws, orig, i, e); pp != "" {
		return pp // "Shipments to other markets were up 5.3%": the head and its lower-case complement
	}
	if i >= 2 && (ws[i] == "the" || ws[i] == "its" || ws[i] == "their") && subjectPreps[ws[i-1]] {
		// "Shares of the company fell 12%", "the infant death rate in the
		// country increased by 3 percent": the head before the preposition
		e, i = i-2, i-2
		for i >= 0 && e-i < 3 && !strings.ContainsAny(ws[i], ",()\"“”") && !textproc.IsStopword("en", ws[i]) && isLetter(ws[i][0]) &&
			(i == 0 || !isUpperWord(orig[i])) {
			i--
		}
		if i == e {
			return ""
		}
	}
	if i >= 0 && !(ws[i] == "the" || ws[i] == "its" || ws[i] == "their" || ws[i] == "with" && ws[i+1] != "" && strings.HasSuffix(ws[e+1], "ing") ||
		strings.HasSuffix(ws[i], "'s") || strings.HasSuffix(ws[i], "’s") || strings.HasSuffix(ws[i], ",") || clauseConjunctionsBefore[ws[i]]) { // "as coal generation slid 18 percent"
		return "" // the subject must open its clause: "the bank kept its main rate at" is no subject "rate"
	}
	return strings.Join(ws[i+1:e+1], " ")
}

// clauseConjunctionsBefore open a clause whose subject follows them ("as
// coal generation slid 18 percent", "while sedan sales are down"); not
// "before" or "after", which are as often prepositions ("Loss before
// taxation was S$11.4 million").
var clauseConjunctionsBefore = set(`as while when although though whereas because and but`)

// ppSubject reads a subject whose head takes a lower-case prepositional
// complement, "shipments to other markets" in "Shipments to other markets
// were up 5.3%": ws[i] is where the words of the complement (ending at
// ws[e]) stopped, ws[i+1:e+1] its noun. It returns the subject without
// its determiner, or "" when the words before do not open a clause with
// such a subject ("the number of people in hospital" stays unread, as
// does an object: "sold shares to other investors").
func ppSubject(ws, orig []string, i, e int) string {
	j := i
	for j >= 0 && e-j < 5 && ppDeterminers[ws[j]] {
		j--
	}
	if j < 1 || e-j > 4 || !subjectPreps[ws[j]] || ws[j] == "of" {
		return ""
	}
	for k := j + 1; k <= e; k++ {
		if isUpperWord(orig[k]) || !isLetter(ws[k][0]) || strings.ContainsAny(ws[k], ",;:()\"“”") {
			return "" // "sales in the Houston area": a name is the scope's, not part of what is counted
		}
	}
	h := j - 1
	head := func(k int) bool {
		return k >= 0 && isLetter(ws[k][0]) && !textproc.IsStopword("en", ws[k]) && !strings.ContainsAny(ws[k], ",;:()\"“”'’") &&
			(k == 0 || !isUpperWord(orig[k])) && !measureVerbs[ws[k]] && !measureAux[ws[k]] && !strings.HasSuffix(ws[k], "ly")
	}
	if !head(h) || !strings.HasSuffix(ws[h], "s") && !strings.HasSuffix(ws[h], "ment") {
		return "" // a plural or a mass noun in "-ment" heads the subject ("shipments", "employment")
	}
	b := h
	for b-1 >= 0 && h-b < 2 && head(b-1) {
		b--
	}
	if b > 0 && !(ws[b-1] == "the" || ws[b-1] == "its" || ws[b-1] == "their" || strings.HasSuffix(ws[b-1], ",")) {
		return "" // the subject must open its clause
	}
	return strings.Join(ws[b:e+1], " ")
}

// ppDeterminers may open the noun of a prepositional complement: "to other
// markets", "in all regions".
var ppDeterminers = set(`the other all its their these those some most many foreign overseas`)

// unitOnly are counted words that name a unit of measure and nothing
// measured: "80 mph", "1.5°C", "13.1 million square kilometers".
var unitOnly = set(`°c °f ºc ºf c f degrees mph kph km/h knots miles mile km kilometres kilometers kilometre kilometer metres meters
	feet ft inches cm mm yards acres hectares points`)

func init() {
	for _, u := range []string{"degrees celsius", "degrees fahrenheit", "square miles", "square kilometers", "square kilometres",
		"square kilometer", "square kilometre", "square feet", "square metres", "square meters"} {
		unitOnly[u] = true
	}
}

// measuredBy returns what a figure with a bare unit measures, from the
// words of its sentence before it (text[from:qs]): the noun before "of"
// ("gusts of up to 80mph", "a warming of about 2.4°C"), else the subject
// or object that a verb of change or of setting gives ("limit global
// warming to 1.5°C", "Wind speeds reached 90 mph"); "" when neither.
func measuredBy(text string, from, qs int) string {
	ws := strings.Fields(text[from:qs])
	if n := len(ws); n >= 2 && ws[n-1] == "of" {
		e := n - 2
		i := e
		for i >= 0 && e-i < 3 && isLetter(ws[i][0]) && (i == 0 || !isUpperWord(ws[i])) && !textproc.IsStopword("en", strings.ToLower(ws[i])) &&
			!strings.ContainsAny(ws[i], ",;:()\"“”'’") {
			i-- // the first word may be the sentence's capital: "Gusts of up to 80mph"
		}
		if i < e && !vagueMeasure[ws[e]] && !unitVague[ws[e]] && (i < 0 || definite[strings.ToLower(ws[i])] || ws[i] == "a" || ws[i] == "an" || ws[i] == "with" || ws[i] == "and") {
			return strings.ToLower(strings.Join(ws[i+1:e+1], " "))
		}
		return ""
	}
	m := measureSubject(text, from, qs, true)
	if i := strings.LastIndexByte(m, ' '); i > 0 && strings.HasSuffix(m, "ly") && len(m)-i > 5 {
		m = m[:i] // "the keyboard's metal surface routinely hit 107 degrees": no adverb
	}
	return m
}

// unitVague before "of" and a measure say nothing of what is measured: "a
// total of 11.6 million square kilometers", "an average of 41.4 points".
var unitVague = set(`equivalent total average maximum minimum height length depth distance range speeds speed figure value reading`)

// setObject reads "kept its main interest rate" at the end of ws (before
// "at" or "to" and a figure): a verb that sets a level, then its object,
// which the figure measures. It returns the object without its
// determiner, or "".
func setObject(ws, orig []string) string {
	e := len(ws) - 1
	i := e
	for i >= 0 && e-i < 6 && !setVerbs[ws[i]] {
		w := ws[i]
		if strings.ContainsAny(w, ",()\"“”") || !isLetter(w[0]) || isUpperWord(orig[i]) {
			return ""
		}
		i--
	}
	if i < 0 || !setVerbs[ws[i]] || i == e {
		return ""
	}
	from := i + 1
	if d := ws[from]; d == "the" || d == "its" || d == "their" || d == "a" || d == "his" || d == "her" {
		from++
	}
	if from > e || textproc.IsStopword("en", ws[e]) || from == e && vagueMeasure[ws[e]] {
		return "" // "data puts the figure at $44 million": no measure named
	}
	return strings.Join(ws[from:e+1], " ")
}

// setVerbs set a level that the figure after "at" or "to" gives.
var setVerbs = set(`kept keeps keep held holds hold left leaves set sets raised raises raise cut cuts lowered lowers lower
	lifted lifts lift reduced reduces reduce increased increases increase fixed fix pegged capped cap trimmed trims trim
	revised revises revise upgraded downgraded boosted slashed hiked put puts showed shows estimated estimates estimate pegged
	limit limits limiting limited curb curbs curbing curbed`)

// passiveOnly are verbs that link a subject to its amount only in the
// passive: "Their street value was estimated at".
var passiveOnly = set(`estimated valued pegged`)

// moneyVerbs name what an amount after them is: "will cost about £4.2
// million" is a cost.
var moneyVerbs = map[string]string{"cost": "cost", "costs": "cost", "costing": "cost", "spend": "spending", "spent": "spending",
	"spends": "spending", "spending": "spending", "earn": "earnings", "earned": "earnings", "earns": "earnings", "fined": "fine"}

// voteVerbs before a bare percent make it a share of the vote: "the
// Farmers' List won 14.3 percent".
var voteVerbs = set(`won wins win took takes garnered secured secures polled received`)

// placeWords end "came second with": a finishing place.
var placeWords = set(`first second third fourth fifth last`)

// percentOnlyVerbs link a subject to a percent change of it, though not
// to an amount of money ("The company gained $5 million" is not its
// size): "the krona has gained about 3 percent".
var percentOnlyVerbs = set(`gained lost loses added adds shed closed ended finished opened settled traded trading`)

// closingVerbs end a trading day and take a particle before a percent:
// "closed down 1.2 percent", "ended higher".
var closingVerbs = set(`closed ended finished opened settled traded`)

// toAux may stand before "to" in a verb group of change: "is expected to
// rise", "is set to fall".
var toAux = set(`expected set likely due seen forecast projected poised going able about`)

// expectVerbs take an object and an infinitive: "expects inflation to
// fall", "wants yields to rise".
var expectVerbs = set(`expects expect expected want wants wanted forecasts forecast predicts predicted needs needed
	allows allowed causes caused`)

// thatClauseVerbs take a clause whose subject the figure measures: "The
// airline hopes passenger numbers will rise".
var thatClauseVerbs = set(`hopes hope hoped says say said thinks think thought believes believe believed plans plan
	planned aims aim aimed fears fear feared warns warned expects expected`)

// measureAux stand between a subject and its verb of change: "has
// risen", "would grow", "is expected to rise".
var measureAux = set(`has have had was were is are be been will would could may might should can to expected forecast
	projected set likely seen due poised already also now just`)

// vagueMeasure are subjects that say less than the rate they would
// replace: "the value is about $44.2 million per week".
var vagueMeasure = set(`value price cost total amount figure number sum`)

// measureVerbs link a subject to the percent or amount it measures.
var measureVerbs = set(`was is were are stood stands remained remains reached hit rose fell climbed jumped grew dropped
	increased decreased declined soared surged slipped slid eased risen fallen totaled totalled slowed accelerated
	quickened edged dipped plunged tumbled rebounded widened narrowed shrank contracted expanded peaked averaged
	improved worsened deteriorated recovered grown grow rise fall increase decrease decline drop expand shrink contract reach
	climb jump slow ease remain stand be total average estimated valued pegged picked reaching`)

// afterMeasure may follow a percent or an amount without being what it is
// of: "cut costs by 10% last year".
var afterMeasure = set(`last next this each every since year month week day yesterday today overnight year-on-year
	annually compared according per`)

// measureUnitWords may follow the digits of a percent or an amount.
var measureUnitWords = set(`percent per cent pct million billion trillion thousand pounds dollars euros yen francs m bn pence cents
	rupees yuan roubles rubles pesos`)

// subjectPreps join a subject's head to the rest of it: "the rate in the
// country", "shares of the company".
var subjectPreps = set(`of in for at on among to from across throughout within`)

// measureQualifiers stand between the verb and the figure.
var measureQualifiers = set(`about around nearly almost roughly some just over under an estimated a record only`)

// reducedRelative reports a cue whose speaker directly follows another
// figure after token qi, as a relative clause without "that" ("the 3.05
// billion pounds analysts had forecast"): it speaks for that figure, not
// for the one at qi. It looks at most six tokens back from the speaker.
func (p *paragraph) reducedRelative(qi int, c Cue) bool {
	if c.Elided || c.PhraseTo <= c.PhraseFrom || c.PhraseFrom > c.Verb || c.PhraseFrom <= qi+1 {
		return false
	}
	for x := c.PhraseFrom - 1; x > qi && x >= c.PhraseFrom-6; x-- {
		switch t := p.toks[x]; {
		case t.Kind == entity.Number:
			return true
		case t.Kind != entity.Word || p.word(x) == "that" || p.word(x) == "which" || p.word(x) == "and" || p.word(x) == "but":
			return false
		}
	}
	return false
}

// isNumberWord reports an English number word from one to twenty, or a
// dozen: "eight skiers".
func isNumberWord(w string) bool {
	switch strings.ToLower(w) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "dozen", "dozens", "hundreds", "thousands":
		return true
	}
	return false
}
