// First: starts the first screen's read before the rest of the popup's code is evaluated.
import { firstScreen } from './first-screen';
import { render } from 'preact';
import { afterNextPaint } from '../../components/after-paint';
import { App } from './App';
import './popup.css';

document.documentElement.lang = navigator.language;
render(<App firstScreen={firstScreen} />, document.getElementById('app')!);
// Ask the browser to keep the library through storage pressure; `persist()` exists only in pages.
// Asking costs the opening popup a few milliseconds: it waits until the first screen is painted.
afterNextPaint(() => void navigator.storage?.persist?.().catch(() => undefined));
