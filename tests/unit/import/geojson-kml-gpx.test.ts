// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectNear, importFixture, onlyLayer, pointNamed } from './fixtures';

describe('GeoJSON', () => {
  it('honours the legacy crs member (EPSG::25832) and reprojects to the published position', async () => {
    const layer = onlyLayer(await importFixture('outlines-25832.geojson'));
    expect(layer.crs).toEqual({ id: 'EPSG:25832', how: 'declared', declaredAs: 'urn:ogc:def:crs:EPSG::25832' });
    expectNear(pointNamed(layer, 'Fetsund lenser'), [11.15183, 59.92129], 1.5);
  });

  it('keeps header names like __proto__ as plain attribute text, and markup as text', async () => {
    const layer = onlyLayer(await importFixture('outlines-25832.geojson'));
    const plot = layer.features.find((f) => f.properties.name === 'Tomt ved Lillestrøm')!;
    expect(plot.properties.id).toBe('outlines-25832-17');
    expect(plot.properties.attributes).toEqual([
      ['__proto__', '<img src=x onerror=alert(1)>'],
      ['constructor', 'x'],
      ['areal', '1'],
    ]);
    expect(Object.getPrototypeOf(plot.properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('drops the feature without geometry and the one with an open ring, by feature index', async () => {
    const layer = onlyLayer(await importFixture('outlines-25832.geojson'));
    expect(layer.dropped).toEqual([
      {
        where: { kind: 'feature', index: 1 },
        field: 'geometry',
        reason: { code: 'no-geometry', value: '' },
        message: 'the feature has no geometry',
      },
      {
        where: { kind: 'feature', index: 2 },
        field: 'geometry',
        reason: { code: 'ring-not-closed', value: '1' },
        message: 'ring 1 is not closed',
      },
    ]);
    expect(layer.features).toHaveLength(2);
  });

  it('reads a bare geometry and a single Feature, with accuracy from the properties', async () => {
    const bare = onlyLayer(await importFixture('bare-point.geojson'));
    expect(bare.features[0]).toMatchObject({
      geometry: { type: 'Point', coordinates: [11.04536, 59.95291] },
      properties: { name: 'bare-point #1', accuracy_m: 'not-stated', source: 'bare-point.geojson' },
    });
    const single = onlyLayer(await importFixture('single-feature.geojson'));
    expect(single.features[0]!.properties).toMatchObject({ name: 'Lillestrøm stasjon', accuracy_m: 20 });
  });
});

describe('KML', () => {
  it('reads placemarks through folders: point, polygon with hole, multi-point; bad coordinates dropped', async () => {
    const layer = onlyLayer(await importFixture('places.kml'));
    expect(layer.features.map((f) => [f.properties.name, f.geometry.type])).toEqual([
      ['Lillestrøm stasjon', 'Point'],
      ['Kvartal med gård', 'Polygon'],
      ['To punkter', 'MultiPoint'],
    ]);
    expect(layer.dropped).toEqual([
      {
        where: { kind: 'feature', index: 3 },
        field: 'geometry',
        reason: { code: 'kml-bad-tuple', value: 'elleve,seksti' },
        message: '"elleve,seksti" is not lon,lat',
      },
    ]);
    const polygon = layer.features[1]!.geometry;
    expect(polygon.type === 'Polygon' && polygon.coordinates.length).toBe(2);
  });

  it('keeps the description as text (markup is not interpreted) and ExtendedData as attributes', async () => {
    const [station] = onlyLayer(await importFixture('places.kml')).features;
    expect(station!.properties.description).toBe('<b>Knutepunkt</b> <script>alert(1)</script>');
    expect(station!.properties.accuracy_m).toBe(20);
    expect(station!.properties.attributes).toEqual([['operatør', 'Vy']]);
  });
});

describe('GPX', () => {
  it('reads waypoints, routes and multi-segment tracks, and names the bad waypoint attribute', async () => {
    const layer = onlyLayer(await importFixture('walk.gpx'));
    expect(layer.features.map((f) => [f.properties.name, f.geometry.type])).toEqual([
      ['Lillestrøm stasjon', 'Point'],
      ['Rute', 'LineString'],
      ['Tur', 'MultiLineString'],
    ]);
    expect(layer.features[0]!.properties.description).toBe('Start');
    expect(layer.dropped).toEqual([
      {
        where: { kind: 'feature', index: 1 },
        field: 'wpt lat',
        reason: { code: 'not-a-number', value: 'nord' },
        message: '"nord" is not a number',
      },
    ]);
  });
});
