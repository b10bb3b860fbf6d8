// Preloaded (--require) into each benchmarked process: at exit it reports the CPU time the process
// used since it started (user + system, microseconds) on stderr, for bench/startup.mjs.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeSync(2, `\ncpu-us:${user + system}\n`);
});
