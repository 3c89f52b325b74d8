/**
 * The server's REST contract (docs/modeler.md), all relative to one base so the page works served by
 * the app at /modeler (base '') and from file:// or another origin in tests (?api=http://host).
 *
 *   POST {base}/api/deployments          multipart field `file`        -> 2xx JSON, or 4xx problem+json
 *   GET  {base}/api/processes            -> [ { id, key, name, version } ]
 *   GET  {base}/api/processes/{id}/xml   -> BPMN XML
 */

export function apiBase(win = window) {
  const fromQuery = new URLSearchParams(win.location.search).get('api');
  const fromMeta = win.document.querySelector('meta[name="actionloop-api-base"]');
  const base = fromQuery ?? win.ACTIONLOOP_API_BASE ?? (fromMeta && fromMeta.content) ?? '';
  return base.replace(/\/$/, '');
}

/**
 * Spring Security's two usual ways to hand a CSRF token to a page: meta tags rendered into it, or
 * the XSRF-TOKEN cookie (CookieCsrfTokenRepository) echoed back as X-XSRF-TOKEN.
 */
export function csrfHeaders(doc = document) {
  const token = doc.querySelector('meta[name="_csrf"]');
  const header = doc.querySelector('meta[name="_csrf_header"]');

  if (token && token.content) {
    return { [(header && header.content) || 'X-CSRF-TOKEN']: token.content };
  }

  const cookie = doc.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  if (cookie) {
    return { 'X-XSRF-TOKEN': decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) };
  }

  return {};
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.findings = Array.isArray(problem.findings) ? problem.findings : [];
  }
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (e) {
      // fall through to the status line
    }
  }
  const text = await response.text().catch(() => '');
  return { title: `${response.status} ${response.statusText}`.trim(), detail: text.slice(0, 300) || undefined };
}

export function createApi({ base = apiBase(), fetchImpl = (...args) => window.fetch(...args) } = {}) {

  async function call(path, init = {}) {
    const response = await fetchImpl(`${base}${path}`, {
      credentials: 'same-origin',
      ...init,
      headers: { Accept: 'application/json, application/problem+json', ...(init.headers || {}) }
    });

    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response));
    }
    return response;
  }

  return {
    base,

    async deploy(xml, fileName) {
      const body = new FormData();
      body.append('file', new Blob([ xml ], { type: 'application/xml' }), fileName);

      const response = await call('/api/deployments', { method: 'POST', body, headers: csrfHeaders() });
      const type = response.headers.get('Content-Type') || '';
      return type.includes('json') ? response.json() : {};
    },

    async listProcesses() {
      return (await call('/api/processes')).json();
    },

    async processXml(id) {
      const response = await call(`/api/processes/${encodeURIComponent(id)}/xml`, {
        headers: { Accept: 'application/xml, text/xml, */*' }
      });
      return response.text();
    }
  };
}
