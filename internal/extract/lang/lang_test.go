package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "North Korea has sent around 10,000 soldiers to Russia to fight in Ukraine in the coming weeks, according to the US Department of Defense.", "en"},
		{"german", "Nach Angaben der Vereinigten Staaten sollen bis zu 8000 nordkoreanische Soldaten nahe der ukrainischen Grenze stehen.", "de"},
		{"swedish", "Nordkorea har skickat omkring 10 000 soldater till Ryssland för att strida i Ukraina under de kommande veckorna, enligt USA:s försvarsdepartement.", "sv"},
		{"russian", "Президент России заявил в среду, что переговоры с Украиной продолжатся на следующей неделе в Стамбуле.", "ru"},
		{"japanese", "東京都は２８日、新たに１万人の感染者が確認されたと発表しました。政府は緊急事態宣言の延長を検討しています。", "ja"},
		{"too short", "Hello world", ""},
		{"empty", "", ""},
		{"digits only", "12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("Ein kurzer deutscher Satz, der lang genug ist, um erkannt zu werden.")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		if got := Detect(s); got != "" && len(got) != 2 {
			t.Fatalf("Detect(%q) = %q, want a two-letter code or empty", s, got)
		}
	})
}

func TestGuess(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"dos mil personas", "es"},
		{"hace tres días", "es"},
		{"el 5 de marzo", "es"},
		{"durante 2009", "es"},
		{"l'année 2016", "fr"},
		{"die 90er Jahre", "de"},
		{"il y a trois jours", "fr"},
		{"aujourd’hui", "fr"},
		{"vingt-cinq pour cent des électeurs", "fr"},
		{"vor drei Tagen", "de"},
		{"zweitausend Soldaten", "de"},
		{"veinticinco soldados", "es"},
		{"trescientos heridos", "es"},
		{"2mil SEK can't buy you a big apartment", ""},
		// names and loans in English lines
		{"Smith et al. found 1,500 cases.", ""},
		{"Jean-Marie Le Pen won 4,800 votes", ""},
		{"Du Pont paid 4,500 workers", ""},
		{"Der Spiegel reported 2,500 deaths.", ""},
		{"Dos Santos received 300 votes", ""},
		{"El Paso shooting on 08/03/2019", ""},
		{"Mardi Gras 2025", ""},
		{"Los Angeles police arrested 12 people", ""},
		{"Am Montag", "de"},
		{"Zehntausende Menschen", "de"},
		{"am 3. Oktober 2020", "de"},
		// English, and words the languages share or English borrows
		{"It costs three quarters billion us dollars.", ""},
		{"about 10,000 troops", ""},
		{"MIT researchers said", ""},
		{"10 a.m. EST", ""},
		{"la la la", ""},
		{"", ""},
		{"Tuesday", ""},
		// a longer text must also convince the trigram detector
		{"Nach Angaben der Polizei wurden bei dem Unfall am Montag zwei Menschen verletzt.", "de"},
		{"Selon la préfecture, deux personnes ont été blessées lundi dans l'accident.", "fr"},
		{"Según la policía, dos personas resultaron heridas el lunes en el accidente.", "es"},
		{"According to the police, two people were injured on Monday in the accident.", ""},
	} {
		if got := Guess(tc.in); got != tc.want {
			t.Errorf("Guess(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
