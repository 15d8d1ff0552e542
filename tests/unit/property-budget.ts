/**
 * Bounds the time fast-check may spend shrinking a failure (installed for every property test by
 * `install-property-budget.ts`, a vitest setup file): the failure is then reported with the smallest
 * counterexample found so far and the seed and path to replay it, instead of shrinking for many
 * minutes inside one synchronous call that no test timeout can interrupt. Whether a property passes
 * never depends on the clock: every generated run still runs; only the search for a smaller
 * counterexample stops early.
 */
import fc from 'fast-check';

/**
 * Shrinking time allowed after the first failure. Shrinking a healthy failure takes a few seconds;
 * this leaves room for a loaded two-core machine and stays well below the 30 s test timeout.
 */
export const SHRINK_BUDGET_MS = 10_000;

type RunOutcome = fc.PreconditionFailure | fc.PropertyFailure | null;

function isPropertyFailure(outcome: RunOutcome): outcome is fc.PropertyFailure {
  return outcome !== null && !fc.PreconditionFailure.isFailure(outcome);
}

/** A fast-check plugin that interrupts shrinking once `budgetMs` have passed since the first failure. */
export function boundedShrinking(budgetMs: number, now: () => number = () => performance.now()): fc.Plugin<unknown> {
  return () => {
    let firstFailureAt: number | undefined;
    let asynchronous = false;
    const observe = (outcome: RunOutcome): RunOutcome => {
      if (firstFailureAt === undefined && isPropertyFailure(outcome)) firstFailureAt = now();
      return outcome;
    };
    return {
      decorateRun: (nestedRun) => (value) => {
        if (firstFailureAt !== undefined && now() - firstFailureAt > budgetMs) {
          // An interrupting precondition failure ends the run; the failure already found is reported.
          const stop = new fc.PreconditionFailure(true);
          return (asynchronous ? Promise.resolve(stop) : stop) as ReturnType<typeof nestedRun>;
        }
        const outcome: RunOutcome | Promise<RunOutcome> = nestedRun(value);
        if (outcome instanceof Promise) {
          asynchronous = true;
          return outcome.then(observe) as ReturnType<typeof nestedRun>;
        }
        return observe(outcome) as ReturnType<typeof nestedRun>;
      },
    };
  };
}
