import type { Language } from '../i18n/messages';
import { writeUrlState } from '../state/url-state';

/**
 * The address of one feature in the normal explorer, as a phone should open it: the public address `base` (see
 * `state/public-url.ts`) with the feature and the visitor's language only. Kiosk parameters, the tour's layer choice,
 * the device's basemap and the camera are left out.
 */
export function deepLinkTo(featureId: string, language: Language, base: string): string {
  const search = writeUrlState('', {
    feature: featureId,
    layers: null,
    lang: language === 'nb' ? null : language,
    basemap: null,
  });
  return `${base}${search}`;
}
