// Package timex finds date expressions in news text and resolves them against
// the article's publication time: explicit dates ("25 October 2024",
// "2024-10-31"), partial dates ("on October 25", "Oct. 5"), ranges
// ("October 27-28") and relative phrases ("Monday", "last weekend",
// "two days ago", "in the coming days").
//
// English phrases go through our own grammar over a small lexicon (lex.go,
// grammar.go, relative.go, periods.go, holiday.go): it is fast enough to run
// on every sentence, keeps ranges and precision, and uses the tense of the
// clause (tense.go) to choose between the last and the next "Monday". Full
// dates written in other languages ("25. Oktober 2024", "25 de octubre de
// 2024") are handed to go-dateparser, on short candidate spans only
// (fallback.go).
package timex

import (
	"sync"
	"time"
)

// Date is one resolved date expression.
type Date struct {
	Text       string    // the phrase as found, e.g. "on October 25", "last weekend"
	Start, End int       // byte offsets into the searched text (Resolve: 0,len)
	Date       time.Time // first day (UTC midnight) of the referenced day/month/year
	Until      time.Time // last day of a range ("October 27-28" → Oct 28); zero when not a range; at month or year precision the first day of the last month or year ("Q3 2024" → Sep 1)
	Precision  string    // "day" | "month" | "year"
	Vague      bool      // "in the coming days", "recently", "soon": direction only, Date = ref day
	Future     bool      // the phrase points after the reference time

	deictic bool // "today", "yesterday", "tomorrow": counted from the reference day
}

// LastDay returns the last day d covers: the range's end, and at month or
// year precision the last day of that month or year ("Q3 2024" → Sep 30).
func (d Date) LastDay() time.Time {
	last := d.Date
	if !d.Until.IsZero() {
		last = d.Until
	}
	switch d.Precision {
	case Month:
		last = last.AddDate(0, 1, -1)
	case Year:
		last = last.AddDate(1, 0, -1)
	}
	return last
}

// Anchors reports whether d names one day that later anaphora ("the same
// day", "then", "two days later") refer back to.
func (d Date) Anchors() bool { return d.Precision == Day && !d.Vague && !d.Date.IsZero() }

// Precision values.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// Context is what Find knows about the text around a sentence.
type Context struct {
	Ref      time.Time // the article's publication time (or the best known reference); zero: now
	Previous *Date     // the last date resolved earlier in the article, for "the same day", "that day"
	Lang     string    // the text's language (ISO 639-1); "de", "fr" and "es" read German, French and Spanish month, weekday and relative words
}

// Resolve resolves one whole phrase against ref. It reports false when the
// phrase holds no date expression it understands; words around the date
// ("around Nov. 1") are allowed, and the answer is the first date in the
// phrase. Without a verb in the phrase there is no tense to go by, so
// weekday names and dates without a year follow the news convention: the
// most recent such weekday (but the day after ref for the next day's name),
// and the nearest such date with the past preferred.
func Resolve(phrase string, ref time.Time) (Date, bool) {
	return ResolveIn(phrase, Context{Ref: ref})
}

// ResolveIn is Resolve with the article context: ctx.Previous anchors
// anaphora such as "the same day" or "a year earlier".
func ResolveIn(phrase string, ctx Context) (Date, bool) {
	ds := find(phrase, ctx, true, true)
	if len(ds) == 0 {
		ref := ctx.Ref
		if ref.IsZero() {
			ref = time.Now()
		}
		d, ok := parseFallback(phrase, ref)
		if !ok {
			return Date{}, false
		}
		ds = []Date{d}
	}
	d := ds[0]
	d.Text, d.Start, d.End = phrase, 0, len(phrase)
	return d, true
}

// Find returns all date expressions in text (typically one sentence), in
// order of appearance, resolved against ctx. The tense of the clause around
// a phrase decides which "Monday" or which "June" it means; "the same day"
// and "two days later" refer to the date found just before them in the
// text, or to ctx.Previous, or else to the reference day.
func Find(text string, ctx Context) []Date {
	return find(text, ctx, true, false)
}

func find(text string, ctx Context, useTense, phrase bool) (out []Date) {
	if recoverPanics {
		defer func() {
			if r := recover(); r != nil {
				out = nil // a bug on hostile input must not take the pipeline down
			}
		}()
	}
	if !mayHaveDate(text) {
		return nil
	}
	ref := ctx.Ref
	if ref.IsZero() {
		ref = time.Now()
	}
	ref = date(ref.Year(), int(ref.Month()), ref.Day())
	bufp := tokPool.Get().(*[]token)
	defer func() { tokPool.Put(bufp) }()
	toks := lex(text, (*bufp)[:0], ctx.Lang == "fr" || ctx.Lang == "es")
	switch ctx.Lang {
	case "de":
		toks = germanize(toks)
	case "fr":
		toks = romanize(toks, frenchLexicon, false)
	case "es":
		toks = romanize(toks, spanishLexicon, true)
	}
	*bufp = toks
	m := &matcher{s: text, toks: toks, ref: ref, prev: ctx.Previous, phrase: phrase, useTense: useTense, lang: ctx.Lang}
	for i := 0; i < len(toks); i++ {
		if !trigger(&toks[i]) {
			continue
		}
		r, ok := m.at(i)
		if !ok {
			continue
		}
		r = m.extendRange(i, r)
		d := r.d
		d.Start, d.End = toks[i].start, toks[r.end-1].end
		d.Text = text[d.Start:d.End]
		if !d.Future && !d.Vague && d.Date.After(ref) {
			d.Future = true
		}
		out = append(out, d)
		m.lastMonth = nil
		if d.Anchors() {
			prev := d
			m.prev = &prev
		} else if d.Precision == Month && !d.Vague && d.Until.IsZero() {
			month := d
			m.lastMonth = &month
		}
		i = r.end - 1
	}
	if extra := m.fallbackSpans(out); len(extra) > 0 {
		out = append(out, extra...)
		sortByStart(out)
	}
	return out
}

// recoverPanics is switched off by the fuzz tests, so that they see bugs
// the recovery would hide.
var recoverPanics = true

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 256); return &s }}

// trigger reports whether a date phrase can start at t; most tokens cannot,
// which keeps Find fast on long text.
func trigger(t *token) bool {
	switch t.kind {
	case tNum, tNumex, tAlnum:
		return true
	case tWord:
		return t.cls.kind != wNone || t.text == "Q" || t.text == "H" // "Q3 2024", "H1"
	}
	return false
}

// mayHaveDate is a cheap byte-level pre-filter: a date needs a digit or a
// letter sequence from the lexicon, and every lexicon entry is ASCII, so
// text without digits and without any ASCII letter has nothing for us
// except month names in other scripts, which the fallback handles only next
// to digits.
func mayHaveDate(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if (s[i] >= '0' && s[i] <= '9') || (c >= 'a' && c <= 'z') {
			return true
		}
	}
	return false
}
