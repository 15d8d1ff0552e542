/**
 * CPU time from a Chromium trace (DevTools protocol `Tracing`): what one thread, or the whole
 * browser, spent between two moments. Unlike wall-clock time it hardly grows with the machine's
 * load, so benches print it beside their wall-clock figures on a shared machine.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds on the trace clock. */
  ts: number;
  /** Wall duration of a complete (`X`) event, µs. */
  dur?: number;
  /** CPU time of the thread during a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; frame?: string; data?: Record<string, unknown> };
}

export interface TraceThread {
  pid: number;
  tid: number;
}

/** Top-level tasks carry `tdur`; user timing gives the windows; metadata names the threads. */
const CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/** How long child processes are given to start tracing once the browser has (ms). */
const TRACE_SETTLE_MS = 200;

/** Starts tracing the whole browser; the returned function stops it and hands back every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  // Renderer processes join the trace a moment after the browser does.
  await new Promise((done) => setTimeout(done, TRACE_SETTLE_MS));
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** A User Timing measure as traced: where it ran and its window on the trace clock. */
export interface TracedMeasure extends TraceThread {
  start: number;
  end: number;
}

/** Every traced instance of a `performance.measure` name, in order. */
export function tracedMeasures(events: readonly TraceEvent[], name: string): TracedMeasure[] {
  const begins = events.filter((event) => event.name === name && (event.ph === 'b' || event.ph === 'B')).sort((a, b) => a.ts - b.ts);
  const ends = events.filter((event) => event.name === name && (event.ph === 'e' || event.ph === 'E')).sort((a, b) => a.ts - b.ts);
  return begins.map((begin, index) => ({ pid: begin.pid, tid: begin.tid, start: begin.ts, end: ends[index]?.ts ?? begin.ts }));
}

/** A document's load: the main thread that runs it and its navigation start (`performance.timeOrigin`). */
export interface TracedNavigation extends TraceThread {
  start: number;
}

/**
 * The load of the document in frame `frameId` whose `domInteractive` came `domInteractive` ms after
 * its navigation start: the trace's `domInteractive` mark anchors the page's clock on the trace's.
 */
export function tracedNavigation(events: readonly TraceEvent[], frameId: string, domInteractive: number): TracedNavigation | undefined {
  const found = events.filter((event) => event.name === 'domInteractive' && event.args?.frame === frameId).at(-1);
  return found ? { pid: found.pid, tid: found.tid, start: found.ts - domInteractive * 1000 } : undefined;
}

/** Threads with this name (from the trace's metadata), e.g. `ServiceWorker thread`. */
export function threadsNamed(events: readonly TraceEvent[], name: string): TraceThread[] {
  return events
    .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === name)
    .map((event) => ({ pid: event.pid, tid: event.tid }));
}

/**
 * Outermost top-level tasks per thread: Chromium nests `ThreadControllerImpl::RunTask` inside
 * `RunTask`, and counting both would count the time twice.
 */
const outermostCache = new WeakMap<readonly TraceEvent[], TraceEvent[]>();

function outermostTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const cached = outermostCache.get(events);
  if (cached) return cached;
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || event.tdur === undefined || event.dur === undefined || !event.cat.includes('toplevel')) continue;
    const thread = `${event.pid}:${event.tid}`;
    const list = byThread.get(thread);
    if (list) list.push(event);
    else byThread.set(thread, [event]);
  }
  const outermost: TraceEvent[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let coveredUntil = -Infinity;
    for (const task of list) {
      if (task.ts < coveredUntil) continue;
      outermost.push(task);
      coveredUntil = task.ts + task.dur!;
    }
  }
  outermostCache.set(events, outermost);
  return outermost;
}

/**
 * CPU milliseconds spent in [start, end] by one thread, or by every thread of every process when
 * `thread` is omitted. A task straddling an edge counts in proportion to its overlap.
 */
export function cpuMs(events: readonly TraceEvent[], start: number, end: number, thread?: TraceThread): number {
  let total = 0;
  for (const task of outermostTasks(events)) {
    if (thread && (task.pid !== thread.pid || task.tid !== thread.tid)) continue;
    const taskEnd = task.ts + task.dur!;
    const overlap = Math.min(end, taskEnd) - Math.max(start, task.ts);
    if (overlap <= 0) continue;
    total += task.dur! > 0 ? (task.tdur! * overlap) / task.dur! : task.tdur!;
  }
  return total / 1000;
}
