import { idField } from '../../descriptions';
import { readId } from '../../ids';
import type { Item } from '../../../shared/kit';

export const noteIdField = idField(
	'noteId',
	'Note ID',
	'notes',
	'ID of the note, e.g. 7-notes (or 7)',
);

export const readNoteId = (item: Item) => readId(item, 'noteId', 'notes', 'Note ID');
