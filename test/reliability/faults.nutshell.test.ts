/** The fault matrix for Nutshell (see matrix.ts): every fault cell × every operation family. */
import { nutshell } from './apps';
import { defineFaultMatrix } from './matrix';

defineFaultMatrix(nutshell);
