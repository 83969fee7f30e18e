/** An ISO date-time with an offset, as the webview may send it (its own file so the drill-down schema can share it). */
import * as z from 'zod/mini';

export const isoDate = z.string().check(
  z.maxLength(40),
  z.refine((v) => /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), 'expected an ISO date-time'),
);
