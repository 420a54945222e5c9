// The admin channel between the CLI and a server running on the same PGlite folder. PGlite lets
// one process open a folder, so while the server runs the CLI hands it the command instead: it
// posts its arguments and working directory to the Unix socket `control.sock` in the data folder
// (mode 0600: only the user the server runs as can connect), the server runs the same command
// code on its open database, and streams back the command's stdout and stderr, then its exit
// status, one JSON object per line: {"out": text} | {"err": text} | {"exit": n}.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import type { Database } from '../server/db/connect.ts';
import { runInServer, writeErr, writeOut } from './io.ts';

export function controlSocketPath(dataDir: string) {
  return path.join(path.resolve(dataDir), 'control.sock');
}

const RunRequest = z.object({
  argv: z.array(z.string().max(100_000)).max(1000),
  cwd: z.string().refine((p) => path.isAbsolute(p), 'an absolute path'),
  stderrIsTTY: z.boolean().default(false),
});
type RunRequest = z.infer<typeof RunRequest>;

type Message = { out: string } | { err: string } | { exit: number };

// ---- The CLI's side ----------------------------------------------------------------------

/** Why the CLI cannot hand its command to the process holding the folder, in one line. */
function unreachable(dataDir: string, pid: number, err?: NodeJS.ErrnoException): Error {
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return new Error(`The server on ${dataDir} (pid ${pid}) runs as another user: run this command as that user.`);
  return new Error(`The data folder ${dataDir} is in use by another Samverkan process (pid ${pid}) that takes no commands; wait for it to finish or stop it, then run this again.`);
}

/** Sends the command to the server holding the folder; prints what it prints; resolves to its exit status. */
export function runThroughServer(argv: string[], dataDir: string, pid: number): Promise<number> {
  const socketPath = controlSocketPath(dataDir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(socketPath);
  } catch {
    return Promise.reject(unreachable(dataDir, pid));
  }
  // Arguments may carry a password: hand them only to a socket of this user's.
  if (process.getuid && stat.uid !== process.getuid()) return Promise.reject(unreachable(dataDir, pid, Object.assign(new Error(), { code: 'EPERM' })));
  const body: RunRequest = { argv, cwd: process.cwd(), stderrIsTTY: !!process.stderr.isTTY };
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath, path: '/run', method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.setEncoding('utf8');
      let buffered = '';
      let exit: number | undefined;
      if (res.statusCode !== 200) {
        res.on('data', (chunk: string) => (buffered += chunk));
        res.on('end', () => reject(new Error(`The server on ${dataDir} refused the command: ${buffered.trim() || res.statusCode}`)));
        return;
      }
      res.on('data', (chunk: string) => {
        buffered += chunk;
        for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          let msg: Message;
          try {
            msg = JSON.parse(line) as Message;
          } catch {
            return res.destroy(new Error(`The server on ${dataDir} answered something other than a command's output.`));
          }
          if ('out' in msg) writeOut(msg.out);
          else if ('err' in msg) writeErr(msg.err);
          else exit = msg.exit;
        }
      });
      res.on('end', () => (exit === undefined ? reject(new Error(`The server on ${dataDir} stopped before the command finished; run it again once the server runs, or with the server stopped.`)) : resolve(exit)));
      res.on('error', reject);
    });
    req.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'ECONNREFUSED' || err.code === 'ENOENT' || err.code === 'EACCES' ? unreachable(dataDir, pid, err) : err));
    req.end(JSON.stringify(body));
  });
}

// ---- The server's side -------------------------------------------------------------------

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answers POST /run on the control socket: runs the command inside the server with its output
 * streamed back. Resolves once the command has finished, whether or not the CLI still listens.
 */
export async function serveCommand(req: http.IncomingMessage, res: http.ServerResponse, deps: { database: Database; log: (command: string, exit: number) => void }) {
  let input: RunRequest;
  try {
    input = RunRequest.parse(JSON.parse(await readBody(req, 1_000_000)));
  } catch (err) {
    res.writeHead(400).end((err as Error).message);
    return;
  }
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  const send = (msg: Message) => {
    if (!res.destroyed) res.write(`${JSON.stringify(msg)}\n`);
  };
  const { runCommand } = await import('./program.ts');
  const context = { write: (stream: 'out' | 'err', text: string) => send(stream === 'out' ? { out: text } : { err: text }), stderrIsTTY: input.stderrIsTTY, cwd: input.cwd, database: deps.database, exitCode: 0 };
  await runInServer(context, () => runCommand(input.argv));
  // Only the command's words, never its options: they may carry a password.
  const words: string[] = [];
  for (const a of input.argv) {
    if (a.startsWith('-') || words.length === 2) break;
    words.push(a);
  }
  deps.log(words.join(' '), context.exitCode);
  send({ exit: context.exitCode });
  res.end();
}
