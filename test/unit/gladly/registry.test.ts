/**
 * The Gladly node's registry (from its operation files) and its built description offer the same
 * operations.
 */
import { gladly } from '../../../nodes/Gladly/Gladly.node';
import { describeRegistry } from '../registry';

describeRegistry('Gladly', 'gladly', gladly.registry, 70);
