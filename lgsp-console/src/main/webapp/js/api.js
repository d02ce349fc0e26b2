// The platform's REST API, as the signed-in officer: bearer token, the chosen language, and every refusal
// turned into an ApiError carrying the problem (RFC 9457) the API answered — its detail is what is shown.
import { accessToken, refresh, signIn } from './oidc.js';
import { language, t } from './i18n.js';

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || t('error.status', status));
    this.problem = problem;
    this.status = status;
  }

  /** Field errors by the field's last name segment ("draft.purpose" and "purpose" are both "purpose"). */
  get fields() {
    const byField = {};
    for (const e of this.problem.errors || []) {
      const name = String(e.field || '').split('.').pop();
      (byField[name] ??= []).push(e.message);
    }
    return byField;
  }
}

function url(path, query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  const text = params.toString();
  return path + (text ? (path.includes('?') ? '&' : '?') + text : '');
}

async function send(method, path, options, retried) {
  const headers = {
    Authorization: 'Bearer ' + accessToken(),
    'Accept-Language': language.value,
    Accept: options.accept || 'application/json, application/problem+json',
    ...options.headers,
  };
  let body;
  if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType || 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  let answer;
  try {
    answer = await fetch(url(path, options.query), { method, headers, body });
  } catch (e) {
    throw new ApiError({ detail: t('error.network') }, 0);
  }
  if (answer.status === 401 && !retried) {
    await refresh().catch(() => signIn(language.value));
    return send(method, path, options, true);
  }
  const type = answer.headers.get('Content-Type') || '';
  if (!answer.ok) {
    const problem = type.includes('json') ? await answer.json().catch(() => ({})) : {};
    if (!problem.detail) problem.detail = t('error.status', answer.status);
    throw new ApiError(problem, answer.status);
  }
  if (answer.status === 204) return null;
  return type.includes('json') && !options.raw ? answer.json() : answer.text();
}

export const api = {
  get: (path, query, options = {}) => send('GET', path, { ...options, query }),
  post: (path, body, options = {}) => send('POST', path, { ...options, body: body ?? '' }),
  put: (path, body, options = {}) => send('PUT', path, { ...options, body }),
  del: (path) => send('DELETE', path, {}),
};

/**
 * One shape for every listing: the API's page `{items, page, size, totalItems, totalPages}` (or a page without
 * totalPages), or a bare array, which is paged here.
 */
export function asPage(answer, page = 0, size = 20) {
  if (Array.isArray(answer)) {
    const totalPages = Math.max(1, Math.ceil(answer.length / size));
    return { items: answer.slice(page * size, page * size + size), page, size, totalItems: answer.length, totalPages };
  }
  const items = answer.items || [];
  const pageSize = answer.size || size;
  const totalItems = answer.totalItems ?? items.length;
  return {
    items, page: answer.page ?? page, size: pageSize, totalItems,
    totalPages: answer.totalPages ?? Math.max(1, Math.ceil(totalItems / pageSize)),
  };
}

/** Every item of a short listing (an incident's log), read page by page at the API's largest page size. */
export async function allItems(path, query = {}) {
  const items = [];
  for (let page = 0, pages = 1; page < pages; page++) {
    const answer = asPage(await api.get(path, { ...query, page, size: 100 }), page, 100);
    items.push(...answer.items);
    pages = answer.totalPages;
  }
  return items;
}
