package claim

import (
	"testing"

	"newsdesk/internal/model"
)

func TestResolveSpeakers(t *testing.T) {
	arts := []*model.Article{
		{Text: "Ukrainian President Volodymyr Zelensky said 500 drones were launched. The USA said 40 ships left."},
		{Text: "Selenskyj: 500 drones launched overnight at Kyiv\nAccording to the United States, 40 ships left port."},
	}
	var claims []model.Claim
	for _, a := range arts {
		claims = append(claims, FromArticle(a)...)
	}
	ResolveSpeakers(arts, claims)
	got := map[string]bool{}
	for _, c := range claims {
		got[c.Speaker] = true
	}
	for _, want := range []string{"Volodymyr Zelensky", "United States"} {
		if !got[want] {
			t.Errorf("speaker %q missing after resolution: %v", want, got)
		}
	}
	for _, bad := range []string{"Selenskyj", "USA"} {
		if got[bad] {
			t.Errorf("speaker %q left unresolved: %v", bad, got)
		}
	}
}
