import { NodeOperationError } from 'n8n-workflow';
import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { flatten } from '../Kustomer/transport';
import { optionsCollection, pollingTriggerBase } from '../shared/trigger/describe';
import { drain, isManual, readCursor, triggerItems, writeCursor } from '../shared/trigger/poll';
import type { TimeCursor } from '../shared/trigger/poll';
import { newest, searchStep } from './search';
import type { SearchTarget } from './search';

export class KustomerPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kustomer Polling Trigger',
		name: 'kustomerPollingTrigger',
		icon: { light: 'file:../../icons/kustomer.svg', dark: 'file:../../icons/kustomer.dark.svg' },
		...pollingTriggerBase,
		subtitle: '={{$parameter["event"] + ": " + $parameter["resource"]}}',
		description:
			'Starts the workflow on new or updated Kustomer customers, companies, conversations, messages, notes or custom objects, checked on a schedule',
		defaults: { name: 'Kustomer Polling Trigger' },
		credentials: [{ name: 'kustomerApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Company', value: 'company' },
					{ name: 'Conversation', value: 'conversation' },
					{ name: 'Custom Object', value: 'kobject' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Message', value: 'message' },
					{ name: 'Note', value: 'note' },
				],
				default: 'customer',
			},
			{
				displayName: 'Klass Name',
				name: 'klass',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. ecomm-order',
				description: 'The name of the Klass (custom object type) whose objects to watch',
				displayOptions: { show: { resource: ['kobject'] } },
			},
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'New', value: 'new', description: 'Records created since the last check' },
					{
						name: 'New or Updated',
						value: 'newOrUpdated',
						description: 'Records created or changed since the last check',
					},
				],
				default: 'newOrUpdated',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description:
					'When set, the first check after activation also emits records from this date on (within the last 2 years). When empty, only changes after activation are emitted.',
			},
			optionsCollection([
				{
					displayName: 'Include Deleted',
					name: 'includeDeleted',
					type: 'boolean',
					default: false,
					description:
						'Whether to also emit records deleted since the last check (they carry deleted: true); Kustomer has no delete events',
					displayOptions: { show: { '/event': ['newOrUpdated'] } },
				},
			]),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const resource = this.getNodeParameter('resource') as string;
		const klass = resource === 'kobject' ? String(this.getNodeParameter('klass', '')).trim() : '';
		if (resource === 'kobject' && !klass)
			throw new NodeOperationError(this.getNode(), "'Klass Name' is empty", {
				description: 'Enter the name of the Klass to watch, e.g. ecomm-order.',
			});
		const event = this.getNodeParameter('event') as string;
		const options = this.getNodeParameter('options', {}) as { includeDeleted?: boolean };
		const target: SearchTarget = {
			queryContext: klass ? `kobject_${klass}` : resource,
			prefix: resource,
			timeField: event === 'new' ? 'createdAt' : 'updatedAt',
			includeDeleted: event !== 'new' && options.includeDeleted === true,
		};

		if (isManual(this)) {
			const sample = await newest(this, target);
			return sample ? triggerItems([flatten(sample)]) : null;
		}

		const stored = readCursor<TimeCursor>(this);
		if (!stored) {
			const startDate = this.getNodeParameter('startDate', '') as string;
			const since = startDate ? new Date(startDate) : new Date();
			if (Number.isNaN(since.getTime()))
				throw new NodeOperationError(this.getNode(), `'Start Date' is not a date: ${startDate}`);
			writeCursor(this, { since: since.toISOString(), seen: [] });
			if (!startDate) return null;
		}
		const state = { cursor: readCursor<TimeCursor>(this) as TimeCursor };
		const records = await drain(this, searchStep(this, target, state));
		writeCursor(this, state.cursor);
		return triggerItems(records.map(flatten));
	}
}
