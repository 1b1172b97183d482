import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRegistry, type Registry } from './support/registry.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
// Each ```graphql block followed by a ```json block is an example and its documented answer.
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)].map((m) => ({
  query: m[1],
  answer: JSON.parse(m[2]),
}));

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

describe('the README tells the truth', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))('example %i answers as documented', async (_n, example) => {
    const { data, errors } = await registry.query(example.query);
    expect(errors).toBeUndefined();
    expect(data).toEqual(example.answer);
  });
});
