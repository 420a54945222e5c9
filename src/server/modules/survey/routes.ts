// Routes: officers invite local companies and decide on proposed relations; companies answer
// the survey through their personal link without logging in.
import { createRoute, z } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { Coverage, DecisionBody, InviteToSurveyBody, Proposal, ProposalParams, ProposalQuery, SurveyAnswerBody, SurveyForm, SurveyInvitation, SurveyLink, SurveyTokenParams } from './schema.ts';
import { answerSurvey, decideProposal, inviteToSurvey, listProposals, listSurveyInvitations, surveyCoverage, surveyForm } from './service.ts';

export function surveyRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['survey'];
  const now = () => deps.now?.() ?? new Date();
  const base = '/api/w/{workspaceId}/survey';

  app.openapi(
    createRoute({ method: 'post', path: `${base}/invitations`, tags, summary: 'Personal survey links for local companies (officer)', request: { params: WorkspaceParams, body: jsonBody(InviteToSurveyBody) }, responses: { 201: json(z.object({ items: z.array(SurveyLink) }), 'Created'), ...errors(401, 403, 404, 422) } }),
    async (c) => {
      const baseUrl = deps.config.PUBLIC_URL ?? new URL(c.req.url).origin;
      return c.json(await inScope(c, deps, 'officer', (tx, actor) => inviteToSurvey(tx, actor, c.req.valid('json'), now(), baseUrl)), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/invitations`, tags, summary: 'Survey invitations and whether they were answered', request: { params: WorkspaceParams }, responses: { 200: json(z.object({ items: z.array(SurveyInvitation) })), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listSurveyInvitations(tx, now())), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/proposals`, tags, summary: 'Relations proposed by survey answers', request: { params: WorkspaceParams, query: ProposalQuery }, responses: { 200: json(z.object({ items: z.array(Proposal) })), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listProposals(tx, c.req.valid('query').status)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/proposals/{proposalId}/decision`, tags, summary: 'Accept (adds the relation, and the partner if new) or reject a proposal', request: { params: ProposalParams, body: jsonBody(DecisionBody) }, responses: { 200: json(Proposal), ...errors(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => decideProposal(tx, actor, c.req.valid('param').proposalId, c.req.valid('json').decision, now())), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/coverage`, tags, summary: 'Share of local companies that have answered', request: { params: WorkspaceParams }, responses: { 200: json(Coverage), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => surveyCoverage(tx)), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/survey/{token}', tags, summary: 'The survey behind a personal link (no login)', request: { params: SurveyTokenParams }, responses: { 200: json(SurveyForm), ...errors(410, 422) } }),
    async (c) => c.json(await surveyForm(deps.database.db, c.req.valid('param').token, now()), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/survey/{token}', tags, summary: 'Answer the survey (no login; once per link)', request: { params: SurveyTokenParams, body: jsonBody(SurveyAnswerBody) }, responses: { 201: json(z.object({ receivedAt: z.string() }), 'Received'), ...errors(403, 410, 413, 422) } }),
    async (c) => c.json(await answerSurvey(deps.database.db, c.req.valid('param').token, c.req.valid('json'), now(), c.get('requestId')), 201),
  );
  return app;
}
