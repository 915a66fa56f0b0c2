package claim

import "testing"

func TestWorldScope(t *testing.T) {
	tests := []struct {
		before, after, want string
	}{
		{"These lands comprise ", " of global forests.", "world"},
		{"Some ", " worldwide identify as", "world"},
		{"these lands represent ", " of the world’s intact forest area", "world"},
		{"The warming of the planet by ", " since 1850", "world"},
		{"plague has killed ", " around the world", "world"},
		{"it is the world's richest ", " who are responsible", "world"},
		{"the World Bank lent ", " to Kenya", ""},
		{"to secure the world record signing for ", " on Friday", ""},
		{"a globalised market worth ", " a year", ""},
		{"Amazon, the world's largest online retailer, cut ", " jobs.", ""},
		{"Elon Musk, the world's richest man, paid ", " for Twitter", ""},
		{"HSBC, the global bank, said it would cut ", " jobs", ""},
		{"a new global head of sales will oversee a team of ", " people", ""},
	}
	for _, tt := range tests {
		if got := worldScope(tt.before, tt.after); got != tt.want {
			t.Errorf("worldScope(%q, %q) = %q, want %q", tt.before, tt.after, got, tt.want)
		}
	}
}
