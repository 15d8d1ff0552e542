/**
 * Run by tagging.bench.ts in a child `node --expose-gc`: what a background worker pays when it starts
 * and first tags — importing the knowledge base and tagger, building the dictionary (character tables
 * and automaton), the first `tagText` — and the JS heap the knowledge base and dictionary then hold, as JSON.
 */
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');
/** JS heap plus typed-array buffers (the automaton lives in those, outside `heapUsed`). */
const used = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
};
collect();
const before = used();
const importStart = performance.now();
const { getDictionary, tagText } = await import('../../utils/tagging');
const { knowledgeBase } = await import('../../utils/tagging/kb');
knowledgeBase();
const importMs = performance.now() - importStart;
const buildStart = performance.now();
getDictionary();
const buildMs = performance.now() - buildStart;
const tagStart = performance.now();
tagText('Binance lists $SOL; 币安上线以太坊。');
const firstTagMs = performance.now() - tagStart;
collect();
const after = used();
process.stdout.write(JSON.stringify({ importMs, buildMs, firstTagMs, heapMb: (after - before) / 1_048_576, processMb: after / 1_048_576 }));

export {};
