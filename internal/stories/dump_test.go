package stories

import (
	"context"
	"os"
	"testing"

	"newsdesk/internal/report"
)

func TestDumpSample(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	r, err := Report(context.Background(), samplePages(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	report.WriteText(os.Stdout, r)
	if os.Getenv("DUMP") == "json" {
		report.WriteJSON(os.Stdout, r)
	}
}
