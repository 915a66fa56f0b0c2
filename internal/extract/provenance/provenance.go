// Package provenance finds notes on a page that say where an article comes
// from or how it was made: machine-written, translated, syndicated from a
// news agency, an opinion piece, or updated since publication. Each flag
// carries the line that shows it.
//
// The rules look for notes and credits, not for topics: an article that
// mentions AI or quotes Reuters is not flagged. Lines are scanned in page
// order and the first line that shows a flag is its evidence.
package provenance

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/internal/model"
)

// maxNoteRunes bounds the lines that can be notes; longer lines are
// article paragraphs, where these words are only mentioned.
const maxNoteRunes = 300

var (
	// aiNote: "This article has been generated with AI", "This story was
	// written with the help of artificial intelligence".
	aiNote = regexp.MustCompile(`(?i)(?:this|the) (?:article|story|text|content|summary|post|report|piece|page)\b.{0,80}?\b(?:generated|written|created|produced|composed|summari[sz]ed|drafted)\b.{0,30}?\b(?:with|by|using|through)\b.{0,30}?(?:\bAI\b|artificial intelligence|generative|language model|\bLLM\b|ChatGPT|\bGPT|Gemini|Copilot|automat)`)
	// aiLabel: a line that is only a label such as "AI-generated" or
	// "Written by AI".
	aiLabel = regexp.MustCompile(`(?i)^\W*(?:(?:this )?(?:article|story|content|text|summary) (?:is |was )?)?(?:AI[- ]generated|AI[- ]written|(?:generated|written|created|produced) (?:by|with|using) (?:an? )?(?:AI|artificial intelligence))(?: (?:content|article|story|text|summary|image))?\W*$`)

	// translatedNote: "This article has been altered and translated by X",
	// "Translated by Jane Doe", "machine translated".
	translatedNote = regexp.MustCompile(`(?i)(?:this|the) (?:article|story|text|content|report|piece|interview)\b.{0,80}?\btranslated\b|^\W*(?:translated|translation)(?: from (?:the )?\p{L}+)?(?: by| with|:)\s|\b(?:machine|automatically|automated|auto)[- ]translat|\btranslated (?:with|by|using) (?:the help of )?(?:AI|artificial intelligence|machine|DeepL|Google Translate)`)

	// opinionLabel: "Opinion: headline", "OPINION | headline", "Op-Ed".
	opinionLabel = regexp.MustCompile(`(?i)^\W*(?:opinion|op-?ed|commentary|guest (?:column|essay|opinion)|editorial|kommentar|meinung|krönika|ledare|debatt|tribune|opinión|opinione|column)\s*(?:[:|—–]|-\s)\s*\S`)
	opinionWord  = regexp.MustCompile(`(?i)^\W*(?:opinion|op-?ed|commentary|guest (?:column|essay|opinion)|editorial|kommentar|meinung|krönika|ledare|debatt|tribune|opinión|opinione|column|analysis and opinion)\W*$`)
	opinionNote  = regexp.MustCompile(`(?i)\b(?:this is an? (?:opinion|op-ed|commentary|column)\b|the (?:views|opinions) expressed (?:in this (?:article|column|piece|commentary) )?(?:here )?are (?:those of the author|the author'?s own|solely those)|opinions? expressed (?:herein|in this (?:article|column)) (?:are|is) (?:the author'?s|those of the author))`)

	// updatedNote: "Updated: 28 October 2024, 16:40", "Last updated 3
	// hours ago", "UPDATE: police have ...".
	updatedNote = regexp.MustCompile(`(?i)^\W{0,3}(?:last |first )?(?:updated|update|uppdaterad|uppdaterat|oppdatert|opdateret|aktualisiert|actualizado|actualizada|mis à jour|aggiornato|bijgewerkt)\b(?:\s+(?:on|at|am|le|el|den|il))?\s*(?::\s*\S|\s*[-–—]\s*\S|\s+\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday)\w*\b|\s+\d+\s+\w+\s+ago)`)
)

// agencies names news agencies: short codes are case-sensitive and must
// stand as a token; full names are matched without regard to case.
var agencyCodes = []string{
	"AP", "AFP", "TT", "NTB", "dpa", "DPA", "PA", "EFE", "ANSA", "APA", "ANP", "UPI", "TASS",
	"PTI", "IANS", "ANI", "AAP", "STT", "SDA", "KNA", "epd", "CTK", "ČTK", "PAP", "MTI", "BTA",
	"HINA", "AGI", "IRNA", "WAFA", "KCNA",
}

var agencyNames = []string{
	"Associated Press", "Agence France[- ]Presse", "Reuters", "Thomson Reuters",
	"Deutsche Presse[- ]Agentur", "Press Association", "PA Media", "PA Wire", "Anadolu(?: Agency| Ajans[ıi])?",
	"Xinhua(?: News Agency)?", "Yonhap(?: News Agency)?", "Kyodo(?: News)?", "Tidningarnas Telegrambyrå",
	"Norsk Telegrambyrå", "Ritzau", "Belga", "Europa Press", "Agencia EFE", "Lusa", "Bernama", "Antara",
	"Interfax", "Ukrinform", "RIA Novosti", "Canadian Press", "Australian Associated Press",
	"United Press International", "Press Trust of India", "Jiji Press", "Keystone-SDA", "Notimex",
}

var (
	agency = `(?:` + strings.Join(agencyCodes, "|") + `|(?i:` + strings.Join(agencyNames, "|") + `))`
	// end of an agency token: not followed by a letter or digit, except a
	// capitalised word glued on by a copy ("By TTThis article").
	agencyEnd = `(?:$|[^\p{L}\p{N}'’]|\p{Lu}\p{Ll})`

	// credits are agency credits; the first two are bylines.
	credits = []*regexp.Regexp{
		// Byline: "By TT", "By The Associated Press", "By Jane Doe, Reuters",
		// "Av Kalle Svensson/TT".
		regexp.MustCompile(`^\W{0,3}(?i:by|von|par|av|por|di|door|af|från)\s+(?:(?i:the)\s+)?` + agency + agencyEnd),
		regexp.MustCompile(`^\W{0,3}(?i:by|von|par|av|por|di|door|af)\s+[^,|/()]{2,60}?\s*(?:,|\||/|\s[-–—]\s|\s(?i:for|and|und|och|og|et|y)\s)\s*(?:(?i:the)\s+)?` + agency + agencyEnd),
		// Dateline: "WASHINGTON (AP) —", "(Reuters) -", "STOCKHOLM (TT):",
		// or a capitalised place and the credit alone on a line.
		regexp.MustCompile(`^[^()]{0,60}\(\s*` + agency + `(?:\s*/\s*` + agency + `)*\s*\)\s*[-–—:]`),
		regexp.MustCompile(`^[\p{Lu} .,'’-]{2,40}\(\s*` + agency + `(?:\s*/\s*` + agency + `)*\s*\)\s*$`),
		// Trailing credit: "Stockholm /TT", "... sade han. /TT", "– dpa",
		// or a line that is only "(AFP)" or an agency's full name. A
		// "(Name/AP)" at the end of a long line is a picture credit, and
		// a bare "AP" on its own line is too ambiguous to count.
		regexp.MustCompile(`(?:^|[.!?"”]\s*|\s)(?:/|[-–—])\s*` + agency + `(?:\s*/\s*` + agency + `)*\s*$`),
		regexp.MustCompile(`^\W{0,3}\(\s*` + agency + `(?:\s*/\s*` + agency + `)*\s*\)\W{0,3}$`),
		regexp.MustCompile(`^\W{0,3}(?:(?i:the)\s+)?(?i:` + strings.Join(agencyNames, "|") + `)\W{0,3}$`),
		// Source and copyright notes: "Source: Reuters", "Källa: TT",
		// "© 2019 Associated Press".
		regexp.MustCompile(`^\W{0,3}(?i:source|sources|källa|kilde|quelle|fuente|fonte|bron|lähde|credit|written by|text)\s*:\s*(?:(?i:the)\s+)?` + agency + agencyEnd),
		regexp.MustCompile(`(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}\s*)?(?:(?i:the)\s+)?` + agency + agencyEnd + `.*(?i:rights reserved|may not be|material)`),
		// Reuters' and AP's reporting credits on other outlets' pages.
		regexp.MustCompile(`^\(?(?i:reporting by)\s.*(?i:editing by)\s`),
		regexp.MustCompile(`^(?i:(?:the )?associated press (?:writers?|reporters?|correspondents?)) .*contributed`),
	}
	// photoCredit lines credit a picture: outlets buy agency photos for
	// their own articles, so these say nothing about the text.
	photoCredit = regexp.MustCompile(`(?i)^\W{0,3}(?:photo|foto|image|picture|bild|pic|kuva|illustration|video|graphic)s?\b|\b(?:photo|foto|image|bild)s?\s*(?::|by\b)|\bvia (?:getty|ap\b)|\b(?:ap|afp|reuters|epa|getty|file) (?:photo|images?|pictures?)\b|\(\s*[\p{L}.' -]{2,40}\s*/\s*[^()]{2,40}\)\s*$`)
)

// Words without which a line cannot match the patterns of a flag.
var (
	aiWords      = []string{"generat", "written", "writ", "creat", "produc", "compos", "summar", "draft"}
	opinionWords = []string{"opinion", "op-ed", "oped", "commentary", "column", "editorial", "kommentar", "meinung", "krönika", "ledare", "debatt", "tribune", "opinión", "views expressed", "guest"}
	updatedWords = []string{"updat", "uppdat", "oppdat", "opdat", "aktualis", "actualiz", "mis à jour", "aggiorn", "bijgewerkt"}
)

var (
	codeSet      = map[string]bool{}
	nameKeywords []string // lower-case first word of each agency name
)

func init() {
	for _, c := range agencyCodes {
		codeSet[c] = true
	}
	for _, n := range agencyNames {
		w := strings.ToLower(strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '[' || r == '(' })[0])
		nameKeywords = append(nameKeywords, w)
	}
}

// mentionsAgency is a quick test for an agency code standing as a token
// (or glued to a capitalised word, "TTThis") or an agency name.
func mentionsAgency(line, lower string) bool {
	if containsAny(lower, nameKeywords) {
		return true
	}
	start := -1
	for i, r := range line + " " {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			tok := line[start:i]
			if codeSet[tok] {
				return true
			}
			// "TTThis": a code followed by a capitalised word.
			for n := 2; n <= 5 && n < len(tok)-1; n++ {
				if codeSet[tok[:n]] && unicode.IsUpper(rune(tok[n])) && unicode.IsLower(rune(tok[n+1])) {
					return true
				}
			}
			start = -1
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Scan returns the flags shown by the lines of a page, each at most once,
// in the order of the flag names in model. outlet is the publishing site:
// an agency is not syndicating its own copy. title is the article's title
// when known: an "Opinion:" label counts only on the article's own
// headline, not on teasers for other stories.
func Scan(lines []string, outlet, title string) []model.Flag {
	found := map[string]string{}
	set := func(name, line string) {
		if _, ok := found[name]; !ok {
			found[name] = line
		}
	}
	for i, raw := range lines {
		line := strings.Join(strings.Fields(raw), " ")
		if line == "" || utf8.RuneCountInString(line) > maxNoteRunes {
			continue
		}
		// Cheap word tests first: most lines of a page hold no note at
		// all, and the patterns are costly.
		lower := strings.ToLower(line)
		if containsAny(lower, aiWords) && (aiNote.MatchString(line) || aiLabel.MatchString(line)) {
			set(model.FlagAIGenerated, line)
		}
		if strings.Contains(lower, "translat") && translatedNote.MatchString(line) {
			set(model.FlagTranslated, line)
		}
		if (strings.Contains(lower, "reporting by") || mentionsAgency(line, lower)) && isCredit(line, outlet) {
			set(model.FlagSyndicated, line)
		}
		if containsAny(lower, opinionWords) && (opinionNote.MatchString(line) ||
			opinionLabel.MatchString(line) && utf8.RuneCountInString(line) <= 200 && labelsTitle(line, title) ||
			opinionWord.MatchString(line) && labelInContext(lines, i, title)) {
			set(model.FlagOpinion, line)
		}
		if containsAny(lower[:min(len(lower), 24)], updatedWords) && utf8.RuneCountInString(line) <= 120 && updatedNote.MatchString(line) {
			set(model.FlagUpdated, line)
		}
	}
	var flags []model.Flag
	for _, name := range order {
		if ev, ok := found[name]; ok {
			flags = append(flags, model.Flag{Name: name, Evidence: ev})
		}
	}
	return flags
}

var agencyToken = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])` + agency + agencyEnd)

// AuthorCredit returns a syndicated flag when the article's author field
// names a news agency ("Associated Press", "TOM KRISHER; AP Auto Writer"),
// unless the agency is the owner (outlet and host) itself.
func AuthorCredit(author, owner string) (model.Flag, bool) {
	author = strings.Join(strings.Fields(author), " ")
	loc := agencyToken.FindStringIndex(author)
	if author == "" || utf8.RuneCountInString(author) > 120 || loc == nil {
		return model.Flag{}, false
	}
	if owner != "" && ownName(author[loc[0]:loc[1]], owner) {
		return model.Flag{}, false
	}
	return model.Flag{Name: model.FlagSyndicated, Evidence: "author: " + author}, true
}

// order is the order of flags in Scan's result.
var order = []string{model.FlagAIGenerated, model.FlagTranslated, model.FlagSyndicated, model.FlagOpinion, model.FlagUpdated}

// Add returns flags with f added in its place, unless a flag of that name
// is there already.
func Add(flags []model.Flag, f model.Flag) []model.Flag {
	rank := func(name string) int {
		for i, n := range order {
			if n == name {
				return i
			}
		}
		return len(order)
	}
	for _, g := range flags {
		if g.Name == f.Name {
			return flags
		}
	}
	out := make([]model.Flag, 0, len(flags)+1)
	added := false
	for _, g := range flags {
		if !added && rank(f.Name) < rank(g.Name) {
			out = append(out, f)
			added = true
		}
		out = append(out, g)
	}
	if !added {
		out = append(out, f)
	}
	return out
}

// isCredit reports an agency credit that is not a photo credit and not the
// outlet's own name.
func isCredit(line, outlet string) bool {
	if photoCredit.MatchString(line) || utf8.RuneCountInString(line) > 200 && !strings.Contains(line, "(") {
		return false
	}
	for k, re := range credits {
		if k < 2 && utf8.RuneCountInString(line) > 150 {
			continue // a byline is short
		}
		loc := re.FindStringIndex(line)
		if loc == nil {
			continue
		}
		if outlet != "" && ownName(line[loc[0]:loc[1]], outlet) {
			continue
		}
		return true
	}
	return false
}

// ownName reports whether the matched credit names the outlet itself
// (Reuters on reuters.com).
func ownName(credit, outlet string) bool {
	o := strings.ToLower(outlet)
	o = strings.TrimSuffix(strings.TrimSuffix(o, ".com"), ".org")
	c := strings.ToLower(credit)
	for _, w := range strings.FieldsFunc(o, func(r rune) bool { return r == ' ' || r == '.' || r == '-' }) {
		if len(w) >= 2 && w != "the" && w != "news" && w != "www" && strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// labelInContext reports whether a one-word label such as "Opinion"
// stands above an article rather than among menu items: the next line is
// a headline or paragraph (the article's title, when known) and the
// previous one is not another menu entry.
func labelInContext(lines []string, i int, title string) bool {
	near := func(j, step int) string {
		for ; j >= 0 && j < len(lines); j += step {
			if s := strings.TrimSpace(lines[j]); s != "" {
				return s
			}
		}
		return ""
	}
	prev, next := near(i-1, -1), near(i+1, 1)
	if title != "" && (sameWords(next, title) || sameWords(prev, title)) {
		return true
	}
	words := func(s string) int { return len(strings.Fields(s)) }
	return title == "" && words(next) >= 5 && (prev == "" || words(prev) > 3)
}

// labelsTitle reports whether an "Opinion: headline" line labels the
// article itself: its headline is the title, or the title is unknown.
func labelsTitle(line, title string) bool {
	if title == "" {
		return true
	}
	loc := opinionPrefix.FindStringIndex(line)
	if loc == nil {
		return false
	}
	return sameWords(line[loc[1]:], title) || sameWords(line, title)
}

var opinionPrefix = regexp.MustCompile(`(?i)^\W*(?:opinion|op-?ed|commentary|guest (?:column|essay|opinion)|editorial|kommentar|meinung|krönika|ledare|debatt|tribune|opinión|opinione|column)\s*(?:[:|—–]|-\s)\s*`)

// sameWords reports whether two headlines share most of their words (one
// may carry a site suffix or the label the other lacks).
func sameWords(a, b string) bool {
	wa, wb := wordSet(a), wordSet(b)
	if min(len(wa), len(wb)) < 3 {
		return false // one word in common proves nothing
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return common*10 >= min(len(wa), len(wb))*8 && common*2 >= max(len(wa), len(wb))
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		m[w] = true
	}
	return m
}
