package plaintext

import (
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"newsdesk/internal/textproc"
)

// featureNames names the columns of the feature matrix, in order. The
// learned model stores them so that a model trained on another feature
// layout is refused instead of silently misread.
var featureNames = []string{
	// the line itself
	"log_chars", "log_words", "stop_ratio", "terminal", "colon_end", "ellipsis",
	"punct_per_word", "commas_per_word", "upper_ratio", "cap_word_ratio", "digit_ratio",
	"bullet", "separator", "urlish", "copyright", "quotes", "log_sentences", "lower_start",
	"mean_word_len", "kw_social", "kw_account", "kw_legal", "kw_more", "kw_media", "kw_time",
	"time_ago", "has_date", "log_repeats", "in_title", "title_in", "blank_above", "blank_below",
	"share_of_page_words", "chars_vs_max",
	// position
	"rel_pos", "log_pos", "log_left", "cum_words_before",
	// neighbourhood
	"prev_log_words", "next_log_words", "prev_terminal", "next_terminal", "prev_stop", "next_stop",
	"w2_log_words", "w2_terminal", "w2_stop",
	"w5_log_words", "w5_terminal", "w5_stop", "w5_short_run",
	"w12_log_words", "w12_terminal", "w12_stop",
	"short_run", "in_dense", "dense_dist", "dense_share", "region_rank", "length_rank",
	"since_more_heading", "until_more_heading", "prev_time_ago", "next_time_ago", "prev_bullet", "next_bullet",
	"w5_bullet", "w5_repeated", "byline", "bracketed", "time_only",
}

const nFeatures = 71

// keywordGroups are words typical of page furniture, by kind; their share
// of a line's words is a feature.
var keywordGroups = [...]string{
	"share shares tweet facebook twitter instagram linkedin whatsapp pinterest reddit telegram youtube email e-mail mail print whatsapp flipboard messenger copy link",
	"subscribe subscription subscribers subscriber newsletter newsletters sign login log register account premium membership paywall unlock free trial offer",
	"cookie cookies privacy terms policy conditions consent gdpr advertisement advertising advertise ads ad sponsored partner contact imprint impressum",
	"more related popular trending recommended read also latest top news stories most viewed watch next previous comments comment reply replies loading",
	"photo photos image images picture video videos getty afp ap reuters credit caption gallery file illustration shutterstock istock",
	"ago min mins minute minutes hour hours hrs day days updated published posted read",
}

const (
	flagStop     = 1 << 6 // stop-word in some language
	flagTimeUnit = 1 << 7
)

// wordFlags maps a lower-cased word to its keyword-group bits (bit g for
// keywordGroups[g]) and flagTimeUnit.
var wordFlags = func() map[string]uint16 {
	m := map[string]uint16{}
	for g, list := range keywordGroups {
		for _, w := range strings.Fields(list) {
			m[w] |= 1 << g
		}
	}
	for w := range timeUnits {
		m[w] |= flagTimeUnit
	}
	return m
}()

// stopCache remembers stop-word answers across pages (the lookup walks
// every language's list): a direct-mapped table indexed by a hash of the
// word, safe for concurrent use.
type stopEntry struct {
	word  string
	flags uint16
}

var stopCache [1 << 16]atomic.Pointer[stopEntry]

// flagsOf returns the flags of the lower-cased word w.
func flagsOf(w string) uint16 {
	if len(w) > 24 || w[0] <= '9' && isNumber(w) {
		return 0
	}
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	slot := &stopCache[h&(uint32(len(stopCache))-1)]
	e := slot.Load()
	if e == nil || e.word != w {
		f := wordFlags[w]
		if textproc.IsAnyStopword(w) {
			f |= flagStop
		}
		e = &stopEntry{word: strings.Clone(w), flags: f}
		slot.Store(e)
	}
	return e.flags
}

var _ = wordFlags // keyword flags are read through flagsOf's cache

var timeUnits = set("min mins minute minutes hour hours hr hrs h day days week weeks month months sec secs seconds second")

// features fills the feature matrix of a page: one row of nFeatures per
// line.
func features(lines []line) [][]float64 {
	return featuresInto(lines, nil)
}

// rowBuf is reusable storage for a page's feature matrix.
type rowBuf struct {
	rows [][]float64
	flat []float64
}

var rowPool = sync.Pool{New: func() any { return new(rowBuf) }}

// take returns n rows of width columns backed by b's storage, or newly
// allocated when b is nil; the values are left as they were.
func (b *rowBuf) take(n, width int) ([][]float64, []float64) {
	if b == nil {
		return make([][]float64, n), make([]float64, n*width)
	}
	if cap(b.rows) < n {
		b.rows = make([][]float64, n)
	}
	if cap(b.flat) < n*width {
		b.flat = make([]float64, n*width)
	}
	return b.rows[:n], b.flat[:n*width]
}

// featuresInto is features writing into buf when it is not nil (the rows
// then live only as long as buf is not reused).
func featuresInto(lines []line, buf *rowBuf) [][]float64 {
	n := len(lines)
	rows, flat := buf.take(n, nFeatures)
	if n == 0 {
		return rows
	}
	for i := range rows {
		rows[i] = flat[i*nFeatures : (i+1)*nFeatures : (i+1)*nFeatures]
	}

	// page-level facts
	counts := make(map[string]int, n)
	totalWords, maxChars := 0, 1
	for i := range lines {
		counts[lines[i].text]++
		totalWords += lines[i].words
		if lines[i].chars > maxChars {
			maxChars = lines[i].chars
		}
	}
	// the first line is often the page's <title>
	var titleToks []string
	titleSet := map[string]bool{}
	for _, t := range lines[0].tokens {
		if !titleSet[t] && len(titleToks) < 32 {
			titleSet[t] = true
			titleToks = append(titleToks, t)
		}
	}
	for i := range lines {
		l := &lines[i]
		l.stops = 0
		for j, t := range l.tokens {
			f := flagsOf(t)
			l.flags[j] = f
			if f&flagStop != 0 {
				l.stops++
			}
		}
	}
	logWords := make([]float64, n)
	term := make([]float64, n)
	stop := make([]float64, n)
	short := make([]bool, n)
	for i := range lines {
		l := &lines[i]
		logWords[i] = math.Log1p(float64(l.words))
		term[i] = b2f(l.terminal)
		stop[i] = ratio(l.stops, l.words)
		short[i] = l.words <= 8 && !l.terminal
	}
	runLen := runs(short)
	dense, denseDist, denseShare, rank := denseRegions(lines, totalWords)
	lenRank := lengthRanks(lines)
	// "Latest News", "More stories", "Related": short lines of
	// more-to-read words head the link lists that follow an article.
	ago := make([]float64, n)
	bul := make([]float64, n)
	rep := make([]float64, n)
	heading := make([]bool, n)
	for i := range lines {
		l := &lines[i]
		kw := 0
		for j, fl := range l.flags {
			if fl&(1<<3) != 0 {
				kw++
			}
			if fl&flagTimeUnit != 0 && j > 0 && isNumber(l.tokens[j-1]) {
				ago[i] = 1
			}
		}
		heading[i] = isMoreHeading(l)
		bul[i] = b2f(l.bullet)
		if counts[l.text] > 1 {
			rep[i] = 1
		}
	}
	since := make([]float64, n)
	until := make([]float64, n)
	last := -1
	for i := range lines {
		if last < 0 {
			since[i] = -1
		} else {
			since[i] = math.Log1p(float64(i - last))
		}
		if heading[i] {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		if last < 0 {
			until[i] = -1
		} else {
			until[i] = math.Log1p(float64(last - i))
		}
		if heading[i] {
			last = i
		}
	}

	cum := 0
	for i := range lines {
		l := &lines[i]
		f := rows[i]
		k := 0
		put := func(v float64) { f[k] = v; k++ }
		put(math.Log1p(float64(l.chars)))
		put(logWords[i])
		put(stop[i])
		put(term[i])
		put(b2f(l.colonEnd))
		put(b2f(l.ellipsis))
		put(ratio(l.punct, l.words))
		put(ratio(l.commas, l.words))
		put(ratio(l.upper, l.letters))
		put(ratio(l.capWords, l.words))
		put(ratio(l.digits, l.chars))
		put(b2f(l.bullet))
		put(b2f(l.separator))
		put(b2f(l.urlish))
		put(b2f(l.copyright))
		put(math.Min(float64(l.quotes), 4))
		put(math.Log1p(float64(l.sentEnds)))
		put(b2f(l.lower0))
		put(ratio(l.wordChars, l.words))
		var kw [len(keywordGroups)]int
		timeAgo := false
		inTitle := 0
		for j, t := range l.tokens {
			fl := l.flags[j]
			for g := range keywordGroups {
				if fl&(1<<g) != 0 {
					kw[g]++
				}
			}
			if fl&flagTimeUnit != 0 && j > 0 && isNumber(l.tokens[j-1]) {
				timeAgo = true
			}
			if titleSet[t] {
				inTitle++
			}
		}
		for g := range kw {
			put(ratio(kw[g], l.words))
		}
		put(b2f(timeAgo))
		put(b2f(looksDated(l)))
		put(math.Log(float64(counts[l.text])))
		put(ratio(inTitle, l.words))
		titleIn := 0
		lt := l.tokens[:min(len(l.tokens), 64)]
		for _, t := range titleToks {
			for _, u := range lt {
				if u == t {
					titleIn++
					break
				}
			}
		}
		put(ratio(titleIn, len(titleToks)))
		put(b2f(l.blankAbove))
		put(b2f(l.blankBelow))
		put(ratio(l.words, totalWords))
		put(float64(l.chars) / float64(maxChars))

		put(float64(i) / float64(n))
		put(math.Log1p(float64(i)))
		put(math.Log1p(float64(n - 1 - i)))
		put(ratio(cum, totalWords))
		cum += l.words

		put(at(logWords, i-1))
		put(at(logWords, i+1))
		put(at(term, i-1))
		put(at(term, i+1))
		put(at(stop, i-1))
		put(at(stop, i+1))
		for _, w := range []int{2, 5, 12} {
			put(window(logWords, i, w))
			put(window(term, i, w))
			put(window(stop, i, w))
			if w == 5 {
				s := 0
				for j := i - w; j <= i+w; j++ {
					if j >= 0 && j < n && j != i && short[j] {
						s++
					}
				}
				put(float64(s) / float64(2*w))
			}
		}
		put(math.Log1p(float64(runLen[i])))
		put(b2f(dense[i]))
		put(math.Log1p(float64(denseDist[i])))
		put(denseShare[i])
		put(float64(rank[i]))
		put(math.Log1p(float64(lenRank[i])))
		put(since[i])
		put(until[i])
		put(at(ago, i-1))
		put(at(ago, i+1))
		put(at(bul, i-1))
		put(at(bul, i+1))
		put(window(bul, i, 5))
		put(window(rep, i, 5))
		put(b2f(isByline(l)))
		put(b2f(isBracketed(l)))
		put(b2f(isTimeOnly(l)))
		if k != nFeatures {
			panic("plaintext: feature count mismatch")
		}
	}
	return rows
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func ratio(a, b int) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func at(xs []float64, i int) float64 {
	if i < 0 || i >= len(xs) {
		return -1
	}
	return xs[i]
}

// window is the mean of xs over the w lines on each side of i (i itself
// excluded); lines past the page edge count as -1.
func window(xs []float64, i, w int) float64 {
	s := 0.0
	for j := i - w; j <= i+w; j++ {
		if j == i {
			continue
		}
		s += at(xs, j)
	}
	return s / float64(2*w)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// runs gives, for each line, the length of the run of consecutive flagged
// lines it belongs to (0 when it is not flagged).
func runs(flag []bool) []int {
	out := make([]int, len(flag))
	for i := 0; i < len(flag); {
		if !flag[i] {
			i++
			continue
		}
		j := i
		for j < len(flag) && flag[j] {
			j++
		}
		for k := i; k < j; k++ {
			out[k] = j - i
		}
		i = j
	}
	return out
}

// denseRegions finds the stretches of prose: a line scores by its words
// when it reads like a sentence and is penalised when it is short, and the
// maximal-sum segments (Kadane, repeated on what is left) are the
// candidate article regions. For each line it returns whether it lies in
// the best region, its distance in lines to that region, the share of the
// page's prose-score its region holds, and its region's rank (1 best, 0
// none, up to 3).
func denseRegions(lines []line, totalWords int) ([]bool, []int, []float64, []int) {
	n := len(lines)
	score := make([]float64, n)
	for i := range lines {
		l := &lines[i]
		s := float64(l.words)
		if !l.terminal {
			s *= 0.5
		}
		score[i] = s - 8
	}
	in := make([]bool, n)
	dist := make([]int, n)
	share := make([]float64, n)
	rank := make([]int, n)
	used := make([]bool, n)
	total := 0.0
	for _, s := range score {
		if s > 0 {
			total += s
		}
	}
	bestLo, bestHi := -1, -1
	for r := 1; r <= 3; r++ {
		lo, hi, sum := maxSegment(score, used)
		if lo < 0 || sum <= 0 {
			break
		}
		for i := lo; i <= hi; i++ {
			used[i] = true
			rank[i] = r
			if total > 0 {
				share[i] = sum / total
			}
		}
		if r == 1 {
			bestLo, bestHi = lo, hi
		}
	}
	for i := range lines {
		switch {
		case bestLo < 0:
			dist[i] = n
		case i < bestLo:
			dist[i] = bestLo - i
		case i > bestHi:
			dist[i] = i - bestHi
		default:
			in[i] = true
		}
	}
	return in, dist, share, rank
}

// maxSegment is Kadane's maximum-sum contiguous segment over the lines not
// yet used.
func maxSegment(score []float64, used []bool) (lo, hi int, best float64) {
	lo, hi = -1, -1
	best = math.Inf(-1)
	cur, start := 0.0, -1
	for i, s := range score {
		if used[i] {
			cur, start = 0, -1
			continue
		}
		if start < 0 || cur <= 0 {
			cur, start = 0, i
		}
		cur += s
		if cur > best {
			best, lo, hi = cur, start, i
		}
	}
	return lo, hi, best
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lengthRanks gives each line its rank by word count on the page (0 for
// the longest).
func lengthRanks(lines []line) []int {
	order := make([]int, len(lines))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return lines[order[a]].words > lines[order[b]].words })
	rank := make([]int, len(lines))
	for r, i := range order {
		rank[i] = r
	}
	return rank
}

// readMoreWords may fill a "Latest News" / "Most Read" / "Related
// articles" heading, besides the more-to-read keyword group.
var readMoreWords = set("articles article posts post stories story videos video you may might like also for in from our the this more news editor's picks picked")

// isMoreHeading reports a short heading made only of more-to-read words
// ("Latest News", "More news", "Most Read News", "Related Articles"),
// which heads the link lists around an article.
func isMoreHeading(l *line) bool {
	if l.words == 0 || l.words > 4 || l.terminal {
		return false
	}
	kw := 0
	for j, t := range l.tokens {
		if l.flags[j]&(1<<3) != 0 {
			kw++
			continue
		}
		if !readMoreWords[t] {
			return false
		}
	}
	return kw > 0
}

// commentWords name a readers' comment thread, in the languages news pages
// come in most.
var commentWords = set("comment comments commenting responses response replies reply discussion kommentare kommentar commentaires commentaire comentarios comentários commenti reacties комментарии комментариев")

// isCommentsHeading reports the head of a readers' comment thread: "34
// Comments", "34 responses to “...”", "Leave a comment", "Join the
// discussion".
func isCommentsHeading(l *line) bool {
	if l.words == 0 || l.terminal {
		return false
	}
	if l.words >= 2 && isNumber(l.tokens[0]) && commentWords[l.tokens[1]] {
		return true
	}
	if l.words > 4 {
		return false
	}
	for _, t := range l.tokens {
		if commentWords[t] {
			return true
		}
	}
	return false
}

// isCommentAuthor reports the line that opens one readers' comment: "Jane
// on September 12, 2018 at 4:47 pm said:" (stamped: a clock time) or
// "joetoronto says:" (a handle). News quotes a statement with "The
// ministry said:" or "On 12 March 2020 the WHO said:", so an unstamped line
// must be a short handle that does not start with an article or pronoun,
// and priors wants more of those before it calls it a thread.
func isCommentAuthor(l *line) (author, stamped bool) {
	if !l.colonEnd || l.words < 1 || l.words > 14 {
		return false, false
	}
	switch l.tokens[len(l.tokens)-1] {
	case "said", "says", "wrote", "writes":
	default:
		return false, false
	}
	if reTime.MatchString(l.text) { // the clock regexp the date reader uses
		return true, true
	}
	if l.words > 4 || notHandleStart[l.tokens[0]] {
		return false, false
	}
	return true, false
}

// notHandleStart are first words of a quoted statement's lead-in, never of a
// commenter's handle.
var notHandleStart = set("the a an this that his her its their our my your he she it they we i statement report")

// headlineSmall are the short words a headline capitalises ("Bill At
// Troy Steakhouse") and running text does not.
var headlineSmall = set("to in at for of the a an and on with from after is by as over into about vs up")

// isGluedTeaser reports a teaser card flattened to one line: a headline in
// title case, with at least one capitalised small word inside it, run
// straight into the teaser's sentence ("Customers Leave Without Paying
// $690 Bill At Troy Steakhouse A party of six left ...").
func isGluedTeaser(l *line) bool {
	if l.words < 11 || l.capWords < 5 || l.lower0 {
		return false
	}
	run, small, rest := 0, 0, 0
	inRun := true
	t := l.text
	for len(t) > 0 {
		// the next space-separated field
		t = strings.TrimLeft(t, " \t")
		end := strings.IndexAny(t, " \t")
		if end < 0 {
			end = len(t)
		}
		f := t[:end]
		t = t[end:]
		if f == "" {
			break
		}
		if !inRun {
			rest++
			if rest >= 6 {
				break // enough of a sentence after the headline
			}
			continue
		}
		c := strings.TrimLeft(f, "‘'\"“(")
		if run == 0 && len(c) != len(f) {
			return false // a quoted title opens the sentence: "“The Lord Of The Rings” director ..."
		}
		r, _ := utf8.DecodeRuneInString(c)
		if c == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '$') {
			inRun = false
			rest++
			continue
		}
		run++
		if run > 1 && len(c) <= 6 && isHeadlineSmall(strings.Trim(c, ":,'’")) {
			small++
		}
	}
	return run >= 5 && small >= 1 && rest >= 6
}

// isHeadlineSmall reports a small word ("At", "To") without allocating.
func isHeadlineSmall(w string) bool {
	var b [8]byte
	if len(w) > len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return headlineSmall[string(b[:len(w)])]
}

// isProse reports a line of running article text: a long sentence. The
// priors treat the first one as the start of the article.
func isProse(l *line) bool { return l.words >= 12 && l.terminal && !l.bullet }

var bylineWords = set("by von par por di door av")

// isByline reports a "By Jane Doe" line.
func isByline(l *line) bool {
	return l.words >= 2 && l.words <= 14 && len(l.tokens) > 0 && bylineWords[l.tokens[0]] && !l.lower0
}

func isBracketed(l *line) bool {
	t := l.text
	return len(t) >= 2 && (t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')')
}

var agoWords = set("ago read min mins minute minutes hour hours hr hrs h day days week weeks month months sec secs seconds second just now")

// isTimeOnly reports a "12 minutes ago" / "3 MIN READ" line.
func isTimeOnly(l *line) bool {
	if l.words < 2 || l.words > 4 || !isNumber(l.tokens[0]) {
		return false
	}
	for _, t := range l.tokens[1:] {
		if !agoWords[t] {
			return false
		}
	}
	return true
}

// priors are fixed log-odds adjustments for furniture the training pages
// hardly show but news pages often do: the lists under a "Latest News"
// heading once the article has begun, "12 minutes ago" stamps and
// bracketed editor's notes, and readers' comments once a comment-thread
// heading follows the start of the article.
func priors(lines []line, rows [][]float64, out []float64) {
	const (
		afterHeading = -3.0
		timeOnly     = -6.0
		bracketed    = -4.0 // "[This article was generated with AI.]"
		// readers' comments run to the page's end; the 5-fold CV
		// figure chose -3 over -5 (BENCHMARKS.md)
		afterComments = -3.0
		// the three below were chosen by the 5-fold CV figure
		// (BENCHMARKS.md): a readers' comment thread is out whatever the
		// scores say; teaser cards and story-list cards get a prior
		commentThread = -30.0
		gluedTeaser   = -6.0
		storyCard     = -3.0
	)
	for i := range out {
		out[i] = 0
	}
	// Two page-level patterns after the article has begun. A thread of
	// readers' comments, once two of them have opened with a time-stamped
	// author line (or three with a handle), is out from its first author
	// line on: a prior no score can outweigh, even when nothing on the page
	// looks like an article and the smoothing lifts every line (smooth).
	// Bylines: one may sign the article off, two or more are the cards of
	// a list of other stories (headline, "By X", time stamp), which lose
	// the byline, the headline above it and a short line below it.
	threadFrom, authors, stampedAuthors, begun := len(lines), 0, 0, false
	var cardBylines []int
	for i := range lines {
		l := &lines[i]
		begun = begun || isProse(l)
		if !begun {
			continue
		}
		if a, st := isCommentAuthor(l); a {
			threadFrom = min(threadFrom, i)
			authors++
			if st {
				stampedAuthors++
			}
		}
		if isByline(l) && !l.terminal && !l.ellipsis {
			// "By Tuesday, the toll had risen." is a sentence, not a card
			cardBylines = append(cardBylines, i)
		}
	}
	if stampedAuthors < 2 && authors < 3 {
		threadFrom = len(lines)
	}
	if len(cardBylines) >= 2 {
		for _, i := range cardBylines {
			out[i] += storyCard
			if i > 0 && !lines[i-1].terminal {
				out[i-1] += storyCard
			}
			if i+1 < len(lines) && lines[i+1].words <= 6 {
				out[i+1] += storyCard
			}
		}
	}
	articleBegun, listing, comments := false, false, false
	for i := range lines {
		l := &lines[i]
		prose := isProse(l)
		if listing && prose {
			listing = false // the article goes on after an inline box
		}
		if prose {
			articleBegun = true
		}
		if articleBegun && isMoreHeading(l) {
			listing = true
		}
		if listing {
			out[i] += afterHeading
		}
		if comments {
			out[i] += afterComments
		}
		if articleBegun && isCommentsHeading(l) {
			comments = true
		}
		if isTimeOnly(l) {
			out[i] += timeOnly
		}
		if isGluedTeaser(l) {
			out[i] += gluedTeaser
		}
		if i >= threadFrom {
			out[i] += commentThread
		}
		if isBracketed(l) && l.words >= 3 {
			out[i] += bracketed
		}
	}
}
