// Command ferretdb-launcher runs FerretDB v1.24.2 with its SQLite backend.
//
// It embeds FerretDB's library package rather than building FerretDB's own
// command: the module as published lacks the generated version file that the
// command checks at start, and the library skips that check.
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// gcPercent is Go's GOGC for this process unless GOGC is set. FerretDB decodes every document
// a filter reads, and at Go's default (100) the collector took about a third of its CPU: a
// filtered count over 1,000 workers cost 73 ms of CPU at 100 and 44 ms at 400, for about
// 10 MB more memory (38 MB to 48 MB peak).
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	addr := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dir := flag.String("data", ".data/ferretdb", "directory for the SQLite database files")
	logLevel := flag.String("log-level", "error", "FerretDB log level: debug, info, warn or error")
	withParent := flag.Bool("stop-with-parent", false, "stop when the process that started this one exits")
	flag.Parse()

	abs, err := filepath.Abs(*dir)
	if err != nil {
		log.Fatalf("ferretdb-launcher: data directory: %v", err)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		log.Fatalf("ferretdb-launcher: data directory: %v", err)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		log.Fatalf("ferretdb-launcher: -log-level: %v", err)
	}
	// One JSON object per line, like every other process of the project.
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *addr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		log.Fatalf("ferretdb-launcher: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if *withParent {
		go stopWhenOrphaned(stop)
	}

	logger.Info("ferretdb-launcher starting", "listen", *addr, "data", abs)
	if err := f.Run(ctx); err != nil {
		log.Fatalf("ferretdb-launcher: %v", err)
	}
}

// stopWhenOrphaned stops the server once its parent is gone (the process is re-parented),
// so a killed start script leaves no database running.
func stopWhenOrphaned(stop context.CancelFunc) {
	parent := os.Getppid()
	for range time.Tick(500 * time.Millisecond) {
		if os.Getppid() != parent {
			stop()
			return
		}
	}
}
