/** Organisation acronyms that the ticker stop list (notTickers) also holds must still be tagged as organisations. */
import { describe, expect, it } from 'vitest';
import { foundNames } from './found-names';

const found = (text: string) => foundNames(text);

describe('organisation acronyms', () => {
  it('SEC and CFTC are regulators, although as token tickers they would need a $', () => {
    expect(found('The SEC said on Monday that the CFTC would lead.')).toEqual(['SEC→org:sec', 'CFTC→org:cftc']);
    expect(found('米証券取引委員会（SEC）は審査を進めている。')).toEqual(['米証券取引委員会→org:sec', 'SEC→org:sec']);
  });

  it('stop-listed words stay untagged when no organisation owns them (CEO, ETF)', () => {
    expect(found('The CEO said the ETF would list.')).toEqual([]);
  });
});
