/**
 * Run by tagging.bench.ts in a child `node --expose-gc`: what a background worker pays when it starts
 * and first tags — importing the knowledge base and tagger, building the dictionary (character tables
 * and automaton), the first `tagText`, each in wall-clock and CPU time — and the JS heap the knowledge base and dictionary then hold, as JSON.
 */
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');
/** JS heap plus typed-array buffers (the automaton lives in those, outside `heapUsed`). */
const used = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
};
/** CPU time (user + system) of this process in ms: on a loaded machine the wall clock mostly measures the wait. */
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
collect();
const before = used();
const importCpu = cpu();
const importStart = performance.now();
const { getDictionary, tagText } = await import('../../utils/tagging');
const { knowledgeBase } = await import('../../utils/tagging/kb');
knowledgeBase();
const importMs = performance.now() - importStart;
const buildCpu = cpu();
const buildStart = performance.now();
getDictionary();
const buildMs = performance.now() - buildStart;
const tagCpu = cpu();
const tagStart = performance.now();
tagText('Binance lists $SOL; 币安上线以太坊。');
const firstTagMs = performance.now() - tagStart;
const endCpu = cpu();
collect();
const after = used();
process.stdout.write(
  JSON.stringify({
    importMs,
    buildMs,
    firstTagMs,
    importCpuMs: buildCpu - importCpu,
    buildCpuMs: tagCpu - buildCpu,
    firstTagCpuMs: endCpu - tagCpu,
    heapMb: (after - before) / 1_048_576,
    processMb: after / 1_048_576,
  }),
);

export {};
