package textproc

// ContentWords returns the folded words of s that carry meaning: no
// stopwords (of lang, and of English), no one-letter tokens.
func ContentWords(s, lang string) []string {
	var out []string
	for _, w := range Words(s) {
		if len(w) < 2 || IsStopword(lang, w) || IsStopword("en", w) {
			continue
		}
		out = append(out, Fold(w))
	}
	return out
}

// Jaccard is the Jaccard similarity of two word sets given as slices
// (duplicates are ignored).
func Jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	sa := make(map[string]bool, len(a))
	for _, w := range a {
		sa[w] = true
	}
	sb := make(map[string]bool, len(b))
	inter := 0
	for _, w := range b {
		if sb[w] {
			continue
		}
		sb[w] = true
		if sa[w] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	return float64(inter) / float64(union)
}
