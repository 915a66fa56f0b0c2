package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"newsdesk/internal/quantity"
)

// foreignRow is one row of a file of French, Spanish or German sentences,
// each holding one figure with its gold reading:
// lang, text, value, low, high, qualifier, unit, note (TAB-separated,
// with a header line). A range has no value; an open bound no low or
// high.
type foreignRow struct {
	lang, text, qualifier, unit, note string
	value, low, high                  *float64
}

// ForeignResult counts, per language, the rows whose figure was found
// with its value (figure) and with its value, qualifier and unit (all).
type ForeignResult struct {
	Rows, Figure, All map[string]int
	Misses            []string
}

// LoadForeign reads a foreign-language figure file.
func LoadForeign(path string) ([]foreignRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var rows []foreignRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 || len(cols) < 7 {
			continue
		}
		r := foreignRow{lang: cols[0], text: cols[1], qualifier: cols[5], unit: cols[6]}
		if len(cols) > 7 {
			r.note = cols[7]
		}
		for i, dst := range []**float64{&r.value, &r.low, &r.high} {
			c := strings.TrimSpace(cols[2+i])
			if c == "" {
				continue
			}
			v, err := strconv.ParseFloat(c, 64)
			if err != nil {
				return nil, fmt.Errorf("%s line %d: bad number %q: %w", path, line, c, err)
			}
			*dst = &v
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return rows, nil
}

// ScoreForeign runs quantity.FindLang over each row's text in its
// language. A row's figure is right when some quantity found has the
// gold value, low and high (a relative error under 1e-6; a missing one
// must be missing); it is wholly right when that quantity also has the
// gold qualifier and unit.
func ScoreForeign(rows []foreignRow) ForeignResult {
	res := ForeignResult{Rows: map[string]int{}, Figure: map[string]int{}, All: map[string]int{}}
	for _, r := range rows {
		res.Rows[r.lang]++
		qs := quantity.FindLang(r.text, r.lang)
		figure, all := false, false
		for _, q := range qs {
			if !sameNum(q.Value, r.value) || !sameNum(q.Low, r.low) || !sameNum(q.High, r.high) {
				continue
			}
			figure = true
			if q.Qualifier == r.qualifier && q.Unit == r.unit {
				all = true
			}
		}
		if figure {
			res.Figure[r.lang]++
		}
		if all {
			res.All[r.lang]++
		} else {
			var got []string
			for _, q := range qs {
				got = append(got, fmt.Sprintf("%q v=%s [%s,%s] %s %s", q.Text, num(q.Value), num(q.Low), num(q.High), q.Qualifier, q.Unit))
			}
			res.Misses = append(res.Misses, fmt.Sprintf("%s %q want v=%s [%s,%s] %s %s (%s); got %s",
				r.lang, r.text, num(r.value), num(r.low), num(r.high), r.qualifier, r.unit, r.note, strings.Join(got, "; ")))
		}
	}
	return res
}

func sameNum(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*b))
}

func num(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// printForeign prints the per-language and overall rates and returns the
// overall share of wholly right rows.
func printForeign(path string, res ForeignResult, verbose bool) float64 {
	langs := make([]string, 0, len(res.Rows))
	for l := range res.Rows {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var n, fig, all int
	for _, l := range langs {
		n += res.Rows[l]
		fig += res.Figure[l]
		all += res.All[l]
		fmt.Printf("  %s: %d rows; figure right %d = %.4f; figure, qualifier and unit right %d = %.4f\n", l, res.Rows[l],
			res.Figure[l], float64(res.Figure[l])/float64(res.Rows[l]), res.All[l], float64(res.All[l])/float64(res.Rows[l]))
	}
	rate := float64(all) / float64(max(n, 1))
	fmt.Printf("figures in sentences (%s): %d rows; figure right %d = %.4f; all right %d = %.4f\n", path, n, fig,
		float64(fig)/float64(max(n, 1)), all, rate)
	if verbose {
		for _, m := range res.Misses {
			fmt.Println("   MISS", m)
		}
	}
	return rate
}
