import { describe, expect, it, vi } from 'vitest';
import type { ImportFeed, MapController } from '../../../src/map/controller-types';
import { withImportFeed } from '../../../src/ui/import/import-feed';

/** A map whose feeds record whether they were discarded. */
function mapWithFeeds() {
  const feeds: (ImportFeed & { discard: ReturnType<typeof vi.fn> })[] = [];
  const openImportFeed = () => {
    const { port1 } = new MessageChannel();
    const feed = { port: port1, lost: new Promise<never>(() => {}), discard: vi.fn() };
    feeds.push(feed);
    return Promise.resolve(feed);
  };
  return { map: { openImportFeed } as unknown as MapController, feeds };
}

describe('withImportFeed', () => {
  it('hands the job its own feed and keeps what the feed brought when the job finishes', async () => {
    const { map, feeds } = mapWithFeeds();
    const result = await withImportFeed(map, (feed) => Promise.resolve(feed.port));
    expect(result).toBe(feeds[0]!.port);
    expect(feeds[0]!.discard).not.toHaveBeenCalled();
  });

  it('discards what the feed brought when the job fails or is cancelled, and passes the error on', async () => {
    const { map, feeds } = mapWithFeeds();
    const cancelled = new DOMException('The import was cancelled', 'AbortError');
    await expect(withImportFeed(map, () => Promise.reject(cancelled))).rejects.toBe(cancelled);
    expect(feeds[0]!.discard).toHaveBeenCalledOnce();
  });
});
