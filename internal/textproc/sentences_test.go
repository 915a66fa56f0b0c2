package textproc

import "testing"

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"The U.S. assesses 10,000. Blinken said so.", []string{"The U.S. assesses 10,000.", "Blinken said so."}},
		{"Lowe's stock is off too, down 1.8%. Lowe's reports earnings Wednesday.", []string{"Lowe's stock is off too, down 1.8%.", "Lowe's reports earnings Wednesday."}},
		{"It rose 3.5 percent to 27,934.02. Bonds fell.", []string{"It rose 3.5 percent to 27,934.02.", "Bonds fell."}},
		{"The meeting is at 3p.m. Monday in Paris.", []string{"The meeting is at 3p.m. Monday in Paris."}},
		{"Mr. Smith went. He left.", []string{"Mr. Smith went.", "He left."}},
		{"Am 9. November 2021 kamen 40 Menschen. Es regnete.", []string{"Am 9. November 2021 kamen 40 Menschen.", "Es regnete."}},
		{"The count reached 12. Police said so.", []string{"The count reached 12.", "Police said so."}},
		{"He said, \"Go now.\" Then he left.", []string{"He said, \"Go now.\"", "Then he left."}},
		{"Line one\nLine two", []string{"Line one", "Line two"}},
		{"It rose 1.5 percent. Then fell.", []string{"It rose 1.5 percent.", "Then fell."}},
		{"Kim Jong-un met J. Smith on Oct. 5. It rained.", []string{"Kim Jong-un met J. Smith on Oct. 5.", "It rained."}},
		{"It was out by 6:40 a.m. The building is a loss.", []string{"It was out by 6:40 a.m.", "The building is a loss."}},
		{"He works for Apple Inc. It said so. Talks start at 9 a.m. Monday.", []string{"He works for Apple Inc.", "It said so.", "Talks start at 9 a.m. Monday."}},
		// abbreviations around a figure do not end a sentence
		{"Platz für max. 4 Personen. Es regnete.", []string{"Platz für max. 4 Personen.", "Es regnete."}},
		{"Der Bund gibt 2,4 Mrd. Euro aus. Sie zahlten Fr. 250 Gebühr.", []string{"Der Bund gibt 2,4 Mrd. Euro aus.", "Sie zahlten Fr. 250 Gebühr."}},
		{"He paid Rs. 500 for it. She left.", []string{"He paid Rs. 500 for it.", "She left."}},
		{"I changed my mind. He left the room.", []string{"I changed my mind.", "He left the room."}},
		{"The talks lasted 45 min. Police then moved in.", []string{"The talks lasted 45 min.", "Police then moved in."}},
		{"He is survived by his son Max. The funeral is on Friday.", []string{"He is survived by his son Max.", "The funeral is on Friday."}},
		{"Zugelassen sind mind. 5 und max. 20 Personen. Es regnete.", []string{"Zugelassen sind mind. 5 und max. 20 Personen.", "Es regnete."}},
		{"Der Umsatz lag bei 5,4 Mrd. Das Unternehmen wächst.", []string{"Der Umsatz lag bei 5,4 Mrd.", "Das Unternehmen wächst."}},
		{"Es kamen 120 Mio. Menschen.", []string{"Es kamen 120 Mio. Menschen."}},
		{"", nil},
		{"   \n  ", nil},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Sentences(%q) = %d spans %v, want %v", tt.in, len(got), got, tt.want)
			continue
		}
		for i := range got {
			if got[i].Text != tt.want[i] || tt.in[got[i].Start:got[i].End] != got[i].Text {
				t.Errorf("Sentences(%q)[%d] = %q, want %q", tt.in, i, got[i].Text, tt.want[i])
			}
		}
	}
}

func TestWordsAndFold(t *testing.T) {
	got := Words("Kim Jong-un's 10,000 troops — Zelenskyy!")
	want := []string{"kim", "jong-un's", "10", "000", "troops", "zelenskyy"}
	if len(got) != len(want) {
		t.Fatalf("Words = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Words[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	if Fold("Zelénskyy") != "zelenskyy" {
		t.Errorf("Fold = %q", Fold("Zelénskyy"))
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("The U.S. said. \"Yes.\" No")
	f.Add("\xff\xfe.. ..\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sp := range Sentences(s) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End || s[sp.Start:sp.End] != sp.Text {
				t.Fatalf("bad span %+v", sp)
			}
		}
	})
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Zelénskyy": "zelenskyy", "ZELENSKYY": "zelenskyy", "plain": "plain", "Kim Jong-Un": "kim jong-un",
		"Straße": "strasse", "Łódź": "lodz", "Blinken’s": "blinken's", "": "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	words := []string{"North", "Korean", "soldiers", "Zelenskyy", "Selenskyj", "Kursk", "Pentagon"}
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Fold(w)
		}
	}
}
