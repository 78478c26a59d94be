/**
 * Generates the seeded fixtures once per test run (tests/fixtures/generated, git-ignored).
 * Each feature registers its generator in tests/fixtures/index.ts.
 */
import { generateAllFixtures } from './fixtures';

export default async function setup(): Promise<void> {
  await generateAllFixtures();
}
