// The OpenAPI document is valid 3.1 and lists every route the app serves.
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it('passes the OpenAPI 3.1 schema validator', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every route of the app (except the document itself)', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const served = t.app.routes
      .filter((r) => r.method !== 'ALL' && r.path !== '/api/openapi.json' && r.path !== '*' && r.path !== '/*' && !r.path.startsWith('/assets'))
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(10);
    expect(served.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('describes error responses as problem+json', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    const login = doc.paths['/api/auth/login'].post;
    expect(Object.keys(login.responses['422'].content)).toEqual(['application/problem+json']);
  });
});
