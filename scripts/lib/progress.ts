/**
 * A progress bar for long work: redrawn in place on a terminal, a line every 10% otherwise
 * (CI logs), always with the rate so a user can tell how long is left.
 */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  let lastDecile = -1;
  const render = (done: number) => {
    const fraction = total === 0 ? 1 : done / total;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% ${done}/${total} (${rate}/s)`;
  };
  return {
    tick(done) {
      if (stream.isTTY) stream.write(`\r${render(done)}`);
      else {
        const decile = Math.floor((done / Math.max(total, 1)) * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${render(done)}\n`);
        }
      }
    },
    done() {
      if (stream.isTTY) stream.write(`\r${render(total)}\n`);
      else if (lastDecile !== 10) stream.write(`${render(total)}\n`);
    },
  };
}
