package claim

import (
	"strings"
	"testing"

	"newsdesk/internal/model"
)

// Each figure takes the role the words next to it give, and only those.
func TestRoles(t *testing.T) {
	for _, tc := range []struct {
		text  string
		value float64
		role  string
	}{
		{"A gunman opened fire at a party on Friday, killing one man, police said.", 1, RoleKilled},
		{"Police said at least a dozen people were at the party.", 12, ""},
		{"The crash left 12 people dead and 40 injured.", 12, RoleKilled},
		{"The crash left 12 people dead and 40 injured.", 40, RoleInjured},
		{"The attack killed at least 30 soldiers and wounded another 45, officials said.", 30, RoleKilled},
		{"The attack killed at least 30 soldiers and wounded another 45, officials said.", 45, RoleInjured},
		{"Three people were shot dead outside the bar.", 3, RoleKilled},
		{"Three people were shot outside the bar.", 3, RoleShot},
		{"Police arrested 140 protesters in Athens.", 140, RoleArrested},
		{"About 2,000 residents were evacuated from the valley.", 2000, RoleEvacuated},
		{"Seven climbers are still missing, rescuers said.", 7, RoleMissing},
		{"The death toll from the floods rose to 217 on Sunday.", 217, RoleKilled},
		{"The company said 300 workers would lose their jobs.", 300, ""},
		{"Three soldiers killing a civilian were filmed by a drone.", 3, ""},
		{"He sent 10,000 troops, and two were killed.", 10000, ""},
		{"Three people, one of them a pregnant woman, were killed in Athens.", 3, RoleKilled},
		{"Three people have suffocated to death in the bank.", 3, RoleKilled},
		{"Four people - one with broken bones - are treated in nearby hospitals.", 4, RoleInjured},
		{"He condemned the deaths of three bank workers.", 3, RoleKilled},
		{"The quake killed 3 people, injuring 12, and razed 40 homes.", 3, RoleKilled},
		{"The quake killed 3 people, injuring 12, and razed 40 homes.", 12, RoleInjured},
		{"About 20,000 people, police said, marched in Athens.", 20000, ""},
		{"He was charged with conspiring to kill three others.", 3, ""},
		{"He set the record with a bank shot over two defenders.", 2, ""},
		{"A driver fatally shot eight people at the depot.", 8, RoleKilled},
		{"Three men were sentenced to death on Monday.", 3, ""},
		{"Officials said 40 drones were shot down overnight.", 40, ""},
		{"Three men were beaten to death on Monday.", 3, RoleKilled},
		{"He is accused of murdering two women in 1967.", 2, RoleKilled},
		{"Dozens of people in Bloomington were hurt.", 24, RoleInjured},
		{"The defendant was arrested five buildings away on 223rd Street.", 5, ""},
		{"Two plainclothes officers fatally shot 16-year-old Kimani Gray on Saturday.", 2, ""},
		{"Twelve people killed in the crash were buried on Sunday.", 12, RoleKilled},
		{"A gunman shot to death one person at the firm.", 1, RoleKilled},
		{"Three protesters arrested on Friday were released.", 3, RoleArrested},
		{"Twelve people in the Gaza Strip, including three children, were killed.", 12, RoleKilled},
		{"About 300 people in Athens marched on Sunday.", 300, ""},
	} {
		a := &model.Article{Path: "t.txt", Published: day("2024-10-30"), PublishedPrecision: model.PrecisionDay, Text: tc.text}
		cs := FromArticle(a)
		c := findClaim(cs, tc.value)
		if c == nil {
			t.Errorf("%q: no claim of %v in %s", tc.text, tc.value, dump(cs))
			continue
		}
		if c.Role != tc.role {
			t.Errorf("%q: %v has role %q, want %q", tc.text, tc.value, c.Role, tc.role)
		}
	}
}

// What a total counts is named in the figure's own sentence: a "total
// collapse" a paragraph up names nothing.
func TestTollWordsStayInSentence(t *testing.T) {
	text := "The building is in danger of total collapse.\n\nReports that began at 14 Greek time said so."
	if got := tollBefore(text, strings.Index(text, "14")); got != "" {
		t.Errorf("tollBefore = %q, want nothing", got)
	}
	text = "The storm brought total losses to 697,000 euros."
	if got := tollBefore(text, strings.Index(text, "697")); got != "total losses" {
		t.Errorf("tollBefore = %q, want total losses", got)
	}
}

// A running total is marked; one event's count and "in total" are not.
func TestTotals(t *testing.T) {
	for _, tc := range []struct {
		text  string
		total bool
	}{
		{"So far, the navy has confiscated 14 rifles from pirates.", true},
		{"He has 548 rushing yards this season.", true},
		{"During the operation, six rifles were seized.", false},
		{"Earlier this year, five undersea cables were cut.", false},
		{"The DPRK has sent around 10,000 soldiers in total.", false},
		{"In their five operations so far, the crew have confiscated 14 rifles.", true},
		{"The officer said that INS Sukanya has seized a total of 14 AK-47 rifles in five operations.", true},
		{"A total of 10 people had been killed, the governor said.", false},
		{"The ship has, thus far, confiscated a total of 14 rifles, 31 magazines and 923 rounds.", true},
		{"The 40 villages lie so far from the border that no shells reach them.", false},
		{"The elections, the first since the country adopted a new constitution earlier this year, had 125 seats.", false},
		{"Lovedale had seven boards for the Wildcats, whose three losses this season came on the road.", false},
	} {
		c, ok := firstClaim(t, tc.text, "2008-12-13")
		if !ok {
			continue
		}
		if c.Total != tc.total {
			t.Errorf("%q: total = %v, want %v", tc.text, c.Total, tc.total)
		}
	}
}

// An amount of money with nothing counted is named by what it is.
func TestMoneyObject(t *testing.T) {
	for _, tc := range []struct{ text, object string }{
		{"Greece got a $110 billion bailout.", "bailout"},
		{"The EU approved a bailout of 110 billion euros.", "bailout"},
		{"The deal is worth $160 million.", "deal"},
		{"The company lost $304.7 million in the quarter.", ""},
		{"The company lost $5 million yesterday.", ""},
		{"It cost $5 million because of delays.", "cost"},
		{"The jewels were valued at 85 million euros.", "jewels"},
		{"Thieves took $85 million worth of diamonds.", "diamonds"},
		{"Thieves took £88m worth of precious stones.", "stones"},
		{"Shares closed at $185.25 on Tuesday.", ""},
		{"The Palmer of 2 million dollars was sold.", ""},
	} {
		c, ok := firstClaim(t, tc.text, "2010-05-05")
		if !ok {
			continue
		}
		got := c.Object
		if got == "" {
			got = c.Counted // the quantity reads some ("a bailout of 110 billion euros") itself
		}
		if got != tc.object {
			t.Errorf("%q: object %q (counted %q), want %q", tc.text, c.Object, c.Counted, tc.object)
		}
	}
}

// The running-total check keeps byte offsets on text whose lower case is
// shorter ("İ"): no panic, and the figure after the letters is still read.
func TestTotalsNonASCII(t *testing.T) {
	text := "Crews near " + strings.Repeat("İ", 60) + " have so far confiscated 14 rifles."
	a := &model.Article{Path: "t.txt", Published: day("2008-12-13"), PublishedPrecision: model.PrecisionDay, Text: text}
	for _, c := range FromArticle(a) {
		if c.Value != nil && *c.Value == 14 && !c.Total {
			t.Errorf("14 rifles after a run of İ: not a total")
		}
	}
}

// In a list after "has seized a total of", every item is a total.
func TestTotalList(t *testing.T) {
	a := &model.Article{Path: "t.txt", Published: day("2008-12-13"), PublishedPrecision: model.PrecisionDay,
		Text: "The officer said the ship has seized a total of 14 rifles, 31 magazines and 923 rounds."}
	n := 0
	for _, c := range FromArticle(a) {
		n++
		if !c.Total {
			t.Errorf("%s %s: not a total", c.Quantity, c.Counted)
		}
	}
	if n != 3 {
		t.Errorf("%d claims, want 3", n)
	}
}

// A game statistic is its player's or team's; other figures have no holder.
func TestHolder(t *testing.T) {
	for _, tc := range []struct {
		text   string
		value  float64
		holder string
	}{
		{"Mark Teixeira had 33 homers and 121 RBIs last season.", 33, "Teixeira"},
		{"The Jays led 33-26 at the half, paced by 13 points from McDermott.", 13, "McDermott"},
		{"Luck also set an NFL rookie record with 4,183 passing yards.", 4183, "Luck"},
		{"Tony White, Jr. had a team-high 16 points for the College of Charleston.", 16, "White"},
		{"Entering February, he had played in just six games.", 6, ""},
		{"He played at Wayne State, where he finished with 6,728 yards rushing.", 6728, "Wayne State"},
		{"Police in Boston said 40 people were hurt.", 40, ""},
		{"Bush hurt his knee against Carolina on October 19 and missed the next four games.", 4, "Bush"},
		{"Prior to that he had caught 2 passes for 44 yards.", 2, ""},
		{"Klitschko, who could face Tyson Fury in the near future, improves to 58 wins.", 58, "Klitschko"},
		{"Gray lived four blocks from Woodward, the police said.", 4, ""},
		{"The Golden Eagles had 12 steals in the first half.", 12, "Golden Eagles"},
	} {
		a := &model.Article{Path: "t.txt", Published: day("2013-03-09"), PublishedPrecision: model.PrecisionDay, Text: tc.text}
		c := findClaim(FromArticle(a), tc.value)
		if c == nil {
			t.Errorf("%q: no claim of %v", tc.text, tc.value)
			continue
		}
		if c.Holder != tc.holder {
			t.Errorf("%q: holder %q, want %q", tc.text, c.Holder, tc.holder)
		}
	}
}

// A figure told as a new level is an update.
func TestUpdates(t *testing.T) {
	for _, tc := range []struct {
		text   string
		update bool
	}{
		{"The death toll from the quake rose to 13 on Monday.", true},
		{"The number of arrests has climbed to more than 200.", true},
		{"The toll reached 40, officials said.", true},
		{"The quake killed 10 people.", false},
		{"They were taken to 13 hospitals.", false},
	} {
		c, ok := firstClaim(t, tc.text, "2005-11-28")
		if !ok {
			continue
		}
		if c.Update != tc.update {
			t.Errorf("%q: update = %v, want %v", tc.text, c.Update, tc.update)
		}
	}
}

// firstClaim runs the claim stage on text published on pub (YYYY-MM-DD)
// and returns its first claim; it reports an error when there is none.
func firstClaim(t *testing.T, text, pub string) (model.Claim, bool) {
	t.Helper()
	cs := FromArticle(&model.Article{Path: "t.txt", Published: day(pub), PublishedPrecision: model.PrecisionDay, Text: text})
	if len(cs) == 0 {
		t.Errorf("%q: no claim", text)
		return model.Claim{}, false
	}
	return cs[0], true
}
