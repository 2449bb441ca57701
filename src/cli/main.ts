// The executable's entry: wires the CLI to the real process and sets the exit code.
import { runCli } from './run';
import { readUpTo } from './stdin';

// A reader that stops early (`copydesk … | head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Past the file-size limit (ulimit -f) the system stops a process with SIGXFSZ, unless the process takes the
// signal: then the write fails with EFBIG, and copydesk removes its temporary file and reports the file as unchanged.
process.on('SIGXFSZ', () => undefined);

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  isErrorTty: process.stderr.isTTY === true,
  stdout: (text) => void process.stdout.write(text),
  stdoutBytes: (bytes) => void process.stdout.write(bytes),
  stderr: (text) => void process.stderr.write(text),
  readStdin: (limit) => readUpTo(process.stdin, limit),
});
// Exits once what was written has gone out, rather than when nothing is left to wait for: a plugin that leaves a
// timer or socket open would otherwise keep the process alive after the report.
const drained = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => (stream.writableLength === 0 ? resolve() : stream.write('', () => resolve())));
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
