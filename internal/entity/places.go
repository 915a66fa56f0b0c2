package entity

import "strings"

// placeList is general knowledge, like countryList: well-known cities,
// states, provinces and regions that news names without saying what they
// are ("a suburban Detroit accounting firm", "Wasilla, Alaska"). It is
// not any story's names. Names that are just as often people or common
// words are left out ("Houston", "Jackson", "Victoria", "Nice", "Reading"),
// so that "Houston said" stays a person; the entity finder still reads
// those as places after "in".
const placeList = `
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina
North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas
Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming Puerto_Rico Guam
Ontario Quebec British_Columbia Alberta Manitoba Saskatchewan Nova_Scotia New_Brunswick Newfoundland
New_South_Wales Queensland Tasmania
England Scotland Wales Northern_Ireland
Crimea Donbas Donbass Donetsk Luhansk Kharkiv Kherson Zaporizhzhia Odesa Odessa Mariupol Bakhmut Kursk
Belgorod Lviv Kyiv Kiev Dnipro Gaza Gaza_Strip West_Bank Golan_Heights Kashmir Tibet Xinjiang Kurdistan Catalonia
Bavaria Siberia Chechnya Dagestan Darfur Punjab Bengal Sindh Balochistan Khyber_Pakhtunkhwa Kerala
Gujarat Maharashtra Tamil_Nadu Karnataka Bihar Assam Hong_Kong Macau Greenland Sicily Sardinia Corsica
Normandy Brittany Andalusia Lombardy Tuscany Flanders Wallonia Transylvania Anatolia Kurdistan Sinai
Patagonia Amazonia Mindanao Luzon Sumatra Borneo Bali Hokkaido Okinawa Kyushu Honshu
New_York_City Los_Angeles Chicago Philadelphia San_Antonio San_Diego San_Jose San_Francisco Seattle
Denver Boston Detroit Nashville Memphis Portland Las_Vegas Baltimore Milwaukee Albuquerque Tucson Fresno
Sacramento Atlanta Miami Oakland Minneapolis Tulsa Cleveland Wichita New_Orleans Tampa Honolulu
Anchorage Pittsburgh Cincinnati St._Louis Kansas_City Indianapolis Louisville Richmond Baton_Rouge
Salt_Lake_City Omaha Raleigh Boise Birmingham Manhattan Brooklyn Queens the_Bronx Staten_Island
Harlem Hollywood Silicon_Valley Toronto Montreal Vancouver Ottawa Calgary Edmonton Winnipeg
Mexico_City Guadalajara Monterrey Tijuana Havana Caracas Bogota Bogotá Medellin Lima Quito La_Paz
Santiago Buenos_Aires Montevideo Asunción Asuncion Sao_Paulo São_Paulo Rio_de_Janeiro Brasilia Brasília
Port-au-Prince Panama_City San_Salvador Tegucigalpa Managua
London Manchester Liverpool Leeds Glasgow Edinburgh Cardiff Belfast Dublin Cork Paris Marseille Lyon
Toulouse Bordeaux Lille Strasbourg Berlin Hamburg Munich Frankfurt Cologne Stuttgart Dresden Leipzig
Madrid Barcelona Valencia Seville Bilbao Lisbon Porto Rome Milan Naples Turin Venice Genoa
Palermo Bologna Amsterdam Rotterdam The_Hague Brussels Antwerp Geneva Zurich Bern Basel Vienna Salzburg
Prague Bratislava Budapest Warsaw Krakow Kraków Gdansk Vilnius Riga Tallinn Helsinki Stockholm
Gothenburg Oslo Copenhagen Reykjavik Athens Thessaloniki Piraeus Nicosia Bucharest Belgrade
Zagreb Sarajevo Ljubljana Podgorica Tirana Skopje Pristina Chisinau Minsk Moscow St_Petersburg
Saint_Petersburg Novosibirsk Yekaterinburg Kazan Vladivostok Kaliningrad Sevastopol Simferopol Tbilisi
Yerevan Baku Istanbul Ankara Izmir Antalya Tehran Mashhad Isfahan Tabriz Baghdad Basra Mosul Erbil
Kirkuk Fallujah Damascus Aleppo Homs Idlib Raqqa Beirut Amman Jerusalem Tel_Aviv Haifa Ramallah
Rafah Khan_Younis Cairo Alexandria Riyadh Jeddah Mecca Doha Dubai Abu_Dhabi Kuwait_City Manama
Muscat Sanaa Aden Hodeidah Kabul Kandahar Herat Islamabad Karachi Lahore Peshawar Quetta New_Delhi
Delhi Mumbai Bombay Kolkata Calcutta Chennai Madras Bangalore Bengaluru Hyderabad Ahmedabad Pune
Dhaka Colombo Kathmandu Beijing Shanghai Guangzhou Shenzhen Wuhan Chengdu Chongqing Tianjin Nanjing
Hangzhou Xi'an Harbin Lhasa Urumqi Taipei Tokyo Osaka Kyoto Yokohama Nagoya Kobe Hiroshima Nagasaki
Fukushima Sapporo Seoul Busan Incheon Pyongyang Ulaanbaatar Hanoi Ho_Chi_Minh_City Saigon Bangkok
Phnom_Penh Vientiane Yangon Rangoon Naypyidaw Kuala_Lumpur Jakarta Surabaya Manila Quezon_City Cebu
Canberra Melbourne Sydney Brisbane Perth Adelaide Hobart Auckland Wellington Christchurch
Rabat Casablanca Marrakech Algiers Tunis Tripoli Benghazi Khartoum Omdurman Addis_Ababa Asmara
Mogadishu Nairobi Mombasa Kampala Dar_es_Salaam Dodoma Kigali Kinshasa Goma Brazzaville Lagos Abuja
Kano Niamey Bamako Timbuktu Ouagadougou N'Djamena Dakar Accra Abidjan Yaounde Douala Johannesburg
Pretoria Cape_Town Durban Harare Lusaka Maputo Luanda Windhoek Gaborone Antananarivo
Europe Asia Africa Antarctica Oceania North_America South_America Latin_America Central_America
Middle_East Near_East Far_East Central_Asia South_Asia Southeast_Asia East_Asia East_Africa West_Africa
North_Africa Southern_Africa Horn_of_Africa Sahel Balkans Caucasus Scandinavia Caribbean Mediterranean
Arctic Persian_Gulf Eastern_Europe Western_Europe Central_Europe Sub-Saharan_Africa Americas the_Americas
`

// stateList names the states and provinces of federal countries that
// news calls "the state" ("the state's confirmed caseload").
const stateList = `
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina
North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas
Utah Vermont Virginia West_Virginia Wisconsin Wyoming
New_South_Wales Queensland Tasmania Victoria South_Australia Western_Australia
Bavaria Saxony Hesse Punjab Kerala Gujarat Maharashtra Tamil_Nadu Karnataka Bihar Assam
`

// placeOf holds the folded names of placeList; stateOf those of stateList.
var placeOf, stateOf = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(placeList) {
		placeOf[normKey(strings.ReplaceAll(w, "_", " "))] = true
	}
	for _, w := range strings.Fields(stateList) {
		stateOf[normKey(strings.ReplaceAll(w, "_", " "))] = true
	}
}

// State reports whether name is a state of a federal country ("New York",
// "Queensland", "Bavaria"): what "the state" in a story about it means.
func State(name string) bool { return stateOf[normKey(name)] }

// KnownPlace reports whether name is a well-known city, state, province
// or region (countries are Country's).
func KnownPlace(name string) bool { return placeOf[normKey(name)] }
