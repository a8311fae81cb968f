import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/state/notices-slice';
import { groupNotices } from '../../../src/ui/notices/group-notices';

const notice = (id: string, message: Notice['message'], value: string): Notice => ({
  id,
  message,
  params: { id: value },
  tone: 'warning',
});

describe('notices that read the same', () => {
  it('make one line: the first, with the ids of all to dismiss together, in order of first appearance', () => {
    const groups = groupNotices([
      notice('url-a', 'notice.unknownFeature', 'atlantis'),
      notice('basemap-fallback', 'basemap.fallback', ''),
      notice('url-b', 'notice.unknownFeature', 'atlantis'),
      notice('url-c', 'notice.unknownFeature', 'lemuria'),
    ]);
    expect(groups.map((group) => [group.first.id, group.ids])).toEqual([
      ['url-a', ['url-a', 'url-b']],
      ['basemap-fallback', ['basemap-fallback']],
      ['url-c', ['url-c']],
    ]);
  });
});
