package timex

import (
	"strings"
	"time"
)

// yearAfter reports whether a year follows at j, maybe after "of" ("summer
// of 2023", "summer 2023").
func (m *matcher) yearAfter(j int) bool {
	_, _, ok := m.yearAt(j)
	return ok
}

// yearAt reads "2023" or "of 2023" or "of the year"-less forms at j.
func (m *matcher) yearAt(j int) (int, int, bool) {
	if m.key(j, kOf) {
		j++
	}
	if y, ok := m.yearNum(j); ok {
		return y, j + 1, true
	}
	return 0, 0, false
}

// season: "summer 2023", "the summer of 2023", "in the spring", "this
// summer", "last winter", "next fall". Seasons are the northern ones, as
// months (spring = March to May); the answer has month precision and runs
// until the season's last month. start is the first token of the phrase, j
// the season word.
func (m *matcher) season(start, j, mode int) (match, bool) {
	t := m.tok(j)
	if t == nil || t.cls.kind != wSeason {
		return match{}, false
	}
	sm := t.cls.val
	end := j + 1
	if y, k, ok := m.yearAt(end); ok {
		return seasonMatch(y, sm, k), true
	}
	if y, k, ok := m.winterYears(end); ok && sm == 12 {
		return seasonMatch(y, sm, k), true // "the winter of 2007-08": from December 2007
	}
	// "fall" is mostly a verb: only after a determiner.
	if t.text == "fall" && start == j {
		return match{}, false
	}
	ref := m.ref
	y := ref.Year()
	seasonStart := func(y int) time.Time { return date(y, sm, 1) }
	seasonEnd := func(y int) time.Time { return date(y, sm, 1).AddDate(0, 3, -1) }
	switch mode {
	case wdLast, wdThisPast: // the latest that has ended
		for y = ref.Year(); !seasonEnd(y).Before(ref); y-- {
		}
	case wdNext, wdThisComing: // the first that starts after the reference
		for y = ref.Year() - 1; !seasonStart(y).After(ref); y++ {
		}
	default:
		// The season under way, else the nearest by its start month.
		switch {
		case !seasonStart(y).After(ref) && !seasonEnd(y).Before(ref):
		case !seasonStart(y-1).After(ref) && !seasonEnd(y-1).Before(ref):
			y--
		default:
			y = m.pickMonthYear(sm, start, end)
		}
	}
	return seasonMatch(y, sm, end), true
}

// winterYears reads the two years a winter spans, "2007-08", "2007/08" or
// "2007-2008" (maybe after "of"), at k: the first year and the index after.
func (m *matcher) winterYears(k int) (int, int, bool) {
	if m.key(k, kOf) {
		k++
	}
	t := m.tok(k)
	if t == nil || t.kind != tNumex || len(t.text) < 7 || (t.text[4] != '-' && t.text[4] != '/') {
		return 0, 0, false
	}
	a, ok1 := smallInt(t.text[:4])
	b, ok2 := smallInt(t.text[5:])
	if !ok1 || !ok2 || a < 1000 {
		return 0, 0, false
	}
	if len(t.text) == 7 && b == (a+1)%100 || len(t.text) == 9 && b == a+1 {
		return a, k + 1, true
	}
	return 0, 0, false
}

func seasonMatch(y, sm, end int) match {
	d := date(y, sm, 1)
	return match{d: Date{Date: d, Until: d.AddDate(0, 2, 0), Precision: Month}, end: end}
}

// quarter: "Q3 2024", "Q1", "the third quarter of 2024", "the first half of
// 2024", "H2 2023", "the second half of the year".
func (m *matcher) quarter(i int) (match, bool) {
	j := i
	n, size := 0, 0 // which quarter or half, and its length in months
	dashed := false // "third-quarter"
	t := m.tok(j)
	if t == nil {
		return match{}, false // "mid" at the end of the text: no quarter after it
	}
	switch {
	case t.kind == tWord && (t.text == "Q" || t.text == "H"):
		u := m.tok(j + 1)
		if t.spaceAfter || u == nil || u.kind != tNum || u.ordinal {
			return match{}, false
		}
		n, size = u.num, 3
		if t.text == "H" {
			size = 6
		}
		j += 2
	default:
		the := m.key(j, kThe)
		if the {
			j++
		} else {
			the = m.key(j-1, kThe) // "the last quarter" seen from "last"
		}
		o := m.tok(j)
		if o != nil && o.kind == tWord && m.key(j+1, kQuarter) {
			// "last quarter", "this quarter", "next quarter", "the
			// current quarter", "the previous quarter" (but "the last
			// quarter" of a game is sport)
			shift, ok := 0, true
			switch w := strings.ToLower(o.text); {
			case w == "last" && !the, w == "previous", w == "prior":
				shift = -1
			case w == "this" && !the, w == "current":
			case w == "next" && !the, w == "coming":
				shift = 1
			default:
				ok = false
			}
			if ok {
				q := (int(m.ref.Month())-1)/3 + shift
				y := m.ref.Year()
				for q < 0 {
					q += 4
					y--
				}
				for q > 3 {
					q -= 4
					y++
				}
				d := date(y, q*3+1, 1)
				return match{d: Date{Date: d, Until: d.AddDate(0, 2, 0), Precision: Month}, end: j + 2}, true
			}
		}
		var ok bool
		if n, ok = m.ordinalAt(j); !ok {
			return match{}, false // (an ordinal in digits too: "the 3rd quarter")
		}
		j++
		if m.isDash(j) {
			j++
			dashed = true
		}
		switch {
		case m.key(j, kQuarter):
			size = 3
		case m.key(j, kHalf):
			size = 6
		default:
			return match{}, false
		}
		j++
	}
	if n < 1 || n*size > 12 {
		return match{}, false
	}
	sm := (n-1)*size + 1
	var y int
	if m.key(j, kOf) && m.word(j+1, "fiscal") {
		if yy, ok := m.yearNum(j + 2); ok {
			// "the second quarter of fiscal 1990": the fiscal year's
			// months vary by body, so only its year is sure
			return match{d: Date{Date: date(yy, 1, 1), Precision: Year}, end: j + 3}, true
		}
	}
	if yy, k, ok := m.yearAt(j); ok {
		y, j = yy, k
	} else if m.key(j, kOf) && m.key(j+1, kThe) && m.unit(j+2) == uYear && m.singular(j+2) {
		y, j = m.ref.Year(), j+3
	} else if m.key(j, kOf) && (m.key(j+1, kThis) || m.key(j+1, kLast) || m.key(j+1, kNext)) && m.unit(j+2) == uYear {
		y = m.ref.Year()
		if m.key(j+1, kLast) {
			y--
		} else if m.key(j+1, kNext) {
			y++
		}
		j += 3
	} else if t.text != "Q" && !(m.phrase && m.tok(j) == nil) && !(dashed && fiscalNoun(m.tok(j))) {
		// "H1" alone is more often a name than a half-year, and "the
		// third quarter" or "the first half" alone are mostly sport;
		// given alone as a time phrase, or as in "third-quarter profit",
		// they are periods of the calendar.
		return match{}, false
	} else {
		// No year: the period under way or the latest one, unless the
		// clause looks ahead.
		y = m.ref.Year()
		if date(y, sm, 1).After(m.ref) && m.tense(i, j) != tenseFuture {
			y--
		}
	}
	d := date(y, sm, 1)
	return match{d: Date{Date: d, Until: d.AddDate(0, size-1, 0), Precision: Month}, end: j}, true
}

// yearsPeriod: "1988's fourth quarter", "the 1988 third quarter", "1989's first half", "fiscal
// 1988's second quarter" (a fiscal year's quarters vary by body, so that
// one keeps year precision). i is the year.
func (m *matcher) yearsPeriod(i int) (match, bool) {
	j, fiscal := i, m.word(i-1, "fiscal") || m.tok(i-1) != nil && m.tok(i-1).text == "FY"
	y, ok := m.yearNum(j)
	if !ok {
		return match{}, false
	}
	k := m.possessive(j + 1)
	if k == j+1 && !m.key(i-1, kThe) {
		return match{}, false // "the 1988 third quarter" or "1988's third quarter", not "in 1988 third-quarter"
	}
	n, ok := m.ordinalAt(k)
	if !ok {
		return match{}, false
	}
	k++
	if m.isDash(k) {
		k++
	}
	size := 3
	switch {
	case m.key(k, kQuarter):
	case m.key(k, kHalf):
		size = 6
	default:
		return match{}, false
	}
	if n < 1 || n*size > 12 {
		return match{}, false
	}
	if fiscal {
		return match{d: Date{Date: date(y, 1, 1), Precision: Year}, end: k + 1}, true
	}
	d := date(y, (n-1)*size+1, 1)
	return match{d: Date{Date: d, Until: d.AddDate(0, size-1, 0), Precision: Month}, end: k + 1}, true
}

// yearAgoPeriod: "the year-ago quarter", "the year-earlier period",
// "year-earlier levels". A quarter is the latest one that had ended by the
// reference day, a year back (results are reported after their quarter
// ends); a month is the month just named a year back; anything else is the
// year before the reference year's, at year precision. i is "the", or the
// unit when the phrase opens on it.
func (m *matcher) yearAgoPeriod(i int) (match, bool) {
	j := i
	if m.key(j, kThe) {
		j++
	} else if !(m.phrase && i == 0) {
		return match{}, false
	}
	if m.unit(j) != uYear || !m.singular(j) || !m.isDash(j+1) ||
		!(m.key(j+2, kAgo) || m.key(j+2, kEarlier) || m.key(j+2, kBefore)) {
		return match{}, false
	}
	k := j + 3
	n := m.tok(k)
	if n == nil || n.kind != tWord {
		return match{}, false
	}
	switch {
	case m.key(k, kQuarter):
		q := (int(m.ref.Month())-1)/3 - 1 // the latest quarter that has ended
		y := m.ref.Year() - 1
		if q < 0 {
			q, y = 3, y-1
		}
		d := date(y, q*3+1, 1)
		return match{d: Date{Date: d, Until: d.AddDate(0, 2, 0), Precision: Month}, end: k + 1}, true
	case m.unit(k) == uMonth:
		if m.lastMonth == nil {
			return match{}, false
		}
		return match{d: Date{Date: m.lastMonth.Date.AddDate(-1, 0, 0), Precision: Month}, end: k + 1}, true
	}
	switch strings.ToLower(n.text) {
	case "period", "periods", "level", "levels", "figure", "figures", "results", "result", "quarters":
		return match{d: Date{Date: date(m.ref.Year()-1, 1, 1), Precision: Year}, end: k + 1}, true
	}
	return match{}, false
}

// firstMonths: "the first nine months of 1989", "the first six months",
// "the first 10 months of the year". Without a year it is the latest such
// span that has ended by the reference day (unless the clause looks
// ahead); inside a sentence a span without a year needs "of the year" or
// "of this year" ("the first six months of his term" is no date). i is
// "the".
func (m *matcher) firstMonths(i int) (match, bool) {
	j := i + 1
	if !m.word(j, "first") {
		return match{}, false
	}
	n := 0
	switch t := m.tok(j + 1); {
	case t == nil:
		return match{}, false
	case t.kind == tNum && !t.ordinal:
		n = t.num
	case t.kind == tWord && (t.cls.kind == wNumber || t.cls.kind == wTens):
		n = t.cls.val
	}
	if n < 2 || n > 11 || m.unit(j+2) != uMonth || m.singular(j+2) {
		return match{}, false
	}
	k := j + 3
	y := 0
	if yy, k2, ok := m.yearAt(k); ok {
		y, k = yy, k2
	} else if m.key(k, kOf) && m.key(k+1, kThe) && m.unit(k+2) == uYear && m.singular(k+2) {
		y, k = m.ref.Year(), k+3
	} else if yy, k2, ok := m.relYear(k + 1); ok && m.key(k, kOf) {
		y, k = yy, k2
	} else if !(m.phrase && m.tok(k) == nil) {
		return match{}, false
	} else {
		y = m.ref.Year()
		if date(y, n+1, 1).After(m.ref) && m.tense(i, k) != tenseFuture {
			y--
		}
	}
	d := date(y, 1, 1)
	return match{d: Date{Date: d, Until: date(y, n, 1), Precision: Month}, end: k}, true
}

// century: "the 21st century", "the twentieth century": its years as
// TimeML counts them (the 21st century is 2000 to 2099). i is "the".
func (m *matcher) century(i int) (match, bool) {
	n, _ := m.ordinalAt(i + 1)
	if n < 1 || n > 30 || !m.word(i+2, "century") {
		return match{}, false
	}
	y := (n - 1) * 100
	return match{d: Date{Date: date(y, 1, 1), Until: date(y+99, 1, 1), Precision: Year}, end: i + 3}, true
}

// monthQuarter: "the September quarter", "the June quarter": the quarter
// that ends with that month, the latest one to have begun by the reference
// day. i is "the".
func (m *matcher) monthQuarter(i int) (match, bool) {
	mo, k, ok := m.monthWord(i + 1)
	if !ok || mo%3 != 0 || !m.key(k, kQuarter) {
		return match{}, false
	}
	y := m.ref.Year()
	if date(y, mo-2, 1).After(m.ref) {
		y--
	}
	if yy, k2, ok := m.yearAt(k + 1); ok {
		y, k = yy, k2-1
	}
	d := date(y, mo-2, 1)
	return match{d: Date{Date: d, Until: d.AddDate(0, 2, 0), Precision: Month}, end: k + 1}, true
}

// weekOfMonth: "the first week of October", "the last week of September
// 2023", "the final week of March": seven days of the month (the first
// week is days 1 to 7, the last its last seven days). i is "the".
func (m *matcher) weekOfMonth(i int) (match, bool) {
	j := i + 1
	n := 0
	switch o := m.tok(j); {
	case o == nil || o.kind != tWord:
		return match{}, false
	case o.cls.kind == wOrdinal && o.cls.val >= 1 && o.cls.val <= 4:
		n = o.cls.val
	case m.key(j, kLast) || strings.EqualFold(o.text, "final"):
		n = -1
	default:
		return match{}, false
	}
	if m.unit(j+1) != uWeek || !m.singular(j+1) || !m.key(j+2, kOf) {
		return match{}, false
	}
	month, k, ok := m.monthWord(j + 3)
	if !ok {
		return match{}, false
	}
	y := 0
	if yy, k2, ok := m.yearAt(k); ok {
		y, k = yy, k2
	} else if yy, k2, ok := m.relYear(k); ok {
		y, k = yy, k2
	} else {
		y = m.pickMonthYear(month, i, k)
	}
	first := 1 + (n-1)*7
	if n < 0 {
		first = daysIn(y, month) - 6
	}
	d := date(y, month, first)
	return match{d: Date{Date: d, Until: addDays(d, 6), Precision: Day}, end: k}, true
}

// pastSpan: "the past week", "the past 12 months", "the last two
// weeks": the span that ends on the reference day. i is "the". ("the last
// week" and "the last year" are calendar periods, read elsewhere; "the
// past few days" is vague.)
func (m *matcher) pastSpan(i int) (match, bool) {
	if !m.phrase || i != 0 {
		return match{}, false // in a sentence, "the past week was hard" is a length of time
	}
	j := i + 1
	last := m.key(j, kLast)
	if !last && !m.key(j, kPast) {
		return match{}, false
	}
	j++
	n, counted := 1, false
	switch t := m.tok(j); {
	case t == nil:
		return match{}, false
	case t.kind == tNum && !t.ordinal && t.num >= 1 && t.num <= 400:
		n, counted = t.num, true
	case t.kind == tWord && (t.cls.kind == wNumber || t.cls.kind == wTens) && t.cls.val >= 1:
		n, counted = t.cls.val, true
	}
	if counted {
		j++
	} else if last {
		return match{}, false
	}
	u := m.unit(j)
	if u == 0 && counted && m.key(j, kDays) {
		u = uDay
	}
	if u == 0 || (u != uDay || !counted) && m.singular(j) == (counted && n > 1) || m.key(j+1, kOf) {
		return match{}, false
	}
	ref := m.ref
	var from time.Time
	switch u {
	case uDay:
		from = addDays(ref, -n)
	case uWeek:
		from = addDays(ref, -7*n)
	case uFortnight:
		from = addDays(ref, -14*n)
	case uMonth:
		from = addMonths(ref, -n)
	case uYear:
		from = addMonths(ref, -12*n)
	case uDecade:
		if n > 40 {
			return match{}, false // "the past 400 decades" names no span of news
		}
		from = addMonths(ref, -120*n)
	case uHour:
		from = addDays(ref, -(n+23)/24)
	default:
		return match{}, false
	}
	return match{d: Date{Date: from, Until: ref, Precision: Day}, end: j + 1}, true
}

// currentPeriod: "the current year", "the present month", "the current
// fiscal year" (taken as the calendar year). i is "the".
func (m *matcher) currentPeriod(i int) (match, bool) {
	j := i + 1
	if !m.word(j, "current") && !m.word(j, "present") {
		return match{}, false
	}
	j++
	if t := m.tok(j); t != nil && yearKinds[strings.ToLower(t.text)] && m.unit(j+1) == uYear {
		j++
	}
	if u := m.unit(j); u != uWeek && u != uMonth && u != uYear || !m.singular(j) {
		return match{}, false
	}
	return m.periodOf(m.unit(j), 0, i, j+1)
}

// ordinalAt reads an ordinal at i, in words ("third") or digits ("3rd").
func (m *matcher) ordinalAt(i int) (int, bool) {
	switch o := m.tok(i); {
	case o == nil:
	case o.kind == tWord && o.cls.kind == wOrdinal:
		return o.cls.val, true
	case o.kind == tNum && o.ordinal:
		return o.num, true
	}
	return 0, false
}

// fiscalNoun reports whether t is a word that a period adjective such as
// "third-quarter" dates in business news ("third-quarter profit"), unlike
// "a third-quarter touchdown".
func fiscalNoun(t *token) bool {
	if t == nil || t.kind != tWord {
		return false
	}
	switch strings.ToLower(t.text) {
	case "results", "earnings", "profit", "profits", "revenue", "revenues", "sales", "loss", "losses",
		"income", "gdp", "growth", "output", "deliveries", "shipments", "figures", "report", "dividend":
		return true
	}
	return false
}

// seasonPrep reports whether a word that makes a following season a time
// precedes i ("in spring", "during the summer"); "the start of winter" or
// "a spring day" are not dates.
func (m *matcher) seasonPrep(i int) bool {
	if i == 0 && m.phrase {
		return true
	}
	t := m.tok(i - 1)
	if t == nil || t.kind != tWord {
		return false
	}
	switch strings.ToLower(t.text) {
	case "in", "during", "since", "by", "until", "till", "through", "throughout", "over", "from",
		"this", "last", "next", "early", "late", "mid", "past", "coming", "before", "after":
		return true
	}
	return false
}

// extendRange joins two dates into one range: "from Monday to Wednesday",
// "between Oct. 27 and Nov. 1", "Monday through Friday", "from 2014 to
// 2018". r is the first date, found at token i. The second must follow the
// connector at once, have the same precision and lie after the first (a
// weekday name is moved to the week after when it would not); otherwise r
// comes back as it was.
func (m *matcher) extendRange(i int, r match) match {
	if !r.d.Until.IsZero() || r.d.Vague || m.depth > 0 {
		return r
	}
	k := r.end
	from, between := m.word(i-1, "from"), m.word(i-1, "between")
	if from && m.changeBefore(i-1) {
		return r // "moved the meeting from Monday to Wednesday": the new date is the second
	}
	switch {
	case between && (m.word(k, "and") || m.word(k, "to")): // "between October 2019 to March 2020" is common too
	case from && (m.word(k, "to") || m.word(k, "until") || m.word(k, "till") || m.word(k, "through")):
	case m.word(k, "through") || m.word(k, "thru"):
	default:
		return r
	}
	k++
	var r2 match
	if r.d.Precision == Year {
		t := m.tok(k)
		y, ok := m.yearNum(k)
		if t == nil || t.kind != tNum || !ok || y <= r.d.Date.Year() || y > r.d.Date.Year()+100 {
			return r
		}
		r2 = match{d: Date{Date: date(y, 1, 1), Precision: Year}, end: k + 1}
	} else {
		m.depth++
		got, ok := m.core(k, true)
		m.depth--
		if !ok || got.d.Precision != r.d.Precision || got.d.Vague {
			return r
		}
		r2 = got
		if t := m.tok(k); t.kind == tWord && t.cls.kind == wWeekday && r.d.Precision == Day &&
			!r2.d.Date.After(r.d.Date) && absDays(r.d.Date, r2.d.Date) < 7 {
			r2.d.Date = addDays(r2.d.Date, 7) // "from Friday to Monday"
		}
	}
	last := r2.d.Date
	if !r2.d.Until.IsZero() {
		last = r2.d.Until
	}
	if !last.After(r.d.Date) || absDays(last, r.d.Date) > 400 && r.d.Precision == Day {
		return r
	}
	r.d.Until = last
	r.end = r2.end
	return r
}

// rescheduleVerbs move an event from one date to another.
var rescheduleVerbs = map[string]bool{"moved": true, "move": true, "moves": true, "moving": true, "postponed": true,
	"postpone": true, "postpones": true, "delayed": true, "delay": true, "delays": true, "pushed": true, "push": true,
	"shifted": true, "shift": true, "changed": true, "change": true, "rescheduled": true, "reschedule": true,
	"brought": true, "bring": true, "advanced": true, "extended": true, "extend": true, "put": true, "switched": true}

// changeBefore reports whether a verb that moves an event stands within
// the five words before token f ("from").
func (m *matcher) changeBefore(f int) bool {
	for k := f - 1; k >= 0 && k >= f-5; k-- {
		t := m.tok(k)
		if t.kind != tWord {
			return false
		}
		if rescheduleVerbs[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}
