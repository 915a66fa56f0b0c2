package timex

import (
	"strings"
	"time"
)

// holidayDate gives the date of a named holiday in a year.
type holidayDate func(y int) time.Time

func fixed(m, d int) holidayDate { return func(y int) time.Time { return date(y, m, d) } }

// nthWeekday is the n-th (1-based; -1 = last) weekday of a month.
func nthWeekday(m int, wd time.Weekday, n int) holidayDate {
	return func(y int) time.Time {
		if n < 0 {
			last := date(y, m, daysIn(y, m))
			back := (int(last.Weekday()) - int(wd) + 7) % 7
			return addDays(last, -back)
		}
		first := date(y, m, 1)
		fwd := (int(wd) - int(first.Weekday()) + 7) % 7
		return addDays(first, fwd+7*(n-1))
	}
}

// easter is Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 22*l) / 451
	month := (h + l - 7*mm + 114) / 31
	day := (h+l-7*mm+114)%31 + 1
	return date(y, month, day)
}

// dayHolidays are the holidays named by one word and "Day": "Labor Day",
// "Anzac Day".
var dayHolidays = map[string]holidayDate{
	"election":     func(y int) time.Time { return addDays(nthWeekday(11, time.Monday, 1)(y), 1) }, // US: the Tuesday after the first Monday of November
	"labor":        nthWeekday(9, time.Monday, 1),
	"labour":       nthWeekday(9, time.Monday, 1), // Canada's spelling, the same first Monday of September
	"memorial":     nthWeekday(5, time.Monday, -1),
	"columbus":     nthWeekday(10, time.Monday, 2),
	"boxing":       fixed(12, 26),
	"independence": fixed(7, 4),  // the US holiday; other nations' are named with the nation
	"inauguration": fixed(1, 20), // US, since 1937
	"earth":        fixed(4, 22),
	"canada":       fixed(7, 1),
	"bastille":     fixed(7, 14),
	"australia":    fixed(1, 26),
	"anzac":        fixed(4, 25),
}

// readHoliday reads a holiday name at j and returns its rule and the index
// after it. Names must be capitalised.
func (m *matcher) readHoliday(j int) (holidayDate, int, bool) {
	t := m.tok(j)
	if t == nil || t.kind != tWord || !t.upper {
		return nil, 0, false
	}
	w := strings.ToLower(t.text)
	next := func(k int, s string) bool {
		u := m.tok(k)
		return u != nil && u.kind == tWord && u.upper && strings.EqualFold(u.text, s)
	}
	dayAfter := func(k int) int { // optional "Day"
		if next(k, "day") {
			return k + 1
		}
		return k
	}
	if rule, ok := dayHolidays[w]; ok && next(j+1, "day") {
		return rule, j + 2, true
	}
	switch w {
	case "christmas":
		if next(j+1, "eve") {
			return fixed(12, 24), j + 2, true
		}
		return fixed(12, 25), dayAfter(j + 1), true
	case "thanksgiving":
		return nthWeekday(11, time.Thursday, 4), dayAfter(j + 1), true
	case "halloween":
		return fixed(10, 31), j + 1, true
	case "easter":
		k := j + 1
		if next(k, "monday") {
			return func(y int) time.Time { return addDays(easter(y), 1) }, k + 1, true // a holiday in the UK, Ireland, Australia
		}
		if next(k, "sunday") {
			k++
		}
		return easter, k, true
	case "good":
		if next(j+1, "friday") {
			return func(y int) time.Time { return addDays(easter(y), -2) }, j + 2, true
		}
	case "black":
		if next(j+1, "friday") { // the day after US Thanksgiving
			return func(y int) time.Time { return addDays(nthWeekday(11, time.Thursday, 4)(y), 1) }, j + 2, true
		}
	case "cyber":
		if next(j+1, "monday") {
			return func(y int) time.Time { return addDays(nthWeekday(11, time.Thursday, 4)(y), 4) }, j + 2, true
		}
	case "veterans", "armistice", "remembrance":
		k := m.apostrophe(j + 1)
		if next(k, "day") {
			return fixed(11, 11), k + 1, true
		}
		if w == "remembrance" && next(k, "sunday") {
			return nthWeekday(11, time.Sunday, 2), k + 1, true // UK: the second Sunday of November
		}
	case "mother", "father":
		k := m.possessive(j + 1)
		if next(k, "day") { // US and many others: the 2nd Sunday of May, the 3rd of June
			if w == "mother" {
				return nthWeekday(5, time.Sunday, 2), k + 1, true
			}
			return nthWeekday(6, time.Sunday, 3), k + 1, true
		}
	case "patrick":
		k := m.possessive(j + 1)
		if next(k, "day") {
			return fixed(3, 17), k + 1, true
		}
	case "juneteenth":
		return fixed(6, 19), dayAfter(j + 1), true
	case "presidents", "president":
		k := m.apostrophe(j + 1)
		if next(k, "day") { // Washington's Birthday, the 3rd Monday of February
			return nthWeekday(2, time.Monday, 3), k + 1, true
		}
	case "mlk", "martin":
		k := j + 1
		if w == "martin" {
			if !next(k, "luther") || !next(k+1, "king") {
				break
			}
			k += 2
			if next(k, "jr") {
				k++
				if m.punct(k, ".") {
					k++
				}
			}
		}
		if next(k, "day") { // the 3rd Monday of January
			return nthWeekday(1, time.Monday, 3), k + 1, true
		}
	case "valentine":
		k := m.possessive(j + 1)
		if next(k, "day") {
			return fixed(2, 14), k + 1, true
		}
	case "new":
		if next(j+1, "year") {
			k := m.possessive(j + 2)
			if next(k, "eve") {
				return fixed(12, 31), k + 1, true
			}
			if next(k, "day") {
				return fixed(1, 1), k + 1, true
			}
			if k > j+2 { // "New Year's"
				return fixed(1, 1), k, true
			}
		}
	}
	return nil, 0, false
}

// apostrophe skips "'s" or a bare "'" ("Veterans' Day").
func (m *matcher) apostrophe(j int) int {
	if k := m.possessive(j); k != j {
		return k
	}
	if m.punct(j, "'’") {
		return j + 1
	}
	return j
}

func (m *matcher) holiday(i int) (match, bool) {
	return m.holidayWithMode(i, i, wdBare)
}

func (m *matcher) holidayWithMode(start, j, mode int) (match, bool) {
	f, end, ok := m.readHoliday(j)
	if !ok {
		return match{}, false
	}
	// A bare "Christmas" is often an adjective ("Christmas lights"): it
	// needs "Day"/"Eve", a year, a modifier or a preposition before it.
	if start == j && !m.phrase && end == j+1 && !m.yearAfter(end) && !m.prepBefore(j) && !m.key(j-1, kOver) {
		return match{}, false
	}
	ref := m.ref
	// A year right after the name: "Christmas 2023".
	if y, ok := m.yearNum(end); ok {
		return match{d: Date{Date: f(y), Precision: Day}, end: end + 1}, true
	}
	y := ref.Year()
	var cands [3]time.Time
	for k := range cands {
		cands[k] = f(y - 1 + k)
	}
	pick := time.Time{}
	tense := tenseUnknown
	if mode == wdBare {
		tense = m.tense(start, end)
	}
	switch {
	case mode == wdLast || mode == wdThisPast || tense == tensePast:
		for _, c := range cands {
			if c.Before(ref) || (tense == tensePast && c.Equal(ref)) {
				pick = c
			}
		}
	case mode == wdNext || mode == wdThisComing || tense == tenseFuture:
		for k := len(cands) - 1; k >= 0; k-- {
			if cands[k].After(ref) || (tense == tenseFuture && cands[k].Equal(ref)) {
				pick = cands[k]
			}
		}
	default:
		best := -1
		for _, c := range cands {
			if d := absDays(c, ref); best < 0 || d < best {
				best, pick = d, c
			}
		}
	}
	if pick.IsZero() {
		return match{}, false
	}
	return match{d: Date{Date: pick, Precision: Day}, end: end}, true
}
