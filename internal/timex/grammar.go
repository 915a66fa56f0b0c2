package timex

import (
	"strings"
	"time"

	"newsdesk/internal/textproc"
)

// Tense of the clause a date phrase sits in.
const (
	tenseUnknown = iota
	tensePast
	tenseFuture
)

// matcher runs the date grammar over the tokens of one text.
type matcher struct {
	s        string
	toks     []token
	ref      time.Time // reference day, UTC midnight
	prev     *Date     // anchor for anaphora ("the same day"); nil: the reference day
	useTense bool      // look at the clause around a phrase for its tense
	// phrase: the text is known to be a time expression (Resolve), so a
	// bare "1992" or "June" at its start is a date.
	phrase bool
	depth  int // nesting of "the day before <date>", bounded
	// lastMonth is the month named by the latest date found, when that
	// date was a month ("in October"): "a year earlier" right after it
	// means the same month a year before.
	lastMonth *Date
	lang      string // "de", "fr", "es" or "" (English)
}

// match is a grammar result before offsets are filled in.
type match struct {
	d   Date
	end int // token index after the match
}

func (m *matcher) tok(i int) *token {
	if i < 0 || i >= len(m.toks) {
		return nil
	}
	return &m.toks[i]
}

func (m *matcher) key(i, k int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tWord && t.cls.kind == wKey && t.cls.val == k
}

// singular reports whether token i is a unit word in the singular
// ("week", not "weeks").
func (m *matcher) singular(i int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tWord && t.cls.kind == wUnit && !t.cls.plural
}

func (m *matcher) unit(i int) int {
	t := m.tok(i)
	if t == nil || t.kind != tWord || t.cls.kind != wUnit {
		return 0
	}
	return t.cls.val
}

func (m *matcher) punct(i int, chars string) bool {
	t := m.tok(i)
	return t != nil && t.kind == tPunct && strings.Contains(chars, t.text)
}

func (m *matcher) isDash(i int) bool { return m.punct(i, "-–—") }

// word reports whether token i is the given lower-case word.
func (m *matcher) word(i int, w string) bool {
	t := m.tok(i)
	return t != nil && t.kind == tWord && strings.EqualFold(t.text, w)
}

// tense is the tense of the clause around tokens [i, j), or unknown.
func (m *matcher) tense(i, j int) int {
	if !m.useTense {
		return tenseUnknown
	}
	return m.clauseTense(i, j)
}

// anchor is the day anaphora refer to.
func (m *matcher) anchor() time.Time {
	if m.prev != nil && !m.prev.Date.IsZero() {
		return m.prev.Date
	}
	return m.ref
}

// dayAnchor is the previous date when it names a day.
func (m *matcher) dayAnchor() (time.Time, bool) {
	if m.prev != nil && m.prev.Anchors() {
		return m.prev.Date, true
	}
	return time.Time{}, false
}

// at returns the longest date expression starting at token i.
func (m *matcher) at(i int) (match, bool) {
	best := match{end: -1}
	try := func(r match, ok bool) {
		if ok && r.end > best.end {
			best = r
		}
	}
	t := &m.toks[i]
	switch t.kind {
	case tWord:
		switch t.cls.kind {
		case wKey:
			switch t.cls.val {
			case kOn, kIn:
				// "on October 25", "in June": the preposition is part of the phrase.
				if i+1 < len(m.toks) {
					r, ok := m.core(i+1, true)
					try(r, ok)
				}
				if t.cls.val == kIn {
					try(m.vague(i))
				}
			}
		}
	}
	try(m.core(i, m.prepBefore(i)))
	return best, best.end > i
}

// prepBefore reports whether a preposition that introduces times precedes i
// ("in June", "since 2019", "by March").
func (m *matcher) prepBefore(i int) bool {
	if i == 0 && m.phrase {
		return true // Resolve: the caller says the whole phrase is a time expression
	}
	t := m.tok(i - 1)
	if t == nil || t.kind != tWord {
		return false
	}
	if t.cls.kind == wUnit && (t.text == "year" || t.cls == lookup("year") && strings.EqualFold(t.text, "année")) {
		// "the year 2000", "fiscal year 2024", "model year 2025"
		p := m.tok(i - 2)
		return p != nil && p.kind == tWord && (p.cls.kind == wKey && p.cls.val == kThe || yearKinds[strings.ToLower(p.text)])
	}
	if t.cls.kind != wKey {
		// "fiscal 2024", "FY 2024": a year by definition.
		return strings.EqualFold(t.text, "fiscal") || t.text == "FY"
	}
	switch t.cls.val {
	case kOn, kIn, kOf, kPrep, kBefore, kAfter, kEarly, kLate, kMid, kLast, kNext, kThis, kPast, kComing:
		return true
	}
	return false
}

// yearKinds are words that name a kind of year: "fiscal year 2024", "the
// 2024 budget year".
var yearKinds = map[string]bool{"fiscal": true, "financial": true, "budget": true, "tax": true, "calendar": true,
	"school": true, "academic": true, "model": true}

// core tries every rule at i (no leading on/in) and keeps the longest.
func (m *matcher) core(i int, prep bool) (match, bool) {
	best := match{end: -1}
	try := func(r match, ok bool) {
		if ok && r.end > best.end {
			best = r
		}
	}
	t := &m.toks[i]
	if m.phrase && i == 0 {
		try(m.loneAnaphor(i))
	}
	switch t.kind {
	case tNum, tNumex, tAlnum:
		try(m.yearsPeriod(i))
		if t.ordinal {
			try(m.quarter(i)) // "3rd quarter"
		}
		try(m.dayMonth(i))
		try(m.numeric(i))
		try(m.year(i, prep))
		try(m.countRel(i))
		try(m.nthDay(i))
	case tWord:
		switch t.cls.kind {
		case wNone:
			if t.text == "Q" || t.text == "H" {
				try(m.quarter(i))
			}
		case wMonth:
			try(m.monthDate(i, prep))
		case wWeekday:
			try(m.weekdayPhrase(i))
		case wWeekdayAbb:
			try(m.weekdayPrefixed(i))
		case wNumber, wTens:
			try(m.countRel(i))
		case wOrdinal:
			try(m.dayMonth(i))
			try(m.quarter(i))
			try(m.nthDay(i))
			try(m.nthWeekdayOf(i))
		case wKey:
			try(m.keyword(i))
			try(m.countRel(i))
			try(m.holiday(i))
			try(m.yearMonthEdge(i))
			if m.key(i+1, kQuarter) {
				try(m.quarter(i)) // "last quarter", "this quarter", "next quarter"
			}
			switch t.cls.val {
			case kThe:
				try(m.quarter(i))
				try(m.weekOfMonth(i))
				try(m.pastSpan(i))
				try(m.currentPeriod(i))
				try(m.yearAgoPeriod(i))
				try(m.firstMonths(i))
				try(m.century(i))
				try(m.monthQuarter(i))
				if n := m.tok(i + 1); m.seasonPrep(i) && n != nil && n.kind == tWord && n.cls.kind == wSeason {
					try(m.season(i, i+1, wdBare)) // "in the summer"
				}
				if n := m.tok(i + 1); n != nil && n.kind == tAlnum { // "the 1990s"
					try(m.year(i+1, true))
				} else if k := m.tok(i + 2); n != nil && n.kind == tNum && k != nil && yearKinds[strings.ToLower(k.text)] && m.unit(i+3) == uYear {
					try(m.year(i+1, true)) // "the 2024 fiscal year"
				} else if n := m.tok(i + 2); n != nil && n.kind == tAlnum && m.punct(i+1, "'’") { // "the '90s"
					try(m.year(i+2, true))
				}
				try(m.dayMonth(i))
				try(m.anaphora(i))
				try(m.vague(i))
				try(m.nthDay(i))
				try(m.bareDayOfMonth(i))
			case kThat, kLast, kNext, kThis, kPast, kComing, kEarlier, kLater, kEarly, kLate:
				try(m.anaphora(i))
				if t.cls.val == kLast {
					try(m.nthWeekdayOf(i)) // "last Monday in May"
				}
			}
		case wSeason:
			if m.seasonPrep(i) || m.yearAfter(i+1) {
				try(m.season(i, i, wdBare))
			}
		case wUnit:
			try(m.yearMonthEdge(i))
			try(m.yearAgoPeriod(i))
			try(m.anaphora(i))
			if m.phrase && i == 0 && strings.EqualFold(t.text, "weekend") && m.tok(i+1) == nil {
				try(m.periodOf(uWeekend, 0, i, i+1)) // "weekend" given alone
			}
		}
	}
	return best, best.end > i
}

// ---- explicit dates ----

// dayNum reads a day of the month at i: "25", "25th", "eighth",
// "twenty-first". It returns the day and the index after it.
func (m *matcher) dayNum(i int) (int, int, bool) {
	t := m.tok(i)
	if t == nil {
		return 0, 0, false
	}
	switch {
	case t.kind == tNum && t.digits <= 2 && t.num >= 1 && t.num <= 31:
		return t.num, i + 1, true
	case t.kind == tWord && t.cls.kind == wOrdinal:
		return t.cls.val, i + 1, true
	case t.kind == tWord && t.cls.kind == wTens:
		// "twenty-first", "thirty first"
		j := i + 1
		if m.isDash(j) {
			j++
		}
		if u := m.tok(j); u != nil && u.kind == tWord && u.cls.kind == wOrdinal && u.cls.val < 10 {
			d := t.cls.val + u.cls.val
			if d <= 31 {
				return d, j + 1, true
			}
		}
	}
	return 0, 0, false
}

// yearNum reads a four-digit year at i.
func (m *matcher) yearNum(i int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tNum || t.digits != 4 || t.ordinal {
		return 0, false
	}
	if t.num < 1000 || t.num > 2999 {
		return 0, false
	}
	return t.num, true
}

// monthWord reads a month name at i (capitalised, or leading a phrase given
// to Resolve; an abbreviation may take a period) and returns the month and the index after it. Whether a bare
// month may stand alone is the caller's business (monthDate).
func (m *matcher) monthWord(i int) (month int, next int, ok bool) {
	t := m.tok(i)
	if t == nil || t.kind != tWord || t.cls.kind != wMonth {
		return 0, 0, false
	}
	next = i + 1
	if t.cls.abbr && m.punct(next, ".") {
		next++
	}
	if !t.upper {
		// lower case only for a whole phrase given as a date and with a
		// day or year after it ("dec. 31", not "march on washington")
		if n := m.tok(next); !(m.phrase && i == 0 && t.text != "may" && n != nil && n.kind == tNum) {
			return 0, 0, false
		}
	}
	return t.cls.val, next, true
}

// monthDate: "October 25", "Oct. 27-28", "Sept 5, 2024", "October 2024",
// "in June", "March eighth", "October 30 - November 2", "Oct. 25th".
func (m *matcher) monthDate(i int, prep bool) (match, bool) {
	month, j, ok := m.monthWord(i)
	if !ok {
		return match{}, false
	}
	t := m.tok(i)
	// Month + day.
	if day, k, ok := m.dayNum(j); ok {
		until, k2, hasUntil := m.dayRangeEnd(k, month)
		if hasUntil {
			k = k2
		}
		year, k3, hasYear := m.optYear(k)
		if hasYear {
			k = k3
		}
		return m.mkMonthDay(year, hasYear, month, day, until, hasUntil, i, k)
	}
	// A range given as a numex token: "October 27-28".
	if u := m.tok(j); u != nil && u.kind == tNumex {
		if a, b, ok := splitDayRange(u.text); ok {
			k := j + 1
			year, k3, hasYear := m.optYear(k)
			if hasYear {
				k = k3
			}
			return m.mkMonthDay(year, hasYear, month, a, monthDay{month, b}, true, i, k)
		}
	}
	// Month + year: "October 2024", "Oct. 2024", "October of 2006".
	k := j
	if m.punct(k, ",") || m.key(k, kOf) {
		k++
	}
	if y, ok := m.yearNum(k); ok {
		return match{d: Date{Date: date(y, month, 1), Precision: Month}, end: k + 1}, true
	}
	// Month + a year named relative to the reference: "December of last
	// year", "March this year", "June of next year".
	if k = j; m.key(k, kOf) {
		k++
	}
	if y, k2, ok := m.relYear(k); ok {
		return match{d: Date{Date: date(y, month, 1), Precision: Month}, end: k2}, true
	}
	// Bare month: needs a preposition or modifier before it, and (for the
	// words that double as verbs) not to look like one.
	if !prep || (t.cls.abbr && !m.punct(i+1, ".")) {
		return match{}, false
	}
	if (month == 5 || month == 3) && m.lang != "de" && m.lang != "fr" && m.lang != "es" {
		// (only English: "marzo", "mayo", "März" are never verbs)
		// "in May" yes; "in May be" is not English anyway, but
		// "May is" / "March on" read as verbs or nouns when followed by a
		// lower-case word that is not a clause word.
		if n := m.tok(j); n != nil && n.kind == tWord && !n.upper && n.cls.kind == wNone {
			return match{}, false
		}
	}
	// "in March and April", "from June through August": two months of one
	// year make a span (not "in March and April 3", a day)
	if m.word(j, "and") || m.word(j, "through") || m.word(j, "to") || m.isDash(j) {
		if mo2, k2, ok := m.monthWord(j + 1); ok && mo2 > month {
			if _, _, isDay := m.dayNum(k2); !isDay {
				y2, end := 0, k2
				if yy, ok := m.yearNum(k2); ok {
					y2, end = yy, k2+1
				}
				if y2 == 0 {
					y2 = m.pickMonthYear(month, i, end)
				}
				return match{d: Date{Date: date(y2, month, 1), Until: date(y2, mo2, 1), Precision: Month}, end: end}, true
			}
		}
	}
	y := m.pickMonthYear(month, i, j)
	return match{d: Date{Date: date(y, month, 1), Precision: Month}, end: j}, true
}

type monthDay struct{ month, day int }

// dayRangeEnd reads the end of a day range after a day: "-28", "to 28",
// "through Nov. 2", "– November 2".
func (m *matcher) dayRangeEnd(k, month int) (monthDay, int, bool) {
	if !(m.isDash(k) || m.word(k, "to") || m.word(k, "through") || m.word(k, "and") || m.word(k, "until")) {
		return monthDay{}, 0, false
	}
	k++
	if d, k2, ok := m.dayNum(k); ok {
		return monthDay{month, d}, k2, true
	}
	if mo, k2, ok := m.monthWord(k); ok {
		if d, k3, ok := m.dayNum(k2); ok {
			return monthDay{mo, d}, k3, true
		}
	}
	return monthDay{}, 0, false
}

// relYear reads a year named from the reference at k: "last year", "this
// year", "next year" (not "last years", "this year's", "this year of").
func (m *matcher) relYear(k int) (int, int, bool) {
	n := m.tok(k + 1)
	if m.unit(k+1) != uYear || n == nil || n.cls.plural ||
		m.key(k+2, kOf) || m.punct(k+2, "'’") {
		return 0, 0, false
	}
	switch {
	case m.key(k, kLast):
		return m.ref.Year() - 1, k + 2, true
	case m.key(k, kThis):
		return m.ref.Year(), k + 2, true
	case m.key(k, kNext):
		return m.ref.Year() + 1, k + 2, true
	}
	return 0, 0, false
}

// optYear reads ", 2024", " 2024" or " last year" after a day.
func (m *matcher) optYear(k int) (int, int, bool) {
	if y, k2, ok := m.relYear(k); ok {
		return y, k2, true // "on Dec. 5 last year"
	}
	if m.punct(k, ",") {
		if y, ok := m.yearNum(k + 1); ok {
			return y, k + 2, true
		}
		return 0, 0, false
	}
	if y, ok := m.yearNum(k); ok {
		return y, k + 1, true
	}
	return 0, 0, false
}

// splitDayRange reads "27-28" as two days.
func splitDayRange(s string) (int, int, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, false
	}
	x, ok1 := smallInt(a)
	y, ok2 := smallInt(b)
	if !ok1 || !ok2 || x < 1 || x > 31 || y < 1 || y > 31 || y <= x {
		return 0, 0, false
	}
	return x, y, true
}

func smallInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

func (m *matcher) mkMonthDay(year int, hasYear bool, month, day int, until monthDay, hasUntil bool, i, end int) (match, bool) {
	if !hasYear {
		year = m.pickYear(month, day, i, end)
	}
	if !validDay(year, month, day) {
		return match{}, false
	}
	d := Date{Date: date(year, month, day), Precision: Day}
	if hasUntil {
		uy := year
		if until.month < month {
			uy++
		}
		if !validDay(uy, until.month, until.day) {
			return match{}, false
		}
		d.Until = date(uy, until.month, until.day)
		if !d.Until.After(d.Date) {
			d.Until = time.Time{}
		}
	}
	return match{d: d, end: end}, true
}

// dayMonth: "25 October 2024", "27-28 October", "the 25th of October",
// "eighth of March".
func (m *matcher) dayMonth(i int) (match, bool) {
	j := i
	if m.key(j, kThe) {
		j++
	}
	var day int
	var until monthDay
	hasUntil := false
	if t := m.tok(j); t != nil && t.kind == tNumex {
		a, b, ok := splitDayRange(t.text)
		if !ok {
			return match{}, false
		}
		day, until, hasUntil = a, monthDay{0, b}, true
		j++
	} else {
		d, k, ok := m.dayNum(j)
		if !ok {
			return match{}, false
		}
		day, j = d, k
		if m.punct(j, ".") && m.tok(j).start == m.tok(j-1).end && (m.isDash(j+1) || m.word(j+1, "bis")) {
			j++ // "vom 3. bis 5. Dezember", "3.-5. Dezember"
		}
		if m.isDash(j) || m.word(j, "to") || m.word(j, "and") || m.word(j, "bis") || m.word(j, "au") || m.word(j, "al") {
			// "du 3 au 5 décembre", "del 3 al 5 de diciembre"
			if d2, k2, ok := m.dayNum(j + 1); ok && d2 > day {
				until, hasUntil = monthDay{0, d2}, true
				j = k2
			}
		}
	}
	if m.punct(j, ".") { // the German ordinal day: "am 25. Oktober"
		j++
	}
	if m.key(j, kOf) {
		j++
	}
	month, k, ok := m.monthWord(j)
	if !ok {
		return match{}, false
	}
	if hasUntil {
		until.month = month
	}
	year, k2, hasYear := m.optYear(k)
	if hasYear {
		k = k2
	}
	return m.mkMonthDay(year, hasYear, month, day, until, hasUntil, i, k)
}

// numeric: "2024-10-31", "2024/10/31", "01.11.2024", "11/01/2024".
func (m *matcher) numeric(i int) (match, bool) {
	t := m.tok(i)
	if t.kind != tNumex {
		return match{}, false
	}
	s := t.text
	var sep byte
	parts := make([]string, 0, 3)
	last := 0
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) {
			if sep == 0 {
				sep = s[k]
			} else if s[k] != sep {
				return match{}, false
			}
			parts = append(parts, s[last:k])
			last = k + 1
		}
	}
	parts = append(parts, s[last:])
	if len(parts) != 3 || (sep != '-' && sep != '.' && sep != '/') {
		return match{}, false
	}
	a, _ := smallInt(parts[0])
	b, _ := smallInt(parts[1])
	c, _ := smallInt(parts[2])
	if sep == '/' && len(parts[2]) == 2 && len(parts[0]) <= 2 && len(parts[1]) <= 2 {
		// "11/19/19": a two-digit year, in the century that keeps it
		// from running ahead of the reference.
		c += m.ref.Year() / 100 * 100
		if c > m.ref.Year()+1 {
			c -= 100
		}
		parts[2] = "yyyy"
	}
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2: // Y-M-D
		if validDay(a, b, c) && a >= 1000 {
			return match{d: Date{Date: date(a, b, c), Precision: Day}, end: i + 1}, true
		}
	case len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && sep != '-' || (sep == '-' && len(parts[2]) == 4 && len(parts[0]) == 2 && len(parts[1]) == 2):
		if c < 1000 {
			return match{}, false
		}
		dmy := validDay(c, b, a)
		mdy := validDay(c, a, b)
		switch {
		case sep == '.' && dmy: // dots are day-first everywhere
			return match{d: Date{Date: date(c, b, a), Precision: Day}, end: i + 1}, true
		case dmy && (m.lang == "de" || m.lang == "fr" || m.lang == "es"):
			// French, Spanish and German write the day first: "12/03/2020"
			// is the 12th of March
			return match{d: Date{Date: date(c, b, a), Precision: Day}, end: i + 1}, true
		case dmy && mdy && a != b:
			// Ambiguous: take the reading nearer the reference time.
			x, y := date(c, b, a), date(c, a, b)
			if absDays(x, m.ref) <= absDays(y, m.ref) {
				return match{d: Date{Date: x, Precision: Day}, end: i + 1}, true
			}
			return match{d: Date{Date: y, Precision: Day}, end: i + 1}, true
		case dmy:
			return match{d: Date{Date: date(c, b, a), Precision: Day}, end: i + 1}, true
		case mdy:
			return match{d: Date{Date: date(c, a, b), Precision: Day}, end: i + 1}, true
		}
	}
	return match{}, false
}

// year: "in 1998", "since 2019", "the 1990s", "2019-2021" after a preposition.
func (m *matcher) year(i int, prep bool) (match, bool) {
	t := m.tok(i)
	switch t.kind {
	case tAlnum: // "1990s", "the '90s"
		s := t.text
		if len(s) == 3 && (s[2] == 's' || s[2] == 'S') && s[1] == '0' && m.punct(i-1, "'’") &&
			(prep || m.key(i-2, kThe) || m.key(i-2, kEarly) || m.key(i-2, kLate) || m.key(i-2, kMid) || m.phrase && i == 1) {
			// "the '90s": the latest such decade that has begun, or the
			// one that begins next year ("the '90s" written in 1989).
			if d, ok := smallInt(s[:2]); ok {
				y := m.ref.Year()/100*100 + d
				if y > m.ref.Year()+1 {
					y -= 100
				}
				return match{d: Date{Date: date(y, 1, 1), Until: date(y+9, 1, 1), Precision: Year}, end: i + 1}, true
			}
		}
		if len(s) == 5 && (s[4] == 's' || s[4] == 'S') && s[3] == '0' {
			if y, ok := smallInt(s[:4]); ok && y >= 1000 && y < 3000 {
				if prep || m.key(i-1, kThe) || m.key(i-1, kEarly) || m.key(i-1, kLate) || m.key(i-1, kMid) ||
					m.punct(i-1, "-") && (m.key(i-2, kEarly) || m.key(i-2, kLate) || m.key(i-2, kMid)) { // "the mid-1990s"
					return match{d: Date{Date: date(y, 1, 1), Until: date(y+9, 1, 1), Precision: Year}, end: i + 1}, true
				}
			}
		}
	case tNum:
		y, ok := m.yearNum(i)
		// "the peak year, 2006, when demand reached": a year a when-clause
		// opens on needs no preposition, when a word for a year comes just
		// before it (not "She scored 1850, when it mattered")
		whenAfter := false
		for k := 1; k <= 5 && m.punct(i+1, ",") && m.word(i+2, "when"); k++ {
			if m.word(i-k, "year") || m.word(i-k, "season") {
				whenAfter = true
				break
			}
		}
		// "2018 figures show": a year that dates the data after it
		dataAfter := false
		if n := m.tok(i + 1); n != nil && n.kind == tWord && yearData[strings.ToLower(n.text)] && !m.punct(i-1, "$€£") {
			// after "the", "latest", "official", or before a verb of showing
			// ("2018 figures show"); "We counted 2018 figures", "Officials
			// said 2000 results were rejected" are counts
			p := m.tok(i - 1)
			v := m.tok(i + 2)
			dataAfter = p != nil && p.kind == tWord && yearDataOpeners[strings.ToLower(p.text)] ||
				v != nil && v.kind == tWord && yearDataVerbs[strings.ToLower(v.text)]
		}
		// "the great storm of 1987", "the class of 2009": a year after an
		// event noun and "of"
		eventOf := m.word(i-1, "of") && i >= 2 && m.tok(i-2).kind == tWord && yearEventNouns[strings.ToLower(m.tok(i-2).text)]
		// German puts the verb second: "2018 gab es 500 Fälle", a year
		// that opens the sentence before a lower-case verb (an adjective
		// and its noun, "2000 neue Stellen entstehen", are turned away
		// below)
		fronted := m.lang == "de" && (i == 0 || m.punct(i-1, ".!?")) && m.tok(i+1) != nil && m.tok(i+1).kind == tWord && !m.tok(i+1).upper
		if !ok || !prep && !whenAfter && !dataAfter && !eventOf && !fronted || y < 1800 || y > 2199 {
			return match{}, false
		}
		// "a score of 2072", "at 2134 Caldwell Place", "more than 2000":
		// numbers, not years.
		if i > 0 && !(i == 1 && m.phrase) && !eventOf {
			if p := m.tok(i - 1); p.kind == tWord {
				switch lw := strings.ToLower(p.text); lw {
				case "of", "at", "than", "around", "circa", "about", "to":
					return match{}, false
				}
			}
		}
		// "in 2000 people" is a count: reject a following lower-case
		// content word ("in 2019 the", "in 2019, the" are fine), but not a
		// verb in the past ("which in 2009 organized", "in 2009 drew").
		if n := m.tok(i + 1); !dataAfter && n != nil && n.kind == tWord && !n.upper && n.cls.kind == wNone && !textproc.IsStopword("en", strings.ToLower(n.text)) &&
			!(yearKinds[strings.ToLower(n.text)] && m.unit(i+2) == uYear) && !m.pastVerbAfterYear(i+1) && // "the 1990 fiscal year"
			!m.foreignClauseAfterYear(i+1) {
			return match{}, false
		}
		if n := m.tok(i + 1); m.lang == "de" && !dataAfter && n != nil && n.kind == tWord && n.upper && n.cls.kind == wNone && !m.phrase &&
			(m.word(i-1, "in") || m.word(i-1, "bei") || m.word(i-1, "mit") || m.word(i-1, "von") || m.word(i-1, "aus") || m.word(i-1, "nach")) {
			return match{}, false // "In 2000 Fällen": German nouns are capitalised, so a count (but "seit 2005 Bundeskanzlerin")
		}
		return match{d: Date{Date: date(y, 1, 1), Precision: Year}, end: i + 1}, true
	case tNumex: // "2019-2021", "2019-20"
		a, b, ok := strings.Cut(t.text, "-")
		if !ok || !prep || len(a) != 4 {
			return match{}, false
		}
		y1, ok1 := smallInt(a)
		y2, ok2 := smallInt(b)
		if !ok1 || !ok2 || y1 < 1800 || y1 > 2199 {
			return match{}, false
		}
		if len(b) == 2 {
			y2 = y1/100*100 + y2
		} else if len(b) != 4 {
			return match{}, false
		}
		if y2 <= y1 || y2-y1 > 50 {
			return match{}, false
		}
		return match{d: Date{Date: date(y1, 1, 1), Until: date(y2, 1, 1), Precision: Year}, end: i + 1}, true
	}
	return match{}, false
}

// yearData after a bare year make it the year the data are for: "2018
// figures show".
var yearData = map[string]bool{"figures": true, "data": true, "statistics": true, "estimates": true, "census": true,
	"numbers": true, "results": true, "totals": true}

// yearEventNouns take a year after "of": "the great storm of 1987", "the
// election of 2016", "the class of 2009".
var yearEventNouns = map[string]bool{"storm": true, "flood": true, "floods": true, "election": true, "elections": true,
	"war": true, "crisis": true, "recession": true, "summer": true, "winter": true, "spring": true, "autumn": true,
	"census": true, "earthquake": true, "hurricane": true, "riots": true, "uprising": true, "revolution": true,
	"famine": true, "drought": true, "pandemic": true, "epidemic": true, "outbreak": true, "class": true, "heatwave": true,
	"crash": true, "blizzard": true, "tsunami": true, "fire": true}

// yearDataOpeners may stand before "2018 figures" that a year dates.
var yearDataOpeners = map[string]bool{"the": true, "latest": true, "official": true}

// yearDataVerbs after "2018 figures" make the year theirs: "2018 figures
// show".
var yearDataVerbs = map[string]bool{"show": true, "showed": true, "suggest": true, "suggested": true, "indicate": true,
	"indicated": true, "reveal": true, "revealed": true, "put": true, "released": true, "published": true}

// pastVerbAfterYear reports a past verb at token k, right after a bare
// year, which makes the year a date ("which in 2009 organized a protest",
// "in 2009 drew"), not a count ("in 2000 infected patients": an "-ed"
// word before a noun is an adjective).
func (m *matcher) pastVerbAfterYear(k int) bool {
	w := strings.ToLower(m.tok(k).text)
	switch w {
	case "drew", "won", "lost", "became", "began", "saw", "took", "made", "rose", "fell", "grew", "sold", "held", "left", "led", "ran", "came", "went":
		return true
	}
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") || w == "need" || w == "speed" {
		return false
	}
	n := m.tok(k + 1)
	return n == nil || n.kind != tWord || textproc.IsStopword("en", strings.ToLower(n.text))
}

// foreignClauseAfterYear reports a German, French or Spanish word after a
// year that carries on the clause instead of being what a number counts:
// in German any lower-case word ("Im Jahr 2019 wurden 300 Fälle gemeldet",
// nouns are capitalised: "in 2000 Fällen" is a count), in French and
// Spanish an article, a pronoun, an auxiliary or a past verb ("en 2019
// murieron", "en 2019 les ventes").
func (m *matcher) foreignClauseAfterYear(k int) bool {
	w := strings.ToLower(m.tok(k).text)
	switch m.lang {
	case "de":
		return !m.germanNounAfter(k) // but "in 1900 gemeldeten Fällen" counts cases
	case "fr", "es":
		return romanceClauseWords[w] || len(w) > 3 && textproc.SpanishPreterite(w)
	}
	return false
}

// romanceClauseWords may follow a year that opens a French or Spanish
// clause.
var romanceClauseWords = map[string]bool{"le": true, "la": true, "les": true, "l": true, "el": true, "los": true, "las": true,
	"il": true, "elle": true, "ils": true, "on": true, "se": true, "a": true, "ont": true, "était": true, "étaient": true,
	"fue": true, "fueron": true, "hubo": true, "había": true, "habían": true, "era": true, "eran": true, "y": true, "et": true}

// germanNounAfter reports a German adjective at token k with the noun it
// qualifies after it: "neue Stellen", "gemeldeten Fällen".
func (m *matcher) germanNounAfter(k int) bool {
	a, n := m.tok(k), m.tok(k+1)
	if a == nil || n == nil || a.kind != tWord || n.kind != tWord || a.upper || !n.upper {
		return false
	}
	w := strings.ToLower(a.text)
	return len(w) > 3 && !germanFiniteVerbs[w] && textproc.GermanInflected(w)
}

// germanFiniteVerbs are finite verbs that may follow a fronted year, before
// their subject: "Seit 2019 müssen Arbeitgeber …", "Bis 2040 sollen
// Wärmenetze …" (not adjectives of a counted noun).
var germanFiniteVerbs = map[string]bool{"müssen": true, "können": true, "sollen": true, "wollen": true, "dürfen": true,
	"werden": true, "wurden": true, "haben": true, "hatten": true, "sind": true, "waren": true, "gaben": true, "kamen": true,
	"gingen": true, "stiegen": true, "sanken": true, "lagen": true, "blieben": true, "starben": true, "mussten": true,
	"konnten": true, "sollten": true, "wollten": true, "durften": true, "würden": true, "gehen": true, "kommen": true,
	"steigen": true, "sinken": true, "liegen": true, "bleiben": true, "gelten": true, "galten": true, "fielen": true,
	"fehlen": true, "fehlten": true, "zahlen": true, "zahlten": true, "leben": true, "lebten": true, "arbeiten": true}
