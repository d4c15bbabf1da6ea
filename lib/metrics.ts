/**
 * A minimal Prometheus text-format registry: counters with labels, no dependency.
 * Counters are per process; a scraper sums replicas, so no state needs to be shared.
 */
export class Counter {
  private readonly values = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Record<string, string>, by = 1): void {
    const key = Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
      .join(',');
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [labels, value] of this.values) lines.push(`${this.name}{${labels}} ${value}`);
    return lines.join('\n');
  }
}

export class Registry {
  private readonly counters: Counter[] = [];

  counter(name: string, help: string): Counter {
    const counter = new Counter(name, help);
    this.counters.push(counter);
    return counter;
  }

  render(): string {
    return this.counters.map((c) => c.render()).join('\n') + '\n';
  }
}
