// Package lang tells the language of an article text as an ISO 639-1 code,
// on whatlanggo's trigram profiles.
package lang

import (
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// sampleBytes bounds the text the detector reads: a few paragraphs tell
// the language as well as the whole article, at a fraction of the cost.
const sampleBytes = 4000

// minConfidence is the detector confidence under which Detect gives up.
const minConfidence = 0.2

// minLetters is the text length under which Detect gives up: a headline
// alone is too short to tell related languages apart.
const minLetters = 40

// Detect returns the ISO 639-1 code of text's language, or "" when the
// text is too short or the detector is unsure.
func Detect(text string) string {
	if len(text) > sampleBytes {
		cut := sampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if utf8.RuneCountInString(text) < minLetters {
		return ""
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 || info.Confidence < minConfidence {
		return ""
	}
	return info.Lang.Iso6391()
}
