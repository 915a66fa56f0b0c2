// Command dates scores internal/timex on TempEval-3 date phrases
// (../shared/eval/dates/tempeval3-tbaq.tsv): each row is a reference time, a
// phrase and the gold day. It prints the share resolved to the gold day,
// the same figure for go-dateparser alone, and the failures with -v.
//
// Scoring: a day-precision answer must equal the gold day. Gold gives every
// phrase a day, even "1992" or "this year" (some day inside that year), so a
// month- or year-precision answer, or a range, counts when the gold day lies
// inside the period it names. The strict figure (first day == gold) is
// printed too.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/timex"
)

// Floors for -gate: a little under the measured figures (a ratchet).
const (
	floorScore   = 0.933 // measured 0.9355 (595/636)
	floorContext = 0.944 // measured 0.9465 (602/636)
	// the bundled out-of-sample phrase set (right: one period holds the
	// other); measured 1.0000 (200/200) after its misses were fixed, 0.985
	// (197/200) before
	floorReview = 0.98
	reviewSet   = "eval/dates/testdata/phrases-review36.tsv"
	// French, Spanish and German phrases written blind (review 48):
	// 176/180 = 0.978 measured 2026-11-24 (0.883 at the session's start,
	// 0.922 before their misses were read)
	floorForeign = 0.97
	foreignSet   = "eval/dates/testdata/phrases-foreign-review48.tsv"
	// English phrases written blind (review 50): 250/250 after its misses
	// were fixed, 245/250 = 0.98 before (2026-11-24)
	floorReview50 = 0.98
	review50Set   = "eval/dates/testdata/phrases-review50.tsv"
	// English sentences with one date each, written blind (review 52),
	// scored with the sentence's tense: 156/160 = 0.975 after its misses
	// were read, 151/160 = 0.944 before and at the session's start
	floorSentences = 0.97
	sentencesSet   = "eval/dates/testdata/sentences-review52.tsv"
)

type row struct {
	ref    time.Time
	phrase string
	gold   time.Time
	kind   string
}

func main() {
	gate := flag.Bool("gate", false, "exit non-zero when a score is under its floor")
	verbose := flag.Bool("v", false, "print every failure")
	baseline := flag.Bool("baseline", true, "also score go-dateparser alone")
	dataFlag := flag.String("data", "", "path to tempeval3-tbaq.tsv (default: found from ../shared/eval)")
	ceiling := flag.Bool("ceiling", false, "also print the best any rule that sees only a bare weekday name and the reference weekday could do on those rows")
	intervals := flag.String("intervals", "", "score a file of reference_time, phrase, gold_start, gold_end rows instead (e.g. eval/dates/testdata/phrases-review36.tsv)")
	sentences := flag.String("sentences", "", "score a file of reference_time, sentence, phrase, gold_start, gold_end rows instead, with timex.Find on the whole sentence (e.g. eval/dates/testdata/sentences-review52.tsv)")
	flag.Parse()
	if *sentences != "" {
		if _, err := scoreSentences(*sentences, *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "dates:", err)
			os.Exit(1)
		}
		return
	}
	if *intervals != "" {
		if _, err := scoreIntervals(*intervals, *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "dates:", err)
			os.Exit(1)
		}
		return
	}

	path := *dataFlag
	if path == "" {
		path = findData()
	}
	if path == "" {
		fmt.Println("dates: skipped: ../shared/eval missing (no shared/eval/dates/tempeval3-tbaq.tsv found)")
		return
	}
	rows, err := load(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dates:", err)
		os.Exit(1)
	}

	var ok, strict, answered int
	var byKind = map[string][2]int{}
	for _, r := range rows {
		d, found := timex.Resolve(r.phrase, r.ref)
		good := found && contains(d, r.gold)
		if found {
			answered++
		}
		if good {
			ok++
		}
		if found && d.Date.Equal(r.gold) {
			strict++
		}
		k := byKind[r.kind]
		k[1]++
		if good {
			k[0]++
		}
		byKind[r.kind] = k
		if !good && *verbose {
			got := "-"
			if found {
				got = d.Date.Format("2006-01-02") + " " + d.Precision
				if !d.Until.IsZero() {
					got += " until " + d.Until.Format("2006-01-02")
				}
			}
			fmt.Printf("  miss %s %-22q gold %s got %s\n", r.ref.Format("2006-01-02 Mon"), r.phrase, r.gold.Format("2006-01-02"), got)
		}
	}
	// The rows follow their documents, so a row's previous row with the
	// same reference time is the date mentioned before it in the same
	// article: give it to ResolveIn as Context.Previous, as the pipeline
	// does sentence by sentence and as `newsdesk timex` does with
	// consecutive stdin lines that share a reference time.
	var okCtx int
	var prev *timex.Date
	for k, r := range rows {
		if k > 0 && !rows[k-1].ref.Equal(r.ref) {
			prev = nil
		}
		d, found := timex.ResolveIn(r.phrase, timex.Context{Ref: r.ref, Previous: prev})
		if found && contains(d, r.gold) {
			okCtx++
		} else if *verbose {
			got := "-"
			if found {
				got = d.Date.Format("2006-01-02") + " " + d.Precision
			}
			fmt.Printf("  context miss %s %-22q gold %s got %s\n", r.ref.Format("2006-01-02 Mon"), r.phrase, r.gold.Format("2006-01-02"), got)
		}
		if found && d.Anchors() {
			dd := d
			prev = &dd
		}
	}
	n := len(rows)
	score := float64(ok) / float64(n)
	fmt.Printf("timex on %d TempEval-3 phrases: %d correct = %.4f (strict first-day match %.4f; answered %d, precision %.4f)\n",
		n, ok, score, float64(strict)/float64(n), answered, float64(ok)/float64(max(answered, 1)))
	for _, k := range []string{"relative", "explicit"} {
		if v, has := byKind[k]; has {
			fmt.Printf("  %-8s %d/%d = %.4f\n", k, v[0], v[1], float64(v[0])/float64(v[1]))
		}
	}
	fmt.Printf("  with the previous row of the same document as context (ResolveIn, and `newsdesk timex` on this file): %d correct = %.4f\n", okCtx, float64(okCtx)/float64(n))
	if *ceiling {
		weekdayCeiling(rows)
	}
	if *baseline {
		b := baselineScore(rows)
		fmt.Printf("go-dateparser alone (Parse, CurrentTime = reference): %.4f\n", b)
	}
	fmt.Printf("score=%.4f strict=%.4f\n", score, float64(strict)/float64(n))
	if *gate {
		ctxScore := float64(okCtx) / float64(n)
		failed := false
		if score < floorScore {
			fmt.Printf("dates: FAIL score %.4f under floor %.4f\n", score, floorScore)
			failed = true
		}
		if ctxScore < floorContext {
			fmt.Printf("dates: FAIL context score %.4f under floor %.4f\n", ctxScore, floorContext)
			failed = true
		}
		// the bundled sets: a missing file means the program runs outside
		// the repository root, and fails the gate
		for _, set := range []struct {
			path  string
			floor float64
		}{{reviewSet, floorReview}, {foreignSet, floorForeign}, {review50Set, floorReview50}} {
			r, err := scoreIntervals(set.path, false)
			if err != nil {
				fmt.Fprintln(os.Stderr, "dates:", err)
				os.Exit(1)
			}
			if r < set.floor {
				fmt.Printf("dates: FAIL %s score %.4f under floor %.4f\n", set.path, r, set.floor)
				failed = true
			}
		}
		r, err := scoreSentences(sentencesSet, false)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dates:", err)
			os.Exit(1)
		}
		if r < floorSentences {
			fmt.Printf("dates: FAIL %s score %.4f under floor %.4f\n", sentencesSet, r, floorSentences)
			failed = true
		}
		if failed {
			os.Exit(1)
		}
		fmt.Println("dates: gate passed")
	}
}

// contains reports whether gold lies in the period d names.
func contains(d timex.Date, gold time.Time) bool {
	first := d.Date
	last := d.Date
	if !d.Until.IsZero() {
		last = d.Until
	}
	var end time.Time // exclusive
	switch d.Precision {
	case timex.Month:
		end = last.AddDate(0, 1, 0)
	case timex.Year:
		end = last.AddDate(1, 0, 0)
	default:
		end = last.AddDate(0, 0, 1)
	}
	return !gold.Before(first) && gold.Before(end)
}

func baselineScore(rows []row) float64 {
	p := &dps.Parser{}
	ok := 0
	for _, r := range rows {
		d, err := func() (d time.Time, err error) {
			defer func() {
				if recover() != nil {
					err = errors.New("panic")
				}
			}()
			res, err := p.Parse(&dps.Configuration{CurrentTime: r.ref}, r.phrase)
			return res.Time, err
		}()
		if err == nil && !d.IsZero() && d.Format("2006-01-02") == r.gold.Format("2006-01-02") {
			ok++
		}
	}
	return float64(ok) / float64(len(rows))
}

func load(path string) ([]row, error) {
	var rows []row
	err := eachRow(path, func(line int, cols []string) error {
		ref, err1 := time.Parse("2006-01-02T15:04:05", cols[0])
		gold, err2 := time.Parse("2006-01-02", cols[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("%s line %d: bad date", path, line)
		}
		rows = append(rows, row{ref: ref, phrase: cols[1], gold: gold, kind: cols[3]})
		return nil
	})
	return rows, err
}

// eachRow calls fn with the tab-separated columns of every line of the
// file after its header that has at least four columns.
func eachRow(path string, fn func(line int, cols []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 || len(cols) < 4 {
			continue
		}
		if err := fn(line, cols); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// findData walks up from the working directory looking for shared/eval as a
// sibling of the repository (or any ancestor).
func findData() string {
	return evaldata.Find("dates/tempeval3-tbaq.tsv")
}

// weekdayCeiling prints, for the rows whose phrase is a bare weekday name
// (or one with "morning", "night" …), how many timex resolves to the gold
// day and how many the best possible rule could, when all it sees is the
// name and the reference's weekday: for each such pair, the most frequent
// gold offset in the file (a rule fitted to the file itself, so an upper
// bound, not a method).
func weekdayCeiling(rows []row) {
	type key struct {
		ref  time.Weekday
		name string
	}
	offsets := map[key]map[int]int{}
	n, ours := 0, 0
	for _, r := range rows {
		f := strings.Fields(r.phrase)
		if len(f) == 0 || len(f) > 2 {
			continue
		}
		if _, ok := weekdayNames[f[0]]; !ok || len(f) == 2 && !partsOfDay[f[1]] {
			continue
		}
		n++
		ref := time.Date(r.ref.Year(), r.ref.Month(), r.ref.Day(), 0, 0, 0, 0, time.UTC)
		k := key{ref.Weekday(), f[0]}
		if offsets[k] == nil {
			offsets[k] = map[int]int{}
		}
		offsets[k][int(r.gold.Sub(ref).Hours()/24)]++
		if d, found := timex.Resolve(r.phrase, r.ref); found && d.Date.Equal(r.gold) {
			ours++
		}
	}
	best := 0
	for _, m := range offsets {
		top := 0
		for _, c := range m {
			top = max(top, c)
		}
		best += top
	}
	fmt.Printf("bare weekday rows: %d; timex right on %d; the best rule by reference weekday and name (fitted to this file) %d\n", n, ours, best)
}

var weekdayNames = map[string]time.Weekday{"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday}

var partsOfDay = map[string]bool{"morning": true, "night": true, "afternoon": true, "evening": true}
