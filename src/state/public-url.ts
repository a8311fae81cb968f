/**
 * The public address a kiosk's QR codes point to, when the kiosk itself runs from a local or offline copy that
 * phones cannot open. Given as `publicUrl=https://…` or at build time as `VITE_PUBLIC_URL`.
 */

/** An absolute http(s) address without credentials, as `origin + pathname`; null for anything else. */
export function parsePublicUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
  return `${url.origin}${url.pathname}`;
}

/** True for an address only this machine can open: `file:`, `localhost`, or a loopback address. */
export function isLocalOrigin({ protocol, hostname }: Pick<Location, 'protocol' | 'hostname'>): boolean {
  if (protocol === 'file:') return true;
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\./.test(hostname) || hostname === '[::1]';
}

/**
 * Where QR codes point: the `publicUrl` parameter, else the build's `VITE_PUBLIC_URL`, else the page's own address
 * when phones can open it; null when the kiosk runs locally and no public address is set (then no code is shown).
 */
export function publicBase(
  fromUrl: string | null,
  fromBuild: string | null,
  location: Pick<Location, 'protocol' | 'hostname' | 'origin' | 'pathname'>,
): string | null {
  return fromUrl ?? fromBuild ?? (isLocalOrigin(location) ? null : `${location.origin}${location.pathname}`);
}
