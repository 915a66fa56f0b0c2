package claim

import (
	"fmt"
	"testing"
)

func TestZZTok(t *testing.T) {
	an := analyse("Robbers stole 85 diamonds, the prosecutors' office said.")
	for _, p := range an.paras {
		for i, tk := range p.toks {
			fmt.Printf("%d %q kind=%v q=%v\n", i, tk.Text, tk.Kind, p.quoted[i])
		}
		for _, c := range p.cues {
			fmt.Printf("cue %+v %q\n", c, p.phrase(c.PhraseFrom, c.PhraseTo))
		}
	}
}
