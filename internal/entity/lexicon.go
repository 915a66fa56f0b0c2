package entity

import "strings"

// countryList is general knowledge: country names with their common
// aliases and codes, then their demonyms. One country per line:
// "Canonical Name|alias, alias|demonym, demonym".
const countryList = `
United States|US, U.S., USA, U.S.A., America, United States of America|American, US, U.S.
United Kingdom|UK, U.K., Britain, Great Britain, GB|British, UK, U.K.
North Korea|DPRK, Democratic People's Republic of Korea|North Korean
South Korea|ROK, Republic of Korea, Korea|South Korean, Korean
Russia|Russian Federation, RF|Russian
Ukraine|the Ukraine|Ukrainian
China|PRC, People's Republic of China|Chinese
Taiwan|Republic of China, ROC|Taiwanese
Japan||Japanese
India||Indian
Pakistan||Pakistani
Afghanistan||Afghan
Iran|Islamic Republic of Iran|Iranian
Iraq||Iraqi
Syria||Syrian
Israel||Israeli
Palestine|Palestinian Territories, State of Palestine|Palestinian
Lebanon||Lebanese
Jordan||Jordanian
Egypt||Egyptian
Saudi Arabia|KSA|Saudi
United Arab Emirates|UAE, U.A.E., Emirates|Emirati
Qatar||Qatari
Kuwait||Kuwaiti
Yemen||Yemeni
Oman||Omani
Bahrain||Bahraini
Turkey|Türkiye, Turkiye|Turkish
Greece||Greek
Cyprus||Cypriot
Germany|Deutschland, FRG|German
France||French
Italy||Italian
Spain||Spanish
Portugal||Portuguese
Netherlands|Holland, the Netherlands|Dutch
Belgium||Belgian
Luxembourg||
Switzerland||Swiss
Austria||Austrian
Poland||Polish
Czech Republic|Czechia|Czech
Slovakia||Slovak
Hungary||Hungarian
Romania||Romanian
Bulgaria||Bulgarian
Serbia||Serbian
Croatia||Croatian
Bosnia and Herzegovina|Bosnia|Bosnian
Slovenia||Slovenian
Montenegro||Montenegrin
Albania||Albanian
Kosovo||Kosovar
North Macedonia|Macedonia|Macedonian
Moldova||Moldovan
Belarus||Belarusian
Lithuania||Lithuanian
Latvia||Latvian
Estonia||Estonian
Finland||Finnish
Sweden||Swedish
Norway||Norwegian
Denmark||Danish
Iceland||Icelandic
Ireland|Republic of Ireland, Eire|Irish
Georgia||Georgian
Armenia||Armenian
Azerbaijan||Azerbaijani
Kazakhstan||Kazakh
Uzbekistan||Uzbek
Turkmenistan||Turkmen
Kyrgyzstan||Kyrgyz
Tajikistan||Tajik
Mongolia||Mongolian
Vietnam|Viet Nam|Vietnamese
Thailand||Thai
Cambodia||Cambodian
Laos||Lao, Laotian
Myanmar|Burma|Burmese
Malaysia||Malaysian
Singapore||Singaporean
Indonesia||Indonesian
Philippines|the Philippines|Filipino, Philippine
Bangladesh||Bangladeshi
Sri Lanka||Sri Lankan
Nepal||Nepali, Nepalese
Australia||Australian
New Zealand|NZ|New Zealander
Canada||Canadian
Mexico||Mexican
Guatemala||Guatemalan
Honduras||Honduran
El Salvador||Salvadoran
Nicaragua||Nicaraguan
Costa Rica||Costa Rican
Panama||Panamanian
Cuba||Cuban
Haiti||Haitian
Dominican Republic||Dominican
Jamaica||Jamaican
Colombia||Colombian
Venezuela||Venezuelan
Ecuador||Ecuadorian
Peru||Peruvian
Bolivia||Bolivian
Brazil||Brazilian
Paraguay||Paraguayan
Uruguay||Uruguayan
Argentina||Argentine, Argentinian
Chile||Chilean
Morocco||Moroccan
Algeria||Algerian
Tunisia||Tunisian
Libya||Libyan
Sudan||Sudanese
South Sudan||South Sudanese
Ethiopia||Ethiopian
Eritrea||Eritrean
Somalia||Somali
Kenya||Kenyan
Uganda||Ugandan
Tanzania||Tanzanian
Rwanda||Rwandan
Democratic Republic of the Congo|DRC, DR Congo, Congo-Kinshasa|Congolese
Nigeria||Nigerian
Niger||Nigerien
Mali||Malian
Burkina Faso||Burkinabe
Chad||Chadian
Senegal||Senegalese
Ghana||Ghanaian
Ivory Coast|Cote d'Ivoire, Côte d'Ivoire|Ivorian
Cameroon||Cameroonian
South Africa||South African
Zimbabwe||Zimbabwean
Zambia||Zambian
Mozambique||Mozambican
Angola||Angolan
Namibia||Namibian
Botswana||
Madagascar||Malagasy
European Union|EU, E.U.|European
United Nations|UN, U.N.|
`

// Organisation codes that are general knowledge (not any story's names).
const orgCodes = "NATO UN EU OSCE IAEA WHO IMF OPEC ASEAN G7 G20 BRICS AU ICC ICJ UNICEF UNHCR UNRWA WTO FBI CIA NSA KGB FSB SBU MI6 BBC CNN AP AFP TASS KCNA NASA"

var (
	// countryOf maps a folded name, alias or code to the canonical country.
	countryOf = map[string]string{}
	// demonymOf maps a folded demonym to the canonical country.
	demonymOf = map[string]string{}
)

func init() {
	for _, line := range strings.Split(countryList, "\n") {
		parts := strings.Split(line, "|")
		if len(parts) != 3 {
			continue
		}
		name := parts[0]
		countryOf[normKey(name)] = name
		for _, a := range strings.Split(parts[1], ",") {
			if a = strings.TrimSpace(a); a != "" {
				countryOf[normKey(a)] = name
			}
		}
		for _, d := range strings.Split(parts[2], ",") {
			if d = strings.TrimSpace(d); d != "" {
				demonymOf[normKey(d)] = name
				demonymOf[normKey(d)+"s"] = name // "Americans", "North Koreans"
			}
		}
	}
	for _, line := range strings.Split(foreignCountryNames, "\n") {
		name, aliases, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		canon, known := countryOf[normKey(name)]
		if !known {
			continue
		}
		for _, a := range strings.Split(aliases, ",") {
			if a = strings.TrimSpace(a); a != "" {
				if _, taken := countryOf[normKey(a)]; !taken {
					countryOf[normKey(a)] = canon
				}
			}
		}
	}
	for _, w := range strings.Fields(orgCodes) {
		orgCode[normKey(w)] = true
	}
}

// foreignCountryNames are the German, French and Spanish names of the
// countries news most often names, so that "Russland", "Russie" and
// "Rusia" are Russia as a place and as an alias across a story's
// languages. "Canonical name|names".
const foreignCountryNames = `
United States|Vereinigte Staaten, États-Unis, Etats-Unis, Estados Unidos, EEUU, EE.UU.
United Kingdom|Großbritannien, Vereinigtes Königreich, Royaume-Uni, Grande-Bretagne, Reino Unido, Gran Bretaña
Russia|Russland, Russie, Rusia
Ukraine|Ucrania
North Korea|Nordkorea, Corée du Nord, Corea del Norte
South Korea|Südkorea, Corée du Sud, Corea del Sur
China|Chine
Japan|Japon, Japón
India|Indien, Inde
Germany|Allemagne, Alemania
France|Frankreich, Francia
Spain|Spanien, Espagne, España
Italy|Italien, Italie
Turkey|Türkei, Turquie, Turquía
Syria|Syrien, Syrie, Siria
Iran|Irán
Iraq|Irak
Israel|Israël
Lebanon|Libanon, Liban, Líbano
Egypt|Ägypten, Égypte, Egipto
Saudi Arabia|Saudi-Arabien, Arabie saoudite, Arabia Saudita, Arabia Saudí
Greece|Griechenland, Grèce, Grecia
Poland|Polen, Pologne, Polonia
Hungary|Ungarn, Hongrie, Hungría
Romania|Rumänien, Roumanie, Rumania
Belgium|Belgien, Belgique, Bélgica
Netherlands|Niederlande, Pays-Bas, Países Bajos, Holanda
Switzerland|Schweiz, Suisse, Suiza
Austria|Österreich, Autriche
Sweden|Schweden, Suède, Suecia
Norway|Norwegen, Norvège, Noruega
Denmark|Dänemark, Danemark, Dinamarca
Finland|Finnland, Finlande, Finlandia
Czech Republic|Tschechien, Tchéquie, République tchèque, República Checa, Chequia
Belarus|Weißrussland, Belarus, Biélorussie, Bielorrusia
Brazil|Brasilien, Brésil
Mexico|Mexiko, Mexique, México
Argentina|Argentinien
Canada|Kanada
Australia|Australien, Australie
Afghanistan|Afganistán
Pakistan|Pakistán
`

var orgCode = map[string]bool{}

// Country returns the canonical country (or union) name for a name, alias
// or code ("U.S." → "United States", "DPRK" → "North Korea").
func Country(name string) (string, bool) {
	c, ok := countryOf[normKey(name)]
	return c, ok
}

// Supranational reports a canonical name from Country that is a union or
// a body of countries, not one country ("European Union", "United
// Nations"): "the country" never means it.
func Supranational(canonical string) bool {
	return canonical == "European Union" || canonical == "United Nations"
}

// Demonym returns the country of a demonym ("North Korean" → "North Korea").
func Demonym(word string) (string, bool) {
	c, ok := demonymOf[normKey(word)]
	return c, ok
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// titleWords are words of job titles and roles, compared lower-case.
var titleWords = set(`sprecher sprecherin polizeisprecher polizeisprecherin regierungssprecher regierungssprecherin
firmenchef konzernchef bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin ministerpräsident
ministerpräsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin vizepräsident vizepräsidentin ministerin innenminister
innenministerin gesundheitsminister gesundheitsministerin direktorin geschäftsführer geschäftsführerin vorsitzende
vorsitzender chefin leiterin
ministro ministra ministre presidente presidenta président présidente vice-président vice-présidente vicepresidente vicepresidenta vice-president portavoz porte-parole secretario secretaria
secrétaire alcalde alcaldesa maire gobernador gobernadora gouverneur directeur directrice canciller chancelière
préfet préfète procureur procureure juge juez jueza commissaire comisario général ambassadeur
embajador embajadora diputado diputada député députée sénateur senador senadora
president vice prime minister ministers secretary secretary-general undersecretary under-secretary
deputy assistant press spokesperson spokesman spokeswoman spokespeople chief head director general director-general
chairman chairwoman chair chairperson ambassador envoy senator sen. representative rep. congressman congresswoman
governor gov. mayor king queen prince princess pope sheikh emir crown dr. dr mr. mr mrs. mrs ms. ms prof. professor
lt. col. gen. adm. capt. sgt. maj. colonel lieutenant admiral commander captain sergeant general field marshal
foreign defense defence interior finance justice home state affairs security national senior top acting former
chancellor leader dictator officer official commissioner judge attorney speaker coach ceo cfo founder executive
adviser advisor counsellor counselor aide analyst spy intelligence military army navy air force spokes
supreme deputy-head minister-president premier president-elect mp lawmaker diplomat diplomats officials
economy trade health education energy environment transport agriculture culture`)

// titleModifiers are title words that do not make a title on their own
// ("Former Fenerbahçe", "National Security").
var titleModifiers = set(`vice deputy assistant press general foreign defense defence interior finance justice home
state affairs security national senior top acting former crown supreme field economy trade health education
energy environment transport agriculture culture military army navy air force intelligence spokes under`)

// roleNouns are lower-case nouns that can head an attributed speaker
// ("the spokesperson said", "officials said").
var roleNouns = set(`spokesperson spokesman spokeswoman spokespeople minister ministers secretary president
ambassador envoy official officials diplomat diplomats officer officers commander commanders chief head
governor mayor senator lawmaker lawmakers government ministry department military army authorities police
prosecutor prosecutors investigators analysts experts researchers scientists economists witnesses residents
leader leaders premier chancellor adviser advisers advisor advisors aide aides agency office administration
regime kremlin pentagon council committee commission spokespersons representative representatives director
doctors physicians lawyers attorneys activists organizers organisers union unions bosses executives manager managers management owner owners operator operators coach
gunman suspect victim witness survivor resident neighbor neighbour driver pilot student teacher doctor nurse
mother father wife husband son daughter brother sister friend relative lawyer attorney coroner medic
rescuers firefighters paramedics medics survivors organizers group groups observers monitors inspectors
auditors regulators judges court courts guard service bureau institute company firm bank board authority
foundation organization organisation party parliament congress senate coalition alliance source sources media
newspaper newspapers outlets broadcaster broadcasters authors television radio tv correspondent correspondents reporter reporters club team
league federation association network hospital university feds agents detectives deputies troopers marshals
operative operatives strategist strategists consultant consultants insider insiders staffer staffers
analyst expert researcher scientist economist investigator activist historian professor engineer dealer broker trader banker investor
zoo museum school college church airline airport charity shelter studio publisher retailer carrier utility clinic prison jail
neighbors neighbours relatives friends colleagues villagers locals passengers eyewitnesses
principal headteacher headmaster headmistress superintendent sheriff pastor priest imam rabbi bishop dean provost
warden chairman chairwoman chairperson founder treasurer clerk sergeant captain lieutenant colonel surgeon pharmacist
epidemiologist meteorologist forecaster statistician pollster pollsters campaigner campaigners protester protesters
demonstrators trustee trustees councillor councillors councilman councilwoman legislator legislators commissioner
commissioners editor columnist writer critic critics parent parents tenant tenants landlord landlords homeowner
homeowners shopkeeper vendor farmer farmers worker workers employee employees staff nurses teachers students volunteers
services brigade coastguard coastguards mission brokerage brokerages lender lenders insurer insurers consultancy
consultancies automaker automakers carmaker carmakers manufacturer manufacturers producer producers supplier suppliers
exporter exporters miner miners watchdog watchdogs regulator`)

// orgCues are words that make a capitalised sequence an organisation.
var orgCues = set(`department ministry office council agency committee commission government parliament congress
senate assembly army navy forces force service services bank fund organization organisation union party
university institute association corporation company group inc. inc corp. corp ltd ltd. llc plc news times post
court police guard house pentagon kremlin foundation alliance network center centre authority board bureau
directorate command administration cabinet club federation league secretariat embassy consulate tribunal
agency exchange airlines airways television radio press media tribune herald journal gazette reuters
intelligence security staff headquarters ministry's convention conference treaty summit forum symposium panel taskforce
centers centres institutes departments agreement accord accords pact protocol charter declaration
foods holdings industries motors technologies partners pharmaceuticals laboratories logistics minerals petroleum
telecom communications brands stores supermarkets rovers wanderers systems brewers brewery therapeutics
mining ventures bancorp electronics semiconductors aerospace
ministerio secretaría consejería departamento gobierno instituto banco agencia comisión fiscalía procuraduría
contraloría defensoría superintendencia gobernación alcaldía municipalidad ayuntamiento policía ejército corte cámara
asamblea senado congreso oficina dirección servicio organización fundación observatorio asociación federación
confederación sindicato empresa compañía cancillería presidencia autoridad partido consejo comité universidad
ministère gouvernement préfecture mairie agence conseil institut banque université fédération confédération syndicat
parti cour chambre assemblée sénat observatoire fondation société groupe caisse autorité gendarmerie armée
ministerium bundesministerium bundesamt landesamt behörde verband gewerkschaft partei regierung bundesregierung
landesregierung gericht polizei stiftung kommission bundesbank bundeswehr`)

// germanArticles open a German noun phrase; a capitalised run that starts
// with one is no person's name.
var germanArticles = set(`die der das den dem des`)

// foreignArticles open a French, Spanish or German name of a body ("El
// Ministerio de Salud", "Die Bundesregierung"); they are not part of it.
var foreignArticles = set(`el la los las le les die der das`)

// placeCues are lower-case words after a capitalised name that make it a
// place ("the Kursk region", "Donetsk oblast").
var placeCues = set(`region province oblast state county district city town village republic territory
border area capital peninsula island islands valley river sea ocean gulf strait mountains krai okrug
governorate prefecture municipality canton department foothills hills highlands plains basin delta desert coast resort`)

// placeEnds end a capitalised name that is a place whatever its first word
// ("Lorne County", "Kursk Oblast"); "State" and "Department" are left out
// ("Wayne State", "State Department").
var placeEnds = set(`county province region oblast district city town village valley island islands mountains peninsula
foothills hills highlands desert basin delta coast sea gulf river territory prefecture governorate municipality canton
krai okrug resort`)

// geoHeads open the name of a geographic feature ("Gulf of Aden", "Mount
// Sefton"); geoTails close one ("Red Sea", "Pacific Ocean").
var (
	geoHeads = set(`gulf bay sea lake mount mt mt. isle cape strait straits`)
	geoTails = set(`sea ocean gulf strait straits bay lake river mountains mountain peninsula island islands
coast desert canal channel valley`)
)

// directionWords can precede a place in a scope ("eastern Russia").
var directionWords = set(`north south east west northern southern eastern western central northeastern
northwestern southeastern southwestern north-eastern north-western south-eastern south-western occupied
suburban downtown rural coastal upstate midtown`)

// connectors may join capitalised words inside one name ("Department of
// Defense", "Ludwig van Beethoven").
var connectors = set(`of de del della der di da dos das du van von la le al el bin ibn and for the on d' d’ l' l’`)

// commonCapitalised are words that start sentences or headlines with a
// capital but never name anything.
var commonCapitalised = set(`laut gemäß gemäss selon según para pour wie als the a an this that these those it its he she they we i you his her their our my your
there here however meanwhile although though still yet after before during while since despite today yesterday
tomorrow monday tuesday wednesday thursday friday saturday sunday reports report sources source news photo photos
video tags updated published read more also but and or so if when where what who why how as at by for from in
into of on to with about some many most several all both each every no not one two three according earlier later
now then thus also further furthermore moreover instead otherwise overall finally first last next new latest top
breaking exclusive live update opinion analysis comment editorial advertisement subscribe share follow watch
listen click see sign log home menu search january february march april may june july august
september october november december even amid among amongst against without within upon unlike like just only
once whether because unless until although almost nearly perhaps maybe indeed copyright
nach im beim vom zum zur für seit über unter und oder aber auch der dem einer wir dies diese dieser zudem außerdem insgesamt
etwa weniger trotz wegen während nachdem jedoch bereits zuletzt zuvor heute gestern angaben schätzungen hochrechnungen
informationen zahlen daten`)

// IsTitleWord reports whether the lower-case word w belongs to job titles
// ("secretary", "deputy", "spokesperson").
func IsTitleWord(w string) bool { return titleWords[w] }

// honorifics are titles abbreviated with a period before a name ("Dr.",
// "Maj. Gen.", "Const."); they are title words too.
var honorifics = set(`dr mr mrs ms prof gen col lt sgt capt gov sen rep rev maj adm cmdr supt insp det const cpl pfc brig`)

// IsHonorific reports whether the lower-case word w is an abbreviated
// title written with a period ("Dr. Sami Nour", "said Maj. Gen. John
// Smith").
func IsHonorific(w string) bool { return honorifics[w] }

func init() {
	for w := range honorifics {
		titleWords[w] = true
	}
}

// IsTitleModifier reports whether the lower-case title word w only
// modifies a title ("national", "deputy"): it is no title alone.
func IsTitleModifier(w string) bool { return titleModifiers[w] }

// IsRoleNoun reports whether the lower-case word w can head a speaker
// phrase on its own ("officials", "the ministry").
func IsRoleNoun(w string) bool { return roleNouns[w] }

// IsCommonWord reports whether the lower-case word w is a common word that
// names nothing even when capitalised at a sentence start.
func IsCommonWord(w string) bool { return commonCapitalised[w] }

// IsPlaceCue reports whether the lower-case word w makes the name before
// it a place ("region", "province").
func IsPlaceCue(w string) bool { return placeCues[w] }

// IsDirection reports whether the lower-case word w is a compass or
// position adjective that can precede a place ("eastern").
func IsDirection(w string) bool { return directionWords[w] }

// IsOrgCue reports whether the lower-case word w makes a name an
// organisation ("ministry", "council").
func IsOrgCue(w string) bool { return orgCues[w] }
