/**
 * Writes `tests/fixtures/library/v{N}.json`: a library made by the current code (the library
 * service saving, editing and deleting the sample articles) dumped raw. Run it once for each new
 * schema version, before changing the schema, so the next version's upgrade test has real data:
 *   npx tsx utils/cli/library-fixture-dump.ts
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { frenchAnalysis, highlightOn, makeArticle } from '../../tests/unit/storage/library-fixtures';
import { LibraryDatabase } from '../storage/database';
import { dumpDatabase } from '../storage/dump';
import { LibraryService } from '../storage/library-service';
import { CURRENT_SCHEMA_VERSION } from '../storage/schema';

/** Fixed clock and ids: the fixture is the same every time it is made. */
let clock = Date.UTC(2025, 0, 1);
let ids = 0;
const db = new LibraryDatabase('fixture');
const service = new LibraryService({ db, now: () => (clock += 60_000), newId: () => `fixture-${(ids += 1).toString().padStart(4, '0')}` });

const french = makeArticle('30438');
const chinese = makeArticle('31934', { lang: 'zh-CN' });
const deleted = makeArticle('29999', { title: 'Supprimé puis gardé pour annuler' });
await service.saveArticle(french, frenchAnalysis(french));
const { highlight } = await service.addHighlight(french, highlightOn(french, 'sommet de Wanxiang', { kind: 'note', origin: 'user' }));
await service.updateHighlight(highlight.id, { note: 'Le sommet annuel, 9e édition.' });
await service.saveArticle(chinese, [
  highlightOn(chinese, '比特币', { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' }),
  highlightOn(chinese, '我认为比特币将在 2026 年底前突破 15 万美元', { kind: 'claim', speaker: '曾鸣', stance: 'bullish', subjects: ['token:btc'] }),
]);
await service.addHighlight(deleted, highlightOn(deleted, 'OpenAI', { kind: 'company', origin: 'user' }));
await service.deleteArticle(deleted.key);
// The instance row is random by design; pin it so the fixture is reproducible.
await db.meta.put({ key: 'instance', id: 'fixture-instance', createdAt: Date.UTC(2025, 0, 1) });

const path = fileURLToPath(new URL(`../../tests/fixtures/library/v${CURRENT_SCHEMA_VERSION}.json`, import.meta.url));
writeFileSync(path, `${JSON.stringify(await dumpDatabase(db, CURRENT_SCHEMA_VERSION), null, 2)}\n`);
console.log(`wrote ${path}`);
