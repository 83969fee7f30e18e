/** What of a call may reach the log: ids and codes, and phone numbers with all but the last 4 digits masked. */
export function maskPhone(value: string | null | undefined): string {
  if (!value) return '(none)';
  const digits = value.replace(/\D/g, '');
  return digits.length <= 4 ? '••••' : `••••${digits.slice(-4)}`;
}
