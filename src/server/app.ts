// Builds the Hono app: shared middleware, then each module's routes, the OpenAPI document, the SPA.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppDeps, AppEnv } from './http/context.ts';
import { handleError, problemResponse } from './http/problem.ts';
import { bodyLimitMiddleware, requestContext, securityHeaders, setAfter } from './http/security.ts';
import { csrfMiddleware, sessionMiddleware, workspaceMiddleware } from './http/session.ts';
import { useFastHashing } from './http/passwords.ts';
import { systemRoutes } from './modules/system/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { memberRoutes } from './modules/members/routes.ts';
import { inviteRoutes } from './modules/invites/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { organisationRoutes } from './modules/organisations/routes.ts';
import { relationRoutes } from './modules/relations/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { activityRoutes } from './modules/activities/routes.ts';
import { vocabularyRoutes } from './modules/vocabularies/routes.ts';
import { importRoutes, isImportUpload } from './modules/imports/routes.ts';
import { caseAttachmentRoutes, isAttachmentUpload } from './modules/case-attachments/routes.ts';
import { mergeRoutes } from './modules/merge/routes.ts';
import { partnerRoutes } from './modules/partners/routes.ts';
import { surveyRoutes } from './modules/survey/routes.ts';
import { mailRoutes } from './modules/mail/routes.ts';
import { caseRoutes } from './modules/cases/routes.ts';
import { privacyRoutes } from './modules/privacy/routes.ts';
import { overviewRoutes } from './modules/overview/routes.ts';
import { projectRoutes } from './modules/projects/routes.ts';
import { callRoutes } from './modules/calls/routes.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(root, 'dist', 'web');

export interface AppState {
  shuttingDown: boolean;
}

export function buildApp(deps: AppDeps, state: AppState = { shuttingDown: false }) {
  useFastHashing(deps.config.ARGON2_FAST === 'true');
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use('*', requestContext(deps.logger));
  app.use('*', securityHeaders);
  app.use('/api/*', async (c, next) => {
    await next();
    setAfter(c, 'cache-control', 'no-store');
  });
  // Import and attachment uploads carry their own, larger limits on their routes; every other
  // request keeps this one.
  const bodyLimit = bodyLimitMiddleware(deps.config.BODY_LIMIT_BYTES);
  app.use('/api/*', (c, next) => (isImportUpload(c.req.method, c.req.path) || isAttachmentUpload(c.req.method, c.req.path) ? next() : bodyLimit(c, next)));
  app.use('/api/*', sessionMiddleware(deps));
  app.use('/api/*', csrfMiddleware);
  app.use('/api/w/:workspaceId', workspaceMiddleware);
  app.use('/api/w/:workspaceId/*', workspaceMiddleware);

  const modules = [
    systemRoutes(deps, state),
    ...(deps.testClockRoutes ? [deps.testClockRoutes] : []),
    authRoutes(deps),
    memberRoutes(deps),
    inviteRoutes(deps),
    auditRoutes(deps),
    vocabularyRoutes(deps),
    // Before organisationRoutes: /organisations/export and /organisations/duplicates would
    // otherwise be taken for /organisations/{organisationId}.
    importRoutes(deps),
    mergeRoutes(deps),
    organisationRoutes(deps),
    relationRoutes(deps),
    peopleRoutes(deps),
    activityRoutes(deps),
    partnerRoutes(deps),
    surveyRoutes(deps),
    mailRoutes(deps),
    caseRoutes(deps),
    caseAttachmentRoutes(deps),
    privacyRoutes(deps),
    projectRoutes(deps),
    callRoutes(deps),
    overviewRoutes(deps),
  ];
  for (const module of modules) {
    app.route('/', module);
  }

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Samverkan API',
      version: '0.1.0',
      description: 'Business and international relations for municipalities. Errors are RFC 9457 problem+json.',
    },
  });

  app.all('/api/*', (c) => problemResponse(c, 404, 'problem.not_found'));

  // The web app: static files, and index.html for every other path (client-side routing).
  if (fs.existsSync(WEB_DIST)) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) setAfter(c, 'cache-control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: path.relative(process.cwd(), WEB_DIST) }));
    const index = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    app.get('*', (c) => c.html(index));
  } else {
    app.get('*', (c) => c.text('The web app is not built. Run `npm run build` (npm start does this for you).', 503));
  }
  return app;
}
