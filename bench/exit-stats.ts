import fs from 'node:fs';

/**
 * Preloaded (`node -r dist/bench/exit-stats.js …`) into every process the whole-process bench
 * times, ours and NLP.js' alike: at exit, appends the process's CPU time and peak resident memory
 * as one JSON line to the file named by BENCH_EXIT_STATS.
 */
const file = process.env.BENCH_EXIT_STATS;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.appendFileSync(file, `${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 })}\n`);
  });
}
