// Command newsdesk turns news pages from many outlets into stories: figures,
// timeline, agreement and conflict, every line cited to its article.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"newsdesk/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})
	stop()
	os.Exit(code)
}
