package main

import (
	"math"
	"strings"
	"testing"
)

// TestRecognizersCases runs the parser over the Recognizers-Text case files
// and holds each model to its -gate floor.
func TestRecognizersCases(t *testing.T) {
	dir := FindData()
	if dir == "" {
		t.Skip("../shared/eval/numbers is missing: the Recognizers-Text case files are not available")
	}
	floors := map[string]float64{
		"NumberModel": floorNumber, "NumberRangeModel": floorRange, "PercentModel": floorPercent, "CurrencyModel": floorMoney,
	}
	var passed, scored int
	for _, model := range Models {
		cases, err := Load(dir, model)
		if err != nil {
			t.Fatal(err)
		}
		o := Score(model, cases)
		passed += o.Passed
		scored += o.Scored
		t.Logf("%s: %d/%d = %.4f, %d skipped", model, o.Passed, o.Scored, o.Rate(), o.SkippedTotal())
		if o.Scored < o.Total/3 {
			t.Errorf("%s: only %d of %d cases scored; the skip rules are too broad", model, o.Scored, o.Total)
		}
		if o.Rate() < floors[model] {
			t.Errorf("%s: pass rate %.4f under floor %.4f; failures:", model, o.Rate(), floors[model])
			for _, f := range o.Failures {
				t.Log("  ", f)
			}
		}
	}
	if rate := float64(passed) / float64(scored); rate < floorOverall {
		t.Errorf("overall pass rate %.4f under floor %.4f", rate, floorOverall)
	}
}

func TestParseInterval(t *testing.T) {
	nan := math.NaN()
	for _, tc := range []struct {
		in     string
		lo, hi float64
		ok     bool
	}{
		{"[10,15)", 10, 15, true},
		{"(30,)", 30, nan, true},
		{"(,100]", nan, 100, true},
		{"[-10,15)", -10, 15, true},
		{"[20,20]", 20, 20, true},
		{"20", 0, 0, false},
		{"(a,b)", 0, 0, false},
	} {
		lo, hi, ok := parseInterval(tc.in)
		if ok != tc.ok || ok && (!near(lo, tc.lo) || !near(hi, tc.hi)) {
			t.Errorf("parseInterval(%q) = %v, %v, %v; want %v, %v, %v", tc.in, lo, hi, ok, tc.lo, tc.hi, tc.ok)
		}
	}
}

func TestTextMatch(t *testing.T) {
	for _, tc := range []struct {
		want, have string
		ok         bool
	}{
		{"$ 14 million", "$ 14 million", true},
		{"$ 14 million", "about $ 14 million", true},
		{"more than thirty", "more than thirty", true},
		{"14 million", "$ 14 million", false},
		{"14", "114", false},
	} {
		if got := textMatch(tc.want, tc.have); got != tc.ok {
			t.Errorf("textMatch(%q, %q) = %v, want %v", tc.want, tc.have, got, tc.ok)
		}
	}
}

func TestSkipReasons(t *testing.T) {
	for _, tc := range []struct {
		model string
		c     Case
		want  string
	}{
		{"NumberModel", Case{Input: "192.168.1.2"}, skipInsideCodes},
		{"NumberModel", Case{Input: "three fifths", Results: []Result{{Text: "three fifths", Resolution: map[string]any{"subtype": "fraction"}}}}, ""},
		{"NumberModel", Case{Input: "twenty-three fifths", Results: []Result{{Text: "twenty-three fifths", Resolution: map[string]any{"subtype": "fraction"}}}}, skipFraction},
		{"NumberModel", Case{Input: "half a dozen", Results: []Result{{Text: "half a dozen", Resolution: map[string]any{"subtype": "fraction"}}}}, ""},
		{"NumberModel", Case{Input: "1e10", Results: []Result{{Text: "1e10", Resolution: map[string]any{"subtype": "power"}}}}, skipPower},
		{"NumberRangeModel", Case{Input: "He is over thirty years old.", Results: []Result{{Text: "over thirty"}}}, ""},
		{"NumberRangeModel", Case{Input: "x is equal to 5", Results: []Result{{Text: "equal to 5"}}}, skipComparison},
		{"CurrencyModel", Case{Input: "it cost 3 dollars 50 cents", Results: []Result{{Text: "3 dollars 50 cents"}}}, skipCompoundMoney},
		{"CurrencyModel", Case{Input: "buy it for USD 200", Results: []Result{{Text: "usd 200"}}}, ""},
		{"CurrencyModel", Case{Input: "x", NotSupported: "dotnet, java"}, skipRefUnsupported},
	} {
		if got := skipReason(tc.model, tc.c); got != tc.want {
			t.Errorf("skipReason(%s, %q) = %q, want %q", tc.model, tc.c.Input, got, tc.want)
		}
	}
}

// TestSentenceSets holds the bundled sentence sets written blind, French,
// Spanish and German (review 48) and English (review 49), to their -gate
// floors.
func TestSentenceSets(t *testing.T) {
	for _, set := range []struct {
		path  string
		rows  int
		floor float64
	}{{"testdata/foreign-review48.tsv", 270, floorForeign}, {"testdata/english-review49.tsv", 300, floorEnglish}} {
		rows, err := LoadForeign(set.path)
		if err != nil {
			t.Fatal(err)
		}
		res := ScoreForeign(rows)
		var all int
		for _, n := range res.All {
			all += n
		}
		if len(rows) < set.rows {
			t.Fatalf("%s: only %d rows read", set.path, len(rows))
		}
		if r := float64(all) / float64(len(rows)); r < set.floor {
			t.Errorf("%s: %.4f under floor %.4f; misses:\n%s", set.path, r, set.floor, strings.Join(res.Misses, "\n"))
		}
	}
}
