package claim
import ("testing";"fmt";"newsdesk/internal/entity")
func TestZZ(t *testing.T){
 for _, s := range []string{"El Ministerio de Salud Pública","El Ministerio de Salud", "Le ministère de la Santé", "La Secretaría de Salud Pública", "El Ministerio de Salud Pública de Uruguay"} {
   r,n := entity.SplitTitle(s); fmt.Printf("%q -> role %q name %q orgOf %v cue %v\n", s, r, n, orgOfPhrase(s), hasOrgCue(s))
 }
}
