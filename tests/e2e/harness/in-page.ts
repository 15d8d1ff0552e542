/**
 * Code that runs inside the page under test, installed on first use in each world: finds text ranges
 * and elements the way a reader would (visible text, accessible role and name, through open shadow
 * roots and the closed ones the driver hands over), reads tooltips and User Timing measures, and
 * plays a Next.js-like client-side router. Page actions run in the page's main world; what reads the
 * extension's UI runs in an isolated world (see `PageBackend.evaluateWithShadowRoots`), out of page
 * scripts' reach.
 *
 * `installPageHarness` is serialised with `Function.prototype.toString`, so it must not reference
 * anything outside its own body.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TextLocation {
  /** First line box of the range, for hovering it. */
  firstLine: Rect;
  /** The first and last characters, for dragging a selection from one to the other. */
  firstChar: Rect;
  lastChar: Rect;
}

export interface RoleQuery {
  role: string;
  /** Exact accessible name (whitespace collapsed), or a pattern. */
  name?: string | { source: string; flags: string };
  /** Which match to use when several match; without it, several matches are an error. */
  nth?: number;
}

export interface ElementLocation {
  count: number;
  /** Centre of the chosen element after scrolling it into view. */
  x: number;
  y: number;
  /** Whether a pointer at the centre would reach the element (nothing covers it). */
  reachable: boolean;
}

export interface MeasureEntry {
  name: string;
  startTime: number;
  duration: number;
  /** The measure's `detail`, when it is plain data. */
  detail: unknown;
}

export type Found<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface PageHarness {
  locateText(text: string, occurrence: number): Found<TextLocation>;
  selectTextProgrammatically(text: string, occurrence: number): Found<string>;
  selectionText(): string;
  locateRole(query: RoleQuery): Found<ElementLocation>;
  roleTexts(query: RoleQuery): string[];
  /**
   * Text inside matching elements that holds `char` (a bidi control) in an element that does not
   * isolate it (`unicode-bidi: isolate` or `plaintext`): where it could reorder the UI's own words.
   */
  unisolatedText(query: RoleQuery, char: string): string[];
  /** Where each matching element is drawn, and the viewport's size: whether it fits on screen. */
  roleBoxes(query: RoleQuery): { boxes: Rect[]; viewport: { width: number; height: number } };
  visibleText(): string;
  tooltipTexts(): string[];
  measures(prefix: string): MeasureEntry[];
  navigate(url: string): Promise<void>;
  back(): Promise<void>;
  /** Closed shadow roots (from the driver) to look into, until the next call replaces them. */
  useShadowRoots(roots: ShadowRoot[]): void;
}

/** Name of the symbol (`Symbol.for`) the harness is kept under on `window`, out of page scripts' way. */
export const PAGE_HARNESS_SYMBOL = 'tfa-e2e-harness';

export function installPageHarness(): PageHarness {
  const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

  const rectOf = (rect: DOMRect): Rect => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });

  const isVisible = (element: Element): boolean =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true } as CheckVisibilityOptions);

  /** Closed shadow roots by host: page code cannot reach them, the driver can and passes them in. */
  let closedRoots = new Map<Element, ShadowRoot>();

  /** The shadow root rendered for an element, open or closed. */
  const shadowOf = (element: Element): ShadowRoot | null => element.shadowRoot ?? closedRoots.get(element) ?? null;

  /** Parent across shadow boundaries. */
  const composedParent = (node: Node): Element | null => {
    if (node.parentElement) return node.parentElement;
    const root = node.parentNode;
    return root instanceof ShadowRoot ? root.host : null;
  };

  const isAriaHidden = (element: Element): boolean => {
    for (let current: Element | null = element; current; current = composedParent(current)) {
      if (current.getAttribute('aria-hidden') === 'true') return true;
    }
    return false;
  };

  /** Every element of the document, including those inside shadow roots. */
  const allElements = (): Element[] => {
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        found.push(element);
        const shadow = shadowOf(element);
        if (shadow) visit(shadow);
      }
    };
    visit(document);
    return found;
  };

  // ---- Text ranges in the page's own text (light DOM of the body).

  const SKIPPED_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

  interface TextPosition {
    node: Text;
    offset: number;
  }

  /** The body's text with whitespace collapsed, and where each of its characters is in the DOM. */
  const flattenBodyText = (): { text: string; positions: TextPosition[] } => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement && SKIPPED_TEXT_PARENTS.has(node.parentElement.tagName)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    // Characters gathered in a list and joined once: `endsWith` on a string grown a character at a
    // time flattens it on every call in V8, quadratic on a megabyte paragraph (minutes).
    const chars: string[] = [];
    let afterSpace = true;
    const positions: TextPosition[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      for (let offset = 0; offset < data.length; offset += 1) {
        const char = data[offset] as string;
        if (/\s/.test(char)) {
          if (afterSpace) continue;
          chars.push(' ');
          afterSpace = true;
        } else {
          chars.push(char);
          afterSpace = false;
        }
        positions.push({ node, offset });
      }
    }
    const text = chars.join('');
    return { text, positions };
  };

  const findTextRange = (wanted: string, occurrence: number): Found<Range> => {
    const needle = collapse(wanted);
    if (!needle) return { ok: false, reason: 'empty text' };
    const { text, positions } = flattenBodyText();
    let index = -1;
    for (let seen = 0; seen <= occurrence; seen += 1) {
      index = text.indexOf(needle, index + 1);
      if (index < 0) {
        return { ok: false, reason: `"${needle}" occurs ${seen} time(s) in the page text; wanted occurrence ${occurrence}` };
      }
    }
    const start = positions[index] as TextPosition;
    const end = positions[index + needle.length - 1] as TextPosition;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    return { ok: true, value: range };
  };

  const charRect = (node: Node, offset: number): Rect => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return rectOf(range.getBoundingClientRect());
  };

  const locateText = (text: string, occurrence: number): Found<TextLocation> => {
    const found = findTextRange(text, occurrence);
    if (!found.ok) return found;
    const range = found.value;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    // A paragraph taller than the window is centred on its middle: bring the text itself into view.
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior: 'instant' });
    }
    const lines = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    const firstLine = lines[0];
    if (!firstLine) return { ok: false, reason: `"${collapse(text)}" is in the page text but not rendered` };
    return {
      ok: true,
      value: {
        firstLine: rectOf(firstLine),
        firstChar: charRect(range.startContainer, range.startOffset),
        lastChar: charRect(range.endContainer, range.endOffset - 1),
      },
    };
  };

  const selectTextProgrammatically = (text: string, occurrence: number): Found<string> => {
    const found = findTextRange(text, occurrence);
    if (!found.ok) return found;
    const range = found.value;
    const selection = document.getSelection();
    if (!selection) return { ok: false, reason: 'the document has no selection object' };
    selection.removeAllRanges();
    selection.addRange(range);
    const end = charRect(range.endContainer, range.endOffset - 1);
    const target = range.endContainer.parentElement ?? document.body;
    const init = { bubbles: true, composed: true, cancelable: true, view: window, button: 0 };
    target.dispatchEvent(
      new MouseEvent('mouseup', { ...init, clientX: end.left + end.width, clientY: end.top + end.height / 2 }),
    );
    return { ok: true, value: selection.toString() };
  };

  // ---- Accessible roles and names (the subset of ARIA a reader's UI uses).

  const IMPLICIT_ROLE: Record<string, string> = {
    ARTICLE: 'article',
    ASIDE: 'complementary',
    BUTTON: 'button',
    DIALOG: 'dialog',
    H1: 'heading',
    H2: 'heading',
    H3: 'heading',
    H4: 'heading',
    H5: 'heading',
    H6: 'heading',
    HR: 'separator',
    LI: 'listitem',
    MAIN: 'main',
    NAV: 'navigation',
    OL: 'list',
    OPTION: 'option',
    OUTPUT: 'status',
    PROGRESS: 'progressbar',
    SUMMARY: 'button',
    TABLE: 'table',
    TD: 'cell',
    TEXTAREA: 'textbox',
    TH: 'columnheader',
    TR: 'row',
    UL: 'list',
  };

  const INPUT_ROLE: Record<string, string> = {
    button: 'button',
    checkbox: 'checkbox',
    image: 'button',
    number: 'spinbutton',
    radio: 'radio',
    range: 'slider',
    reset: 'button',
    search: 'searchbox',
    submit: 'button',
  };

  /** Roles whose name comes from their content when nothing else names them. */
  const NAME_FROM_CONTENT = new Set([
    'button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem',
    'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab',
    'tooltip', 'treeitem',
  ]);

  const roleOf = (element: Element): string | null => {
    const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = element.tagName;
    if (tag === 'A' || tag === 'AREA') return element.hasAttribute('href') ? 'link' : null;
    if (tag === 'IMG') return element.getAttribute('alt') === '' ? 'presentation' : 'img';
    if (tag === 'SELECT') {
      const select = element as HTMLSelectElement;
      return select.multiple || select.size > 1 ? 'listbox' : 'combobox';
    }
    if (tag === 'INPUT') {
      const input = element as HTMLInputElement;
      if (input.type === 'hidden') return null;
      return INPUT_ROLE[input.type] ?? (input.hasAttribute('list') ? 'combobox' : 'textbox');
    }
    return IMPLICIT_ROLE[tag] ?? null;
  };

  /** Nodes rendered as an element's content: its shadow tree (slots filled) or its children. */
  const renderedChildren = (element: Element): Node[] => {
    if (element instanceof HTMLSlotElement) {
      const assigned = element.assignedNodes({ flatten: true });
      return assigned.length > 0 ? assigned : Array.from(element.childNodes);
    }
    return Array.from((shadowOf(element) ?? element).childNodes);
  };

  const textFromContent = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (!(node instanceof Element)) return '';
    if (node.getAttribute('aria-hidden') === 'true' || (!(node instanceof HTMLSlotElement) && !isVisible(node))) {
      return '';
    }
    const label = node.getAttribute('aria-label')?.trim();
    if (label) return ` ${label} `;
    if (node.tagName === 'IMG') return ` ${node.getAttribute('alt') ?? ''} `;
    const inner = renderedChildren(node).map(textFromContent).join('');
    return getComputedStyle(node).display === 'inline' ? inner : ` ${inner} `;
  };

  const textOfIds = (element: Element, ids: string): string => {
    const root = element.getRootNode() as Document | ShadowRoot;
    return ids
      .split(/\s+/)
      .map((id) => root.getElementById(id))
      .map((labelElement) => (labelElement ? textFromContent(labelElement) : ''))
      .join(' ');
  };

  const accessibleName = (element: Element, role: string): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const name = collapse(textOfIds(element, labelledBy));
      if (name) return name;
    }
    const label = collapse(element.getAttribute('aria-label') ?? '');
    if (label) return label;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
      const fromLabels = collapse(Array.from(element.labels ?? []).map(textFromContent).join(' '));
      if (fromLabels) return fromLabels;
      if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) {
        return collapse(element.value);
      }
      if (element instanceof HTMLInputElement && element.type === 'image') return collapse(element.alt);
      const placeholder = collapse(element.getAttribute('placeholder') ?? '');
      if (placeholder) return placeholder;
    }
    if (element.tagName === 'IMG') {
      const alt = collapse(element.getAttribute('alt') ?? '');
      if (alt) return alt;
    }
    if (NAME_FROM_CONTENT.has(role)) {
      const fromContent = collapse(renderedChildren(element).map(textFromContent).join(''));
      if (fromContent) return fromContent;
    }
    return collapse(element.getAttribute('title') ?? '');
  };

  const nameMatches = (name: string, wanted: RoleQuery['name']): boolean => {
    if (wanted === undefined) return true;
    if (typeof wanted === 'string') return name === collapse(wanted);
    return new RegExp(wanted.source, wanted.flags).test(name);
  };

  const queryByRole = (query: RoleQuery): Element[] =>
    allElements().filter(
      (element) =>
        roleOf(element) === query.role &&
        isVisible(element) &&
        !isAriaHidden(element) &&
        nameMatches(accessibleName(element, query.role), query.name),
    );

  const describeQuery = (query: RoleQuery): string => {
    const name =
      query.name === undefined ? '' : typeof query.name === 'string' ? ` named "${query.name}"` : ` named /${query.name.source}/${query.name.flags}`;
    return `role "${query.role}"${name}`;
  };

  /** The innermost element under a point, looking inside shadow roots. */
  const deepElementFromPoint = (x: number, y: number): Element | null => {
    let element = document.elementFromPoint(x, y);
    let shadow = element ? shadowOf(element) : null;
    while (element && shadow) {
      const inner = shadow.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
      shadow = shadowOf(element);
    }
    return element;
  };

  const composedContains = (ancestor: Element, node: Element | null): boolean => {
    for (let current = node; current; current = composedParent(current)) {
      if (current === ancestor) return true;
    }
    return false;
  };

  const locateRole = (query: RoleQuery): Found<ElementLocation> => {
    const matches = queryByRole(query);
    if (matches.length === 0) return { ok: false, reason: `no visible element with ${describeQuery(query)}` };
    if (query.nth === undefined && matches.length > 1) {
      return { ok: false, reason: `${matches.length} visible elements with ${describeQuery(query)}; pass nth to choose one` };
    }
    const element = matches[query.nth ?? 0];
    if (!element) return { ok: false, reason: `only ${matches.length} visible element(s) with ${describeQuery(query)}` };
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    return { ok: true, value: { count: matches.length, x, y, reachable: composedContains(element, deepElementFromPoint(x, y)) } };
  };

  const roleTexts = (query: RoleQuery): string[] =>
    queryByRole(query).map((element) => collapse(renderedChildren(element).map(textFromContent).join('')));

  const unisolatedText = (query: RoleQuery, char: string): string[] => {
    const leaks: string[] = [];
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const holder = node.parentElement;
        const text = (node as Text).data;
        if (text.includes(char) && (!holder || !['isolate', 'plaintext'].includes(getComputedStyle(holder).unicodeBidi))) {
          leaks.push(`${holder?.tagName ?? '#root'}: ${text.slice(0, 60)}`);
        }
        return;
      }
      if (node instanceof Element) renderedChildren(node).forEach(visit);
    };
    queryByRole(query).forEach(visit);
    return leaks;
  };

  const roleBoxes = (query: RoleQuery) => ({
    boxes: queryByRole(query).map((element) => {
      const box = element.getBoundingClientRect();
      return { left: box.left, top: box.top, width: box.width, height: box.height };
    }),
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
  });

  // ---- What a reader sees.

  const visibleText = (): string => collapse(textFromContent(document.body));

  const tooltipTexts = (): string[] => roleTexts({ role: 'tooltip' });

  const measures = (prefix: string): MeasureEntry[] =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith(prefix))
      .map((entry) => {
        let detail: unknown = null;
        try {
          detail = JSON.parse(JSON.stringify((entry as PerformanceMeasure).detail ?? null)) as unknown;
        } catch {
          detail = null;
        }
        return { name: entry.name, startTime: entry.startTime, duration: entry.duration, detail };
      });

  // ---- Client-side navigation as a Next.js App Router does it: new content, then pushState, no event.

  /** Elements an extension injected: product-prefixed, they survive navigation as they would under React. */
  const isInjected = (node: Node): boolean =>
    node instanceof Element && (node.localName.startsWith('tfa-') || node.id.startsWith('tfa-'));

  const HEAD_METADATA = 'title, meta[name], meta[property], link[rel="canonical"]';

  const showDocument = async (url: string): Promise<void> => {
    const response = await fetch(url);
    const incoming = new DOMParser().parseFromString(await response.text(), 'text/html');
    document.documentElement.lang = incoming.documentElement.lang;
    for (const old of Array.from(document.head.querySelectorAll(HEAD_METADATA))) old.remove();
    for (const meta of Array.from(incoming.head.querySelectorAll(HEAD_METADATA))) {
      document.head.append(document.importNode(meta, true));
    }
    for (const child of Array.from(document.body.childNodes)) {
      if (!isInjected(child)) child.remove();
    }
    // The router renders the new page; the new page's inline scripts are not run again.
    for (const script of Array.from(incoming.body.querySelectorAll('script'))) script.remove();
    document.body.append(...Array.from(incoming.body.childNodes).map((child) => document.importNode(child, true)));
  };

  let pendingBack: { resolve: () => void; reject: (error: unknown) => void } | null = null;
  let routing = false;
  /** The router follows Back only once it has navigated: the isolated-world copy never routes. */
  const startRouting = (): void => {
    if (routing) return;
    routing = true;
    window.addEventListener('popstate', () => {
      const waiting = pendingBack;
      pendingBack = null;
      showDocument(location.href).then(
        () => waiting?.resolve(),
        (error: unknown) => waiting?.reject(error),
      );
    });
  };

  const navigate = async (url: string): Promise<void> => {
    startRouting();
    await showDocument(url);
    history.pushState({}, '', url);
  };

  const back = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      startRouting();
      pendingBack = { resolve, reject };
      history.back();
    });

  return {
    locateText,
    selectTextProgrammatically,
    selectionText: () => collapse(document.getSelection()?.toString() ?? ''),
    locateRole,
    roleTexts,
    roleBoxes,
    unisolatedText,
    visibleText,
    tooltipTexts,
    measures,
    navigate,
    back,
    useShadowRoots: (roots) => {
      closedRoots = new Map(roots.map((root) => [root.host, root]));
    },
  };
}
