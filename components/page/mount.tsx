/**
 * Puts the page UI on the page: a `tfa-ui` host outside the article with a shadow root holding its
 * own style reset, so the page's CSS cannot reach in and ours cannot leak out.
 */
import { render } from 'preact';
import styles from './page-ui.css?inline';
import { PageApp, type PageAppProps } from './PageApp';

export interface MountedPageUi {
  host: HTMLElement;
  dispose(): void;
}

/** Key events typed in our UI stay ours: the page's own shortcuts never see them. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function mountPageUi(doc: Document, props: PageAppProps, onKeyDown: (event: KeyboardEvent) => void): MountedPageUi {
  const host = doc.createElement('tfa-ui');
  // Open so that assistive technology and browser tests reach it; actions only accept trusted input.
  const shadow = host.attachShadow({ mode: 'open' });
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
    dispose() {
      render(null, container);
      host.remove();
    },
  };
}
