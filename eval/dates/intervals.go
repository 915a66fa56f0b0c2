package main

import (
	"fmt"
	"time"

	"newsdesk/internal/timex"
)

// intervalRow is one row of an interval file: a phrase, its reference
// time and the first and last day of the period it names.
type intervalRow struct {
	ref          time.Time
	phrase, note string
	lang         string // ISO 639-1, "" for English
	start, end   time.Time
}

// scoreIntervals scores timex.Resolve on a file of
// reference_time, phrase, gold_start, gold_end, note rows (each phrase
// alone); an optional sixth column gives the phrase's language. An answer is exact when its period (a month or year answer
// runs to the end of its last month or year) equals the gold one, and
// right when one of the two periods holds the other: the gold convention
// for "early 1998" (January to April) and ours (the year) differ in width,
// not in place.
func scoreIntervals(path string, verbose bool) (float64, error) {
	rows, err := loadIntervals(path)
	if err != nil {
		return 0, err
	}
	var exact, right int
	for _, r := range rows {
		d, ok := timex.ResolveIn(r.phrase, timex.Context{Ref: r.ref, Lang: r.lang})
		var from, to time.Time
		if ok {
			from, to = d.Date, d.LastDay()
		}
		isExact := ok && from.Equal(r.start) && to.Equal(r.end)
		isRight := ok && nested(from, to, r.start, r.end)
		if isExact {
			exact++
		}
		if isRight {
			right++
		}
		if verbose && !isRight {
			got := "-"
			if ok {
				got = from.Format("2006-01-02") + ".." + to.Format("2006-01-02")
			}
			fmt.Printf("  miss %2s %s %-32q gold %s..%s got %s\n", r.lang, r.ref.Format("2006-01-02"), r.phrase,
				r.start.Format("2006-01-02"), r.end.Format("2006-01-02"), got)
		}
	}
	n := max(len(rows), 1)
	fmt.Printf("timex on %d phrases of %s: right (one period holds the other) %d = %.4f; exact period %d = %.4f\n",
		len(rows), path, right, float64(right)/float64(n), exact, float64(exact)/float64(n))
	return float64(right) / float64(n), nil
}

// nested reports whether one of the periods [a1, a2] and [b1, b2] holds
// the other.
func nested(a1, a2, b1, b2 time.Time) bool {
	return !a1.After(b1) && !a2.Before(b2) || !b1.After(a1) && !b2.Before(a2)
}

func loadIntervals(path string) ([]intervalRow, error) {
	var rows []intervalRow
	err := eachRow(path, func(line int, cols []string) error {
		ref, err1 := time.Parse("2006-01-02T15:04:05", cols[0])
		start, err2 := time.Parse("2006-01-02", cols[2])
		end, err3 := time.Parse("2006-01-02", cols[3])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("%s line %d: bad date", path, line)
		}
		r := intervalRow{ref: ref, phrase: cols[1], start: start, end: end}
		if len(cols) > 4 {
			r.note = cols[4]
		}
		if len(cols) > 5 {
			r.lang = cols[5]
		}
		rows = append(rows, r)
		return nil
	})
	return rows, err
}
