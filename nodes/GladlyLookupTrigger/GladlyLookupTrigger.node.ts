import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { notice, optionsCollection } from '../shared/trigger/describe';
import { rawBodyOf, rejectDelivery, startWith, webhookUrlOrFail } from '../shared/trigger/webhook';
import { safeEqual } from '../shared/webhook';
import { lookupKind, normaliseQuery } from './query';
import { DEFAULT_MAX_AGE_SECONDS, verifyRequest } from './signature';

/** Shortest signing key accepted (Gladly recommends a random value of 128 bits or more). */
export const MIN_KEY_LENGTH = 16;

function keyProblem(credentials: ICredentialDataDecryptedObject): string | undefined {
	const key = String(credentials.signingSecret ?? '');
	if (key.length < MIN_KEY_LENGTH)
		return `The Signing Key must be at least ${MIN_KEY_LENGTH} characters (use a random value of 128 bits or more, entered in Gladly too)`;
	if (Boolean(credentials.headerName) !== Boolean(credentials.headerSecret))
		return 'Header Name and Header Value must be set together';
	return undefined;
}

/** The optional Basic auth and static header of the credential; true when the request carries them (or none is configured). */
function extraChecksPass(
	credentials: ICredentialDataDecryptedObject,
	headers: IDataObject,
): boolean {
	const header = (name: string) => {
		const value = headers[name.toLowerCase()];
		return Array.isArray(value)
			? String(value[0])
			: value === undefined
				? undefined
				: String(value);
	};
	let ok = true;
	const user = String(credentials.basicAuthUser ?? '');
	const password = String(credentials.basicAuthPassword ?? '');
	if (user || password) {
		const expected = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
		ok = safeEqual(expected, header('authorization')?.trim()) && ok;
	}
	const name = String(credentials.headerName ?? '').trim();
	if (name) ok = safeEqual(String(credentials.headerSecret ?? ''), header(name)?.trim()) && ok;
	return ok;
}

/** Path and query of the request as it reached n8n. */
function requestTarget(context: IWebhookFunctions): { path: string; rawQuery: string } {
	const request = context.getRequestObject() as unknown as { originalUrl?: string; url?: string };
	const target = request.originalUrl ?? request.url ?? '';
	const at = target.indexOf('?');
	return at < 0
		? { path: target, rawQuery: '' }
		: { path: target.slice(0, at), rawQuery: target.slice(at + 1) };
}

function pathOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).pathname;
	} catch {
		return undefined;
	}
}

export class GladlyLookupTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gladly Lookup Trigger',
		name: 'gladlyLookupTrigger',
		icon: { light: 'file:../../icons/gladly.svg', dark: 'file:../../icons/gladly.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'Lookup Adaptor',
		description:
			"Answers Gladly's customer lookups (a Lookup Adaptor): verifies Gladly's signature and starts the workflow with the lookup",
		defaults: { name: 'Gladly Lookup Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'gladlyLookupApi', required: true, testedBy: 'gladlyLookupCredentialTest' },
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: '={{$parameter["responseMode"]}}',
				responseData: 'firstEntryJson',
				path: 'lookup',
			},
		],
		properties: [
			notice(
				"Paste this node's Production URL into Gladly (Settings › App Developer Tools › Apps › Add App › Custom, field URL; Gladly requires https) with the same Signing Key as the credential. End the workflow with Gladly › Lookup › Build Response. Gladly waits at most 15 s and recommends answering within 5 s.",
			),
			{
				displayName: 'Respond',
				name: 'responseMode',
				type: 'options',
				options: [
					{
						name: 'When Last Node Finishes',
						value: 'lastNode',
						description:
							'Answers with the first item of the last node that ran (e.g. Gladly › Lookup › Build Response)',
					},
					{
						name: "Using 'Respond to Webhook' Node",
						value: 'responseNode',
						description:
							"Answers with what a Respond to Webhook node (version 1, as in this package's example) sends",
					},
				],
				default: 'lastNode',
			},
			notice(
				"n8n's Respond to Webhook node from version 1.1 on refuses to run after triggers other than n8n's own. Copy it from this package's lookup example (it is version 1), or choose 'When Last Node Finishes'.",
			),
			optionsCollection([
				{
					displayName: 'Max Request Age (Seconds)',
					name: 'maxAgeSeconds',
					type: 'number',
					typeOptions: { minValue: 30, maxValue: 3600 },
					default: DEFAULT_MAX_AGE_SECONDS,
					description:
						'Requests whose Gladly-Time is further than this from now (either way) are refused, so a captured request cannot be replayed later',
				},
				{
					displayName: 'Signed Path',
					name: 'signedPath',
					type: 'string',
					default: '',
					placeholder: '/lookup',
					description:
						'Only when a proxy changes the path between Gladly and n8n: the path of the URL entered in Gladly, which Gladly signs',
				},
			]),
		],
	};

	methods = {
		credentialTest: {
			/** Checks the credential locally: it is never sent anywhere, so there is nothing to call. */
			async gladlyLookupCredentialTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				const problem = keyProblem(credential.data ?? {});
				return problem
					? { status: 'Error', message: problem }
					: {
							status: 'OK',
							message: 'The signing key is usable; Gladly must be set up with the same key',
						};
			},
		},
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			/** Nothing to register (the URL is pasted into Gladly): refuse activation with an unusable key or a plain-http URL. */
			async create(this: IHookFunctions): Promise<boolean> {
				webhookUrlOrFail(this, 'Gladly');
				const problem = keyProblem(await this.getCredentials('gladlyLookupApi'));
				if (problem) throw new NodeOperationError(this.getNode(), problem);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('gladlyLookupApi');
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const headers = this.getHeaderData() as IDataObject;
		const { path, rawQuery } = requestTarget(this);
		const paths = [
			String(options.signedPath ?? '').trim(),
			path,
			pathOf(this.getNodeWebhookUrl('default')),
		].filter((p): p is string => Boolean(p));
		const verdict =
			keyProblem(credentials) === undefined
				? verifyRequest(
						{
							method: 'POST',
							path,
							rawQuery,
							headers: headers as Record<string, string>,
							body: rawBodyOf(this),
						},
						{
							key: String(credentials.signingSecret),
							paths,
							maxAgeSeconds:
								Number(options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS) || DEFAULT_MAX_AGE_SECONDS,
						},
					)
				: ({ ok: false } as const);
		if (!verdict.ok || !extraChecksPass(credentials, headers)) return rejectDelivery(this);

		const body = this.getBodyData() as IDataObject;
		const lookupLevel = String(body.lookupLevel ?? '').toUpperCase();
		const uniqueMatchRequired = body.uniqueMatchRequired === true;
		return startWith([
			{
				lookupLevel,
				uniqueMatchRequired,
				lookup: lookupKind(lookupLevel, uniqueMatchRequired),
				query: normaliseQuery(body.query),
			},
		]);
	}
}
