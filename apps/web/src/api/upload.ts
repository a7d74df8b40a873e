import { readTokens, refreshTokens } from '../auth/tokens';
import { currentLanguage } from '../i18n/language';
import { ApiError, problemFrom } from './problem';
import type { Attachment } from './types';

/**
 * Uploads one file as multipart (field `file`) with progress. fetch() cannot report upload
 * progress, so this is the one request made with XMLHttpRequest; it shares the session's token and
 * refreshes it once on 401 like every other request.
 */
export async function uploadAttachment(path: string, file: File, onProgress: (fraction: number) => void): Promise<Attachment> {
  const first = await send(path, file, onProgress, readTokens()?.accessToken);
  if (first.status !== 401) return settle(first);
  const spent = readTokens()?.accessToken;
  const renewed = spent ? await refreshTokens(spent) : null;
  return settle(renewed ? await send(path, file, onProgress, renewed.accessToken) : first);
}

interface Answer {
  status: number;
  body: unknown;
}

function send(path: string, file: File, onProgress: (fraction: number) => void, accessToken: string | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    if (accessToken) request.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    request.setRequestHeader('Accept-Language', currentLanguage());
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, body: request.response });
    request.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK_ERROR' }));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

function settle(answer: Answer): Attachment {
  if (answer.status >= 200 && answer.status < 300) return answer.body as Attachment;
  throw new ApiError(problemFrom(answer.status, answer.body));
}
