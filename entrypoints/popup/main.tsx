// First: starts the first screen's read before the rest of the popup's code is evaluated.
import { firstScreen } from './first-screen';
import { render } from 'preact';
import { App } from './App';
import './popup.css';

document.documentElement.lang = navigator.language;
// Ask the browser to keep the library through storage pressure; `persist()` exists only in pages.
void navigator.storage?.persist?.().catch(() => undefined);
render(<App firstScreen={firstScreen} />, document.getElementById('app')!);
