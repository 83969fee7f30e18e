/**
 * A campaign's status as words, written once for the tree, the palette and the dashboard header. Pure:
 * the caller passes its translator (`vscode.l10n.t` on the host); `Status {0}` words a code the API added later.
 */
import { CAMPAIGN_STATUS } from '../api/apiKeys';
import { englishTranslate, type Translate } from '../analytics/translate';
import { l10nMark as l10n } from '../shared/l10nMark';

const UNKNOWN_STATUS = l10n.t('Status {0}');

/** "Running", "Paused"… through `t`; null when the status is not known. */
export function campaignStatusName(status: number | null | undefined, t: Translate = englishTranslate): string | null {
  if (status === null || status === undefined) return null;
  const known = CAMPAIGN_STATUS[status as keyof typeof CAMPAIGN_STATUS];
  return known === undefined ? t(UNKNOWN_STATUS, status) : t(known);
}
