package claim

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebugCues(t *testing.T) {
	path := os.Getenv("CUEFILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	for _, a := range Attributions(string(b)) {
		fmt.Printf("%q verb=%q speaker=%+v\n", a.Phrase, string(b[a.VerbStart:a.VerbEnd]), a.Speaker)
	}
}
