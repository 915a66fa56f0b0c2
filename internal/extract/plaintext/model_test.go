package plaintext

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestFeatureLayout(t *testing.T) {
	if len(featureNames) != nFeatures {
		t.Fatalf("%d feature names for %d features", len(featureNames), nFeatures)
	}
	if len(contextNames) != nContext {
		t.Fatalf("%d context names for %d context features", len(contextNames), nContext)
	}
	// contextRows reads these columns by index
	for i, want := range map[int]string{1: "log_words", 3: "terminal", 34: "rel_pos"} {
		if featureNames[i] != want {
			t.Errorf("feature %d is %q, contextRows expects %q", i, featureNames[i], want)
		}
	}
}

func TestShippedModelLoads(t *testing.T) {
	if _, err := LoadModel(modelJSON); err != nil {
		t.Fatalf("model.json: %v (retrain with go run ./eval/aebtext -train)", err)
	}
}

func TestLoadModelRejectsBadModels(t *testing.T) {
	for _, in := range []string{``, `{`, `{"features":["x"]}`,
		`{"features":` + quoteAll(featureNames) + `,"trees":[{"f":[0],"t":[1],"l":[0],"r":[0],"v":[1,2]}]}`,
		`{"features":` + quoteAll(featureNames) + `,"trees":[{"f":[0,-1,-1],"t":[1,0,0],"l":[0,0,0],"r":[2,0,0],"v":[0,1,2]}]}`,
		`{"features":` + quoteAll(featureNames) + `,"trees":[{"f":[999],"t":[1],"l":[0],"r":[0],"v":[1]}]}`,
	} {
		if _, err := LoadModel([]byte(in)); err == nil {
			t.Errorf("LoadModel(%.60q) accepted a bad model", in)
		}
	}
}

func quoteAll(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return "[" + strings.Join(q, ",") + "]"
}

// synthPages builds small pages of menu lines around prose so that
// training can be tested without the benchmark data.
func synthPages(n int) []TrainPage {
	var out []TrainPage
	for p := 0; p < n; p++ {
		var page, gold []string
		page = append(page, "Home", "World", "Sport", fmt.Sprintf("Story number %d about the town council", p), "")
		for k := 0; k < 4+p%3; k++ {
			s := fmt.Sprintf("The council met on day %d and said that the new plan for road %d would be ready by the end of the year, officials said.", p, k)
			page = append(page, s, "")
			gold = append(gold, s)
		}
		page = append(page, "Share", "Tweet", "Related stories", "Another headline here", "12 minutes ago", "Privacy policy", "Contact us")
		out = append(out, TrainPage{Text: strings.Join(page, "\n"), Gold: strings.Join(gold, "\n")})
	}
	return out
}

func TestTrainDeterministicAndLearns(t *testing.T) {
	pages := synthPages(12)
	opt := DefaultTrainOptions()
	opt.Rounds = 12
	opt.MinChild = 0.5 // a dozen tiny pages cannot fill leaves of the default size
	a, err := Train(pages, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(pages, opt)
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := MarshalModel(a)
	jb, _ := MarshalModel(b)
	if !bytes.Equal(ja, jb) {
		t.Fatal("training twice on the same pages gave different models")
	}
	m, err := LoadModel(ja)
	if err != nil {
		t.Fatalf("reloading a trained model: %v", err)
	}
	r := m.Extract(synthPages(13)[12].Text, "")
	if !strings.Contains(r.Text, "The council met on day 12") || strings.Contains(r.Text, "Privacy policy") || strings.Contains(r.Text, "Home") {
		t.Errorf("trained model kept the wrong lines:\n%s", r.Text)
	}
	if _, err := Train(nil, opt); err == nil {
		t.Error("Train(nil) should fail")
	}
}

func TestLabelLines(t *testing.T) {
	page := "Menu\nThe quick brown fox jumps over the lazy dog today.\nShort one\nAnd then it ran far away from the farm house.\nFooter links here"
	gold := "The quick brown fox jumps over the lazy dog today. Short one And then it ran far away from the farm house."
	lines, labels := LabelLines(page, gold)
	want := []bool{false, true, true, true, false}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i := range want {
		if labels[i] != want[i] {
			t.Errorf("line %q labelled %v, want %v", lines[i], labels[i], want[i])
		}
	}
}

func TestViterbi(t *testing.T) {
	tests := []struct {
		em   []float64
		sw   float64
		want string
	}{
		{[]float64{-2, 2, 2, -0.5, 2, -3}, 1, "011110"},
		{[]float64{-2, 2, 2, -0.5, 2, -3}, 0, "011010"},
		{[]float64{-5, -5}, 1, "00"},
		{nil, 1, ""},
	}
	for _, tc := range tests {
		got := ""
		for _, k := range viterbi(tc.em, tc.sw) {
			got += map[bool]string{true: "1", false: "0"}[k]
		}
		if got != tc.want {
			t.Errorf("viterbi(%v, %v) = %s, want %s", tc.em, tc.sw, got, tc.want)
		}
	}
	// smooth never returns nothing for a non-empty page
	if k := smooth([]float64{-5, -2, -6}, 1); !k[1] {
		t.Errorf("smooth kept %v, want the best line kept", k)
	}
}
