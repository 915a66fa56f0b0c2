package textenc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

const (
	french       = "Le président a déclaré mercredi que la réforme des retraites serait présentée à l'Assemblée nationale après l'été, malgré les grèves."
	german       = "Die Bundesregierung hält an ihren Plänen fest. Der Minister äußerte sich am Donnerstag in Berlin zu den Vorwürfen."
	russian      = "Президент России заявил в среду, что переговоры с Украиной продолжатся на следующей неделе в Стамбуле."
	japaneseText = "東京都は２８日、新たに１万人の感染者が確認されたと発表しました。政府は緊急事態宣言の延長を検討しています。"
	simplified   = "国务院新闻办公室今天举行发布会，介绍了今年前三个月的经济运行情况。发言人说，国内生产总值同比增长百分之五点三。"
	traditional  = "行政院今天召開記者會，說明今年前三個月的經濟情況。發言人表示，國內生產毛額比去年同期成長百分之五點三。"
	korean_      = "정부는 오늘 기자회견을 열고 올해 1분기 경제 상황을 설명했다. 대변인은 국내총생산이 작년 같은 기간보다 5.3% 늘었다고 밝혔다."
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode fixture: %v", err)
	}
	return b
}

func TestDecodeLegacyText(t *testing.T) {
	tests := []struct {
		name    string
		enc     encoding.Encoding
		text    string
		charset string
	}{
		{"french windows-1252", charmap.Windows1252, french, Windows1252},
		{"german windows-1252", charmap.Windows1252, german, Windows1252},
		{"russian windows-1251", charmap.Windows1251, russian, Windows1251},
		{"japanese shift-jis", japanese.ShiftJIS, japaneseText, ShiftJIS},
		{"japanese euc-jp", japanese.EUCJP, japaneseText, EUCJP},
		{"chinese gb18030", simplifiedchinese.GB18030, simplified, GB18030},
		{"chinese gbk", simplifiedchinese.GBK, simplified, GB18030},
		{"chinese big5", traditionalchinese.Big5, traditional, Big5},
		{"korean euc-kr", korean.EUCKR, korean_, EUCKR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := encode(t, tt.enc, tt.text)
			if utf8.Valid(raw) {
				t.Fatalf("fixture is valid UTF-8; the test would prove nothing")
			}
			got, cs := Decode(raw, false)
			if cs != tt.charset {
				t.Errorf("charset = %q, want %q", cs, tt.charset)
			}
			if got != tt.text {
				t.Errorf("text = %q, want %q", got, tt.text)
			}
		})
	}
}

func TestDecodeHTMLDeclaredCharset(t *testing.T) {
	tests := []struct {
		name, meta string
		enc        encoding.Encoding
		text       string
		charset    string
	}{
		{"meta charset 1251", `<meta charset="windows-1251">`, charmap.Windows1251, russian, Windows1251},
		{"http-equiv shift_jis", `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, japanese.ShiftJIS, japaneseText, ShiftJIS},
		{"iso-8859-1 is 1252", `<meta charset="iso-8859-1">`, charmap.Windows1252, french + " “quoted”", Windows1252},
		{"no meta, sniffed 1251", ``, charmap.Windows1251, russian, Windows1251},
		// An archive's wrapper declares UTF-8 first; the archived page's
		// own declaration comes later and is the one the bytes follow.
		{"wrapper utf-8, page gb2312", `<meta charset="utf-8">` + strings.Repeat("<!-- archive toolbar -->", 60) + `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"/>`, simplifiedchinese.GBK, simplified, GB18030},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.meta + "<title>t</title></head><body><p>" + tt.text + "</p></body></html>"
			got, cs := Decode(encode(t, tt.enc, page), true)
			if cs != tt.charset {
				t.Errorf("charset = %q, want %q", cs, tt.charset)
			}
			if !strings.Contains(got, tt.text) {
				t.Errorf("decoded page lacks the text: %q", got)
			}
		})
	}
}

func TestDecodeUTF8(t *testing.T) {
	tests := []struct {
		name, in, want, charset string
	}{
		{"plain", french, french, UTF8},
		{"bom", "\xef\xbb\xbf" + german, german, UTF8},
		{"declared latin1 but utf-8", `<meta charset="iso-8859-1"><p>` + french, `<meta charset="iso-8859-1"><p>` + french, UTF8},
		{"a few broken bytes", "café crème \xff brûlée à la carte déjà vu", "café crème \ufffd brûlée à la carte déjà vu", UTF8},
		{"soft hyphen removed", "Bundes\u00adregierung", "Bundesregierung", UTF8},
		{"nfd to nfc", "cafe\u0301", "café", UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs := Decode([]byte(tt.in), true)
			if got != tt.want || cs != tt.charset {
				t.Errorf("Decode = %q, %q; want %q, %q", got, cs, tt.want, tt.charset)
			}
		})
	}
}

func TestDecodeUTF16(t *testing.T) {
	for _, tt := range []struct {
		name    string
		enc     encoding.Encoding
		charset string
	}{
		{"le with bom", xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), UTF16LE},
		{"be with bom", xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), UTF16BE},
		{"le without bom", xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), UTF16LE},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, cs := Decode(encode(t, tt.enc, german), false)
			if got != german || cs != tt.charset {
				t.Errorf("Decode = %q, %q; want %q, %q", got, cs, german, tt.charset)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(french), false)
	f.Add([]byte("\xff\xfeh\x00i\x00"), false)
	f.Add([]byte(`<meta charset="shift_jis">`+"\x82\xa0\x82\xa2"), true)
	f.Add([]byte("\xcf\xf0\xe8\xe2\xe5\xf2"), false)
	f.Fuzz(func(t *testing.T, data []byte, isHTML bool) {
		got, cs := Decode(data, isHTML)
		if !utf8.ValidString(got) {
			t.Fatalf("Decode returned invalid UTF-8 (charset %q)", cs)
		}
		if cs == "" {
			t.Fatal("Decode returned no charset name")
		}
	})
}

func TestRepairLostSpaces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the House passed in May.\ufffdThe $300 billion offer", "the House passed in May. The $300 billion offer"},
		{"more than $3\ufffdtrillion", "more than $3 trillion"},
		{"never took up\ufffdDemocrats' bill", "never took up Democrats' bill"},
		{"S\ufffdnchez said", "S\ufffdnchez said"},     // a lost letter
		{"\ufffd\ufffd broken", "\ufffd\ufffd broken"}, // nothing to go by
		{"plain text", "plain text"},
	} {
		if got := RepairLostSpaces(c.in); got != c.want {
			t.Errorf("RepairLostSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
