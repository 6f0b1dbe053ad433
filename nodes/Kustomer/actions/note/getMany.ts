import { scopedListOperation } from '../common';

/** Notes of a conversation, of a customer, or of the whole org. */
export const { description, execute } = scopedListOperation('note', false);
