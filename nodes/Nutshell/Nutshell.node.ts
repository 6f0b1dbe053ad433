import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { defineActionNode } from '../shared/kit';
import { accountType } from './actions/accountType';
import { activity } from './actions/activity';
import { company } from './actions/company';
import { competitor } from './actions/competitor';
import { customField } from './actions/customField';
import { email } from './actions/email';
import { event } from './actions/event';
import { industry } from './actions/industry';
import { invoice } from './actions/invoice';
import { lead } from './actions/lead';
import { leadCompetitor } from './actions/leadCompetitor';
import { leadProduct } from './actions/leadProduct';
import { market } from './actions/market';
import { note } from './actions/note';
import { outcome } from './actions/outcome';
import { person } from './actions/person';
import { pipeline } from './actions/pipeline';
import { product } from './actions/product';
import { productCategory } from './actions/productCategory';
import { quote } from './actions/quote';
import { search } from './actions/search';
import { source } from './actions/source';
import { stage } from './actions/stage';
import { tag } from './actions/tag';
import { task } from './actions/task';
import { team } from './actions/team';
import { territory } from './actions/territory';
import { user } from './actions/user';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

/** Every resource of the node; the kit lists them alphabetically in the Resource dropdown. */
export const nutshell = defineActionNode(
	[
		accountType,
		activity,
		company,
		competitor,
		customField,
		email,
		event,
		industry,
		invoice,
		lead,
		leadCompetitor,
		leadProduct,
		market,
		note,
		outcome,
		person,
		pipeline,
		product,
		productCategory,
		quote,
		search,
		source,
		stage,
		tag,
		task,
		team,
		territory,
		user,
	],
	'lead',
);

export class Nutshell implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Nutshell',
		name: 'nutshell',
		icon: { light: 'file:../../icons/nutshell.svg', dark: 'file:../../icons/nutshell.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read and write Nutshell CRM leads, people, companies, activities, tasks, notes, quotes, invoices, lead products and reports',
		defaults: { name: 'Nutshell' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'nutshellApi', required: true }],
		properties: nutshell.properties,
	};

	methods = { listSearch: { ...listSearch }, loadOptions: { ...loadOptions } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await nutshell.execute.call(this);
	}
}
