package shingle

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	got := Tokens("It’s 10,000 soldiers — Kim_Jong-un, Zelénskyy!")
	want := []string{"It", "s", "10", "000", "soldiers", "Kim_Jong", "un", "Zelénskyy"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
}

func TestCompare(t *testing.T) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	tests := []struct {
		gold, pred string
		want       Match
	}{
		{"a b c d e", "a b c d e", Match{1, 0, 0}},
		{"a b c d e", "", Match{0, 0, 1}},
		{"", "x y", Match{0, 1, 0}},
		{"", "", Match{}},
		// gold shingles: abcd bcde; pred: abcd bcdx -> tp 1 fp 1 fn 1
		{"a b c d e", "a b c d x", Match{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// short texts are one shingle
		{"a b", "a b", Match{1, 0, 0}},
		// multisets: a repeated paragraph is a false positive
		{"a b c d", "a b c d\na b c d", Match{1.0 / 5, 4.0 / 5, 0}},
	}
	for _, tc := range tests {
		got := Compare(tc.gold, tc.pred)
		if !near(got.TP, tc.want.TP) || !near(got.FP, tc.want.FP) || !near(got.FN, tc.want.FN) {
			t.Errorf("Compare(%q, %q) = %+v, want %+v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

func TestSummarise(t *testing.T) {
	s := Summarise([]Match{{1, 0, 0}, {0.5, 0.5, 0}, {0, 0, 1}})
	// precision over the two pages with output: (1 + 0.5)/2; recall over all three: (1+1+0)/3
	if math.Abs(s.Precision-0.75) > 1e-9 || math.Abs(s.Recall-2.0/3) > 1e-9 || s.Empty != 1 {
		t.Fatalf("Summarise = %+v", s)
	}
	if want := 2 * 0.75 * (2.0 / 3) / (0.75 + 2.0/3); math.Abs(s.F1-want) > 1e-9 {
		t.Fatalf("F1 = %v, want %v", s.F1, want)
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("a b c d e", "a b c")
	f.Add("", "\xff\x00")
	f.Fuzz(func(t *testing.T, gold, pred string) {
		m := Compare(gold, pred)
		if s := m.TP + m.FP + m.FN; s != 0 && math.Abs(s-1) > 1e-9 {
			t.Fatalf("counts sum to %v", s)
		}
	})
}
