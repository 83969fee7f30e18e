/**
 * Text cut to a length for a name or a message. A cut at a UTF-16 index can fall inside an emoji (or any
 * character outside the Basic Multilingual Plane) and leave half of it, which shows as "�": step back instead.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const endsInHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, endsInHighSurrogate ? max - 1 : max);
}

/** `cutText` with an ellipsis when something was cut. */
export function shortenText(text: string, max: number): string {
  return text.length > max ? `${cutText(text, max)}…` : text;
}
