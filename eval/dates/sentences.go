package main

import (
	"fmt"
	"strings"
	"time"

	"newsdesk/internal/timex"
)

// scoreSentences scores timex.Find on a file of reference_time, sentence,
// phrase, gold_start, gold_end, note rows: each sentence holds one date
// phrase, and the date Find reports over that phrase (the first that
// overlaps it) must name the gold period, as in scoreIntervals (right
// when one period holds the other). Here the sentence's tense takes part:
// "will meet Tuesday" and "met Tuesday" name different days.
func scoreSentences(path string, verbose bool) (float64, error) {
	type srow struct {
		ref                    time.Time
		sentence, phrase, note string
		start, end             time.Time
	}
	var rows []srow
	err := eachRow(path, func(line int, cols []string) error {
		if len(cols) < 5 {
			return fmt.Errorf("%s line %d: want 5 columns or more", path, line)
		}
		ref, err1 := time.Parse("2006-01-02T15:04:05", cols[0])
		start, err2 := time.Parse("2006-01-02", cols[3])
		end, err3 := time.Parse("2006-01-02", cols[4])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("%s line %d: bad date", path, line)
		}
		r := srow{ref: ref, sentence: cols[1], phrase: cols[2], start: start, end: end}
		if len(cols) > 5 {
			r.note = cols[5]
		}
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		return 0, err
	}
	right := 0
	for _, r := range rows {
		at := strings.Index(r.sentence, r.phrase)
		var got *timex.Date
		if at >= 0 {
			for _, d := range timex.Find(r.sentence, timex.Context{Ref: r.ref}) {
				if d.Start < at+len(r.phrase) && d.End > at {
					got = &d
					break
				}
			}
		}
		ok := false
		var from, to time.Time
		if got != nil {
			from, to = got.Date, got.LastDay()
			ok = nested(from, to, r.start, r.end)
		}
		if ok {
			right++
		} else if verbose {
			g := "-"
			if got != nil {
				g = from.Format("2006-01-02") + ".." + to.Format("2006-01-02")
			}
			fmt.Printf("  miss %s %s %q in %q: gold %s..%s got %s (%s)\n", r.ref.Format("2006-01-02"), r.ref.Weekday().String()[:3], r.phrase, r.sentence,
				r.start.Format("2006-01-02"), r.end.Format("2006-01-02"), g, r.note)
		}
	}
	n := max(len(rows), 1)
	fmt.Printf("timex.Find on %d sentences of %s: right %d = %.4f\n", len(rows), path, right, float64(right)/float64(n))
	return float64(right) / float64(n), nil
}
