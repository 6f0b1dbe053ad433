import { defineOperation } from '../../../shared/kit';
import { companyLocator, klassField } from '../../descriptions';
import { listFields, readList, runList } from '../common';
import { companyPath } from './fields';

/** A company's custom objects of one Klass: GET /v1/companies/{id}/klasses/{klass}. */
export const getCustomObjects = defineOperation('getCustomObjects', {
	name: 'Get Custom Objects',
	action: 'Get custom objects of a company',
	description: "Retrieve a company's custom objects of one type",
	fields: listFields({ fields: [companyLocator(), klassField] }),
	input: (item) => {
		const company = companyPath(item);
		const klass = item.id('klass', 'Custom Object Type').path;
		return readList(item, { path: `${company}/klasses/${klass}`, kind: 'record' });
	},
	run: runList,
});
