/** Vitest setup file of the unit tests: every property test gets a bounded shrinking time. */
import fc from 'fast-check';
import { boundedShrinking, SHRINK_BUDGET_MS } from './property-budget';

fc.installGlobalPlugin(boundedShrinking(SHRINK_BUDGET_MS));
