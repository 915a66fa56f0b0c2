package claim

import (
	"os"
	"testing"
)

// The tests run with panic recovery off, so that a bug that panics fails
// them instead of giving an article no claims.
func TestMain(m *testing.M) {
	recoverPanics = false
	os.Exit(m.Run())
}
