import { render } from 'preact';
import { libraryDatabase } from '../../utils/storage/database';
import { App } from './App';
import './popup.css';

// Open the database while the app renders its first frame; failures surface through the live query.
void libraryDatabase().open().catch(() => undefined);

document.documentElement.lang = navigator.language;
// Ask the browser to keep the library through storage pressure; `persist()` exists only in pages.
void navigator.storage?.persist?.().catch(() => undefined);
render(<App />, document.getElementById('app')!);
