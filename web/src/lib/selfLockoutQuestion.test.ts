import { describe, expect, test } from 'vitest';
import { selfLockoutQuestion } from './selfLockoutQuestion.ts';

describe('the question before saving a list without your own address', () => {
  test('names the address and offers to add it', () => {
    const question = selfLockoutQuestion('203.0.113.7');
    expect(question.sentence).toBe(
      'This list does not include your own address (203.0.113.7). Saving it will sign you out and keep you out. Add 203.0.113.7 to the list, or save anyway?',
    );
    expect(question.alternativeLabel).toBe('Add my address');
    expect(question.confirmLabel).toBe('Save anyway');
  });

  test('an address the edge could not see is said, and there is nothing to add', () => {
    const question = selfLockoutQuestion('unknown');
    expect(question.sentence).toMatch(/^This list does not include your own address \(unknown/);
    expect(question.sentence).toContain('Saving it will sign you out and keep you out.');
    expect(question.alternativeLabel).toBeUndefined();
  });
});
