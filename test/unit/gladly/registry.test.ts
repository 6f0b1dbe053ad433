/**
 * The Gladly node's registry (from the operation files) and its built description offer the same
 * resources and operations, and no field is shown for an operation that does not exist.
 */
import { gladly } from '../../../nodes/Gladly/Gladly.node';
import { describeRegistry } from '../../harness/registry';

describeRegistry('Gladly', 'gladly', gladly.registry, 90);
