// Bench only: a bare Hono hello-world on @hono/node-server, the ceiling api-overhead compares against.
// Answers every GET, so the load generator can use exactly the same URL and headers as for Samverkan.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('*', (c) => c.text('Hello Hono!'));

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
serve({ fetch: app.fetch, port, hostname }, (info) => {
  process.stdout.write(`bare hono listening on http://${hostname}:${info.port}\n`);
});
process.once('SIGTERM', () => process.exit(0));
