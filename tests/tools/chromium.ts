/**
 * Debian's Chromium, as every browser test and the benchmark launch it: a test tool's own browser download is
 * impossible here. The flags keep Chromium from calling home (the network is closed) and give WebGL on SwiftShader.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
