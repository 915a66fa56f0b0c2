package claim

import (
	"sort"
	"strings"

	"newsdesk/internal/entity"
	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
)

// Cue is one attribution in a paragraph: a speech verb ("said", "told",
// "according to", "assesses") and the phrase naming who speaks.
type Cue struct {
	Verb       int    // token index of the verb (of "according" for "according to")
	Phrase     string // the speaker as written: "US Secretary of State Antony Blinken", "She", "the Pentagon"
	PhraseFrom int    // token range of the phrase: toks[PhraseFrom:PhraseTo]
	PhraseTo   int
	Elided     bool // a participle with no subject of its own ("..., saying, ...")
	Current    bool // present tense or a standing report ("says", "believes", "announced", "according to")
	Denied     bool // "declined to confirm", "would not say": the speaker is named, the figure is not theirs
}

// span returns the token range covered by the cue.
func (c Cue) span() (from, to int) {
	from, to = c.Verb, c.Verb+1
	if !c.Elided && c.PhraseTo > c.PhraseFrom {
		from, to = min(from, c.PhraseFrom), max(to, c.PhraseTo)
	}
	return from, to
}

// ambiguousVerbs have a common meaning besides speech ("the index added
// 20 points", "the company reported a loss"); they attribute only next to a
// quote, before "that" or a comma, or inverted after a comma.
//
// "reported" is not among them: "Indiana State Police reported at least
// 5,000 people" and "the company reported a loss of $5m" both name the
// source of the figure.
var ambiguousVerbs = set(`added adds continued continues noted notes posted posts indicated
	indicates expressed expresses conveyed conveys wrote writes claimed claims stated`)

// resultNouns are what a company posts when it reports its results.
var resultNouns = set(`profit profits loss losses revenue revenues sales earnings income deficit surplus turnover`)

// speechFollowers are words after an ambiguous verb that show it reports
// speech: "reported that", "reported on Monday", "reported last year".
var speechFollowers = set(`that in on last this earlier late yesterday today tonight monday tuesday wednesday
	thursday friday saturday sunday only also`)

// speechContext reports whether the ambiguous verb at v is used as speech.
func (p *para) speechContext(v int) bool {
	if w := p.word(v); w == "posted" || w == "posts" {
		// "Skyway posted an annual net profit of €105 million": a company
		// reporting its results is their source (but "Curry posted 29
		// points" reports a figure, not speech)
		for k := v + 1; k < len(p.toks) && k <= v+5 && p.toks[k].Kind == entity.Word; k++ {
			if resultNouns[p.word(k)] {
				return true
			}
		}
	}
	if v+1 < len(p.toks) && p.toks[v+1].Kind == entity.Number {
		return false // "Curry posted 29 points", "he added 12": a figure, not speech
	}
	switch p.word(v + 1) {
	case "a", "an", "the", "his", "her", "their", "its":
		for k := v + 2; k < len(p.toks) && k <= v+4; k++ {
			if p.toks[k].Kind == entity.Number {
				return false // "posted a game-high 29 points"
			}
		}
	}
	if v+1 < len(p.toks) {
		switch n := p.toks[v+1]; {
		case n.Kind == entity.Punct && (n.Text == "," || n.Text == ":" || n.Text == "\"" || n.Text == "“" || n.Text == "." || n.Text == ";"):
			return true
		case n.Kind == entity.Word && (speechFollowers[n.Lower] || strings.HasSuffix(n.Lower, "ly")):
			return true
		case n.Kind == entity.Word && (n.Lower == "its" || n.Lower == "their") && strings.HasPrefix(p.word(v), "claim"):
			return true // "the ministry claimed its forces had destroyed 30 tanks"
		case n.Kind == entity.Word && strings.HasPrefix(p.word(v), "claim") && p.clauseAhead(v+1):
			return true // "Israel claims dozens of Hamas militants died"
		case n.Kind == entity.Word && (n.Lower == "they" || n.Lower == "he" || n.Lower == "she" || n.Lower == "we" ||
			n.Lower == "it" && strings.HasPrefix(p.word(v), "claim")):
			return true // "the navy claims they have captured 23 pirates"
		}
	}
	if p.invertible(v) {
		return true
	}
	// a quote ends just before the subject: "...," Blinken continued
	for k := v - 1; k >= 0 && v-k <= 5; k-- {
		if _, close, toggle := isQuoteMark(p.toks[k]); close || toggle {
			return true
		}
	}
	return false
}

// clauseAhead reports a clause opening at token k: a noun phrase of at
// most six words, then a finite verb ("dozens of Hamas militants died",
// "hundreds were killed"). An object ("dozens of lives") has no verb.
func (p *para) clauseAhead(k int) bool {
	for x := k; x < len(p.toks) && x < k+7; x++ {
		t := p.toks[x]
		if t.Kind == entity.Punct || p.quoted[x] {
			return false
		}
		switch w := t.Lower; {
		case w == "lives" || w == "victims" || w == "responsibility" || w == "credit":
			return false // "the crash claimed two lives", "claimed responsibility"
		case x > k && (clauseVerbs[w] || strings.HasSuffix(w, "ed") && !t.Upper && x > k+1):
			return true
		}
	}
	return false
}

// clauseVerbs are finite verbs that show a clause has begun.
var clauseVerbs = set(`died were was are is have has had remain remained will would could may might`)

// maxCues bounds the attributions looked for in one paragraph.
const maxCues = 2000

// verb kinds
const (
	vSay         = iota + 1 // subject before ("X said") or inverted after ("said X")
	vParticiple             // "saying", "adding": may have no subject of its own
	vSubjectOnly            // verbs that never invert ("believes", "estimates")
)

type verbInfo struct {
	kind    int
	current bool
}

var speechVerbs = map[string]verbInfo{}

func init() {
	add := func(kind int, current bool, words string) {
		for _, w := range strings.Fields(words) {
			speechVerbs[w] = verbInfo{kind, current}
		}
	}
	add(vSay, false, `said told stated warned noted added continued reported claimed insisted argued explained
		declared stressed revealed indicated wrote tweeted posted expressed conveyed acknowledged admitted predicted
		concluded emphasized emphasised alleged disclosed cautioned remarked replied responded suggested
		underscored underlined highlighted conceded asserted contended`)
	add(vSay, true, `says tells states warns notes adds reports claims insists argues explains declares stresses
		indicates writes suggests suggest announces confirms estimates assesses believes thinks predicts concludes
		emphasizes emphasises alleges allege cautions say announced confirmed estimated assessed speculates speculated
		contend contends underscores underlines highlights concede concedes acknowledges admits asserts`)
	// German, French and Spanish verbs of speech in the past and present
	add(vSay, false, `sagten erklärten betonten berichteten schrieben warnten mitteilten teilten meldeten bestätigten
		sagte erklärte betonte berichtete schrieb warnte mitteilte teilte meldete erläuterte bestätigte
		schätzte verkündete déclaré affirmé indiqué annoncé précisé expliqué souligné ajouté confirmé dijo afirmó
		declaró explicó señaló indicó anunció aseguró confirmó dicho afirmado declarado explicado señalado indicado
		anunciado confirmado asegurado reconnu assuré averti rapporté raconté répondu estimé reconocido añadido
		estimado advertido reconoció añadió estimó advirtió dijeron afirmaron señalaron explicaron indicaron
		informó informaron precisó precisaron detalló detallaron alertó alertaron agregó agregaron sostuvo
		sostuvieron aseveró comentó expresó manifestó destacó subrayó apuntó recalcó remarcó insistió admitió
		reveló denunció aclaró relató halló encontró detectó identificó concluyó determinó alertado agregado sostenido comentado expresado manifestado destacado
		subrayado apuntado recalcado insistido admitido revelado denunciado aclarado constaté noté
		observé rappelé insisté relevé signalé prévenu détaillé confié alerté martelé déploré regretté avancé commenté
		admis reconnaît`)
	add(vSay, true, `sagt erklärt betont berichtet schreibt warnt mitteilt teilt meldet erläutert bestätigt schätzt
		verkündet déclare affirme dice afirma dit estime assure explique indique précise souligne ajoute confirme
		annonce rapporte explica señala indica asegura añade confirma anuncia estima advierte agrega sostiene
		relata recuerda lamenta reconoce precisa detalla alerta apunta subraya destaca remarca recalca insiste
		admite revela denuncia comenta aclara avertit pointe constate note observe rappelle insiste relève
		signale prévient détaille confie raconte admet martèle regrette déplore alerte`)
	// French and Spanish verbs of counting: "le ministère de l'Intérieur
	// comptabilise 1 407 blessés", "la Fiscalía contabiliza 40 detenidos"
	add(vSubjectOnly, true, `comptabilise comptabilisent recense recensent dénombre dénombrent contabiliza
		contabilizan registra registran reporta reportan cifra cifran`)
	add(vSubjectOnly, true, `believe estimate assess think expects expect forecasts forecast sees show shows`)
	add(vSubjectOnly, false, `showed projected valued touted boasted unveiled`)
	// "…, the BBC understands": what a newsroom has learnt
	add(vSubjectOnly, true, `understands unveils`)
	// French, Spanish and German verbs that put a figure on something:
	// "El Gobierno chileno cifró los daños en", "García elevó a 510 la
	// cifra de muertos", "La CGT a revendiqué 3,5 millions de
	// manifestants", "La DGT prevé hasta 14,8 millones de desplazamientos",
	// "Vorstandschef Werner Hollweg kündigte an, … rund 800 Stellen abzubauen"
	add(vSubjectOnly, false, `cifró cifraron elevó elevaron revendiqué chiffré évalué`)
	add(vSay, false, `kündigte kündigten`)
	// "Der Verband beziffert den Gesamtschaden auf bis zu 2,3 Mrd. Euro"
	add(vSubjectOnly, true, `beziffert beziffern`)
	add(vSubjectOnly, false, `bezifferte bezifferten`)
	add(vSubjectOnly, true, `eleva elevan revendique revendiquent chiffre chiffrent évalue évaluent prevé prevén prévoit prévoient`)
	// "The administration touts as successes an unemployment rate under 4%"
	add(vSubjectOnly, true, `touts boasts`)
	add(vSubjectOnly, true, `values`)
	// German verbs of expectation: "Der Experte rechnet mit 500 neuen Stellen"
	// (not "erwartet" or "prognostiziert", which are also the participles of
	// a passive: "werden 40.000 Besucher erwartet")
	add(vSubjectOnly, true, `rechnet rechnen`)
	add(vSubjectOnly, false, `rechnete rechneten erwartete erwarteten prognostizierte`)
	add(vSubjectOnly, true, `projects`)
	// base forms, after "to" or a modal: "declined to confirm", "would say"
	add(vSubjectOnly, false, `confirm announce state warn note report claim insist argue explain declare stress
		reveal tell disclose predict`)
	add(vSubjectOnly, false, `believed thought`)
	add(vParticiple, false, `saying stating adding noting warning stressing claiming insisting arguing explaining
		declaring telling announcing confirming estimating assessing calling indicating emphasizing emphasising
		cautioning writing expecting forecasting projecting reporting predicting`)
}

// valuedAt reports "valued at" with nothing between: "a deal valued at $3
// billion" is a participle, and no one values it ("the union valued the
// deal at" has a subject and an object).
func valuedAt(w, next string) bool {
	return (w == "valued" || w == "values") && next == "at"
}

// quotedActiveBefore finds an active "quoted" before "as" at token a ("IRNA
// quoted the head of the zone, Ali Rezapour, as saying") and returns its
// index, or 0.
func (p *para) quotedActiveBefore(a int) int {
	for k := a - 1; k > 0 && a-k <= 16; k-- {
		t := p.toks[k]
		if t.Kind == entity.Punct && t.Text != "," && t.Text != "-" {
			return 0
		}
		if p.word(k) == "quoted" {
			if beWords[p.word(k-1)] || p.word(k+1) == "by" {
				return 0
			}
			return k
		}
	}
	return 0
}

// quotedAsBefore finds "quoted" within a few words before "as" at token a
// ("were quoted by AP as saying") and returns its index, or 0.
func (p *para) quotedAsBefore(a int) int {
	for k := a - 1; k > 0 && a-k <= 6; k-- {
		if p.toks[k].Kind != entity.Word {
			return 0
		}
		if p.word(k) == "quoted" {
			if beWords[p.word(k-1)] {
				return k
			}
			return 0
		}
	}
	return 0
}

// allUpperWords reports whether toks[from:to] are all capitalised words.
func (p *para) allUpperWords(from, to int) bool {
	for i := from; i < to; i++ {
		if t := p.toks[i]; t.Text == "." && i > from && i+1 < to && entity.IsHonorific(p.word(i-1)) {
			continue // "Dr. Sami Nour"
		}
		if t := p.toks[i]; t.Kind != entity.Word || !t.Upper {
			return false
		}
	}
	return to > from
}

// putVerbs give an estimate as "X put the toll at N".
var putVerbs = set(`put puts putting placed places placing`)

// putAt reports "at" followed by a figure within a few words after the
// verb at v: "put the death toll at 37", "placed the crowd at about 30,000".
func (p *para) putAt(v int) bool {
	for k := v + 1; k < len(p.toks) && k <= v+6; k++ {
		t := p.toks[k]
		if t.Kind == entity.Punct {
			return false
		}
		if p.word(k) == "at" {
			for n := k + 1; n < len(p.toks) && n <= k+4; n++ {
				if p.toks[n].Kind == entity.Number {
					return true
				}
			}
			return false
		}
	}
	return false
}

// recordNouns after a lower-case source make it a body of records:
// "according to court records", "police documents".
var recordNouns = set(`records documents filings papers statistics files logs`)

// anyUpper reports whether a token of toks[from:to] is capitalised.
func (p *para) anyUpper(from, to int) bool {
	for i := from; i < to; i++ {
		if p.toks[i].Upper {
			return true
		}
	}
	return false
}

// baseForms are speech verbs in their base form, which speak only after
// "to" or a modal ("declined to confirm", "would not say"); elsewhere they
// are mostly nouns or adjectives ("the state government").
var baseForms = set(`confirm announce state warn note report claim insist argue explain declare stress reveal tell
	disclose predict`)

// modalBefore are the words that make a following base form a verb.
var modalBefore = set(`to would will could can may might should must did does do not n't`)

// words skipped between a subject and its verb ("has also said")
var auxWords = set(`has have had been is was were are will would could may might did does do also now previously
	earlier later recently reportedly already still again further then publicly officially repeatedly separately
	once twice today yesterday not never`)

// verbs that take "to" before a speech verb: "She declined to confirm"
// negControl before "to" and a speech verb deny the speech.
var negControl = set(`declined refused declines refuses declining refusing`)

var controlVerbs = set(`declined refused wanted wants tried sought appeared seemed went continued refuses declines
	wished hoped was were is are`)

// upperAfterDeterminers reports a capitalised word at k, after at most
// one more determiner: "de la Santé".
func (p *para) upperAfterDeterminers(k int) bool {
	if k < len(p.toks) && p.toks[k].Kind == entity.Word && !p.toks[k].Upper && foreignDeterminers[p.word(k)] {
		k++
	}
	return k < len(p.toks) && p.toks[k].Kind == entity.Word && p.toks[k].Upper
}

// subjectAtStart is the capitalised name that opens the sentence holding
// token v ("Der Landesverband", "Ultium Cells"); none when the sentence
// opens on anything else ("Im Jahr 2022 …").
func (p *para) subjectAtStart(v int) (int, int) {
	k := v
	for k > 0 && p.toks[k-1].Text != "." && p.toks[k-1].Text != "!" && p.toks[k-1].Text != "?" && v-k < 30 {
		k--
	}
	from, to := k, k // (an opening article goes with the name: phrase drops it)
	for to < v && to-from < 5 && p.toks[to].Kind == entity.Word && p.toks[to].Upper && !p.quoted[to] {
		to++
	}
	if to == from || germanOpeners[p.word(from)] {
		return 0, 0
	}
	return from, to
}

// germanOpeners open a German sentence on something other than its
// subject: prepositions and adverbs before the verb.
var germanOpeners = set(`im am in an auf aus bei für mit nach seit von vor zu zum zur über unter laut auch doch dabei damit
	so zudem dennoch trotzdem außerdem insgesamt derzeit heute gestern jetzt nun bereits`)

// foreignAccording are "according to" in German, French and Spanish.
var foreignAccording = set(`laut gemäß gemäss selon según d'après d’après`)

// foreignDeterminers may follow them or join the words of a body's name:
// "laut dem Ministerium", "selon le ministère de", "según el Gobierno".
// romanceDocuments are French and Spanish nouns for a toll or a report
// that its owner's name follows ("le bilan des autorités"); romanceRecent
// the adjectives before them.
var romanceDocuments = set(`bilan bilans rapport chiffres données estimations balance informe datos cifras estimaciones recuento
	baromètre sondage encuesta sondeo étude estudio enquête auditoría audit medición conteo cómputo escrutinio
	résultats resultados comunicado communiqué estimation estimación recensement censo prévisions previsiones
	projections proyecciones calculs cálculos barómetro`)
var romanceRecent = set(`dernier derniers dernière dernières nouveau nouvelle nouvelles último últimos última últimas nuevo nueva
	nuevas provisional provisoire officiel officielle oficial oficiales`)

// cliticPronoun splits a French verb that carries its subject pronoun
// after it: "a-t-il" (a, il), "précise-t-elle" (précise, elle), "ont-ils"
// (ont, ils); pronoun "" when w is no such verb.
func cliticPronoun(w string) (verb, pronoun string) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return "", ""
	}
	switch pr := w[i+1:]; pr {
	case "il", "elle", "ils", "elles":
		if v, ok := strings.CutSuffix(w[:i], "-t"); ok && v != "" {
			return v, pr // "a-t-il", "précise-t-elle"
		}
		switch v := w[:i]; v {
		case "ont", "disent", "estiment", "affirment", "précisent", "ajoutent", "indiquent":
			return v, pr // "ont-ils"
		}
	}
	return "", ""
}

// germanPassiveAux after a participle make it a passive.
var germanPassiveAux = set(`worden wurde wurden werden`)

// romanceAgent is "by" before a document's maker: "publiés par", "publicados por".
var romanceAgent = set(`par por`)

var indefiniteArticles = set(`un une una unos unas`)

var foreignDeterminers = set(`dem der den des die la le les el los las del de du von vom d' d’ l' l’`)

// sourceNouns after German "nach" make a source: "nach Angaben der
// Polizei", "nach Schätzungen von Experten", "nach Hochrechnungen der BA".
var sourceNouns = set(`angaben schätzungen hochrechnungen daten informationen recherchen berechnungen zahlen erkenntnissen
	schätzung berechnung`)

// issuerWords name the kind of body that issues data: "according to
// government data", "city figures", "police estimates".
var issuerWords = set(`government city state federal police census county municipal ministry army military
	hospital company court industry council agency`)

// reportAdjectives describe a report before the name of who made it:
// "according to a new CBS News poll".
var reportAdjectives = set(`new latest recent previous earlier leaked internal annual preliminary official joint
	independent unpublished confidential monthly weekly quarterly final initial draft separate second third`)

// vehicleNouns carry a speaker after from/by/of: "a statement from the White House".
var vehicleNouns = set(`statement statements report release communique communiqué announcement memo letter
	document briefing assessment estimate estimates spokesperson spokesman spokeswoman post video figures data
	statistics records survey poll study numbers census minutes`)

// documentNouns are papers that speak for the institution named before
// them ("court documents", "police records").
var documentNouns = set(`records documents figures data statistics filings papers files audit audits report review
	inquiry investigation survey`)

// nounThenVerb are verbs that show the -s word before them to be their
// subject noun: "estimates put", "reports suggest", "claims show".
var nounThenVerb = set(`put show showed suggest suggested indicate indicated say said put placed are were have had
	vary varied differ range ranged`)

// appositiveParticiples open an appositive that describes a speaker:
// "The company, founded in 1911 and headquartered in Bristol, said".
var appositiveParticiples = set(`founded based headquartered owned run led created established located listed`)

// estimateNouns name a document that "puts" a figure somewhere.
var estimateNouns = set(`estimates estimate figures data projections calculations forecasts forecast results count tally
	assessments assessment`)

// institutionModifiers name who keeps such papers.
var institutionModifiers = set(`court police state government city county federal hospital company official military army
	prison census tax customs immigration`)

// subjects that never name a speaker
var notSpeakers = set(`reports report news information data rumours rumors estimates figures it this that there
	what which who whom these those some many others all one analysis images footage photos video videos study
	studies survey surveys statement statements results tallies tally count counts projections calculations`)

var pronouns = func() map[string]bool {
	m := set(`he she they him her them`)
	for w := range foreignPronouns {
		m[w] = true // "Il a déclaré", "dijo él"
	}
	return m
}()

// clauseConjunctions open a clause; they never modify a speaker ("though
// police estimated").
var clauseConjunctions = set(`though although while whereas but yet because since unless`)

// relativeWords open a relative clause after a noun phrase.
var relativeWords = set(`who whom which that whose`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// para is one paragraph being analysed: its tokens (offsets into the
// article text) and which of them are inside a direct quote.
type para struct {
	text   string // the whole article text
	toks   []entity.Token
	quoted []bool
	quotes []quote
	lower  map[string]bool
}

// quote is a direct quote: toks[from:to] are inside the quotation marks
// (from-1 and to are the marks when present).
type quote struct {
	from, to int
	open     bool // the quote does not close within the paragraph
}

func isQuoteMark(t entity.Token) (open, close, toggle bool) {
	if t.Kind != entity.Punct {
		return
	}
	switch t.Text {
	case "\"", "＂":
		return false, false, true
	case "“", "„", "«", "‘‘":
		return true, false, false
	case "”", "»":
		return false, true, false
	}
	return
}

// markQuotes finds the direct quotes of a paragraph. continued says the
// paragraph before ended inside a quote: when this one does not open with
// a quote mark and holds an odd number of straight quotes, it starts
// inside that quote ("…in the boat.\nThey also seized 3 motors," he said.).
func (p *para) markQuotes(continued, closesSoon bool) {
	p.quoted = make([]bool, len(p.toks))
	in := -1
	if len(p.toks) > 0 {
		if _, _, toggle := isQuoteMark(p.toks[0]); !toggle {
			n, first := p.straightQuotes()
			if n == 0 && continued && closesSoon {
				in = 0 // a paragraph in the middle of a quote that goes on
			}
			// an odd number of straight quotes, the first one closing a
			// sentence (",\" a defence spokesperson said"): the paragraph
			// finishes a quote opened before it
			closing := first > 1 && (p.toks[first-1].Text == "," || p.toks[first-1].Text == "." || p.toks[first-1].Text == "?" ||
				p.toks[first-1].Text == "!") && first+1 < len(p.toks) && p.toks[first+1].Kind == entity.Word
			if closing {
				// "…the other three," a defence spokesperson said; not
				// "The manager said, "They poured in…"
				_, before := speechVerbs[p.word(first-2)]
				after := false
				for k := first + 1; k < len(p.toks) && k <= first+6; k++ {
					if _, ok := speechVerbs[p.word(k)]; ok {
						after = true
						break
					}
				}
				closing = !before && after
			}
			if n%2 == 1 && (continued || closing) {
				in = 0
			}
		}
	}
	lowOpen := false // the open quote is a German „, which “ closes
	for i, t := range p.toks {
		open, close, toggle := isQuoteMark(t)
		if toggle && p.datelineMark(i) {
			continue
		}
		if lowOpen && in >= 0 && (t.Text == "“" || t.Text == "‟") {
			open, close = false, true // „Zitat“
		}
		switch {
		case toggle && in < 0, open && in < 0:
			in = i + 1
			lowOpen = t.Text == "„"
		case toggle && in >= 0, close && in >= 0:
			p.quotes = append(p.quotes, quote{from: in, to: i})
			in = -1
		}
	}
	if in >= 0 {
		p.quotes = append(p.quotes, quote{from: in, to: len(p.toks), open: true})
	}
	for _, q := range p.quotes {
		for i := q.from; i < q.to; i++ {
			p.quoted[i] = true
		}
	}
}

// datelineMark reports a straight quote that stands for a dash after a
// dateline that opens the paragraph, as pages with a broken encoding
// print "JERUSALEM — The …" ("JERUSALEM \" The …", "KYIV, Ukraine \""): it
// opens no quote.
func (p *para) datelineMark(i int) bool {
	if i == 0 || i > 5 || i+1 >= len(p.toks) || p.toks[i+1].Kind != entity.Word || p.toks[i+1].Start == p.toks[i].End {
		return false // a dash stands apart; an opening quote is glued to its word (NASA "lost 200 engineers")
	}
	caps := false
	for k := 0; k < i; k++ {
		t := p.toks[k]
		switch {
		case t.Kind == entity.Punct && t.Text == "," && k > 0:
		case t.Kind == entity.Word && len(t.Text) >= 2 && strings.ToUpper(t.Text) == t.Text && strings.ToLower(t.Text) != t.Text:
			caps = true
		case t.Kind == entity.Word && k > 0 && p.toks[k-1].Text == "," && isUpperWord(t.Text):
			// "KYIV, Ukraine"
		default:
			return false
		}
	}
	return caps
}

// straightQuotes counts the paragraph's straight double quotes and gives
// the index of the first (-1 when none).
func (p *para) straightQuotes() (n, first int) {
	first = -1
	for i, t := range p.toks {
		if _, _, tg := isQuoteMark(t); tg && !p.datelineMark(i) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	return n, first
}

// endsInQuote reports whether the paragraph's last quote is left open.
func (p *para) endsInQuote() bool {
	return len(p.quotes) > 0 && p.quotes[len(p.quotes)-1].open
}

// quoteAt returns the index of the quote holding token i, or -1.
func (p *para) quoteAt(i int) int {
	k := sort.Search(len(p.quotes), func(k int) bool { return p.quotes[k].to > i })
	if k < len(p.quotes) && p.quotes[k].from <= i {
		return k
	}
	return -1
}

func (p *para) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != entity.Word {
		return ""
	}
	return p.toks[i].Lower
}

// cues finds the attributions of the paragraph outside direct quotes.
func (p *para) cues() []Cue {
	var out []Cue
	for v := 0; v < len(p.toks) && len(out) < maxCues; v++ {
		if p.toks[v].Text == ":" && !p.quoted[v] && v > 0 && v+1 < len(p.toks) {
			// "Ministerin Schulze: „Über 810 Millionen …“", "Minister
			// Schulze: "More than …"": a name and a colon open the quote
			if open, _, toggle := isQuoteMark(p.toks[v+1]); open || toggle {
				if from, to := p.npLeftSubject(v - 1); to == v && to > from && (from == 0 || p.toks[from-1].Text == ".") &&
					p.anyUpper(from, to) && p.validSpeaker(from, to) {
					out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to})
				}
			}
			continue
		}
		if p.quoted[v] || p.toks[v].Kind != entity.Word {
			continue
		}
		w := p.word(v)
		if valuedAt(w, p.word(v+1)) {
			continue
		}
		if verb, pr := cliticPronoun(w); pr != "" && !p.quoted[v] {
			// "…, a-t-il précisé", "…, ont-ils ajouté", "…, précise-t-elle":
			// the pronoun after the verb is its subject
			switch {
			case (verb == "a" || verb == "ont") && v+1 < len(p.toks) && romanceParticiple(p.word(v+1)):
				out = append(out, Cue{Verb: v + 1, Phrase: pr, PhraseFrom: v, PhraseTo: v + 1})
				v++
				continue
			case speechVerbs[verb].kind == vSay:
				out = append(out, Cue{Verb: v, Phrase: pr, PhraseFrom: v, PhraseTo: v + 1, Current: true})
				continue
			}
		}
		if germanPassiveAux[p.word(v+1)] && (w == "bestätigt" || w == "gemeldet" || w == "geschätzt" || w == "berichtet" || w == "erwartet") {
			continue // "31 BSE-Fälle sind bestätigt worden": a passive, no speaker
		}
		if own := w == "zufolge" && v > 1 && p.word(v-2) == "eigenen" && sourceNouns[p.word(v-1)] ||
			w == "nach" && p.word(v+1) == "eigenen" && sourceNouns[p.word(v+2)]; own {
			// "Ultium Cells investiert eigenen Angaben zufolge …", "Der
			// Verband vertritt nach eigenen Angaben …": by its own account,
			// the sentence's subject speaks
			if from, to := p.subjectAtStart(v); to > from {
				out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to, Current: true})
			}
			continue
		}
		if w == "zufolge" && v > 0 {
			// "Dem Statistischen Bundesamt zufolge": according to, after
			// its source; "eigenen Angaben zufolge" names no source of its own
			if sourceNouns[p.word(v-1)] {
				continue
			}
			to := v
			from := to
			for from > 0 && to-from < 6 && !p.quoted[from-1] && p.toks[from-1].Kind == entity.Word && p.toks[from-1].Upper {
				from--
			}
			if to > from {
				out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to, Current: true})
			}
			continue
		}
		if w == "nach" && v+1 < len(p.toks) && !p.quoted[v+1] {
			// "nach RKI-Angaben", "nach Polizei-Schätzungen": the source
			// joined to its account
			if src, acc, ok := strings.Cut(p.toks[v+1].Text, "-"); ok && sourceNouns[strings.ToLower(acc)] && src != "" && p.toks[v+1].Upper {
				out = append(out, Cue{Verb: v, Phrase: src, PhraseFrom: v + 1, PhraseTo: v + 2, Current: true})
				continue
			}
		}
		nachAngaben := w == "nach" && sourceNouns[p.word(v+1)] && v+2 < len(p.toks)
		// "de acuerdo con el Banco Central", "de acuerdo a la FAO": according to
		deAcuerdo := (w == "con" || w == "a") && p.word(v-1) == "acuerdo" && p.word(v-2) == "de" && v+1 < len(p.toks)
		if v+2 < len(p.toks) && (w == "para" || w == "pour") && p.toks[v+1].Upper && (v == 0 || entity.SentenceInitial(p.text, p.toks, v)) {
			// "Para Moreau, el reclamo tiene tres patas", "Pour Jan
			// Hamáček, cette attitude est méprisante": in the view of
			to := v + 1
			for to < len(p.toks) && to-v <= 5 && !p.quoted[to] && p.toks[to].Kind == entity.Word && (p.toks[to].Upper || p.romanceOf(to) > 0) {
				to += max(p.romanceOf(to), 1)
			}
			if to < len(p.toks) && p.toks[to].Text == "," && p.toks[to-1].Upper {
				out = append(out, Cue{Verb: v, Phrase: p.phrase(v+1, to), PhraseFrom: v + 1, PhraseTo: to, Current: true})
			}
			continue
		}
		if foreignAccording[w] && v+1 < len(p.toks) || nachAngaben || deAcuerdo {
			// "laut Polizei", "selon le ministère de l'Intérieur", "según el
			// Gobierno": according to, in German, French and Spanish;
			// "nach Angaben der Polizei", "nach Hochrechnungen der BA"
			k := v + 1
			if nachAngaben {
				k = v + 2
			}
			if (w == "según" || w == "selon") && (speechVerbs[p.word(k)].kind == vSay || publishVerbs[p.word(k)]) {
				// "según confirmó el club rojiblanco este miércoles",
				// "según anunció ayer el alcalde, Juan Mari Aburto": a verb
				// of speech, then its subject
				if from, to := p.invertedSubject(k + 1); to > from && p.validSpeaker(from, to) {
					out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to, Current: true})
				}
				continue
			}
			for k < len(p.toks) && k <= v+3 && p.toks[k].Kind == entity.Word && !p.toks[k].Upper && (foreignDeterminers[p.word(k)] || indefiniteArticles[p.word(k)]) {
				k++ // ("selon une estimation de l'Insee")
			}
			// "según el último balance de los servicios de emergencia",
			// "selon le dernier bilan des autorités": the document, then
			// its owner
			if d := k; d < len(p.toks) {
				if romanceRecent[p.word(d)] {
					d++
				}
				if romanceDocuments[p.word(d)] {
					d++
					// adjectives and a participle with its day before the
					// owner: "les résultats définitifs publiés lundi matin
					// par le ministère", "el conteo rápido del INE"
					e := d
					for e < len(p.toks) && e-d < 6 && p.toks[e].Kind == entity.Word && !p.toks[e].Upper && !p.quoted[e] &&
						!foreignDeterminers[p.word(e)] && !romanceAgent[p.word(e)] {
						e++
					}
					if e > d && e < len(p.toks) && (romanceAgent[p.word(e)] || foreignDeterminers[p.word(e)]) {
						d = e
						if romanceAgent[p.word(d)] {
							d++
						}
					}
					for d < len(p.toks) && d <= k+6 && p.toks[d].Kind == entity.Word && !p.toks[d].Upper && foreignDeterminers[p.word(d)] {
						d++
					}
					if d > k+1 && d < len(p.toks) && (foreignDeterminers[p.word(d-1)] || romanceAgent[p.word(d-1)]) || d < len(p.toks) && p.toks[d].Upper && romanceDocuments[p.word(d-1)] {
						k = d // "…des autorités", and "le baromètre Kantar": its maker or name
					}
				}
			}
			from, to := k, k
			germanSource := nachAngaben || w == "laut" || w == "gemäß" || w == "gemäss"
			for to < len(p.toks) && to-from < 6 && !p.quoted[to] && p.toks[to].Kind == entity.Word &&
				(p.toks[to].Upper || to > from && foreignDeterminers[p.word(to)] && p.upperAfterDeterminers(to+1) ||
					germanSource && to > from && foreignDeterminers[p.word(to)] && germanAdjective(p.word(to+1)) && to+2 < len(p.toks) && p.toks[to+2].Upper || // "des Instituts der deutschen Wirtschaft"
					to > from && p.toks[to-1].Upper && !p.toks[to].Upper && p.romanceOf(to+1) > 0 || // "Bureau fédéral du Plan"
					germanSource && to > 0 && foreignDeterminers[p.word(to-1)] && germanAdjective(p.word(to)) && to+1 < len(p.toks) && p.toks[to+1].Upper) { // "des ukrainischen Geheimdienstes"
				to++
			}
			for to > from && !p.toks[to-1].Upper {
				to--
			}
			if to == from && from < len(p.toks) && romanceBody(p.word(from)) {
				to = from + 1 // "selon la police", "según el gobierno"
				if w := p.word(to); (w == "de" || w == "del") && to+1 < len(p.toks) && p.toks[to+1].Kind == entity.Word && !p.toks[to+1].Upper && !foreignDeterminers[p.word(to+1)] {
					to += 2 // "les services de secours", "los servicios de emergencia"
				} else if n := p.romanceOf(to); n > 0 {
					// "selon les chiffres du ministère de la Santé", "según el
					// ministerio de Salud": the body's name after it
					to += n
					for to < len(p.toks) && to-from < 8 && p.toks[to].Kind == entity.Word && p.toks[to].Upper && !p.quoted[to] {
						to++
					}
				}
				// "según el fiscal general, Francisco Barbosa, hay …": the
				// name in apposition to the role speaks
				// (or "selon le ministre sénégalais de l'Hydraulique,
				// Ousmane Sall,"; two words or more: a name, not a clause)
				if s, e := p.appositionName(p.commaAfterRole(to)); e > s {
					from, to = s, e
				}
			}
			if to > from && !vagueSources[p.word(to-1)] { // "laut den neuesten Gerüchten": no one
				out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to, Current: true})
			}
			continue
		}
		if w == "per" && v+2 < len(p.toks) {
			// "…, per the Journal.", "per Reuters": according to; but "per
			// capita", "per 100,000", "per Day" in a title are no sources
			k := v + 1
			if p.word(k) == "the" {
				k++
			}
			if k < len(p.toks) && p.toks[k].Kind == entity.Word && p.toks[k].Upper && !p.quoted[k] && v > 0 && p.toks[v-1].Text == "," {
				if from, to := p.npRight(v + 1); to > from && (to == len(p.toks) || p.toks[to].Text == "." || p.toks[to].Text == ",") && p.validSpeaker(from, to) {
					out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to, Current: true})
				}
			}
			continue
		}
		if w == "according" && p.word(v+1) == "to" {
			from, to := p.npRight(v + 2)
			if to <= from {
				// "according to a new CBS News poll", "the latest Gallup
				// survey": describing words before the name
				k := v + 2
				if det := p.word(k); det == "the" || det == "a" || det == "an" {
					k++
				}
				for n := 0; n < 3 && k < len(p.toks) && !p.quoted[k] && p.toks[k].Kind == entity.Word && !p.toks[k].Upper && reportAdjectives[p.word(k)]; n++ {
					k++
				}
				if k < len(p.toks) && p.toks[k].Kind == entity.Word && p.toks[k].Upper && reportAdjectives[p.word(k-1)] {
					from, to = p.npRight(k)
				}
			}
			if w := p.word(to); to > from && notSpeakers[w] && !relativeWords[w] && !p.anyUpper(from, to) {
				from, to = 0, 0 // "according to news reports"; but "the TexAuto Facts report" names its origin, and "a senior official who spoke" is one
			}
			if to > from && to < len(p.toks) && !p.anyUpper(from, to) && recordNouns[p.word(to)] {
				from, to = 0, 0 // "according to court records": the phrase goes on
			}
			if to > from {
				// "according to a Texas prison statement": the issuer is the
				// name with its lower-case modifiers before the document
				for k := to; k < len(p.toks) && k <= to+2 && p.toks[k].Kind == entity.Word && !p.toks[k].Upper; k++ {
					if vehicleNouns[p.word(k)] {
						to = k
						break
					}
				}
			}
			if to <= from {
				// "according to the state health department's update of
				// the day": the owner of the document speaks
				k := v + 2
				if det := p.word(k); det == "the" || det == "a" || det == "an" {
					k++
				}
				for q := k + 1; q < len(p.toks) && q <= k+5 && !p.quoted[q]; q++ {
					if p.toks[q].Kind == entity.Poss {
						if ownerDocuments[p.word(q+1)] && headIsRole(p, q-1) {
							from, to = k, q
						}
						break
					}
					if p.toks[q].Kind != entity.Word {
						break
					}
				}
			}
			if to <= from {
				// "according to whale rescue group Project Jonah": the kind
				// of body, then its name
				k := v + 2
				if det := p.word(k); det == "the" || det == "a" || det == "an" {
					k++
				}
				if k+1 < len(p.toks) && p.toks[k].Kind == entity.Word && !p.toks[k].Upper && p.toks[k+1].Kind == entity.Poss {
					k += 2 // "according to the country's disaster agency AFAD"
				}
				if n := p.firmBefore(k); n > 0 {
					from, to = p.npRight(n)
				}
			}
			if to <= from {
				// "according to a survey published on Wednesday by mortgage
				// lender Harwood & Sayle": whoever put the document out
				for y := v + 3; y < len(p.toks) && y <= v+9 && !p.quoted[y] && p.toks[y].Kind == entity.Word; y++ {
					if p.word(y) == "by" && p.issuedBefore(y) {
						x := y + 1
						if n := p.firmBefore(x); n > 0 {
							x = n
						}
						for n := 0; n < 3 && x < len(p.toks) && p.toks[x].Kind == entity.Word && !p.toks[x].Upper && p.word(x) != "the"; n++ {
							x++ // "mortgage lender Harwood & Sayle": the kind of body, then its name
						}
						from, to = p.npRight(x)
						break
					}
				}
			}
			if to <= from {
				from, to = p.sourceRight(v + 2)
			}
			if to > from {
				out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to, Current: true})
			}
			continue
		}
		if (w == "estimated" || w == "reported" || w == "announced" || w == "confirmed" || w == "released" || w == "put") && p.word(v+1) == "by" &&
			beWords[p.word(v-1)] || (w == "estimated" || w == "reported" || w == "announced" || w == "confirmed") && p.word(v+1) == "by" && p.word(v-1) == "as" {
			// "damage was estimated by the Greek Commerce Confederation at
			// $1 billion": the agent of a passive speaks
			if from, to := p.npRight(v + 2); to > from && p.anyUpper(from, to) {
				out = append(out, Cue{Verb: v, Phrase: p.phrase(from, to), PhraseFrom: from, PhraseTo: to})
				continue
			}
		}
		info, ok := speechVerbs[w]
		if !ok && countVerbs[w] && p.figureAfter(v) {
			// "Trend Micro has identified 10,000 infected sites", "the WHO
			// recorded 500 cases": the subject counted them
			info, ok = verbInfo{kind: vSubjectOnly, current: false}, true
		}
		if !ok && thatVerbs[w] && p.thatAfter(v) {
			// "the Lancet Commission found that", "the CBO projects that"
			info, ok = verbInfo{kind: vSubjectOnly, current: strings.HasSuffix(w, "s")}, true
		}
		if !ok && (w == "found" || w == "finds" || w == "concluded" || w == "concludes") && p.closingDocument(v) {
			// "…, the study found.": a document closes the sentence it reports
			info, ok = verbInfo{kind: vSay, current: w == "finds" || w == "concludes"}, true
		}
		if !ok && putVerbs[w] && p.putAt(v) && !estimateNouns[p.word(v-1)] {
			// "Police put the march at roughly 30,000 people" (but
			// "Preliminary estimates put damage at": a document, whose
			// source the sentence names elsewhere if at all)
			info, ok = verbInfo{kind: vSubjectOnly, current: w == "puts"}, true
		}
		if !ok && (w == "released" || w == "published" || w == "issued") && p.dataAfter(v) {
			// "the CDC released new data this week: more than 3,700
			// cases": the figures after the colon are the body's
			info, ok = verbInfo{kind: vSubjectOnly, current: false}, true
		}
		if !ok && (w == "issued" || w == "released") && p.statementAfter(v) {
			// "Big Machine Records issued a statement": it speaks, and
			// "the statement read" later is its
			info, ok = verbInfo{kind: vSubjectOnly, current: false}, true
		}
		if !ok || p.toks[v].Upper && !entity.SentenceInitial(p.text, p.toks, v) {
			continue
		}
		if baseForms[w] && !modalBefore[p.word(v-1)] && !(v >= 2 && modalBefore[p.word(v-2)] && auxWords[p.word(v-1)]) &&
			!(roleNoun(p.word(v-1)) && strings.HasSuffix(p.word(v-1), "s") || p.word(v-1) == "police") {
			continue // "the state government", "a report": not "declined to state" nor "officials report"
		}
		if strings.HasSuffix(w, "ed") && v > 0 && p.toks[v-1].Kind == entity.Poss {
			continue // "the state's confirmed caseload", "the city's estimated 3,000": an adjective
		}
		if strings.HasSuffix(w, "s") && nounThenVerb[p.word(v+1)] {
			continue // "Preliminary estimates put damage at", "Reports suggest": a noun, then its verb
		}
		if (w == "reported" || w == "reports" || w == "report") && (p.word(v+1) == "to" || p.word(v+1) == "for") {
			continue // "officers reported to the scene", "staffers who reported for duty"
		}
		if ambiguousVerbs[w] && !p.speechContext(v) {
			continue
		}
		c := Cue{Verb: v, Current: info.current}
		// "declined to confirm", "refused to disclose", "would not say":
		// the speaker stays known, but did not say the figure
		c.Denied = (baseForms[w] || w == "say" || w == "comment") && (p.word(v-1) == "not" || p.word(v-1) == "to" && negControl[p.word(v-2)])
		if w == "show" || w == "shows" || w == "showed" {
			// only data with a named origin speaks this way: "Figures from
			// the UN show"; "Polls show", "Russia showed 40 tanks" do not
			if from, to := p.vehicle(v); to > from && p.validSpeaker(from, to) {
				c.Phrase, c.PhraseFrom, c.PhraseTo = p.phrase(from, to), from, to
				out = append(out, c)
			} else if d := v - 1; d >= 1 && (issuedNouns[p.word(d)] || p.word(d) == "minutes") && p.word(d-1) == "the" && !p.toks[d].Upper && !p.quoted[d-1] {
				// "The minutes showed", "the study shows": the document
				// speaks for its issuer, if the article named one
				c.Phrase, c.PhraseFrom, c.PhraseTo = p.phrase(d-1, d+1), d-1, d+1
				out = append(out, c)
			} else if d := v - 1; d >= 1 && documentNouns[p.word(d)] && institutionModifiers[p.word(d-1)] && !p.quoted[d-1] {
				// "Court documents show", "State records show": the papers
				// of an institution
				c.Phrase, c.PhraseFrom, c.PhraseTo = p.phrase(d-1, d+1), d-1, d+1
				out = append(out, c)
			}
			continue
		}
		if w == "adding" && p.word(v+1) == "to" {
			continue // "…, adding to the misery": no speech
		}
		if w == "claiming" && p.claimsLives(v) {
			continue // "…, claiming the lives of five people": no speech
		}
		if w == "saying" && p.word(v-1) == "as" {
			// "Iranian officials were quoted by AP as saying": the subject
			// of "quoted" speaks
			if q := p.quotedActiveBefore(v - 1); q > 0 && q+1 < v-1 {
				// "IRNA quoted the head of the zone, Ali Rezapour, as
				// saying": the object speaks, by name when an apposition
				// gives one
				from, to := q+1, v-1
				if p.toks[to-1].Text == "," {
					to--
				}
				for k := to - 1; k > from; k-- {
					if p.toks[k].Text == "," {
						from = k + 1
						break
					}
				}
				if to > from && p.validSpeaker(from, to) {
					c.Phrase, c.PhraseFrom, c.PhraseTo = p.phrase(from, to), from, to
					out = append(out, c)
				}
			} else if q := p.quotedAsBefore(v - 1); q > 0 {
				x := q - 1
				for x > 0 && auxWords[p.word(x)] {
					x-- // "were", "have been"
				}
				if from, to := p.npLeftSubject(x); to > from && p.validSpeaker(from, to) {
					c.Phrase, c.PhraseFrom, c.PhraseTo = p.phrase(from, to), from, to
					out = append(out, c)
				}
			}
			continue
		}
		from, to := p.npLeft(v)
		if germanPluralSay[w] {
			// "wie die Behörden am Dienstag mitteilten": the clause puts its
			// verb last, and its subject right after "wie"
			from, to = p.wieSubject(v)
		} else if germanFinalSay[w] && (v+1 >= len(p.toks) || p.toks[v+1].Text == "," || p.toks[v+1].Text == ".") {
			// "wie Vorstandschef Klaus Herbers am Dienstag in Ludwigshafen
			// mitteilte": the same with one speaker
			if f, t := p.wieSubject(v); t > f {
				from, to = f, t
			}
		}
		if germanV2[w] && (to <= from || germanPreps[p.word(from)] || from >= 1 && germanPreps[p.word(from-1)] || from >= 2 && germanPreps[p.word(from-2)] ||
			timex.IsCalendarWord(p.word(to-1))) && v+1 < len(p.toks) && (germanArticles[p.word(v+1)] || p.toks[v+1].Upper) {
			// "Für dieses Jahr rechnet das US-Unternehmen mit …", "Im
			// November sagte der Sprecher": a fronted phrase, and the
			// subject after the verb
			from, to = p.npRight(v + 1)
			if to > from && (p.roleWithinRomance(from, to) || germanArticles[p.word(from)]) {
				// "sagte der Präsident des Deutschen Bauernverbands (DBV),
				// Heinrich Lohmann": the name in apposition to the role
				if s, e := p.appositionName(p.commaAfterRole(to)); e > s {
					from, to = s, e
				}
			}
		}
		if to <= from && v >= 3 && (p.word(v-1) == "which" || p.word(v-1) == "who") && p.toks[v-2].Text == "," && info.kind == vSay && !p.quoted[v-1] {
			// "Westmoor, which said it had already paid about £60m": the
			// relative clause's antecedent speaks
			if f, t := p.npLeftAt(v - 3); t > f && p.validSpeaker(f, t) {
				from, to = f, t
			}
		}
		if to <= from && v >= 3 && (p.word(v-1) == "and" || p.word(v-1) == "but") && info.kind == vSay && !p.quoted[v-1] {
			// "Mayor Eric Garcetti called the numbers heartbreaking and
			// said …": the second verb shares the sentence's subject
			if f, t := p.subjectAtStart(v); t > f && t < v-2 && p.toks[t].Kind == entity.Word && !p.toks[t].Upper &&
				!sentenceOpeners[p.word(f)] {
				// (with a role and a name after the opening capitals: "DUP
				// Balmoral councillor Sarah Bunting has said … and says")
				e := t
				for e < v-2 && p.toks[e].Kind == entity.Word && !p.toks[e].Upper && roleNoun(p.word(e)) {
					e++
				}
				if e > t && p.toks[e].Kind == entity.Word && p.toks[e].Upper {
					for e < v && p.toks[e].Kind == entity.Word && p.toks[e].Upper {
						e++
					}
					t = e
				}
				if !p.subordinateBetween(t, v) && p.validSpeaker(f, t) {
					from, to = f, t
				}
			}
		}
		if to <= from && v >= 4 && p.toks[v-1].Text == "," && p.toks[v-3].Text == "," && p.toks[v-2].Kind == entity.Word &&
			!p.toks[v-2].Upper && strings.HasSuffix(p.word(v-2), "ing") {
			from, to = p.npLeft(v - 3) // "Michael Fitton, defending, said": a court role set off by commas
		}
		if to <= from && v >= 3 && p.toks[v-1].Text == "," {
			// "Chief Executive Officer (Acting) of the Authority, Gary
			// Scott, added": a name in apposition to a long title
			k := v - 2
			for k >= 0 && v-2-k < 4 && p.toks[k].Kind == entity.Word && p.toks[k].Upper && !p.quoted[k] {
				k--
			}
			if k >= 1 && v-1-(k+1) >= 2 && p.toks[k].Text == "," && p.toks[k-1].Kind == entity.Word && p.toks[k-1].Upper {
				from, to = k+1, v-1
			}
			// "her mother, Fiona, said": a relative or a role named after it
			if k >= 2 && v-1-(k+1) >= 1 && p.toks[k].Text == "," && p.toks[k-1].Kind == entity.Word &&
				(kinNouns[p.word(k-1)] || roleNoun(p.word(k-1))) && possessives[p.word(k-2)] {
				from, to = k+1, v-1
			}
		}
		switch {
		case to > from:
		case info.kind == vParticiple && v > 0 && p.toks[v-1].Text == ",":
			c.Elided = true
		case info.kind == vSay && p.invertible(v):
			n := v + 1
			if w := p.word(n); (romanceArticles[w] || w == "ce" || w == "este") && timex.IsRomanceCalendarWord(p.word(n+1)) {
				n++ // "…, dijo el martes el vicepresidente"
			}
			from, to = p.invertedSubject(n)
		}
		if to <= from && !c.Elided {
			from, to = p.vehicle(v)
		}
		if to > from {
			c.Phrase, c.PhraseFrom, c.PhraseTo = p.phrase(from, to), from, to
		} else if !c.Elided {
			continue
		}
		if !c.Elided && !p.validSpeaker(from, to) {
			continue
		}
		if countVerbs[w] && !c.Elided && to > from && !headIsRole(p, to-1) && (!p.toks[to-1].Upper ||
			to-from == 1 && entity.SentenceInitial(p.text, p.toks, from) && strings.HasSuffix(p.word(from), "s")) {
			continue // "Temperatures recorded 40 degrees": no one counted them
		}
		if !c.Elided && to <= v && from > 0 && p.word(from) == "the" && to > from+1 && p.toks[from+1].Upper && recipientPreps[p.word(from-1)] {
			continue // "documents leaked to the New York Times have unveiled": an object, not the subject
		}
		if !c.Elided && to == from+1 && to <= v && !p.toks[from].Upper && from > 0 && objectPreps[p.word(from-1)] {
			continue // "a vehicle described on radio reports": a noun after a preposition is no subject
		}
		out = append(out, c)
	}
	return out
}

// invertedSubject reads the subject after an inverted verb of speech from
// token n on: "…, a déclaré mardi le vice-président Fuat Oktay", "informó
// ayer la petrolera", "a indiqué dimanche le ministre de l'Intérieur,
// Bernard Cazeneuve" (the name in apposition to the role speaks).
func (p *para) invertedSubject(n int) (int, int) {
	if timex.IsRomanceCalendarWord(p.word(n)) && !p.toks[n].Upper || romanceToday[p.word(n)] {
		n++
		if romanceDayParts[p.word(n)] {
			n++ // "a déclaré lundi soir le préfet"
		}
	}
	n += p.romanceAside(n) // "informó por su parte el Ministerio"
	if w := p.word(n); w == "a" || w == "à" || w == "al" || w == "au" || w == "aux" {
		// "según dijeron a El País dos fuentes", "a déclaré à l'AFP le
		// ministre": the one told comes first, then the subject
		n++
		if romanceArticles[p.word(n)] {
			n++
		}
		if n < len(p.toks) && p.toks[n].Kind == entity.Word && !p.toks[n].Upper && romanceBody(p.word(n)) {
			n++ // "a déclaré à la presse le ministre"
		} else {
			for k := 0; k < 4 && n < len(p.toks) && p.toks[n].Kind == entity.Word && p.toks[n].Upper; k++ {
				n++
			}
		}
	}
	from, to := p.npRight(n)
	if to > from && p.roleWithinRomance(from, to) {
		if s, e := p.appositionName(p.commaAfterRole(to)); e > s {
			from, to = s, e
		}
	}
	return from, to
}

// publishVerbs after "según" report a source's figures: "según publicó
// ayer el Instituto Nacional de Estadística".
var publishVerbs = set(`publicó publica publicaron difundió difunde divulgó`)

// romancePossessives may open an inverted subject: "informó ayer su
// director general", "a commenté son directeur financier".
var romancePossessives = set(`su sus son sa ses leur`)

// romanceToday are the French and Spanish days named without a weekday.
var romanceToday = set(`ayer hoy anteayer hier aujourd'hui avant-hier anoche`)

// sentenceOpeners open a sentence on something other than its subject.
var sentenceOpeners = set(`after before when while because since although though if as once until in on at for by with from`)

// subordinateBetween reports a subordinating conjunction or a capitalised
// word between tokens from and to: the "and" there may join another
// clause's verbs ("resigned in July after Tory MPs rebelled and said").
func (p *para) subordinateBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if subordinators[p.word(k)] || p.toks[k].Upper {
			return true
		}
	}
	return false
}

// romanceDayParts follow a weekday: "lundi soir", "el martes por la noche" is not read.
var romanceDayParts = set(`soir matin midi après-midi soirée nuit`)

// romanceAside returns the length of an aside between an inverted verb and
// its subject: "informó por su parte el Ministerio", "a indiqué pour sa part
// le préfet", "a précisé de son côté la mairie"; 0 when there is none.
func (p *para) romanceAside(n int) int {
	if romanceAside3(p.word(n), p.word(n+1), p.word(n+2)) {
		return 3
	}
	return 0
}

func romanceAside3(a, b, c string) bool {
	return a == "por" && (b == "su" || b == "otra") && c == "parte" ||
		a == "pour" && (b == "sa" || b == "leur") && c == "part" ||
		a == "de" && (b == "son" || b == "leur") && c == "côté" ||
		a == "à" && (b == "son" || b == "leur") && c == "tour" ||
		a == "a" && b == "su" && c == "vez"
}

// romanceAdjective reports a French or Spanish adjective of nationality
// or of level that follows its noun: "chileno", "français", "mexicana",
// "federal", "municipale".
func romanceAdjective(w string) bool {
	if len(w) < 5 || w == "general" || w == "principal" || w == "général" || w == "générale" {
		return false // "el fiscal general", "le procureur général": part of the role
	}
	for _, suf := range []string{"eno", "ena", "ano", "ana", "ais", "aise", "ien", "ienne", "ol", "ola", "és", "esa", "ense",
		"ico", "ica", "ique", "al", "ale", "aux", "ino", "ina"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleWithinRomance reports a French or Spanish role or body word among
// tokens from..to: "le ministre de l'Intérieur", "el coordinador nacional
// de Protección Civil", "la consejera presidenta del organismo".
func (p *para) roleWithinRomance(from, to int) bool {
	for k := from; k < to; k++ {
		if w := p.word(k); romanceBody(w) || roleNoun(w) || romanceRole(w) || entity.IsTitleWord(w) {
			return true
		}
	}
	return false
}

// romanceRoleWords are French and Spanish roles that romanceBodies (words
// that can stand alone as a source) leave out.
var romanceRoleWords = set(`coordinateur coordinatrice coordinador coordinadora consejero consejera chef-adjoint
	vice-président vice-présidente vicepresidente vicepresidenta conseiller conseillère
	commissaire comisario comisaria délégué déléguée delegado delegada rapporteur rapporteuse
	directivo directiva dirigeant dirigeante dirigente adjoint adjointe adjunto adjunta`)

// romanceRole reports a word of romanceRoleWords, elided article and all
// ("l'adjoint").
func romanceRole(w string) bool { return romanceRoleWords[unelide(w)] }

// appositionName returns a person's name set off by a comma right after
// the phrase that ends at token to ("le préfet, Thierry Marchal, lors de",
// "el alcalde, Juan Mari Aburto."): two to five capitalised words, with
// the particles of names between them ("Dominique de Villepin", "Yves Le
// Goff"), closed by a comma or the sentence's end.
func (p *para) appositionName(to int) (int, int) {
	if to < 0 || to+2 >= len(p.toks) || p.toks[to].Text != "," || p.quoted[to+1] {
		return 0, 0
	}
	s, e, upper := to+1, to+1, 0
	if !p.toks[s].Upper {
		return 0, 0 // "…, le Nouveau Front populaire obtient": a clause, not a name
	}
	for e < len(p.toks) && e-s < 6 && p.toks[e].Kind == entity.Word && !p.quoted[e] {
		if p.toks[e].Upper {
			upper++
		} else if !nameParticles[p.word(e)] || e+1 >= len(p.toks) || !p.toks[e+1].Upper {
			break
		}
		e++
	}
	if upper < 2 || !p.toks[e-1].Upper || strings.Contains(p.text[p.toks[to].End:p.toks[e-1].Start], "\n") {
		return 0, 0
	}
	if e < len(p.toks) && p.toks[e].Text != "," && p.toks[e].Text != "." && p.toks[e].Text != ";" {
		return 0, 0 // "Según el alcalde, Madrid Central redujo …": a clause's subject, not a name set off
	}
	return s, e
}

// commaAfterRole returns the comma that ends a role phrase from token to
// on: its adjectives and the body it serves ("démissionnaire de
// l'Intérieur", "general", "de la Generalitat"), at most six words; or -1.
func (p *para) commaAfterRole(to int) int {
	for c := to; c < len(p.toks) && c <= to+9 && !p.quoted[c]; c++ {
		switch t := p.toks[c]; {
		case t.Text == ",":
			return c
		case t.Kind != entity.Word && t.Text != "'" && t.Text != "’" && t.Text != "-" && t.Text != "(" && t.Text != ")":
			return -1 // (the body's initials may follow it: "des Deutschen Bauernverbands (DBV)")
		}
	}
	return -1
}

// nameParticles join the parts of a person's name.
var nameParticles = set(`de del della di da du des von van der den le la y`)

// recipientPreps put a name after them in an object ("leaked to the New
// York Times", "in talks with the IMF"); "a statement from the Red Cross"
// and "a study in The Lancet" still name a speaker.
var recipientPreps = set(`to with into onto about against`)

// objectPreps make the noun after them an object, never a subject.
var objectPreps = set(`on in from to by with about of into onto at for`)

func (p *para) phrase(from, to int) string {
	if to-from > 1 && (germanArticles[p.word(from)] || romanceArticles[p.word(from)]) &&
		(!p.toks[from].Upper || from == 0 || entity.SentenceInitial(p.text, p.toks, from)) { // but "said Der Spiegel editor"
		from++ // "Der Sprecher sagte", "dem Statistischen Bundesamt zufolge": the article is no part of the name
	}
	out := p.text[p.toks[from].Start:p.toks[to-1].End]
	for _, el := range []string{"L'", "l'", "L’", "l’"} {
		if rest, ok := strings.CutPrefix(out, el); ok && rest != "" {
			return rest // "L'armée a estimé": the army
		}
	}
	return out
}

// germanArticles open a German noun phrase.
var germanArticles = set(`der die das dem den des ein eine einer eines einem einen`)

// romanceArticles open a French or Spanish noun phrase before a name ("la
// Maison Blanche", "el Gobierno").
var romanceArticles = set(`le la les l l' l’ el los las`)

// germanV2 are German verbs read here whose subject may follow them when
// a phrase is fronted; germanPreps open such a phrase.
var germanV2 = set(`rechnet rechnen rechnete rechneten erwartete erwarteten prognostizierte sagte sagt erklärte erklärt
	teilte teilt meldete meldet schätzte schätzt kündigte kündigten`)

// germanPluralSay are plural German verbs of speech, read only at the end
// of a "wie" clause.
var germanPluralSay = set(`sagten erklärten betonten berichteten schrieben warnten mitteilten teilten meldeten bestätigten`)

// wieSubject reads the subject of a German "wie …" clause whose verb is at
// v: "wie die Behörden mitteilten", "wie die beiden Fachleute auf einer
// Pressekonferenz berichteten".
func (p *para) wieSubject(v int) (int, int) {
	for y := v - 1; y >= 0 && v-y <= 16 && !p.quoted[y]; y-- {
		if t := p.toks[y]; t.Kind == entity.Punct && t.Text != "." && t.Text != "-" {
			return 0, 0
		}
		if p.word(y) != "wie" {
			continue
		}
		k := y + 1
		for k < v && (p.toks[k].Kind == entity.Word && !p.toks[k].Upper || p.toks[k].Kind == entity.Number) && k-y <= 3 {
			if p.toks[k].Kind == entity.Number || smallNumbersDE[p.word(k)] {
				return 0, 0 // "wie sechs Quellen berichteten": the figure counts the sources
			}
			k++ // "die", "beiden", "zuständigen"
		}
		e := k
		for e < v && e-k < 6 && p.toks[e].Kind == entity.Word && (p.toks[e].Upper || p.word(e) == "und" && e+1 < v && p.toks[e+1].Upper ||
			(p.word(e) == "der" || p.word(e) == "des") && e > k && e+1 < v && p.toks[e+1].Upper && !timex.IsGermanCalendarWord(p.word(e+1))) {
			e++ // ("ein Sprecher der Deutschen Bundesbank")
		}
		if e > k {
			return k, e
		}
		return 0, 0
	}
	return 0, 0
}

// germanFinalSay are singular German verbs of speech that end a "wie"
// clause.
var germanFinalSay = set(`mitteilte sagte erklärte berichtete meldete bestätigte ankündigte betonte schrieb`)

// smallNumbersDE are German number words that may open a subject.
var smallNumbersDE = set(`zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend hunderte tausende`)

var germanPreps = set(`für im am in nach seit mit bei auf von vor zu zum zur laut wegen trotz angesichts`)

// vagueSources name no one: "laut Medienberichten", "selon des rumeurs".
var vagueSources = set(`gerüchten gerüchte berichten medienberichten presseberichten informationen rumeurs rumores
	medios médias`)

// germanAdjective reports a lower-case German word with an adjective's
// ending, which may stand inside a name's phrase before its noun:
// "nach Angaben des ukrainischen Geheimdienstes".
func germanAdjective(w string) bool {
	return len(w) > 4 && textproc.GermanInflected(w)
}

// romanceOfWords are the French and Spanish forms of "of".
var romanceOfWords = set(`de del du des`)

// romanceSources are "sources" whose owner can speak: "fuentes de
// Montecon dijeron".
var romanceSources = set(`fuentes fuente sources source`)

// romanceOf returns how many tokens a French or Spanish "of" at y takes
// when it joins two parts of a name, 0 if it does not: "de" in
// "Ministerio de Salud" and "Philippe de Gonneville" (1), "de la" in
// "Contraloría General de la República" and "de l'" in "ministère de
// l'Intérieur" (2), "des" in "préfecture des Pyrénées-Atlantiques" (1).
func (p *para) romanceOf(y int) int {
	w := p.word(y)
	if !romanceOfWords[w] {
		return 0
	}
	k := y + 1
	if w == "de" {
		switch p.word(k) {
		case "la", "l'", "l’", "los", "las", "le", "les":
			k++
		}
	}
	if k < len(p.toks) && p.toks[k].Kind == entity.Word && p.toks[k].Upper && !p.quoted[k] {
		return k - y
	}
	return 0
}

// romanceBodies are French and Spanish common nouns for a body that can be
// a source after "selon" or "según" without a name.
var romanceBodies = set(`police gouvernement autorités ministère armée pompiers préfecture mairie justice parquet
	policía gobierno autoridades ministerio ejército bomberos fiscalía ayuntamiento
	secours opérateur compagnie entreprise société hôpital agence gendarmerie ministre président porte-parole maire
	procureur responsables servicios emergencias compañía empresa guardia portavoz ministro presidente alcalde
	hospital agencia fiscal responsables services abogado abogada procurador procuradora juez jueza vocero vocera
	director directora gerente secretario secretaria jefe jefa titular ministra presidenta alcaldesa gobernador
	gobernadora diputado diputada senador senadora concejal funcionario funcionaria fonctionnaire empleado empleada
	miembro membre integrante representante représentant représentante avocat avocate directeur directrice préfet juge procureure
	député députée sénateur sénatrice présidente secrétaire patron chef
	petrolera aerolínea entidad organismo institución institution organisme groupe constructeur banco banque
	firma federación fédération asociación association sindicato syndicat universidad université
	operador club équipe equipo tribunal cour corte juzgado audiencia organizadores organisateurs sindicatos syndicats`)

// romanceBody reports a word of romanceBodies, elided article and all
// ("l'opérateur").
func romanceBody(w string) bool { return romanceBodies[unelide(w)] }

// unelide drops a French elided article from w ("l'opérateur").
func unelide(w string) string {
	for _, el := range []string{"l'", "l’"} {
		w = strings.TrimPrefix(w, el)
	}
	return w
}

// romanceAux are the French and Spanish auxiliaries of a compound past
// ("a déclaré", "ont indiqué", "ha dicho").
var romanceAux = set(`a ont avait avaient ha han había habían`)

// romanceParticiple reports a French or Spanish past participle of a verb
// of speech.
func romanceParticiple(w string) bool {
	switch w {
	case "déclaré", "affirmé", "indiqué", "annoncé", "précisé", "expliqué", "souligné", "estimé", "ajouté", "confirmé",
		"dicho", "afirmado", "declarado", "explicado", "señalado", "indicado", "anunciado", "confirmado", "asegurado",
		"dit", "reconnu", "assuré", "averti", "rapporté", "raconté", "répondu", "reconocido", "añadido", "estimado", "advertido",
		"informado", "precisado", "detallado", "commenté", "revendiqué", "chiffré", "évalué", "cifrado", "elevado":
		return true
	}
	return false
}

// npLeft returns the speaker phrase ending before the verb at v (after
// auxiliaries and adverbs), with an appositive skipped ("Kyrylo Budanov,
// the head of ..., confirmed").
func (p *para) npLeft(v int) (int, int) {
	x := v - 1
	if x >= 1 && romanceAux[p.word(x)] && romanceParticiple(p.word(v)) {
		x-- // "Antony Blinken a déclaré", "el ministro ha dicho"
	}
	for x >= 0 && !p.quoted[x] {
		w := p.word(x)
		switch {
		case auxWords[w] || strings.HasSuffix(w, "ly") && len(w) > 4:
			// a passive ("have been announced") has no speaking subject
			if vw := p.word(v); beWords[w] && (strings.HasSuffix(vw, "ed") || vw == "said" || vw == "told" || vw == "thought" || vw == "written" || vw == "forecast" || vw == "seen" || vw == "shown") {
				return 0, 0
			}
			x--
			continue
		case w == "to" && controlVerbs[p.word(x-1)]:
			x -= 2
			continue
		case (timex.IsCalendarWord(w) || timex.IsGermanCalendarWord(w) && (p.word(x-1) == "am" || p.word(x-1) == "im")) && x > 0:
			// "Amnesty International on Tuesday said", "wie das
			// Innenministerium am Montag mitteilte"
			x--
			if p.word(x) == "on" || p.word(x) == "am" {
				x--
			}
			continue
		case (w == "morning" || w == "afternoon" || w == "evening" || w == "night" || w == "today" || w == "yesterday") && x > 0:
			// "Hastings this morning announced", "the ministry yesterday said"
			x--
			if w := p.word(x); w == "this" || w == "last" || w == "on" || w == "early" || w == "late" {
				x--
			}
			continue
		case x >= 3 && romanceAside3(p.word(x-2), p.word(x-1), w) && romanceAux[p.word(x-3)] && romanceParticiple(p.word(v)):
			x -= 4 // "La CGT a pour sa part revendiqué"
			continue
		case x >= 1 && !p.toks[x].Upper && p.toks[x].Kind == entity.Word && romanceAdjective(w) && !roleNoun(w) && !romanceBody(w) &&
			p.toks[x-1].Kind == entity.Word && romanceBody(p.word(x-1)):
			x-- // "El Gobierno chileno cifró", "le gouvernement français a annoncé"
			continue
		case p.toks[x].Text == ")" && x >= 5 && p.toks[x-4].Text == "(" && p.toks[x-2].Text == ":" && p.toks[x-1].Caps && p.toks[x-3].Caps &&
			(p.toks[x-5].Upper || p.toks[x-5].Text == "."):
			// "Velarix Systems, Inc. (NASDAQ: VLRX) today announced": a
			// stock ticker after the name (and its legal suffix)
			x = p.beforeCorpSuffix(x - 5)
			continue
		case p.toks[x].Text == ")" && x >= 3 && p.toks[x-2].Text == "(" && p.toks[x-1].Caps && p.toks[x-3].Upper:
			// "South Korea's National Intelligence Service (NIS) said":
			// the body's initials after its name
			x -= 3
			continue
		case p.toks[x].Text == ")" && x >= 4 && p.toks[x-3].Text == "(" && p.toks[x-1].Upper && p.toks[x-2].Upper && p.toks[x-4].Upper:
			// "the California Department of Forestry and Fire Protection
			// (Cal Fire) said": a short name after the full one
			x -= 4
			continue
		}
		break
	}
	if x < 0 || p.quoted[x] {
		return 0, 0
	}
	// "Paganini and his team reported", "Smith and her colleagues found":
	// the named lead speaks for the group
	if teamNouns[p.word(x)] && x >= 3 && (p.word(x-1) == "his" || p.word(x-1) == "her" || p.word(x-1) == "their") && p.word(x-2) == "and" {
		if f, t := p.npLeftSubject(x - 3); t > f && p.toks[t-1].Upper {
			return f, t
		}
	}
	from, to := p.npLeftSubject(x)
	if to > from && from >= 2 && placePreps[p.word(from-1)] {
		// "NASA scientists using a telescope atop Mauna Kea have
		// confirmed": the name ends a participle phrase; its subject is
		// before the participle
		for y := from - 2; y >= 1 && y >= from-7; y-- {
			if w := p.word(y); strings.HasSuffix(w, "ing") && len(w) > 4 && !p.toks[y].Upper && determiners[p.word(y+1)] {
				if f, t := p.npLeftSubject(y - 1); t > f && p.validSpeaker(f, t) {
					return f, t
				}
				return 0, 0
			}
		}
	}
	if to <= from {
		from, to = p.roleOfGroup(x) // "executives of both companies announced"
	}
	if to <= from && vehicleNouns[p.word(x)] && x > 0 && p.toks[x-1].Upper && !institutionModifiers[p.word(x-1)] {
		// "a Defence Ministry release said": the body that issued it
		if f, t := p.npLeftAt(x - 1); t > f && p.allUpperWords(f, t) {
			from, to = f, t
		}
	}
	if to <= from && documentNouns[p.word(x)] && x > 0 && institutionModifiers[p.word(x-1)] {
		// "Court documents say", "police records indicate": papers of an
		// institution speak for it
		from, to = x-1, x+1
	}
	if to <= from || to-from == 1 && !p.toks[from].Upper && !roleNoun(p.word(from)) {
		// "The Lancet Commission on pollution and health found": a body
		// named with lower-case words after "on", "for" or "of"
		for y := x - 1; y > 0 && x-y <= 6 && !p.quoted[y] && p.toks[y].Kind == entity.Word; y-- {
			if w := p.word(y); w == "the" || w == "a" || w == "an" || timeWords[w] {
				break // "the White House on the same day indicated": when, not a name
			}
			if w := p.word(y); (w == "on" || w == "for" || w == "of" || w == "against") && p.toks[y-1].Upper && entity.IsOrgCue(p.word(y-1)) {
				if f, t := p.npLeftAt(y - 1); t > f {
					from, to = f, x+1
				}
				break
			}
		}
	}
	if to <= from {
		// "a spokesperson at naval headquarters said": a role, then where
		// it sits in lower-case words
		// ("rescuers in the rebel-held northwest put the toll at")
		for y := x; y > 1 && x-y <= 6 && !p.quoted[y] && p.toks[y].Kind == entity.Word && !p.toks[y].Upper; y-- {
			if w := p.word(y); (w == "at" || w == "for" || w == "from" || w == "with" || w == "in" && p.word(y+1) == "the") && headIsRole(p, y-1) {
				if f, t := p.npLeftAt(y - 1); t > f {
					from, to = f, x+1
				}
				break
			}
		}
	}
	if to <= from {
		// "analysts who have done the calculations say": the subject is
		// before the relative clause
		for y := x; y > 0 && x-y <= 8 && !p.quoted[y] && p.toks[y].Kind == entity.Word; y-- {
			if w := p.word(y); w == "who" || w == "which" {
				if f, t := p.npLeftAt(y - 1); t > f && (headIsRole(p, t-1) || p.toks[t-1].Upper) {
					from, to = f, t
				}
				break
			}
		}
	}
	// "Health authorities in China's Inner Mongolia confirmed"
	if to > from && from >= 2 && (p.word(from-1) == "against" || p.word(from-1) == "about") {
		return 0, 0 // "The charges against Olson allege": the charges, not Olson
	}
	if w := p.word(from - 2); to > from && from >= 2 && p.romanceOf(from-1) == 1 && !p.toks[from-2].Upper && !romanceBody(w) && !romanceDocuments[w] && !romanceSources[w] &&
		!entityTitle(w) && !roleNoun(w) && // "New York mayor de Blasio said"
		(p.toks[from-2].Kind == entity.Word || p.knownPlaceAt(from, to)) {
		// "un medio de comunicación de Chile reveló", "la Procuraduría ad
		// hoc del caso Lava Jato identificó": the name completes another
		// noun, it is not the speaker
		return 0, 0
	}
	if w := p.word(from - 1); to > from && from >= 2 && p.toks[from-1].Kind == entity.Word && !p.toks[from-1].Upper && !romanceBody(w) &&
		!romanceDocuments[w] && !romanceArticles[w] && !germanArticles[w] && romanceOfWords[p.word(from-2)] {
		return 0, 0 // "del caso Lava Jato": the name of a case
	}
	if to > from && from >= 2 {
		if w := p.word(from - 1); w == "in" || w == "of" || w == "at" || w == "from" {
			if f2, t2 := p.npLeftAt(from - 2); t2 > f2 && headIsRole(p, t2-1) {
				return f2, to
			}
			if w == "in" && !p.roleWithin(from, to) && !hasOrgCue(p.phrase(from, to)) {
				return 0, 0 // "Local evening news in Michigan reported": the place is not the speaker
			}
		}
	}
	return from, to
}

var beWords = set(`been be being is are was were`)

// roleOfGroup reads "ROLE of [det] [modifier] GROUP" ending at token x,
// where GROUP is a lower-case plural: "executives of both companies",
// "officials of the two countries", "leaders of neighbouring states".
func (p *para) roleOfGroup(x int) (int, int) {
	if x < 2 || p.quoted[x] || p.toks[x].Kind != entity.Word || p.toks[x].Upper || !strings.HasSuffix(p.word(x), "s") {
		return 0, 0
	}
	for y := x - 1; y >= 1 && x-y <= 4; y-- {
		if p.quoted[y] || p.toks[y].Kind != entity.Word {
			return 0, 0
		}
		if p.word(y) == "of" {
			if r := y - 1; headIsRole(p, r) && strings.HasSuffix(p.word(r), "s") {
				from := r
				if w := p.word(r - 1); w == "the" || modifier(w) && r >= 1 && !p.toks[r-1].Upper {
					from = r - 1
				}
				return from, x + 1
			}
			return 0, 0
		}
	}
	return 0, 0
}

// timeWords end a search for a name before a verb.
var timeWords = set(`day days week weeks month months year years morning evening night today yesterday`)

// countVerbs name who counted the figure right after them.
var countVerbs = set(`identified recorded registered counted documented tallied logged verified`)

// figureAfter reports whether a number follows the verb at v within three
// tokens ("has identified more than 10,000").
func (p *para) figureAfter(v int) bool {
	for k := v + 1; k < len(p.toks) && k <= v+3; k++ {
		if p.toks[k].Kind == entity.Number {
			return true
		}
		if p.toks[k].Kind != entity.Word {
			return false
		}
	}
	return false
}

// thatVerbs report a finding or a promise when "that" follows them: "found
// that", "pledged that", "projected in May that".
var thatVerbs = set(`found finds pledged pledges projected projects promised promises vowed vows calculated
	calculates determined determines concluded reveals revealed testified testifies`)

// closingDocument reports "…, the study found." at verb v: a document
// noun after "the" and a comma, and the sentence ends after the verb.
func (p *para) closingDocument(v int) bool {
	if v < 3 || !issuedNouns[p.word(v-1)] || p.word(v-2) != "the" || p.toks[v-3].Text != "," {
		return false
	}
	return v+1 >= len(p.toks) || p.toks[v+1].Text == "." || p.toks[v+1].Text == ";"
}

// thatAfter reports whether "that" follows the verb at v within four words
// ("projected in May that").
func (p *para) thatAfter(v int) bool {
	if p.word(v+1) == "that" {
		return true
	}
	switch p.word(v + 1) {
	case "in", "on", "last", "earlier", "this", "recently", "previously":
	default:
		return false // "they found out is that": not a finding reported
	}
	for k := v + 2; k < len(p.toks) && k <= v+4; k++ {
		if p.toks[k].Kind != entity.Word || p.quoted[k] {
			return false
		}
		if p.word(k) == "that" {
			return true
		}
	}
	return false
}

// sourceAdjectives qualify a group that speaks without a determiner.
var sourceAdjectives = set(`local state national regional official foreign international independent
	federal provincial municipal senior news`)

// roleWithin reports whether a job title or role noun is among tokens
// [from, to).
func (p *para) roleWithin(from, to int) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		if p.toks[k].Kind == entity.Word && (entityTitle(p.word(k)) || roleNoun(p.word(k))) {
			return true
		}
	}
	return false
}

// clauseStart reports whether the words before the comma at y run back to
// the start of the sentence (at most eight of them, none quoted), so the
// phrase they make can be the subject's role.
func (p *para) clauseStart(y int) bool {
	for k := y - 1; k >= 0 && y-k <= 9; k-- {
		t := p.toks[k]
		if p.quoted[k] {
			return false
		}
		if t.Kind == entity.Punct {
			return t.Text == "." || t.Text == ";" || t.Text == ":"
		}
		if k == 0 || entity.SentenceInitial(p.text, p.toks, k) {
			return true
		}
	}
	return false
}

// headIsRole reports whether token i is a lower-case role or organisation noun.
func headIsRole(p *para, i int) bool {
	w := p.word(i)
	if w == "" || p.toks[i].Upper && !entity.SentenceInitial(p.text, p.toks, i) {
		return false
	}
	return roleNoun(w)
}

// npLeftSubject is npLeft after auxiliaries: the noun phrase ending at x,
// or before an appositive.
func (p *para) npLeftSubject(x int) (int, int) {
	// appositive: NAME , role phrase , verb
	if p.toks[x].Text == "," {
		for y := x - 1; y >= 0 && x-y <= 14 && !p.quoted[y]; y-- {
			if p.toks[y].Text == "," && x-y == 2 && partyTag(p.toks[y+1].Text) {
				return p.npLeftAt(y - 1) // "Sen. Kamala Harris, D-California, said"
			}
			if p.toks[y].Text == "," {
				// the phrase between the commas must read as a role: "the head
				// of ...", "a spokesperson for ...", "spokesperson for ..."
				w := p.word(y + 1)
				role := w == "the" || w == "a" || w == "an" || entityTitle(w) || roleNoun(w) ||
					w == "citing" || w == "quoting" || w == "speaking" || w == "according" || // "The New York Times, citing US officials, reported"
					// "Harris, one of three Black senators, said", "Smith,
					// himself a former minister, said"
					w == "one" && p.word(y+2) == "of" || w == "among" || appositiveParticiples[w] ||
					(w == "himself" || w == "herself" || w == "also" || w == "now" || w == "formerly" || w == "once") && (p.word(y+2) == "a" || p.word(y+2) == "an" || p.word(y+2) == "the")
				if from, to := p.npLeftAt(p.beforeCorpSuffix(y - 1)); to > from && role && p.toks[y+1].Kind == entity.Word && !p.toks[y+1].Upper {
					return from, to // ("Brightlane, Inc., a provider of …, announced")
				}
				// "Harlow Foods, Britain's third-largest packaged food
				// maker, reported": a place's superlative describes the subject
				if y+3 < x && p.toks[y+1].Upper && p.toks[y+2].Kind == entity.Poss && p.toks[y+3].Kind == entity.Word && !p.toks[y+3].Upper {
					if from, to := p.npLeftAt(y - 1); to > from && p.allUpperWords(from, to) {
						return from, to
					}
				}
				// "Mohammed Ali, 45, a shopkeeper, said": an age between the
				// name and its role
				if role && y >= 3 && p.toks[y-1].Kind == entity.Number && p.toks[y-2].Text == "," && p.toks[y+1].Kind == entity.Word && !p.toks[y+1].Upper {
					if from, to := p.npLeftAt(y - 3); to > from && p.allUpperWords(from, to) {
						return from, to
					}
				}
				// "Heydar Alishbandi, Governor of Qeshm island, said": a
				// capitalised title after a name
				if entityTitle(w) && p.toks[y+1].Upper && y >= 2 {
					if from, to := p.npLeftAt(y - 1); to-from >= 2 && p.allUpperWords(from, to) {
						return from, to
					}
				}
				// "The police source, who wished to remain anonymous,
				// said": a relative clause between the subject and its verb
				if w == "who" || w == "which" {
					if from, to := p.npLeftAt(y - 1); to > from && p.validSpeaker(from, to) {
						return from, to
					}
				}
				// "Mark Rutte, NATO's secretary general, said": an
				// organisation's role between the commas
				if y+3 < x && p.toks[y+1].Upper && p.toks[y+2].Kind == entity.Poss && p.roleWithin(y+3, x) {
					if from, to := p.npLeftAt(y - 1); to > from && p.allUpperWords(from, to) {
						return from, to
					}
				}
				// "The agency's chief, Rafael Grossi, said": the name between
				// the commas speaks
				if x-y >= 3 && x-y <= 5 && p.allUpperWords(y+1, x) && y >= 1 {
					if f, t := p.npLeftAt(y - 1); t > f && headIsRole(p, t-1) || t > f && entityTitle(p.word(t-1)) {
						return y + 1, x
					}
					// "The head of the zone, Ali Rezapour, said", "Horton's
					// mother, Denise Peace, said": the name in apposition to
					// the subject speaks
					if (p.roleWithin(max(0, y-8), y) || x-y >= 3 && p.toks[y-1].Kind == entity.Word && !p.toks[y-1].Upper) && p.clauseStart(y) {
						return y + 1, x
					}
				}
				break
			}
		}
		return 0, 0
	}
	return p.npLeftAt(x)
}

// beforeCorpSuffix steps back over a company's legal suffix ending at
// token x ("Brightlane, Inc.", "Harwood Ltd", "Acme Corp.") to the name
// before it; x itself when there is none.
func (p *para) beforeCorpSuffix(x int) int {
	y, punct := x, false
	if y >= 1 && p.toks[y].Text == "." {
		y, punct = y-1, true
	}
	if y < 1 || !corpSuffixes[p.word(y)] || p.toks[y].Kind != entity.Word {
		return x
	}
	y--
	if y >= 1 && p.toks[y].Text == "," {
		y, punct = y-1, true
	}
	if !punct || p.toks[y].Kind != entity.Word || !p.toks[y].Upper {
		return x // "Harwood Ltd" reads as it is
	}
	return y
}

var corpSuffixes = set(`inc ltd llc corp co plc ag sa gmbh nv bv`)

// npLeftAt collects a noun phrase ending at token x: names, titles, role
// nouns, possessives and connectors, with lower-case modifiers when a
// determiner or a name comes before them ("the coast guard", "the UN
// refugee agency").
func (p *para) npLeftAt(x int) (int, int) {
	if x < 0 || x >= len(p.toks) {
		return 0, 0
	}
	if w := p.word(x); pronouns[w] || w == "it" && x+1 < len(p.toks) && speechVerbs[p.word(x+1)].kind == vSay {
		return x, x + 1
	}
	if x >= 1 && issuedNouns[p.word(x)] && !p.toks[x].Upper && p.word(x-1) == "the" && (x == 1 || p.toks[x-2].Kind != entity.Word || entity.SentenceInitial(p.text, p.toks, x-1)) &&
		x+1 < len(p.toks) && (speechVerbs[p.word(x+1)].kind == vSay || thatVerbs[p.word(x+1)]) {
		return x - 1, x + 1 // "The report said", "the study found that": its issuer speaks, else the document
	}
	// "one of the keepers said": a member of a group named by a plural
	// noun (up to two modifiers before it)
	for k := x - 3; k >= x-5 && k >= 0; k-- {
		if p.word(k) == "one" && p.word(k+1) == "of" && determiners[p.word(k+2)] && (k == 0 || p.toks[k-1].Kind != entity.Word) {
			if s, e := p.npRight(k); s == k && e == x+1 {
				return k, x + 1
			}
		}
	}
	to := x + 1
	from := to
loop:
	for y := x; y >= 0 && to-y <= 12 && !p.quoted[y]; y-- {
		if y < x && strings.Contains(p.text[p.toks[y].End:p.toks[y+1].Start], "\n") {
			break
		}
		t := p.toks[y]
		w := t.Lower
		switch {
		case t.Kind == entity.Word && t.Upper:
			from = y
		case t.Kind == entity.Poss:
			if y == 0 || p.toks[y-1].Kind != entity.Word {
				break loop
			}
			from = y
		case t.Kind == entity.Word && (entityTitle(w) || roleNoun(w) || romanceBody(w)):
			from = y // (and "la policía", "la mairie")
		case t.Kind == entity.Word && y == x && !t.Upper && agentPlural(w) && !commonWord(w):
			from = y // "…, insurers said": a plural of people as the head
		case t.Kind == entity.Word && (w == "of" || w == "for" || w == "and" || w == "on" && !timex.IsCalendarWord(p.word(y+1))) && from < to && y > 0 && p.toks[y-1].Kind == entity.Word && p.toks[y-1].Upper:
			from = y
		case t.Kind == entity.Word && from < to && y > 0 && p.romanceOf(y) > 0 && from <= y+p.romanceOf(y) && (p.toks[y-1].Upper || romanceBody(p.word(y-1))):
			from = y // "El Ministerio de Salud Pública", "le ministère de l'Intérieur"
		case t.Kind == entity.Word && from == y+1 && from < to && y > 0 && p.romanceOf(y-1) == 2:
			from = y // the article of "de la República", "de l'Intérieur"
		case t.Kind == entity.Word && w == "to" && from < to && y > 0 && (entityTitle(p.word(y-1)) || roleNoun(p.word(y-1))):
			from = y // "the US ambassador to Israel"
		case t.Kind == entity.Word && w == "and" && from == y+1 && from < to && y > 0 && !p.toks[y-1].Upper && roleNoun(p.word(y-1)):
			from = y // "…, officials and medics said", "police and rescue workers"
		case t.Kind == entity.Word && w == "the" && from == y+1 && from < to && y >= 1 && p.toks[y-1].Kind == entity.Word && p.toks[y-1].Upper &&
			p.toks[from].Upper && !commonWord(p.word(y-1)) && !p.lower[p.word(y-1)] && !entity.SentenceInitial(p.text, p.toks, y-1):
			from = y - 1 // "Save the Children": "the" inside a name
			y--
		case t.Kind == entity.Word && (w == "the" || w == "a" || w == "an"):
			if from < to {
				from = y
			}
			break loop
		case t.Kind == entity.Word && !t.Upper && entity.IsPlaceCue(w) && y == x && y > 0 && p.toks[y-1].Upper:
			from = y // "Bayan-Ölgii province"
		case t.Kind == entity.Word && from == y+1 && sourceAdjectives[w] && headIsRole(p, y+1):
			from = y // "local media", "state media", "foreign diplomats"
		case t.Kind == entity.Word && from < to && modifier(w) && (headIsRole(p, y+1) || y+2 < len(p.toks) && p.toks[y+1].Kind == entity.Poss && headIsRole(p, y+2)):
			z := y - 1
			for z >= 0 && y-z < 2 && p.toks[z].Kind == entity.Word && !p.toks[z].Upper && modifier(p.word(z)) {
				z--
			}
			if z >= 0 && p.toks[z].Text == "," {
				from = z + 1 // "…, human rights groups warn": a clause opening on the phrase
				break loop
			}
			if z < 0 || !(p.toks[z].Kind == entity.Poss || p.toks[z].Kind == entity.Word && (p.toks[z].Upper || p.word(z) == "the")) {
				break loop
			}
			y = z + 1 // continue at the determiner or name
		default:
			break loop
		}
	}
	// trim connectors and possessives at the left edge, and a capitalised
	// common word that only starts the sentence ("When President ...")
	for from < to {
		t := p.toks[from]
		w := p.word(from)
		switch {
		case t.Kind == entity.Poss,
			t.Kind == entity.Word && !t.Upper && (w == "of" || w == "for" || w == "and" || w == "on"),
			t.Kind == entity.Word && t.Upper && !t.Caps && from+1 < to && entity.SentenceInitial(p.text, p.toks, from) && (commonWord(w) || p.lower[w] || strings.HasSuffix(w, "ing")) && !entityTitle(w) &&
				!(w == "new" && p.knownPlaceAt(from, from+2)):
			from++
			continue
		}
		break
	}
	for k := from - 1; from < to && k >= 1 && k >= from-3 && p.toks[k].Kind == entity.Word && !p.toks[k].Upper; k-- {
		if participleObject[p.word(k)] {
			// "a union representing customs staff said": the phrase is the
			// participle's object; the subject is the noun before it
			if f, t := p.npLeftAt(k - 1); t > f && t == k {
				return f, t
			}
			return 0, 0
		}
	}
	return from, to
}

// participleObject are participles whose object can end a subject phrase
// before a verb of speech: "a union representing customs staff said".
var participleObject = set(`representing including involving covering employing supporting backing opposing serving`)

// modifier reports whether the lower-case word w can modify a role noun
// ("coast guard", "refugee agency"): a plain word, not a function word or
// a verb form.
func modifier(w string) bool {
	if w == "news" {
		return true // "the Ansa news agency"
	}
	if len(w) < 3 || textproc.IsStopword("en", w) || auxWords[w] || notSpeakers[w] || clauseConjunctions[w] {
		return false
	}
	if _, ok := speechVerbs[w]; ok {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// coordinateModifier reports whether token k is the second of two
// modifiers joined by "and" before a role: "state" in "federal and state
// investigators".
func (p *para) coordinateModifier(k int) bool {
	w := p.word(k)
	if len(w) < 3 || textproc.IsStopword("en", w) || k >= len(p.toks) || p.toks[k].Kind != entity.Word || p.toks[k].Upper {
		return false
	}
	nw := p.word(k + 1)
	return roleNoun(nw) || entityTitle(nw)
}

// invertible reports whether a speech verb at v may take its subject after
// it: it follows a comma, a closing quote or starts the sentence.
func (p *para) invertible(v int) bool {
	if v == 0 {
		return true
	}
	if romanceAux[p.word(v-1)] && v >= 2 && romanceParticiple(p.word(v)) {
		v-- // "», a affirmé la Maison Blanche", "», ha dicho el ministro"
	}
	prev := p.toks[v-1]
	if prev.Kind != entity.Punct {
		return false
	}
	switch prev.Text {
	case ",", "\"", "”", "»", "—", "–", ":":
		return true
	}
	return false
}

// roleAhead reports lower-case words from token y on (at most three) that
// end in a role noun followed by a capitalised name: "product liability
// lawyer Jim Dunham", "dealer John Smith".
func (p *para) roleAhead(y int) bool {
	for k := y; k < len(p.toks) && k <= y+2; k++ {
		t := p.toks[k]
		if t.Kind != entity.Word || t.Upper || p.quoted[k] || textproc.IsStopword("en", t.Lower) {
			return false // "said GM after lawyer Jim Dunham sued": a new clause
		}
		if (roleNoun(t.Lower) || entityTitle(t.Lower)) && k+1 < len(p.toks) && p.toks[k+1].Kind == entity.Word && p.toks[k+1].Upper {
			return true
		}
	}
	return false
}

// npRight collects a noun phrase starting at token x ("the Defense
// Department's spokesperson Sabrina Singh", "US Secretary of State Antony
// Blinken", "UN diplomats").
func (p *para) npRight(x int) (int, int) {
	if x >= len(p.toks) || p.quoted[x] {
		return 0, 0
	}
	from := x
	if w := p.word(x); w == "the" || w == "a" || w == "an" || (germanArticles[w] || romanceArticles[w] || romancePossessives[w]) && x+1 < len(p.toks) && (p.toks[x+1].Upper || entityTitle(p.word(x+1)) || romanceBody(p.word(x+1)) || romanceRole(p.word(x+1))) {
		x++
	} else if romanceArticles[w] && x+2 < len(p.toks) && p.toks[x+1].Kind == entity.Word && !p.toks[x+1].Upper && len(p.word(x+1)) <= 8 && romanceBody(p.word(x+2)) {
		x += 2 // "el alto tribunal", "la nueva empresa": an adjective before the body
		from = x
	} else if w == "one" && p.word(x+1) == "of" && determiners[p.word(x+2)] {
		// "said one of the keepers who cared for the wolf": a member of a
		// group the text names by a plural noun
		y := x + 3
		for y < len(p.toks) && y < x+6 && !p.quoted[y] && p.toks[y].Kind == entity.Word && !p.toks[y].Upper &&
			!textproc.IsStopword("en", p.word(y)) && p.toks[y].Kind != entity.Number {
			y++
		}
		if y > x+3 && strings.HasSuffix(p.word(y-1), "s") && !timex.IsCalendarWord(p.word(y-1)) {
			return x, y
		}
		return 0, 0
	} else if w == "one" && x+1 < len(p.toks) && p.toks[x+1].Kind == entity.Word {
		x++ // "said one GOP operative": a speaker left unnamed
		from = x
	}
	if pronouns[p.word(x)] {
		return x, x + 1
	}
	// an age before a name: "said 76-year-old Constantinos Doganis"
	if x+4 < len(p.toks) && p.toks[x].Kind == entity.Number && p.toks[x+1].Text == "-" && p.word(x+2) == "year" && p.toks[x+3].Text == "-" && p.word(x+4) == "old" {
		x += 5
		from = x
	} else if x+2 < len(p.toks) && p.toks[x].Kind == entity.Number && p.toks[x+1].Text == "-" && p.word(x+2) == "year-old" {
		x += 3
		from = x
	}
	to := x
	upper := false
	firmTo := 0 // end of "software security firm" after "at"
	for y := x; y < len(p.toks) && y-from < 14 && !p.quoted[y]; y++ {
		t := p.toks[y]
		w := t.Lower
		ok, skip := false, 0
		switch {
		case t.Kind == entity.Word && t.Upper:
			ok, upper = true, true
		case t.Text == "." && y > x && entity.IsHonorific(p.word(y-1)) && y+1 < len(p.toks) && p.toks[y+1].Upper:
			ok = true // "said Maj. Gen. John Smith"
		case t.Text == "." && y > x && p.toks[y-1].Caps && y+1 < len(p.toks) && p.toks[y+1].Kind == entity.Poss:
			ok = true // "the U.K.'s Interoute Plc"
		case t.Kind == entity.Poss:
			ok = y > x && !timex.IsCalendarWord(p.word(y+1)) // but "the Federal Reserve's March meeting"
		case t.Kind == entity.Word && !t.Upper && y > x && p.toks[y-1].Upper && p.roleAhead(y):
			ok = true // "said Maryland-based product liability lawyer Jim Dunham": words before a role and a name
		case t.Kind == entity.Word && w == "and" && y > x && roleNoun(p.word(y-1)) && y+1 < len(p.toks) && roleNoun(p.word(y+1)):
			ok = true // "Anchorage businessman and blogger Andrew Halcro"
		case t.Kind == entity.Word && (entityTitle(w) || roleNoun(w) || upper && entity.IsOrgCue(w)):
			ok = true
		case t.Kind == entity.Word && y == x && (romanceBody(w) || romanceRole(w)):
			ok = true // "le ministère", "l'opérateur Iberdrola", "la compañía Iberdrola"
		case t.Kind == entity.Word && (w == "of" || w == "for" || w == "on" && !timex.IsCalendarWord(p.word(y+1))) && y+1 < len(p.toks) && p.toks[y+1].Upper:
			ok = y > x
		case t.Kind == entity.Word && w == "the" && y >= x+2 && p.toks[y-1].Upper && firmNouns[p.word(y-2)] && y+1 < len(p.toks) && p.toks[y+1].Upper:
			ok = true // "conservation group Save the Whales"
		case t.Kind == entity.Word && y > x && (p.toks[y-1].Upper || romanceBody(p.word(y-1))) && p.romanceOf(y) > 0:
			// "la préfecture des Pyrénées-Atlantiques", "Philippe de
			// Gonneville", "la Contraloría General de la República"
			ok, skip = true, p.romanceOf(y)-1
		case t.Kind == entity.Word && (w == "von" || w == "van" || w == "da" || w == "di" || w == "della") && y > x+1 && p.toks[y-1].Upper && p.toks[y-2].Upper && y+1 < len(p.toks) && p.toks[y+1].Upper:
			ok = true // "HDE-Präsident Alexander von Preen"
		case t.Kind == entity.Word && (w == "des" || w == "der") && y > x && p.toks[y-1].Upper && y+1 < len(p.toks) && p.toks[y+1].Upper:
			ok = true // "ein Mitarbeiter des Innenministeriums"
		case t.Kind == entity.Word && (w == "and" || w == "&") && y > x && p.toks[y-1].Upper && (p.orgCueAhead(y+1) || p.orgCueWithin(x, y) && p.shortUpperRun(y+1)):
			// "… Control and Prevention"
			ok = true // "the World Travel and Tourism Council"
		case t.Text == "&" && y > x && p.toks[y-1].Upper && y+1 < len(p.toks) && p.toks[y+1].Kind == entity.Word && p.toks[y+1].Upper:
			ok = true // "Harwood & Sayle"
		case t.Kind == entity.Word && w == "to" && y > x && p.toks[y-1].Upper && entity.IsOrgCue(p.word(y-1)) && y+1 < len(p.toks) && p.toks[y+1].Upper:
			ok = true // "the Committee to Protect Journalists"
		case t.Kind == entity.Word && w == "at" && y > x && headIsRole(p, y-1) && y+1 < len(p.toks) && p.toks[y+1].Kind == entity.Word &&
			(p.toks[y+1].Upper || p.text[p.toks[y+1].Start] >= 'a' && p.toks[y+1].Text != strings.ToLower(p.toks[y+1].Text) ||
				p.word(y+1) == "the" && y+2 < len(p.toks) && p.toks[y+2].Upper):
			ok = true // "researchers at iDefense", "analysts at Goldman Sachs"
		case t.Kind == entity.Word && w == "the" && y > x+1 && p.word(y-1) == "at" && headIsRole(p, y-2) && y+1 < len(p.toks) && p.toks[y+1].Upper:
			ok = true // "researchers at the Institute for Health Metrics and Evaluation"
		case t.Kind == entity.Word && w == "at" && y > x && headIsRole(p, y-1) && p.firmBefore(y+1) > 0:
			ok, firmTo = true, p.firmBefore(y+1) // "researchers at software security firm Trend Micro"
		case t.Kind == entity.Word && y < firmTo:
			ok = true
		case t.Kind == entity.Word && y > x && p.word(y-1) == "at" && t.Text != strings.ToLower(t.Text):
			ok = true // "iDefense"
		case t.Kind == entity.Word && w == "and" && y > x && modifier(p.word(y-1)) && p.coordinateModifier(y+1):
			ok = true // "federal and state investigators"
		case t.Kind == entity.Word && modifier(w) && y+1 < len(p.toks) && p.toks[y+1].Kind == entity.Word:
			// "the UN refugee agency": a modifier counts when a role follows
			nw := p.word(y + 1)
			ok = entityTitle(nw) || roleNoun(nw) ||
				nw == "and" && p.coordinateModifier(y+2) // "federal and state investigators"
		}
		if !ok || y > x && strings.Contains(p.text[p.toks[y-1].End:t.Start], "\n") {
			break
		}
		y += skip
		to = y + 1
	}
	if to == x || p.toks[to-1].Kind == entity.Poss {
		return 0, 0 // nothing, or "the state's" before what it owns
	}
	return from, to
}

// determiners after an -ing word make it a participle with an object
// ("using a telescope"), not a noun ("evening news").
var determiners = set(`a an the their his her its our this that these those`)

// placePreps before a name make it a place in a phrase, not a subject.
var placePreps = set(`atop at in on near from inside outside above below beneath across`)

// teamNouns name the group around a named lead: "Paganini and his team".
var teamNouns = set(`team colleagues co-authors coauthors collaborators researchers staff aides lawyers`)

// firmBefore returns the end of a few lower-case words that end in a
// kind of organisation and come before its name ("software security firm"
// in "researchers at software security firm Trend Micro"), or 0.
func (p *para) firmBefore(k int) int {
	for j := k; j < len(p.toks) && j-k < 4; j++ {
		t := p.toks[j]
		if t.Kind != entity.Word || t.Upper {
			return 0
		}
		if firmNouns[t.Lower] && j+1 < len(p.toks) && p.toks[j+1].Kind == entity.Word && p.toks[j+1].Upper {
			return j + 1
		}
	}
	return 0
}

// firmNouns name a kind of organisation before its name: "the security
// firm Trend Micro", "investment bank Goldman Sachs".
var firmNouns = set(`firm company bank group agency institute university lab laboratory consultancy
	organisation organization charity network outlet broadcaster newspaper tank lender distributor operator
	retailer carrier airline utility supplier provider producer maker manufacturer insurer developer chain pollster`)

// sourceRight reads the source after "according to" when it is not a
// name: "data from MarketAxess" → MarketAxess; "federal prison records",
// "multiple people familiar with the matter" as written. Unnamed reports
// ("according to reports") give nothing.
func (p *para) sourceRight(x int) (int, int) {
	from := x
	y := x
	unnamed := false // "reports", "estimates": only a named origin makes them a source
	issued := false  // "government data"
	for y < len(p.toks) && y-x < 8 && !p.quoted[y] && (p.toks[y].Kind == entity.Word && !p.toks[y].Upper || p.toks[y].Kind == entity.Poss && y > x) {
		if p.toks[y].Kind == entity.Poss {
			// "the city's tourism office" speaks as a whole; in "the
			// researchers' calculations" and "the grid operator's 2019
			// resource assessment" the owner of the document does
			if !p.bodyAfterPoss(y + 1) {
				to := y
				for from < to && p.word(from) == "the" {
					from++
				}
				if to > from && !textproc.IsStopword("en", p.word(to-1)) && !notSpeakers[p.word(to-1)] {
					return from, to
				}
				return 0, 0
			}
			y++
			continue
		}
		w := p.word(y)
		if (w == "from" || w == "by" || w == "of" || w == "in" && unnamed) && y > x {
			if f, t := p.npRight(y + 1); t > f && !(t-f == 1 && timex.IsCalendarWord(p.word(f))) {
				return f, t // "data from MarketAxess"; but "statistics from November" are the statistics
			}
			if w != "of" && w != "in" {
				break
			}
		}
		if notSpeakers[w] && y > x && issuerWords[p.word(y-1)] && (w == "data" || w == "figures" || w == "estimates") {
			// "according to government data", "city figures": the
			// issuer is named by its kind
			y++
			issued = true
			break
		}
		if notSpeakers[w] {
			unnamed = true
			y++
			continue
		}
		if unnamed && (w == "received" || w == "published" || w == "released" || w == "compiled" || w == "cited") {
			y++ // "reports received by Amnesty"
			if p.word(y) == "on" && timex.IsCalendarWord(p.word(y+1)) {
				y += 2 // "figures released on Monday by the health ministry"
				if y < len(p.toks) && p.toks[y].Kind == entity.Number {
					y++ // "released on June 4 by"
				}
			}
			continue
		}
		if _, verb := speechVerbs[w]; verb || auxWords[w] && y > x || y > x && strings.HasSuffix(w, "ed") {
			break
		}
		y++
	}
	if unnamed {
		return 0, 0
	}
	// trim to the head noun: stop before a relative or participle clause
	to := y
	if to-from == 0 {
		return 0, 0
	}
	head := p.word(to - 1)
	if !issued && notSpeakers[head] || textproc.IsStopword("en", head) {
		return 0, 0
	}
	for from < to && (p.word(from) == "the" || p.word(from) == "a" || p.word(from) == "an") {
		from++
	}
	if to <= from {
		return 0, 0
	}
	return from, to
}

// bodyAfterPoss reports lower-case words from token k on that end in a
// body or a role: "tourism office" in "the city's tourism office".
func (p *para) bodyAfterPoss(k int) bool {
	for y := k; y < len(p.toks) && y < k+4 && p.toks[y].Kind == entity.Word && !p.toks[y].Upper; y++ {
		if w := p.word(y); roleNoun(w) && !notSpeakers[w] {
			return y+1 >= len(p.toks) || p.toks[y+1].Kind != entity.Word || p.toks[y+1].Upper || !roleNoun(p.word(y+1))
		}
	}
	return false
}

// statementAfter reports whether a statement is what the verb at v
// issues: "issued a statement", "released a brief statement".
func (p *para) statementAfter(v int) bool {
	for y := v + 1; y < len(p.toks) && y <= v+4; y++ {
		if w := p.word(y); w == "statement" || w == "statements" {
			return true
		}
		if p.toks[y].Kind != entity.Word {
			return false
		}
	}
	return false
}

// dataNouns name released figures.
var dataNouns = set(`data figures statistics numbers estimates results tally count`)

// dataAfter reports "new data this week:" or "figures showing" after the
// verb at v: the release of figures that follow.
func (p *para) dataAfter(v int) bool {
	seen := false
	for y := v + 1; y < len(p.toks) && y <= v+8; y++ {
		w := p.word(y)
		if dataNouns[w] {
			seen = true
			continue
		}
		if seen && (p.toks[y].Text == ":" || w == "showing" || w == "which" && p.word(y+1) == "show") {
			return true
		}
		if p.toks[y].Kind != entity.Word {
			return false
		}
	}
	return false
}

// vehicle finds "a statement from X" / "a report by X" before the verb at v.
func (p *para) vehicle(v int) (int, int) {
	// "Eurostat figures show", "A Reuters poll showed": the name before
	// the document is its source
	if y := v - 1; y >= 1 && vehicleNouns[p.word(y)] && !p.quoted[y] {
		from := y
		for from > 0 && y-from < 4 && !p.quoted[from-1] && p.toks[from-1].Kind == entity.Word && p.toks[from-1].Upper &&
			!timex.IsCalendarWord(p.word(from-1)) {
			from--
		}
		if w := p.word(from); from < y && !(y-from == 1 && entity.SentenceInitial(p.text, p.toks, from) && !p.toks[from].Caps &&
			(commonWord(w) || p.lower[w] || roleNoun(w) || entity.IsOrgCue(w) || entity.IsPlaceCue(w))) {
			return from, y
		}
	}
	for y := v - 1; y >= 1 && v-y <= 14 && !p.quoted[y]; y-- {
		if t := p.toks[y]; t.Kind == entity.Punct && t.Text != "," && t.Text != "'" {
			break
		}
		w := p.word(y)
		if (w == "from" || w == "by" || w == "of") && (vehicleNouns[p.word(y-1)] || w == "by" && p.issuedBefore(y)) {
			// "figures from the UN", "data published by OpenAI"
			if from, to := p.npRight(y + 1); to > from && to <= v {
				return from, to
			}
		}
		if w == "in" && (p.word(y-1) == "study" || p.word(y-1) == "paper" || p.issuedBefore(y)) {
			// "a study in The Lancet found", "one study published this May
			// in JAMA Pediatrics found": the journal (not "a survey in
			// France", a place)
			if from, to := p.npRight(y + 1); to > from && to <= v && p.anyUpper(from, to) {
				name := p.text[p.toks[from].Start:p.toks[to-1].End]
				if _, country := entity.Country(name); !country && !entity.KnownPlace(name) {
					return from, to
				}
			}
		}
	}
	return 0, 0
}

// issuedBefore reports "by" at token y after a document and a verb that
// puts it out, perhaps with a time between: "data published by", "a
// survey published on Wednesday by".
func (p *para) issuedBefore(y int) bool {
	x := y - 1
	for n := 0; n < 3 && x > 0 && (timex.IsCalendarWord(p.word(x)) || p.word(x) == "on" || p.word(x) == "in" || p.word(x) == "last" ||
		p.word(x) == "this" || p.word(x) == "earlier"); n++ {
		x-- // "published on Wednesday by"
	}
	return x >= 1 && issueVerbs[p.word(x)] && vehicleNouns[p.word(x-1)]
}

// issueVerbs put out a document: "data published by OpenAI".
var issueVerbs = set(`published released compiled collected gathered issued provided analysed analyzed`)

// validSpeaker reports whether toks[from:to] can name a speaker: it holds
// a name or a role, and is not a generic subject ("Reports suggest").
func (p *para) validSpeaker(from, to int) bool {
	if to-from >= 4 && p.word(from) == "one" && p.word(from+1) == "of" && determiners[p.word(from+2)] {
		return true // "one of the keepers" (npRight took only a plural noun)
	}
	named := false
	for i := from; i < to; i++ {
		t := p.toks[i]
		w := t.Lower
		if t.Kind != entity.Word {
			continue
		}
		if w == "it" && to-from == 1 {
			named = true // resolved to the organisation that spoke last, if any
			continue
		}
		if to-from == 2 && i == to-1 && p.word(from) == "the" && issuedNouns[w] {
			return true // "the report said": resolved to its issuer, if the article names one
		}
		if notSpeakers[w] && i == to-1 && (!t.Upper || i == from) && !(i > from && documentNouns[w] && institutionModifiers[p.word(i-1)]) {
			return false // "Reports said", but "the Anchorage Daily News reported" and "the government report said"
		}
		if w == "media" && i == to-1 && (i == from || i == from+1 && p.word(from) == "the") {
			return false // "the media said": nobody in particular
		}
		switch {
		case pronouns[w]:
			named = true
		case roleNoun(w) || entityTitle(w):
			named = true // "Police said ...", even at the start of a sentence
		case t.Upper:
			if entity.SentenceInitial(p.text, p.toks, i) && !t.Caps && (p.lower[w] || commonWord(w)) && to-from == 1 {
				// a common word opening the sentence names no one, but a
				// plural of people does: "Rebels said", "Protesters said"
				return agentPlural(w) && !commonWord(w)
			}
			if !commonWord(w) || t.Caps {
				named = true
			}
		case i == to-1 && agentPlural(w) && !commonWord(w):
			named = true // "…, insurers said", "forecasters said": a plural of people heads the phrase
		case romanceBody(w):
			named = true // "a indiqué le ministère", "informó la compañía Iberdrola"
		}
	}
	return named
}

// agentPlural reports a plural noun of people: "rebels", "protesters",
// "militants", "activists", "civilians".
func agentPlural(w string) bool {
	switch w {
	case "rebels", "troops":
		return true
	case "numbers", "papers", "letters", "orders", "offers", "answers", "matters", "waters", "headquarters", "centers", "sectors", "factors", "errors",
		"indicators", "posters", "banners", "flyers", "markers", "sensors", "trackers", "computers", "registers", "filters", "meters",
		"counters", "monitors", "containers", "boosters", "scanners", "printers", "covers", "layers", "towers", "borders", "quarters":
		return false
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func entityTitle(w string) bool { return entity.IsTitleWord(w) }
func roleNoun(w string) bool    { return entity.IsRoleNoun(w) }
func commonWord(w string) bool  { return entity.IsCommonWord(w) || textproc.IsStopword("en", w) }

// knownPlaceAt reports a country or known place written as toks[from:to]
// ("New York", "New Zealand").
func (p *para) knownPlaceAt(from, to int) bool {
	if to > len(p.toks) || from >= to {
		return false
	}
	name := p.text[p.toks[from].Start:p.toks[to-1].End]
	if _, ok := entity.Country(name); ok {
		return true
	}
	return entity.KnownPlace(name)
}

// kinNouns name a relation that a name may stand in apposition to: "her
// mother, Fiona, said".
var kinNouns = set(`mother father son daughter wife husband brother sister aunt uncle cousin grandmother grandfather
	grandson granddaughter partner fiancee fiancée fiance fiancé friend neighbour neighbor widow widower stepfather
	stepmother stepson stepdaughter girlfriend boyfriend parent niece nephew colleague`)

// possessives open a noun phrase owned by someone named before.
var possessives = set(`her his their its our my your`)

// orgCueAhead reports whether the capitalised words from token y on end,
// within four, in a word that marks an organisation ("Tourism Council").
func (p *para) orgCueAhead(y int) bool {
	for k := y; k < len(p.toks) && k < y+4 && p.toks[k].Kind == entity.Word && p.toks[k].Upper; k++ {
		if entity.IsOrgCue(p.word(k)) {
			return true
		}
	}
	return false
}

// orgCueWithin reports whether a word of tokens [from, to) marks an
// organisation ("Centers").
func (p *para) orgCueWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if p.toks[k].Upper && entity.IsOrgCue(p.word(k)) {
			return true
		}
	}
	return false
}

// shortUpperRun reports whether one or two capitalised words start at y
// and end the name: "Prevention" in "Centers for Disease Control and
// Prevention", not "Smith said".
func (p *para) shortUpperRun(y int) bool {
	k := y
	for k < len(p.toks) && k < y+2 && p.toks[k].Kind == entity.Word && p.toks[k].Upper {
		k++
	}
	if k == y {
		return false
	}
	return k >= len(p.toks) || p.toks[k].Kind != entity.Word
}

// partyTag reports an American politician's party and state written as one
// word: "D-California", "R-Texas", "I-Vt.".
func partyTag(w string) bool {
	return len(w) >= 4 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// ownerDocuments are what a body puts out, after its possessive:
// "according to the health department's update".
var ownerDocuments = set(`update updates report reports statement statements data figures count tally release
	analysis estimate estimates numbers website dashboard count`)

// claimsLives reports "claiming"/"claimed" at v taking lives, responsibility
// or a victory rather than saying something: "claiming the lives of five
// people", "claiming at least 40 lives", "claiming responsibility".
func (p *para) claimsLives(v int) bool {
	for k := v + 1; k < len(p.toks) && k <= v+5; k++ {
		switch p.word(k) {
		case "lives", "life", "responsibility", "victory", "credit":
			return true
		case "that", ",":
			return false
		}
	}
	return false
}
