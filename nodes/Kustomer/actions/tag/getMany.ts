import { defineOperation } from '../../../shared/kit';
import { listFields, readList, runList } from '../common';

/** The org's tags: GET /v1/tags (needs a tag read role, e.g. org.permission.tag.read). */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many tags',
	description:
		"Retrieve the organization's tags (ID, name, color), e.g. to tag conversations by name",
	fields: listFields(),
	input: (item) => readList(item, { path: '/v1/tags', kind: 'record' }),
	run: runList,
});
