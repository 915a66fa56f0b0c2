package cluster

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsdesk/internal/entity"
)

// Doc is one article to place in a story.
type Doc struct {
	ID        string
	Title     string
	Text      string // body, paragraphs separated by "\n"
	Published time.Time
	Language  string // ISO 639-1; "" means detect
	Outlet    string
	URL       string
}

// Feature is one weighted feature of an article: a hashed term, entity or
// number with its raw (boosted) count.
type Feature struct {
	ID uint64
	W  float32
}

// Features is an analysed article: everything the clusterer needs and
// nothing else, so that analysis (slow, parallel) is separate from
// assignment (fast, sequential). Prepare builds it.
type Features struct {
	ID        string
	Published time.Time
	Language  string
	Terms     []Feature // stemmed content words, sorted by ID
	Entities  []Feature // capitalised names, folded, sorted by ID
	Numbers   []Feature // numbers, years, months and dates, sorted by ID
	Sig       Signature // near-duplicate signature
}

// Limits on the features kept per article, so that a huge page costs no
// more than a long report.
const (
	maxTermFeatures   = 100
	maxEntityFeatures = 80
	maxNumberFeatures = 40
)

// Feature kinds, hashed into the feature ID.
const (
	kindTerm    = 't'
	kindEntity  = 'e'
	kindName    = 'E' // a whole multi-word name
	kindNumber  = 'n'
	kindYear    = 'y'
	kindMonth   = 'm'
	kindDay     = 'd'
	kindWeekday = 'w'
)

// Boosts for where a word occurs: the title and the lede say what the
// story is; the tail of a long article drifts to background.
const (
	titleBoost = 3
	ledeBoost  = 2
	ledeTokens = 60
)

// Prepare analyses d into Features. It is safe to call concurrently.
func Prepare(d Doc) Features {
	title := tokenize(d.Title)
	body := tokenize(d.Text)
	lang := strings.ToLower(strings.TrimSpace(d.Language))
	if len(lang) > 2 {
		lang = lang[:2]
	}
	if lang == "" {
		all := make([]token, 0, len(title)+min(len(body), 400))
		all = append(all, title...)
		all = append(all, body[:min(len(body), 400)]...)
		lang = detectLanguage(all)
	}
	f := Features{ID: d.ID, Published: d.Published, Language: lang}

	terms := map[uint64]float32{}
	ents := map[uint64]float32{}
	nums := map[uint64]float32{}
	add := func(toks []token, boostOf func(i int) float32) {
		for i := range toks {
			t := &toks[i]
			b := boostOf(i)
			if t.number {
				continue
			}
			if len([]rune(t.fold)) < 2 || isStop(lang, t) {
				continue
			}
			terms[hashString(kindTerm, stem(lang, t.fold))] += b
		}
		addEntities(toks, lang, ents, boostOf)
		addNumbers(toks, nums, boostOf)
	}
	add(title, func(int) float32 { return titleBoost })
	add(body, func(i int) float32 {
		if i < ledeTokens {
			return ledeBoost
		}
		return 1
	})
	f.Terms = topFeatures(terms, maxTermFeatures)
	f.Entities = topFeatures(ents, maxEntityFeatures)
	f.Numbers = topFeatures(nums, maxNumberFeatures)
	f.Sig = sign(title, body)
	return f
}

// topFeatures keeps the n heaviest features (ties by ID) sorted by ID.
func topFeatures(m map[uint64]float32, n int) []Feature {
	out := make([]Feature, 0, len(m))
	for id, w := range m {
		out = append(out, Feature{id, w})
	}
	if len(out) > n {
		sortStrongest(out)
		out = out[:n]
	}
	sortFeatures(out)
	return out
}

func sortFeatures(l []Feature) {
	slices.SortFunc(l, func(a, b Feature) int { return cmp.Compare(a.ID, b.ID) })
}

// connectors may join the parts of a name: "Bank of England",
// "Ursula von der Leyen", "Charles de Gaulle".
var connectors = map[string]bool{
	"of": true, "de": true, "von": true, "van": true, "der": true, "den": true, "la": true,
	"al": true, "bin": true, "da": true, "del": true, "di": true, "du": true, "le": true,
}

// addEntities finds names: runs of capitalised words. A run that starts a
// sentence loses its first word when that word is a function word, and a
// single capitalised word at a sentence start is not trusted at all. In a
// headline written in title case every word is capitalised, so there only
// runs of two or more words count.
func addEntities(toks []token, lang string, ents map[uint64]float32, boostOf func(int) float32) {
	// per sentence: is it title case?
	titleCase := map[int]bool{}
	{
		capN, wordN, sent := 0, 0, -1
		flush := func() {
			if sent >= 0 && wordN >= 4 && capN*10 >= wordN*7 {
				titleCase[sent] = true
			}
		}
		for i := range toks {
			t := &toks[i]
			if t.sentence != sent {
				flush()
				sent, capN, wordN = t.sentence, 0, 0
			}
			if t.number || isStop(lang, t) {
				continue
			}
			wordN++
			if t.cap {
				capN++
			}
		}
		flush()
	}
	var run []int
	emit := func() {
		// trim trailing connectors
		for len(run) > 0 && connectors[toks[run[len(run)-1]].fold] {
			run = run[:len(run)-1]
		}
		if len(run) == 0 {
			return
		}
		first := &toks[run[0]]
		if first.sentStart && isStop(lang, first) {
			run = run[1:]
			if len(run) == 0 {
				return
			}
			first = &toks[run[0]]
		}
		if lang != "" && lang != "en" {
			// "Russland", "Corée du Nord": a country by its English name,
			// so that stories meet across languages
			if canon, ok := entity.Country(runText(toks, run)); ok {
				b := boostOf(run[0])
				words := strings.Fields(strings.ToLower(canon))
				for _, w := range words {
					ents[hashString(kindEntity, w)] += b
				}
				if len(words) > 1 {
					ents[hashString(kindName, strings.Join(words, " "))] += b
				}
				run = run[:0]
				return
			}
		}
		if len(run) == 1 && (first.sentStart || titleCase[first.sentence]) {
			run = run[:0]
			return
		}
		if lang == "de" && len(run) == 1 && !isAllCaps(first.text) {
			// German capitalises every noun; a lone capitalised word is
			// a name only when it is not an ordinary noun, which we cannot
			// tell, so it counts at a third of the weight.
			ents[hashString(kindEntity, first.fold)] += boostOf(run[0]) / 3
			run = run[:0]
			return
		}
		b := boostOf(run[0])
		var full strings.Builder
		parts := 0
		for _, k := range run {
			t := &toks[k]
			if connectors[t.fold] {
				continue
			}
			if isStop(lang, t) && !t.cap {
				continue
			}
			ents[hashString(kindEntity, t.fold)] += b
			if parts > 0 {
				full.WriteByte(' ')
			}
			full.WriteString(t.fold)
			parts++
		}
		if parts > 1 {
			ents[hashString(kindName, full.String())] += b
		}
		run = run[:0]
	}
	for i := range toks {
		t := &toks[i]
		switch {
		case t.cap && !t.number && len(t.fold) > 1:
			if len(run) > 0 && (toks[run[len(run)-1]].sentence != t.sentence || t.sentStart) {
				emit()
			}
			run = append(run, i)
		case len(run) > 0 && connectors[t.fold] && !t.cap && t.sentence == toks[run[len(run)-1]].sentence:
			run = append(run, i)
		default:
			emit()
		}
	}
	emit()
}

// runText is the words of a run as written, joined by spaces.
func runText(toks []token, run []int) string {
	if len(run) == 1 {
		return toks[run[0]].text
	}
	var b strings.Builder
	for i, k := range run {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

func isAllCaps(s string) bool {
	return strings.ToUpper(s) == s && len(s) > 1
}

// months maps folded month names (and common abbreviations) in the
// supported languages to 1..12, so dates meet across languages.
var months = func() map[string]int {
	m := map[string]int{}
	lists := []string{
		"january february march april may june july august september october november december",
		"januar februar marz april mai juni juli august september oktober november dezember",
		"janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"januari februari mars april maj juni juli augusti september oktober november december",
		"ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
		"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
		"sichnia liutoho bereznia kvitnia travnia chervnia lypnia serpnia veresnia zhovtnia lystopada hrudnia",
		"stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia",
		"jan feb mar apr may jun jul aug sep oct nov dec",
	}
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			if _, ok := m[w]; !ok {
				m[w] = i + 1
			}
		}
	}
	m["sept"] = 9
	delete(m, "may") // too often the verb in English; "May 3" is caught below
	delete(m, "mar")
	return m
}()

// weekdays maps folded weekday names in the supported languages to 1..7
// (Monday first), so "Thursday", "Donnerstag" and "jeudi" meet.
var weekdays = func() map[string]int {
	m := map[string]int{}
	for _, l := range []string{
		"monday tuesday wednesday thursday friday saturday sunday",
		"montag dienstag mittwoch donnerstag freitag samstag sonntag",
		"lundi mardi mercredi jeudi vendredi samedi dimanche",
		"lunes martes miercoles jueves viernes sabado domingo",
		"lunedi martedi mercoledi giovedi venerdi sabato domenica",
		"segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado domingo",
		"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
		"mandag tisdag onsdag torsdag fredag lordag sondag",
		"pazartesi sali carsamba persembe cuma cumartesi pazar",
		"понедельник вторник среду четверг пятницу субботу воскресенье",
		"понеділок вівторок середу четвер пʼятницю суботу неділю",
		"poniedzialek wtorek srode czwartek piatek sobote niedziele",
	} {
		for i, w := range strings.Fields(l) {
			if _, ok := m[w]; !ok {
				m[w] = i + 1
			}
		}
	}
	m["samstags"] = 6
	return m
}()

// addNumbers records numbers, years, months, weekdays and day-of-month
// dates. The
// English "May" is a month only next to a day number.
func addNumbers(toks []token, nums map[uint64]float32, boostOf func(int) float32) {
	monthAt := func(i int) int {
		if i < 0 || i >= len(toks) || toks[i].number {
			return 0
		}
		if toks[i].fold == "may" || toks[i].fold == "mar" {
			if (i+1 < len(toks) && toks[i+1].number) || (i > 0 && toks[i-1].number) {
				return map[string]int{"may": 5, "mar": 3}[toks[i].fold]
			}
			return 0
		}
		return months[toks[i].fold]
	}
	for i := range toks {
		t := &toks[i]
		b := boostOf(i)
		if !t.number {
			if m := monthAt(i); m > 0 {
				nums[hashString(kindMonth, strconv.Itoa(m))] += b
			} else if wd := weekdays[t.fold]; wd > 0 {
				nums[hashString(kindWeekday, strconv.Itoa(wd))] += b
			}
			continue
		}
		v, ok := normNumber(t.text)
		if !ok {
			continue
		}
		if len(v) == 4 && (v[:2] == "19" || v[:2] == "20") {
			nums[hashString(kindYear, v)] += b
			continue
		}
		if len(v) <= 2 {
			if d, _ := strconv.Atoi(v); d >= 1 && d <= 31 {
				m := monthAt(i - 1)
				if m == 0 {
					m = monthAt(i + 1)
				}
				if m > 0 {
					nums[hashString(kindDay, strconv.Itoa(m)+"-"+strconv.Itoa(d))] += b
					continue
				}
			}
		}
		nums[hashString(kindNumber, v)] += b
	}
}

// normNumber writes a number the same way whatever the language's
// separators: "10,000", "10.000" and "10 000" are all "10000"; "1,5" and
// "1.5" are "1.5". Leading digits of ordinals and units ("33-year-old",
// "5th") are kept. It rejects tokens with no digits.
func normNumber(s string) (string, bool) {
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == ',' || s[end] == '.') {
		end++
	}
	s = s[:end]
	if s == "" || s[0] < '0' || s[0] > '9' {
		return "", false
	}
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '.' })
	if len(groups) == 1 {
		return strings.TrimLeft(groups[0], "0") + zeroIfEmpty(groups[0]), true
	}
	thousands := true
	for _, g := range groups[1:] {
		if len(g) != 3 {
			thousands = false
		}
	}
	if thousands {
		return strings.TrimLeft(strings.Join(groups, ""), "0"), true
	}
	last := groups[len(groups)-1]
	return strings.Join(groups[:len(groups)-1], "") + "." + last, true
}

func zeroIfEmpty(g string) string {
	if strings.TrimLeft(g, "0") == "" {
		return "0"
	}
	return ""
}
