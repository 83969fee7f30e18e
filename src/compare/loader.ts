/** The host bundle's side of Compare: dist/compare.js, loaded on first use; what the host asks of open panels. */
type CompareBundle = typeof import('./bundle');
let loaded: CompareBundle | undefined;
let loading: Promise<CompareBundle> | undefined;

export function loadCompare(): Promise<CompareBundle> {
  loading ??= import('./bundle').then((module) => (loaded = module));
  return loading;
}

/** The Compare bundle if a panel was ever opened (none is open otherwise). */
export function loadedCompare(): CompareBundle | undefined {
  return loaded;
}

/** The source changed (demo mode, account, base URL): open comparisons drop what they show and load anew. */
export function compareSourceChanged(): void {
  loaded?.ComparePanel.sourceChangedAll();
}
