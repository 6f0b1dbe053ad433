import { idField } from '../../descriptions';

export const itemField = idField('itemId', 'Item ID', 'The ID of the conversation item (message, note, call…)');
