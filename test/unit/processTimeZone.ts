/**
 * Mocha hooks that run the enclosing describe() in one process time zone (what `new Date(y, m, d)` and local
 * midnights mean), and put back the zone the process had.
 */
export function inProcessTimeZone(zone: string): void {
  let saved: string | undefined;
  before(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  after(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}
