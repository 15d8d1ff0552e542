/** The review app: saved articles and highlights, from the shared library database. */
import { LibraryApp } from '../../components/LibraryApp';
import type { LibraryDatabase } from '../../utils/storage/database';
import type { LibraryListing } from '../../utils/storage/queries';

/** Dexie and the database class load after the first screen is painted (half of the popup's code). */
function openLibrary(): Promise<LibraryDatabase> {
  return import('../../utils/storage/database').then(({ libraryDatabase }) => libraryDatabase());
}

export function App({ firstScreen }: { firstScreen: Promise<LibraryListing | null> }) {
  return <LibraryApp db={openLibrary} firstScreen={firstScreen} />;
}
