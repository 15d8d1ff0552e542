/**
 * When a mention's tooltip opens and closes: after a short rest on the mention, kept while the
 * pointer crosses to the tooltip and stays in it, closed on leaving or Esc, and never re-opened
 * or closed in between without a reason (no flicker).
 */

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

/** Rest on a mention before its tooltip opens: long enough that sweeping across text opens nothing. */
export const SHOW_DELAY_MS = 300;
/** Rest on another mention while a tooltip is open before it switches. */
export const SWITCH_DELAY_MS = 150;
/** Time to cross the gap between a mention and its tooltip before it closes. */
export const HIDE_GRACE_MS = 250;

export class HoverController<T> {
  private shownTarget: T | null = null;
  private candidate: T | null = null;
  private showTimer: number | null = null;
  private hideTimer: number | null = null;
  private insideTooltip = false;
  /** Closed with Esc: stays closed until the pointer leaves it. */
  private dismissed: T | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly onChange: (shown: T | null) => void,
    private readonly same: (a: T, b: T) => boolean = (a, b) => a === b,
  ) {}

  get shown(): T | null {
    return this.shownTarget;
  }

  /** The pointer is now over `target` (a mention), or over nothing of ours (null). */
  pointerOver(target: T | null): void {
    if (this.dismissed && !(target && this.same(target, this.dismissed))) this.dismissed = null;
    if (target && this.dismissed) return;
    if (target && this.shownTarget && this.same(target, this.shownTarget)) {
      this.cancelShow();
      this.cancelHide();
      return;
    }
    if (target) {
      this.cancelHide();
      if (this.candidate && this.same(this.candidate, target)) return;
      this.cancelShow();
      this.candidate = target;
      this.showTimer = this.timers.set(
        () => {
          this.showTimer = null;
          const next = this.candidate;
          this.candidate = null;
          this.set(next);
        },
        this.shownTarget ? SWITCH_DELAY_MS : SHOW_DELAY_MS,
      );
      return;
    }
    this.cancelShow();
    if (this.shownTarget && !this.insideTooltip) this.scheduleHide();
  }

  /** The pointer entered or left the tooltip itself. */
  pointerInTooltip(inside: boolean): void {
    this.insideTooltip = inside;
    if (inside) {
      this.cancelHide();
      this.cancelShow();
    } else if (this.shownTarget) {
      this.scheduleHide();
    }
  }

  escape(): void {
    if (!this.shownTarget) return;
    this.dismissed = this.shownTarget;
    this.close();
  }

  /** Closes at once (scrolling, navigation, the page changing under the tooltip). */
  close(): void {
    this.cancelShow();
    this.cancelHide();
    this.insideTooltip = false;
    this.set(null);
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = this.timers.set(() => {
      this.hideTimer = null;
      this.insideTooltip = false;
      this.set(null);
    }, HIDE_GRACE_MS);
  }

  private cancelShow(): void {
    if (this.showTimer !== null) this.timers.clear(this.showTimer);
    this.showTimer = null;
    this.candidate = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.timers.clear(this.hideTimer);
    this.hideTimer = null;
  }

  private set(target: T | null): void {
    if (target === this.shownTarget) return;
    this.shownTarget = target;
    this.onChange(target);
  }
}
