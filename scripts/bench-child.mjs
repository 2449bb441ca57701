// Runs the built CLI as the bench's child process and reports its peak memory (maxRSS, KB) on stderr at exit.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
await import('../dist/cli.js');
