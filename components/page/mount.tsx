/**
 * Puts the page UI on the page: a `tfa-ui` host outside the article with a shadow root holding its
 * own style reset, so the page's CSS cannot reach in and ours cannot leak out.
 */
import { render } from 'preact';
import styles from './page-ui.css?inline';
import { PageApp, type PageAppProps } from './PageApp';

export interface MountedPageUi {
  host: HTMLElement;
  /** The UI's shadow root: closed, so only the extension holds it. */
  shadow: ShadowRoot;
  dispose(): void;
}

/** Key events typed in our UI stay ours: the page's own shortcuts never see them. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function mountPageUi(doc: Document, props: PageAppProps, onKeyDown: (event: KeyboardEvent) => void): MountedPageUi {
  const host = doc.createElement('tfa-ui');
  // Closed: the page's scripts cannot read the UI (a tooltip names other saved articles) or reach
  // its buttons. Assistive technology and the browser tests (DevTools protocol, WebDriver BiDi)
  // still see inside; actions only accept trusted input anyway.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = styles;
  shadow.append(style);
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of CONTAINED_EVENTS) {
    host.addEventListener(type, (event) => {
      if (type === 'keydown') onKeyDown(event as KeyboardEvent);
      event.stopPropagation();
    });
  }
  doc.documentElement.append(host);
  render(<PageApp {...props} />, container);
  return {
    host,
    shadow,
    dispose() {
      render(null, container);
      host.remove();
    },
  };
}
