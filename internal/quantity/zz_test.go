package quantity
import ("testing";"fmt")
func TestZZ(t *testing.T){
 for _, c := range [][2]string{
  {"Se realizará el 8° Congreso de Educación con 300 participantes.", "es"},
  {"el 11º Seminario y la 2ª Jornada", "es"},
  {"Hacía 8° en la ciudad.", "es"},
  {"Il faisait 8° à Paris.", "fr"},
  {"Es uno de los mejores jugadores.", "es"},
  {"Es una de las 10 ciudades más caras.", "es"},
  {"C'est l'un des meilleurs joueurs.", "fr"},
  {"une des 10 villes", "fr"},
  {"huit véhicules sur dix étaient garés", "fr"},
  {"ocho de cada diez vehículos", "es"},
  {"une amende de 300.000.000 GNF et 150 000 FCFA", "fr"},
  {"pagó 5.000 CRC y 300 MXN", "es"},
  {"deux autres coauteurs ont été condamnés", "fr"},
  {"otros 40 heridos y tres otros muertos", "es"},
  {"condamné à 5 ans de prison", "fr"},
  {"condenado a 5 años de prisión", "es"},
  {"transporta 20 toneladas de café", "es"},
  {"a 10 kilómetros de General Villegas", "es"},
  {"sentenced to 5 years in prison", ""},
  {"carries 20 tons of coffee", ""},
  {"10 kilometers from the town", ""},
 } { fmt.Println(c[1], c[0], dumpQ(FindLang(c[0],c[1]))) }
}
