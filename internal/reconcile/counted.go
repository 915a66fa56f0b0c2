package reconcile

import (
	"strings"

	"newsdesk/internal/textproc"
)

// classes maps counted nouns (singular, folded) to the measured thing they
// name, so that "soldiers", "troops" and "forces" are one figure. This is a
// general news lexicon, not a list of any story's words.
var classes = map[string]string{
	"soldier": "troops", "troop": "troops", "force": "troops", "personnel": "troops", "serviceman": "troops",
	"servicemen": "troops", "fighter": "troops", "mercenary": "troops", "combatant": "troops", "militant": "troops",
	"conscript": "troops", "recruit": "troops", "marine": "troops", "paratrooper": "troops", "reservist": "troops",
	"death": "deaths", "dead": "deaths", "fatality": "deaths", "killed": "deaths", "died": "deaths", "body": "deaths", "victim": "victims",
	"life": "deaths", "toll": "deaths", // "the death toll rose to 10"
	"injured": "injured", "wounded": "injured", "injury": "injured", "casualty": "casualties",
	"person": "people", "people": "people", "resident": "people", "civilian": "people", "individual": "people",
	"inhabitant": "people", "citizen": "people",
	"refugee": "refugees", "migrant": "migrants", "evacuee": "evacuees", "displaced": "displaced",
	"hostage": "hostages", "prisoner": "prisoners", "detainee": "prisoners", "arrest": "arrests",
	"home": "homes", "house": "homes", "building": "buildings", "vote": "votes", "voter": "voters",
	"job": "jobs", "worker": "workers", "employee": "workers", "case": "cases", "infection": "cases",
	"missile": "missiles", "drone": "drones", "rocket": "rockets", "tank": "tanks", "shell": "shells",
	"brigade": "brigades", "battalion": "battalions", "division": "divisions",
	// units written several ways are one measure
	"m": "metres", "meter": "metres", "metre": "metres", "km": "kilometres", "kilometer": "kilometres",
	"kilometre": "kilometres", "ft": "feet", "feet": "feet", "foot": "feet", "mile": "miles", "kg": "kilograms",
	"kilo": "kilograms", "kilogram": "kilograms", "lb": "pounds", "pound": "pounds", "tonne": "tonnes", "ton": "tonnes",
	"ko": "knockouts", "kos": "knockouts", "knockout": "knockouts", "jewelry": "jewellery", "lbs": "pounds", "kgs": "kilograms",
	"kms": "kilometres",
	"°c":  "°C", "℃": "°C", "celsius": "°C", "centigrade": "°C", "°f": "°F", "℉": "°F", "fahrenheit": "°F",
}

// measureHeads are lengths, weights and temperatures: a figure of them holds distances
// or sizes of different things ("fell 200 metres", "within 80 metres of
// the bivvy") more often than two reports of one number, so its values
// only agree.
var measureHeads = map[string]bool{"metres": true, "kilometres": true, "feet": true, "miles": true,
	"kilograms": true, "pounds": true, "tonnes": true, "yard": true, "inch": true, "acre": true, "hectare": true,
	"°C": true, "°F": true}

// perHour are the units that are a speed by themselves.
var perHour = map[string]string{"mph": "miles", "kph": "kilometres", "kmh": "kilometres"}

// personHeads are counted classes that name people: in one role and with
// one number they are one figure ("one man killed", "one person killed").
// Only words for anyone: "3 soldiers killed" and "3 civilians killed" are
// different people.
var personHeads = map[string]bool{"people": true, "man": true, "men": true, "woman": true, "women": true}

// headRoles are the counted classes that say what befell people: a
// figure of them is a figure of people in that role.
var headRoles = map[string]string{"deaths": "killed", "injured": "injured"}

// roleNouns name people by what befell them; a figure labelled with one
// is labelled "people" and its role.
var roleNouns = map[string]bool{"dead": true, "deaths": true, "death": true, "fatalities": true, "killed": true,
	"injured": true, "wounded": true, "hurt": true, "injuries": true, "arrested": true, "detained": true,
	"missing": true, "evacuated": true, "rescued": true, "displaced": true, "toll": true}

// durations and ages are rarely a story's figure.
var skipHeads = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true, "second": true,
	"time": true, "percent": true, "point": true, "page": true, "read": true, "min": true, "ago": true,
	"comment": true, "share": true, "photo": true, "image": true, "view": true, "like": true,
}

// countedKey returns the class of a counted noun phrase's head noun and the
// phrase's modifier ("North Korean soldiers" → "troops", "north korean").
// ok is false when nothing meaningful is counted.
func countedKey(counted string) (head, mod string, ok bool) {
	switch strings.ReplaceAll(counted, " ", "") {
	case "℃", "°C", "ºC", "C": // "38C" as written; but "Vitamin C" is no temperature
		return "°C", "", true
	case "℉", "°F", "ºF", "F":
		return "°F", "", true
	}
	words := textproc.Words(counted)
	if len(words) == 0 {
		return "", "", false
	}
	if n := len(words); n >= 3 && textproc.Fold(words[n-2]) == "in" {
		// "temperatures in C", "global warming in °C": what a unit measures,
		// then the unit, which is the head
		unit := strings.TrimSpace(counted[strings.LastIndex(counted, " ")+1:])
		switch degreeSigns.Replace(unit) {
		case "C", "℃":
			return "°C", textproc.Fold(strings.Join(words[:n-2], " ")), true
		case "F", "℉":
			return "°F", textproc.Fold(strings.Join(words[:n-2], " ")), true
		}
	}
	// a rate ("points per game", "attacks a day"): the head is the noun
	// before the denominator, and the denominator tells rates apart
	rate := ""
	if len(words) > 3 && textproc.Fold(words[2]) == "in" {
		if w := textproc.Fold(words[0]); w == "a" || w == "an" || w == "per" {
			// "a day in lost production": the rate, then what the money is
			rate = "per " + textproc.Fold(words[1])
			words = words[3:]
		}
	}
	for i := 1; rate == "" && i+1 < len(words); i++ {
		if w := textproc.Fold(words[i]); w == "per" || (w == "a" || w == "an" || w == "each" || w == "every") && i+2 == len(words) {
			rate = "per " + textproc.Fold(words[i+1])
			if w == "per" && i+2 < len(words) {
				// "cases per 100,000 people": the base is part of the rate
				rate = "per " + textproc.Fold(strings.Join(words[i+1:], " "))
			}
			words = words[:i]
			break
		}
	}
	// the head is the last word; "of these North Korean forces" style
	// phrases keep their head last too
	h := textproc.Fold(words[len(words)-1])
	if n := len(words); h == "h" && n >= 2 && textproc.Fold(words[n-2]) == "km" {
		h, words = "kph", words[:n-1] // "km/h" splits into "km" and "h"
	}
	if u, ok := perHour[h]; ok && rate == "" {
		h, rate = u, "per hour" // "120 mph" is "120 miles per hour"
	}
	h = singular(h)
	if skipHeads[h] {
		return "", "", false
	}
	if c, found := classes[h]; found {
		head = c
	} else {
		head = h
	}
	var mods []string
	for _, w := range words[:len(words)-1] {
		w = textproc.Fold(w)
		if textproc.IsStopword("en", w) || w == "these" || w == "those" || w == "other" || w == "more" {
			continue
		}
		mods = append(mods, w)
	}
	if rate != "" {
		mods = append(mods, rate)
	}
	return head, strings.Join(mods, " "), true
}

// degreeSigns strips the degree signs from a temperature unit.
var degreeSigns = strings.NewReplacer("°", "", "º", "")

// usNouns are the nouns in -us whose plural adds -es.
var usNouns = map[string]bool{"virus": true, "bus": true, "bonus": true, "campus": true, "census": true, "status": true,
	"focus": true, "fungus": true, "stimulus": true, "prospectus": true, "consensus": true, "chorus": true, "circus": true,
	"sinus": true, "surplus": true, "apparatus": true}

// singular strips an English plural ending.
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "uses") && usNouns[w[:len(w)-2]]:
		return w[:len(w)-2] // "viruses", "buses" (but "houses", "causes" lose just the s)
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}
