// Routes: the case desk's vocabularies. Everyone reads them; admins add and change categories
// (response time, retention), units and registers.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { addCategory, addRegister, addUnit, caseVocabularies, updateCategory, updateUnit } from './categories.ts';
import {
  CaseCategory, CaseRegister, CaseUnit, CaseVocabularies, CategoryParams, CreateCategoryBody, CreateRegisterBody, CreateUnitBody, UnitParams,
  UpdateCategoryBody, UpdateUnitBody,
} from './vocabulary-schema.ts';

export function caseVocabularyRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['case desk'];
  const ws = '/api/w/{workspaceId}';

  app.openapi(
    createRoute({ method: 'get', path: `${ws}/case-vocabularies`, tags, summary: 'Registers, categories (response time, retention) and units of the case desk', request: { params: WorkspaceParams }, responses: { 200: json(CaseVocabularies), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => caseVocabularies(tx, actor.workspaceId)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${ws}/case-categories`, tags, summary: 'Add a case category with its response time and retention (admin)', request: { params: WorkspaceParams, body: jsonBody(CreateCategoryBody) }, responses: { 201: json(CaseCategory, 'Created'), ...errors(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => addCategory(tx, actor, c.req.valid('json'))), 201),
  );
  app.openapi(
    createRoute({ method: 'patch', path: `${ws}/case-categories/{code}`, tags, summary: 'Change a case category; new cases get the new response time (admin)', request: { params: CategoryParams, body: jsonBody(UpdateCategoryBody) }, responses: { 200: json(CaseCategory), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => updateCategory(tx, actor, c.req.valid('param').code, c.req.valid('json'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${ws}/case-units`, tags, summary: 'Add a unit cases can be assigned to (admin)', request: { params: WorkspaceParams, body: jsonBody(CreateUnitBody) }, responses: { 201: json(CaseUnit, 'Created'), ...errors(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => addUnit(tx, actor, c.req.valid('json'))), 201),
  );
  app.openapi(
    createRoute({ method: 'patch', path: `${ws}/case-units/{code}`, tags, summary: 'Rename or retire a unit (admin)', request: { params: UnitParams, body: jsonBody(UpdateUnitBody) }, responses: { 200: json(CaseUnit), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => updateUnit(tx, actor, c.req.valid('param').code, c.req.valid('json'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${ws}/case-registers`, tags, summary: 'Add a register with its own number series (admin)', request: { params: WorkspaceParams, body: jsonBody(CreateRegisterBody) }, responses: { 201: json(CaseRegister, 'Created'), ...errors(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => addRegister(tx, actor, c.req.valid('json'))), 201),
  );
  return app;
}
