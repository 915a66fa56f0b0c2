package timex

import (
	"strings"
	"time"
)

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() }

func validDay(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// addMonths moves t by n months, keeping the day within the month it
// lands in: six months before October 31 is April 30, not May 1 as
// AddDate's normalising gives, and a year after February 29 is
// February 28.
func addMonths(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month(), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location()).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(t.Day(), last)-1)
}

// pickYear chooses the year of a month-day written without one: the
// nearest reading, with distances in the direction the clause does not point
// to stretched. News looks back more often than ahead, so with no tense a
// future reading costs 1.5 times its distance; a past (or future) clause
// makes the other direction cost four times as much, which still lets
// "would deploy troops on October 27-28", written a few days later, point
// back.
func (m *matcher) pickYear(month, day, i, end int) int {
	ry := m.ref.Year()
	wPast, wFut := dirWeights(m.tense(i, end))
	if m.word(i-1, "since") || m.word(i-1, "seit") || m.asOfBefore(i) {
		// "since June 1", "as of March 20": a day already past (but
		// "desde el 3 al 5 de septiembre" is a range ahead)
		wPast, wFut = 1, 100
	}
	best, bestCost := ry, -1
	for y := ry - 1; y <= ry+1; y++ {
		if !validDay(y, month, day) {
			continue
		}
		c := date(y, month, day)
		cost := absDays(c, m.ref) * wPast
		if c.After(m.ref) {
			cost = absDays(c, m.ref) * wFut
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

// dirWeights gives the cost factors (in halves) of a past and a future
// reading for a clause tense.
func dirWeights(tense int) (past, future int) {
	switch tense {
	case tensePast:
		return 2, 8
	case tenseFuture:
		return 8, 2
	}
	return 2, 3
}

// pickMonthYear chooses the year of a bare month ("in June") the same way;
// the reference month itself counts as the past.
func (m *matcher) pickMonthYear(month, i, end int) int {
	ry, rm := m.ref.Year(), int(m.ref.Month())
	wPast, wFut := dirWeights(m.tense(i, end))
	if m.sinceBefore(i) {
		wPast, wFut = 1, 100 // "since January": a start in the past
	}
	back := (rm - month + 12) % 12 // months since the most recent one (0 = this month)
	ahead := 12 - back
	if back == 0 && wFut < wPast {
		return ry // "will ... in November", written in November
	}
	if back*wPast <= ahead*wFut {
		if month > rm {
			return ry - 1
		}
		return ry
	}
	if month < rm {
		return ry + 1
	}
	return ry
}

// Weekday modes.
const (
	wdBare       = iota // "Monday": by tense
	wdLast              // "last Monday": strictly before the reference day
	wdNext              // "next Monday": strictly after
	wdThisPast          // "this past Monday"
	wdThisComing        // "this coming Monday"
	wdAfterPrev         // "the following Monday": after the anchor
	wdBeforePrev        // "the previous Monday": before the anchor
	wdThis              // "this Friday": the one of the reference week
)

// resolveWeekday finds the day a weekday name refers to.
func (m *matcher) resolveWeekday(wd time.Weekday, mode, i, end int) time.Time {
	ref := m.ref
	back := (int(ref.Weekday()) - int(wd) + 7) % 7 // days since the most recent one (0 = today)
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7  // days until the next one (0 = today)
	switch mode {
	case wdLast, wdThisPast:
		if back == 0 {
			back = 7
		}
		return addDays(ref, -back)
	case wdNext, wdThisComing:
		if fwd == 0 {
			fwd = 7
		}
		return addDays(ref, fwd)
	case wdAfterPrev, wdBeforePrev:
		a := m.anchor()
		if mode == wdAfterPrev {
			f := (int(wd) - int(a.Weekday()) + 7) % 7
			if f == 0 {
				f = 7
			}
			return addDays(a, f)
		}
		b := (int(a.Weekday()) - int(wd) + 7) % 7
		if b == 0 {
			b = 7
		}
		return addDays(a, -b)
	}
	switch m.tense(i, end) {
	case tensePast:
		return addDays(ref, -back)
	case tenseFuture:
		return addDays(ref, fwd)
	}
	if mode == wdThis {
		// The reference week runs Monday to Sunday: written on a
		// Wednesday, "this Monday" is two days back and "this Friday"
		// two days ahead.
		mon := addDays(ref, -((int(ref.Weekday()) + 6) % 7))
		return addDays(mon, (int(wd)+6)%7)
	}
	// "until Thursday", "through Friday" with no tense to go by: the end of
	// something under way, so the coming one (news writes "the warning is
	// in effect until Thursday")
	if m.word(i-1, "until") || m.word(i-1, "till") || m.word(i-1, "through") || m.word(i-1, "thru") {
		return addDays(ref, fwd)
	}
	// No tense to go by: news convention. A weekday name is the most recent
	// one, except the day after the reference day, which is "tomorrow"
	// written as a name (papers dated Friday say "Saturday" for the next day).
	if fwd == 1 {
		return addDays(ref, 1)
	}
	return addDays(ref, -back)
}

// nthWeekdayOf reads "the first Saturday in May", "the second Tuesday of
// November 2024", "last Monday in May": the n-th weekday of a month, in
// the year given or else the one the tense (or nearness) picks.
func (m *matcher) nthWeekdayOf(i int) (match, bool) {
	j := i // ("the" before it is left to the phrase: the scan starts at each word)
	n := 0
	switch t := m.tok(j); {
	case t == nil:
		return match{}, false
	case t.kind == tWord && t.cls.kind == wOrdinal && t.cls.val >= 1 && t.cls.val <= 5:
		n = t.cls.val
	case m.key(j, kLast):
		n = -1
	default:
		return match{}, false
	}
	w := m.tok(j + 1)
	if w == nil || w.kind != tWord || w.cls.kind != wWeekday || !(m.key(j+2, kIn) || m.key(j+2, kOf)) {
		return match{}, false
	}
	mo := m.tok(j + 3)
	if mo == nil || mo.kind != tWord || mo.cls.kind != wMonth {
		return match{}, false
	}
	month, end := mo.cls.val, j+4
	year, yend, hasYear := m.optYear(end)
	if hasYear {
		end = yend
	} else {
		year = m.pickMonthYear(month, i, end)
	}
	d := nthWeekday(month, time.Weekday(w.cls.val), n)(year)
	if d.Month() != time.Month(month) {
		return match{}, false // no fifth Monday that month
	}
	return match{d: Date{Date: d, Precision: Day}, end: end}, true
}

// partOfDay skips "morning", "night", ... after a day word.
func (m *matcher) partOfDay(j int) int {
	if m.key(j, kPartOfDay) {
		return j + 1
	}
	return j
}

// possessive skips "'s" ("Friday's vote").
func (m *matcher) possessive(j int) int {
	if m.punct(j, "'’") && m.word(j+1, "s") {
		return j + 2
	}
	return j
}

// weekdayPhrase: "Monday", "Friday night", "Friday's", "Friday, Oct. 23",
// "Monday, 28 October 2024".
func (m *matcher) weekdayPhrase(i int) (match, bool) {
	// Named days: "Black Friday" and "Cyber Monday" follow Thanksgiving;
	// "Super Tuesday", "Bloody Sunday", "Ash Wednesday" are events or
	// feasts we do not date from the weekday.
	if p := m.tok(i - 1); p != nil && p.kind == tWord && p.upper && p.spaceAfter {
		switch strings.ToLower(p.text) {
		case "black", "cyber":
			return match{}, false // read as holidays by holiday()
		case "super", "bloody", "ash", "holy", "maundy", "palm", "easter", "good", "shrove", "fat", "giving":
			return match{}, false
		}
	}
	return m.weekdayWithMode(i, i, wdBare)
}

// weekdayWithMode reads a weekday at w for a phrase that starts at start.
func (m *matcher) weekdayWithMode(start, w, mode int) (match, bool) {
	t := m.tok(w)
	if t == nil || t.kind != tWord || t.cls.kind != wWeekday || !t.upper {
		return match{}, false
	}
	// An explicit date right after the weekday wins: "Friday, Oct. 23".
	j := w + 1
	if m.punct(j, ",") {
		j++
	}
	if mode == wdBare || mode == wdThis || mode == wdThisComing || mode == wdThisPast {
		if r, ok := m.explicitAt(j); ok {
			return r, true
		}
	}
	end := m.partOfDay(m.possessive(w + 1))
	d := m.resolveWeekday(time.Weekday(t.cls.val), mode, start, end)
	return match{d: Date{Date: d, Precision: Day}, end: end}, true
}

// explicitAt tries the explicit-date rules at j.
func (m *matcher) explicitAt(j int) (match, bool) {
	t := m.tok(j)
	if t == nil {
		return match{}, false
	}
	best := match{end: -1}
	try := func(r match, ok bool) {
		if ok && r.end > best.end {
			best = r
		}
	}
	switch {
	case t.kind == tWord && t.cls.kind == wMonth:
		if r, ok := m.monthDate(j, false); ok && r.d.Precision == Day {
			try(r, ok)
		}
	case t.kind == tNum || t.kind == tNumex || (t.kind == tWord && t.cls.kind == wOrdinal) || m.key(j, kThe):
		try(m.dayMonth(j))
		try(m.numeric(j))
	}
	return best, best.end > j
}

// weekdayPrefixed: "Sat, 26 Oct 2024", "Fri. Oct. 23"; alone ("Tues.")
// only as a whole phrase.
func (m *matcher) weekdayPrefixed(i int) (match, bool) {
	t := m.tok(i)
	if !t.upper {
		return match{}, false
	}
	j := i + 1
	if m.punct(j, ".,") {
		j++
	}
	if r, ok := m.explicitAt(j); ok {
		return r, true
	}
	if m.phrase && i == 0 && m.tok(j) == nil {
		// "Tues." given alone as a date phrase: the weekday itself
		d := m.resolveWeekday(time.Weekday(t.cls.val), wdBare, i, j)
		return match{d: Date{Date: d, Precision: Day}, end: j}, true
	}
	return match{}, false
}

// keyword handles phrases that start with a relative word.
func (m *matcher) keyword(i int) (match, bool) {
	t := m.tok(i)
	ref := m.ref
	day := func(d time.Time, end int) (match, bool) {
		return match{d: Date{Date: d, Precision: Day, deictic: true}, end: m.partOfDay(m.possessive(end))}, true
	}
	switch t.cls.val {
	case kToday, kTonight:
		return day(ref, i+1)
	case kYesterday:
		return day(addDays(ref, -1), i+1)
	case kTomorrow:
		return day(addDays(ref, 1), i+1)
	case kEreyesterday:
		return day(addDays(ref, -2), i+1)
	case kOvermorrow:
		return day(addDays(ref, 2), i+1)
	case kEarlier, kLater, kEarly, kLate:
		// "earlier today", "late yesterday", "early Tuesday", "later this week"
		if n := m.tok(i + 1); n != nil && n.kind == tWord {
			switch {
			case n.cls.kind == wWeekday:
				return m.weekdayWithMode(i, i+1, wdBare)
			case n.cls.kind == wKey && (n.cls.val == kToday || n.cls.val == kYesterday || n.cls.val == kTomorrow || n.cls.val == kTonight):
				return m.keyword(i + 1)
			case n.cls.kind == wKey && (n.cls.val == kThis || n.cls.val == kLast || n.cls.val == kNext):
				if r, ok := m.thisNextLast(i+1, n.cls.val); ok {
					later := t.cls.val == kLater || t.cls.val == kLate
					if n.cls.val == kThis && m.unit(i+2) == uWeek && r.d.Precision == Day {
						// "earlier this week": Monday to the reference day;
						// "later this week": the day after it to Sunday.
						if later {
							if next := addDays(m.ref, 1); !next.After(r.d.Until) {
								r.d.Date = next
							}
						} else {
							r.d.Until = m.ref
						}
						if !r.d.Until.After(r.d.Date) {
							r.d.Until = time.Time{}
						}
					}
					if u := m.unit(i + 2); !later && n.cls.val == kThis && (u == uMonth || u == uYear) && r.d.Until.IsZero() {
						// "earlier this month": the month (year) before the
						// reference day, a span of days as "earlier in the
						// month" is (on the period's first day, the period)
						if d, ok := restOfPeriod(date(m.ref.Year(), int(m.ref.Month()), m.ref.Day()), u, false); ok {
							r.d = d
						}
					}
					if later && n.cls.val == kThis {
						r.d.Future = true
					}
					return r, true
				}
			}
		}
	case kLast, kNext, kThis, kPast, kComing:
		return m.thisNextLast(i, t.cls.val)
	case kRecently, kLately:
		if m.isDash(i + 1) {
			return match{}, false
		}
		return match{d: Date{Date: ref, Precision: Day, Vague: true}, end: i + 1}, true
	case kSoon, kShortly:
		// "as soon as", "soon after", "shortly before" are not dates.
		if m.key(i-1, kAs) || m.key(i+1, kAs) || m.key(i+1, kAfter) || m.key(i+1, kBefore) || m.word(i+1, "thereafter") || m.isDash(i+1) {
			return match{}, false
		}
		return match{d: Date{Date: ref, Precision: Day, Vague: true, Future: true}, end: i + 1}, true
	}
	return match{}, false
}

// thisNextLast: "last week", "next month", "this year", "last weekend",
// "last Monday", "this coming Sunday", "last night", "this morning",
// "last Thanksgiving", "last June".
func (m *matcher) thisNextLast(i, k int) (match, bool) {
	ref := m.ref
	j := i + 1
	mode := wdBare
	switch k {
	case kLast:
		mode = wdLast
	case kNext:
		mode = wdNext
	case kComing:
		mode = wdThisComing
	case kPast:
		mode = wdThisPast
	case kThis:
		if m.key(j, kComing) {
			mode, j = wdThisComing, j+1
		} else if m.key(j, kPast) {
			mode, j = wdThisPast, j+1
		} else if n := m.tok(j); n != nil && n.kind == tWord && n.cls.kind == wWeekday {
			mode = wdThis
		}
	}
	if k == kPast || k == kComing {
		// "past Monday" / "coming Monday" / "the past weekend" only;
		// "the past week" and "the coming weeks" are durations.
		n := m.tok(j)
		weekend := m.unit(j) == uWeekend && m.singular(j)
		if n == nil || n.cls.kind != wWeekday && !weekend {
			return match{}, false
		}
	}
	n := m.tok(j)
	if n == nil || n.kind != tWord {
		return match{}, false
	}
	if yearKinds[strings.ToLower(n.text)] && m.unit(j+1) == uYear && m.singular(j+1) &&
		(k == kLast || k == kThis || k == kNext) {
		// "last fiscal year", "this financial year": taken as the calendar
		// year, at year precision (a fiscal year's months vary by body)
		return m.periodOf(uYear, modeStep(mode), i, j+2) // "this past fiscal year" too
	}
	if k == kThis && m.word(j, "time") && (m.key(j+1, kLast) || m.key(j+1, kNext)) {
		// "this time last year": the same day a week, month or year away.
		step := 1
		if m.key(j+1, kLast) {
			step = -1
		}
		var d time.Time
		switch m.unit(j + 2) {
		case uWeek:
			d = addDays(ref, 7*step)
		case uMonth:
			d = addMonths(ref, step)
		case uYear:
			d = addMonths(ref, 12*step)
		default:
			return match{}, false
		}
		return match{d: Date{Date: d, Precision: Day}, end: j + 3}, true
	}
	switch n.cls.kind {
	case wWeekday:
		return m.weekdayWithMode(i, j, mode)
	case wMonth:
		if r, ok := m.explicitAt(j); ok { // "this March 28, 2017"
			return r, true
		}
		if !n.upper || (n.cls.abbr && !m.punct(j+1, ".")) {
			return match{}, false
		}
		mo := n.cls.val
		end := j + 1
		if n.cls.abbr {
			end++
		}
		y := ref.Year()
		switch mode {
		case wdLast, wdThisPast:
			if mo >= int(ref.Month()) {
				y--
			}
		case wdNext, wdThisComing:
			if mo <= int(ref.Month()) {
				y++
			}
		default:
			y = m.pickMonthYear(mo, i, end)
		}
		return match{d: Date{Date: date(y, mo, 1), Precision: Month}, end: end}, true
	case wUnit:
		if n.cls.plural {
			return match{}, false // "the last weeks of", "in the next months": not one period
		}
		return m.periodOf(n.cls.val, modeStep(mode), i, j+1)
	case wKey:
		switch n.cls.val {
		case kPartOfDay: // "last night", "this morning", "this evening"
			if k == kLast {
				if m.word(j, "night") {
					return match{d: Date{Date: addDays(ref, -1), Precision: Day}, end: j + 1}, true
				}
				return match{}, false
			}
			if k == kThis {
				return match{d: Date{Date: ref, Precision: Day}, end: j + 1}, true
			}
		case kHoliday:
			return m.holidayWithMode(i, j, mode)
		}
	case wSeason:
		return m.season(i, j, mode)
	}
	return match{}, false
}

// restOfPeriod returns the days of a's month or year (u) before a, or
// with later the days after it: "earlier in the month", "later in the
// year", "earlier this year". One day left has no Until; ok is false when
// none is.
func restOfPeriod(a time.Time, u int, later bool) (Date, bool) {
	from, until := date(a.Year(), 1, 1), date(a.Year(), 12, 31)
	if u == uMonth {
		from = date(a.Year(), int(a.Month()), 1)
		until = date(a.Year(), int(a.Month()), daysIn(a.Year(), int(a.Month())))
	}
	if later {
		from = addDays(a, 1)
	} else {
		until = addDays(a, -1)
	}
	if until.Before(from) {
		return Date{}, false
	}
	d := Date{Date: from, Until: until, Precision: Day}
	if until.Equal(from) {
		d.Until = time.Time{} // one day left: "earlier in the month" on the 2nd
	}
	return d, true
}

// modeStep is the period a weekday mode points to: -1 for "last" and
// "this past", 1 for "next" and "this coming", else 0.
func modeStep(mode int) int {
	switch mode {
	case wdLast, wdThisPast:
		return -1
	case wdNext, wdThisComing:
		return 1
	}
	return 0
}

// periodOf resolves "last week" (step -1), "this month" (0), "next year" (1).
func (m *matcher) periodOf(unit, step, i, end int) (match, bool) {
	ref := m.ref
	switch unit {
	case uDay:
		return match{}, false
	case uWeek:
		mon := addDays(ref, -((int(ref.Weekday()) + 6) % 7))
		start := addDays(mon, 7*step)
		return match{d: Date{Date: start, Until: addDays(start, 6), Precision: Day}, end: end}, true
	case uWeekend:
		mon := addDays(ref, -((int(ref.Weekday()) + 6) % 7))
		var sat time.Time
		switch {
		case step < 0:
			// "last weekend": the one before the reference week (Monday
			// to Sunday).
			sat = addDays(mon, -2)
		case step > 0:
			// "next weekend": the first one that starts after the
			// reference day.
			sat = addDays(ref, (int(time.Saturday)-int(ref.Weekday())+7)%7)
			if !sat.After(ref) {
				sat = addDays(sat, 7)
			}
		default:
			// The one under way, else by the clause's tense. With no
			// tense, "the weekend" is the one just past (news reports
			// what happened "over the weekend"), while "this weekend" is
			// the one of the week under way (Monday to Sunday) from a
			// Tuesday on, and the one just past in a Monday paper; a past
			// tense keeps it the one just past.
			sat = addDays(ref, -((int(ref.Weekday()) + 1) % 7))
			if ref.Weekday() != time.Saturday && ref.Weekday() != time.Sunday {
				tense := m.tense(i, end)
				if tense == tenseFuture || m.key(i, kThis) && tense != tensePast && ref.Weekday() != time.Monday {
					sat = addDays(sat, 7)
				}
			}
		}
		return match{d: Date{Date: sat, Until: addDays(sat, 1), Precision: Day}, end: end}, true
	case uMonth:
		d := date(ref.Year(), int(ref.Month()), 1).AddDate(0, step, 0)
		return match{d: Date{Date: d, Precision: Month}, end: end}, true
	case uYear:
		return match{d: Date{Date: date(ref.Year()+step, 1, 1), Precision: Year}, end: end}, true
	case uDecade:
		y := ref.Year()/10*10 + 10*step
		return match{d: Date{Date: date(y, 1, 1), Until: date(y+9, 1, 1), Precision: Year}, end: end}, true
	}
	return match{}, false
}

// countRel: "two days ago", "a year earlier", "11 days ago", "a week or so
// ago", "three weeks later", "a few days ago".
func (m *matcher) countRel(i int) (match, bool) {
	j := i
	n := 0
	vague, half := false, false
	t := m.tok(j)
	switch {
	case t.kind == tNum && !t.ordinal && t.digits <= 4:
		n, j = t.num, j+1
	case t.kind == tWord && t.cls.kind == wNumber:
		n, j = t.cls.val, j+1
	case t.kind == tWord && t.cls.kind == wTens:
		n, j = t.cls.val, j+1
		if m.isDash(j) {
			if u := m.tok(j + 1); u != nil && u.cls.kind == wNumber && u.cls.val < 10 {
				n += u.cls.val
				j += 2
			}
		}
	case m.key(j, kA):
		n, j = 1, j+1
		if m.key(j, kFew) {
			n, j, vague = 3, j+1, true
		} else if m.key(j, kCouple) {
			n, j = 2, j+1
			if m.key(j, kOf) {
				j++
			}
		}
	case m.key(j, kSeveral):
		n, j, vague = 4, j+1, true
	case m.key(j, kHalf) && m.key(j+1, kA):
		n, j, half = 1, j+2, true // "half a year later"
	default:
		return match{}, false
	}
	unit := m.unit(j)
	if unit == 0 && m.key(j, kDays) {
		unit = uDay
	}
	if unit == 0 || unit == uWeekend || unit == uDecade && vague || n > 1000 {
		return match{}, false
	}
	j++
	if m.key(j, kOr) && m.key(j+1, kSo) { // "a week or so ago"
		j += 2
		vague = true
	}
	var base time.Time
	sign, end := 0, j+1
	switch {
	case m.phrase && i == 1 && m.key(i-1, kIn) && m.tok(j) == nil:
		// "in two days" given alone: ahead of the reference time. Inside
		// a sentence it is left alone: "the first time in 10 days" counts
		// back, and "we will see in a couple of days" is a hope, not a
		// date for the timeline; but a counted number of days or weeks in
		// a clause with "will" is one ("The probe will reach the asteroid
		// in four days").
		base, sign, end = m.ref, 1, j
	case !m.phrase && i >= 1 && m.key(i-1, kIn) && !vague && !m.key(i, kA) && (unit == uDay || unit == uWeek) && m.willBefore(i-1):
		base, sign, end = m.ref, 1, j
	case m.key(j, kAgo):
		base, sign = m.ref, -1
	case m.key(j, kEarlier):
		base, sign = m.anchor(), -1
	case m.key(j, kLater):
		base, sign = m.anchor(), 1
	case m.word(j, "from") && (m.word(j+1, "now") || m.key(j+1, kToday)):
		base, sign = m.ref, 1
		j++
	case m.word(j, "from") && m.key(j+1, kTomorrow):
		base, sign = addDays(m.ref, 1), 1
		j++
	case m.word(j, "hence"):
		base, sign = m.ref, 1
	case (m.key(j, kBefore) || m.key(j, kAfter)) && !m.followedByWord(j+1):
		base, sign = m.anchor(), 1
		if m.key(j, kBefore) {
			sign = -1
		}
	default:
		return match{}, false
	}
	if (unit == uMonth || unit == uYear) && !vague && !half && m.lastMonth != nil && (m.key(j, kEarlier) || m.key(j, kLater)) {
		// "5.7 percent in October, down from 6.2 percent a year earlier":
		// the month a year before the month just named.
		d := m.lastMonth.Date
		if unit == uYear {
			d = d.AddDate(sign*n, 0, 0)
		} else {
			d = d.AddDate(0, sign*n, 0)
		}
		return match{d: Date{Date: d, Precision: Month}, end: end}, true
	}
	if (unit == uMonth || unit == uYear) && sign < 0 && m.prev != nil && m.prev.deictic && base.Equal(m.prev.Date) {
		// "yesterday ... a year earlier": comparisons over months and years
		// count from the report's date, not from the day next to it that
		// "yesterday" named; an explicit "Oct. 31" stays the anchor.
		base = m.ref
	}
	if half {
		// half a unit: the next smaller one, at day precision
		switch unit {
		case uYear:
			return match{d: Date{Date: addMonths(base, 6*sign), Precision: Day}, end: end}, true
		case uMonth:
			return match{d: Date{Date: addDays(base, 15*sign), Precision: Day}, end: end}, true
		case uDecade:
			return match{d: Date{Date: date(base.Year()+5*sign, 1, 1), Precision: Year}, end: end}, true
		}
		return match{}, false // half a day or a week names no day
	}
	var d time.Time
	switch unit {
	case uHour:
		d = addDays(base, sign*(n/24))
	case uDay:
		d = addDays(base, sign*n)
	case uFortnight:
		d = addDays(base, sign*14*n)
	case uWeek:
		d = addDays(base, sign*7*n)
	case uMonth:
		d = addMonths(base, sign*n)
	case uYear:
		d = addMonths(base, 12*sign*n)
	case uDecade:
		// "a decade ago": a year, not a day ten years back.
		return match{d: Date{Date: date(base.Year()+sign*10*n, 1, 1), Precision: Year}, end: end}, true
	}
	return match{d: Date{Date: d, Precision: Day, Vague: vague}, end: end}, true
}

func (m *matcher) followedByWord(j int) bool {
	t := m.tok(j)
	return t != nil && (t.kind == tWord || t.kind == tNum)
}

// anaphora: "the same day", "that day", "the next day", "the day before",
// "earlier that day", "the following Monday", "the day before yesterday".
func (m *matcher) anaphora(i int) (match, bool) {
	j := i
	shiftHint := 0 // -1 earlier, +1 later: part-of-day words only
	if m.key(j, kEarlier) || m.key(j, kLater) {
		j++
		shiftHint = 1
	}
	a := m.anchor()
	if shiftHint != 0 && m.key(j, kIn) && m.key(j+1, kThe) && (m.unit(j+2) == uDay || m.key(j+2, kPartOfDay)) &&
		i == 0 && (m.phrase || m.prev != nil) {
		// "Earlier in the day, ...", "later in the evening": the anchor
		// day, when there is one and the phrase opens the sentence ("eat
		// less later in the day" names none)
		return match{d: Date{Date: a, Precision: Day}, end: j + 3}, true
	}
	if shiftHint != 0 && m.key(j, kIn) && m.key(j+1, kThe) && m.word(j+2, "week") && !m.key(j+3, kOf) {
		// "earlier in the week": from the Monday of the anchor's week to
		// the day before the anchor; "later in the week": from the day
		// after it to the Sunday.
		mon := addDays(a, -((int(a.Weekday()) + 6) % 7))
		from, until := mon, addDays(a, -1)
		if m.key(i, kLater) {
			from, until = addDays(a, 1), addDays(mon, 6)
		}
		if until.Before(from) {
			from, until = a, a
		}
		d := Date{Date: from, Until: until, Precision: Day}
		if until.Equal(from) {
			d.Until = time.Time{}
		}
		return match{d: d, end: j + 3}, true
	}
	if u := m.unit(j + 2); shiftHint != 0 && m.key(j, kIn) && m.key(j+1, kThe) && (u == uMonth || u == uYear) && m.singular(j+2) && !m.key(j+3, kOf) {
		// "earlier in the year": from the first day of the anchor's year
		// (or month) to the day before the anchor; "later in the month":
		// from the day after it to the last day.
		d, ok := restOfPeriod(a, u, m.key(i, kLater))
		if !ok {
			return match{}, false // "earlier in the month" on its first day
		}
		return match{d: d, end: j + 3}, true
	}
	isThat := m.key(j, kThat)
	isThe := m.key(j, kThe)
	if m.unit(j) == uDay && (m.key(j+1, kBefore) || m.key(j+1, kAfter)) && shiftHint == 0 {
		// "day before last Tuesday" without an article.
		if r, ok := m.shiftedDate(j); ok {
			return r, true
		}
	}
	if !isThat && !isThe {
		return match{}, false
	}
	if isThe && m.unit(j+1) == uWeekend && shiftHint == 0 {
		return m.periodOf(uWeekend, 0, i, j+2)
	}
	j++
	// "that year", "the same month", "the following year", "the previous
	// week", "later that month": periods counted from the anchor.
	{
		step, k, ok := 0, j, true
		switch {
		case m.key(k, kSame):
			k++
		case isThe && m.key(k, kFollowing):
			step, k = 1, k+1
		case isThe && m.key(k, kPrevious):
			step, k = -1, k+1
		case isThat:
		default:
			ok = false
		}
		if u := m.unit(k); ok && (u == uWeek || u == uMonth || u == uYear) && (isThat || k > j) {
			return m.anchoredPeriod(a, u, step, k+1)
		}
	}
	if m.key(j, kSame) {
		j++
	} else if isThe && shiftHint == 0 {
		// "the next day", "the following Monday", "the previous day",
		// "the day before", "the day after tomorrow".
		switch {
		case m.key(j, kNext) || m.key(j, kFollowing):
			if m.unit(j+1) == uDay || m.key(j+1, kPartOfDay) {
				return match{d: Date{Date: addDays(a, 1), Precision: Day}, end: j + 2}, true
			}
			if n := m.tok(j + 1); n != nil && n.cls.kind == wWeekday {
				return m.weekdayWithMode(i, j+1, wdAfterPrev)
			}
			return match{}, false
		case m.key(j, kPrevious):
			if m.unit(j+1) == uDay || m.key(j+1, kPartOfDay) {
				return match{d: Date{Date: addDays(a, -1), Precision: Day}, end: j + 2}, true
			}
			if n := m.tok(j + 1); n != nil && n.cls.kind == wWeekday {
				return m.weekdayWithMode(i, j+1, wdBeforePrev)
			}
			return match{}, false
		case (m.key(j, kPartOfDay) || m.unit(j) == uWeek || m.unit(j) == uMonth || m.unit(j) == uYear) &&
			(m.key(j+1, kBefore) || m.key(j+1, kAfter)) && !m.followedByWord(j+2):
			// "the night before", "the morning after": the day next to the
			// anchor; "the week before", "the year after": the period next
			// to the anchor's.
			step := 1
			if m.key(j+1, kBefore) {
				step = -1
			}
			if m.key(j, kPartOfDay) {
				return match{d: Date{Date: addDays(a, step), Precision: Day}, end: j + 2}, true
			}
			return m.anchoredPeriod(a, m.unit(j), step, j+2)
		case m.unit(j) == uDay && (m.key(j+1, kBefore) || m.key(j+1, kAfter)):
			sign := 1
			if m.key(j+1, kBefore) {
				sign = -1
			}
			if m.key(j+2, kYesterday) {
				return match{d: Date{Date: addDays(m.ref, -2), Precision: Day}, end: j + 3}, true
			}
			if m.key(j+2, kTomorrow) {
				return match{d: Date{Date: addDays(m.ref, 2), Precision: Day}, end: j + 3}, true
			}
			if r, ok := m.shiftedDate(j); ok {
				return r, true
			}
			if m.followedByWord(j + 2) {
				return match{}, false
			}
			return match{d: Date{Date: addDays(a, sign), Precision: Day}, end: j + 2}, true
		}
	}
	if m.unit(j) == uDay || m.key(j, kPartOfDay) {
		if isThe && !m.key(j-1, kSame) && shiftHint == 0 {
			// "the day" alone is too loose ("the day of the attack",
			// "later in the day", "Word of the Day"): only "on the day".
			if m.key(j+1, kOf) || m.followedByWord(j+1) || !(m.key(i-1, kOn) || (m.phrase && i == 0)) {
				return match{}, false
			}
		}
		return match{d: Date{Date: a, Precision: Day}, end: j + 1}, true
	}
	return match{}, false
}

// nthDay: "the eighth day", "on the second day" of something that is going
// on (a strike, a summit, a search). News counts such days up to the day it
// reports, so the phrase names the anchor day: the date mentioned just
// before, else the reference day. Inside a sentence it needs "on" before it
// ("entered its eighth day" counts days without naming one), and "the first
// day of March" is left to the rules for explicit dates.
func (m *matcher) nthDay(i int) (match, bool) {
	j := i
	if m.key(j, kThe) {
		j++
	}
	t := m.tok(j)
	if t == nil || !((t.kind == tWord && t.cls.kind == wOrdinal) || (t.kind == tNum && t.ordinal && t.num <= 100)) {
		return match{}, false
	}
	j++
	d := m.tok(j)
	if d == nil || m.unit(j) != uDay || !strings.EqualFold(d.text, "day") {
		return match{}, false
	}
	if !(m.phrase && i == 0) && !m.key(i-1, kOn) {
		return match{}, false
	}
	if m.key(j+1, kOf) {
		// "the eighth day of the strike" counts the days of an event, but
		// "the first day of March", "of 2025", "of the month" or "of next
		// year" names a calendar day this rule does not compute
		k := j + 2
		if m.key(k, kThe) || m.key(k, kNext) || m.key(k, kThis) || m.key(k, kLast) {
			k++
		}
		if n := m.tok(k); n != nil && (n.kind != tWord || n.cls.kind == wMonth || n.cls.kind == wUnit || n.cls.kind == wSeason) {
			return match{}, false
		}
	}
	return match{d: Date{Date: m.anchor(), Precision: Day}, end: j + 1}, true
}

// bareDayOfMonth: "the 25th", "on the 5th": a day of the month the text
// does not name. After a date it is in that date's month; otherwise it is
// the nearest such day around the reference day, with the past preferred
// as for month-days without a year. "the 25th anniversary" (a word after
// it) is not a date.
func (m *matcher) bareDayOfMonth(i int) (match, bool) {
	t := m.tok(i + 1)
	if !m.key(i, kThe) || t == nil || t.kind != tNum || !t.ordinal || t.num < 1 || t.num > 31 {
		return match{}, false
	}
	if m.followedByWord(i + 2) {
		return match{}, false
	}
	// "He birdied the 18th", "Henry the 8th": only a whole phrase or one
	// introduced as a time ("on the 25th", "since the 3rd", "by the 5th").
	if !(m.phrase && i == 0) && !m.key(i-1, kOn) && !m.word(i-1, "since") && !m.word(i-1, "until") && !m.word(i-1, "by") && !m.word(i-1, "from") {
		return match{}, false
	}
	day, end := t.num, i+2
	if a, ok := m.dayAnchor(); ok {
		return inMonthOf(a, day, end)
	}
	wPast, wFut := dirWeights(m.tense(i, end))
	var best time.Time
	bestCost := -1
	for k := -2; k <= 1; k++ { // two months back: a 30th before March 1 is in January
		first := date(m.ref.Year(), int(m.ref.Month()), 1).AddDate(0, k, 0)
		if !validDay(first.Year(), int(first.Month()), day) {
			continue
		}
		c := date(first.Year(), int(first.Month()), day)
		cost := absDays(c, m.ref) * wPast
		if c.After(m.ref) {
			cost = absDays(c, m.ref) * wFut
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = c, cost
		}
	}
	if bestCost < 0 {
		return match{}, false
	}
	return match{d: Date{Date: best, Precision: Day}, end: end}, true
}

// inMonthOf is the given day of anchor a's month.
func inMonthOf(a time.Time, day, end int) (match, bool) {
	if !validDay(a.Year(), int(a.Month()), day) {
		return match{}, false
	}
	return match{d: Date{Date: date(a.Year(), int(a.Month()), day), Precision: Day}, end: end}, true
}

// loneAnaphor reads a whole phrase that names a date only through the one
// before it: "then" and a bare "day" (left over from "that day") are that
// date, and a bare day of the month ("25", "25th", after "April 24") is
// that day in its month. Without a previous day none of them is a date.
func (m *matcher) loneAnaphor(i int) (match, bool) {
	a, ok := m.dayAnchor()
	if !ok {
		return match{}, false
	}
	end := i + 1
	if m.punct(end, ".") {
		end++
	}
	if m.tok(end) != nil {
		return match{}, false
	}
	t := m.tok(i)
	switch {
	case m.key(i, kThen) || (t.kind == tWord && strings.EqualFold(t.text, "day")):
		return match{d: Date{Date: a, Precision: Day}, end: i + 1}, true
	case t.kind == tNum && t.digits <= 2:
		return inMonthOf(a, t.num, i+1)
	}
	return match{}, false
}

// vague: "in the coming days", "in coming weeks", "in the next few days",
// "in the days ahead", "in recent days", "in the near future".
func (m *matcher) vague(i int) (match, bool) {
	j := i
	if m.key(j, kIn) {
		j++
	} else {
		return match{}, false
	}
	if m.key(j, kThe) {
		j++
	}
	future := true
	switch {
	case m.key(j, kComing):
		j++
	case m.key(j, kNext) && m.key(j+1, kFew):
		j += 2
	case m.key(j, kNext) && (m.key(j+1, kDays) || m.unit(j+1) != 0) && !m.followedByWord(j+2):
		j++
	case m.key(j, kRecent) || m.key(j, kPast) && m.key(j+1, kFew):
		if m.key(j, kPast) {
			j++
		}
		j++
		future = false
	case m.key(j, kNear) && m.key(j+1, kFuture):
		return match{d: Date{Date: m.ref, Precision: Day, Vague: true, Future: true}, end: j + 2}, true
	case m.key(j, kDays) || m.unit(j) == uWeek || m.unit(j) == uMonth:
		if !m.key(j+1, kAhead) {
			return match{}, false
		}
		return match{d: Date{Date: m.ref, Precision: Day, Vague: true, Future: true}, end: j + 2}, true
	default:
		return match{}, false
	}
	u := m.unit(j)
	if !(m.key(j, kDays) || u == uWeek || u == uMonth || u == uYear) {
		return match{}, false
	}
	return match{d: Date{Date: m.ref, Precision: Day, Vague: true, Future: future}, end: j + 1}, true
}

// yearMonthEdge: "mid-October", "early 2024", "late October", "the end of
// the month", "the end of October", "year-end", "the beginning of 2024".
func (m *matcher) yearMonthEdge(i int) (match, bool) {
	j := i
	if m.key(j, kThe) {
		j++
	}
	t := m.tok(j)
	if t == nil {
		return match{}, false
	}
	// "year-end", "month-end"
	if u := m.unit(j); (u == uYear || u == uMonth) && m.isDash(j+1) && m.key(j+2, kEnd) {
		return m.edgeOf(u, 0, 0, true, j+3)
	}
	if !(m.key(j, kMid) || m.key(j, kEarly) || m.key(j, kLate) || m.key(j, kEnd) || m.key(j, kBeginning)) {
		return match{}, false
	}
	edge := t.cls.val
	j++
	dash := m.isDash(j)
	if dash {
		j++
	}
	if m.key(j, kOf) {
		j++
	} else if (edge == kEnd || edge == kBeginning) && !dash {
		// "the end October" is not English; "end-October" is.
		return match{}, false
	}
	step := 0
	switch {
	case m.key(j, kThe) || m.key(j, kThis):
		j++
	case m.key(j, kLast):
		step, j = -1, j+1
	case m.key(j, kNext):
		step, j = 1, j+1
	}
	if u := m.unit(j); (u == uMonth || u == uYear || u == uWeek || u == uDecade) && m.singular(j) {
		r, ok := m.periodOf(u, step, i, j+1)
		if !ok || edge != kEnd {
			return r, ok
		}
		// "the end of the month", "by the end of next year": the last day.
		switch u {
		case uDecade:
			r.d = Date{Date: r.d.Until, Precision: Year} // "the end of the decade": its last year
		case uWeek:
			r.d.Date, r.d.Until = r.d.Until, time.Time{}
		case uMonth:
			y, mo := r.d.Date.Year(), int(r.d.Date.Month())
			r.d = Date{Date: date(y, mo, daysIn(y, mo)), Precision: Day}
		case uYear:
			r.d = Date{Date: date(r.d.Date.Year(), 12, 31), Precision: Day}
		}
		return r, true
	}
	if r, ok := m.quarter(j); ok && step == 0 && (edge == kEnd || edge == kBeginning) && !r.d.Until.IsZero() {
		// "the end of the third quarter": its last day; "the beginning of
		// the second half": its first
		r.d.Precision = Day
		if edge == kEnd {
			y, mo := r.d.Until.Year(), int(r.d.Until.Month())
			r.d.Date = date(y, mo, daysIn(y, mo))
		}
		r.d.Until = time.Time{}
		return r, true
	}
	if mo, k, ok := m.monthWord(j); ok {
		if y, ok := m.yearNum(k); ok {
			if edge == kEnd {
				return m.edgeOf(uMonth, y, mo, false, k+1)
			}
			return match{d: Date{Date: date(y, mo, 1), Precision: Month}, end: k + 1}, true
		}
		if m.punct(k, ",") {
			if y, ok := m.yearNum(k + 1); ok {
				return match{d: Date{Date: date(y, mo, 1), Precision: Month}, end: k + 2}, true
			}
		}
		y := m.pickMonthYear(mo, i, k)
		if edge == kEnd {
			return m.edgeOf(uMonth, y, mo, false, k)
		}
		return match{d: Date{Date: date(y, mo, 1), Precision: Month}, end: k}, true
	}
	if y, ok := m.yearNum(j); ok {
		if edge == kEnd {
			return m.edgeOf(uYear, y, 12, false, j+1)
		}
		return match{d: Date{Date: date(y, 1, 1), Precision: Year}, end: j + 1}, true
	}
	return match{}, false
}

// edgeOf is the last day of a month or year; current=true means the
// reference month or year.
func (m *matcher) edgeOf(unit, y, mo int, current bool, end int) (match, bool) {
	if current {
		y, mo = m.ref.Year(), int(m.ref.Month())
	}
	if unit == uYear {
		return match{d: Date{Date: date(y, 12, 31), Precision: Day}, end: end}, true
	}
	return match{d: Date{Date: date(y, mo, daysIn(y, mo)), Precision: Day}, end: end}, true
}

// shiftedDate: "day before last Tuesday", "day after Oct. 5" at the unit
// token j ("day").
func (m *matcher) shiftedDate(j int) (match, bool) {
	sign := 1
	if m.key(j+1, kBefore) {
		sign = -1
	}
	k := j + 2
	if k >= len(m.toks) || m.depth >= 2 {
		return match{}, false
	}
	m.depth++
	r, ok := m.core(k, false)
	m.depth--
	if !ok || r.d.Precision != Day || r.d.Vague {
		return match{}, false
	}
	r.d.Date = addDays(r.d.Date, sign)
	r.d.Until = time.Time{}
	return r, true
}

// anchoredPeriod is the week, month or year of the anchor day a, moved by
// step.
func (m *matcher) anchoredPeriod(a time.Time, unit, step, end int) (match, bool) {
	switch unit {
	case uWeek:
		mon := addDays(a, -((int(a.Weekday())+6)%7)+7*step)
		return match{d: Date{Date: mon, Until: addDays(mon, 6), Precision: Day}, end: end}, true
	case uMonth:
		d := date(a.Year(), int(a.Month()), 1).AddDate(0, step, 0)
		return match{d: Date{Date: d, Precision: Month}, end: end}, true
	case uYear:
		return match{d: Date{Date: date(a.Year()+step, 1, 1), Precision: Year}, end: end}, true
	}
	return match{}, false
}

// sinceBefore reports whether "since" (German "seit", French "depuis",
// Spanish "desde") stands right before the phrase at token i; a phrase
// with an edge ("since late October", "desde finales de octubre") starts
// at the edge word.
// asOfBefore reports "as of" (or "as at") right before token i: "with
// 24.4% of the company as of March 20".
func (m *matcher) asOfBefore(i int) bool {
	return (m.key(i-1, kOf) || m.word(i-1, "at")) && m.word(i-2, "as")
}

func (m *matcher) sinceBefore(i int) bool {
	t := m.tok(i - 1)
	if t == nil || t.kind != tWord {
		return false
	}
	switch strings.ToLower(t.text) {
	case "since", "seit", "depuis", "desde":
		return true
	}
	return false
}
