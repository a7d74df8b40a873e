import createClient from 'openapi-fetch';
import { readTokens, refreshTokens } from '../auth/tokens';
import { currentLanguage } from '../i18n/language';
import { ApiError, problemFrom } from './problem';
import type { paths } from './schema';

/**
 * Every request to the API goes through here: the access token, the UI language (so the API's
 * messages and PDFs come back in it), and one refresh-and-retry when the token has expired.
 */
export async function authorizedFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const tokens = readTokens();
  const first = await fetch(decorate(input, tokens?.accessToken));
  if (first.status !== 401 || !tokens) return first;
  const renewed = await refreshTokens(tokens.accessToken);
  if (!renewed) return first;
  return fetch(decorate(retry, renewed.accessToken));
}

function decorate(request: Request, accessToken: string | undefined): Request {
  const headers = new Headers(request.headers);
  if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);
  headers.set('Accept-Language', currentLanguage());
  return new Request(request, { headers });
}

/** Typed by the generated schema: paths, parameters, request bodies and answers. */
export const api = createClient<paths>({ baseUrl: '', fetch: authorizedFetch });

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The body of a successful answer, typed as the route declares it in the API's OpenAPI document,
 * or an ApiError with the problem details.
 */
export async function call<R extends FetchResult>(request: Promise<R>): Promise<NonNullable<R['data']>> {
  let result: R;
  try {
    result = await request;
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' }, cause);
  }
  if (!result.response.ok) {
    throw new ApiError(problemFrom(result.response.status, result.error));
  }
  return result.data as NonNullable<R['data']>;
}

/** A binary answer (PDFs, scans) through the same authorization, as a Blob. */
export async function fetchBlob(path: string): Promise<Blob> {
  return (await fetchFile(path)).blob;
}

/** A file the API sends, with the name its Content-Disposition gives it. */
export async function fetchFile(path: string): Promise<{ blob: Blob; filename: string | null }> {
  let response: Response;
  try {
    response = await authorizedFetch(new Request(path));
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' }, cause);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new ApiError(problemFrom(response.status, body));
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await response.blob(), filename: encoded ? decodeURIComponent(encoded) : (plain ?? null) };
}

/**
 * JSON from an address built at run time (the registers share one shape under
 * /api/registers/<name>, so their screens are one component); the typed `api` is used elsewhere.
 */
export async function requestJson<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await authorizedFetch(new Request(path, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }));
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' }, cause);
  }
  const answer = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(problemFrom(response.status, answer));
  return answer as T;
}
