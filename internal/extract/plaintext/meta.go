package plaintext

func readMeta(r *Result, lines []line, keep []bool, pageURL string) {}

func looksDated(l *line) bool {
	year := false
	for _, t := range l.tokens {
		if len(t) == 4 && isNumber(t) && (t[:2] == "19" || t[:2] == "20") {
			year = true
		}
	}
	return year
}
