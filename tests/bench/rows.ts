import type { ByteFigures, Size } from './bytes';
import { MORE_CYCLES } from './measure-memory';
import { median, type Row } from './report';
import type { Collected, DataName } from './sessions';

const KB = 1000;
const MB = 1_000_000;

function byteRows(app: ByteFigures, reference: ByteFigures): Row[] {
  const pair = (figure: string, pick: (figures: ByteFigures) => Size, gzipTarget?: number): Row[] => [
    {
      section: '1 Bytes',
      figure: `${figure}, raw`,
      unit: 'kB',
      app: pick(app).raw / KB,
      reference: pick(reference).raw / KB,
    },
    {
      section: '1 Bytes',
      figure: `${figure}, gzip`,
      unit: 'kB',
      app: pick(app).gzip / KB,
      reference: pick(reference).gzip / KB,
      ...(gzipTarget === undefined ? {} : { target: { kind: 'ratio-at-most', value: gzipTarget } as const }),
    },
  ];
  return [
    ...pair('initial JS', (figures) => figures.initialJs, 1.15),
    ...pair('initial CSS', (figures) => figures.initialCss),
    ...pair('MapLibre worker', (figures) => figures.worker),
    {
      section: '1 Bytes',
      figure: 'lazy JS (on demand), gzip',
      unit: 'kB',
      app: app.lazyJs.gzip / KB,
      reference: reference.lazyJs.gzip / KB,
    },
  ];
}

const DATA_LABEL: Record<DataName, string> = { shipped: 'shipped data', stress: 'stress set' };

/** The second reference page: the app's label layers drawn plainly, for a like-for-like ratio (no target). */
const VS_LABELLED = 'vs labelled reference';

function loadRows(collected: Collected): Row[] {
  return (['shipped', 'stress'] as const).flatMap((data): Row[] => {
    const usable = (loads: { usableMs: number }[]) => loads.map((load) => load.usableMs);
    const app = usable(collected.loads.app[data]);
    const reference = usable(collected.loads.reference[data]);
    const labelled = usable(collected.loads.labelled[data]);
    const appLabelled = collected.loads.app[data].flatMap((load) =>
      load.labelledMs === null ? [] : [load.labelledMs],
    );
    const figure = `navigation → usable mark, ${DATA_LABEL[data]}`;
    return [
      {
        section: '2 Time to usable map',
        figure,
        unit: 'ms',
        app: median(app),
        reference: median(reference),
        samples: Math.min(app.length, reference.length),
        target: { kind: 'ratio-at-most', value: data === 'shipped' ? 1.25 : 1.4 },
      },
      {
        section: '2 Time to usable map',
        figure: `${figure}, ${VS_LABELLED}`,
        unit: 'ms',
        app: median(app),
        reference: median(labelled),
        samples: Math.min(app.length, labelled.length),
      },
      {
        section: '2 Time to usable map',
        figure: `navigation → labels drawn, ${DATA_LABEL[data]}, ${VS_LABELLED}`,
        unit: 'ms',
        app: median(appLabelled),
        reference: median(labelled),
        samples: Math.min(appLabelled.length, labelled.length),
      },
    ];
  });
}

function interactionRows(collected: Collected): Row[] {
  return (['shipped', 'stress'] as const).flatMap((data): Row[] => {
    const samples = collected.interactions[data];
    const row = (figure: string, values: number[], target: boolean, reference: number[] = []): Row => ({
      section: '3 Interaction',
      figure: `${figure}, ${DATA_LABEL[data]}`,
      unit: 'ms',
      app: median(values),
      reference: median(reference),
      samples: values.length,
      ...(target ? { target: { kind: 'app-below', value: 100 } as const } : {}),
    });
    return [
      row('click feature → details shown', samples.clickToDetails, true),
      row('first click after load → details shown', samples.firstClickToDetails, false),
      row('search keystroke → results shown', samples.keystrokeToResults, true),
      row('legend layer toggle → map updated', samples.layerToggleToMap, true, samples.referenceToggleToMap),
      row(
        `legend layer toggle → map updated, ${VS_LABELLED}`,
        samples.layerToggleToMap,
        false,
        samples.labelledToggleToMap,
      ),
      row('open list tab → list shown', samples.openList, false),
    ];
  });
}

function flightRows({ flights }: Collected): Row[] {
  const fps = (sample: { frames: number; durationMs: number }) =>
    sample.durationMs > 0 ? ((sample.frames - 1) * 1000) / sample.durationMs : 0;
  const samples = Math.min(flights.app.length, flights.reference.length);
  return [
    {
      section: '4 Smoothness',
      figure: 'fly-to, frames per second',
      unit: 'fps',
      app: median(flights.app.map(fps)),
      reference: median(flights.reference.map(fps)),
      samples,
      target: { kind: 'ratio-at-least', value: 0.9 },
    },
    {
      section: '4 Smoothness',
      figure: `fly-to, frames per second, ${VS_LABELLED}`,
      unit: 'fps',
      app: median(flights.app.map(fps)),
      reference: median(flights.labelled.map(fps)),
      samples: Math.min(flights.app.length, flights.labelled.length),
    },
    {
      section: '4 Smoothness',
      figure: 'fly-to, duration',
      unit: 'ms',
      app: median(flights.app.map((flight) => flight.durationMs)),
      reference: median(flights.reference.map((flight) => flight.durationMs)),
      samples,
    },
  ];
}

function memoryRows({ memory }: Collected): Row[] {
  const heap = (value: number | undefined) => (value === undefined ? null : value / MB);
  const rows: Row[] = [
    {
      section: '5 Memory',
      figure: 'JS heap after load (after GC)',
      unit: 'MB',
      app: heap(memory.app?.afterLoad),
      reference: heap(memory.reference?.afterLoad),
    },
    {
      section: '5 Memory',
      figure: 'JS heap after 100 select/deselect cycles (after GC)',
      unit: 'MB',
      app: heap(memory.app?.afterCycles),
      reference: heap(memory.reference?.afterCycles),
    },
    {
      section: '5 Memory',
      figure: `JS heap growth over ${MORE_CYCLES} more cycles (leak check)`,
      unit: 'MB',
      app: memory.app ? heap(memory.app.afterMoreCycles - memory.app.afterCycles) : null,
      reference: memory.reference ? heap(memory.reference.afterMoreCycles - memory.reference.afterCycles) : null,
    },
  ];
  const listeners = memory.app?.listeners;
  if (listeners) {
    rows.push({
      section: '5 Memory',
      figure: 'map listeners after load',
      unit: 'count',
      app: listeners.afterLoad,
      reference: null,
    });
    rows.push({
      section: '5 Memory',
      figure: 'map listeners after 100 cycles',
      unit: 'count',
      app: listeners.afterCycles,
      reference: null,
    });
  }
  return rows;
}

/** The table's rows 1–5 from the byte counts and the browser sessions. */
export function benchRows(bytes: { app: ByteFigures; reference: ByteFigures }, collected: Collected): Row[] {
  return [
    ...byteRows(bytes.app, bytes.reference),
    ...loadRows(collected),
    ...interactionRows(collected),
    ...flightRows(collected),
    ...memoryRows(collected),
  ];
}
