package plaintext

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthNames maps lower-case month names and abbreviations in the
// languages the stop-word lists cover to month numbers.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	lists := []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"januari februari mars april maj juni juli augusti september oktober november december",
		"ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
		"januar februar marts april maj juni juli august september oktober november december",                // Danish
		"januar februar mars april mai juni juli august september oktober november desember",                 // Norwegian
		"stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia", // Polish, genitive
		"styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
		"ledna února března dubna května června července srpna září října listopadu prosince", // Czech, genitive
		"leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря", // Russian, genitive
		"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
		"січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня", // Ukrainian, genitive
		"gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",      // Catalan
		"január február március április május június július augusztus szeptember október november december",
		"ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
		"tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
		"januari februari maret april mei juni juli agustus september oktober november desember", // Indonesian
		"ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
		"يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
	}
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			if _, dup := m[w]; !dup {
				m[w] = time.Month(i + 1)
			}
		}
	}
	for w, mo := range map[string]time.Month{"sept": 9, "jänner": 1, "fevrier": 2, "aout": 8, "decembre": 12, "setiembre": 9, "marz": 3} {
		m[w] = mo
	}
	return m
}()

var (
	reISO  = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d\d)(?::(\d\d))?(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?(?:[^\d]|$)`)
	reDots = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)(?:[^\d]|$)`)
	reSlas = regexp.MustCompile(`(?:^|[^\d/])(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d)(?:[^\d]|$)`)
	reTime = regexp.MustCompile(`(?i)(?:^|[^\d:])(\d{1,2}):(\d\d)(?::(\d\d))?(?:\s*([ap])\.?\s?m\b\.?)?(?:\s*\(?(utc|gmt|[a-z]{1,3}t)\)?)?(?:\s*([+-]\d{1,2})(?::?(\d\d))?)?`)
	reURL  = regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)`)
)

// dateHit is a date found in a line.
type dateHit struct {
	t          time.Time
	minute     bool // a clock time was found too
	start, end int  // byte span of the date (and time) in the line
	dayFirst   int  // 1 when the form proved day-first, -1 month-first, 0 unknown
}

// zoneOffsets are the zone abbreviations news pages print, in hours east
// of UTC. US "ET"/"PT"-style names are resolved with the US daylight
// saving rule.
var zoneOffsets = map[string]float64{
	"utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3, "trt": 3,
	"ist": 5.5, "jst": 9, "kst": 9, "aest": 10, "aedt": 11, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
	"mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "wib": 7, "sgt": 8, "hkt": 8,
}

var usZones = map[string]float64{"et": -5, "ct": -6, "mt": -7, "pt": -8}

// findDate returns the first plausible date in s. slashDayFirst settles
// 01/02/2024-style dates when the form itself does not.
func findDate(s string, slashDayFirst bool) (dateHit, bool) {
	if len(s) > 400 {
		s = s[:400]
	}
	if !strings.ContainsAny(s, "0123456789") {
		return dateHit{}, false
	}
	var best dateHit
	found := false
	try := func(h dateHit, ok bool) {
		if ok && (!found || h.start < best.start) {
			best, found = h, true
		}
	}
	if m := isoMatch(s); m != nil {
		y, mo, d := atoi(s, m, 1), atoi(s, m, 2), atoi(s, m, 3)
		h, ok := mkDate(y, mo, d, m[2], m[7])
		if ok && m[8] >= 0 {
			hh, mm, ss := atoi(s, m, 4), atoi(s, m, 5), 0
			if m[12] >= 0 {
				ss = atoi(s, m, 6)
			}
			if hh < 24 && mm < 60 && ss < 60 {
				loc := time.UTC
				if m[14] >= 0 {
					loc = fixedZone(s[m[14]:m[15]])
				}
				h.t = time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc) // the writer's day, not UTC's
				h.minute = true
				h.end = m[11]
				if m[15] > 0 {
					h.end = m[15]
				}
			}
		}
		try(h, ok)
	}
	if hasMonthName(s) {
		h, ok := monthDate(s)
		try(h, ok)
	}
	if m := findIf(s, ".", reDots); m != nil {
		d, mo, y := atoi(s, m, 1), atoi(s, m, 2), atoi(s, m, 3)
		if y < 100 {
			y += 2000
		}
		h, ok := mkDate(y, mo, d, m[2], m[7])
		h.dayFirst = 1
		try(h, ok)
	}
	if m := findIf(s, "/-", reSlas); m != nil {
		a, b, y := atoi(s, m, 1), atoi(s, m, 2), atoi(s, m, 3)
		d, mo, df := a, b, 1
		switch {
		case a > 12:
		case b > 12:
			d, mo, df = b, a, -1
		case !slashDayFirst:
			d, mo, df = b, a, 0
		default:
			df = 0
		}
		h, ok := mkDate(y, mo, d, m[2], m[7])
		h.dayFirst = df
		try(h, ok)
	}
	if !found {
		return best, false
	}
	if !best.minute {
		addTime(s, &best)
	}
	return best, true
}

// addTime looks for a clock time just after (or just before) the date.
func addTime(s string, h *dateHit) {
	look := func(from, to int) []int {
		if from < 0 {
			from = 0
		}
		if to > len(s) {
			to = len(s)
		}
		if from >= to {
			return nil
		}
		m := findIf(s[from:to], ":", reTime)
		if m == nil {
			return nil
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += from
			}
		}
		return m
	}
	// the clock nearest the date, after it or before it
	m := look(h.end, h.end+40)
	var before []int
	for from := max(0, h.start-30); from < h.start; {
		b := look(from, h.start)
		if b == nil {
			break
		}
		before = b
		from = b[1]
	}
	if before != nil && (m == nil || h.start-before[1] < m[2]-h.end) {
		m = before
	}
	if m == nil {
		return
	}
	hh, mm := atoi(s, m, 1), atoi(s, m, 2)
	if m[8] >= 0 {
		pm := s[m[8]] == 'p' || s[m[8]] == 'P'
		if hh < 1 || hh > 12 {
			return
		}
		if pm && hh != 12 {
			hh += 12
		} else if !pm && hh == 12 {
			hh = 0
		}
	}
	if hh > 23 || mm > 59 {
		return
	}
	off, ok := 0.0, true
	if m[10] >= 0 {
		z := strings.ToLower(s[m[10]:m[11]])
		if o, known := zoneOffsets[z]; known {
			off = o
		} else if o, known := usZones[z]; known {
			off = o
			if usDST(h.t) {
				off++
			}
		} else {
			ok = false // an unknown word, not a zone: keep the clock as UTC
		}
	}
	if m[12] >= 0 && (m[10] < 0 || ok && (off == 0)) {
		oh := atoi(s, m, 6)
		om := 0
		if m[14] >= 0 {
			om = atoi(s, m, 7)
		}
		if oh <= 14 && om < 60 {
			off = float64(oh) + float64(om)/60
			if s[m[12]] == '-' {
				off = -off
			}
		}
	}
	loc := time.UTC
	if off != 0 {
		loc = time.FixedZone("", int(off*3600)) // the writer's day, not UTC's
	}
	h.t = time.Date(h.t.Year(), h.t.Month(), h.t.Day(), hh, mm, 0, 0, loc)
	h.minute = true
}

// usDST reports whether US daylight saving time is in force on day t
// (second Sunday of March to first Sunday of November).
func usDST(t time.Time) bool {
	y := t.Year()
	start := nthSunday(y, time.March, 2)
	end := nthSunday(y, time.November, 1)
	return !t.Before(start) && t.Before(end)
}

func nthSunday(y int, m time.Month, n int) time.Time {
	d := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, 7*(n-1))
}

func fixedZone(z string) *time.Location {
	if z == "Z" {
		return time.UTC
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	if len(z) != 4 {
		return time.UTC
	}
	h, _ := strconv.Atoi(z[:2])
	m, _ := strconv.Atoi(z[2:])
	return time.FixedZone("", sign*(h*3600+m*60))
}

func atoi(s string, m []int, g int) int {
	if m[2*g] < 0 {
		return 0
	}
	n, _ := strconv.Atoi(s[m[2*g]:m[2*g+1]])
	return n
}

func mkDate(y, mo, d, start, end int) (dateHit, bool) {
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return dateHit{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February
		return dateHit{}, false
	}
	return dateHit{t: t, start: start, end: end}, true
}

// urlDate reads a /2024/10/28/ date from a page URL.
func urlDate(u string) (time.Time, bool) {
	m := reURL.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	h, ok := mkDate(y, mo, d, 0, 0)
	return h.t, ok
}

func isoMatch(s string) []int {
	if !strings.ContainsAny(s, "-/.") {
		return nil
	}
	return reISO.FindStringSubmatchIndex(s)
}

// findIf runs re only when s holds one of the characters the pattern
// needs.
func findIf(s, needs string, re *regexp.Regexp) []int {
	if !strings.ContainsAny(s, needs) {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

type tokSpan struct {
	start, end int
	text       string
}

// wordSpans splits s into its runs of token runes (letters, digits and the
// like, see isTokenRune), with their byte offsets.
func wordSpans(s string) []tokSpan {
	var toks []tokSpan
	start := -1
	for i, r := range s {
		w := isTokenRune(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			toks = append(toks, tokSpan{start, i, s[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, tokSpan{start, len(s), s[start:]})
	}
	return toks
}

// monthDate finds "28 October 2024", "23rd of October, 2024",
// "October 23rd 2024" or "Oct. 23, 2024" by walking the word tokens
// around a month name.
func monthDate(s string) (dateHit, bool) {
	toks := wordSpans(s)
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].text)
	}
	for k := range toks {
		mo, ok := monthNames[at(k)]
		if !ok {
			continue
		}
		// day month year
		dk, yk := k-1, k+1
		if w := at(dk); w == "de" || w == "of" {
			dk--
		}
		if at(yk) == "de" {
			yk++
		}
		if d, ok := dayNumber(at(dk)); ok {
			if y, ok := yearNumber(at(yk)); ok {
				if h, ok := mkDate(y, int(mo), d, toks[dk].start, toks[yk].end); ok {
					return h, true
				}
			}
		}
		// month day year
		if d, ok := dayNumber(at(k + 1)); ok {
			if y, ok := yearNumber(at(k + 2)); ok {
				if h, ok := mkDate(y, int(mo), d, toks[k].start, toks[k+2].end); ok {
					return h, true
				}
			}
		}
	}
	return dateHit{}, false
}

// dayNumber reads "23", "23rd", "1st", "1er".
func dayNumber(t string) (int, bool) {
	n := 0
	for n < len(t) && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return 0, false
	}
	switch t[n:] {
	case "", "st", "nd", "rd", "th", "er", "º":
	default:
		return 0, false
	}
	d, _ := strconv.Atoi(t[:n])
	return d, d >= 1 && d <= 31
}

func yearNumber(t string) (int, bool) {
	if len(t) != 4 || !isNumber(t) || (t[:2] != "19" && t[:2] != "20") {
		return 0, false
	}
	y, _ := strconv.Atoi(t)
	return y, true
}

// findDateIn is findDate over a dateline that may hold several dates
// ("PUBLISHED: 10:48, Nov 19, 2019 | UPDATED: 11:05, Nov 19, 2019"): it
// reads the part marked as the publication, else the first part with a
// date. Offsets are into the whole line.
func findDateIn(s string, slashDayFirst bool) (dateHit, bool) {
	if !strings.Contains(s, "|") {
		return findDate(s, slashDayFirst)
	}
	var first *dateHit
	off := 0
	for _, part := range strings.Split(s, "|") {
		h, ok := findDate(part, slashDayFirst)
		if ok {
			h.start += off
			h.end += off
			if first == nil {
				first = &h
			}
			for _, w := range strings.Fields(strings.ToLower(part)) {
				if publishedWords[strings.Trim(w, ":.,()")] {
					return h, true
				}
			}
		}
		off += len(part) + 1
	}
	if first == nil {
		return dateHit{}, false
	}
	return *first, true
}
