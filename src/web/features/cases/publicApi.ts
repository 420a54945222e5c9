// The public question form's data. It is read and sent without cookies (credentials: 'omit'):
// the question is not tied to whoever happens to be logged in in that browser, and with no
// session there is no CSRF token to send either. Errors become ApiError like api() makes them.
import i18n from 'i18next';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PublicForm, PublicQuestionBody, PublicReceipt } from '../../../server/modules/cases/public-schema.ts';
import { ApiError, type FieldError } from '../../api/client.ts';

export type PublicFormInfo = z.infer<typeof PublicForm>;
export type PublicQuestion = z.input<typeof PublicQuestionBody>;
export type QuestionReceipt = z.infer<typeof PublicReceipt>;

const base = (slug: string) => `/api/public/${encodeURIComponent(slug)}/questions`;

async function publicFetch<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language || 'sv' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, credentials: 'omit', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, i18n.t('errors.network'), 'network');
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as T;
  const problem = (data ?? {}) as { title?: string; code?: string; errors?: FieldError[] };
  const retry = Number(res.headers.get('retry-after'));
  throw new ApiError(
    res.status,
    problem.title ?? i18n.t('errors.unexpected'),
    problem.code ?? `http.${res.status}`,
    Array.isArray(problem.errors) ? problem.errors : [],
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

export function usePublicForm(slug: string) {
  return useQuery({
    queryKey: ['public-case-form', slug],
    queryFn: () => publicFetch<PublicFormInfo>('GET', `${base(slug)}/form`),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export const sendQuestion = (slug: string, body: PublicQuestion) => publicFetch<QuestionReceipt>('POST', base(slug), body);
