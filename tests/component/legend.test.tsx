import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const layerItem = (name: RegExp) => screen.getByRole('checkbox', { name }).closest('li')!;

describe('legend', () => {
  it('shows every layer with its feature count and how many have no position', async () => {
    await renderApp();
    expect(within(layerItem(/Kollektivknutepunkt/)).getByText('24 steder, 1 uten posisjon')).toBeInTheDocument();
    expect(
      within(layerItem(/Jernbanelinjer \(skjematisk\)/)).getByText(/tegnet rett mellom stasjonene/),
    ).toBeInTheDocument();
    expect(
      within(layerItem(/^Bybåndet$/)).getByText(/båndet \(1 km\) er veiledende, ikke en reguleringsgrense/),
    ).toBeInTheDocument();
  });

  it('hides a layer on the map when its box is unticked, and shows it again', async () => {
    const { map } = await renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /Forskning og campus/ }));
    expect(map.current.visible).toMatchObject({ research: false, 'transit-hubs': true });
    await user.click(screen.getByRole('checkbox', { name: /Forskning og campus/ }));
    expect(map.current.visible).toMatchObject({ research: true });
  });

  it('names file, feature and problem of a broken layer while the other layers load', async () => {
    const { map } = await renderApp({ files: { attractions: 'tests/fixtures/geo-broken/attractions.geojson' } });
    const item = layerItem(/Attraksjoner og arenaer/);
    expect(within(item).getByRole('alert')).toHaveTextContent(
      'geo/attractions.geojson, feature "snudd", field "geometry.coordinates": position [59.95, 11] lies outside Norway',
    );
    expect(within(layerItem(/Kollektivknutepunkt/)).getByText(/24 steder/)).toBeInTheDocument();
    expect(map.current.overlay.attractions).toBeUndefined();
    expect(map.current.overlay['transit-hubs']?.features).toHaveLength(24);
    expect(screen.getByText(/Kartlaget «Attraksjoner og arenaer» kunne ikke lastes/)).toBeInTheDocument();
  });

  it('reports a file that is not JSON', async () => {
    await renderApp({ files: { clusters: 'tests/fixtures/geo-broken/clusters.geojson' } });
    expect(within(layerItem(/Klynger/)).getByRole('alert')).toHaveTextContent(/geo\/clusters\.geojson: not valid JSON/);
  });

  it('reports a missing file', async () => {
    await renderApp({ files: { research: 'no/such/file.geojson' } });
    expect(within(layerItem(/Forskning og campus/)).getByRole('alert')).toHaveTextContent(
      'geo/research.geojson: HTTP 404',
    );
  });
});
