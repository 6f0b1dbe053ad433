import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { ENTITY_OPTIONS, actionsOption, matches, payloadOf, withPayload } from '../Nutshell/events';
import type { NutshellEvent } from '../Nutshell/events';
import { notice, optionsCollection, webhookTriggerBase } from '../shared/trigger/describe';
import {
	acknowledgeOnly,
	firstDelivery,
	registrationKey,
	rejectDelivery,
	startWith,
} from '../shared/trigger/webhook';
import { safeEqual } from '../shared/webhook';

/** Shortest secret accepted in the URL. */
export const MIN_SECRET_LENGTH = 24;

export class NutshellWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Nutshell Webhook Trigger',
		name: 'nutshellWebhookTrigger',
		icon: { light: 'file:../../icons/nutshell.svg', dark: 'file:../../icons/nutshell.dark.svg' },
		...webhookTriggerBase,
		subtitle: 'Webhook pasted into Nutshell',
		description:
			'Starts the workflow when Nutshell calls a webhook URL you pasted into Nutshell (changes to leads, people, companies, activities and notes)',
		defaults: { name: 'Nutshell Webhook Trigger' },
		properties: [
			notice(
				"Nutshell has no API to register webhooks: copy this node's Production URL, add ?secret= and your secret (for example https://n8n.example.com/webhook/…/webhook?secret=YOUR-SECRET), and paste it into Nutshell. Deliveries without the secret get 401 and start nothing.",
			),
			{
				displayName: 'Secret',
				name: 'secret',
				type: 'string',
				typeOptions: { password: true },
				required: true,
				default: '',
				description: `A random string of at least ${MIN_SECRET_LENGTH} characters (letters, digits, - or _), e.g. from a password manager. It goes into the URL you paste into Nutshell as ?secret=….`,
			},
			{
				displayName: 'Trigger On',
				name: 'entities',
				type: 'multiOptions',
				options: ENTITY_OPTIONS,
				default: [],
				description:
					'Nutshell sends every change to every webhook; only these kinds of records start the workflow (empty: all)',
			},
			optionsCollection([actionsOption()]),
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			/** Nothing to register (the user pastes the URL): refuse activation with a weak secret. */
			async create(this: IHookFunctions): Promise<boolean> {
				const secret = String(this.getNodeParameter('secret', ''));
				if (secret.length < MIN_SECRET_LENGTH || !/^[A-Za-z0-9_-]+$/.test(secret)) {
					throw new NodeOperationError(
						this.getNode(),
						`'Secret' must be at least ${MIN_SECRET_LENGTH} characters of letters, digits, - or _`,
						{
							description:
								'Generate a random secret (e.g. with a password manager), enter it here, and add ?secret=<it> to the URL pasted into Nutshell.',
						},
					);
				}
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const secret = String(this.getNodeParameter('secret', ''));
		const query = this.getQueryData() as IDataObject;
		const given = typeof query.secret === 'string' ? query.secret : undefined;
		if (secret.length < MIN_SECRET_LENGTH || !safeEqual(secret, given)) return rejectDelivery(this);

		const body = this.getBodyData() as IDataObject;
		const events = (Array.isArray(body.events) ? body.events : []) as NutshellEvent[];
		const filter = {
			entities: this.getNodeParameter('entities', []) as string[],
			actions: ((this.getNodeParameter('options', {}) as IDataObject).actions as string[]) ?? [],
		};
		const registration = registrationKey(this, secret);
		// A closing whose delivery does not say won, lost or cancelled does not pass a Lead Won / Lost /
		// Cancelled filter (Nutshell's deliveries carry the changed lead, whose status says it).
		const items = events
			.filter(
				(event) =>
					event &&
					matches(event, filter, payloadOf(event, body.payloads)) === true &&
					firstDelivery(this, event.id, registration),
			)
			.map((event) => withPayload(event, body.payloads));
		return items.length ? startWith(items) : acknowledgeOnly(this);
	}
}
