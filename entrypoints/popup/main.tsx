import { render } from 'preact';
import { App } from './App';
import './popup.css';

document.documentElement.lang = navigator.language;
// Ask the browser to keep the library through storage pressure; `persist()` exists only in pages.
void navigator.storage?.persist?.().catch(() => undefined);
render(<App />, document.getElementById('app')!);
