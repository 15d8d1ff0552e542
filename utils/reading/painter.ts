/**
 * Draws highlights with the CSS Custom Highlight API: ranges registered under `tfa-*` names and
 * painted by the browser, without touching the page's DOM (see README, design notes). Their styles
 * (highlights.css) come with the document-start content script: adding a style sheet to a loaded
 * page restyles all of it, which on a huge article holds the main thread for a long task.
 */

export type HighlightLayer = 'token' | 'company' | 'claim' | 'user' | 'focus' | 'flash';

const LAYERS: readonly HighlightLayer[] = ['claim', 'company', 'token', 'user', 'focus', 'flash'];

/** Later layers paint over earlier ones where ranges overlap (a token inside a claim, a flash). */
const PRIORITY: Record<HighlightLayer, number> = { claim: 1, company: 2, token: 3, user: 4, focus: 5, flash: 6 };

export function highlightName(layer: HighlightLayer): string {
  return `tfa-${layer}`;
}

interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
  get(name: string): Highlight | undefined;
}

/** The page's highlight registry, when the browser has the API. */
function registry(doc: Document): HighlightRegistryLike | null {
  const css = (doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistryLike } }) | null)?.CSS;
  return css?.highlights ?? null;
}

export class HighlightPainter {
  private readonly highlights = new Map<HighlightLayer, Highlight>();

  constructor(private readonly doc: Document) {}

  get supported(): boolean {
    return registry(this.doc) !== null && typeof Highlight === 'function';
  }

  /** Registers the layers; safe to call again. Drawing calls it. */
  private install(): void {
    const highlights = registry(this.doc);
    if (!highlights || this.highlights.size > 0) return;
    for (const layer of LAYERS) {
      const highlight = new Highlight();
      highlight.priority = PRIORITY[layer];
      highlights.set(highlightName(layer), highlight);
      this.highlights.set(layer, highlight);
    }
  }

  /** Replaces everything drawn in a layer. */
  paint(layer: HighlightLayer, ranges: Iterable<AbstractRange>): void {
    this.install();
    const highlight = this.highlights.get(layer);
    if (!highlight) return;
    highlight.clear();
    for (const range of ranges) highlight.add(range);
  }

  add(layer: HighlightLayer, range: AbstractRange): void {
    this.install();
    this.highlights.get(layer)?.add(range);
  }

  remove(layer: HighlightLayer, range: AbstractRange): void {
    this.highlights.get(layer)?.delete(range);
  }

  clear(layer?: HighlightLayer): void {
    if (layer) this.highlights.get(layer)?.clear();
    else for (const highlight of this.highlights.values()) highlight.clear();
  }

  /** Removes every layer: nothing of ours stays drawn on the page. */
  dispose(): void {
    const highlights = registry(this.doc);
    for (const layer of this.highlights.keys()) {
      if (highlights?.get(highlightName(layer)) === this.highlights.get(layer)) highlights?.delete(highlightName(layer));
    }
    this.highlights.clear();
  }
}
