package claim

import "testing"

func TestWorldScope(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"comprise 23 percent of global forests", "world"},
		{"Some 370 million people worldwide identify as", "world"},
		{"36.2 percent of the world’s intact forest area", "world"},
		{"the warming of the planet by 1.2°C", "world"},
		{"it is the world's richest 10% who", "world"},
		{"killed millions of people around the world", "world"},
		{"the World Bank lent $5 billion", ""},
		{"to secure the world record signing for £71.6 million", ""},
		{"a globalised market worth $5 billion", ""},
	}
	for _, tt := range tests {
		if got := worldScope(tt.in); got != tt.want {
			t.Errorf("worldScope(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
