// Reading a response body up to a size cap, in the charset the server declares.
import { t } from '../../i18n/ui';
import { FeedFetchError } from './feed-fetch-error';

export function tooBig(maxBytes: number): FeedFetchError {
  return new FeedFetchError(t('errors_feedTooBig', { megabytes: Math.round(maxBytes / 1024 / 1024) }));
}

/** The charset the server declares (RFC 5545 feeds are UTF-8, old Outlook exports may not be). */
function decoderFor(response: Response): TextDecoder {
  const charset = /charset="?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

export async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = decoderFor(response);
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooBig(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
