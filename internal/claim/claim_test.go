package claim

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsdesk/internal/model"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected claim; empty fields are not checked except Speaker
// when NoSpeaker is set.
type want struct {
	value     float64
	qualifier string
	unit      string
	speaker   string
	role      string
	noSpeaker bool
	asOf      string // "-" means must be empty
	period    string // "-" means must be empty
	scope     string // "-" means must be empty
	counted   string // "-" means must be empty
	quoted    bool
}

func TestFromArticle(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		published string
		lang      string // the article's language; "" is English
		want      []want
		none      bool      // no claim at all
		absent    []float64 // values no claim may have
		count     int       // when above 0, the number of claims
	}{
		{
			name:      "quote then inverted said with title",
			text:      `"We estimate that about 4,500 families have left the city," said Health Minister Maria Lopez.`,
			published: "2023-05-10",
			want:      []want{{value: 4500, qualifier: "approx", speaker: "Maria Lopez", role: "Health Minister", quoted: true, asOf: "2023-05-10"}},
		},
		{
			name:      "a treaty named between a speaker and his pronoun is no person",
			text:      "\u201cThe forests matter,\u201d John Fa added.\n\nUnder the Paris Agreement, for example, only 21 of 131 countries are committed.\n\n\u201cThese communities represent roughly 5 percent of the global population,\u201d he said.",
			published: "2020-01-17",
			want:      []want{{value: 5, qualifier: "approx", speaker: "John Fa", quoted: true}},
		},
		{
			name:      "an appositive with one of before said",
			text:      "Harris, one of three Black senators, said 38% of voters were undecided.",
			published: "2020-09-15",
			want: []want{
				{value: 3, qualifier: "exact", counted: "Black senators", noSpeaker: true},
				{value: 38, qualifier: "exact", unit: "percent", counted: "voters", speaker: "Harris"},
			},
		},
		{
			name:      "an appositive with himself a before said",
			text:      "Smith, himself a former minister, said 40 schools were closed.",
			published: "2020-09-15",
			want:      []want{{value: 40, qualifier: "exact", counted: "schools", speaker: "Smith"}},
		},
		{
			name:      "said one of the keepers",
			text:      "\u201cShe raised 4 amazing offspring,\u201d said one of the keepers who cared for the wolf.",
			published: "2020-09-15",
			want:      []want{{value: 4, qualifier: "exact", speaker: "one of the keepers", quoted: true}},
		},
		{
			name:      "one of the zoo keepers said",
			text:      "One of the zoo keepers said 4 wolves died.",
			published: "2020-09-15",
			want:      []want{{value: 4, qualifier: "exact", counted: "wolves", speaker: "One of the zoo keepers"}},
		},
		{
			name:      "an institution named by a common noun speaks",
			text:      "The wolf gave birth to four pups in 2019, the zoo said.",
			published: "2020-09-15",
			want:      []want{{value: 4, qualifier: "exact", counted: "pups", speaker: "zoo"}},
		},
		{
			name:      "an index's level is a figure",
			text:      "The NFIB Small Business Optimism Index came in at 100.2 in August.",
			published: "2020-09-15",
			want:      []want{{value: 100.2, qualifier: "exact", counted: "NFIB Small Business Optimism Index"}},
		},
		{
			name:      "a lower-case index's level",
			text:      "The consumer confidence index rose to 101.3 in May.",
			published: "2020-09-15",
			want:      []want{{value: 101.3, qualifier: "exact", counted: "index"}},
		},
		{
			name:      "a list of places is the scope",
			text:      "Floods killed 40 people in Kenya, Somalia and Ethiopia.",
			published: "2020-09-15",
			want:      []want{{value: 40, qualifier: "exact", counted: "people", scope: "in Kenya, Somalia and Ethiopia"}},
		},
		{
			name:      "a list of places at the start",
			text:      "In France and Germany, 300 people were arrested.",
			published: "2020-09-15",
			want:      []want{{value: 300, qualifier: "exact", counted: "people", scope: "In France and Germany"}},
		},
		{
			name:      "a place owning the next noun ends the list",
			text:      "Pirates captured 22 fishermen in the Gulf of Aden, Yemen's news agency reported.",
			published: "2020-09-15",
			want:      []want{{value: 22, qualifier: "exact", counted: "fishermen", scope: "in the Gulf of Aden"}},
		},
		{
			name:      "a crosshead is no antecedent, the single name opening the sentence before is",
			text:      "He said: \u201cThe award is an encouragement.\u201d\n\nThe Caribbean and Canada Winner\n\nSowmyan built a hub for wildlife data.\n\nThe Pacific Winner\n\nSagufta from Fiji turns waste into furniture. She says her enterprise has upcycled more than 1,000 tons of waste.",
			published: "2020-03-09",
			want:      []want{{value: 1000, qualifier: "lower", counted: "tons of waste", speaker: "Sagufta"}},
		},
		{
			name:      "a name in a crosshead is no antecedent",
			text:      "Hafiz Khan has created water kits for refugee camps, he said on Monday.\n\nThe Caribbean and Canada Winner\n\nHe said the kits have reached 11,000 people.",
			published: "2020-03-09",
			want:      []want{{value: 11000, qualifier: "exact", counted: "people", speaker: "Hafiz Khan"}},
		},
		{
			name:      "a crosshead is not the last person named",
			text:      "The awards went to four young leaders this year.\n\nThe Caribbean and Canada Winner\n\nThe projects were judged by a panel. She said the hub has 11,000 users.",
			published: "2020-03-09",
			want:      []want{{value: 11000, qualifier: "exact", counted: "users", noSpeaker: true}},
		},
		{
			name:      "who values a deal speaks for its worth",
			text:      "The union valued the deal at over a billion dollars.",
			published: "2023-11-03",
			want:      []want{{value: 1e9, qualifier: "lower", unit: "USD", speaker: "union"}},
		},
		{
			name:      "valued at is a participle",
			text:      "A smash-and-grab on a high end Paris store saw four robbers make off with jewelry and watches valued at over $2.6 million early Monday.",
			published: "2023-11-03",
			want:      []want{{value: 2.6e6, qualifier: "lower", unit: "USD", noSpeaker: true, scope: "Paris"}},
		},
		{
			name:      "neighbors say at the end",
			text:      "Four children lived in the house, neighbors say.",
			published: "2020-09-15",
			want:      []want{{value: 4, qualifier: "exact", counted: "children", speaker: "neighbors"}},
		},
		{
			name:      "underscored reports speech",
			text:      "Lokesh Kumar Singh said cases were falling. He also underscored the fact that the recovery rate, 71.88 per cent, was higher.",
			published: "2020-09-15",
			want:      []want{{value: 71.88, qualifier: "exact", unit: "percent", speaker: "Lokesh Kumar Singh"}},
		},
		{
			name:      "a plural of people opening the sentence speaks though the text writes it in lower case too",
			text:      "The rebels have advanced in the north. Rebels said drones had been striking army positions, hitting at least two rocket launchers.",
			published: "2020-02-15",
			want:      []want{{value: 2, qualifier: "lower", counted: "rocket launchers", speaker: "Rebels"}},
		},
		{
			name:      "a plural of people not in the lexicon heads a trailing speaker",
			text:      "The storm caused an estimated $5 billion in damage, insurers said. Equally damning, jurors said, was the lack of remorse. He squandered two chances to turn his life around, they said. Prices fell 3 percent, the numbers said.",
			published: "2020-02-15",
			want: []want{{value: 5e9, qualifier: "approx", unit: "USD", speaker: "insurers"}, {value: 2, qualifier: "exact", counted: "chances", speaker: "jurors"},
				{value: 3, qualifier: "exact", unit: "percent", noSpeaker: true}},
		},
		{
			name:      "a common word opening the sentence names no one",
			text:      "The results are in. Results said 40 schools were closed, and numbers are in. Numbers said 30 shops were shut.",
			published: "2020-02-15",
			want:      []want{{value: 40, qualifier: "exact", counted: "schools", noSpeaker: true}, {value: 30, qualifier: "exact", counted: "shops", noSpeaker: true}},
		},
		{
			name:      "a country that claims is the speaker of its clause, not the place of either figure",
			text:      "A local hospital director said hundreds of people were killed or wounded and Israel claims dozens of Hamas militants died.",
			published: "2023-11-01",
			want: []want{
				{value: 200, qualifier: "lower", counted: "people", speaker: "local hospital director", scope: "-"},
				{value: 24, qualifier: "lower", counted: "Hamas militants", speaker: "Israel", scope: "-"},
			},
		},
		{
			name:      "claimed lives is no speech",
			text:      "The army claimed dozens of lives when it shelled the town.",
			published: "2023-11-01",
			want:      []want{{value: 24, qualifier: "lower", counted: "lives", noSpeaker: true}},
		},
		{
			name:      "people named by another country are not counted in the sole place",
			text:      "Thailand said it is in touch with Iran for the safe release of nearly two dozen Thai nationals being held hostage.",
			published: "2023-11-03",
			want:      []want{{value: 24, qualifier: "approx", counted: "Thai nationals", speaker: "Thailand", scope: "-"}},
		},
		{
			name:      "a demonym standing for its noun keeps the sole place",
			text:      "The arrest of the 23 pirates (12 Somali and 11 Yemeni) is the largest seizure in the operations off Somalia.",
			published: "2008-12-03",
			want:      []want{{value: 11, qualifier: "exact", scope: "Somalia"}},
		},
		{
			name:      "the name before a document is its source",
			text:      "Eurostat figures show that French overnight stays in Italy hit 14 million last year.",
			published: "2020-02-15",
			want:      []want{{value: 14e6, qualifier: "exact", counted: "stays", speaker: "Eurostat"}},
		},
		{
			name:      "a place word opening the sentence before a document stays with it",
			text:      "State records show Lasalle has three prior DUI convictions.",
			published: "2020-02-15",
			want:      []want{{value: 3, qualifier: "exact", speaker: "State records"}},
		},
		{
			name:      "a figure whose people are left out before a verb",
			text:      "NATO Secretary General Mark Rutte confirmed that North Korean troops had been sent to Russia, adding that about 8,000 were in Kursk.",
			published: "2024-10-28",
			want:      []want{{value: 8000, qualifier: "approx", counted: "North Korean troops", speaker: "Mark Rutte"}},
		},
		{
			name:      "no people left out after a noun",
			text:      "None of the rebels in area 55 are armed.",
			published: "2024-10-28",
			absent:    []float64{55},
		},
		{
			name:      "a verb read as the figure's bound still attributes",
			text:      "Last week, officials estimated 5,000 people had fled.",
			published: "2020-09-15",
			want:      []want{{value: 5000, qualifier: "approx", counted: "people", speaker: "officials"}},
		},
		{
			name:      "a body's initials in brackets before the verb",
			text:      "South Korea's National Intelligence Service (NIS) said about 1,500 North Korean special forces had been sent.",
			published: "2024-10-18",
			want:      []want{{value: 1500, qualifier: "approx", speaker: "South Korea's National Intelligence Service", scope: "-"}},
		},
		{
			name:      "figures released on a day by a body",
			text:      "According to figures released on Monday by the health ministry, 1,234 people have died.",
			published: "2020-09-15",
			want:      []want{{value: 1234, qualifier: "exact", counted: "people", speaker: "health ministry", asOf: "2020-09-14"}},
		},
		{
			name:      "a trailing cue opening on lower-case modifiers",
			text:      "More than 100,000 people remain trapped, human rights groups warn.",
			published: "2020-09-15",
			want:      []want{{value: 100000, qualifier: "lower", counted: "people", speaker: "human rights groups"}},
		},
		{
			name:      "another opening the next sentence counts more of the same",
			text:      "\u201cWe have lost 300 soldiers. Another 200 are missing,\u201d General Ivan Petrov said.\n\nAnother 40 towns were shelled.",
			published: "2020-09-15",
			want: []want{
				{value: 300, qualifier: "exact", counted: "soldiers", speaker: "Ivan Petrov", quoted: true},
				{value: 200, qualifier: "exact", counted: "soldiers", speaker: "Ivan Petrov", quoted: true},
				{value: 40, qualifier: "exact", counted: "towns"},
			},
		},
		{
			name:      "two bodies joined by and speak at the end",
			text:      "More than 11,000 people died, officials and medics said.",
			published: "2023-02-08",
			want:      []want{{value: 11000, qualifier: "lower", counted: "people", speaker: "officials and medics"}},
		},
		{
			name:      "and right before the verb joins no speaker",
			text:      "The witness lied three times to police and also admitted that 40 people were there.",
			published: "2023-02-08",
			want:      []want{{value: 40, qualifier: "exact", counted: "people", noSpeaker: true}},
		},
		{
			name:      "a role placed by in the before its verb",
			text:      "The Syrian government said 1,250 people had died in areas it controls, while rescuers in the rebel-held northwest put the toll at 1,280.",
			published: "2023-02-08",
			want: []want{
				{value: 1250, qualifier: "exact", speaker: "Syrian government"},
				{value: 1280, qualifier: "exact", speaker: "rescuers in the rebel-held northwest"},
			},
		},
		{
			name:      "a group in other places is no speaker",
			text:      "Use rose by 25 percent compared with those in the same group in other states, the authors wrote.",
			published: "2023-02-08",
			want:      []want{{value: 25, qualifier: "exact", unit: "percent", speaker: "authors"}},
		},
		{
			name:      "the inside a body's name",
			text:      "Aid group Save the Children estimated that 4.6 million children live in the affected areas.",
			published: "2023-02-08",
			want:      []want{{value: 4.6e6, qualifier: "exact", counted: "children", speaker: "Save the Children"}},
		},
		{
			name:      "according to the country's agency and its name",
			text:      "More than 6,000 buildings collapsed in Turkey, according to the country's disaster agency AFAD.",
			published: "2023-02-08",
			want:      []want{{value: 6000, qualifier: "lower", counted: "buildings", speaker: "AFAD"}},
		},
		{
			name:      "a list of places before the figure",
			text:      "The death toll from the earthquake in Turkey and Syria has risen to more than 11,000, officials and medics said on Wednesday.",
			published: "2023-02-08",
			want:      []want{{value: 11000, qualifier: "lower", scope: "in Turkey and Syria", speaker: "officials and medics", asOf: "2023-02-08"}},
		},
		{
			name:      "a bare figure before a toll verb counts people",
			text:      "The Syrian government said 1,250 had died in areas it controls.\n\nCasualties in the north\n\nAt least 40 have been killed in the north.",
			published: "2023-02-08",
			want: []want{
				{value: 1250, qualifier: "exact", counted: "died", speaker: "Syrian government"},
				{value: 40, qualifier: "lower", counted: "killed"},
			},
		},
		{
			name:      "a bare figure counts its own toll word; a particle after the verb; a lower-case complement in the subject",
			text:      "So far 7,844 have died and 1,200 were injured. Sales were up 5.3% in August. Shipments to other markets rose 9.1% in December. New car sales in the Houston area fell 10 percent. The Dow Jones index closed down 1.2 percent.",
			published: "2024-10-31",
			want: []want{
				{value: 7844, counted: "died"},
				{value: 1200, counted: "injured"},
				{value: 5.3, unit: "percent", counted: "sales"},
				{value: 9.1, unit: "percent", counted: "shipments to other markets"},
				{value: 10, unit: "percent", counted: "new car sales"},
				{value: 1.2, unit: "percent", counted: "index"},
			},
		},
		{
			name:      "a present verb that states a standing figure dates it to the report; a past form anywhere does not",
			text:      "These lands represent 36.2 percent of the world's forest area. The company employs 45,000 people. The company employed 46,000 people. Voters who comprise 12 percent of the electorate backed him. These lands intersect with 40 percent of all protected areas. Shoppers spent $71, which includes tax. A poll for Theresa May: 44 percent in favour.",
			published: "2020-01-17",
			want: []want{
				{value: 36.2, unit: "percent", asOf: "2020-01-17"},
				{value: 45000, asOf: "2020-01-17"},
				{value: 46000, asOf: "-"},
				{value: 12, unit: "percent", asOf: "-"},
				{value: 40, unit: "percent", asOf: "2020-01-17"},
				{value: 71, unit: "USD", asOf: "-"},
				{value: 44, unit: "percent", asOf: "-"},
			},
		},
		{
			name:      "a figure set on the whole world; a place named at the figure wins",
			text:      "These lands comprise 23 percent of global forests. The firm employs 1,300 people in Switzerland and sells worldwide.",
			published: "2020-01-17",
			want: []want{
				{value: 23, unit: "percent", scope: "world"},
				{value: 1300, scope: "in Switzerland"},
			},
		},
		{
			name:      "a figure with a bare unit counts what the unit measures",
			text:      "Gusts of up to 80mph hit the coast. The pact aims to limit global warming to 1.5°C by 2050. Temperatures rose to 41C in Seville. The metal surface routinely hit 107 degrees Fahrenheit. It covers the equivalent of 11.6 million square kilometers.",
			published: "2023-11-02",
			want: []want{
				{value: 80, counted: "gusts in mph"},
				{value: 1.5, counted: "global warming in °C"},
				{value: 41, counted: "temperatures in C"},
				{value: 107, counted: "metal surface in degrees Fahrenheit"},
				{value: 11600000, counted: "square kilometers"},
			},
		},
		{
			name:      "a study, a paper or research speaks when no issuer is named: \"found that\", a closing \"the study found\"",
			text:      "The research reveals that 36 percent of the forests are on Indigenous lands. These lands represent 37 percent of the area, the study found. The paper states that 41 percent of lands are held in common. Twelve homes burned, the statement said.",
			published: "2020-01-17",
			want: []want{
				{value: 36, unit: "percent", speaker: "the research"},
				{value: 37, unit: "percent", speaker: "the study"},
				{value: 41, unit: "percent", noSpeaker: true}, // "the paper" may be a newspaper: only its issuer speaks
				{value: 12, noSpeaker: true},
			},
		},
		{
			name:      "the group a sentence opens on; what is worth it; a compound before the noun; a possessive date at the figure",
			text:      "Of the students profiled, 82.7% of them engaged in the behaviour. The prize is worth ¥40,000. The Treasury will sell $98 billion of coupon-bearing debt set to hit investors. The index came in at 100.2 in August, rising slightly from July's 98.8 reading.",
			published: "2020-09-08",
			want: []want{
				{value: 82.7, unit: "percent", counted: "students"},
				{value: 40000, unit: "JPY", counted: "prize"},
				{value: 98000000000, unit: "USD", counted: "coupon-bearing debt"},
				{value: 98.8, counted: "-", period: "2020-07"},
			},
		},
		{
			name:      "a bare percent in a clause parallel to a share before it: the same group and place",
			text:      "More than 36.9% of college students in Ohio reported binge drinking; 9.6% reported heavy alcohol use. About 40% of voters in Ohio backed him, while 12% were undecided. About 30% of voters backed him, but 15% of the money went elsewhere.",
			published: "2020-05-15",
			want: []want{
				{value: 9.6, unit: "percent", counted: "college students", scope: "in Ohio"},
				{value: 12, unit: "percent", counted: "voters", scope: "in Ohio"},
				{value: 15, unit: "percent", counted: "money", scope: "-"},
			},
		},
		{
			name:      "market movers: a change in brackets after a name; an index trading up; points gained by an index",
			text:      "Shares of Central Bank of India (up 1.89 per cent), J & K Bank (up 1.21 per cent) and Indian Bank (down 0.43 per cent) were among the top gainers. The Nifty PSU Bank index was trading 0.68 per cent up at 2426.3. The Nifty50 index was up 41.30 points at 12148.2. Tested by: John Milbank. RRP: 49.95 Euro (£40) in stores.",
			published: "2020-01-23",
			want: []want{
				{value: 1.89, unit: "percent", counted: "Central Bank of India shares"},
				{value: 1.21, unit: "percent", counted: "J & K Bank shares"},
				{value: 0.43, unit: "percent", counted: "Indian Bank shares"},
				{value: 0.68, unit: "percent", counted: "index"},
				{value: 41.3, counted: "nifty50 index in points"},
				{value: 40, unit: "GBP", counted: "-"},
			},
		},
		{
			name:      "a past event told on in the next sentence happened on the day the sentence before named",
			text:      "The campaign released five ads on Wednesday. Two of them were aimed at the debaters.\n\nThe group met donors on Monday. It gave $5.9 million toward the 2016 campaign.\n\nThe storm hit the coast on Sunday. Four people were killed. The town has 3,000 homes.\n\nThe fund opened on Monday. The mood was calm. Nine firms failed.\n\nThe vote took place on Tuesday. Among them, seven ballots for the mayor.\n\nThe bill passed the Senate on Tuesday. Congress approved a similar measure 11 times before.",
			published: "2023-11-09",
			want: []want{
				{value: 2, asOf: "2023-11-08"},
				{value: 5900000, unit: "USD", asOf: "-"},
				{value: 4, asOf: "2023-11-05"},
				{value: 3000, asOf: "2023-11-09"},
				{value: 9, asOf: "-"},
				{value: 7, asOf: "-"},
				{value: 11, asOf: "-"},
			},
		},
		{
			name:      "a later year the figure's own phrase aims at: \"a 25% raise by 2028\"",
			text:      "The tentative contract includes a 25% raise in base wages by 2028. A 15 percent tariff, to be imposed by 2025, worries firms.",
			published: "2023-10-30",
			want: []want{
				{value: 25, unit: "percent", period: "2028"},
				{value: 15, unit: "percent", period: "-"},
			},
		},
		{
			name:      "\"is predicting\" speaks for its subject, past a relative clause",
			text:      "Colorado State University, which released its forecast Thursday, is also predicting eight hurricanes this season. The ministry was estimating 300 deaths.",
			published: "2020-04-03",
			want: []want{
				{value: 8, counted: "hurricanes", speaker: "Colorado State University"},
				{value: 300, counted: "deaths", speaker: "ministry"},
			},
		},
		{
			name:      "a running total holds as of the report",
			text:      "Since the beginning of the program, the bank funded a total of more than $30 billion. Defense Minister Hulusi Akar said Turkish forces had so far destroyed eight helicopters. In 2019 the bank so far lent $9 billion.",
			published: "2020-06-01",
			want: []want{
				{value: 30000000000, unit: "USD", asOf: "2020-06-01"},
				{value: 8, counted: "helicopters", asOf: "2020-06-01"},
				{value: 9000000000, unit: "USD", asOf: "-", period: "2019"},
			},
		},
		{
			name:      "a subject after a conjunction: \"as coal generation slid 18 percent\"; not after \"before\"",
			text:      "And that trend continued through last year, as coal generation slid 18 percent. Truck sales are down 2.6 percent, while sedan sales are down 12.3 percent. Loss before taxation for the segment was S$11.4 million. Mezcal sales are expected to grow from $1.47 billion last year to $2.39 billion by 2030. Although fleet sales were up from 13.2 percent in September, they fell.",
			published: "2020-06-01",
			want: []want{
				{value: 1470000000, unit: "USD", counted: "mezcal sales"},
				{value: 2390000000, unit: "USD", counted: "mezcal sales"},
				{value: 13.2, unit: "percent", counted: "fleet sales"},
				{value: 18, unit: "percent", counted: "coal generation"},
				{value: 12.3, unit: "percent", counted: "sedan sales"},
				{value: 11400000, unit: "SGD", counted: "-"},
			},
		},
		{
			name:      "a bare figure before a toll verb after a place phrase",
			text:      "Among the passengers on the ferry, 12 were injured.",
			published: "2023-02-08",
			want:      []want{{value: 12, qualifier: "exact", counted: "passengers"}},
		},
		{
			name:      "unnamed reports between a speaker and the figure",
			text:      "The organization believes that the real death toll may be much higher, with some reports suggesting as many as 200 have been killed.",
			published: "2019-11-20",
			want:      []want{{value: 200, qualifier: "upper", counted: "killed", noSpeaker: true}},
		},
		{
			name:      "another source puts the number at",
			text:      "Tens of thousands of protesters marched in Paris on Saturday, according to organisers, while police put the number at 12,000.",
			published: "2024-03-18",
			want: []want{
				{value: 20000, qualifier: "lower", counted: "protesters", speaker: "organisers"},
				{value: 12000, qualifier: "exact", counted: "protesters", speaker: "police"},
			},
		},
		{
			name:      "French inverted speaker after a weekday",
			text:      "Au moins 8 574 personnes ont été tuées en Turquie, a déclaré mardi le vice-président Fuat Oktay.",
			published: "2023-02-08",
			lang:      "fr",
			want:      []want{{value: 8574, qualifier: "lower", counted: "personnes", speaker: "Fuat Oktay"}},
		},
		{
			name:      "Spanish inverted speaker after el martes",
			text:      "Al menos 8.574 personas murieron en Turquía, dijo el martes el vicepresidente Fuat Oktay.",
			published: "2023-02-08",
			lang:      "es",
			want:      []want{{value: 8574, qualifier: "lower", counted: "personas", speaker: "Fuat Oktay"}},
		},
		{
			name:      "French bodies named by a common noun speak",
			text:      "Au moins 158 personnes sont mortes, selon le dernier bilan des services de secours. Le gouvernement a annoncé mercredi le déploiement de 1 000 militaires. Près de 120 000 foyers étaient privés d'électricité, a indiqué l'opérateur Iberdrola. Au moins 40 personnes ont été blessées, selon le bilan officiel.",
			published: "2024-10-31",
			lang:      "fr",
			want: []want{
				{value: 158, qualifier: "lower", counted: "personnes", speaker: "services de secours"},
				{value: 1000, qualifier: "exact", counted: "militaires", speaker: "gouvernement"},
				{value: 120000, qualifier: "approx", counted: "foyers", speaker: "opérateur Iberdrola"},
				{value: 40, qualifier: "lower", counted: "personnes", noSpeaker: true},
			},
		},
		{
			name:      "Spanish toll of a body, and informó",
			text:      "Al menos 158 personas han muerto, según el último balance de los servicios de emergencia. Cerca de 120.000 hogares seguían sin electricidad, informó la compañía Iberdrola.",
			published: "2024-10-31",
			lang:      "es",
			want: []want{
				{value: 158, qualifier: "lower", counted: "personas", speaker: "servicios de emergencia"},
				{value: 120000, qualifier: "approx", counted: "hogares", speaker: "compañía Iberdrola"},
			},
		},
		{
			name:      "German wie clause with a plural verb last",
			text:      "Die Zahl der Toten nach dem Erdbeben in der Türkei und Syrien ist auf mehr als 11.000 gestiegen, wie die Behörden am Dienstag mitteilten.",
			published: "2023-02-08",
			lang:      "de",
			want:      []want{{value: 11000, qualifier: "lower", counted: "Toten", speaker: "Behörden"}},
		},
		{
			name:      "German wie clause whose subject is counted",
			text:      "Wie sechs unterschiedliche Quellen aus dem Umfeld von Apple der Nachrichtenagentur berichteten, will der Konzern den Dienst einstellen.",
			published: "2023-02-08",
			lang:      "de",
			want:      []want{{value: 6, qualifier: "exact", noSpeaker: true}},
		},
		{
			name:      "German Vizepräsident is a title",
			text:      "Mindestens 8574 Menschen kamen in der Türkei ums Leben, sagte Vizepräsident Fuat Oktay am Dienstag.",
			published: "2023-02-08",
			lang:      "de",
			want:      []want{{value: 8574, qualifier: "lower", counted: "Menschen", speaker: "Fuat Oktay"}},
		},
		{
			name:      "a state opening the sentence tallies its own and brings the total",
			text:      "New York recorded 799 deaths on Thursday, bringing the total to 7,067.",
			published: "2020-04-10",
			want: []want{
				{value: 799, qualifier: "exact", counted: "deaths", speaker: "New York", scope: "New York", asOf: "2020-04-09"},
				{value: 7067, qualifier: "exact", counted: "deaths"},
			},
		},
		{
			name:      "a place opening the sentence with alone",
			text:      "In the Valencia region alone, 202 people died, regional authorities said.",
			published: "2024-10-29",
			want:      []want{{value: 202, qualifier: "exact", counted: "people", scope: "In the Valencia region", speaker: "regional authorities"}},
		},
		{
			name:      "with dozens more is no baseline that takes the date",
			text:      "The floods have killed at least 205 people, officials said on Friday, with dozens more still missing.",
			published: "2024-10-29",
			want:      []want{{value: 205, qualifier: "lower", counted: "people", speaker: "officials", asOf: "2024-10-25"}},
		},
		{
			name:      "a place word after a modifier ends the place",
			text:      "The escape triggered a lockdown at three campuses in the Goose Creek school district. About 8,000 troops are in the Kursk border region.",
			published: "2024-10-31",
			want: []want{
				{value: 3, qualifier: "exact", counted: "campuses", scope: "in the Goose Creek school district"},
				{value: 8000, qualifier: "approx", counted: "troops", scope: "in the Kursk border region"},
			},
		},
		{
			name:      "a count since a day holds at no day of its own; the fire brigade and those who concede speak",
			text:      "Spain's health ministry said 13 people had died from heat stroke since June 1. About 1,200 people were evacuated, the fire brigade said.\n\nGreek unions concede that the government was forced to cut spending. But they say the measures aim to save $40 billion.",
			published: "2023-07-19",
			want: []want{
				{value: 13, qualifier: "exact", counted: "people", speaker: "Spain's health ministry", asOf: "-"},
				{value: 1200, qualifier: "approx", counted: "people", speaker: "fire brigade"},
				{value: 40e9, qualifier: "exact", unit: "USD", speaker: "Greek unions"},
			},
		},
		{
			name:      "review of the session's rules: a pronoun subject keeps the paragraph's speaker, a relative clause of a later noun, things that suggest",
			text:      "Kremlin spokesman Dmitry Peskov said talks were over. Later he denied the report, saying no more than 500 servicemen were involved.\n\nPolice said the blast killed 40 people in a market that residents said was crowded. The crash left 12 people so badly injured that doctors said they may not survive.\n\nThe economy grew 2 percent in the third quarter, leading indicators suggest. Police said 17 people were killed. The number wounded rose to 41.",
			published: "2024-11-22",
			want: []want{
				{value: 500, qualifier: "upper", counted: "servicemen", speaker: "Dmitry Peskov"},
				{value: 40, qualifier: "exact", counted: "people", speaker: "Police"},
				{value: 12, qualifier: "exact", counted: "people", noSpeaker: true},
				{value: 2, qualifier: "exact", unit: "percent", noSpeaker: true},
				{value: 17, qualifier: "exact", counted: "people", speaker: "Police"},
			},
			absent: []float64{41},
		},
		{
			name:      "a toll far before its verb, a subject behind an auxiliary and a place, season tickets, the total for the month",
			text:      "The death toll from flash floods that swept through the northern province of Alto Verde rose to 87 on Thursday. Measles cases in the Eastern Highlands region have surged to 1,140 so far this year. Deaths from the virus climbed by 12 to 340 overnight. Harbour City said more than 6,000 season tickets had been sold. Some 358 migrants crossed on Sunday, bringing the total for the month to 3,142.",
			published: "2024-11-22",
			want: []want{
				{value: 87, qualifier: "exact", counted: "death toll"},
				{value: 1140, qualifier: "exact", counted: "cases"},
				{value: 12, qualifier: "exact", counted: "deaths"},
				{value: 340, qualifier: "exact", counted: "deaths"},
				{value: 6000, qualifier: "lower", counted: "season tickets"},
				{value: 3142, qualifier: "exact", counted: "migrants"},
			},
		},
		{
			name:      "another counts the whole, not an including aside; them are no kilometres; a place in foothills",
			text:      "At least 143 structures, including 96 homes, have been destroyed and another 2,600 are threatened. The injured were taken to hospitals in Riobamba, 60 kilometres away. The ministry said seven of them were in critical condition. A wildfire in the Sierra Nevada foothills has forced about 8,000 people to evacuate.",
			published: "2024-11-22",
			want: []want{
				{value: 2600, qualifier: "exact", counted: "structures"},
				{value: 7, qualifier: "exact", counted: "-"},
				{value: 8000, qualifier: "approx", counted: "people", scope: "in the Sierra Nevada foothills"},
			},
		},
		{
			name:      "a reporting period's end dates the figures before it; a union representing staff speaks",
			text:      "LONDON, May 9 (Business Newswire) - Greenbasket Stores, Britain's fourth-largest supermarket chain, on Thursday reported a pre-tax profit of 412 million pounds for the year to Feb. 29, up 8 percent.\n\nAbout 3,000 workers walked out, the union representing customs staff said.",
			published: "2024-05-09",
			want: []want{
				{value: 412e6, qualifier: "exact", unit: "GBP", counted: "pre-tax profit", speaker: "Greenbasket Stores", asOf: "2024-02-29"},
				{value: 8, qualifier: "exact", unit: "percent", asOf: "2024-02-29"},
				{value: 3000, qualifier: "approx", counted: "workers", speaker: "union"},
			},
		},
		{
			name:      "review 33: a percent change then a level, a place's population, a turnout of, a negated floor, a resort, a scale",
			text:      "Lorne County's population grew 7.4 percent to 148,200. Ashby's population rose to 98,100. The election saw a turnout of 71 percent. Overnight lows had not fallen below 27 degrees. The avalanche killed five skiers near the resort of Sankt Arlen. Respondents rated it on a six-point scale.",
			published: "2024-11-22",
			want: []want{
				{value: 7.4, qualifier: "exact", unit: "percent", counted: "population", scope: "Lorne County"},
				{value: 148200, qualifier: "exact", counted: "population", scope: "Lorne County"},
				{value: 98100, qualifier: "exact", counted: "population"},
				{value: 71, qualifier: "exact", unit: "percent", counted: "turnout"},
				{value: 27, qualifier: "lower", counted: "degrees"},
				{value: 5, qualifier: "exact", counted: "skiers", scope: "near the resort of Sankt Arlen"},
			},
			absent: []float64{6},
		},
		{
			name:      "a figure opening its sentence before were counts the people of the sentence before",
			text:      "The bus crash injured 19 passengers. Two were admitted to hospital, officials said.\n\nIt was a cold day. Three were admitted to hospital.\n\nThe freed hostages were examined by doctors. Four were admitted to hospital.",
			published: "2024-11-22",
			want: []want{
				{value: 2, qualifier: "exact", counted: "passengers", speaker: "officials"},
			},
			absent: []float64{3, 4},
		},
		{
			name:      "a count after while, and earlier shipments",
			text:      "About 500 people died in the north while 300 were hurt in the south. Police linked the seizure to at least five earlier shipments. The marches drew about 12,000 people in Porto, the second city, and 4,000 in Coimbra, organisers said. Some 29,300 migrants crossed in 2023, down 36 percent from a record 45,774 in 2022. The backlog of 98,000 asylum cases had fallen from a peak of 175,000 in mid-2023. The camp now shelters nearly 58,000. The median age rose to 41.2 years.",
			published: "2024-11-22",
			want: []want{
				{value: 300, qualifier: "exact", counted: "people"},
				{value: 5, qualifier: "lower", counted: "shipments"},
				{value: 4000, qualifier: "exact", counted: "people", scope: "in Coimbra", speaker: "organisers"},
				{value: 45774, qualifier: "exact", counted: "migrants"},
				{value: 175000, qualifier: "exact", counted: "asylum cases"},
				{value: 58000, qualifier: "approx", counted: "people"},
				{value: 41.2, qualifier: "exact", counted: "years"},
			},
		},
		{
			name:      "second review of the session: no panic on a full stop between a count and its others; rules that misfired",
			text:      "A gunman killed 12 people in St. Louis and wounded 30 others on Sunday, police said. The attack killed 14 people; the gunman also wounded 31 others, police said.\n\nConsumer prices in Germany posted a rise of 3.2 percent. Most of the population lives in towns where hospital admissions rose to 1,200 last week. The new museum in Bilbao houses nearly 12,001, officials said. Some 33 attacks were reported in Kandahar province. The median age in Japan rose over 20 years to 48.4.",
			published: "2024-07-23",
			want: []want{
				{value: 12, qualifier: "exact", counted: "people", speaker: "police"},
				{value: 3.2, qualifier: "exact", unit: "percent", counted: "-"},
				{value: 1200, qualifier: "exact", counted: "admissions"},
				{value: 33, qualifier: "approx", counted: "attacks", scope: "in Kandahar province"},
			},
			absent: []float64{12001, 20},
		},
		{
			name:      "a rate running past the sentence's end does not panic (\"Rs. 49/- per month\")",
			text:      "Get seamless access to Business Standard & WSJ.com starting at just Rs. 49/- per month* Display Name Email-Id",
			published: "2020-02-14",
			want:      []want{{value: 49, qualifier: "exact", unit: "INR"}},
		},
		{
			name:      "an institution's report speaks; a report no one is named for speaks for itself; bare reports do not",
			text:      "The government report said 300 schools closed. The report said 450 people had died. Reports said 20 bridges fell.",
			published: "2024-11-22",
			want: []want{
				{value: 300, qualifier: "exact", counted: "schools", speaker: "government report"},
				{value: 450, qualifier: "exact", counted: "people", speaker: "the report"},
				{value: 20, qualifier: "exact", counted: "bridges", noSpeaker: true},
			},
		},
		{
			name:      "others after a comma and one verb are more of the same",
			text:      "The attack killed 12 soldiers, wounded 30 others and destroyed four vehicles.",
			published: "2024-11-22",
			want: []want{
				{value: 30, qualifier: "exact", counted: "soldiers"},
			},
		},
		{
			name:      "a street address is no figure's place, nor a cocktail",
			text:      "Evacuation centres at 5085 Bullion Street were sheltering about 1,200 people. Three people choked on smoke after protesters tossed in Molotov cocktails.",
			published: "2024-11-22",
			want: []want{
				{value: 1200, qualifier: "approx", counted: "people", scope: "-"},
				{value: 3, qualifier: "exact", counted: "people", scope: "-"},
			},
		},
		{
			name:      "a speaker right after another figure speaks for that figure only",
			text:      "Revenue increased 5.6 percent to 3.1 billion pounds, slightly ahead of the 3.05 billion pounds analysts had forecast. About 500 people died and 300 others were hurt, officials said.",
			published: "2024-11-22",
			want: []want{
				{value: 5.6, qualifier: "exact", unit: "percent", noSpeaker: true},
				{value: 3.1e9, qualifier: "exact", unit: "GBP", noSpeaker: true},
				{value: 3.05e9, qualifier: "exact", unit: "GBP", speaker: "analysts"},
				{value: 500, qualifier: "approx", counted: "people", speaker: "officials"},
			},
		},
		{
			name:      "what a percent or an amount measures, from its clause's subject",
			text:      "Turnout was 63.8 percent, down from 68.1 percent. Revenue increased 5.6 percent to 3.1 billion pounds. Shares of the company fell 12% to $45.60. The county is 43 percent black, and polls say so. The infant death rate in the country increased by 3 percent. The company lost $5 million. The bank kept its main interest rate at 5.25 percent. She set out at 6 percent. The vaccine reduced the risk of severe illness by 90%, according to a study of 30,000 people published in The Lancet. Total emissions fell 2 percent compared with the year before.",
			published: "2024-11-22",
			want: []want{
				{value: 63.8, qualifier: "exact", unit: "percent", counted: "turnout"},
				{value: 68.1, qualifier: "exact", unit: "percent", counted: "turnout"},
				{value: 5.6, qualifier: "exact", unit: "percent", counted: "revenue"},
				{value: 3.1e9, qualifier: "exact", unit: "GBP", counted: "revenue"},
				{value: 12, qualifier: "exact", unit: "percent", counted: "shares"},
				{value: 43, qualifier: "exact", unit: "percent", counted: "-"},
				{value: 3, qualifier: "exact", unit: "percent", counted: "infant death rate"},
				{value: 5e6, qualifier: "exact", unit: "USD", counted: "-"},
				{value: 5.25, qualifier: "exact", unit: "percent", counted: "main interest rate"},
				{value: 6, qualifier: "exact", unit: "percent", counted: "-"},
				{value: 90, qualifier: "exact", unit: "percent", counted: "risk of severe illness"},
				{value: 30000, qualifier: "exact", counted: "people", scope: "-"},
				{value: 2, qualifier: "exact", unit: "percent", counted: "total emissions"},
			},
		},
		{
			name:      "subjects behind a name, a long subject, a possessive owner, a baseline after a level, a rate giving way",
			text:      "Shares in Greenbasket rose 3.7 percent to 284 pence. Annual consumer price inflation slowed to 3.4 percent in September from 3.9 percent in August. Net debt fell to 1.3 billion pounds from 1.6 billion pounds. The banking system's capital adequacy ratio stood at 13.8 percent. It will raise its full-year dividend to 11.4 pence a share. The bank trimmed its growth forecast to 1.1 percent. Once you divide the total by 52, the value is about $44.2 million per week. The town's population rose to 148,200 from 121,900. When we compared the 16-inch base to the previous 15-inch base, we saw that single-core scores increased from 1061 to 1128 and multi-core scores increased from 5425 to 5863.",
			published: "2024-11-22",
			want: []want{
				{value: 3.7, qualifier: "exact", unit: "percent", counted: "shares"},
				{value: 2.84, qualifier: "exact", unit: "GBP", counted: "shares"},
				{value: 3.4, qualifier: "exact", unit: "percent", counted: "annual consumer price inflation"},
				{value: 3.9, qualifier: "exact", unit: "percent", counted: "annual consumer price inflation"},
				{value: 1.3e9, qualifier: "exact", unit: "GBP", counted: "net debt"},
				{value: 1.6e9, qualifier: "exact", unit: "GBP", counted: "net debt"},
				{value: 13.8, qualifier: "exact", unit: "percent", counted: "capital adequacy ratio"},
				{value: 0.114, qualifier: "exact", unit: "GBP", counted: "full-year dividend"},
				{value: 1.1, qualifier: "exact", unit: "percent", counted: "growth forecast"},
				{value: 44.2e6, qualifier: "approx", unit: "USD", counted: "per week"},
				{value: 148200, counted: "population"},
				{value: 121900, counted: "population"},
			},
			absent: []float64{5425}, // not "inch" from the change before it
		},
		{
			name:      "a sentence opening on the same pronoun keeps the last speaker; a person named first takes it",
			text:      "\"Leave my daughter out of your voice,\" Nikki Haley shot back. As Ramaswamy played down the boos, she added: \"You're just scum.\"\nShe also fended off an attack from Ramaswamy comparing her to former Vice President Dick Cheney \"in three-inch heels.\"\n\"I'd first like to say they're five-inch heels, and I own 14 pairs,\" she said.\nGrant Sabatier, who retired at 30, said he saved 25 percent of his pay. Tommy, who only goes by his first name online, retired 10 years ago. He never earned a six-figure salary but saved 40 percent of his pay, he wrote.",
			published: "2024-11-22",
			want: []want{
				{value: 14, counted: "pairs", speaker: "Nikki Haley", quoted: true},
				{value: 40, speaker: "Tommy"},
			},
		},
		{
			name:      "what a percent or an amount measures: more verbs, modals, votes, costs",
			text:      "Its operating margin improved to 11.8 percent. The World Bank forecast in January that Ostravia's economy would grow 2.9 percent this year. The Ostravian krona has gained about 3 percent against the euro. The plan will cost about £4.2 million. Kestrel have spent more than 45 million euros this summer. The Farmers' List won 14.3 percent and 11 seats. The Workers' Alliance came second with 22.1 percent. The company gained $5 million. Inflation is expected to rise to 4 percent. Revenues from the Trump-imposed tariffs have totaled about $63 billion. Net profit rose to 86 million euros in the three months to March 31 from 75.4 million euros a year earlier. Kestrel signed him for a club-record fee of 18 million euros (£15.3 million). Its market value of $2 billion, or about 1.8 billion euros, fell. Annual inflation fell to 4.8 percent in March. It peaked at 11.2 percent in October 2022. The company said profit rose. It has gained 7 percent since January. The IMF said Germany's economy grew 1.9 percent. Apple's revenue rose 6 percent. Inspections across the Teravan region rose 15 percent. The Fellgate region saw the weakest gains at 2.2 percent. Arrests rose 12 percent last year to nearly 1,300. The workforce has grown to 3,100.",
			published: "2024-04-09",
			want: []want{
				{value: 11.8, unit: "percent", counted: "operating margin"},
				{value: 2.9, unit: "percent", counted: "economy"},
				{value: 3, qualifier: "approx", unit: "percent", counted: "ostravian krona"},
				{value: 4.2e6, qualifier: "approx", unit: "GBP", counted: "cost"},
				{value: 45e6, qualifier: "lower", unit: "EUR", counted: "spending"},
				{value: 14.3, unit: "percent", counted: "vote"},
				{value: 22.1, unit: "percent", counted: "vote"},
				{value: 5e6, unit: "USD", counted: "-"},
				{value: 4, unit: "percent", counted: "inflation"},
				{value: 63e9, qualifier: "approx", unit: "USD", counted: "revenues"},
				{value: 75.4e6, unit: "EUR", counted: "net profit", asOf: "2023-03-31"}, // the date right after it, not the period end before
				{value: 15.3e6, unit: "GBP", counted: "club-record fee"},
				{value: 1.8e9, qualifier: "approx", unit: "EUR", counted: "market value"},
				{value: 11.2, unit: "percent", counted: "annual inflation"},
				{value: 7, unit: "percent", counted: "-"},
				{value: 1.9, unit: "percent", counted: "economy", scope: "Germany"},
				{value: 6, unit: "percent", counted: "revenue", scope: "-"},
				{value: 15, unit: "percent", counted: "inspections"},
				{value: 2.2, unit: "percent", counted: "-"}, // "gains" is a noun here
				{value: 1300, qualifier: "approx", counted: "arrests"},
				{value: 3100, counted: "workforce"},
			},
		},
		{
			name:      "rates keep their owner; a bare unit measures the stuff before it",
			text:      "The shipping line said the delays were costing it about $250,000 a day. Entry prices will rise to £5.20 per adult from £4.60. Drained bogs emitted 21 tonnes of carbon dioxide per hectare, compared with 15 tonnes in the national inventory.",
			published: "2024-08-26",
			want: []want{
				{value: 250000, qualifier: "approx", unit: "USD", counted: "cost a day"},
				{value: 5.2, unit: "GBP", counted: "entry prices per adult"},
				{value: 4.6, unit: "GBP", counted: "entry prices per adult"},
				{value: 15, counted: "tonnes of carbon dioxide"},
			},
		},
		{
			name:      "code review s12: a wire is no company, infinitives, time rates, factions, introduced people, offsets",
			text:      "Ford Motor is recalling 300,000 SUVs in the United States, Reuters reported on Monday. The company said 12 injuries had been reported.\nThe Fed expects inflation to fall to 2 percent. Economists expected prices to rise 3.1 percent. The airline hopes passenger numbers will rise 10 percent. Average rents rose to $2,000 a month. She earns a salary of $4,000 a month. About 40 percent of voters in the Trump camp said yes. The İMF said Germany's economy grew 2.7 percent.\n\"We will rebuild,\" Mayor Anna Berg said on Friday. She then introduced Dr. Jane Doe, who runs the city hospital. \"We have treated 41 people since Friday,\" she said.",
			published: "2025-05-09",
			want: []want{
				{value: 12, counted: "injuries", speaker: "company"},
				{value: 2, unit: "percent", counted: "inflation"},
				{value: 3.1, unit: "percent", counted: "prices"},
				{value: 10, unit: "percent", counted: "passenger numbers"},
				{value: 2000, unit: "USD", counted: "average rents a month"},
				{value: 4000, unit: "USD", counted: "salary a month"},
				{value: 40, qualifier: "approx", unit: "percent", counted: "voters", scope: "-"},
				{value: 2.7, unit: "percent", counted: "economy", scope: "Germany"},
				{value: 41, counted: "people", speaker: "Jane Doe", quoted: true},
			},
		},
		{
			name:      "review 35: estimates, fines, compensation, costs, particles, adverbs, a change aside",
			text:      "Insurers estimate the damage at 50 million euros. The company would pay compensation of 2 million rupees to each household. The colliery was fined 450,000 rupees. Their street value was estimated at about 170 million euros. The office opened in 2021 at a cost of 38 million pounds. Annual growth picked up to 5.1 percent in March. Bread prices in Tolvar have already risen 7 percent since May. More than 38,000 runners started the race, up 9 percent from last year. The weekend brought in 45 million euros, with hotel occupancy reaching nearly 95 percent. NASA is expected to pick up to 4 finalists. Robbers stole diamonds valued at 85 million euros. The building, which the city had valued at about $380,600, burned. It was down for four straight years, down well over 60%. Temperatures are forecast to fall to 29 degrees Celsius by the weekend, meteorologists said.",
			published: "2025-05-09",
			want: []want{
				{value: 50e6, unit: "EUR", counted: "damage"},
				{value: 2e6, unit: "INR", counted: "compensation"},
				{value: 450000, unit: "INR", counted: "fine"},
				{value: 170e6, qualifier: "approx", unit: "EUR", counted: "street value"},
				{value: 38e6, unit: "GBP", counted: "cost"},
				{value: 5.1, qualifier: "exact", unit: "percent", counted: "annual growth"},
				{value: 7, unit: "percent", counted: "bread prices"},
				{value: 9, unit: "percent", counted: "runners"},
				{value: 95, qualifier: "approx", unit: "percent", counted: "hotel occupancy"},
				{value: 4, qualifier: "upper", counted: "finalists"},
				{value: 85e6, unit: "EUR", counted: "diamonds"},
				{value: 380600, qualifier: "approx", unit: "USD", counted: "-"},
				{value: 60, qualifier: "lower", unit: "percent", counted: "-"},
				{value: 29, speaker: "meteorologists"}, // "are forecast" is a passive: no speaking subject
			},
		},
		{
			name:      "a document put out by a body speaks for it, a time between",
			text:      "Sales fell 3 percent, according to a report released last week by the Institute for Fiscal Studies. House prices rose 0.8 percent in March, according to a survey published on Wednesday by mortgage lender Harwood & Sayle. Annual growth picked up to 5.1 percent, the survey said.",
			published: "2025-04-16",
			want: []want{
				{value: 3, unit: "percent", speaker: "Institute for Fiscal Studies"},
				{value: 0.8, unit: "percent", speaker: "Harwood & Sayle"},
				{value: 5.1, unit: "percent", speaker: "Harwood & Sayle"},
			},
		},
		{
			name:      "the company is the body named before it",
			text:      "Caldrin Foods reported a 14 percent rise in profit. The company said sales rose 9 percent.\nTraffic was hampered after three lines were cut, according to France Telecom. Some 40 ships were rerouted, the telecommunications company said.\nThe Castavel Civil Protection Agency ordered evacuations on Monday. About 400 firefighters were battling the flames, the agency said in a statement. The Health Ministry said 12 people died. Reuters reported it. The ministry said 30 were injured.",
			published: "2024-08-26",
			want: []want{
				{value: 14, unit: "percent", speaker: "Caldrin Foods"},
				{value: 9, unit: "percent", speaker: "Caldrin Foods"},
				{value: 40, counted: "ships", speaker: "France Telecom"},
				{value: 400, qualifier: "approx", counted: "firefighters", speaker: "Castavel Civil Protection Agency"},
				{value: 30, counted: "injured", speaker: "Health Ministry"},
			},
		},
		{
			name:      "minutes and studies speak for their body; \"showed X at\" names what is measured",
			text:      "Minutes of the Federal Reserve's March meeting showed that 12 officials favoured a pause. The minutes showed 7 members backed a cut. Data from the statistics office showed unemployment at 4.1 percent. The IMF put growth at 2.9 percent. The data puts the figure at $44 million.",
			published: "2024-03-13",
			want: []want{
				{value: 12, counted: "officials", speaker: "Federal Reserve"},
				{value: 7, counted: "members", speaker: "Federal Reserve"},
				{value: 4.1, unit: "percent", counted: "unemployment", speaker: "statistics office"},
				{value: 2.9, unit: "percent", counted: "growth", speaker: "IMF"},
				{value: 44e6, unit: "USD", counted: "-"},
			},
		},
		{
			name:      "last week is no day; a count this week holds on the report's day",
			text:      "Last week, the ministry reported 300 cases. Some 16 soldiers have been killed this week. Earlier this week 40 people were evacuated.",
			published: "2024-03-13",
			want: []want{
				{value: 300, counted: "cases", asOf: "-"},
				{value: 16, counted: "soldiers", asOf: "2024-03-13"},
				{value: 40, counted: "people", asOf: "2024-03-11"},
			},
		},
		{
			name:      "a named site is a place, unless a town follows it",
			text:      "Customs officers found 300 kilograms of cocaine at Port Salvo's container terminal. About 2,000 people are sheltering at the Dalmor camp. Another 400 are at the Ostra camp in Vessa. Some 90 fans were injured at Arena Nord stadium.",
			published: "2024-11-22",
			want: []want{
				{value: 300, counted: "kilograms of cocaine", scope: "at Port Salvo's container terminal"},
				{value: 2000, counted: "people", scope: "at the Dalmor camp"},
				{value: 400, scope: "in Vessa"},
				{value: 90, counted: "fans", scope: "at Arena Nord stadium"},
			},
		},
		{
			name:      "the report speaks for whoever the article said issued it, or for itself",
			text:      "The report said 90 people had died. The aid group Open Hands released its annual report on Monday. The report said 450 people had been displaced. Separately, a study by the World Health Organization found problems. The study said 30 clinics had closed. A statement from the Defence PRO gave details. Three boats were captured, the statement said. Separately, Amnesty's latest report was leaked on Friday. The report said 12 towns were hit. The agency released its latest Emergency Situation Report on Monday. The report said 80 people had died.",
			published: "2024-11-22",
			want: []want{
				{value: 90, counted: "people", speaker: "the report"},
				{value: 450, counted: "people", speaker: "Open Hands"},
				{value: 30, counted: "clinics", speaker: "World Health Organization"},
				{value: 3, counted: "boats", speaker: "Defence PRO"},
				{value: 12, counted: "towns", speaker: "Amnesty"},
				{value: 80, counted: "people", speaker: "Emergency Situation Report"}, // the name holds the noun: no slice across it
			},
		},
		{
			name:      "a wire dateline's date is when the report was filed, not when its figures hold",
			text:      "KARVESH, March 14 (Reuters) - At least 14 civilians were killed when shells struck a market in the border town of Karvesh on Wednesday, officials said, as negotiators in Geneva failed to agree.\n\nQUITO, Nov 6 - At least 23 people were killed late on Tuesday.\n\nOn March 14, 40 people were arrested.",
			published: "2024-03-14",
			want: []want{
				{value: 14, qualifier: "lower", counted: "civilians", asOf: "2024-03-13", scope: "Karvesh", speaker: "officials"},
				{value: 23, qualifier: "lower", counted: "people", asOf: "2024-03-12"},
				{value: 40, qualifier: "exact", counted: "people", asOf: "2024-03-14"},
			},
		},
		{
			name:      "a figure said in a relative clause, a baseline after the, a share of a qualified whole, a total of",
			text:      "Umerov said on Tuesday that about 11,000 North Korean soldiers were now in the Kursk region, up from the 8,000 that Washington had reported.\n\nThe Pentagon said last Thursday that 7,500 of the roughly 10,000 North Korean troops sent to Russia had moved to the border region.\n\nThe spy agency estimated that Pyongyang had sent around 3,000 soldiers and planned to send a total of 12,000 by December.",
			published: "2024-11-05",
			want: []want{
				{value: 11000, qualifier: "approx", counted: "North Korean soldiers", speaker: "Umerov"},
				{value: 8000, qualifier: "exact", counted: "North Korean soldiers", speaker: "Washington"},
				{value: 7500, qualifier: "exact", counted: "North Korean troops", speaker: "Pentagon"},
				{value: 10000, qualifier: "approx", counted: "North Korean troops", speaker: "Pentagon"},
				{value: 3000, qualifier: "approx", counted: "soldiers", speaker: "spy agency"},
				{value: 12000, qualifier: "exact", counted: "soldiers", speaker: "spy agency"},
			},
		},
		{
			name:      "names listed after a place are places, unless a verb follows one",
			text:      "The flood killed at least 150 people in Granada, Murcia and Almeria. The storm killed 12 people in Granada and Smith said it was tragic. At least 95 people have died in flash floods, emergency services said on Wednesday.",
			published: "2024-11-22",
			want: []want{
				{value: 150, qualifier: "lower", counted: "people", scope: "in Granada, Murcia and Almeria"},
				{value: 12, qualifier: "exact", counted: "people", scope: "in Granada"},
				{value: 95, qualifier: "lower", counted: "people", speaker: "emergency services"},
			},
		},
		{
			name:      "the number grown to a new level counts what the figure before counted",
			text:      "On October 3, police arrested 17 people in connection with the attack; by Friday the number had grown to 25. Officials said 40 people died. By Sunday that figure rose to 52. The number rose to 30.",
			published: "2024-11-22",
			want: []want{
				{value: 17, qualifier: "exact", counted: "people"},
				{value: 25, qualifier: "exact", counted: "people"},
				{value: 40, qualifier: "exact", counted: "people"},
				{value: 52, qualifier: "exact", counted: "people"},
			},
		},
		{
			name:      "more roles head a speaker: principal, sheriff, pastor",
			text:      "Half of the 1,400 students were absent on Monday, the principal told the newspaper. The sheriff said 3 people were arrested. Larry Kroon, pastor of the church, estimates damages at more than $1 million.",
			published: "2024-11-22",
			want: []want{
				{value: 0.5, qualifier: "exact", counted: "students", speaker: "principal"},
				{value: 1400, qualifier: "exact", counted: "students", speaker: "principal"},
				{value: 3, qualifier: "exact", counted: "people", speaker: "sheriff"},
				{value: 1e6, qualifier: "lower", unit: "USD", speaker: "Larry Kroon"},
			},
		},
		{
			name:      "a participle with no speaker before it in its sentence shares the sentence's subject",
			text:      "Officials met on Friday. The Kremlin denied the report, saying that no more than 500 servicemen were involved. Officials said it was over. The flood destroyed 300 homes, adding to the misery. Storm Ciaran hit Europe, claiming the lives of five people. The agency dropped two other rules, saying they were not needed. Beat writer Larry Holder puts it in a line, saying Bush could sit out the final three games. Rookie pitcher Tom Lee threw a gem, saying his team could win the last four games.",
			published: "2024-08-30",
			want: []want{
				{value: 500, qualifier: "upper", counted: "servicemen", speaker: "Kremlin"},
				{value: 300, qualifier: "exact", counted: "homes", noSpeaker: true},
				{value: 5, qualifier: "exact", counted: "people", noSpeaker: true},
				{value: 2, qualifier: "exact", counted: "rules", noSpeaker: true},
				{value: 3, qualifier: "exact", counted: "games", speaker: "Larry Holder"},
				{value: 4, qualifier: "exact", counted: "games", noSpeaker: true},
			},
		},
		{
			name:      "a plural subject counts a change and the level after it",
			text:      "Confirmed cases rose by 1,200 to 15,400 overnight, health officials said. Arrivals fell by 300 last year.",
			published: "2024-08-30",
			want: []want{
				{value: 1200, qualifier: "exact", counted: "cases", speaker: "health officials"},
				{value: 15400, qualifier: "exact", counted: "cases", speaker: "health officials"},
				{value: 300, qualifier: "exact", counted: "arrivals"},
			},
		},
		{
			name:      "a change by an amount to a level",
			text:      "Unemployment rose by 2,000 to 2.81 million in August.",
			published: "2024-08-30",
			want: []want{
				{value: 2000, qualifier: "exact", counted: "unemployment"},
				{value: 2.81e6, qualifier: "exact", counted: "unemployment"},
			},
		},
		{
			name:      "N more at the end of a quote",
			text:      "\u201cWe have deployed 1,700 soldiers and will send 500 more,\u201d Robles said.",
			published: "2024-11-01",
			want:      []want{{value: 500, qualifier: "exact", counted: "soldiers", speaker: "Robles", quoted: true}},
		},
		{
			name:      "according to a source with a relative clause",
			text:      "According to a senior official who spoke on condition of anonymity, about 3,000 troops had arrived.",
			published: "2024-10-18",
			want:      []want{{value: 3000, qualifier: "approx", counted: "troops", speaker: "senior official"}},
		},
		{
			name:      "a conjunction before a speaker is no modifier",
			text:      "Some 3,000 people attended, organisers said, though police estimated the crowd at 1,500.",
			published: "2024-10-18",
			want: []want{
				{value: 3000, qualifier: "approx", counted: "people", speaker: "organisers"},
				{value: 1500, qualifier: "exact", counted: "crowd", speaker: "police"},
			},
		},
		{
			name:      "coordinated modifiers before a role",
			text:      "According to federal and state investigators, 12 people were involved in the scheme.",
			published: "2023-05-10",
			want:      []want{{value: 12, qualifier: "exact", speaker: "federal and state investigators"}},
		},
		{
			name:      "researchers at a kind of firm and its name",
			text:      "According to researchers at software security firm Trend Micro, 12,000 computers were infected.",
			published: "2008-12-12",
			want:      []want{{value: 12000, qualifier: "exact", speaker: "researchers at software security firm Trend Micro"}},
		},
		{
			name:      "statistics from a month are the source, not the month",
			text:      "IE is used on 700 million computers, according to industry statistics from November.",
			published: "2008-12-12",
			want:      []want{{value: 700000000, qualifier: "exact", speaker: "industry statistics", asOf: "2008-12-12"}},
		},
		{
			name:      "a place at the end of a participle phrase is no subject",
			text:      "NASA scientists using a telescope atop Mauna Kea have confirmed that 79 moons orbit Jupiter.",
			published: "2019-11-19",
			want:      []want{{value: 79, qualifier: "exact", speaker: "NASA scientists"}},
		},
		{
			name:      "a company after \"to\" is a party, not a place",
			text:      "Yahoo will pay a $144 million breakup fee to Verizon.",
			published: "2017-06-13",
			want:      []want{{value: 144000000, qualifier: "exact", unit: "USD", scope: "-"}},
		},
		{
			name:      "a name after \"to\" with a word of motion is a destination",
			text:      "The army sent 3,000 soldiers to Sumy.",
			published: "2024-10-25",
			want:      []want{{value: 3000, qualifier: "exact", scope: "to Sumy"}},
		},
		{
			name:      "a company bought is no place, even when another sentence says \"in\" it",
			text:      "He brokered its $1 billion buyout of Instagram and the $3 billion deal for Oculus.\nI've been building relationships, at least in Instagram and the WhatsApp cases, for years.",
			published: "2017-06-13",
			want:      []want{{value: 1000000000, qualifier: "exact", unit: "USD", scope: "-"}, {value: 3000000000, qualifier: "exact", unit: "USD", scope: "-"}},
		},
		{
			name:      "a fronted frequency makes a rate",
			text:      "Each year, agency officials said, the city uses more than one million tons of asphalt.",
			published: "2017-06-13",
			want:      []want{{value: 1000000, qualifier: "lower", counted: "tons of asphalt a year", speaker: "agency officials"}},
		},
		{
			name:      "a relative named in apposition speaks",
			text:      `"Two tablets was a lethal dose," her mother, Fiona, said in a statement.`,
			published: "2015-04-21",
			want:      []want{{value: 2, qualifier: "exact", speaker: "Fiona", quoted: true}},
		},
		{
			name:      "the kind of body, then its name, after according to",
			text:      "The strandings involved 140 pilot whales, according to whale rescue group Project Jonah.",
			published: "2019-01-03",
			want:      []want{{value: 140, qualifier: "exact", speaker: "Project Jonah"}},
		},
		{
			name:      "the kind of body, then a name with the in it",
			text:      "At least 300 whales died last year, according to conservation group Save the Whales.",
			published: "2019-01-03",
			want:      []want{{value: 300, qualifier: "lower", speaker: "Save the Whales"}},
		},
		{
			name:      "and inside an organisation's name",
			text:      "Tourism accounted for 15 percent of GDP, according to the World Travel and Tourism Council, an industry body.",
			published: "2015-03-19",
			want:      []want{{value: 15, qualifier: "exact", unit: "percent", speaker: "World Travel and Tourism Council"}},
		},
		{
			name:      "and before the last word of an organisation's name",
			text:      "Some 40 people died, according to the Centers for Disease Control and Prevention.",
			published: "2015-03-19",
			want:      []want{{value: 40, qualifier: "approx", speaker: "Centers for Disease Control and Prevention"}},
		},
		{
			name:      "to inside an organisation's name",
			text:      "At least 40 journalists were killed, according to the Committee to Protect Journalists.",
			published: "2015-03-19",
			want:      []want{{value: 40, qualifier: "lower", speaker: "Committee to Protect Journalists"}},
		},
		{
			name:      "the country before \"state of\" does not compete with the state",
			text:      "Last week a gunman opened fire at a cinema in the US state of Louisiana, killing two people.",
			published: "2015-07-24",
			want:      []want{{value: 2, qualifier: "exact", counted: "people", scope: "Louisiana"}},
		},
		{
			name:      "a place-area compound before the counted noun",
			text:      "The outbreak sickened patients at two Los Angeles-area hospitals.",
			published: "2015-03-05",
			want:      []want{{value: 2, qualifier: "exact", counted: "Los Angeles-area hospitals"}},
		},
		{
			name:      "an opening subordinate clause is the writer's, not the speaker's",
			text:      "President Barack Obama spoke to the BBC on Friday.\nAfter nine churchgoers were killed in South Carolina in June, he admitted \"politics in this town\" meant there were few options.",
			published: "2015-07-24",
			want:      []want{{value: 9, qualifier: "exact", noSpeaker: true}},
		},
		{
			name:      "an opening subordinate clause before a subject with its article",
			text:      "Officials met on Friday.\nAfter nine churchgoers were killed in South Carolina in June, the governor admitted \"politics in this state\" meant there were few options.",
			published: "2015-07-24",
			want:      []want{{value: 9, qualifier: "exact", noSpeaker: true}},
		},
		{
			name:      "an opening subordinate clause before a subject with its possessive",
			text:      "Because 12 ships were lost, their captain told reporters the route was closed.",
			published: "2015-07-24",
			want:      []want{{value: 12, qualifier: "exact", noSpeaker: true}},
		},
		{
			name:      "French: a body named after an elided article, and spans of time",
			text:      "Quelque 2 209 Français ont été localisés, selon le Quai d’Orsay.\nSelon l’Élysée, 393 Français n’ont pas pu être joints.\nLa guerre dure depuis 20 ans et 6 mois.",
			published: "2015-04-30",
			lang:      "fr",
			want:      []want{{value: 2209, qualifier: "approx", counted: "Français", speaker: "Quai d’Orsay"}, {value: 393, speaker: "Élysée"}},
			absent:    []float64{20, 6},
		},
		{
			name:      "German reported speech in the subjunctive goes on with its source",
			text:      "Der Chef des Zulieferers, Robert Machtlinger, sagte am Montag, die Branche erhole sich. Allein bei Airbus lägen über 8.000 Bestellungen vor. Die Firma beschäftigt 3.300 Mitarbeiter.\nNach Angaben der Föderation IFRC hat sich die Lage verschärft. Mehr als 139 Millionen Menschen seien von Überflutungen betroffen.",
			published: "2023-11-02",
			lang:      "de",
			want: []want{{value: 8000, qualifier: "lower", speaker: "Robert Machtlinger"}, {value: 3300, noSpeaker: true},
				{value: 139000000, qualifier: "lower", speaker: "Föderation IFRC"}},
		},
		{
			name:      "German reported speech: the source of the paragraph before, not one far back",
			text:      "Ministerin Schulze sagte am Montag in Berlin, die Lage sei ernst.\nMehr als 10 Millionen Menschen seien betroffen. Der Bericht erschien am Dienstag." + strings.Repeat(" Er umfasst viele Kapitel über die Lage in den Ländern der Region.", 10) + " Rund 500 Dörfer seien zerstört.",
			published: "2023-11-02",
			lang:      "de",
			want:      []want{{value: 10000000, qualifier: "lower", speaker: "Schulze"}, {value: 500, qualifier: "approx", noSpeaker: true}},
		},
		{
			name:      "German: a laut source two sentences back gives its own figure only",
			text:      "Bis 2042 würden laut Marktprognosen weltweit 40.850 Flugzeuge ausgeliefert. Die Kurzstrecke dominiere den Markt. Allein bei Airbus lägen über 8.000 Bestellungen vor.",
			published: "2023-11-02",
			lang:      "de",
			want:      []want{{value: 40850, speaker: "Marktprognosen"}, {value: 8000, qualifier: "lower", noSpeaker: true}},
		},
		{
			name:      "German: by its own account, the subject speaks",
			text:      "Ultium Cells investiert eigenen Angaben zufolge weitere 275 Millionen US-Dollar in das Werk. Der Landesverband vertritt nach eigenen Angaben etwa 1.000 Betriebe. Im Jahr 2022 verkaufte die Firma nach eigenen Angaben 300 Autos.",
			published: "2023-11-02",
			lang:      "de",
			want:      []want{{value: 275000000, speaker: "Ultium Cells"}, {value: 1000, qualifier: "approx", speaker: "Landesverband"}, {value: 300, noSpeaker: true}},
		},
		{
			name:      "French verbs of speech in the compound past and the present",
			text:      "Le ministre a dit que 3 000 soldats étaient arrivés. L'armée a estimé à 12 000 le nombre de soldats.\n« Nous avons perdu 300 hommes », a reconnu Jean Dupont.\nLe préfet dit que 40 maisons sont détruites.",
			published: "2023-11-02",
			lang:      "fr",
			want:      []want{{value: 3000, speaker: "ministre"}, {value: 12000, speaker: "armée"}, {value: 300, speaker: "Jean Dupont", quoted: true}, {value: 40, speaker: "préfet"}},
		},
		{
			name:      "Spanish verbs of speech",
			text:      "El ministro reconoció que 3.000 soldados llegaron. «Perdimos 300 hombres», añadió Juan Pérez. La policía estima que 40 casas fueron destruidas.",
			published: "2023-11-02",
			lang:      "es",
			want:      []want{{value: 3000, speaker: "ministro"}, {value: 300, speaker: "Juan Pérez", quoted: true}, {value: 40, speaker: "policía"}},
		},
		{
			name:      "attributions review 29 found unread",
			text:      "According to the state health department's update of the day, 749 people tested positive.\nWilliams played in five games during his junior year, news outlets reported.\nAt least 12 students had used the photos, per the Journal.\nA spokesperson for Sen. Kamala Harris, D-California, said her office is working to bring back 100 state residents.\nDemocrats want to extend a weekly $600 added unemployment benefit.",
			published: "2020-04-05",
			want: []want{{value: 749, speaker: "state health department"}, {value: 5, speaker: "news outlets"},
				{value: 12, qualifier: "lower", speaker: "Journal"}, {value: 100, speaker: "Kamala Harris"}, {value: 600, counted: "a week", noSpeaker: true}},
		},
		{
			name:      "a place in a comparison is not the scope",
			text:      "The fires burned over 800,000 hectares - an area larger than Austria.\nThe storm destroyed 300 homes, more than the Netherlands saw in a decade.",
			published: "2020-01-05",
			want:      []want{{value: 800000, scope: "-"}, {value: 300, scope: "-"}},
		},
		{
			name:      "another story's teaser gives no claim",
			text:      "The fires burned 300 homes, officials said.\nMUST READ | Thousands of Australians are calling for their prime minister's resignation\nBRASILIA, Brazil - Brazil's official inflation finished at 4.31% last ...",
			published: "2020-01-05",
			want:      []want{{value: 300, speaker: "officials"}},
			absent:    []float64{2000, 4.31},
		},
		{
			name:      "a tally subject before the verb, past an intensifier and a long modifier",
			text:      "The number of cases rose to 13 on Saturday.\nThe number of active cases stands at an alarming 698.\nThe number of people killed in Gaza in the last three weeks is more than 8700 according to the Health Ministry.\nThe death toll reached a record 40.",
			published: "2023-11-02",
			want: []want{{value: 13, counted: "cases"}, {value: 698, counted: "active cases"}, {value: 8700, qualifier: "lower", counted: "people", speaker: "Health Ministry"},
				{value: 40, counted: "death toll"}},
		},
		{
			name:      "a second count after 'and' with its verb counts the same people",
			text:      "The ministry said 8,700 people were killed and 22 thousand have been wounded.\nMore than a million people entered Europe and 4,000 drowned in the Aegean Sea.\nHe faces two murder charges and one attempted murder charge.",
			published: "2023-11-02",
			want: []want{{value: 8700, counted: "people", speaker: "ministry"}, {value: 22000, counted: "people", speaker: "ministry"},
				{value: 1000000, qualifier: "lower", counted: "people"}, {value: 4000, counted: "people"}},
			absent: []float64{1},
		},
		{
			name:      "a 'what X says' clause speaks only for what follows it",
			text:      "A million people have been displaced since December, causing what the United Nations says may be the worst crisis.\n300 people died, the United Nations says.",
			published: "2020-02-05",
			want:      []want{{value: 1000000, noSpeaker: true}, {value: 300, speaker: "United Nations"}},
		},
		{
			name:      "a place owning the whole of the figure",
			text:      "Kenya's herd of approximately 60 wild elephants is bigger than Uganda's and Tanzania's.",
			published: "2020-02-05",
			want:      []want{{value: 60, qualifier: "approx", counted: "wild elephants", scope: "Kenya"}},
		},
		{
			name:      "a place after 'and' and a verb is another clause's",
			text:      "Mourinho won three league titles with the club and returned to England in 2013.\nThe flood forced 300 families from their homes and farms in Florida, then moved to Georgia.",
			published: "2020-02-05",
			want:      []want{{value: 3, scope: "-"}, {value: 300, scope: "in Florida"}},
		},
		{
			name:      "a plural subject brought to its figure by a verb of reaching",
			text:      "Eurostat figures show that French overnight stays in Italy hit 14 million last year.\nVisits rose to 300 in May.\nIts shares rose to 40 after the report.\nThe company hit 14 thousand in May.",
			published: "2020-06-05",
			want:      []want{{value: 14000000, counted: "stays"}, {value: 300, counted: "visits"}},
			absent:    []float64{40, 14000},
		},
		{
			name:      "a paragraph printed twice reports its figures once",
			text:      "Shares of 12 state-run banks were trading with gains in the morning session on Thursday in Mumbai.\nThe index rose.\nShares of 12 state-run banks were trading with gains in the morning session on Thursday in Mumbai.\nShares of 12 state-run banks rose.",
			published: "2020-01-05",
			want:      []want{{value: 12}, {value: 12}},
			count:     2,
		},
		{
			name:      "German spans of time are no figures",
			text:      "Der Streik der Lokführer dauerte insgesamt 30 Tage, wie die Gewerkschaft am Montag mitteilte. Die Verhandlungen zogen sich über 14 Monate hin.",
			published: "2023-05-10",
			lang:      "de",
			none:      true,
		},
		{
			name:      "German source after vom",
			text:      "Nach Angaben vom Statistischen Bundesamt fielen 2.400 Züge aus.",
			published: "2023-05-10",
			lang:      "de",
			want:      []want{{value: 2400, qualifier: "exact", speaker: "Statistischen Bundesamt"}},
		},
		{
			name:      "a closing cue reports the whole sentence, opening clause and all",
			text:      "After scooping up jewelry worth 2 million euros the thieves set fire to the car, Le Monde reported.",
			published: "2009-12-05",
			want:      []want{{value: 2000000, qualifier: "exact", unit: "EUR", speaker: "Le Monde"}},
		},
		{
			name:      "an appositive saying where a place lies is the writer's",
			text:      "The craft fell west of the regional capital of Kyzyl, more than 3,600 kilometers (2,200 miles) east of Moscow, the Tuva government was quoted as saying.",
			published: "2016-12-01",
			want:      []want{{value: 3600, qualifier: "lower", noSpeaker: true}, {value: 2200, noSpeaker: true}},
		},
		{
			name:      "a distance that is what was said keeps its speaker",
			text:      "The USGS said the quake was 35 miles southwest of Bandar Abbas.",
			published: "2005-11-27",
			want:      []want{{value: 35, qualifier: "exact", speaker: "USGS"}},
		},
		{
			name:      "German: adjectives before the counted noun, and the source after wie",
			text:      "Im November registrierte die Bundespolizei 1.246 unerlaubte Einreisen, wie das Innenministerium mitteilte.",
			published: "2020-12-01",
			lang:      "de",
			want:      []want{{value: 1246, qualifier: "exact", counted: "unerlaubte Einreisen", speaker: "Innenministerium"}},
		},
		{
			name:      "German: a number word, and laut",
			text:      "Laut Polizei wurden sieben Menschen verletzt.",
			published: "2020-12-01",
			lang:      "de",
			want:      []want{{value: 7, qualifier: "exact", counted: "Menschen", speaker: "Polizei"}},
		},
		{
			name:      "German: a three-digit count before a capitalised noun is no model name",
			text:      "Die Firma hat 175 Angestellte, sagte Firmenchef Hans Müller.",
			published: "2020-12-01",
			lang:      "de",
			want:      []want{{value: 175, qualifier: "exact", counted: "Angestellte", speaker: "Hans Müller", role: "Firmenchef"}},
		},
		{
			name:      "German: a low quote closed by a high one, and the speaker after it",
			text:      "Die Polizei kontrollierte die Grenze.\n„Es droht eine Geldbuße von bis zu 1000 Euro“, erläutert ein Mitarbeiter des Innenministeriums.",
			published: "2020-12-01",
			lang:      "de",
			want:      []want{{value: 1000, qualifier: "upper", unit: "EUR", speaker: "Mitarbeiter des Innenministeriums", quoted: true}},
		},
		{
			name:      "German: zufolge after its source, nach Angaben before it",
			text:      "Dem Statistischen Bundesamt zufolge lebten rund 83 Millionen Menschen in Deutschland. Nach Angaben der Polizei wurden 40 Beamte verletzt.",
			published: "2020-12-01",
			lang:      "de",
			want:      []want{{value: 83000000, qualifier: "approx", counted: "Menschen", speaker: "Statistischen Bundesamt"}, {value: 40, speaker: "Polizei"}},
		},
		{
			name:      "German: a date with an ordinal day, a weekday before the verb, the number of X",
			text:      "Im November registrierte die Bundespolizei 1.246 unerlaubte Einreisen, wie das Innenministerium am Montag mitteilte.\nAm 3. Dezember wurden laut Polizei sieben Menschen verletzt.\nSeit Januar stieg die Zahl der Fälle auf 40.000, sagte der Sprecher.",
			published: "2020-12-10",
			lang:      "de",
			want: []want{{value: 1246, speaker: "Innenministerium"}, {value: 7, speaker: "Polizei", asOf: "2020-12-03"},
				{value: 40000, counted: "Fälle"}},
		},
		{
			name:      "German: \"eigenen Angaben zufolge\" is the subject's own account, not a source called Angaben",
			text:      "Der Konzern hat eigenen Angaben zufolge 3.300 Mitarbeiter.",
			published: "2020-12-10",
			lang:      "de",
			want:      []want{{value: 3300, counted: "Mitarbeiter", speaker: "Konzern"}},
		},
		{
			name:      "French: number words, a compound past before and after the speaker, selon a body",
			text:      "Le secrétaire d'État Antony Blinken a déclaré jeudi que 8 000 soldats étaient dans la région.\n« Au moins 3 000 soldats ont été envoyés », a affirmé la Maison Blanche.\nDes dizaines de milliers de personnes ont manifesté à Paris, selon la police.\nSelon le Pentagone, environ 10 000 soldats se trouvent en Russie.",
			published: "2024-10-31",
			lang:      "fr",
			want: []want{{value: 8000, speaker: "Antony Blinken"}, {value: 3000, qualifier: "lower", counted: "soldats", speaker: "Maison Blanche", quoted: true},
				{value: 20000, qualifier: "lower", counted: "personnes", speaker: "police", scope: "Paris"},
				{value: 10000, qualifier: "approx", speaker: "Pentagone", scope: "Russie"}},
		},
		{
			name:      "Spanish: a compound past after a quote, según el gobierno, dos millones de euros",
			text:      "«Hemos enviado siete brigadas», ha dicho el ministro Juan Pérez.\nEl proyecto costó dos millones de euros, según el gobierno.",
			published: "2024-10-31",
			lang:      "es",
			want:      []want{{value: 7, counted: "brigadas", speaker: "Juan Pérez", quoted: true}, {value: 2000000, unit: "EUR", speaker: "gobierno"}},
		},
		{
			name:      "French: a body named with de/des/de l', a speaker after the verb, a verb of counting",
			text:      "Une houle de 5 mètres est attendue, avertit la préfecture des Pyrénées-Atlantiques.\n« On a perdu 300 mètres de plage », pointe Philippe de Gonneville, le maire.\nLe ministère de l'Intérieur comptabilise 1407 blessés.",
			published: "2024-10-31",
			lang:      "fr",
			want: []want{{value: 5, speaker: "préfecture des Pyrénées-Atlantiques"}, {value: 300, speaker: "Philippe de Gonneville", quoted: true},
				{value: 1407, counted: "blessés", speaker: "ministère de l'Intérieur"}},
		},
		{
			name:      "Spanish: a body named with de and de la, before and after its verb, without its article",
			text:      "Seis de las disposiciones se encuentran atendidas, alertó la Contraloría General de la República.\nEl Ministerio de Salud Pública informó que 1.200 personas resultaron heridas.\nLa policía de Montevideo dijo que 40 personas murieron.",
			published: "2024-10-31",
			lang:      "es",
			want: []want{{value: 6, counted: "disposiciones", speaker: "Contraloría General de la República"},
				{value: 1200, counted: "personas", speaker: "Ministerio de Salud Pública"}, {value: 40, counted: "personas", speaker: "policía de Montevideo"}},
		},
		{
			name:      "Spanish: how figures are written is read from the whole article",
			text:      "El PIB creció 2,5 %.\nSe crearon 1,500 empleos en la región.",
			published: "2024-10-31",
			lang:      "es",
			want:      []want{{value: 2.5}, {value: 1.5}},
		},
		{
			name:      "Spanish: comma thousands where nothing says otherwise",
			text:      "La población penitenciaria del país es de 13,762 internos.",
			published: "2024-10-31",
			lang:      "es",
			want:      []want{{value: 13762, counted: "internos"}},
		},
		{
			name:      "Spanish: uno is a pronoun",
			text:      "Es uno de los mejores jugadores de la liga. Uno entra a esa oficina y ve tres escritorios. Cada uno de los colegios tiene una enfermera, a excepción de uno.",
			published: "2024-10-31",
			lang:      "es",
			count:     1,
			want:      []want{{value: 3, counted: "escritorios"}},
		},
		{
			name:      "Spanish: a present verb states a figure as of the report, a past one does not",
			text:      "La familia tiene aproximadamente 15 camiones. Hay 64 familias en el lote. Es sabido que cinco personas fueron detenidas. Tres personas murieron esta madrugada.",
			published: "2022-05-04",
			lang:      "es",
			want:      []want{{value: 15, asOf: "2022-05-04"}, {value: 64, asOf: "2022-05-04"}, {value: 5, asOf: "-"}, {value: 3, asOf: "2022-05-04"}},
		},
		{
			name:      "French: a present verb states a figure as of the report, a past one does not",
			text:      "Il y a 75 000 abonnés. La ville compte 12 000 habitants. Deux photographes ont été blessés. Il y a deux ans, 40 personnes ont été arrêtées. Tout le monde est parti à 7 km au nord. Les manifestants marchaient avec 300 drapeaux. Près de 9 000 personnes ont été tuées dans la bande de Gaza depuis la reprise de la guerre.",
			published: "2023-11-02",
			lang:      "fr",
			want: []want{{value: 75000, asOf: "2023-11-02"}, {value: 12000, asOf: "2023-11-02"}, {value: 2, asOf: "-"}, {value: 40, asOf: "2021-11-02"},
				{value: 7, asOf: "-"}, {value: 300, asOf: "-"}, {value: 9000, asOf: "2023-11-02"}},
		},
		{
			name:      "French and Spanish sources: para/pour at the start, de acuerdo con, d'après, a document's owner",
			text:      "Para Moreau, el reclamo tiene tres patas.\nSegún el fiscal general, Francisco Barbosa, hay 150 capturados.\nSegún el ministerio de Salud, hay 310 contagios.\nDe acuerdo con el Banco Central, las exportaciones crecieron un 12%.\nSelon les dernières estimations de la WCF, il reste 400 chimpanzés.\nPour Jan Hamáček, 5000 personnes sont en danger.\nD'après le baromètre Kantar, 38 % des Français font confiance à la télévision.\nPour la France, 300 millions d'euros sont prévus.",
			published: "2022-05-04",
			lang:      "es",
			want: []want{{value: 3, speaker: "Moreau"}, {value: 12, speaker: "Banco Central"}, {value: 400, speaker: "WCF"}, {value: 150, speaker: "Francisco Barbosa"}, {value: 310, speaker: "ministerio de Salud"},
				{value: 5000, speaker: "Jan Hamáček"}, {value: 38, speaker: "Kantar"}, {value: 300000000, speaker: "-"}},
		},
		{
			name:      "speakers: a lower-case Arabic article, a legal suffix before an appositive, posted results, it said, a newsroom's understanding",
			text:      "Coalition spokesman Col. Fahd al-Harbi said on Thursday that about 20,000 fighters were taking part.\nBrightlane, Inc., a provider of payroll software, today announced that it has raised $35m.\nIrish carrier Skyway on Monday posted an annual net profit of €105 million. Curry posted 29 points.\nAcme Corp cut its forecast on Tuesday. Revenue fell to $20 million, it said.\nThe club has agreed a fee of about £40m, the BBC understands.\nDocuments leaked to the New York Times have revealed that 300 camps were built.",
			published: "2021-03-09",
			want: []want{{value: 20000, speaker: "Fahd al-Harbi"}, {value: 35000000, speaker: "Brightlane"}, {value: 105000000, speaker: "Skyway"},
				{value: 29, noSpeaker: true}, {value: 20000000, speaker: "Acme Corp"}, {value: 40000000, speaker: "BBC"}, {value: 300, noSpeaker: true}},
		},
		{
			name:      "according to: a possessive body, a document's owner, results, figures released by, researchers at the",
			text:      "Visitors will spend upwards of $300 million, according to the city's tourism office.\nThere was about 2,300 tons, according to the researchers' calculations.\nIt had been 8 percent, according to the grid operator’s 2019 resource assessment.\nShe won about 56 percent, according to unofficial results.\nHomelessness rose to 58,936 people, according to figures released on June 4 by the Los Angeles Homeless Services Authority.\nMore than 2 billion people are overweight, according to researchers at the Institute for Health Metrics in Seattle.\nTheir study, published in the New England Journal of Medicine, found that about 4 million deaths were linked to weight.",
			published: "2019-10-13",
			want: []want{{value: 300000000, speaker: "city's tourism office"}, {value: 2300, speaker: "researchers"}, {value: 8, speaker: "grid operator"},
				{value: 56, noSpeaker: true}, {value: 58936, speaker: "Los Angeles Homeless Services Authority"},
				{value: 2000000000, speaker: "researchers at the Institute for Health Metrics"}, {value: 4000000, speaker: "New England Journal of Medicine"}},
		},
		{
			name:      "speakers: a closing reporting clause over a tally, a shared subject after and, a relative clause's antecedent, nearing",
			text:      "More than 1,100 people died, Andhra Pradesh's disaster management minister, K. Ramana Rao, told reporters. The minister also said that about 4,000 village officials had been deployed.\nIndia recorded 401,993 new cases in the previous 24 hours, the health ministry said on Saturday.\nSpain has recorded 157,000 cases, while China has 83,000.\nMayor Eric Garcetti called the numbers heartbreaking and said the city had helped more than 21,000 people into housing.\nCity councillor Sarah Bunting has spoken to residents and says that 1,800 houses are affected.\nWestmoor, which said it had already paid about £60m in redress, accepted the findings.\nThe storm hit the town, which said 300 homes were lost.\nThe number of troops killed or wounded is nearing 500,000, according to U.S. officials.",
			published: "2021-05-01",
			want: []want{{value: 1100, speaker: "K. Ramana Rao"}, {value: 4000, speaker: "K. Ramana Rao"}, {value: 401993, speaker: "health ministry"}, {value: 157000, speaker: "Spain"}, {value: 21000, speaker: "Eric Garcetti"},
				{value: 1800, speaker: "Sarah Bunting"}, {value: 60000000, speaker: "Westmoor"}, {value: 300, noSpeaker: true},
				{value: 500000, qualifier: "approx", speaker: "U.S. officials"}},
		},
		{
			name:      "the company, the carrier, the agency: the organisation named just before; a ticker after a name",
			text:      "Shares in the mortgage lender Carrick & Lowe plunged yesterday.\nThe company said that it held deposits in excess of £21.6bn.\nVelarix Systems, Inc. (NASDAQ: VLRX) today announced revenue of approximately $212 million.\nThe Transportation Security Administration screened nearly 2.2 million people on Thursday, the agency said.\nAbout 48,000 customers remain without power, according to the electricity distributor AusNet.\nNew data showed unemployment claims had topped 6 million for the second week in a row.",
			published: "2009-01-08",
			want: []want{{value: 21600000000, speaker: "Carrick & Lowe"}, {value: 212000000, speaker: "Velarix Systems"},
				{value: 2200000, speaker: "Transportation Security Administration"}, {value: 48000, speaker: "AusNet"},
				{value: 6000000, qualifier: "lower", counted: "unemployment"}},
		},
		{
			name:      "the club is not the agent of a passive; a possessive month dates its noun",
			text:      "Manchester City have been fined £49m by UEFA for breaching the rules, the club confirmed on Friday.\nThe number of people killed in last month's earthquake has passed 48,000, the disaster agency AFAD said on Monday.",
			published: "2023-03-14",
			want:      []want{{value: 49000000, speaker: "club"}, {value: 48000, speaker: "AFAD", asOf: "2023-03-13"}},
		},
		{
			name:      "the central bank is a body of its own, not the organisation named before",
			text:      "The statistics agency INDEC said inflation jumped. Analysts polled by the central bank expect prices to rise by about 170 percent.",
			published: "2023-09-14",
			want:      []want{{value: 170, speaker: "central bank"}},
		},
		{
			name:      "guards: a clause after and, a reporting clause that does not close the sentence",
			text:      "After Smith left police arrested 30 people and said 5 guns were seized.\nBoris Johnson resigned in July after Tory MPs rebelled and said 40 ministers had quit.\nIndia recorded 401,993 cases, while Brazil, the ministry said, reported 20,000 cases.",
			published: "2022-07-08",
			want:      []want{{value: 5, noSpeaker: true}, {value: 40, noSpeaker: true}, {value: 401993, speaker: "India"}},
		},
		{
			name:      "Spanish: a clause's subject after según X is no name in apposition",
			text:      "Según el alcalde, Madrid Central redujo un 20% la contaminación.",
			published: "2022-07-08",
			lang:      "es",
			want:      []want{{value: 20, speaker: "alcalde"}},
		},
		{
			name:      "a date after since and a determiner starts a running total",
			text:      "A monitoring group says more than 420 civilians have been killed since the Feb. 1 coup.\nThe startup says it has signed up more than 8,000 schools since its launch in 2019.",
			published: "2021-03-28",
			want:      []want{{value: 420, asOf: "2021-03-28"}, {value: 8000, asOf: "2021-03-28"}},
		},
		{
			name:      "French: an inverted verb's subject is the name in apposition to its role",
			text:      "Plus de 2 000 gendarmes ont été déployés, a indiqué lundi soir le ministre démissionnaire de l'Intérieur, Paul Marchetti.\nAu moins 40 écoles sont fermées, a précisé pour sa part le préfet, Anne Dubreuil, lors d'un point presse.\nSelon le ministre malien de l'Énergie, Oumar Keïta, quelque 600 forages seront construits.\nLe bilan s'élève à 12 morts, a déclaré le maire de la ville, qui a visité la zone.\nL'inflation a atteint 5,8 %, selon une estimation provisoire publiée mercredi par l'Insee.\nLe Téléthon a recueilli 95,3 millions d'euros, a annoncé dimanche matin l'AFM, organisatrice de l'événement.\nSelon les résultats définitifs publiés lundi matin par le ministère de l'Intérieur, le Nouveau Front populaire obtient 182 sièges.",
			published: "2024-12-17",
			lang:      "fr",
			want: []want{{value: 2000, speaker: "Paul Marchetti"}, {value: 40, speaker: "Anne Dubreuil"}, {value: 600, speaker: "Oumar Keïta"},
				{value: 12, speaker: "maire"}, {value: 5.8, speaker: "Insee"}, {value: 95300000, speaker: "AFM"}, {value: 182, speaker: "ministère de l'Intérieur"}},
		},
		{
			name:      "Spanish: verbs that put a figure on something, and an adjective after the subject's noun",
			text:      "El Gobierno chileno cifró los daños en 20.000 millones de dólares.\nLa DGT prevé hasta 14,8 millones de desplazamientos.\nEl presidente peruano, Alan García, elevó el viernes a 510 la cifra de muertos.\nEl fiscal general dijo que hay 40 detenidos.",
			published: "2010-04-14",
			lang:      "es",
			want: []want{{value: 20000000000, speaker: "Gobierno"}, {value: 14800000, speaker: "DGT"}, {value: 510, speaker: "Alan García"},
				{value: 40, speaker: "fiscal general"}},
		},
		{
			name:      "Spanish: inverted subjects after ayer and este miércoles, role words before a name in apposition",
			text:      "La participación fue de alrededor del 60%, informó la consejera presidenta del organismo, Guadalupe Taddei.\nEl sismo ha dejado al menos 217 muertos, informó este miércoles el coordinador nacional de Protección Civil, Luis Felipe Puente.\nRepsol obtuvo un beneficio de 169.000 millones de euros, informó ayer la petrolera.",
			published: "2017-09-20",
			lang:      "es",
			want:      []want{{value: 60, speaker: "Guadalupe Taddei"}, {value: 217, speaker: "Luis Felipe Puente"}, {value: 169000000000, speaker: "petrolera"}},
		},
		{
			name:      "German: a verb after a fronted clause has its subject after it, a passive participle is no cue, a name with von",
			text:      "Bis zum 26. Februar sind in Deutschland 31 BSE-Fälle bestätigt worden, teilte das Verbraucherschutzministerium mit.\nDie Bundesregierung will ein Hilfsprogramm von 1,2 Milliarden Euro auflegen, kündigte Ministerin Renate Künast am Dienstag an.\nRund 60 Prozent der Händler seien unzufrieden, sagte HDE-Präsident Alexander von Preen am Montag.",
			published: "2001-02-28",
			lang:      "de",
			want:      []want{{value: 31, speaker: "Verbraucherschutzministerium"}, {value: 1200000000, speaker: "Renate Künast"}, {value: 60, speaker: "HDE-Präsident Alexander von Preen"}},
		},
		{
			name:      "Spanish: bare pesos in a story about Argentina are Argentine, Mexican ones stay",
			text:      "La inflación de Argentina llegó al 160,9%. En Argentina, un kilo de pan cuesta 800 pesos, y en Buenos Aires un café 900 pesos mexicanos.",
			published: "2023-12-13",
			lang:      "es",
			want:      []want{{value: 800, unit: "ARS"}, {value: 900, unit: "MXN"}},
		},
		{
			name:      "German: a vague count after a capitalised day is a figure (German capitalises nouns)",
			text:      "In Berlin demonstrierten am Sonntag Zehntausende Menschen gegen den Krieg. Am 12. März halfen Hunderte Freiwillige.",
			published: "2022-02-28",
			lang:      "de",
			want:      []want{{value: 20000, qualifier: "lower", counted: "Menschen"}, {value: 200, qualifier: "lower", counted: "Freiwillige"}},
		},
		{
			name:      "French: a pronoun after the verb (a-t-il précisé, estime-t-elle) is the subject",
			text:      "Le bilan s'élève à au moins 84 morts, a annoncé vendredi le procureur, François Molins. Parmi eux, 18 blessés se trouvent en urgence absolue, a-t-il précisé. Quelque 40 personnes sont portées disparues, estime-t-il.",
			published: "2016-07-15",
			lang:      "fr",
			want:      []want{{value: 84, speaker: "François Molins"}, {value: 18, speaker: "François Molins"}, {value: 40, speaker: "François Molins"}},
		},
		{
			name:      "Spanish: a role in apposition to a name makes a later 'la ministra' that person",
			text:      "La ministra de Sanidad, Trinidad Jiménez, informó el martes de que la gripe ha causado 43 muertes.\nEl Gobierno ha destinado 333 millones de euros a vacunas, añadió la ministra.",
			published: "2009-10-28",
			lang:      "es",
			want:      []want{{value: 43, speaker: "Trinidad Jiménez"}, {value: 333000000, speaker: "Trinidad Jiménez", role: "La ministra de Sanidad"}},
		},
		{
			name:      "Spanish: según with a verb of speech, a recipient before the subject, an adjective before a body",
			text:      "El Atlético ha fichado a João Félix por 126 millones de euros, según confirmó el club rojiblanco este miércoles.\nEl Ayuntamiento destinará 12,5 millones de euros a la reforma, según anunció ayer el alcalde, Juan Mari Aburto.\nEl exregidor deberá abonar una multa de 240.000 euros, precisó el alto tribunal este jueves.\nLa huelga afectó a 400 trabajadores, según dijeron a El País dos fuentes ministeriales.",
			published: "2019-07-04",
			lang:      "es",
			want: []want{{value: 126000000, speaker: "club"}, {value: 12500000, speaker: "Juan Mari Aburto", role: "el alcalde"},
				{value: 240000, speaker: "tribunal"}, {value: 400, noSpeaker: true}},
		},
		{
			name:      "French: a body's name with an adjective and du, and the one told before an inverted subject",
			text:      "Le déficit atteindrait 4,6 % du PIB en 2025, selon les prévisions du Bureau fédéral du Plan publiées mardi.\nLe bilan est de 30 morts, a déclaré à l'AFP le ministre de l'Intérieur, Gérald Darmanin.",
			published: "2025-02-04",
			lang:      "fr",
			want:      []want{{value: 4.6, speaker: "Bureau fédéral du Plan"}, {value: 30, speaker: "Gérald Darmanin", role: "le ministre de l'Intérieur"}},
		},
		{
			name:      "German: a source joined to its account, a source with an adjective, a level reached now",
			text:      "Die Zahl der Todesopfer ist auf mindestens 141 gestiegen. Das Aufkommen ist 2019 auf insgesamt 5,9 Millionen Tonnen gestiegen. Bislang wurden nach RKI-Angaben rund zweieinhalb Millionen Tests ausgewertet. Nach Schätzung des Instituts der deutschen Wirtschaft kostet jeder Streiktag bis zu 100 Millionen Euro.",
			published: "2021-07-17",
			lang:      "de",
			want: []want{{value: 141, asOf: "2021-07-17"}, {value: 5900000, asOf: "-"}, {value: 2500000, speaker: "RKI"},
				{value: 100000000, speaker: "Instituts der deutschen Wirtschaft"}},
		},
		{
			name:      "German: wie clauses with one speaker, a role's name in apposition after an inverted verb, beziffert",
			text:      "Der Konzern will rund 1.800 Stellen abbauen, wie Vorstandschef Klaus Herbers am Dienstag in Ludwigshafen mitteilte.\nNoch sind Scheine im Wert von rund 25 Milliarden Mark im Umlauf, wie ein Sprecher der Deutschen Bundesbank gestern sagte.\nBei Getreide drohten Ernteeinbußen von 25 Prozent, sagte der Präsident des Deutschen Bauernverbands (DBV), Heinrich Lohmann, am Sonntag.\nDer Verband beziffert den Gesamtschaden auf bis zu 2,3 Mrd. Euro.\nWie das Handelsblatt berichtete, kostet das Projekt 59 Millionen Euro.",
			published: "2018-08-06",
			lang:      "de",
			want: []want{{value: 1800, speaker: "Vorstandschef Klaus Herbers"}, {value: 25000000000, speaker: "Sprecher der Deutschen Bundesbank"},
				{value: 25, speaker: "Heinrich Lohmann"}, {value: 2300000000, speaker: "Verband"}, {value: 59000000, speaker: "Handelsblatt"}},
		},
		{
			name:      "German: an inverted subject's name in apposition after its article and role",
			text:      "Einsparungen von mindestens 50 Millionen Euro pro Jahr seien möglich, sagte der Landesvorsitzende des Bundes der Steuerzahler, Heinz Wirtz, am Donnerstag.",
			published: "2010-04-29",
			lang:      "de",
			want:      []want{{value: 50000000, speaker: "Heinz Wirtz"}},
		},
		{
			name:      "French: a possessive or an elided article before a role in apposition",
			text:      "La facture devrait passer à près de 45 millions d'euros l'an prochain, a averti mercredi l'adjoint aux finances, Thomas Girardin.\nLe bénéfice atteint 412 millions de francs, a commenté son directeur financier, Laurent Mottier.",
			published: "2022-09-08",
			lang:      "fr",
			want:      []want{{value: 45000000, speaker: "Thomas Girardin"}, {value: 412000000, speaker: "Laurent Mottier"}},
		},
		{
			name:      "Spanish: a possessive before a role, según publicó, a barometer's owner",
			text:      "Pemex invertirá alrededor de 290.000 millones de pesos, informó ayer su director general, Arturo Medina Ríos.\nEspaña recibió casi 10 millones de turistas, según publicó ayer el Instituto Nacional de Estadística.\nEl PP ganaría con el 29,2 % de los votos, según el barómetro preelectoral del Centro de Investigaciones Sociológicas publicado hoy.",
			published: "2016-06-09",
			lang:      "es",
			want: []want{{value: 290000000000, speaker: "Arturo Medina Ríos"}, {value: 10000000, speaker: "Instituto Nacional de Estadística"},
				{value: 29.2, speaker: "Centro de Investigaciones Sociológicas"}},
		},
		{
			name:      "French: a toll that stands now (s'élève à)",
			text:      "Le bilan des séismes qui ont frappé la Turquie s'élève à plus de 5 000 morts, selon les derniers chiffres officiels.",
			published: "2023-02-07",
			lang:      "fr",
			want:      []want{{value: 5000, asOf: "2023-02-07"}},
		},
		{
			name:      "French: a claimed count with an aside between auxiliary and participle",
			text:      "La CGT a pour sa part revendiqué 3,5 millions de manifestants. Le gouvernement français a annoncé 300 millions d'euros.",
			published: "2023-03-16",
			lang:      "fr",
			want:      []want{{value: 3500000, speaker: "CGT"}, {value: 300000000, speaker: "gouvernement"}},
		},
		{
			name:      "Spanish: a document's owner after its adjectives and participle, and a role's name in apposition",
			text:      "El paro subió en 90.248 personas, según los datos publicados este martes por el Ministerio de Trabajo.\nSheinbaum obtuvo el 59% de los votos, según el conteo rápido del Instituto Nacional Electoral.\nLa deuda se situaba en unos 99.800 millones de dólares, según el director general, Víctor Rodríguez Padilla.\nMás de 300 efectivos trabajan en la extinción, dijo el presidente de la Generalitat, Ximo Puig, que visitó la zona.",
			published: "2020-02-04",
			lang:      "es",
			want: []want{{value: 90248, speaker: "Ministerio de Trabajo"}, {value: 59, speaker: "Instituto Nacional Electoral"},
				{value: 99800000000, speaker: "Víctor Rodríguez Padilla"}, {value: 300, speaker: "Ximo Puig"}},
		},
		{
			name:      "German: a date in a relative clause dates that clause, not the figure outside it",
			text:      "Laut Studie sind 98 Prozent der Firmen verwundbar, so hätte das Kammergericht, das vor zwei Jahren angegriffen wurde, noch Probleme.",
			published: "2022-01-21",
			lang:      "de",
			want:      []want{{value: 98, asOf: "2022-01-21"}},
		},
		{
			name:      "French, Spanish and German: the year or decade after since is where a count starts, not when it holds",
			text:      "Die Deutsche Bank in Betzdorf, die seit Anfang der 1970er-Jahre besteht und aktuell sechs Mitarbeiter beschäftigt, schließt.\nIm zweiten Quartal 2019 kamen 300 Besucher.",
			published: "2020-03-02",
			lang:      "de",
			want:      []want{{value: 6, period: "-"}, {value: 300, period: "2019-04/2019-06"}},
		},
		{
			name:      "Spanish: since a year",
			text:      "Desde 1982 la ciudad ha sumado 40 millones de habitantes.",
			published: "2020-03-02",
			lang:      "es",
			want:      []want{{value: 40000000, period: "-"}},
		},
		{
			name:      "French: since a decade",
			text:      "Depuis les années 1950, la région a perdu 3000 habitants.\nDepuis le début des années 1990, la ville a perdu 4000 habitants.",
			published: "2020-03-02",
			lang:      "fr",
			want:      []want{{value: 3000, period: "-"}, {value: 4000, period: "-"}},
		},
		{
			name:      "Spanish: since the end of a decade",
			text:      "Desde finales de los años noventa, la ciudad perdió 3000 habitantes.",
			published: "2020-03-02",
			lang:      "es",
			want:      []want{{value: 3000, period: "-"}},
		},
		{
			name:      "German: present, past and perfect; gemäß",
			text:      "Nach Angaben des ukrainischen Geheimdienstes sind rund 12.000 nordkoreanische Soldaten in Russland. Laut den neuesten Gerüchten kommen 120 Hertz. Der Konzern beschäftigt weltweit 120.000 Mitarbeiter. Die Polizei hat am Montag drei Männer festgenommen. Im Jahr 2019 wurden 300 Fälle gemeldet. Seit Jahresbeginn sind 40 Menschen gestorben.\nDer Minister Hans Weber kam. Die Statistiker verzeichneten 75.000 Einbrüche. Die Feuerwehr hat vier Katzen gerettet. Gemäß der Statistik leben 28 Millionen Menschen in Madagaskar.",
			published: "2024-10-31",
			lang:      "de",
			want: []want{{value: 12000, speaker: "ukrainischen Geheimdienstes"}, {value: 120, speaker: "-"}, {value: 120000, asOf: "2024-10-31"}, {value: 3, asOf: "2024-10-28"}, {value: 300, asOf: "-", period: "2019"},
				{value: 40, asOf: "2024-10-31"},
				{value: 28000000, speaker: "Statistik", asOf: "2024-10-31"}, {value: 4, asOf: "-"}},
		},
		{
			name:      "French and Spanish: a pronoun speaks for the person named before it",
			text:      "Le maire Jean Dupont est arrivé.\nIl a déclaré que 300 personnes avaient été évacuées.",
			published: "2022-05-06",
			lang:      "fr",
			want:      []want{{value: 300, speaker: "Jean Dupont"}},
		},
		{
			name:      "Spanish and French: a date after \"compared with\" is the baseline's",
			text:      "Los precios subieron un 4 % en marzo frente a febrero.\nEn marzo, el precio aumentó en un 17,1 por ciento con respecto a febrero.",
			published: "2022-04-22",
			lang:      "es",
			want:      []want{{value: 4, counted: "precios", period: "2022-03"}, {value: 17.1, counted: "precio", period: "2022-03"}},
		},
		{
			name:      "a target year that opens the figure's clause is its period",
			text:      "By 2030, 80 percent of the power will come from renewables.",
			published: "2019-05-28",
			want:      []want{{value: 80, period: "2030"}},
		},
		{
			name:      "German: a target year before the figure",
			text:      "Bis 2030 soll 80 Prozent des Stroms aus erneuerbaren Energien stammen.",
			published: "2019-05-28",
			lang:      "de",
			want:      []want{{value: 80, period: "2030"}},
		},
		{
			name:      "review fixes: Spanish a is no perfect, French son is his, a German participle closes its clause, de Blasio speaks",
			text:      "La policía detuvo a 30 manifestantes que protestaban desde que comenzó la crisis.\nL'entreprise a licencié 40 employés dans son usine.\nDer Verein hat 500 Mitglieder im gesamten Land.\nNew York mayor de Blasio said 2,000 teachers will be hired.",
			published: "2022-05-04",
			lang:      "es",
			want:      []want{{value: 30, asOf: "-"}, {value: 40, asOf: "-"}, {value: 2000, speaker: "Blasio"}},
		},
		{
			name:      "German: a participle closes its clause",
			text:      "Der Verein hat 500 Mitglieder im gesamten Land.",
			published: "2022-05-04",
			lang:      "de",
			want:      []want{{value: 500, asOf: "2022-05-04"}},
		},
		{
			name:      "Spanish and French: what a percent measures is its clause's subject",
			text:      "El desempleo llegó al 5,2 % en octubre.\nLa tasa de inflación se ubicó en 3,5 %.\nLes ventes ont augmenté de 5 % en mars.\nEl Banco Central subió la tasa al 7 %.",
			published: "2022-04-22",
			lang:      "es",
			want: []want{{value: 5.2, counted: "desempleo"}, {value: 3.5, counted: "tasa de inflación"}, {value: 5, counted: "ventes"},
				{value: 7, counted: "-"}},
		},
		{
			name:      "French and Spanish: a place that opens the sentence",
			text:      "En España hay 5 millones de parados.\nEn France, 9 000 personnes ont été tuées.",
			published: "2022-04-22",
			lang:      "es",
			want:      []want{{value: 5000000, scope: "En España"}, {value: 9000, scope: "En France"}},
		},
		{
			name:      "Spanish: a place after de is not the speaker",
			text:      "La investigación de un medio de comunicación de Chile reveló que 12 vehículos robados están en Bolivia.\nLa Procuraduría ad hoc del caso Lava Jato identificó más de 1,400 millones de soles como daño.\nEl funcionario de Aguas de La Habana explicó que hay 9 158 afectados.\nFuentes de Montecon dijeron que 40 barcos esperan.\nLa última medición de FAO registra que hay 300 000 personas con hambre.",
			published: "2024-10-31",
			lang:      "es",
			want: []want{{value: 12, speaker: "-"}, {value: 1.4e9, speaker: "-"}, {value: 9158, speaker: "funcionario de Aguas de La Habana"},
				{value: 40, speaker: "Fuentes de Montecon"}, {value: 300000, speaker: "FAO"}},
		},
		{
			name:      "a name and a colon open a quote",
			text:      `Minister Svenja Schulze: "More than 810 million people suffer from hunger."`,
			published: "2020-12-10",
			want:      []want{{value: 810000000, qualifier: "lower", speaker: "Svenja Schulze", role: "Minister", quoted: true}},
		},
		{
			name:      "German: a name and a colon before „…“, davon M in X, rechnet mit",
			text:      "Ministerin Svenja Schulze: „Über 810 Millionen Menschen leiden weltweit an Hunger.“\nDerzeit sind knapp 3.300 Mitarbeiter bei FACC beschäftigt, davon rund 2.850 in Österreich.\nDer Experte rechnet mit 500 neuen Stellen.",
			published: "2020-12-10",
			lang:      "de",
			want: []want{{value: 810000000, speaker: "Svenja Schulze", quoted: true}, {value: 3300, scope: "-"},
				{value: 2850, counted: "Mitarbeiter", scope: "in Österreich"}, {value: 500, speaker: "Experte"}},
		},
		{
			name:      "German: a fronted phrase puts the subject after the verb",
			text:      "Für dieses Jahr rechnet das US-Unternehmen mit einem Umsatz von 3,9 Milliarden US-Dollar.\nIm November sagte der Sprecher, 40 Beamte seien verletzt.",
			published: "2020-12-10",
			lang:      "de",
			want:      []want{{value: 3900000000, unit: "USD", speaker: "US-Unternehmen"}, {value: 40, speaker: "Sprecher"}},
		},
		{
			name:      "German: a passive of expecting has no speaker",
			text:      "Auf der Messe werden dieses Jahr mehr als 40.000 Besucher erwartet.",
			published: "2020-12-10",
			lang:      "de",
			want:      []want{{value: 40000, noSpeaker: true}},
		},
		{
			name:      "German: clock times, ages and years are no figures",
			text:      "Der 33 Jahre alte Frenzel startet um 10 Uhr. Mit 18 Jahren gewann er im Jahr 2009 zum ersten Mal.",
			published: "2020-12-01",
			lang:      "de",
			none:      true,
		},
		{
			name:      "a month word inside a place name",
			text:      "About 300 people in Cape May were evacuated.",
			published: "2019-11-20",
			want:      []want{{value: 300, qualifier: "approx", scope: "in Cape May"}},
		},
		{
			name:      "a date that names an event does not date the figure",
			text:      "Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country in the wake of the September 11, 2001 attacks.",
			published: "2019-11-20",
			want:      []want{{value: 13000, qualifier: "approx", scope: "in Afghanistan", asOf: "-"}},
		},
		{
			name:      "the statement an organisation issued speaks for it",
			text:      "Big Machine Records issued a statement on Monday.\n\n\"We have paid her 7 million dollars,\" the statement read.",
			published: "2019-11-18",
			want:      []want{{value: 7000000, qualifier: "exact", speaker: "Big Machine Records", quoted: true}},
		},
		{
			name:      "the named lead speaks for the team",
			text:      "Paganini and his team reported that they detected 5,200 pounds of water vapor.",
			published: "2019-11-18",
			want:      []want{{value: 5200, qualifier: "exact", speaker: "Paganini"}},
		},
		{
			name:      "an age set off by a dash is no figure",
			text:      "Braun, 38 – who reps the likes of Justin Bieber – has been quiet.",
			published: "2019-11-18",
			none:      true,
		},
		{
			name:      "a lone one is a figure when another clause speaks",
			text:      "Mr. Woodward has said that it is one person and that he will reveal the name after his death.",
			published: "2004-07-29",
			want:      []want{{value: 1, qualifier: "exact", speaker: "Woodward", asOf: "2004-07-29"}},
		},
		{
			name:      "pronoun carries the earlier person",
			text:      "Police chief Tom Berg spoke to reporters on Friday.\nHe said at least 40 arrests had been made in Oslo.",
			published: "2023-05-13",
			want:      []want{{value: 40, qualifier: "lower", speaker: "Tom Berg", role: "Police chief", scope: "in Oslo"}},
		},
		{
			name:      "surname carries the full name and role",
			text:      "Finance Minister Anna Kowalska presented the budget on Monday. Kowalska said the deficit would reach 3.5 percent.",
			published: "2023-05-10",
			want:      []want{{value: 3.5, unit: "percent", speaker: "Anna Kowalska", role: "Finance Minister"}},
		},
		{
			name:      "role alone carries the earlier person",
			text:      "Finance Minister Anna Kowalska presented the budget.\nThe finance minister said 12,000 jobs would be created.",
			published: "2023-05-10",
			want:      []want{{value: 12000, speaker: "Anna Kowalska"}},
		},
		{
			name:      "according to at the end, present perfect is current",
			text:      "More than 2,000 people have fled to Chad, according to the UN refugee agency.",
			published: "2023-06-01",
			want:      []want{{value: 2000, qualifier: "lower", speaker: "UN refugee agency", asOf: "2023-06-01", scope: "to Chad"}},
		},
		{
			name:      "reports suggest has no speaker",
			text:      "Reports suggest that up to 900 workers will lose their jobs. There were reports of protests.",
			published: "2023-06-01",
			want:      []want{{value: 900, qualifier: "upper", noSpeaker: true, asOf: "2023-06-01"}},
		},
		{
			name:      "headline attribution",
			text:      "Kremlin: 300 drones shot down over the weekend",
			published: "2023-06-01",
			want:      []want{{value: 300, speaker: "Kremlin"}},
		},
		{
			name:      "a pronoun goes to the person named just before it",
			text:      "Peyton Hillis added 101 yards for the Chiefs.\nA big reason was Brady Quinn, who threw two interceptions.\n\"I threw 40 passes and this game was 100 percent on my shoulders,\" he said.",
			published: "2023-06-01",
			want:      []want{{value: 40, speaker: "Brady Quinn", quoted: true}},
			absent:    []float64{100}, // a figure of speech
		},
		{
			name:      "a cue that opens its own clause does not attribute the figure before it",
			text:      "He was charged in the slayings of two women in 1967, but authorities said the suspect is near death. Five people were killed, 10 wounded, and three missing, police said.",
			published: "2023-06-01",
			want:      []want{{value: 2, noSpeaker: true}, {value: 5, speaker: "police"}, {value: 10, speaker: "police"}},
		},
		{
			name:      "a noun that is also a speech verb is not a cue; records after according to stay whole",
			text:      "Teachers asked for more respect from the Republican-dominated state government in a protest that closed more than 300 schools. According to court records, LaSalle has three prior DUI convictions.",
			published: "2023-06-01",
			want:      []want{{value: 300, qualifier: "lower", noSpeaker: true}, {value: 3, speaker: "court records"}},
		},
		{
			name:      "a place before the figure in its clause; names that are not places",
			text:      "A firebomb attack on a bank in Greece killed at least three people. A quake struck southern Iran on Sunday, killing at least seven people. Four men rammed their car into the Casty store and stole 12 watches. Speaking in Paris, Macron said 100 people died.",
			published: "2023-06-01",
			want: []want{{value: 3, qualifier: "lower", scope: "in Greece"}, {value: 7, qualifier: "lower", scope: "southern Iran"},
				{value: 12, scope: "-"}, {value: 100, scope: "-", speaker: "Macron"}},
		},
		{
			name:      "N times counts events unless it multiplies",
			text:      "He was shot seven times, police said. Prices rose three times as fast. The storm was five times the size of the last one.",
			published: "2023-06-01",
			want:      []want{{value: 7, speaker: "police"}},
			absent:    []float64{3, 5},
		},
		{
			name:      "a repeated value counting something else is a new figure; named reports keep their origin",
			text:      "Fire destroyed 5 barns. The 5 firefighters were hurt. The 5 barns were old. Consumers bought 208 cars, according to the TexAuto Facts report. Analysts forecast 7 percent growth.",
			published: "2023-06-01",
			want:      []want{{value: 208, speaker: "TexAuto Facts"}, {value: 7, unit: "percent", speaker: "Analysts"}},
		},
		{
			name:      "a cue followed by its own clause does not speak for a figure before its subject",
			text:      "In addition to the three fatalities at a fuel plant on Tuesday, the public defender's office said another 30 people had been injured. Russia has sent 10,000 troops, the Pentagon said on Monday. About 5,000 people fled, officials said at a briefing.",
			published: "2023-06-01",
			want:      []want{{value: 3, noSpeaker: true}, {value: 30, speaker: "public defender's office"}, {value: 10000, speaker: "Pentagon"}, {value: 5000, speaker: "officials"}},
		},
		{
			name:      "a role of a group speaks",
			text:      "Emirates will buy 30 jets, executives of both companies announced. About 400 people died, officials of the two countries said.",
			published: "2023-06-01",
			want:      []want{{value: 30, speaker: "executives of both companies"}, {value: 400, qualifier: "approx", speaker: "officials of the two countries"}},
		},
		{
			name:      "one person, a toll after another, a prison term, an expectation",
			text:      "One man is dead. The blast killed 12, wounding another 70. He faces up to five years in prison. He spent three years in Paris. Analysts were expecting 3 percent growth.",
			published: "2023-06-01",
			want: []want{{value: 1}, {value: 70}, {value: 5, qualifier: "upper"},
				{value: 3, unit: "percent", speaker: "Analysts"}},
		},
		{
			name:      "passive quotes, authors, companies named with title words, papers named News",
			text:      "The quake killed 10 people, Iranian officials were quoted by AP as saying. Cannabis use rose 5 percent, the authors wrote. Home Depot sees sales growth of 3.5 percent. As many as 30 to 40 firefighters arrived, and officials said Saturday they were treating the fire as arson, the Anchorage Daily News reported Sunday.",
			published: "2023-06-01",
			want: []want{{value: 10, speaker: "Iranian officials"}, {value: 5, unit: "percent", speaker: "authors"},
				{value: 3.5, unit: "percent", speaker: "Home Depot"}},
		},
		{
			name:      "a news agency speaks; a share after a toll verb is not a toll",
			text:      "The Ansa news agency reported 5 deaths. The worker shot two of them and critically wounded a third, police said.",
			published: "2023-06-01",
			want:      []want{{value: 5, speaker: "Ansa news agency"}},
		},
		{
			name:      "review cases: plural speakers with base forms, when-phrases after said, movement, nouns, a speaker's place, a sentence end",
			text:      "Health officials report 40 new cases. About 30 people were hurt, police said the next day. Officers reported to the scene where 3 cars burned. The state projects include 40 new schools. The US ambassador to Israel said 5 Americans were hurt. He served 10 years. Prison officials said he was calm.",
			published: "2023-06-01",
			want: []want{{value: 40, speaker: "Health officials"}, {value: 30, qualifier: "approx", speaker: "police"}, {value: 3, noSpeaker: true},
				{value: 5, speaker: "US ambassador to Israel", scope: "-"}},
			absent: []float64{10},
		},
		{
			name:      "broadcasters and correspondents speak; the city of X is a place",
			text:      "Police arrested 20 people in the northern city of Thessaloniki. State television reported 30 deaths. Our correspondent says 200 houses burned.",
			published: "2023-06-01",
			want: []want{{value: 20, scope: "in the northern city of Thessaloniki"}, {value: 30, speaker: "State television"},
				{value: 200, speaker: "correspondent"}},
		},
		{
			name:      "bodies named with on and in; a verb before a name is not part of it",
			text:      "Health authorities in China's Inner Mongolia have confirmed 3 cases. The National Institute on Drug Abuse has also estimated that 964,000 people used it. Apple CEO Tim Cook spoke on Monday.\nHosting Cook at Dreamforce is our dream, Benioff said.\nCook said Apple employs about 450 Dreamers.\nAmnesty International on Tuesday said 70 people died.",
			published: "2023-06-01",
			want: []want{{value: 3, speaker: "Health authorities in China's Inner Mongolia"}, {value: 964000, speaker: "National Institute on Drug Abuse"},
				{value: 70, speaker: "Amnesty International"},
				{value: 450, qualifier: "approx", speaker: "Tim Cook"}},
		},
		{
			name:      "scope: places later in the clause, districts, streets; companies, owners and institutions are not places",
			text:      "Three people were killed when protesters threw petrol bombs at a bank in Athens. About 100 rioters gathered around Snyder Ave. in East Flatbush. They offered $30,000 for information leading to Texas prison escapee John Doe. SoftBank put $6.5 billion into WeWork. Coty bought 51% in Jenner's beauty portfolio.",
			published: "2023-06-01",
			want: []want{{value: 3, scope: "in Athens"}, {value: 100, qualifier: "approx", scope: "in East Flatbush"}, {value: 30000, unit: "USD", scope: "-"},
				{value: 6500000000, unit: "USD", scope: "-"}, {value: 51, unit: "percent", scope: "-"}},
		},
		{
			name:      "scope: well-known places as modifiers, vague prepositions, datelines, roads, currencies, a city and its state",
			text:      "WASHINGTON (AP) — Robbers stole 40 watches at a Paris jewellery store. Police arrested 3 men around Baytown. A blast was heard 500 feet from the bank on Oregon 214. Investors were told 176 Hong Kong dollars a share. He paid $80 for a studio in Greenwich Village, New York. The team scored 7 goals against Oakland.",
			published: "2023-06-01",
			want: []want{{value: 40, scope: "Paris"}, {value: 3, scope: "around Baytown"}, {value: 500, scope: "-"}, {value: 176, scope: "-"},
				{value: 80, unit: "USD", scope: "in Greenwich Village"}, {value: 7, scope: "-"}},
		},
		{
			name:      "a capitalised title in apposition; one person who speaks is a source, not a figure",
			text:      "Heydar Alishbandi, Governor of Qeshm island, said five villages had been badly hit. \"We were terrified,\" one woman in Qeshm told AFP. One man is dead.",
			published: "2023-06-01",
			want:      []want{{value: 5, speaker: "Heydar Alishbandi", role: "Governor of Qeshm island", scope: "-"}, {value: 1, counted: "man"}},
		},
		{
			name:      "scope: a bearing from a place, past a conversion in brackets; a fraction range; an age bracket is no figure",
			text:      "The quake struck about 58km (36 miles) south-west of Bandar Abbas. Between half and two-thirds of homes were damaged. The show drew adults 18-49.",
			published: "2023-06-01",
			want:      []want{{value: 58, counted: "km", scope: "south-west of Bandar Abbas"}, {value: 36, counted: "miles", scope: "south-west of Bandar Abbas"}},
			absent:    []float64{18, 49},
		},
		{
			name:      "as of: a date inside a relative clause is not the figure's; a past year's event is not today's",
			text:      "The deputy, who was wed about three weeks ago, is survived by his wife and two sons. The 2007 Oscars drew 40 million viewers.",
			published: "2013-08-02",
			want:      []want{{value: 2, asOf: "2013-08-02"}, {value: 40000000, asOf: "-"}},
		},
		{
			name:      "an institution's papers speak for it; unattributed reports do not",
			text:      "State records show Lasalle has three prior DUI convictions. Court documents show the company paid $2 million in fines. Reports said 40 people were killed.",
			published: "2023-06-01",
			want:      []want{{value: 3, speaker: "State records"}, {value: 2000000, unit: "USD", speaker: "Court documents"}, {value: 40, noSpeaker: true}},
		},
		{
			name:      "a baseline counts what the figure counts and keeps its own date; a toll far before its verb",
			text:      "South Korea's spy agency said on Wednesday that more than 10,000 North Korean soldiers were in Russia, up from an estimate of 3,000 a week earlier. The death toll from the floods rose to 217.",
			published: "2024-11-05",
			want: []want{{value: 10000, qualifier: "lower", counted: "North Korean soldiers", asOf: "2024-10-30"},
				{value: 3000, counted: "North Korean soldiers", asOf: "2024-10-23"}, {value: 217, counted: "death toll"}},
		},
		{
			name:      "the country that sends something is not where the figure is",
			text:      "Zelensky said Russia had launched more than 2,000 drones in October alone. Italy reported 500 new cases.",
			published: "2024-11-05",
			want:      []want{{value: 2000, qualifier: "lower", scope: "-"}, {value: 500, scope: "Italy"}},
		},
		{
			name:      "N of them across a paragraph break",
			text:      "The Pentagon said more than 10,000 North Korean soldiers were in Russia.\n\"We are seeing about 8,000 of them in Kursk,\" Pentagon spokesman Pat Ryder told reporters.",
			published: "2024-11-05",
			want:      []want{{value: 10000, qualifier: "lower", counted: "North Korean soldiers"}, {value: 8000, qualifier: "approx", counted: "North Korean soldiers", speaker: "Pat Ryder", quoted: true}},
		},
		{
			name:      "an honorific in a name in apposition",
			text:      "More than 150 people were injured, the hospital's director, Dr. Sami Nour, told local television.",
			published: "2023-06-01",
			want:      []want{{value: 150, qualifier: "lower", speaker: "Sami Nour"}},
		},
		{
			name:      "a quote running over a paragraph break ends with its speaker",
			text:      "\"We have arrested 12 men,\" said Captain Nambiar.\n\"Police found 30 rifles in the boat.\nThey also seized 3 outboard motors,\" he said.",
			published: "2023-06-01",
			want:      []want{{value: 12, speaker: "Nambiar", quoted: true}, {value: 30, speaker: "Nambiar", quoted: true}, {value: 3, speaker: "Nambiar", quoted: true}},
		},
		{
			name:      "scope: modifier places before the figure and after adjectives; regions; not a team's history; not a place in a who-clause",
			text:      "Police allege Eric Kirkpatrick opened fire at a Vancouver office Christmas party Friday, killing one man. Four loud pops were heard in the quiet Vancouver street. Millions of web users across the Middle East are offline. Doug McDermott became the leading scorer in Creighton history and had five points. The climber, who had been living in Melbourne, fell approximately 200 metres. The charges against Olson allege she obtained a $430,000 loan.",
			published: "2023-06-01",
			want: []want{{value: 1, scope: "Vancouver", speaker: "Police"}, {value: 4, scope: "Vancouver"}, {value: 2000000, scope: "across the Middle East"},
				{value: 5, scope: "-"}, {value: 200, scope: "-"}, {value: 430000, unit: "USD", noSpeaker: true}},
		},
		{
			name:      "\"it said\" is the organisation that spoke just before; \"it is estimated\" is no one",
			text:      "Microsoft estimated Monday that 2 million computers were infected.\nAdditionally, it said the number of victims was increasing at a rate of 50 percent daily.\nIt is estimated that 5,000 people fled.",
			published: "2023-06-01",
			want:      []want{{value: 2000000, speaker: "Microsoft"}, {value: 50, unit: "percent", speaker: "Microsoft"}, {value: 5000, noSpeaker: true}},
		},
		{
			name:      "a paragraph that closes a quote opened earlier; an opening quote after said",
			text:      "\"The incident occurred when boats were seen approaching...\nSeeing the warship, the skiffs tried to escape.\nWhile two boats managed to flee, searches were carried out on 3 boats,\" a defence spokesperson said.\nThe manager said, \"They poured in here like 40 or 50 people.",
			published: "2023-06-01",
			want:      []want{{value: 2, speaker: "defence spokesperson", quoted: true}, {value: 3, speaker: "defence spokesperson", quoted: true}},
		},
		{
			name:      "a toll far before its verb; a population",
			text:      "An aftershock shook the island on Monday as death toll from a strong earthquake a day before rose to 10. Qeshm has a population of more than 100,000.",
			published: "2023-06-01",
			want:      []want{{value: 10, counted: "death toll"}, {value: 100000, qualifier: "lower", counted: "population"}},
		},
		{
			name:      "a body named \"Office for National Statistics\" is one organisation",
			text:      "Inflation hit 10.1% in the year to September, the Office for National Statistics said.",
			published: "2023-10-20",
			want:      []want{{value: 10.1, unit: "percent", speaker: "Office for National Statistics"}},
		},
		{
			name:      "calibres are no figures; compound plurals are counted",
			text:      "Gray pointed a .38 caliber revolver at them. She had a .357 magnum. Felt is survived by two children and four grandchildren.",
			published: "2023-06-01",
			want:      []want{{value: 2, counted: "children"}, {value: 4, counted: "grandchildren"}},
			absent:    []float64{0.38, 0.357, 38, 357},
		},
		{
			name:      "an age before the role in apposition; abbreviated ranks after an inverted said",
			text:      "Mohammed Ali, 45, a shopkeeper, said 20 shops were burned. \"We lost 12 men,\" said Maj. Gen. John Smith, commander of the 1st Division.",
			published: "2023-06-01",
			want:      []want{{value: 20, speaker: "Mohammed Ali"}, {value: 12, speaker: "John Smith", quoted: true}},
		},
		{
			name:      "\"N others\" right after a count counts the same; \"the number of X ... to N\"",
			text:      "A car bomb exploded in Baghdad, killing at least 12 people and wounding 40 others, police said. Security forces arrested 25 suspects, bringing the total number of arrests to 140.",
			published: "2023-06-01",
			want:      []want{{value: 12, qualifier: "lower", counted: "people"}, {value: 40, counted: "people"}, {value: 25, counted: "suspects"}, {value: 140, counted: "arrests"}},
		},
		{
			name:      "places in apposition and off a coast; the UN is no place; sources, labels and names are no figures; told with an addressee",
			text:      "The quake hit Bandar Abbas, a city of 500,000 people. Three Internet cables were cut off the coast of Sicily. About 40 observers from the United Nations monitored the vote. \"It was terrible,\" said one young man. A 911 supervisor took the call. Purdue won the Big Ten title. The level was 0.10 percent, Officer Brian Pennings told The San Diego Union-Tribune.",
			published: "2023-06-01",
			want: []want{{value: 500000, scope: "Bandar Abbas"}, {value: 3, scope: "off the coast of Sicily"}, {value: 40, qualifier: "approx", scope: "-"},
				{value: 0.1, unit: "percent", speaker: "Brian Pennings"}},
			absent: []float64{1, 911, 10},
		},
		{
			name:      "a name written with a version number is a product, not a place",
			text:      "Attacks hit users of Internet Explorer 8.\nMicrosoft fixed 10 critical flaws in Internet Explorer.",
			published: "2023-06-01",
			want:      []want{{value: 10, scope: "-"}},
		},
		{
			name:      "a negation before a bound turns it around",
			text:      "He never hit fewer than 26 homers in a season. They did not find more than 40 bodies. He hit fewer than 12 doubles.",
			published: "2023-06-01",
			want:      []want{{value: 26, qualifier: "lower"}, {value: 40, qualifier: "upper"}, {value: 12, qualifier: "upper"}},
		},
		{
			name:      "\"including 29 over Kursk\" counts what the figure before counts; \"bringing total losses to\"",
			text:      "Russia's Defence Ministry claimed its air defences had shot down 83 Ukrainian drones overnight, including 29 over Kursk. Russian forces lost 1,540 soldiers, bringing total losses to about 697,000.",
			published: "2024-11-02",
			want: []want{{value: 83, counted: "Ukrainian drones"}, {value: 29, counted: "Ukrainian drones", scope: "over Kursk"},
				{value: 1540, counted: "soldiers"}, {value: 697000, qualifier: "approx", counted: "total losses"}},
		},
		{
			name:      "scope: the place the counted things belong to",
			text:      "The army controls 20 provinces of Afghanistan. Smog will descend upon the 20 million residents of Delhi. He ate 3 slices of the Paris cake.",
			published: "2023-06-01",
			want:      []want{{value: 20, scope: "of Afghanistan"}, {value: 20000000, scope: "of Delhi"}, {value: 3, scope: "-"}},
		},
		{
			name:      "spans of time with a modifier are no figures",
			text:      "Over six full seasons, he hit 203 homers. Hansbrough spent two full weeks on the decision. He was jailed for three straight years in prison.",
			published: "2023-06-01",
			want:      []want{{value: 203, counted: "homers"}},
			absent:    []float64{6, 2},
		},
		{
			name:      "a distance from a place; \"or more\" is a lower bound; a role at a place speaks",
			text:      "The Gibe was about 150 nautical miles (about 277km) from Aden. Quarterbacks threw for 300 yards or more. Commandos took 23 pirates into custody, a spokesperson at naval headquarters said.",
			published: "2023-06-01",
			want: []want{{value: 150, qualifier: "approx", scope: "from Aden"}, {value: 277, qualifier: "approx", scope: "from Aden"},
				{value: 300, qualifier: "lower"}, {value: 23, speaker: "spokesperson at naval headquarters"}},
		},
		{
			name:      "a quake's decimal is its magnitude; a place after a building's name; years and time references are no counts",
			text:      "Earlier on Sunday a 5.6 quake jolted the island. A man robbed a diamond exhibition at the Carlton Hotel in Cannes, making off with jewellery worth £88m. Two trips later, Artino scored. The '66 squad gained 380 yards rushing. Gibbs had eight of the Bluejays' 11 assists.",
			published: "2023-06-01",
			want: []want{{value: 5.6, counted: "magnitude"}, {value: 88000000, unit: "GBP", scope: "in Cannes"}, {value: 380, counted: "yards"},
				{value: 8, counted: "assists"}, {value: 11, counted: "assists"}},
			absent: []float64{2, 66},
		},
		{
			name:      "\"1 of 13 passes\" counts passes",
			text:      "He connected on 1 of 13 passes.",
			published: "2023-06-01",
			want:      []want{{value: 1, counted: "passes"}, {value: 13, counted: "passes"}},
		},
		{
			name:      "a lone \"one\" far after a list is no figure",
			text:      "He fired upon two correctional officers, took them hostage and forced them to drive to Baytown, Texas, where he restrained them, took their firearms and one of their uniforms.",
			published: "2023-06-01",
			want:      []want{{value: 2, counted: "correctional officers"}},
			absent:    []float64{1},
		},
		{
			name:      "bearings of two words; places with and between; sources with a dotted owner or at a firm",
			text:      "An earthquake registering 6.1 struck 60km south west of Bandar Abbas. The cut hit 59% of communications with Singapore. Three cables were severed between Sicily and Tunisia. Traffic fell 70%, according to the U.K.'s Interoute Plc. About 1,000 sites were hit, according to researchers at iDefense. The offer was as high as $184 million.",
			published: "2023-06-01",
			want: []want{{value: 60, scope: "south west of Bandar Abbas"}, {value: 59, unit: "percent", scope: "with Singapore"}, {value: 3, scope: "between Sicily and Tunisia"},
				{value: 70, unit: "percent", speaker: "U.K.'s Interoute Plc"}, {value: 1000, qualifier: "approx", speaker: "researchers at iDefense"},
				{value: 184000000, unit: "USD", qualifier: "upper"}},
		},
		{
			name:      "a quote over several paragraphs without quote marks in between",
			text:      "Shop owner Anna Pavlidou was angry.\n\"The government should resign.\nIt did not handle it well.\nIf it had, we would not have 355 damaged shops in Athens.\nWe will not open until Christmas, \" she told Reuters.\nPolice said 40 people were held.",
			published: "2023-06-01",
			want:      []want{{value: 355, speaker: "Anna Pavlidou", quoted: true}, {value: 40, speaker: "Police"}},
		},
		{
			name:      "\"X said one person\" reports a figure; streaks count; ratios keep their bound; ranks and two roles before a name",
			text:      "The NYPD said one person was arrested. They made the playoffs in 10 consecutive years. As many as 1 in 500 users were exposed. \"He shot one man,\" said Const. Tim Fanning.",
			published: "2023-06-01",
			want:      []want{{value: 1, counted: "person", speaker: "NYPD"}, {value: 10, counted: "consecutive years"}, {value: 0.002, qualifier: "upper", counted: "users"}},
		},
		{
			name:      "the agent of a passive estimate speaks; rates after \"of water\"; \"brought us up to\" is a level",
			text:      "The cost of damage in Athens was estimated by the Greek Commerce Confederation at about 200 million euros. Firefighters poured 5,000 gallons of water per minute onto the blaze. New bandwidth brought us up to 83% of capacity.",
			published: "2023-06-01",
			want: []want{{value: 200000000, unit: "EUR", qualifier: "approx", speaker: "Greek Commerce Confederation"}, {value: 5000, counted: "gallons of water per minute"},
				{value: 83, unit: "percent", qualifier: "exact"}},
		},
		{
			name:      "money taken from a place modifying a noun; people from a place are not there",
			text:      "Four robbers stole $137 million in jewels from a famed Paris store. Two patients from the Inner Mongolia province were quarantined at a hospital in Beijing.",
			published: "2023-06-01",
			want:      []want{{value: 137000000, unit: "USD", scope: "Paris"}, {value: 2, scope: "in Beijing"}},
		},
		{
			name:      "questions claim nothing; \"about one person\" is no figure; an island named after \"of\"; a document's issuer",
			text:      "Should the Yankees go higher than $25 million a season? McDermott now has 2,029 points, but who is counting? It is not just about one person. The quake injured 50 people on the Persian Gulf island of Qeshm. Two inmates escaped, according to a Texas prison statement.",
			published: "2023-06-01",
			want: []want{{value: 2029, counted: "points"}, {value: 50, scope: "on the Persian Gulf island of Qeshm"},
				{value: 2, speaker: "Texas prison"}},
			absent: []float64{25000000, 1},
		},
		{
			name:      "a record in brackets takes no sole place",
			text:      "Bowe (45-1, 33 KOs) had been training in Germany since September.",
			published: "2023-06-01",
			want:      []want{{value: 33, scope: "-"}},
		},
		{
			name:      "\"one person is believed to\" is passive, not a source",
			text:      "One person is believed to have been arrested, and no injuries were reported.",
			published: "2023-06-01",
			want:      []want{{value: 1, counted: "person"}},
		},
		{
			name:      "\"X island, home to N people\"; a league is no place; heights in words are no figures; speculates",
			text:      "The quake struck Qeshm island, home to 120,000 people. They took Detroit to six games in the Eastern Conference quarterfinal. The six-foot-five champ won. The newspaper speculates the deal is worth at least $160 million.",
			published: "2023-06-01",
			want: []want{{value: 120000, scope: "Qeshm island"}, {value: 6, scope: "-"},
				{value: 160000000, unit: "USD", qualifier: "lower", speaker: "newspaper"}},
		},
		{
			name:      "a source named with a who-clause before its speech verb",
			text:      "\"It was awful,\" one woman, who identified herself as Ana, told NY1. One man, who was 40, died.",
			published: "2023-06-01",
			want:      []want{{value: 1, counted: "man"}},
			absent:    []float64{40},
		},
		{
			name:      "a plural possessive in the speaker's name",
			text:      "Robbers stole 85 diamonds, the city prosecutors' office said.",
			published: "2023-06-01",
			want:      []want{{value: 85, speaker: "city prosecutors' office"}},
		},
		{
			name:      "put the toll at N",
			text:      "Police put the march at roughly 30,000 people. Officials put the death toll at 37. He put the book on the shelf at 5 pm.",
			published: "2023-06-01",
			want:      []want{{value: 30000, qualifier: "approx", speaker: "Police"}, {value: 37, speaker: "Officials"}},
			absent:    []float64{5},
		},
		{
			name:      "data from a named origin, claimed its, citing appositives, a name between commas",
			text:      "Figures from the UN show 3 million refugees have fled. Polls show 60% support. Russia's defence ministry claimed its forces had destroyed 30 tanks. The New York Times, citing US officials, reported 8,000 troops. Officials, speaking on condition of anonymity, said 5 people died. The agency's chief, Rafael Grossi, said 2 reactors were shut.",
			published: "2023-06-01",
			want: []want{{value: 3000000, speaker: "UN"}, {value: 60, unit: "percent", noSpeaker: true}, {value: 30, speaker: "Russia's defence ministry"},
				{value: 8000, speaker: "New York Times"}, {value: 5, speaker: "Officials"}, {value: 2, speaker: "Rafael Grossi"}},
		},
		{
			name:      "a place that owns a place stays the scope",
			text:      "A quake leveled seven villages in Iran's southern area. Four men robbed 3 stores near Paris's chic Place Vendome.",
			published: "2023-06-01",
			want:      []want{{value: 7, scope: "in Iran"}, {value: 3, scope: "near Paris"}},
		},
		{
			name:      "a list entry with a colon is not a headline quote",
			text:      "Officers arrested Elizabeth A. Burton on Monday.\nThey were held on the following charges:\nElizabeth A. Burton: Possession of methamphetamine, held in jail in lieu of $70,000 bond.",
			published: "2023-06-01",
			want:      []want{{value: 70000, unit: "USD", noSpeaker: true}},
		},
		{
			name:      "statement from an organisation on the same day as an earlier date",
			text:      "The agency warned of flooding on 3 May 2023. A statement from the Red Cross on the same day said 1,200 volunteers had been sent to Cork.",
			published: "2023-05-20",
			want:      []want{{value: 1200, speaker: "Red Cross", asOf: "2023-05-03", scope: "to Cork"}},
		},
		{
			name:      "a duration is not a claim",
			text:      "It was the first time in 50 years that the river froze.",
			published: "2023-05-20",
			none:      true,
		},
		{
			name:      "appositive between name and verb",
			text:      "Jan Novak, the head of the fire service, confirmed that 14 firefighters were hurt.",
			published: "2023-05-20",
			want:      []want{{value: 14, speaker: "Jan Novak"}},
		},
		{
			name:      "participle takes the main subject",
			text:      `Mayor Ruth Ade said the storm was the worst in memory, adding, "We counted 2,300 homes without power."`,
			published: "2023-05-20",
			want:      []want{{value: 2300, speaker: "Ruth Ade", role: "Mayor", quoted: true}},
		},
		{
			name:      "quote running over two paragraphs",
			text:      "\"We have seen nothing like it.\n\"Some 600 homes were destroyed in the valley,\" Governor Sam Ito told reporters.",
			published: "2023-05-20",
			want:      []want{{value: 600, qualifier: "approx", speaker: "Sam Ito", role: "Governor", quoted: true}},
		},
		{
			name:      "said with a weekday dates the speech act",
			text:      "About 75 ships are waiting near the port, the coast guard said Tuesday.",
			published: "2023-03-09", // a Thursday
			want:      []want{{value: 75, qualifier: "approx", speaker: "coast guard", asOf: "2023-03-07"}},
		},
		{
			name:      "past report without a date has no as-of date",
			text:      "The council said 40 buses were bought.",
			published: "2023-03-09",
			want:      []want{{value: 40, speaker: "council", asOf: "-"}},
		},
		{
			name:      "country as speaker, place scope",
			text:      "For months, Poland has been warning that 3,000 migrants are at the border in Belarus.",
			published: "2023-03-09",
			want:      []want{{value: 3000, speaker: "Poland"}},
		},
		{
			name:      "a verb with a non-speech sense does not attribute",
			text:      "The Nasdaq Composite added 20.7 points to 11,000, and the index posted 300 new highs.",
			published: "2023-03-09",
			want:      []want{{value: 20.7, noSpeaker: true}, {value: 300, noSpeaker: true}},
		},
		{
			// "reported" names the source of a figure, speech or not.
			name:      "the subject of reported is the source",
			text:      "The company reported 300 new stores. Indiana State Police reported at least 5,000 people entered the Statehouse.",
			published: "2023-03-09",
			want:      []want{{value: 300, speaker: "company"}, {value: 5000, qualifier: "lower", speaker: "Indiana State Police"}},
		},
		{
			name:      "common attribution forms",
			text:      "A quake killed at least seven people, Iranian media said. Police said two women died. A police source said 40 people were hurt. Edmunds expects 16.6 million vehicles will be sold. According to a report in the Los Angeles Times, the deal is worth $90 million. The outages hit 30,000 customers, PG&E officials said.",
			published: "2023-03-09",
			want: []want{{value: 7, qualifier: "lower", speaker: "Iranian media"}, {value: 2, speaker: "Police"}, {value: 40, speaker: "police source"},
				{value: 16600000, speaker: "Edmunds"}, {value: 90000000, unit: "USD", speaker: "Los Angeles Times"}, {value: 30000, speaker: "PG&E officials"}},
		},
		{
			name:      "a passive subject is not a speaker",
			text:      "Only three games on the service have been announced.",
			published: "2023-03-09",
			want:      []want{{value: 3, noSpeaker: true}},
		},
		{
			name:      "role noun with a place",
			text:      "Health authorities in Mongolia's Bayan-Ölgii province have confirmed that 26 people were infected.",
			published: "2023-03-09",
			want:      []want{{value: 26, speaker: "Health authorities in Mongolia's Bayan-Ölgii province"}},
		},
		{
			name:      "middle initial and a possessive office",
			text:      "\"About 36% of imports are computers,\" said Mary E. Lovely. The country's public defender's office said another 30 people were injured.",
			published: "2023-03-09",
			want:      []want{{value: 36, unit: "percent", speaker: "Mary E. Lovely", quoted: true}, {value: 30, speaker: "public defender's office"}},
		},
		{
			name:      "of them takes the counted thing before it",
			text:      "The army said 5,000 reservists were called up, with 2,000 of them sent to Narva.",
			published: "2023-03-09",
			want:      []want{{value: 2000, scope: "to Narva"}},
		},
		{
			name:      "of them refers to a plural noun earlier in the sentence",
			text:      "Commandos caught pirates in the Gulf of Aden and took 23 of them into custody. Police arrested protesters in several cities and held 20 of them overnight. The group says 12 of them died.",
			published: "2023-03-09",
			want:      []want{{value: 23, counted: "pirates"}, {value: 20, counted: "protesters"}, {value: 12, counted: "protesters"}},
		},
		{
			name:      "a lone adjective shares the noun of the next count; places named by a feature or before with",
			text:      "In addition to the 12 Somali and 11 Yemeni suspects, the navy seized boats. Pirates captured 22 Yemeni fishermen in the Gulf of Aden. They took the ships to regions in Somalia, with an estimated 1,500 pirates. Pirates attacked nearly 100 vessels off Somalia's coast.",
			published: "2023-03-09",
			want: []want{{value: 12, counted: "Somali suspects"}, {value: 11, counted: "Yemeni suspects"},
				{value: 22, counted: "Yemeni fishermen", scope: "in the Gulf of Aden"}, {value: 1500, scope: "in Somalia"}, {value: 100, scope: "off Somalia"}},
		},
		{
			name:      "quoted as saying, management, and figures outside the attributed clause",
			text:      "State news agency IRNA quoted the head of the free-trade zone, Ali Rezapour, as saying 50 schools were damaged. Company management said sales growth will be 3.5%. The cause was not known, said the Press Democrat newspaper in Santa Rosa, 55 miles north of San Francisco. In 1985 a crackdown indicted 12 top hoodlums, but not Gigante, who some experts said was the leader. Stocks fell, down 1.8%. Lowe's reports earnings Wednesday.",
			published: "2023-03-09",
			want: []want{{value: 50, speaker: "Ali Rezapour"}, {value: 3.5, unit: "percent", speaker: "Company management"},
				{value: 55, noSpeaker: true}, {value: 12, noSpeaker: true}, {value: 1.8, unit: "percent", noSpeaker: true}},
		},
		{
			name:      "a past year dates a figure to no single day; this year does not stop the report's day",
			text:      "An estimated 964,000 people reported a methamphetamine use disorder in 2017, the survey said. So far this year 120 people have been treated, officials say.",
			published: "2019-11-19",
			want:      []want{{value: 964000, asOf: "-"}, {value: 120, asOf: "2019-11-19"}},
		},
		{
			name:      "on the day right after a market move is the session reported",
			text:      "Stocks slipped late on Monday.\nSterling was last at $1.2925, down 0.21% on the day, traders said.",
			published: "2019-11-19",
			want:      []want{{value: 0.21, unit: "percent", asOf: "2019-11-19"}},
		},
		{
			name:      "another N and N more count the thing counted before them",
			text:      "Around 1,000 people are housed in tents and another 2,000 are waiting, officials said. Police arrested 40 protesters on Monday and 25 more on Tuesday.",
			published: "2023-03-09",
			want:      []want{{value: 2000, counted: "people", speaker: "officials"}, {value: 25, counted: "protesters"}},
		},
		{
			name:      "one person after an adjective",
			text:      "Police say the gunman opened fire, killing one male employee. It was one big problem.",
			published: "2023-03-09",
			want:      []want{{value: 1, counted: "male employee", speaker: "Police"}},
		},
		{
			name:      "a place inside an organisation's name is not the figure's",
			text:      "The Organization for Security and Cooperation in Europe sent eight experts to monitor the poll.",
			published: "2023-03-09",
			want:      []want{{value: 8, scope: "-"}},
		},
		{
			name:      "claims with a pronoun subject after it, and is reporting",
			text:      "The Indian Navy claims they have captured 23 pirates. MSNBC is reporting that 11 ships were freed.",
			published: "2023-03-09",
			want:      []want{{value: 23, speaker: "Indian Navy"}, {value: 11, speaker: "MSNBC"}},
		},
		{
			name:      "a name with its role in apposition speaks",
			text:      "Mark Rutte, NATO's secretary general, said 10,000 troops were there. \"There are 8,000 soldiers,\" said John Kirby, the White House spokesman. The head of the zone, Ali Rezapour, said 50 schools were damaged. When President Trump's advisers suggested buying $20 billion in farm goods, he balked. John Williams, president of the New York Fed, spoke later.",
			published: "2023-03-09",
			want: []want{{value: 10000, speaker: "Mark Rutte", role: "NATO's secretary general"}, {value: 8000, speaker: "John Kirby", role: "White House spokesman", quoted: true},
				{value: 50, speaker: "Ali Rezapour", role: "head of the zone"}, {value: 20e9, unit: "USD", speaker: "President Trump's advisers"}},
		},
		{
			name:      "local media and a death toll that rose",
			text:      "The death toll rose to 37, local media reported. Senior officials said 10 people were missing.",
			published: "2023-03-09",
			want:      []want{{value: 37, counted: "death toll", speaker: "local media"}, {value: 10, speaker: "Senior officials"}},
		},
		{
			name:      "findings and projections that, a subject before its relative clause, a sentence adverb before according to",
			text:      "The Lancet Commission on pollution and health found that in 2015, there were 9 million premature deaths. The Tax Foundation projected in May that tariffs would cut GDP by 0.25 percent. Washington-based analysts who have done the calculations say exports could reach $30 billion. Meanwhile, according to Newsday, Teixeira has an offer worth $22 million. The first thing they found out is that the three writers met.",
			published: "2023-03-09",
			want: []want{{value: 9e6, speaker: "Lancet Commission on pollution and health"}, {value: 0.25, unit: "percent", speaker: "Tax Foundation"},
				{value: 30e9, unit: "USD", speaker: "Washington-based analysts"}, {value: 22e6, unit: "USD", speaker: "Newsday"}, {value: 3, noSpeaker: true}},
		},
		{
			name:      "a figure after a cue that closes its clause is narration",
			text:      "\"Ed just was not seeing any progress,\" the source said, and Stefanski expected more from a team that signed Brand to an $82 million deal. A statement from the White House on the same day indicated that more than 3,000 soldiers had arrived.",
			published: "2023-03-09",
			want:      []want{{value: 82e6, unit: "USD", noSpeaker: true}, {value: 3000, speaker: "White House"}},
		},
		{
			name:      "hyphenated modifiers and fixed phrases are no figures, measures and streaks are",
			text:      "The plan backs a two-state solution. His last 10-game stretch was poor. He kicked a 45-yard field goal. A 5,000-strong crowd gathered. Nixon called it a third-rate burglary. The Fed cut rates by a quarter-point. Their offer to free-agent 1B Mark Teixeira stands. He drank a half-liter of vodka. Cleveland owns an 11-game win streak. Police found a 9-mm handgun.",
			published: "2023-03-09",
			want:      []want{{value: 45, counted: "yard"}, {value: 5000, counted: "strong"}, {value: 0.25}, {value: 0.5}, {value: 11, counted: "game"}, {value: 9, counted: "mm"}},
			absent:    []float64{2, 10, 1.0 / 3, 1e9},
		},
		{
			name:      "the one place a sentence names scopes its figures; names that are not places do not",
			text:      "Smog returned to the streets in Delhi this week. Some of the biggest emitters are Delhi's more than 10 million vehicles. India suffered the worst toll, with more than 2.5 million deaths. More than a third of WeWork's 12,000 employees will lose their jobs, after WeWork staff in WeWork offices met. The Orioles offered Mark Teixeira a deal worth $140 million. Greece will receive loans from the other 15 countries.",
			published: "2023-03-09",
			want: []want{{value: 10e6, scope: "Delhi"}, {value: 2.5e6, scope: "India"}, {value: 12000, scope: "-"},
				{value: 140e6, unit: "USD", scope: "-"}, {value: 15, scope: "-"}},
		},
		{
			name:      "a noun after a preposition is not a subject",
			text:      "A motorist spotted a vehicle described on radio reports and notified authorities, touching off a 30-mile pursuit that reached speeds of 120 mph, officials said.",
			published: "2023-03-09",
			want:      []want{{value: 30, speaker: "officials"}, {value: 120, speaker: "officials"}},
		},
		{
			name:      "they means a group, never the one person who spoke last",
			text:      "Prosecutors said the gang had 40 members. Rosa Ortiz said she saw the car. \"He had two chances,\" they said.",
			published: "2023-03-09",
			want:      []want{{value: 40, speaker: "Prosecutors"}, {value: 2, speaker: "Prosecutors", quoted: true}},
		},
		{
			name:      "multi-word places after in; a body's release; a manager",
			text:      "Police arrested four men in New York. The quake killed 10 people in Bandar Abbas yesterday. A Defence Ministry release said 23 pirates were held. The manager said 30 workers were laid off. Four men were held in Donald Trump's cabinet.",
			published: "2023-03-09",
			want: []want{{value: 4, scope: "in New York"}, {value: 10, scope: "in Bandar Abbas"}, {value: 23, speaker: "Defence Ministry"},
				{value: 30, speaker: "manager"}},
		},
		{
			name:      "places after at and along when the article knows them as places; court jargon and weekdays",
			text:      "With two deaths at Mt Cook National Park this weekend, police were pushed. He scored 20 points at Google. It was a traditional three-point play. Jones was injured two Sundays ago. The quake damaged 1,500 houses on the island of Qeshm. He posted 5 videos on Twitter.",
			published: "2023-03-09",
			want:      []want{{value: 2, scope: "at Mt Cook National Park"}, {value: 20, scope: "-"}, {value: 1500, scope: "on the island of Qeshm"}, {value: 5, scope: "-"}},
			absent:    []float64{3},
		},
		{
			name:      "a denied speech act names the speaker but not the figure's source",
			text:      "The ministry declined to confirm that 300 troops had died. Cornstein refused to disclose how much of the $1.5 million he had spent. Officials would not say whether 40 people were held. The army said 12 tanks were lost.",
			published: "2023-03-09",
			want: []want{{value: 300, noSpeaker: true}, {value: 1.5e6, unit: "USD", noSpeaker: true}, {value: 40, noSpeaker: true},
				{value: 12, speaker: "army"}},
		},
		{
			name:      "a subject with a relative clause or a name in apposition before said",
			text:      "The police source, who wished to remain anonymous, said 40 people were held. Horton's mother, Denise Peace, said 3 shots were fired.",
			published: "2023-03-09",
			want:      []want{{value: 40, speaker: "police source"}, {value: 3, speaker: "Denise Peace"}},
		},
		{
			name:      "who counted the figure; a place before the verb is no speaker",
			text:      "Trend Micro has identified more than 10,000 infected sites. Local evening news in Michigan reported that 3 people died. Officials in Kyiv said 12 drones were downed. Temperatures recorded 40 degrees in Delhi.",
			published: "2023-03-09",
			want:      []want{{value: 10000, speaker: "Trend Micro"}, {value: 3, noSpeaker: true}, {value: 12, speaker: "Officials in Kyiv"}, {value: 40, noSpeaker: true}},
		},
		{
			name:      "code review cases: rates, compounds and speakers that must stay",
			text:      "They imposed 100% tariffs on steel. It was a 100 percent increase. The 27-nation bloc agreed. A 5.6-magnitude earthquake struck. The project will cost $1.5 billion, said Mayor John Smith, who added that 300 homes would be built. Deaths top 20,000.",
			published: "2023-03-09",
			want: []want{{value: 100, unit: "percent"}, {value: 27, counted: "nation"}, {value: 5.6, counted: "magnitude"},
				{value: 1.5e9, unit: "USD", speaker: "John Smith"}, {value: 300, speaker: "John Smith"}},
		},
		{
			name:      "names with capital words and plural-looking titles still resolve",
			text:      "Minister for Foreign Affairs Penny Wong visited Jakarta. The Minister for Foreign Affairs said 12 projects were signed. CJ Stroud threw for 300 yards. \"We scored 40 points,\" he said.",
			published: "2023-03-09",
			want:      []want{{value: 12, speaker: "Penny Wong"}, {value: 40, speaker: "CJ Stroud", quoted: true}},
		},
		{
			name:      "game statistics take no team's place, and posting points is no speech",
			text:      "The nation's leading scorer, Stephen Curry, posted a game-high 29 points in the win. Mike Williams scored 22 points for South Florida.",
			published: "2023-03-09",
			want:      []want{{value: 29, noSpeaker: true}, {value: 22, scope: "-"}},
		},
		{
			name:      "people named by their part in the story speak; a time between subject and verb",
			text:      "The gunman said 3 people were shot. Hastings this morning announced that a $35,000 reward is offered. The ministry yesterday said 40 people died.",
			published: "2023-03-09",
			want:      []want{{value: 3, speaker: "gunman"}, {value: 35000, unit: "USD", speaker: "Hastings"}, {value: 40, speaker: "ministry"}},
		},
		{
			name:      "N of them after a count in the sentence before",
			text:      "Police arrested 12 men. Four of them were charged.",
			published: "2023-03-09",
			want:      []want{{value: 4, counted: "men"}},
		},
		{
			name:      "earthquake magnitudes",
			text:      "The quake measured 5.6 on the Richter scale, officials said. A magnitude-6.1 aftershock followed. The third quake had a magnitude of 4.2.",
			published: "2023-03-09",
			want:      []want{{value: 5.6, counted: "magnitude", speaker: "officials"}, {value: 6.1, counted: "magnitude"}, {value: 4.2, counted: "magnitude"}},
		},
		{
			name:      "a mother of 13 counts children",
			text:      "Video of Brooklyn Mother of 13 Zurana Horton was revealed Thursday.",
			published: "2023-03-09",
			want:      []want{{value: 13, counted: "children"}},
		},
		{
			name:      "according to a source that is not a name",
			text:      "The bond hit 16.1% on Monday, according to data from MarketAxess. Ten of 18 guards were working overtime, according to federal prison records. At least 300 people attended, according to reports. At least 106 protesters were killed, according to credible reports received by Amnesty.",
			published: "2023-03-09",
			want:      []want{{value: 16.1, speaker: "MarketAxess"}, {value: 18, speaker: "federal prison records"}, {value: 300, noSpeaker: true}, {value: 106, speaker: "Amnesty"}},
		},
		{
			name:      "according to a described report, to data named by its issuer",
			text:      "But according to a new CBS News poll, his support fell to 35%. The toll reached 60,000 deaths, according to government data. At least 400 people marched, according to estimates. It was capitalised at US$100 million.",
			published: "2023-03-09",
			want:      []want{{value: 35, speaker: "CBS News"}, {value: 60000, speaker: "government data"}, {value: 400, noSpeaker: true}, {value: 100e6, scope: "-"}},
		},
		{
			name:      "lower-case bodies and forecast verbs speak",
			text:      "Clients paid up to $600 an hour, the feds announced. Prices rose after the International Monetary Fund projected consumer prices would rise by 7.3 percent. The projected 2.1 percent rise alarmed investors.",
			published: "2023-03-09",
			want:      []want{{value: 600, speaker: "feds"}, {value: 7.3, speaker: "International Monetary Fund"}, {value: 2.1, noSpeaker: true}},
		},
		{
			name:      "a court role set off by commas hides no subject",
			text:      "The fitting was done by Andrew Hartley. Michael Fitton, defending, said Hartley had 20 years of experience. He said that Hartley had closed his business after borrowing 20,000 pounds from his parents.",
			published: "2023-03-09",
			want:      []want{{value: 20000, speaker: "Michael Fitton"}},
		},
		{
			name:      "an unnamed one speaks on into the next quote; reporting for duty is no speech",
			text:      "\"Meadows screwed everybody,\" said one GOP operative in the state. \"About 15 percent of the General Assembly is out there in the mountains.\" Ten of the 18 staffers who reported for duty were working overtime.",
			published: "2023-03-09",
			want:      []want{{value: 15, speaker: "GOP operative", quoted: true}, {value: 10, noSpeaker: true}},
		},
		{
			name:      "a contrast opens a clause of its own; a country tallies its own count",
			text:      "Spain has recorded about 157,000 cases, while China, where the virus emerged, has nearly 83,000 cases. The Tax Foundation projected that tariffs would cut GDP by 0.25 percent, while eliminating 195,600 jobs. Poland also reported 25.9 new cases per 100,000 people.",
			published: "2023-03-09",
			want: []want{{value: 157000, scope: "Spain", speaker: "Spain"}, {value: 83000, scope: "China", noSpeaker: true},
				{value: 195600, speaker: "Tax Foundation"}, {value: 25.9, scope: "Poland"}},
		},
		{
			name:      "places owning the figure or its noun; idioms and mass nouns",
			text:      "The blackouts hit California's three investor-owned power providers. About 13% of the US population is African American. It left 240 million people in the Americas without a shot. Two natural gas power plants shut down. He wants it to be 100% accurate. Washington's 30 points led the Wizards.",
			published: "2023-03-09",
			want: []want{{value: 3, scope: "California"}, {value: 13, counted: "population", scope: "US"}, {value: 240e6, scope: "in the Americas"},
				{value: 2, counted: "natural gas power plants"}, {value: 30, scope: "-"}},
			absent: []float64{100},
		},
		{
			name:      "a tally stated by a copula; a participle after a possessive is an adjective",
			text:      "The state's confirmed caseload is nearly 162,000. Turnout was 2,500. His age is 40. The city's estimated 3,000 homeless people sleep outside.",
			published: "2023-03-09",
			want:      []want{{value: 162000, counted: "caseload", noSpeaker: true}, {value: 2500, counted: "turnout"}, {value: 3000, counted: "homeless people", noSpeaker: true}},
			absent:    []float64{40},
		},
		{
			name:      "words before a role and a name; a role does not point forward to a later name",
			text:      "\"We sold 300 cars,\" noted Maryland-based product liability lawyer Jim Dunham. One Washington-based trade expert said the deal needs $40 billion in purchases. US Trade Representative Robert Lighthizer disagreed.",
			published: "2023-03-09",
			want:      []want{{value: 300, speaker: "Jim Dunham", quoted: true}, {value: 40e9, speaker: "Washington-based trade expert"}},
		},
		{
			name:      "a date after a comparison dates the baseline, not the figure; a bound's than is no comparison",
			text:      "Saturday's peak demand, according to Mr. Marcus, reached 44,947 megawatts, much lower than the 46,797 he saw on Friday. More than 1,300 scientists today called on the agency to act.",
			published: "2020-08-16",
			want:      []want{{value: 44947, asOf: "2020-08-15"}, {value: 1300, asOf: "2020-08-16"}},
		},
		{
			name:      "a day in a year named from the report's; a period after from is a baseline",
			text:      "Net asset value per share was S$2.06 as at Aug 31, down from S$2.16 as at Aug 31 last year. Revenue rose 12 percent from the third quarter of 2019.",
			published: "2020-09-15",
			want:      []want{{value: 2.16, asOf: "2019-08-31"}, {value: 12, unit: "percent", asOf: "-", period: "-"}},
		},
		{
			name:      "a name inside a subject modifies its head; an adverb between the verb and the figure",
			text:      "The total WTA Finals prize pool is £7,423,550. In 2017, as a prologue to Ulez, London-wide compliance was just 39 per cent. The average salary is now £40,000. It puts out 151 PS, which Nissan claims is a 20% improvement. The average price of a new SUV sold in October was $41,640. The cost of a new SUV imported last year was $52,300. Harlow Foods rose 3 percent.",
			published: "2023-11-02",
			want: []want{{value: 7423550, unit: "GBP", counted: "prize pool"}, {value: 39, counted: "compliance"}, {value: 40000, counted: "average salary"},
				{value: 20, counted: "-"}, {value: 41640, counted: "-"}, {value: 52300, counted: "-"}, {value: 3, counted: "-"}},
		},
		{
			name:      "the country is the one the article named last, or a demonym's in the paragraph, or the one that runs through the article",
			text:      "Infant mortality in the US is high. The infant death rate in the country increased by 3 percent.\nThe U.S. spends more than other rich nations, and the United States lags.\nIn Georgia, Joy Baker runs a clinic. We are about 9,000 doctors short in this country, Baker said.\nBEIJING - Chinese authorities found 40 cases across the country.\nRecord sales rose 5 percent in the country music charts.",
			published: "2023-11-09",
			want:      []want{{value: 3, scope: "US"}, {value: 9000, scope: "United States"}, {value: 40, scope: "China"}, {value: 5, scope: "-"}},
		},
		{
			name:      "a body that released data speaks for the figures after the colon",
			text:      "This week, the Centers for Disease Control and Prevention (CDC) released new data on a tragic trend: more than 3,700 cases of congenital syphilis were reported in 2022. The band released new songs: 12 tracks in all.",
			published: "2023-11-09",
			want:      []want{{value: 3700, qualifier: "lower", speaker: "Centers for Disease Control and Prevention"}, {value: 12, noSpeaker: true}},
		},
		{
			name:      "the state is the state the article named last",
			text:      "New York reported 700 deaths on Monday. The state's confirmed caseload is nearly 162,000. The state department said 40 people were hurt. Across the state, 12 schools closed. Lawmakers approved 30 bills in the state legislature.",
			published: "2020-04-10",
			want:      []want{{value: 162000, scope: "New York"}, {value: 40, scope: "-"}, {value: 12, scope: "New York"}, {value: 30, scope: "-"}},
		},
		{
			name:      "the state or the country opening a sentence; a union is no country",
			text:      "Bihar reported 40 new deaths. The state at present has 3,632 active cases.\nIn July, Norway banned the ads, and the EU backed it. The country then started fining Meta $100,000 a day.",
			published: "2020-07-01",
			want:      []want{{value: 3632, scope: "Bihar"}, {value: 100000, scope: "Norway"}},
		},
		{
			name:      "a study in a journal speaks for the journal; a survey in a country does not",
			text:      "One study published this May in JAMA Pediatrics found that just over 340 children died. A study in The Lancet found that 40 percent of patients improved. A survey in France found that 12 percent of voters agreed.",
			published: "2023-11-08",
			want:      []want{{value: 340, speaker: "JAMA Pediatrics"}, {value: 40, speaker: "Lancet"}, {value: 12, noSpeaker: true}},
		},
		{
			name:      "a top or bottom percent names a group, not a figure",
			text:      "The wealthiest 1 percent took home about 8.5 percent of national income. The bottom 90 percent saw a decline. In a society whose richest 0.1 percent command as much as the bottom 90 percent, prices rose 3 percent.",
			published: "2019-05-01",
			want:      []want{{value: 8.5, qualifier: "approx"}, {value: 3}},
			absent:    []float64{1, 90, 0.1},
		},
		{
			name:      "dates of baselines and of other clauses",
			text:      "His support fell from 54% in August to 35%, the poll found. Approval fell from 48.5% in July to 31%. The top 1 percent captured more than 14 percent of national income, more than double the amount they took home in the late 1970s. For black women, the wage gap in 1979 was only 6 percent; by 2015, it had jumped to 19 percent. In May, sales rose 5 percent; profit rose 3 percent. He holds 24.4% of the company as of March 20. The rate averaged 5.7 percent in October, down from 6.2 percent a year earlier.",
			published: "2019-11-20",
			want: []want{{value: 54, period: "2019-08"}, {value: 35, period: "-"}, {value: 48.5, period: "2019-07"}, {value: 31, period: "-"}, {value: 14, period: "-"}, {value: 6, period: "1979"}, {value: 19, period: "2015"},
				{value: 5, period: "2019-05"}, {value: 3, period: "2019-05"}, {value: 24.4, asOf: "2019-03-20"}, {value: 5.7, period: "2019-10"}},
		},
		{
			name:      "a where-clause's date is not the figure's; periods of months and decades keep their span",
			text:      "Spain has recorded about 157,000 cases, while China, where the virus emerged last year, has nearly 83,000 cases. Sales rose 12 percent in the third quarter of 2019. In the 1990s, the firm sold 40 planes.",
			published: "2020-04-10",
			want:      []want{{value: 157000, period: "-"}, {value: 83000, period: "-"}, {value: 12, period: "2019-07/2019-09"}, {value: 40, period: "1990/1999"}},
		},
		{
			name:      "a business noun heads a speaker: a brokerage, an automaker, a watchdog",
			text:      "Growth will fall to 1.6 per cent, an American brokerage said on Wednesday. Consumption will fall 40 per cent, the brokerage said. The German automaker says the wagon will go 300 miles on a charge. The watchdog said 12 firms were fined.",
			published: "2020-04-08",
			want:      []want{{value: 1.6, speaker: "American brokerage"}, {value: 40, speaker: "brokerage"}, {value: 300, speaker: "German automaker"}, {value: 12, speaker: "watchdog"}},
		},
		{
			name:      "a sentence opening on throughout or across scopes its figures",
			text:      "Throughout the Gaza Strip, about 13% of all structures have been damaged. Across Ukraine, 40 towns lost power.",
			published: "2023-11-08",
			want:      []want{{value: 13, scope: "Throughout the Gaza Strip"}, {value: 40, scope: "Across Ukraine"}},
		},
		{
			name:      "touting and boasting of figures is stating them",
			text:      "The administration touts as successes an unemployment rate under 4% and 800,000 manufacturing jobs. The White House has previously touted estimates that 2.2 million Americans could die.",
			published: "2023-11-08",
			want:      []want{{value: 4, speaker: "administration"}, {value: 800000, speaker: "administration"}, {value: 2.2e6, speaker: "White House"}},
		},
		{
			name:      "a second according-to speaks for the clause after the first",
			text:      "Strikes killed over 10,000 Palestinians, according to the ministry, and displaced nearly 1.5 million people, according to United Nations figures.",
			published: "2023-11-08",
			want:      []want{{value: 10000, speaker: "ministry"}, {value: 1.5e6, speaker: "United Nations"}},
		},
		{
			name:      "a relative clause measures the noun before it",
			text:      "He ran up data fees, which totalled £10,935.74, on his iPad. He praised Harlow Motors, which grew 5 percent.",
			published: "2023-11-08",
			want:      []want{{value: 10935.74, unit: "GBP", counted: "data fees"}, {value: 5, counted: "-"}},
		},
		{
			name:      "a survey reveals that, data published by a body shows that",
			text:      "The Deltapoll survey reveals that 68 per cent of people believed it. Data published by OpenAI shows that compute grew to 300,000 units. The EU aims for net zero emissions by 2050.",
			published: "2023-03-09",
			want:      []want{{value: 68, speaker: "Deltapoll"}, {value: 300000, speaker: "OpenAI"}},
			absent:    []float64{0},
		},
		{
			name:      "a name in apposition to a long title speaks; an inverted said after an opening adverb governs what follows",
			text:      "Chief Executive Officer (Acting) of the Zone Authority, Gary Scott, added that two exciting events will be taking place. Currently, said Dr. John Smith, the director of the hospital, there are 70 children registered as patients. The clinic grew to 300 beds, said Dr. Ann Lee, who runs it.",
			published: "2023-03-09",
			want:      []want{{value: 2, speaker: "Gary Scott"}, {value: 70, speaker: "John Smith"}, {value: 300, speaker: "Ann Lee"}},
		},
		{
			name:      "a pronoun passes over bodies named after the person",
			text:      "Dr Tony Holohan said 30 people were in hospital.\nLast night Tanaiste Leo Varadkar made a strong claim on Newstalk that Ryanair had no answers.\nHe said: \"We asked them what do we say to the 400,000 people who would lose their jobs.\"",
			published: "2023-03-09",
			want:      []want{{value: 30, speaker: "Tony Holohan"}, {value: 400000, speaker: "Tanaiste Leo Varadkar", quoted: true}},
		},
		{
			name:      "review fixes: a contrast inside speech, a clause before an inverted said, a clause after a speaker, a role's head",
			text:      "The ministry said 30 people died, while 50 others were injured. Prices rose, said John Smith, the owner of 40 shops. \"We sold 300 cars,\" said GM after lawyer Jim Dunham sued. Health Minister Simon Harris spoke on Monday. A health economist said the plan costs $20 million. The survey found 100% satisfied customers.",
			published: "2023-03-09",
			want: []want{{value: 30, speaker: "ministry"}, {value: 50, speaker: "ministry"}, {value: 40, noSpeaker: true},
				{value: 300, speaker: "GM", quoted: true}, {value: 20e6, speaker: "health economist"}, {value: 100}},
		},
		{
			name:      "a pronoun after a speaker is not a name inside what the speaker said",
			text:      "The fitting was done by Andrew Hartley. In court, Michael Fitton said Hartley had 20 years of experience. He said that Hartley had closed his business after borrowing 20,000 pounds from his parents.",
			published: "2023-03-09",
			want:      []want{{value: 20000, speaker: "Michael Fitton"}},
		},
		{
			name:      "a semicolon ends a tally's clause; a participle after while goes on; a qualifier after a possessive place",
			text:      "Spain has recorded 157,000 cases; China has nearly 83,000 cases. Floods in Bavaria damaged homes, while leaving 300 people homeless. Poland's only 40 cities voted.",
			published: "2023-03-09",
			want:      []want{{value: 157000, speaker: "Spain"}, {value: 83000, noSpeaker: true, scope: "China"}, {value: 300, scope: "Bavaria"}, {value: 40, scope: "Poland"}},
		},
		{
			name:      "a gapped clause: the noun and the verb left out, the place named",
			text:      "Spain has recorded about 157,000 cases and Italy 143,600, while China has nearly 83,000 cases.",
			published: "2023-03-09",
			want:      []want{{value: 157000, scope: "Spain", speaker: "Spain"}, {value: 143600, counted: "cases", scope: "Italy", noSpeaker: true}, {value: 83000, scope: "China"}},
		},
		{
			name:      "a where-clause holding the figure takes the place it describes",
			text:      "Velázquez lost a heated race in Brooklyn and the East Bronx, where she trailed by more than 700 votes. He met Smith, where 30 people waited.",
			published: "2023-03-09",
			want:      []want{{value: 700, scope: "East Bronx"}, {value: 30, scope: "-"}},
		},
		{
			name:      "according to and speech verbs in German, French and Spanish",
			text:      "Laut Polizei wurden 40 Menschen verletzt. Selon le Ministère de la Santé, 300 personnes sont mortes. Según el Gobierno, unos 10.000 soldados llegaron. Mehr als 3.000 Soldaten seien im Einsatz, sagte Innenminister Horst Seehofer.",
			published: "2023-03-09",
			want: []want{{value: 40, speaker: "Polizei"}, {value: 300, speaker: "Ministère de la Santé"},
				{value: 10000, speaker: "Gobierno", qualifier: "approx"}, {value: 3000, speaker: "Horst Seehofer", role: "Innenminister", qualifier: "lower"}},
		},
		{
			name:      "a forecast for a named later year holds for that year; a year at the figure wins over another in the sentence",
			text:      "The central bank expects a lower increase in 2023 of 4.5 percent, before leveling out to 2.4 percent in 2027. The army will send 2,000 troops next week, the ministry said.",
			published: "2022-08-16",
			want:      []want{{value: 4.5, asOf: "-"}, {value: 2.4, asOf: "-"}, {value: 2000, asOf: "2022-08-16"}},
		},
		{
			name:      "a news agency reported at the end",
			text:      "Investors were told 176 dollars is the likely price, Reuters reported.",
			published: "2023-03-09",
			want:      []want{{value: 176, speaker: "Reuters"}},
		},
		{
			name:      "a future date is not the as-of date",
			text:      "The army will send 2,000 troops to Narva next week, the ministry said.",
			published: "2023-03-09",
			want:      []want{{value: 2000, speaker: "ministry", asOf: "2023-03-09", scope: "to Narva"}},
		},
		{
			name:      "officials in a place",
			text:      "Officials in Kherson said 12 people were wounded.",
			published: "2023-03-09",
			want:      []want{{value: 12, speaker: "Officials in Kherson"}},
		},
		{
			name:      "a place before a comma is not an appositive subject",
			text:      "He was caught in northeast Houston, about 25 miles from the prison, said Alfredo Perez.",
			published: "2023-03-09",
			want:      []want{{value: 25, speaker: "Alfredo Perez"}},
		},
		{
			name:      "an age before the name, unnamed news reports, a passive with an adverb",
			text:      "\"We lost 5 farms,\" said 76-year-old Constantinos Doganis.\nAccording to news reports, three people died.\nViolence was also reported where 20,000 people marched.",
			published: "2023-03-09",
			want:      []want{{value: 5, speaker: "Constantinos Doganis", quoted: true}, {value: 3, noSpeaker: true}, {value: 20000, noSpeaker: true}},
		},
		{
			// A figure dated by a month has no day to give; a baseline
			// ("from a year ago") dates the comparison, not the figure.
			name:      "figures dated by a month or against a baseline",
			text:      "Dealers sold 30,154 new cars in October, down 10 percent from a year ago. Unemployment averaged 5.7 percent in October, down from 6.2 percent a year earlier. The average price was $39,014, up from $38,373 a year ago.",
			published: "2018-11-20",
			want: []want{{value: 30154, asOf: "-"}, {value: 10, asOf: "-"}, {value: 5.7, asOf: "-"}, {value: 6.2, asOf: "-"},
				{value: 39014, asOf: "-"}, {value: 38373, asOf: "2017-11-20"}},
		},
		{
			name:      "a count after the is a figure the first time only; one counts in a list",
			text:      "In addition to the three fatalities at a fuel plant, 20 people were injured. The two leaders met. Police said two women and one man died. The 20 people were taken to hospital.",
			published: "2024-10-30",
			want:      []want{{value: 3}, {value: 20}, {value: 1}},
		},
		{
			name:      "a bare number after a toll verb or noun is a figure",
			text:      "The quake killed seven people and injured 40, officials said. He led a crowd of 22,000. The team scored 35 in the first half.",
			published: "2024-10-30",
			want:      []want{{value: 40, speaker: "officials"}, {value: 22000}},
			absent:    []float64{35},
		},
		{
			name:      "a span after from dates the figure",
			text:      "Negotiators met from Monday to Wednesday in Geneva and agreed to release 300 prisoners, officials said.",
			published: "2024-11-01",
			want:      []want{{value: 300, asOf: "2024-10-28", speaker: "officials"}},
		},
		{
			name:      "a date after a list of figures dates them all",
			text:      "About 10,000 troops and 500 tanks arrived on Monday.",
			published: "2024-10-30",
			want:      []want{{value: 10000, asOf: "2024-10-28"}, {value: 500, asOf: "2024-10-28"}},
		},
		{
			name:      "an age is not a claim",
			text:      "Police said an 8-year-old girl was found.",
			published: "2023-03-09",
			none:      true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &model.Article{Path: "t.txt", Text: tt.text, Published: day(tt.published), PublishedPrecision: model.PrecisionDay, Language: tt.lang}
			got := FromArticle(a)
			if tt.none {
				if len(got) != 0 {
					t.Fatalf("want no claims, got %+v", got)
				}
				return
			}
			if tt.count > 0 && len(got) != tt.count {
				t.Errorf("want %d claims, got %d: %s", tt.count, len(got), dump(got))
			}
			for _, v := range tt.absent {
				if c := findBound(got, v); c != nil {
					t.Errorf("unwanted claim %v (%q) in %s", v, c.Quantity, dump(got))
				}
			}
			for _, w := range tt.want {
				c := findClaim(got, w.value)
				if c == nil {
					t.Errorf("no claim with value %v in %s", w.value, dump(got))
					continue
				}
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("claim %v: %s = %q, want %q", w.value, field, got, want)
					}
				}
				check("qualifier", c.Qualifier, w.qualifier)
				check("unit", c.Unit, w.unit)
				if w.speaker == "-" {
					if c.Speaker != "" {
						t.Errorf("claim %v: speaker = %q, want none", w.value, c.Speaker)
					}
				} else {
					check("speaker", c.Speaker, w.speaker)
				}
				check("role", c.SpeakerRole, w.role)
				if w.scope == "-" {
					if c.Scope != "" {
						t.Errorf("claim %v: scope = %q, want none", w.value, c.Scope)
					}
				} else {
					check("scope", c.Scope, w.scope)
				}
				switch {
				case w.counted == "-":
					if c.Counted != "" {
						t.Errorf("claim %v: counted = %q, want none", w.value, c.Counted)
					}
				case c.Counted == "" && c.Unit == "":
					t.Errorf("claim %v: no counted thing", w.value)
				default:
					check("counted", c.Counted, w.counted)
				}
				if w.noSpeaker && c.Speaker != "" {
					t.Errorf("claim %v: speaker = %q, want none", w.value, c.Speaker)
				}
				switch w.asOf {
				case "":
				case "-":
					check("as_of", c.AsOfString(), "")
					if c.AsOfString() != "" {
						t.Errorf("claim %v: as_of = %q, want empty", w.value, c.AsOfString())
					}
				default:
					check("as_of", c.AsOfString(), w.asOf)
				}
				if w.period == "-" && c.Period != "" || w.period != "" && w.period != "-" && c.Period != w.period {
					t.Errorf("claim %v: period = %q, want %q", w.value, c.Period, w.period)
				}
				if w.quoted != c.Quoted {
					t.Errorf("claim %v: quoted = %v, want %v", w.value, c.Quoted, w.quoted)
				}
				if a.Text[c.Start:c.End] != c.Sentence || a.Text[c.QuantityStart:c.QuantityEnd] != c.Quantity {
					t.Errorf("claim %v: offsets do not match the text: %+v", w.value, c)
				}
			}
		})
	}
}

func TestDatelineReference(t *testing.T) {
	// no publication time: a short dated line stands in for it, a date in
	// prose does not
	a := &model.Article{Text: "Floods hit the north\nMarch 3rd 2023.\nThe agency says 4,000 homes are flooded."}
	if c := findClaim(FromArticle(a), 4000); c == nil || c.AsOfString() != "2023-03-03" {
		t.Errorf("dateline: got %+v", c)
	}
	a = &model.Article{Text: "On 8 May 1945 the war in Europe ended.\nThe agency said on Monday that 4,000 veterans are alive."}
	if c := findClaim(FromArticle(a), 4000); c == nil || c.AsOfString() != "" {
		t.Errorf("date in prose used as reference: got %+v", c)
	}
}

// findBound is findClaim that also looks at the bounds of ranges, so
// that an unwanted range ("adults 18-49") is found too.
func findBound(cs []model.Claim, v float64) *model.Claim {
	for i := range cs {
		for _, x := range []*float64{cs[i].Value, cs[i].Low, cs[i].High} {
			if x != nil && *x == v {
				return &cs[i]
			}
		}
	}
	return nil
}

func findClaim(cs []model.Claim, v float64) *model.Claim {
	for i := range cs {
		if cs[i].Value != nil && *cs[i].Value == v {
			return &cs[i]
		}
	}
	return nil
}

func dump(cs []model.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		v := "range"
		if c.Value != nil {
			v = strconv.FormatFloat(*c.Value, 'g', -1, 64)
		}
		b.WriteString("\n  " + v + " " + c.Qualifier + " counted=" + c.Counted + " speaker=" + c.Speaker + " as_of=" + c.AsOfString() + " | " + c.Sentence)
	}
	return b.String()
}

func FuzzFromArticle(f *testing.F) {
	f.Add("\"About 10,000 troops are in Russia,\" said Deputy Press Secretary Jane Roe.", int64(1700000000))
	f.Add("1e999999 9999999999999999999999999999999 1.5e308 ,,,, 000000", int64(0))
	f.Add(strings.Repeat("a 5 b ", 2000), int64(-1))
	f.Add("Иван сказал, что 5000 солдат. 北朝鮮 10,000 兵士 «цитата» “open", int64(1))
	f.Add("\"\"\"\" said said said according to according to : : Pentagon:", int64(2))
	f.Add("She said. He said 3 people. They said \"4 cats\". Blinken: 5 dogs", int64(3))
	f.Add("Allein bei Airbus lägen über 8.000 Bestellungen vor, sagte er. Der Konzern hat eigenen Angaben zufolge einer von vier", int64(4))
	f.Add("« Nous avons perdu 200 hommes », a reconnu le général. Selon le Quai d’Orsay, une dizaine d'enfants", int64(5))
	f.Add("La police a interpellé 30 personnes, et 155 des", int64(6))
	f.Add("Platz für max. 4 Personen. Für jede weitere Person, seit Anfang der 1970er-Jahre 2,4 Mrd. Das", int64(12))
	f.Add("A gunman killed 12 people in St. Louis and wounded 30 others on Sunday.", int64(8))
	f.Add("Get seamless access to Business Standard & WSJ.com starting at just Rs. 49/- per month* Display Name Email-Id", int64(9))
	f.Add("KARVESH, March 14 (Reuters) - The Kremlin denied it, saying 500 of the roughly 10,000 (Cal Fire) said", int64(7))
	f.Add("The UN Situation Report was out. ÀÉ Report the report said 40. She said. She left. \"3 cats,\" she said. The minutes showed 2 tonnes of rice, a dividend of 4 pence a share.", int64(10))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		// the language follows the seconds, so every language's rules run
		lang := []string{"", "de", "fr", "es"}[int(uint64(unix)%4)]
		a := &model.Article{Text: text, Published: time.Unix(unix%(1<<34), 0).UTC(), Language: lang}
		done := make(chan []model.Claim, 1)
		go func() { done <- FromArticle(a) }()
		var claims []model.Claim
		select {
		case claims = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("FromArticle did not return in 20 s on %d bytes (%s): %q", len(text), lang, text)
		}
		for _, c := range claims {
			if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Sentence {
				t.Fatalf("bad sentence offsets %+v", c)
			}
			if c.QuantityStart < 0 || c.QuantityEnd > len(text) || c.QuantityStart > c.QuantityEnd {
				t.Fatalf("bad quantity offsets %+v", c)
			}
		}
	})
}

// A count after "the" is a figure the first time the article gives it and a
// reference back after that; "one" counts only in a list of counts.
func TestBackReferences(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2024-10-30"), PublishedPrecision: model.PrecisionDay,
		Text: "In addition to the three fatalities at a fuel plant, 20 people were injured. The two leaders met. Police said two women and one man died. The 20 people were taken to hospital. One official resigned. Fire destroyed 5 barns. The 5 firefighters were hurt. The 5 barns were old."}
	var got []float64
	for _, c := range FromArticle(a) {
		if c.Value != nil {
			got = append(got, *c.Value)
		}
	}
	want := []float64{3, 20, 2, 1, 5, 5}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("claim values = %v, want %v\n%s", got, want, dump(FromArticle(a)))
	}
}

// A range claim takes the speaker of the first cue after it that does not
// open a clause of its own.
func TestSpeakerSkipsClauseCue(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2023-06-01"), PublishedPrecision: model.PrecisionDay,
		Text: "As many as 30 to 40 firefighters arrived, and officials said Saturday they were treating the fire as arson, the Anchorage Daily News reported Sunday."}
	cs := FromArticle(a)
	if len(cs) != 1 || cs[0].Speaker != "Anchorage Daily News" {
		t.Errorf("claims = %s, want one by Anchorage Daily News", dump(cs))
	}
}

// "wounded a third" names a third person, not a share of the wounded.
func TestShareIsNotToll(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2023-06-01"), PublishedPrecision: model.PrecisionDay,
		Text: "The worker shot two of them and critically wounded a third, police said."}
	for _, c := range FromArticle(a) {
		if c.Value != nil && *c.Value < 1 {
			t.Errorf("share claim %q counted %q", c.Quantity, c.Counted)
		}
	}
}

// A quote running over several paragraphs (each opens with a quotation
// mark, only the last closes) is spoken by the cue after its last part.
func TestQuoteOverParagraphs(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2024-11-01"), PublishedPrecision: model.PrecisionDay,
		Text: "Tottenham announced the hire on Wednesday.\n\"We paid 15 million pounds for the deal.\n\"He has won 25 trophies in his career.\n\"He is one of only three managers to win twice,\" the club said in a statement."}
	cs := FromArticle(a)
	if len(cs) != 3 {
		t.Fatalf("claims = %s, want 3", dump(cs))
	}
	for _, c := range cs {
		if c.Speaker != "Tottenham" || !c.Quoted {
			t.Errorf("claim %q: speaker %q quoted %v, want the club (Tottenham), quoted", c.Quantity, c.Speaker, c.Quoted)
		}
	}
}

// A quote paragraph after an embedded post's byline still belongs to the
// speaker who opened the quote.
func TestQuoteAfterEmbeddedPost(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2019-11-20"), PublishedPrecision: model.PrecisionDay,
		Text: "Tottenham said in a statement: \"Jose has won 25 senior trophies.\n\"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United.\nClub statement\n— Tottenham Hotspur (@SpursOfficial) November 20, 2019\n\"He has won a domestic title in a record four different countries.\""}
	for _, c := range FromArticle(a) {
		if c.Speaker != "Tottenham" {
			t.Errorf("claim %q: speaker %q, want Tottenham", c.Quantity, c.Speaker)
		}
	}
}

// A quote that runs on into the next paragraph takes its speaker from
// there; the cue's tokens belong to that paragraph and must not be read
// with this one's.
func TestQuoteCueFromNextParagraph(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2024-03-04"), PublishedPrecision: model.PrecisionDay,
		Text: "\"12 people died in Gaza on Monday\n\"More will die,\" Hamas official John Smith said in Rafah."}
	got := FromArticle(a)
	if c := findClaim(got, 12); c == nil || c.Speaker != "John Smith" {
		t.Fatalf("claim 12 = %+v, want one spoken by John Smith", c)
	}
}

// A figure dated no closer than a month or a year keeps that period.
func TestPeriod(t *testing.T) {
	for _, tc := range []struct{ text, period string }{
		{"The dealers sold 30,154 cars in October, down 10 percent.", "2019-10"},
		{"A quake killed more than 31,000 people in Bam in December 2003.", "2003-12"},
		{"The firm had 12,500 employees in 2017.", "2017"},
		{"The firm has 12,500 employees.", ""},
		{"He served four stints in 1994, 1996, 1999 and 2002.", ""},
		// a forecast for a named later year; a year at the figure wins over
		// another year in the sentence
		{"Inflation will level out to 2.4 percent in 2027, after 4.5 percent in 2023.", "2027"},
		{"The bank expects a lower increase in 2023 of 4.5 percent, before 2.4 percent in 2027.", "2023"},
	} {
		c, ok := firstClaim(t, tc.text, "2019-11-20")
		if !ok {
			continue
		}
		if c.Period != tc.period || tc.period != "" && !c.AsOf.IsZero() {
			t.Errorf("%q: period %q as of %v, want period %q", tc.text, c.Period, c.AsOf, tc.period)
		}
	}
}

// "Last week" is kept as the claim's period, a span of days, not a day.
func TestWeekPeriod(t *testing.T) {
	a := &model.Article{Path: "t.txt", Text: "Last week, the ministry reported 300 cases.", Published: day("2024-03-13"), PublishedPrecision: model.PrecisionDay}
	cs := FromArticle(a)
	if len(cs) != 1 || !cs[0].AsOf.IsZero() || cs[0].Period != "2024-03-04/2024-03-10" {
		t.Fatalf("claims = %s (period %q), want one with period 2024-03-04/2024-03-10 and no as-of", dump(cs), func() string {
			if len(cs) > 0 {
				return cs[0].Period
			}
			return ""
		}())
	}
}

// TestDatelineQuoteMark checks that a straight quote standing for the dash
// after a dateline (a page with a broken encoding) opens no quote that
// would swallow the paragraphs up to the next such dateline.
func TestDatelineQuoteMark(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2020-11-23"), PublishedPrecision: model.PrecisionDay,
		Text: "JERUSALEM \" The Palestinian Authority says 40 towns will close.\n" +
			"Prime Minister Mohammad Shtayyeh said Monday that shops will close at night.\n" +
			"The Palestinian Health Ministry has recorded over 3,000 new cases in the past week. It says at least 714 Palestinians have died.\n" +
			"JAKARTA, Indonesia \" Indonesia's confirmed cases have passed half a million."}
	cs := FromArticle(a)
	if c := findClaim(cs, 40); c == nil || c.Quoted {
		t.Errorf("claim 40 = %+v, want one not quoted", c)
	}
	// an opening quote glued to its word after a name is a quote
	q := FromArticle(&model.Article{Path: "t.txt", Published: day("2020-11-23"), PublishedPrecision: model.PrecisionDay,
		Text: "NASA \"lost 200 engineers\" in 2019, the report said."})
	if c := findClaim(q, 200); c == nil || !c.Quoted {
		t.Errorf("claim 200 = %+v, want it quoted", c)
	}
	for _, v := range []float64{3000, 714} {
		c := findClaim(cs, v)
		if c == nil || c.Quoted || c.Speaker != "Palestinian Health Ministry" {
			t.Errorf("claim %v = %+v, want the ministry's, not quoted", v, c)
		}
	}
}

func TestClauseBreak(t *testing.T) {
	for s, want := range map[string]bool{
		"only 6 percent; by 2015":          true,
		"Montag (Leverkusen; 7.38 sec) on": false,
		"no break here":                    false,
		"(a) b; c":                         true,
	} {
		if got := clauseBreak(s); got != want {
			t.Errorf("clauseBreak(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPesoPages: a bare "$" on a page from a peso country is that
// country's currency; elsewhere it is the US dollar.
func TestPesoPages(t *testing.T) {
	text := "El contrato de la Alcaldía costó $5.000 millones."
	for u, want := range map[string]string{"https://www.elcolombiano.com.co/x": "COP", "https://www.infobae.com/x": "USD", "": "USD"} {
		got := FromArticle(&model.Article{Path: "t.txt", URL: u, Text: text, Language: "es", Published: day("2022-05-05"), PublishedPrecision: model.PrecisionDay})
		if len(got) != 1 || got[0].Unit != want {
			t.Errorf("URL %q: %s, want unit %s", u, dump(got), want)
		}
	}
	// an English page on a .co domain writes US dollars
	got := FromArticle(&model.Article{Path: "t.txt", URL: "https://www.techstartup.co/x", Text: "The startup raised $5 million.", Language: "en", Published: day("2022-05-05"), PublishedPrecision: model.PrecisionDay})
	if len(got) != 1 || got[0].Unit != "USD" {
		t.Errorf("English .co page: %s, want USD", dump(got))
	}
}
