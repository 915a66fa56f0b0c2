package htmlpage

// filterLines drops page furniture that the main-text extractor let
// through. It returns the kept and the removed lines in page order.
func filterLines(lines []Line, title string) (kept, removed []Line) {
	return lines, nil
}
