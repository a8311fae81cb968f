/**
 * Where the label font's glyphs are served: signed distance fields for Noto Sans Regular in 256-code-point PBF
 * ranges (public/glyphs, built by tests/tools/build-glyphs.ts), next to the page. Loading them costs a few
 * kilobytes; without a glyph URL MapLibre rasterises every glyph itself with TinySDF at twice the size, on the main
 * thread, which was the largest single cost of the first frame. The service worker precaches them, so labels work
 * offline; a character outside the shipped ranges is still drawn locally.
 */
export function labelGlyphsUrl(baseUri: string = document.baseURI): string {
  return `${new URL('glyphs/', baseUri).href}{fontstack}/{range}.pbf`;
}
