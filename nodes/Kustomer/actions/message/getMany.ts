import { scopedListOperation } from '../common';

/** Messages of a conversation, of a customer, or of the whole org. */
export const { description, execute } = scopedListOperation('message', true);
