// Package textenc turns raw page bytes in any common charset into valid
// UTF-8. It reads byte-order marks and HTML charset declarations, and for
// undeclared bytes that are not UTF-8 it guesses from byte statistics
// between windows-1252 (Western), windows-1251 (Cyrillic), Shift-JIS and
// EUC-JP (Japanese), GB18030 and Big5 (Chinese) and EUC-KR (Korean).
package textenc

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	htmlcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Names of the charsets Decode reports.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
	Windows1251 = "windows-1251"
	ShiftJIS    = "shift_jis"
	EUCJP       = "euc-jp"
	GB18030     = "gb18030"
	Big5        = "big5"
	EUCKR       = "euc-kr"
)

// Decode returns data as NFC-normalised UTF-8 without a byte-order mark or
// soft hyphens, and the name of the charset it was read as. isHTML lets it
// trust a <meta charset> declaration. Bytes that cannot be decoded become
// U+FFFD; Decode never fails.
func Decode(data []byte, isHTML bool) (text, charset string) {
	text, charset = decode(data, isHTML)
	text = strings.ReplaceAll(text, "\u00ad", "")
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	return text, charset
}

func decode(data []byte, isHTML bool) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return strings.ToValidUTF8(string(data[3:]), "\ufffd"), UTF8
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return with(xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), data), UTF16LE
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return with(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), data), UTF16BE
	}
	if le, ok := LooksUTF16(data); ok {
		if le {
			return with(xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), data), UTF16LE
		}
		return with(xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), data), UTF16BE
	}
	valid := utf8.Valid(data)
	if isHTML {
		if enc, name := declared(data); enc != nil && name != UTF8 {
			// Pages often declare a legacy charset and are in fact UTF-8;
			// UTF-8 with multi-byte letters is never an accident.
			if !(valid && hasMultiByte(data)) {
				return with(enc, data), name
			}
		}
	}
	if valid {
		return string(data), UTF8
	}
	if mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), "\ufffd"), UTF8
	}
	if isHTML {
		// The first declaration said UTF-8 (or nothing) and the bytes are
		// not: an archive's wrapper page declares its own charset before
		// the archived page's, which comes further down.
		if enc, name := declaredLater(data); enc != nil {
			return with(enc, data), name
		}
	}
	name := Guess(data)
	switch name {
	case ShiftJIS:
		return with(japanese.ShiftJIS, data), name
	case EUCJP:
		return with(japanese.EUCJP, data), name
	case GB18030:
		return with(simplifiedchinese.GB18030, data), name
	case Big5:
		return with(traditionalchinese.Big5, data), name
	case EUCKR:
		return with(korean.EUCKR, data), name
	case Windows1251:
		return with(charmap.Windows1251, data), name
	default:
		return with(charmap.Windows1252, data), Windows1252
	}
}

func with(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\ufffd")
	}
	return strings.ToValidUTF8(string(out), "\ufffd")
}

// declared returns the charset an HTML page declares in its first 1024
// bytes (<meta charset> or http-equiv Content-Type), if any.
func declared(data []byte) (encoding.Encoding, string) {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	enc, name, certain := htmlcharset.DetermineEncoding(head, "")
	if !certain || enc == nil {
		return nil, ""
	}
	return canonical(enc, name)
}

// canonical maps a charset label to the decoder and the name Decode
// reports; nil for UTF-8.
func canonical(enc encoding.Encoding, name string) (encoding.Encoding, string) {
	switch strings.ToLower(name) {
	case "utf-8", "utf8":
		return nil, UTF8
	case "windows-1252", "iso-8859-1", "latin1", "us-ascii":
		// The WHATWG treats all three as windows-1252.
		return charmap.Windows1252, Windows1252
	case "windows-1251":
		return charmap.Windows1251, Windows1251
	case "shift_jis", "shift-jis", "sjis":
		return japanese.ShiftJIS, ShiftJIS
	case "euc-jp":
		return japanese.EUCJP, EUCJP
	case "gbk", "gb2312", "gb18030":
		// GB18030 reads GBK and GB2312 bytes the same way.
		return simplifiedchinese.GB18030, GB18030
	case "big5":
		return traditionalchinese.Big5, Big5
	case "euc-kr":
		return korean.EUCKR, EUCKR
	}
	return enc, strings.ToLower(name)
}

// metaCharset finds a charset named in a meta element's attributes.
var metaCharset = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// declaredLater returns the first charset other than UTF-8 that a meta
// element names in the first 32 KiB of the page.
func declaredLater(data []byte) (encoding.Encoding, string) {
	head := data[:min(len(data), 32<<10)]
	for _, m := range metaCharset.FindAllSubmatch(head, 8) {
		enc, name := htmlcharset.Lookup(string(m[1]))
		if enc == nil || name == "utf-16le" || name == "utf-16be" {
			continue
		}
		if enc, name := canonical(enc, name); enc != nil {
			return enc, name
		}
	}
	return nil, ""
}

func hasMultiByte(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

// mostlyUTF8 reports UTF-8 text with a few broken bytes: well-formed
// multi-byte sequences outnumber the stray invalid bytes.
func mostlyUTF8(data []byte) bool {
	var good, bad int
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += size
	}
	return good > 0 && good >= 2*bad
}

// LooksUTF16 reports whether data without a byte-order mark is UTF-16
// text: most ASCII characters then come with a zero byte beside them. le
// says which side the zeros are on.
func LooksUTF16(data []byte) (le, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return false, false
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 >= pairs*6 && evenZero*10 <= pairs:
		return true, true
	case evenZero*10 >= pairs*6 && oddZero*10 <= pairs:
		return false, true
	}
	return false, false
}

// Guess picks the legacy charset that best explains bytes that are not
// UTF-8: Shift-JIS (or EUC-JP) when the bytes read as Japanese with kana;
// GB18030, Big5 or EUC-KR when they read cleanly as Chinese or Korean
// text; windows-1251
// when the high bytes come in runs (Cyrillic words are made of them),
// otherwise windows-1252 (Western text has a few accented letters among
// ASCII ones).
func Guess(data []byte) string {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	if looksJapanese(japanese.ShiftJIS, data) {
		return ShiftJIS
	}
	if looksJapanese(japanese.EUCJP, data) {
		return EUCJP
	}
	if name := guessCJK(data); name != "" {
		return name
	}
	// Letters of Cyrillic words are all high bytes; accented Latin letters
	// mostly stand between ASCII letters.
	var inRun, isolated int
	for i, b := range data {
		if b < 0xc0 { // windows-1251 letters are 0xC0..0xFF (plus Ёё)
			continue
		}
		prevHigh := i > 0 && data[i-1] >= 0xc0
		nextHigh := i+1 < len(data) && data[i+1] >= 0xc0
		if prevHigh || nextHigh {
			inRun++
		} else {
			isolated++
		}
	}
	if inRun > 0 && inRun >= 2*isolated {
		return Windows1251
	}
	return Windows1252
}

// looksJapanese decodes data with enc and checks that it is clean and
// reads like Japanese: kana make up a good share of the non-ASCII letters.
func looksJapanese(enc encoding.Encoding, data []byte) bool {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return false
	}
	var kana, cjk, other, bad int
	for _, r := range string(out) {
		switch {
		case r < 0x80:
		case r == utf8.RuneError:
			bad++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef):
			cjk++
		default:
			other++
		}
	}
	total := kana + cjk + other + bad
	if total == 0 || bad*20 > total {
		return false
	}
	return kana*10 >= total && (kana+cjk)*10 >= total*8
}

// commonHan holds the most frequent characters of Chinese prose in both
// scripts (simplified and traditional forms of the same words). Bytes in
// the right Chinese charset decode to many of them; the same bytes read
// as the other charset decode to rarer characters.
var commonHan = runeSet("的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會也对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并物手应應战戰向头頭文体體政美相见見被利新二等产產或市月记記省元亿億万萬")

// commonHangul holds the most frequent syllables of Korean prose: particles
// and endings. Chinese bytes read as Korean decode to rarer ones.
var commonHangul = runeSet("이다는의에하고을를가지서한기사로도있리대정수인시으자어일나해게국적제과장주부전상보아들것되라우위소동구원년경만성면와여방화회세개그내생했했고었며은밝말요")

// guessCJK returns the East Asian charset that decodes data cleanly into
// Chinese or Korean text, or "" when none does.
func guessCJK(data []byte) string {
	best, bestScore := "", 0.0
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{{GB18030, simplifiedchinese.GB18030}, {Big5, traditionalchinese.Big5}, {EUCKR, korean.EUCKR}} {
		out, err := c.enc.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		var han, common, hangul, other, bad int
		for _, r := range string(out) {
			switch {
			case r < 0x80:
			case r == utf8.RuneError:
				bad++
			case unicode.Is(unicode.Hangul, r):
				hangul++
				if commonHangul[r] {
					common++
				}
			case unicode.Is(unicode.Han, r):
				han++
				if commonHan[r] {
					common++
				}
			case r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef || r >= 0x2000 && r <= 0x206f:
				// CJK and general punctuation, full-width forms
			default:
				other++
			}
		}
		total := han + hangul + other + bad
		if total < 8 || bad*20 > total || other*5 > total {
			continue
		}
		var score float64
		if c.name == EUCKR {
			// Korean prose is mostly Hangul with a few Hanja.
			if hangul*10 < total*6 || common*5 < hangul {
				continue
			}
			score = float64(common) / float64(hangul)
		} else {
			// Chinese prose: nearly all Han, and a good share of them among
			// the commonest characters.
			if han*10 < total*8 || common*10 < han {
				continue
			}
			score = float64(common) / float64(han)
		}
		if score > bestScore {
			best, bestScore = c.name, score
		}
	}
	return best
}

// runeSet makes a set of the characters of chars.
func runeSet(chars string) map[rune]bool {
	m := make(map[rune]bool, len(chars))
	for _, r := range chars {
		m[r] = true
	}
	return m
}

// RepairLostSpaces turns a replacement character that stands where a
// space was (a no-break space a broken encoding lost: "in May.\ufffdThe",
// "$3\ufffdtrillion", "up\ufffdDemocrats") into a space, so that sentences
// and figures split where they should. One between a letter and a
// lower-case letter stands for a lost letter ("S\ufffdnchez") and stays.
func RepairLostSpaces(s string) string {
	const rc = "\ufffd"
	if !strings.Contains(s, rc) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, rc)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		before, after := rune(0), rune(0)
		if i > 0 {
			before, _ = utf8.DecodeLastRuneInString(s[:i])
		}
		if i+len(rc) < len(s) {
			after, _ = utf8.DecodeRuneInString(s[i+len(rc):])
		}
		b.WriteString(s[:i])
		if unicode.IsLetter(before) && unicode.IsLower(after) || before == 0 || after == 0 ||
			unicode.IsSpace(before) || unicode.IsSpace(after) || before == utf8.RuneError || after == utf8.RuneError {
			b.WriteString(rc)
		} else {
			b.WriteByte(' ')
		}
		s = s[i+len(rc):]
	}
}
