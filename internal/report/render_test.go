package report

import (
	"bytes"
	"strings"
	"testing"
)

func fp(v float64) *float64 { return &v }

func TestFormatNumber(t *testing.T) {
	tests := map[float64]string{0: "0", 12: "12", 1000: "1,000", 10000: "10,000", 1500000: "1,500,000", 2.5: "2.5", -3000: "-3,000", 0.25: "0.25", 0.002: "0.002"}
	for in, want := range tests {
		if got := FormatNumber(in); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestValueString(t *testing.T) {
	tests := []struct {
		v    Value
		unit string
		want string
	}{
		{Value{Value: fp(10000), Qualifier: "approx"}, "", "~10,000"},
		{Value{Value: fp(8000), Qualifier: "upper"}, "", "up to 8,000"},
		{Value{Value: fp(3000), Qualifier: "lower"}, "", "more than 3,000"},
		{Value{Low: fp(6000), High: fp(8000), Qualifier: "exact"}, "", "6,000–8,000"},
		{Value{Value: fp(5), Qualifier: "exact"}, "percent", "5%"},
		{Value{Value: fp(35e6), Qualifier: "approx"}, "USD", "~35,000,000 USD"},
	}
	for _, tt := range tests {
		if got := ValueString(tt.v, tt.unit); got != tt.want {
			t.Errorf("ValueString(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestRenderingsCiteSources(t *testing.T) {
	r := &Report{Stories: []Story{{
		ID: "s1", Title: "Quake | strikes",
		Articles: []Article{{Path: "a.txt", Outlet: "A", Published: "2024-01-02"}, {Path: "b.txt", Flags: []string{"ai-generated"}, DuplicateOf: "a.txt", Overlap: 0.9}},
		Figures:  []Figure{{Counted: "people killed", Values: []Value{{Value: fp(12), Qualifier: "exact", Relation: "agree", Sources: []string{"a.txt", "b.txt"}}}}},
		Timeline: []Event{{Date: "2024-01-01", Precision: "day", Text: "A quake struck.", Sources: []string{"b.txt"}}},
		Summary:  []Sentence{{Text: "A quake struck the town.", Source: "a.txt"}},
	}}}
	var text, md bytes.Buffer
	if err := WriteText(&text, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"[1][2]", "A quake struck. [2]", "A quake struck the town. [1]", "copy of [1] (90% shared)", "2 articles from 2 outlets"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	if !strings.Contains(md.String(), "## Quake \\| strikes") {
		t.Errorf("markdown does not escape the title:\n%s", md.String())
	}
}
