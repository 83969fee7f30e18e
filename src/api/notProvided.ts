/** Sections and counters the API left out: without zod, so the dashboard's bundle need not carry the response schemas. */
import { ANALYTICS_SECTIONS } from '../shared/vocabulary';
import type { InboundAnalytics } from './schemas';

/** Sections and counters the API left out, as JSON paths, so the screen can say what is unknown. */
export function listNotProvided(analytics: InboundAnalytics): string[] {
  const missing: string[] = [];
  for (const key of ANALYTICS_SECTIONS) {
    const value = analytics[key];
    if (value === null) {
      missing.push(key);
    } else if (!Array.isArray(value)) {
      for (const [field, v] of Object.entries(value)) if (v === null) missing.push(`${key}.${field}`);
    }
  }
  return missing;
}
