package textproc

import "strings"

// stopwordLists holds the most frequent function words per language
// (ISO 639-1). They are used for stop-word density in the line model and
// for dropping function words before clustering.
var stopwordLists = map[string]string{
	"en": `a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves also
said says may might must shall us one its it's`,
	"de": `der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis da dass durch für
gegen hat haben hatte hatten ich ihr im in ist ja kein keine mit nach nicht noch nur ob sich sie sind so über um unter von vor
war waren was wie wir wird werden zu zum zur es er man mehr sein seine seiner wurde wurden sei nach`,
	"fr": `le la les un une des du de et ou mais donc or ni car à au aux avec ce ces dans en est être il ils elle elles je nous vous
on ne pas plus par pour qui que quoi sur son sa ses leur leurs été sont a ont était cette cet comme se lui y tout mais`,
	"es": `el la los las un una unos unas y o pero de del al a en con por para que se su sus es son fue ha han como más no lo le
les este esta estos estas ese esa yo tu él ella nosotros ellos muy sin sobre entre también ya cuando donde`,
	"it": `il lo la i gli le un una uno e o ma di del della dei delle a al alla in con per che si è sono come più non da dal
dalla nel nella su anche questo questa quello ha hanno essere stato`,
	"pt": `o a os as um uma e ou mas de do da dos das em no na nos nas com por para que se é são foi como mais não ao à seu sua
também este esta isso ele ela eles`,
	"nl": `de het een en of maar van in op te met voor dat die is zijn was werd wordt niet ook als aan bij door naar om over uit
er hij zij ze we wij ik je dit deze`,
	"sv": `och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år
ska hade eller efter också vid under`,
	"tr": `ve bir bu da de için ile olarak daha çok gibi en ama ancak ise o şu her ki mi ne değil olan oldu var yok sonra kadar`,
	"ru": `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще
нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего
ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет`,
	"uk": `і й в у на з із що як але до по за від це не та так він вона вони ми ви його її їх був була було є бути для при`,
	"pl": `i w z na do że się nie to jest jak o a ale po od za przez dla czy tak jego jej ich był była było są być oraz`,
}

var stopwords = func() map[string]map[string]bool {
	m := make(map[string]map[string]bool, len(stopwordLists))
	for lang, list := range stopwordLists {
		set := make(map[string]bool)
		for _, w := range strings.Fields(list) {
			set[w] = true
		}
		m[lang] = set
	}
	return m
}()

// IsStopword reports whether the lower-cased word w is a stopword of lang.
// An unknown language falls back to English.
func IsStopword(lang, w string) bool {
	set, ok := stopwords[lang]
	if !ok {
		set = stopwords["en"]
	}
	return set[w]
}

// IsAnyStopword reports whether w is a stopword in any known language.
func IsAnyStopword(w string) bool {
	for _, set := range stopwords {
		if set[w] {
			return true
		}
	}
	return false
}
