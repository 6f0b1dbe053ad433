/** The fault matrix for Kustomer (see matrix.ts): every fault cell × every operation family. */
import { kustomer } from './apps';
import { defineFaultMatrix } from './matrix';

defineFaultMatrix(kustomer);
