/** The pickers' code, loaded once (esbuild points this import at dist/pickers.js). */
import type * as Pickers from './pickers';

let loading: Promise<typeof Pickers> | undefined;

export function loadPickers(): Promise<typeof Pickers> {
  loading ??= import('./pickers');
  return loading;
}
