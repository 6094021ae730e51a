/** Shorthand attributes as numbers: absent → undefined; empty or not a number → NaN, which the validator reports. */
export function numberAttr(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  return value.trim() === '' ? NaN : Number(value);
}

/** Present, trimmed attribute text, or undefined. */
export function textAttr(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** The `geo` of a shorthand document from a `place` attribute: a named region (the level is unknown from a name alone). */
export function placeGeo(place: string | null | undefined): { geo?: { level: string; code?: string; name: string } } {
  const name = textAttr(place);
  if (!name) return {};
  return { geo: { level: 'region', name } };
}
