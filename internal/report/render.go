package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// WriteJSON writes r as one indented JSON document.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("writing JSON report: %w", err)
	}
	return nil
}

// citations numbers a story's articles [1], [2], ... in the order they are
// listed, so every rendered line can point at its source.
type citations map[string]int

func newCitations(s *Story) citations {
	c := citations{}
	for i, a := range s.Articles {
		c[a.Path] = i + 1
	}
	return c
}

func (c citations) refs(paths []string) string {
	var b strings.Builder
	for _, p := range paths {
		if n, ok := c[p]; ok {
			fmt.Fprintf(&b, "[%d]", n)
		} else {
			fmt.Fprintf(&b, "[%s]", p)
		}
	}
	return b.String()
}

// FormatNumber renders 10000 as "10,000" and 1.5e6 as "1,500,000";
// fractions keep up to two decimals.
func FormatNumber(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return "?"
	}
	if a := math.Abs(v); a > 0 && a < 0.005 {
		return strconv.FormatFloat(v, 'g', 3, 64) // "1 in 500" is 0.002, not 0
	}
	neg := v < 0
	v = math.Abs(v)
	whole := math.Floor(v)
	frac := v - whole
	s := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(ch)
	}
	out := b.String()
	if frac > 0.005 {
		f := strconv.FormatFloat(frac, 'f', 2, 64) // "0.50"
		f = strings.TrimRight(strings.TrimPrefix(f, "0"), "0")
		if f != "." {
			out += f
		}
	}
	if neg {
		out = "-" + out
	}
	return out
}

// ValueString renders a value with its bound: "~10,000", "up to 8,000",
// "more than 3,000", "6,000–8,000".
func ValueString(v Value, unit string) string {
	num := func(p *float64) string {
		if p == nil {
			return "?"
		}
		return FormatNumber(*p)
	}
	var s string
	switch {
	case v.Value == nil:
		s = num(v.Low) + "–" + num(v.High)
		if v.Qualifier == "approx" {
			s = "~" + s
		}
	case v.Qualifier == "approx":
		s = "~" + num(v.Value)
	case v.Qualifier == "upper":
		s = "up to " + num(v.Value)
	case v.Qualifier == "lower":
		s = "more than " + num(v.Value)
	default:
		s = num(v.Value)
	}
	switch {
	case unit == "percent":
		s += "%"
	case unit != "":
		s += " " + unit
	}
	return s
}

// WriteText renders r for a person in a terminal.
func WriteText(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	if len(r.Stories) == 0 {
		ew.printf("no stories yet: ingest some pages first\n")
	}
	for i := range r.Stories {
		if i > 0 {
			ew.printf("\n%s\n\n", strings.Repeat("═", 78))
		}
		writeStoryText(ew, &r.Stories[i])
	}
	return ew.err
}

func writeStoryText(w *errWriter, s *Story) {
	cite := newCitations(s)
	w.printf("STORY %s: %s\n", s.ID, s.Title)
	outlets := map[string]bool{}
	for _, a := range s.Articles {
		if a.Outlet == "" {
			outlets["\x00"+a.Path] = true // unnamed outlets count one each
			continue
		}
		outlets[a.Outlet] = true
	}
	w.printf("%d articles from %d outlets\n", len(s.Articles), len(outlets))

	if len(s.Figures) > 0 {
		w.printf("\nFIGURES\n")
		for _, f := range s.Figures {
			head := FigureHead(f)
			w.printf("  %s\n", head)
			rows := [][]string{{"value", "as of", "speaker", "relation", "sources", "note"}}
			for _, v := range f.Values {
				val := ValueString(v, f.Unit)
				if v.Scope != "" && v.Scope != f.Scope {
					val += " in " + v.Scope
				}
				speaker := v.Speaker
				if speaker == "" {
					speaker = "(unattributed)"
				}
				rel := v.Relation
				if v.Related != "" {
					rel += " → " + v.Related
				}
				rows = append(rows, []string{val, dash(valueDate(v)), speaker, rel, cite.refs(v.Sources), strings.Join(v.Weak, ", ")})
			}
			writeTable(w, "    ", rows)
		}
	}
	if len(s.Timeline) > 0 {
		w.printf("\nTIMELINE\n")
		for _, e := range s.Timeline {
			date := e.Date
			if e.Until != "" {
				date += "…" + e.Until[len(e.Until)-2:]
			}
			w.printf("  %-13s %s %s\n", date, e.Text, cite.refs(e.Sources))
		}
	}
	if len(s.Summary) > 0 {
		w.printf("\nSUMMARY\n")
		for _, sn := range s.Summary {
			w.printf("  %s %s\n", sn.Text, cite.refs([]string{sn.Source}))
		}
	}
	w.printf("\nSOURCES\n")
	for i, a := range s.Articles {
		line := fmt.Sprintf("  [%d] %s, %s, %s", i+1, a.Path, dash(a.Outlet), dash(a.Published))
		if len(a.Flags) > 0 {
			line += ", flags: " + strings.Join(a.Flags, ", ")
		}
		if a.DuplicateOf != "" {
			line += fmt.Sprintf(", copy of %s (%.0f%% shared)", cite.refs([]string{a.DuplicateOf}), a.Overlap*100)
		}
		w.printf("%s\n", line)
		if a.Title != "" {
			w.printf("      %s\n", a.Title)
		}
	}
	if len(s.Outlets) > 0 {
		w.printf("\nOUTLETS\n")
		for _, o := range s.Outlets {
			line := fmt.Sprintf("  %-22s first %s %s", o.Name, dash(o.First), cite.refs(o.Articles))
			if o.FirstSeen {
				line += "  first to report"
			}
			if len(o.Flags) > 0 {
				line += "  flags: " + strings.Join(o.Flags, ", ")
			}
			if len(o.CopiesOf) > 0 {
				line += "  copies " + cite.refs(o.CopiesOf)
			}
			w.printf("%s\n", line)
		}
	}
}

// WriteMarkdown renders r as Markdown, for pasting into a document.
func WriteMarkdown(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	for i := range r.Stories {
		s := &r.Stories[i]
		cite := newCitations(s)
		ew.printf("## %s\n\n", mdEscape(s.Title))
		if len(s.Figures) > 0 {
			ew.printf("### Figures\n\n")
			for _, f := range s.Figures {
				head := FigureHead(f)
				ew.printf("**%s**\n\n| value | as of | speaker | relation | sources | note |\n|---|---|---|---|---|---|\n", mdEscape(head))
				for _, v := range f.Values {
					val := ValueString(v, f.Unit)
					if v.Scope != "" && v.Scope != f.Scope {
						val += " in " + v.Scope
					}
					ew.printf("| %s | %s | %s | %s | %s | %s |\n", mdEscape(val), dash(valueDate(v)), mdEscape(dash(v.Speaker)), v.Relation, cite.refs(v.Sources), strings.Join(v.Weak, ", "))
				}
				ew.printf("\n")
			}
		}
		if len(s.Timeline) > 0 {
			ew.printf("### Timeline\n\n")
			for _, e := range s.Timeline {
				ew.printf("- **%s** %s %s\n", e.Date, mdEscape(e.Text), cite.refs(e.Sources))
			}
			ew.printf("\n")
		}
		if len(s.Summary) > 0 {
			ew.printf("### Summary\n\n")
			for _, sn := range s.Summary {
				ew.printf("> %s %s\n>\n", mdEscape(sn.Text), cite.refs([]string{sn.Source}))
			}
			ew.printf("\n")
		}
		ew.printf("### Sources\n\n")
		for i, a := range s.Articles {
			flags := ""
			if len(a.Flags) > 0 {
				flags = " — " + strings.Join(a.Flags, ", ")
			}
			link := mdEscape(a.Path)
			if a.URL != "" {
				link = "[" + mdEscape(a.Path) + "](" + a.URL + ")"
			}
			ew.printf("%d. %s, %s, %s%s\n", i+1, link, mdEscape(dash(a.Outlet)), dash(a.Published), flags)
		}
		ew.printf("\n")
	}
	return ew.err
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", "\\|", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;").Replace(s)
}

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func writeTable(w *errWriter, indent string, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if n := len([]rune(c)); n > widths[i] {
				widths[i] = n
			}
		}
	}
	for _, r := range rows {
		var b strings.Builder
		b.WriteString(indent)
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-len([]rune(c))+2))
			}
		}
		w.printf("%s\n", strings.TrimRight(b.String(), " "))
	}
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}

// FigureHead names a figure: what is counted, what befell it, and where:
// "people killed (Vancouver)".
func FigureHead(f Figure) string {
	head := f.Counted
	if head == "" {
		head = f.Unit // money or a share with nothing counted: "EUR", "percent"
	}
	if f.Role != "" {
		head += " " + f.Role
	}
	if f.Total {
		head += " to date"
	}
	if f.Earlier {
		head += ", earlier"
	}
	if f.Holder != "" {
		head = f.Holder + ": " + head // "Teixeira: homers"
	}
	if f.Scope != "" {
		head += " (" + f.Scope + ")"
	}
	return head
}

// valueDate is the date a value holds for as shown: its day, else the
// month or year the text gives ("2003-12").
func valueDate(v Value) string {
	if v.AsOf != "" {
		return v.AsOf
	}
	return v.Period
}
