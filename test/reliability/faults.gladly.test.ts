/** The fault matrix for Gladly (see matrix.ts): every fault cell × every operation family. */
import { gladly } from './apps';
import { defineFaultMatrix } from './matrix';

defineFaultMatrix(gladly);
