package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSpeakerMatch(t *testing.T) {
	for _, c := range []struct {
		gold []string
		got  string
		want bool
	}{
		{[]string{"Sabrina Singh", "Pentagon"}, "Deputy Press Secretary Sabrina Singh", true},
		{[]string{"Sabrina Singh"}, "Singh", true},
		{[]string{"the Pentagon"}, "Pentagon", true},
		{[]string{"the U.S.", "United States"}, "US", true},
		{[]string{"Antony Blinken"}, "Lloyd Austin", false},
		{[]string{"Antony Blinken"}, "", false},
		{nil, "", true},
		{nil, "police", false},
		{[]string{"police", ""}, "", true},
		{[]string{"police", ""}, "police", true},
		{[]string{"police", ""}, "Reuters", false},
		{[]string{"la police", ""}, "police", true},
	} {
		if got := SpeakerMatch(c.gold, c.got); got != c.want {
			t.Errorf("SpeakerMatch(%q, %q) = %v, want %v", c.gold, c.got, got, c.want)
		}
	}
}

func TestCountedMatch(t *testing.T) {
	for _, c := range []struct {
		gold, got string
		want      bool
	}{
		{"soldiers", "North Korean soldiers", true},
		{"soldiers", "soldier", true},
		{"menschen", "Menschen", true},
		{"troops", "people", false},
		{"", "anything", true},
		{"soldiers", "", false},
	} {
		if got := CountedMatch(c.gold, c.got); got != c.want {
			t.Errorf("CountedMatch(%q, %q) = %v, want %v", c.gold, c.got, got, c.want)
		}
	}
}

// TestScore runs the scorer end to end on a small passage file: the
// claim stage must find the figures and their fields, and a wrong gold
// field must count as a miss.
func TestScore(t *testing.T) {
	const passages = `{"id":"t-1","published":"2024-10-31","lang":"en","text":"Secretary of State Antony Blinken said on Thursday that about 10,000 North Korean soldiers are in Russia. In 2023 nothing of the kind happened.","claims":[{"figure":"about 10,000","value":10000,"low":null,"high":null,"qualifier":"approx","unit":"","counted":"soldiers","speaker":["Antony Blinken"],"as_of":"2024-10-31"}],"not_claims":["2023"]}
{"id":"t-2","published":"2024-10-31","lang":"en","text":"Reports suggest that up to 12,000 troops have been sent.","claims":[{"figure":"up to 12,000","value":12000,"low":null,"high":null,"qualifier":"upper","unit":"","counted":"troops","speaker":["Kim"],"as_of":""}],"not_claims":[]}
`
	path := filepath.Join(t.TempDir(), "p.jsonl")
	if err := os.WriteFile(path, []byte(passages), 0o644); err != nil {
		t.Fatal(err)
	}
	ps, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r := Score(ps)
	if r.all.n != 2 || r.all.right["found"] != 2 || r.all.right["value"] != 2 || r.all.right["qualifier"] != 2 {
		t.Fatalf("figures %d, found %d, value %d, bound %d; want 2 each", r.all.n, r.all.right["found"], r.all.right["value"], r.all.right["qualifier"])
	}
	if r.all.whole != 1 || r.all.right["speaker"] != 1 {
		t.Errorf("wholly right %d, speakers right %d; want 1 and 1 (the second passage's gold speaker is wrong on purpose)", r.all.whole, r.all.right["speaker"])
	}
	if r.nots != 1 || r.notsHit != 0 {
		t.Errorf("non-figures %d, claimed %d; want 1, 0", r.nots, r.notsHit)
	}
}

func TestLoadRejectsAmbiguousFigure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.jsonl")
	line := `{"id":"t","published":"2024-10-31","lang":"en","text":"5 men and 5 women.","claims":[{"figure":"5","value":5,"qualifier":"exact","speaker":[],"as_of":""}]}` + "\n"
	if err := os.WriteFile(path, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err == nil {
		t.Fatal("Load accepted a figure that occurs twice")
	}
}
