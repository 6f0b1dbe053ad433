/**
 * The Kustomer node's registry (from the operation files) and its built description offer the same
 * resources and operations, and no field is shown for an operation that does not exist.
 */
import { kustomer } from '../../../nodes/Kustomer/Kustomer.node';
import { describeRegistry } from '../../harness/registry';

describeRegistry('Kustomer', 'kustomer', kustomer.registry, 80);
