/** The review app: saved articles and highlights, from the shared library database. */
import { LibraryApp } from '../../components/LibraryApp';
import { libraryDatabase } from '../../utils/storage/database';

export function App() {
  return <LibraryApp db={libraryDatabase()} />;
}
