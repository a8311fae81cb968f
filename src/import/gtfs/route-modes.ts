import type { HubMode } from '../../analysis/hubs';

/**
 * The analysis's mode for a GTFS `route_type`. Rail and metro count as rail; everything else (bus, coach,
 * trolleybus, tram, ferry, cable car, taxi…) as bus, as the ABC rule treats them.
 *
 * - Basic GTFS types: 1 subway/metro, 2 rail and 12 monorail are rail; 0 tram, 3 bus, 4 ferry, 5 cable tram,
 *   6 aerial lift, 7 funicular and 11 trolleybus are bus.
 * - Extended (TPEG-based) types, which Entur's regular GTFS export uses: 100–199 railway and 400–499 urban
 *   railway/metro/monorail are rail; 200–299 coach, 700–799 bus, 800 trolleybus, 900–999 tram and the rest are bus.
 */
export function modeOfRouteType(routeType: number): HubMode {
  if (routeType === 1 || routeType === 2 || routeType === 12) return 'rail';
  if ((routeType >= 100 && routeType <= 199) || (routeType >= 400 && routeType <= 499)) return 'rail';
  return 'bus';
}
