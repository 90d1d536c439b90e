// Figures for benchmark output: median, p95, max over samples in milliseconds.
export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

export function formatSummary(label: string, samples: readonly number[], extra = ""): string {
  const s = summarize(samples);
  const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
  return `${label.padEnd(52)} n=${String(s.n).padStart(4)}  median ${ms(s.median)}  p95 ${ms(s.p95)}  max ${ms(s.max)}${extra ? `  ${extra}` : ""}`;
}
