/**
 * A count of the work the tagger does, in steps that each cost about the same (a character read, a
 * failure-link detour, a match handled, a candidate moved while sorting, a character read around a
 * trigger word…). Tests read it to check that cost grows linearly with the input: unlike wall-clock
 * time it is the same on a busy machine. Each pass adds its total once, never per step.
 */
export const taggerWork = { steps: 0 };

export function addWork(steps: number): void {
  taggerWork.steps += steps;
}
