package quantity

import "strconv"

// Find returns all quantities in text, in order of their start offset. It
// never panics and never returns infinite or NaN values.
func Find(text string) []Quantity {
	var out []Quantity
	for i := 0; i < len(text); {
		c := text[i]
		if c < '0' || c > '9' || (i > 0 && isWordByte(text[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == ',' && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9') {
			j++
		}
		digits := make([]byte, 0, j-i)
		for k := i; k < j; k++ {
			if text[k] != ',' {
				digits = append(digits, text[k])
			}
		}
		if v, err := strconv.ParseFloat(string(digits), 64); err == nil {
			out = append(out, Quantity{Text: text[i:j], Start: i, End: j, Value: &v, Low: &v, High: &v, Qualifier: Exact})
		}
		i = j
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
