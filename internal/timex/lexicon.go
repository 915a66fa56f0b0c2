package timex

// wordClass is what the lexicon knows about a word.
type wordClass struct {
	kind   int // one of the w* constants; 0 for unknown words
	val    int // month 1-12, weekday 0-6 (Sunday 0), number value, ...
	abbr   bool
	plural bool // units: "weeks", "years" (German "Jahre", not the genitive "Jahres")
}

const (
	wNone       = iota
	wMonth      // val = 1..12
	wWeekday    // val = time.Weekday
	wWeekdayAbb // "Mon", "Tues", ... (only used before an explicit date)
	wNumber     // number words: val
	wOrdinal    // ordinal words: val
	wTens       // "twenty", "thirty" (for "twenty-first")
	wUnit       // day/week/month/year (val = unit constant)
	wKey        // a keyword; val = one of the k* constants
	wSeason     // val = first month of the (northern) season
)

// Units.
const (
	uDay = iota + 1
	uWeek
	uMonth
	uYear
	uWeekend
	uDecade
	uFortnight
	uHour // only counted back or ahead: "24 hours ago"
)

// Keywords.
const (
	kToday = iota + 1
	kTonight
	kYesterday
	kTomorrow
	kEreyesterday // the day before yesterday, in one word: "vorgestern", "avant-hier", "anteayer"
	kOvermorrow   // the day after tomorrow, in one word: "übermorgen", "après-demain", "pasado mañana"
	kLast
	kNext
	kThis
	kPast
	kComing
	kEarlier
	kLater
	kEarly
	kLate
	kMid
	kAgo
	kSame
	kThat
	kThe
	kPrevious
	kFollowing
	kBefore
	kAfter
	kRecently
	kSoon
	kShortly
	kLately
	kRecent
	kPartOfDay // morning, afternoon, evening, night
	kOvernight
	kEnd
	kBeginning
	kOn
	kIn
	kOf
	kPrep // since, by, until, till, from, through, during, before, after, around, to, between, and, or
	kFew
	kSeveral
	kCouple
	kA
	kOr
	kSo
	kAbout
	kDays // "days" in "in the days ahead"
	kAhead
	kNear
	kFuture
	kHoliday
	kHolidayPart // "day", "eve", "new", "year", "s" parts of holiday names
	kAs
	kThen
	kQuarter
	kHalf
	kOver
)

var lexicon = map[string]wordClass{}

func addWords(kind, val int, abbr bool, words ...string) {
	for _, w := range words {
		lexicon[w] = wordClass{kind: kind, val: val, abbr: abbr}
	}
}

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, m := range months {
		addWords(wMonth, i+1, false, m)
	}
	abbrs := [][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"}, {"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}}
	for i, a := range abbrs {
		addWords(wMonth, i+1, true, a...)
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		addWords(wWeekday, i, false, d)
	}
	dabbr := [][]string{{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}}
	for i, a := range dabbr {
		addWords(wWeekdayAbb, i, true, a...)
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, n := range nums {
		addWords(wNumber, i, false, n)
	}
	addWords(wNumber, 30, false, "thirty")
	lexicon["twenty"] = wordClass{kind: wTens, val: 20}
	lexicon["thirty"] = wordClass{kind: wTens, val: 30}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, o := range ords {
		if o != "" {
			addWords(wOrdinal, i, false, o)
		}
	}
	addWords(wOrdinal, 30, false, "thirtieth")
	addWords(wUnit, uDay, false, "day")
	for u, w := range map[int]string{uWeek: "week", uMonth: "month", uYear: "year", uWeekend: "weekend",
		uDecade: "decade", uFortnight: "fortnight", uHour: "hour"} {
		addWords(wUnit, u, false, w)
		lexicon[w+"s"] = wordClass{kind: wUnit, val: u, plural: true}
	}
	addWords(wKey, kDays, false, "days")
	addWords(wSeason, 3, false, "spring")
	addWords(wSeason, 6, false, "summer")
	addWords(wSeason, 9, false, "autumn", "fall")
	addWords(wSeason, 12, false, "winter")
	kw := map[int][]string{
		kToday: {"today"}, kTonight: {"tonight"}, kYesterday: {"yesterday"}, kTomorrow: {"tomorrow"},
		kEreyesterday: {"ereyesterday"}, kOvermorrow: {"overmorrow"},
		kLast: {"last"}, kNext: {"next"}, kThis: {"this"}, kPast: {"past"}, kComing: {"coming", "upcoming"},
		kEarlier: {"earlier"}, kLater: {"later"}, kEarly: {"early"}, kLate: {"late"}, kMid: {"mid", "middle"},
		kAgo: {"ago"}, kSame: {"same"}, kThat: {"that"}, kThe: {"the"}, kPrevious: {"previous", "preceding", "prior"},
		kFollowing: {"following"}, kBefore: {"before"}, kAfter: {"after"},
		kRecently: {"recently"}, kSoon: {"soon"}, kShortly: {"shortly"}, kLately: {"lately"}, kRecent: {"recent"},
		kPartOfDay: {"morning", "afternoon", "evening", "night"}, kOvernight: {"overnight"},
		kEnd: {"end"}, kBeginning: {"beginning", "start"}, kOn: {"on"}, kIn: {"in"}, kOf: {"of"},
		kPrep: {"since", "by", "until", "till", "from", "through", "during", "around", "to", "between", "and",
			"throughout", "starting", "circa", "for", "at", "into", "within", "than"},
		kFew: {"few"}, kSeveral: {"several"}, kCouple: {"couple"}, kA: {"a", "an"}, kOr: {"or"}, kSo: {"so"},
		kAbout: {"about", "nearly", "almost", "some", "roughly"},
		kAhead: {"ahead"}, kQuarter: {"quarter"}, kHalf: {"half"}, kOver: {"over"}, kNear: {"near"}, kFuture: {"future"}, kAs: {"as"}, kThen: {"then"},
		kHoliday: {"christmas", "thanksgiving", "halloween", "easter", "election", "labor", "labour", "memorial", "valentine", "boxing", "black", "cyber",
			"veterans", "armistice", "remembrance", "mother", "father", "patrick", "columbus", "independence", "juneteenth",
			"presidents", "president", "mlk", "martin", "inauguration", "earth", "canada", "bastille", "australia", "anzac"},
		kHolidayPart: {"eve", "new", "good"},
	}
	for k, ws := range kw {
		for _, w := range ws {
			if _, dup := lexicon[w]; dup {
				continue
			}
			lexicon[w] = wordClass{kind: wKey, val: k}
		}
	}
}

// lexFirst and lexMaxLen let lookup skip most words without hashing them.
var (
	lexFirst  [256]bool
	lexMaxLen int
)

func init() {
	for w := range lexicon {
		lexFirst[w[0]] = true
		lexFirst[w[0]-'a'+'A'] = true
		lexMaxLen = max(lexMaxLen, len(w))
	}
}

// lookup finds a word in the lexicon case-insensitively without allocating.
func lookup(w string) wordClass {
	if len(w) > lexMaxLen || len(w) < 1 || !lexFirst[w[0]] {
		return wordClass{}
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return wordClass{}
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon[string(buf[:len(w)])]
}

// IsWeekday reports whether w (in any case) is a weekday's full name
// ("Wednesday"; not "Wed").
func IsWeekday(w string) bool { return lookup(w).kind == wWeekday }

// IsCalendarWord reports whether w (in any case) is a weekday name or a
// month name, full or abbreviated ("Tuesday", "Oct", "sept"); weekday
// abbreviations ("Sat", "Wed") are words too often to count.
func IsCalendarWord(w string) bool {
	k := lookup(w).kind
	return k == wWeekday || k == wMonth
}

// IsGermanCalendarWord reports a German weekday or month name (lower
// case) that is not also an English word.
func IsGermanCalendarWord(w string) bool { return germanCalendar[w] }

// germanCalendar are German weekday and month names (lower-case) that are
// not also English words.
var germanCalendar = map[string]bool{"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true,
	"samstag": true, "sonnabend": true, "sonntag": true, "januar": true, "jänner": true, "februar": true, "märz": true,
	"juni": true, "juli": true, "oktober": true, "dezember": true}
