// Command numbers scores internal/quantity on the Microsoft
// Recognizers-Text English case specs in ../shared/eval/numbers
// (NumberModel, NumberRangeModel, PercentModel, CurrencyModel).
//
// Each case's Input goes through quantity.Find and its output is compared
// with the case's Results: the same number of entities, in order, each with
// the same text (case and spacing folded; a leading qualifier such as
// "about" may be kept in ours) and the same resolved value. NumberModel is
// compared on the bare figures, the other models on quantities of their
// kind only: ranges and bounds for NumberRangeModel (open and closed ends
// are not told apart), percents for PercentModel, money with its ISO code
// for CurrencyModel (cents and pence become 0.01 of the main unit).
//
// Cases that are exotic for news are skipped by category, with the reason
// printed; see skipReason in score.go.
package main

import (
	"flag"
	"fmt"
	"os"
)

// Floors for -gate, a little under the measured pass rates (a ratchet).
// Measured 2026-11-22: overall 350/353 = 0.9915, NumberModel 137/140 = 0.9786,
// NumberRangeModel 1.0, PercentModel 1.0, CurrencyModel 1.0; every case,
// skipped ones included, 375/522 = 0.7184.
const (
	floorOverall = 0.98
	floorAll     = 0.71
	floorNumber  = 0.96
	floorRange   = 0.97
	floorPercent = 0.95
	floorMoney   = 0.98
	// French, Spanish and German sentences written blind (review 48):
	// 267/270 = 0.9889 wholly right, measured 2026-11-24 (0.8222 at the
	// session's start, 0.8963 before the misses were read)
	floorForeign = 0.98
	foreignSet   = "eval/numbers/testdata/foreign-review48.tsv"
	// English news sentences written blind (review 49): 295/300 = 0.9833,
	// measured 2026-11-24 (0.9567 before the misses were read)
	floorEnglish = 0.98
	englishSet   = "eval/numbers/testdata/english-review49.tsv"
)

func main() {
	gate := flag.Bool("gate", false, "exit non-zero when a pass rate is under its floor")
	verbose := flag.Bool("v", false, "print every failing case")
	listSkips := flag.Bool("skips", false, "print every skipped case with its reason")
	dataFlag := flag.String("data", "", "directory holding the *.en.json case files (default: found from ../shared/eval/numbers)")
	foreign := flag.String("foreign", "", "score a file of sentences with one gold figure each instead (lang, text, value, low, high, qualifier, unit, note; e.g. eval/numbers/testdata/foreign-review48.tsv, english-review49.tsv)")
	flag.Parse()

	if *foreign != "" {
		rows, err := LoadForeign(*foreign)
		if err != nil {
			fmt.Fprintln(os.Stderr, "numbers:", err)
			os.Exit(1)
		}
		printForeign(*foreign, ScoreForeign(rows), *verbose)
		return
	}

	dir := *dataFlag
	if dir == "" {
		dir = FindData()
	}
	if dir == "" {
		fmt.Println("numbers: skipped: ../shared/eval missing (no shared/eval/numbers found)")
		return
	}
	floors := map[string]float64{
		"NumberModel": floorNumber, "NumberRangeModel": floorRange, "PercentModel": floorPercent, "CurrencyModel": floorMoney,
	}
	var passed, scored, skipped, total, skippedPassed int
	failed := false
	skipAll := map[string]int{}
	for _, model := range Models {
		cases, err := Load(dir, model)
		if err != nil {
			fmt.Fprintln(os.Stderr, "numbers:", err)
			os.Exit(1)
		}
		o := Score(model, cases)
		passed += o.Passed
		scored += o.Scored
		skipped += o.SkippedTotal()
		skippedPassed += o.SkippedPassed
		total += o.Total
		for r, n := range o.Skipped {
			skipAll[r] += n
		}
		fmt.Printf("%-17s pass %3d/%3d = %.4f   skipped %3d of %3d cases\n", model, o.Passed, o.Scored, o.Rate(), o.SkippedTotal(), o.Total)
		if *listSkips {
			for _, s := range SkipList(model, cases) {
				fmt.Println("   SKIP", s)
			}
		}
		if *verbose {
			for _, f := range o.Failures {
				fmt.Println("   FAIL", f)
			}
		}
		if o.Rate() < floors[model] {
			fmt.Printf("   under floor %.4f\n", floors[model])
			failed = true
		}
	}
	rate := 0.0
	if scored > 0 {
		rate = float64(passed) / float64(scored)
	}
	fmt.Printf("%-17s pass %3d/%3d = %.4f   skipped %3d of %3d cases\n", "overall", passed, scored, rate, skipped, total)
	fmt.Printf("every case, skipped ones included: pass %d/%d = %.4f (%d of the %d skipped pass anyway)\n",
		passed+skippedPassed, total, float64(passed+skippedPassed)/float64(max(total, 1)), skippedPassed, skipped)
	fmt.Println("skipped by reason:")
	for _, r := range sortedReasons(skipAll) {
		fmt.Printf("  %3d  %s\n", skipAll[r], r)
	}
	if all := float64(passed+skippedPassed) / float64(max(total, 1)); all < floorAll {
		fmt.Printf("every case under floor %.4f\n", floorAll)
		failed = true
	}
	if rate < floorOverall {
		fmt.Printf("overall under floor %.4f\n", floorOverall)
		failed = true
	}
	for _, set := range []struct {
		path  string
		floor float64
	}{{foreignSet, floorForeign}, {englishSet, floorEnglish}} {
		rows, err := LoadForeign(set.path) // a bundled file: missing means the program runs outside the repository root
		if err != nil {
			fmt.Fprintln(os.Stderr, "numbers:", err)
			os.Exit(1)
		}
		if r := printForeign(set.path, ScoreForeign(rows), false); r < set.floor {
			fmt.Printf("%s under floor %.4f\n", set.path, set.floor)
			failed = true
		}
	}
	if *gate && failed {
		os.Exit(1)
	}
}
