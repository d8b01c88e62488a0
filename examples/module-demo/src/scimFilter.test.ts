import { describe, expect, it } from 'vitest';
import { parseScimFilter } from './scimFilter.ts';

describe('SCIM filters', () => {
  it('reads the equality a provisioning client asks, whatever the case of the attribute', () => {
    expect(parseScimFilter('userName eq "casey"')).toEqual({ attribute: 'userName', value: 'casey' });
    expect(parseScimFilter('USERNAME EQ "Casey"')).toEqual({ attribute: 'userName', value: 'Casey' });
    expect(parseScimFilter('emails.value eq "casey@acme-msp.example"')).toEqual({ attribute: 'emails.value', value: 'casey@acme-msp.example' });
    expect(parseScimFilter('externalId eq "5f0c"')).toEqual({ attribute: 'externalId', value: '5f0c' });
    expect(parseScimFilter('userName eq "say \\"hi\\""')).toEqual({ attribute: 'userName', value: 'say "hi"' });
  });

  it('refuses what it does not answer rather than answering wrongly', () => {
    for (const filter of ['userName sw "c"', 'title eq "x"', 'userName eq casey', 'userName eq "a" or userName eq "b"', '']) {
      expect(parseScimFilter(filter), filter).toBeUndefined();
    }
  });
});
