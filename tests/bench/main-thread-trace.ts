/**
 * Main-thread figures of one page load from a Chromium trace (DevTools protocol `Tracing`): every
 * task's wall time (`dur`) and thread time (`tdur`, CPU the thread actually got). Thread time is
 * the load-robust figure: on a busy two-core machine a task's wall time stretches with the load
 * average, its thread time hardly moves.
 */
import type { CDPSession } from 'playwright-core';

/** The trace event fields read here (Chrome's JSON trace format; times in microseconds). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: {
    data?: { url?: string };
    /** `Layout`: how many layout objects it had to lay out, of how many the frame has. */
    beginData?: { dirtyObjects?: number; totalObjects?: number };
    /** `UpdateLayoutTree`: how many elements had their style recomputed. */
    elementCount?: number;
  };
}

/** Enough to see tasks, scripts, user timing and rendering; the stack-sampling categories stay off. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing'];

/** Starts recording; `stop` ends it and returns the events. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/** One main-thread task, in milliseconds from the start of the `annotate` measure. */
export interface MainThreadTask {
  start: number;
  wall: number;
  cpu: number;
  /** Its thread time inside the `annotate` measure (all of it, part of it, or none). */
  cpuInAnnotate: number;
  /** What ran in it (script evaluation, timers, microtasks, idle callbacks, layout, paint). */
  kinds: string[];
  /** Layout objects laid out again in it (summed over its layouts), and elements restyled. */
  relaidObjects: number;
  restyledElements: number;
}

export interface LoadTrace {
  /** Wall time of the two measures, as the page recorded them. */
  annotateWall: number;
  extractWall: number;
  /** Where the `extract` measure starts, in milliseconds from the start of the `annotate` measure. */
  extractStart: number;
  /** Main-thread CPU time over the `annotate` measure (content script's `main` to fully annotated). */
  annotateCpu: number;
  /**
   * The part of `annotateCpu` in tasks that only rendered the page (style, layout, paint) and ran
   * no script: the page's own frames that happen to fall inside the measure.
   */
  renderingCpuInAnnotate: number;
  /** Main-thread CPU time evaluating the content script's bundle, before `main` starts the measure. */
  evaluationCpu: number;
  /** Main-thread CPU time over the `extract` measure (extraction runs in two tasks; pro rata where a task straddles an edge). */
  extractCpu: number;
  /** Main-thread CPU time from the content script's first task until the trace ends (UI included). */
  totalCpu: number;
  /** Longest main-thread task from the content script's first task on, by wall and by thread time. */
  longestWall: number;
  longestCpu: number;
  /** Layout objects in the frame (the page's size as Blink lays it out), the most any layout saw. */
  layoutObjects: number;
  tasks: MainThreadTask[];
}

/** Events that say what a task did, as shown in a task's `kinds`. */
const TASK_KINDS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'MinorGC',
  'MajorGC',
  'ParseHTML',
]);

function asyncSpan(events: readonly TraceEvent[], name: string): { begin: TraceEvent; end: TraceEvent } {
  const begin = events.find((event) => event.name === name && event.ph === 'b');
  const end = events.find((event) => event.name === name && event.ph === 'e');
  if (!begin || !end) throw new Error(`The trace has no ${name} measure.`);
  return { begin, end };
}

/** Thread time of `task` spent inside [from, to], assuming it was spread evenly over its wall time. */
function cpuWithin(task: TraceEvent, from: number, to: number): number {
  const start = task.ts;
  const end = task.ts + (task.dur ?? 0);
  const overlap = Math.min(end, to) - Math.max(start, from);
  if (overlap <= 0 || !task.dur) return 0;
  return ((task.tdur ?? 0) * overlap) / task.dur;
}

/**
 * Summarises one page load: the page's main thread is the thread that recorded the measures; the
 * content script's work starts with the task that evaluated `scriptUrl`.
 */
export function summariseLoad(events: readonly TraceEvent[], measures: { annotate: string; extract: string }, scriptUrl: string): LoadTrace {
  const annotate = asyncSpan(events, measures.annotate);
  const extract = asyncSpan(events, measures.extract);
  const { pid, tid } = annotate.begin;
  const onMain = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X');
  const runTasks = onMain.filter((event) => event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  // Nested run loops report tasks inside tasks: only the outermost ones block the thread.
  const tasks: TraceEvent[] = [];
  for (const task of runTasks) {
    const last = tasks[tasks.length - 1];
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) tasks.push(task);
  }
  const evaluation = onMain.find((event) => event.name === 'EvaluateScript' && event.args?.data?.url === scriptUrl);
  if (!evaluation) throw new Error(`The trace has no evaluation of ${scriptUrl}.`);
  const firstIndex = tasks.findIndex((task) => task.ts <= evaluation.ts && evaluation.ts < task.ts + (task.dur ?? 0));
  const ours = tasks.slice(Math.max(0, firstIndex));
  const origin = annotate.begin.ts;
  const annotateEnd = annotate.end.ts;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const kindsOf = (task: TraceEvent) => {
    const end = task.ts + (task.dur ?? 0);
    const kinds = onMain.filter((event) => TASK_KINDS.has(event.name) && event.ts >= task.ts && event.ts < end).map((event) => event.name);
    return [...new Set(kinds)];
  };
  const within = (task: TraceEvent, name: string) => {
    const end = task.ts + (task.dur ?? 0);
    return onMain.filter((event) => event.name === name && event.ts >= task.ts && event.ts < end);
  };
  const layouts = onMain.filter((event) => event.name === 'Layout' && event.args?.beginData?.totalObjects !== undefined);
  const renderingOnly = (task: TraceEvent) => {
    const kinds = kindsOf(task);
    return kinds.some((kind) => RENDERING_KINDS.has(kind)) && !kinds.some((kind) => SCRIPT_KINDS.has(kind));
  };
  return {
    annotateWall: (annotate.end.ts - annotate.begin.ts) / 1000,
    extractWall: (extract.end.ts - extract.begin.ts) / 1000,
    extractStart: (extract.begin.ts - origin) / 1000,
    annotateCpu: sum(ours.map((task) => cpuWithin(task, origin, annotateEnd))) / 1000,
    renderingCpuInAnnotate: sum(ours.filter(renderingOnly).map((task) => cpuWithin(task, origin, annotateEnd))) / 1000,
    evaluationCpu: sum(ours.map((task) => cpuWithin(task, evaluation.ts, origin))) / 1000,
    extractCpu: sum(ours.map((task) => cpuWithin(task, extract.begin.ts, extract.end.ts))) / 1000,
    totalCpu: sum(ours.map((task) => task.tdur ?? 0)) / 1000,
    longestWall: Math.max(0, ...ours.map((task) => task.dur ?? 0)) / 1000,
    longestCpu: Math.max(0, ...ours.map((task) => task.tdur ?? 0)) / 1000,
    layoutObjects: Math.max(0, ...layouts.map((event) => event.args?.beginData?.totalObjects ?? 0)),
    tasks: ours.map((task) => ({
      start: (task.ts - origin) / 1000,
      wall: (task.dur ?? 0) / 1000,
      cpu: (task.tdur ?? 0) / 1000,
      cpuInAnnotate: cpuWithin(task, origin, annotateEnd) / 1000,
      kinds: kindsOf(task),
      relaidObjects: sum(within(task, 'Layout').map((event) => event.args?.beginData?.dirtyObjects ?? 0)),
      restyledElements: sum(within(task, 'UpdateLayoutTree').map((event) => event.args?.elementCount ?? 0)),
    })),
  };
}

/** What a task that ran script shows; a task with none of these and some rendering only rendered. */
const SCRIPT_KINDS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks']);
const RENDERING_KINDS = new Set(['UpdateLayoutTree', 'Layout', 'Paint']);

/** Garbage collections, which V8 runs inside whatever task is allocating when the heap fills. */
const GC_EVENTS = new Set(['MinorGC', 'MajorGC']);

/**
 * The main-thread tasks (outermost) of the thread that recorded the user-timing mark `mark`, from
 * it on, with their thread and wall time (ms), the thread time of garbage collections in them and
 * the names of every event that ran in them.
 */
export function tasksSinceMark(
  events: readonly TraceEvent[],
  mark: string,
): Array<{ cpu: number; wall: number; gc: number; kinds: string[] }> {
  const marked = events.find((event) => event.name === mark);
  if (!marked) throw new Error(`The trace has no ${mark} mark.`);
  const onMain = events.filter((event) => event.pid === marked.pid && event.tid === marked.tid && event.ph === 'X');
  const outermost: TraceEvent[] = [];
  for (const task of onMain.filter((event) => event.name === 'RunTask' && event.ts >= marked.ts).sort((a, b) => a.ts - b.ts)) {
    const last = outermost[outermost.length - 1];
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) outermost.push(task);
  }
  return outermost.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((event) => event.ts >= task.ts && event.ts < end && event !== task);
    const gc = inside.filter((event) => GC_EVENTS.has(event.name)).reduce((sum, event) => sum + (event.tdur ?? 0), 0);
    return {
      cpu: (task.tdur ?? 0) / 1000,
      wall: (task.dur ?? 0) / 1000,
      gc: gc / 1000,
      kinds: [...new Set(inside.map((event) => event.name))],
    };
  });
}
