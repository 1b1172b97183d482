import { describe, expect, it } from 'vitest';
import { InEffect, inEffectAt, period } from '../src/shared/point-in-time.js';

describe('the partial-date rule', () => {
  it('reads a partial date as the whole period it names', () => {
    expect(period('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(period('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(period('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(period('2024-09-27')).toEqual(['2024-09-27', '2024-09-27']);
  });

  it('counts a post begun in 2024 as held on 2024-12-31 and as uncertain on 2024-03-01', () => {
    expect(inEffectAt('2024', null, '2024-12-31')).toBe(InEffect.YES);
    expect(inEffectAt('2024', null, '2024-03-01')).toBe(InEffect.UNCERTAIN);
    expect(inEffectAt('2024', null, '2023-12-31')).toBe(InEffect.NO);
  });

  it('ends facts by their end date, partial or not, and treats an unknown start as uncertain', () => {
    expect(inEffectAt('2019', '2022', '2023-01-01')).toBe(InEffect.NO);
    expect(inEffectAt('2019', '2022', '2022-06-01')).toBe(InEffect.UNCERTAIN);
    expect(inEffectAt('2019', '2022-12-12', '2022-12-12')).toBe(InEffect.YES);
    expect(inEffectAt(null, null, '2025-01-01')).toBe(InEffect.UNCERTAIN);
    expect(inEffectAt(null, '2020', '2021')).toBe(InEffect.NO);
  });

  it('asks about a whole period when the date asked is partial', () => {
    expect(inEffectAt('2024-02-26', null, '2024')).toBe(InEffect.UNCERTAIN); // not for all of 2024
    expect(inEffectAt('2024-02-26', null, '2025')).toBe(InEffect.YES);
  });
});
