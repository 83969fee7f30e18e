/**
 * Label names by id, as the Calls panels learnt them from their campaign's analytics: a call's detail tags
 * calls with label ids only, and a document showing "f5d2a7…" where the panel showed "Dental emergency" reads
 * as a different call. Forgotten with the call details (token change, source change).
 */
const names = new Map<string, string>();

export function rememberLabelNames(labels: ReadonlyArray<{ readonly id: string; readonly name: string | null }>): void {
  for (const label of labels) if (label.name) names.set(label.id, label.name);
}

export function knownLabelNames(): ReadonlyMap<string, string> {
  return names;
}

export function forgetLabelNames(): void {
  names.clear();
}
