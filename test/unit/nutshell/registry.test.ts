/**
 * The Nutshell node's registry (from its operation files) and its built description offer the same
 * operations.
 */
import { nutshell } from '../../../nodes/Nutshell/Nutshell.node';
import { describeRegistry } from '../../harness/registry';

describeRegistry('Nutshell', 'nutshell', nutshell.registry, 95);
