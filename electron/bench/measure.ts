import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Measuring helpers shared by every bench section. */

/** Wall-clock seconds, and CPU seconds of this process (fairer on a busy shared machine). */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await fn();
  const cpu = process.cpuUsage(c0);
  return [value, Math.round(performance.now() - t0) / 1000, Math.round((cpu.user + cpu.system) / 1000) / 1000];
}

/** The median (lower middle for an even count); 0 for no values. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] as number);
}

/** Peak resident memory in MB (main thread and OCR worker threads share the process), sampled. */
export function memoryPeak(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return { stop: () => (clearInterval(timer), Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576)) };
}

/**
 * How long the main thread's event loop was blocked (what a UI on it would stall for):
 * perf_hooks' event-loop delay histogram at 10 ms resolution, in milliseconds.
 */
export function eventLoopDelay(): { stop: () => { maxMs: number; p99Ms: number; meanMs: number } } {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  return {
    stop: () => {
      h.disable();
      return { maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), meanMs: ms(h.mean) };
    },
  };
}
