// A test app with the demo workspace seeded and one of its staff logged in, for the tests that
// check what the demo shows.
import { Client, createTestApp } from './app.ts';
import { DEMO_STAFF, seedDemoIfEmpty } from '../../src/server/demo.ts';

export const DEMO_TEST_PASSWORD = 'demo-password-123';

export async function demoSession(staff = 0, lang: 'sv' | 'da' | 'en' = 'sv') {
  const t = await createTestApp();
  const demo = await seedDemoIfEmpty(t.database.db, DEMO_TEST_PASSWORD);
  if (!demo) throw new Error('the demo workspace was not seeded');
  const client = new Client(t, lang);
  await client.login(DEMO_STAFF[staff]!.email, DEMO_TEST_PASSWORD);
  return { t, client, demo, base: `/api/w/${demo.workspaceId}` };
}
