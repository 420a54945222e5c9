// Routes: the case desk for staff. Viewers read; desk staff and up register and handle cases;
// reading a requester's contact details is audited. The public form and the vocabularies are
// mounted from here too (public-routes.ts, vocabulary-routes.ts).
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { addLink, addMessage, addNote, removeLink } from './entries.ts';
import { PublicFormGuard } from './public-guard.ts';
import { publicCaseRoutes } from './public-routes.ts';
import { workspaceFacts } from './register.ts';
import { readRequester, updateRequester } from './requester.ts';
import { rejectionCounts } from './rejections.ts';
import {
  Case, CaseLink, CaseLinkParams, CaseMessage, CaseNote, CasePage, CaseParams, CaseQuery, CaseRequester, LinkBody, MessageBody, NoteBody,
  RegisterCaseBody, RejectionCounts, RejectionQuery, TransitionBody, UpdateCaseBody, UpdateRequesterBody,
} from './schema.ts';
import { caseList, createCase, getCase, updateCase } from './service.ts';
import { moveCase } from './transitions.ts';
import { caseVocabularyRoutes } from './vocabulary-routes.ts';
import { publicRegisterRoutes } from './public-register-routes.ts';
import { caseReferralRoutes } from './referral-routes.ts';
import { caseRoutingRoutes } from './routing-routes.ts';
import { caseStatsRoutes } from './stats-routes.ts';

export function caseRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['case desk'];
  const now = () => deps.now?.() ?? new Date();
  const base = '/api/w/{workspaceId}/cases';
  const guard = new PublicFormGuard(
    deps.database.db,
    { perIp: deps.config.CASE_FORM_IP_LIMIT, perWorkspace: deps.config.CASE_FORM_WORKSPACE_LIMIT, windowMinutes: deps.config.CASE_FORM_WINDOW_MINUTES },
    () => now().getTime(),
  );

  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'Cases, newest first or by due date, with filters and cursor pages', request: { params: WorkspaceParams, query: CaseQuery }, responses: { 200: json(CasePage), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => caseList(tx, actor, c.req.valid('query'), now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Register a case that came by phone, visit, e-mail, chat or letter; it gets the next registration number',
      request: { params: WorkspaceParams, body: jsonBody(RegisterCaseBody) },
      responses: { 201: json(Case, 'Registered'), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => createCase(tx, actor, c.req.valid('json'), now())), 201),
  );
  // Before /cases/{caseId}, which would take "rejections" for a case id.
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/rejections`,
      tags,
      summary: 'Refused public-form submissions per day and reason (honeypot, rate limited, too large, invalid)',
      request: { params: WorkspaceParams, query: RejectionQuery },
      responses: { 200: json(RejectionCounts), ...errors(401, 404, 422) },
    }),
    async (c) => {
      await guard.flush(c.req.valid('param').workspaceId.toLowerCase());
      return c.json(await inScope(c, deps, 'viewer', (tx) => rejectionCounts(tx, c.req.valid('query'))), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/{caseId}`, tags, summary: 'One case with its history, internal notes, messages and links (no contact details)', request: { params: CaseParams }, responses: { 200: json(Case), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', async (tx, actor) => getCase(tx, await workspaceFacts(tx, actor.workspaceId), c.req.valid('param').caseId, now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/{caseId}`,
      tags,
      summary: 'Change a case: category (moves the due date), unit or officer (a received case becomes assigned), priority, texts, secrecy; send the version you read',
      request: { params: CaseParams, body: jsonBody(UpdateCaseBody) },
      responses: { 200: json(Case), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => updateCase(tx, actor, c.req.valid('param').caseId, c.req.valid('json'), now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{caseId}/status`,
      tags,
      summary: 'Move a case: assign, start, refer to a partner (mails the requester, and the partner if an address is given), answer (mails the answer), close, reopen',
      description: 'A move the workflow does not allow is a 409 problem whose `errors` say where the case can go from its status.',
      request: { params: CaseParams, body: jsonBody(TransitionBody) },
      responses: { 200: json(Case), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => moveCase(tx, actor, c.req.valid('param').caseId, c.req.valid('json'), now(), c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/{caseId}/requester`, tags, summary: 'The requester’s contact details (the read is audited)', request: { params: CaseParams }, responses: { 200: json(CaseRequester), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => readRequester(tx, actor, c.req.valid('param').caseId)), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/{caseId}/requester`,
      tags,
      summary: 'Change the requester’s details, link them to a person and organisation in the register, or add them to it',
      request: { params: CaseParams, body: jsonBody(UpdateRequesterBody) },
      responses: { 200: json(CaseRequester), ...errors(401, 403, 404, 422) },
    }),
    async (c) =>
      c.json(await inScope(c, deps, 'desk', async (tx, actor) => updateRequester(tx, actor, await workspaceFacts(tx, actor.workspaceId), c.req.valid('param').caseId, c.req.valid('json'), now())), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/{caseId}/notes`, tags, summary: 'Add an internal note (never shown or sent to the requester)', request: { params: CaseParams, body: jsonBody(NoteBody) }, responses: { 201: json(CaseNote, 'Added'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => addNote(tx, actor, c.req.valid('param').caseId, c.req.valid('json').body, now())), 201),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{caseId}/messages`,
      tags,
      summary: 'Record a message to or from the requester; an outgoing e-mail is sent to their address',
      request: { params: CaseParams, body: jsonBody(MessageBody) },
      responses: { 201: json(CaseMessage, 'Added'), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => addMessage(tx, actor, c.req.valid('param').caseId, c.req.valid('json'), now())), 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/{caseId}/links`, tags, summary: 'Link the case to an organisation in the register', request: { params: CaseParams, body: jsonBody(LinkBody) }, responses: { 201: json(CaseLink, 'Linked'), ...errors(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => addLink(tx, actor, c.req.valid('param').caseId, c.req.valid('json'), now())), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{caseId}/links/{linkId}`, tags, summary: 'Remove a link', request: { params: CaseLinkParams }, responses: { 204: { description: 'Removed' }, ...errors(401, 403, 404) } }),
    async (c) => {
      const { caseId, linkId } = c.req.valid('param');
      await inScope(c, deps, 'desk', (tx, actor) => removeLink(tx, actor, caseId, linkId, now()));
      return c.body(null, 204);
    },
  );

  app.route('/', caseVocabularyRoutes(deps));
  app.route('/', publicCaseRoutes(deps, guard));
  // Routing, referrals, the public register with secrecy marking, deadlines and statistics.
  app.route('/', caseRoutingRoutes(deps));
  app.route('/', caseReferralRoutes(deps));
  app.route('/', publicRegisterRoutes(deps));
  app.route('/', caseStatsRoutes(deps));
  return app;
}
