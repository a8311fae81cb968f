import type { FeatureCollection, Point } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import type { PlaceAnalysis } from '../../analysis/hub-analysis';
import { printFrame } from '../../analysis/print-frame';
import { useCorridorBand } from '../map-view/use-corridor-band';
import { useGeoData } from '../../data/geo-data';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { PrintMapImage, RenderPrintMap } from '../../map/print-map-types';
import { useExplorer } from '../../state/store-context';
import { useHubAnalysisValue } from '../analysis/use-hub-analysis-value';
import { scaleBarLength } from './scale-bar';
import '../../i18n/texts/print';

/** CSS pixels per millimetre on paper (96 per inch). */
const CSS_PX_PER_MM = 96 / 25.4;
/** Device pixels per CSS pixel of the printed map: 2.5 × 96 = 240 dpi, above the 200 dpi a sharp print needs. */
export const PRINT_PIXEL_RATIO = 2.5;

type MapState =
  | { status: 'pending' }
  | { status: 'done'; image: PrintMapImage }
  | { status: 'failed'; message: string }
  | { status: 'none' };

/**
 * The sheet's map: the places, their nearest hubs and those hubs' walking rings, drawn once at print resolution
 * (`PRINT_PIXEL_RATIO`) at `widthMm` × `heightMm`, with a scale bar, a north arrow and the basemap's credit. Calls
 * `onSettled` once the image is shown, or it is clear there will be none, so the view knows when to print.
 */
export function SheetMap({
  places,
  renderMap,
  widthMm,
  heightMm,
  onSettled,
}: {
  places: readonly PlaceAnalysis[];
  renderMap: RenderPrintMap;
  widthMm: number;
  heightMm: number;
  onSettled: () => void;
}) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const basemap = useExplorer((state) => state.basemap);
  const visible = useExplorer((state) => state.visibleLayers);
  const proposals = useExplorer((state) => state.proposals);
  const { loaded } = useGeoData();
  const band = useCorridorBand(loaded.corridor);
  const { analysis, assumptions } = useHubAnalysisValue();
  const [state, setState] = useState<MapState>(places.length === 0 ? { status: 'none' } : { status: 'pending' });
  const widthCss = Math.round(widthMm * CSS_PX_PER_MM);
  const heightCss = Math.round(heightMm * CSS_PX_PER_MM);
  const proposed = useMemo<FeatureCollection<Point>>(
    () => ({
      type: 'FeatureCollection',
      features: proposals.map((proposal) => ({
        type: 'Feature',
        properties: { label: proposal.name, mode: proposal.mode },
        geometry: { type: 'Point', coordinates: [...proposal.position] },
      })),
    }),
    [proposals],
  );

  useEffect(() => {
    if (places.length === 0) return;
    let current = true;
    const frame = printFrame(places, analysis);
    renderMap({
      layers: loaded,
      band,
      visible,
      rings: frame.rings,
      proposed,
      highlight: places.map((place) => place.id),
      locate: places.map((place) => [place.measuredFrom.position[0]!, place.measuredFrom.position[1]!] as const),
      bounds: frame.bounds,
      widthCss,
      heightCss,
      pixelRatio: PRINT_PIXEL_RATIO,
      basemap,
      language,
    }).then(
      (image) => current && setState({ status: 'done', image }),
      (error: unknown) => current && setState({ status: 'failed', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [places, analysis, renderMap, loaded, band, visible, proposed, widthCss, heightCss, basemap, language]);

  useEffect(() => {
    if (state.status === 'failed' || state.status === 'none') onSettled();
  }, [state.status, onSettled]);

  if (state.status === 'none') return <p className="details__note">{t('print.noMap')}</p>;
  if (state.status === 'failed')
    return <p className="details__warning">{t('print.mapFailed', { message: state.message })}</p>;
  const size = { width: `${widthMm}mm`, height: `${heightMm}mm` };
  if (state.status === 'pending')
    return (
      <div className="sheet-map sheet-map--pending" style={size}>
        <p className="details__note">{t('print.mapPending')}</p>
      </div>
    );
  const { image } = state;
  const scale = scaleBarLength(image.metersPerCssPixel, widthCss / 4);
  const names = places.map((place) => place.name).join(', ');
  const minutes = assumptions.ringWalkMinutes.join(', ');
  return (
    <figure className="sheet-map">
      <div className="sheet-map__frame" style={size}>
        <img
          className="sheet-map__image"
          src={image.dataUrl}
          width={widthCss}
          height={heightCss}
          alt={t('print.mapAlt', { names })}
          onLoad={onSettled}
          onError={onSettled}
        />
        {/* A comparison names its sites on the map: all of them are drawn as selected, alike. As text, so the PDF
            can be searched and read aloud. */}
        {places.length > 1 &&
          places.map((place, index) => {
            const point = image.located[index];
            return point ? (
              <span
                key={place.id}
                className="sheet-map__site"
                style={{ left: `${(point.x / widthCss) * 100}%`, top: `${(point.y / heightCss) * 100}%` }}
              >
                {place.name}
              </span>
            ) : null;
          })}
        <svg className="sheet-map__north" viewBox="0 0 24 36" role="img" aria-label={t('print.northArrow')}>
          <path d="M12 2 L20 26 L12 21 L4 26 Z" fill="#212529" />
          <text x="12" y="35" textAnchor="middle" fontSize="10" fontWeight="700">
            {t('print.north')}
          </text>
        </svg>
        <div
          className="sheet-map__scale"
          role="img"
          aria-label={t('print.scaleBar', { distance: formatDistance(language, scale.meters) })}
        >
          <span className="sheet-map__scale-bar" style={{ width: `${(scale.cssPixels / widthCss) * widthMm}mm` }} />
          <span aria-hidden="true">{formatDistance(language, scale.meters)}</span>
        </div>
      </div>
      <figcaption className="sheet-map__caption">
        {t('print.mapNote', {
          rail: formatDistance(language, assumptions.railWalkMeters),
          bus: formatDistance(language, assumptions.busWalkMeters),
          minutes,
        })}{' '}
        {image.credit === null ? t('print.offlineBase') : t('print.basemapCredit', { credit: image.credit })}
      </figcaption>
    </figure>
  );
}
