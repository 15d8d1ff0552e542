/**
 * Run by tagging.bench.ts in a child `node --expose-gc`: the JS heap taken by the knowledge base and
 * the compiled dictionary (what the background worker holds after its first `analyse`), as JSON.
 */
import { knowledgeBase } from '../../utils/tagging/kb';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
/** JS heap plus typed-array buffers (the automaton lives in those, outside `heapUsed`). */
const used = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
};
gc();
const before = used();
const { getDictionary, tagText } = await import('../../utils/tagging');
knowledgeBase();
getDictionary();
tagText('Binance lists $SOL; 币安上线以太坊。');
gc();
const after = used();
process.stdout.write(JSON.stringify({ before: before / 1_048_576, after: after / 1_048_576 }));
