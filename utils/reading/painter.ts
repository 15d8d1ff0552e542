/**
 * Draws highlights with the CSS Custom Highlight API: ranges registered under `tfa-*` names and
 * painted by the browser, without touching the page's DOM (see README, design notes).
 */

export type HighlightLayer = 'token' | 'company' | 'claim' | 'user' | 'focus' | 'flash';

const LAYERS: readonly HighlightLayer[] = ['claim', 'company', 'token', 'user', 'focus', 'flash'];

/** Later layers paint over earlier ones where ranges overlap (a token inside a claim, a flash). */
const PRIORITY: Record<HighlightLayer, number> = { claim: 1, company: 2, token: 3, user: 4, focus: 5, flash: 6 };

export function highlightName(layer: HighlightLayer): string {
  return `tfa-${layer}`;
}

/**
 * Calm colours that read on light and dark pages alike: translucent backgrounds keep the page's
 * own text colour, underlines tell the kinds apart without colour alone.
 */
export const HIGHLIGHT_CSS = `
::highlight(tfa-token) { background-color: rgb(245 166 35 / 0.22); text-decoration: underline dotted rgb(214 137 16 / 0.9); }
::highlight(tfa-company) { background-color: rgb(56 132 255 / 0.18); text-decoration: underline solid rgb(56 132 255 / 0.7); }
::highlight(tfa-claim) { background-color: rgb(150 90 230 / 0.08); text-decoration: underline dashed rgb(150 90 230 / 0.75); }
::highlight(tfa-user) { background-color: rgb(255 221 0 / 0.42); }
::highlight(tfa-focus) { background-color: rgb(56 132 255 / 0.38); }
::highlight(tfa-flash) { background-color: rgb(255 140 0 / 0.55); }
`;

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
  private styleCleanup: (() => void) | null = null;

  constructor(private readonly doc: Document) {}

  get supported(): boolean {
    return registry(this.doc) !== null && typeof Highlight === 'function';
  }

  /**
   * Registers the layers and their styles; safe to call again. Drawing calls it, so the page
   * restyles once, when the first highlight appears, and never while it is still loading.
   */
  private install(): void {
    const highlights = registry(this.doc);
    if (!highlights || this.highlights.size > 0) return;
    for (const layer of LAYERS) {
      const highlight = new Highlight();
      highlight.priority = PRIORITY[layer];
      highlights.set(highlightName(layer), highlight);
      this.highlights.set(layer, highlight);
    }
    this.styleCleanup = this.addStyles();
  }

  /** Document-level styles (highlight pseudo-elements cannot be styled from a shadow root). */
  private addStyles(): () => void {
    const doc = this.doc;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        };
      }
    } catch {
      // Some content-script worlds cannot adopt a sheet they constructed: fall back to an element.
    }
    const style = doc.createElement('style');
    style.id = 'tfa-highlight-styles';
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
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

  /** Removes every layer and the styles: nothing of ours stays on the page. */
  dispose(): void {
    const highlights = registry(this.doc);
    for (const layer of this.highlights.keys()) {
      if (highlights?.get(highlightName(layer)) === this.highlights.get(layer)) highlights?.delete(highlightName(layer));
    }
    this.highlights.clear();
    this.styleCleanup?.();
    this.styleCleanup = null;
  }
}
