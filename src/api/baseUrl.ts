/**
 * The API base URL is a setting a workspace could influence, and every request carries the token:
 * only https leaves the machine; plain http is allowed for loopback (the fake API, a local proxy).
 */
import { ConfigError } from './errors';
import { shortenText } from '../shared/cutText';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const FIX = 'Set "nlpearl.apiBaseUrl" to https://api.nlpearl.ai (or an https address of your proxy).';

/** Parses the setting, or throws a ConfigError saying what is wrong and how to fix it. */
export function validateBaseUrl(raw: string): URL {
  const trimmed = raw.trim();
  if (!trimmed) throw new ConfigError(`The NLPearl API base URL is empty. ${FIX}`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigError(`The NLPearl API base URL "${shorten(trimmed)}" is not a valid URL. ${FIX}`);
  }
  // Credentials in the URL would be sent along with the token and logged by proxies.
  if (url.username || url.password) {
    throw new ConfigError(`The NLPearl API base URL must not contain a user name or password. ${FIX}`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) return url;
    throw new ConfigError(
      `The NLPearl API base URL uses plain http for "${url.hostname}", which would send your API token unencrypted. ` +
        `Plain http is allowed only for 127.0.0.1, localhost and [::1]. ${FIX}`,
    );
  }
  throw new ConfigError(`The NLPearl API base URL must start with https:// (it starts with "${shorten(url.protocol)}"). ${FIX}`);
}

/** The full URL of an API path such as `/v1/Account`, keeping any path prefix of the base URL. */
export function apiUrl(base: URL, path: string): string {
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${prefix}${path}`;
}

function shorten(value: string): string {
  return shortenText(value, 60);
}
