import { mock } from 'jest-mock-extended';
import type { IDataObject, IHookFunctions, INode, IWebhookFunctions } from 'n8n-workflow';

import {
	acknowledgeOnly,
	firstDelivery,
	forget,
	headerOf,
	rawBodyOf,
	registrationKey,
	rejectDelivery,
	rememberedRegistrations,
	startWith,
	webhookUrlOrFail,
} from '../../../nodes/shared/trigger/webhook';

const node = {
	name: 'Trigger',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
	id: '1',
} as INode;

describe('webhookUrlOrFail', () => {
	const hook = (url: string | undefined) => {
		const ctx = mock<IHookFunctions>();
		ctx.getNodeWebhookUrl.mockReturnValue(url);
		ctx.getNode.mockReturnValue(node);
		return ctx;
	};

	it.each([
		'https://n8n.example.com/webhook/x/webhook',
		'http://127.0.0.1:5678/webhook/x',
		'http://localhost:5678/webhook/x',
		'http://[::1]:5678/webhook/x',
	])('accepts %s', (url) => {
		expect(webhookUrlOrFail(hook(url), 'Kustomer')).toBe(url);
	});

	it.each([
		'http://n8n.example.com/webhook/x',
		'http://127.0.0.1.example.com/x',
		'ftp://n8n.example.com/x',
		'not a url',
		undefined,
	])('refuses %s', (url) => {
		expect(() => webhookUrlOrFail(hook(url), 'Gladly')).toThrow(
			/Gladly needs an https webhook URL/,
		);
	});
});

describe('webhook helpers', () => {
	const delivery = (request: IDataObject, staticData: IDataObject = {}) => {
		const ctx = mock<IWebhookFunctions>();
		const response = { status: jest.fn(), json: jest.fn() };
		response.status.mockReturnValue(response);
		ctx.getResponseObject.mockReturnValue(response as never);
		ctx.getRequestObject.mockReturnValue(request as never);
		ctx.getHeaderData.mockReturnValue((request.headers ?? {}) as never);
		ctx.getBodyData.mockReturnValue((request.body ?? {}) as IDataObject);
		ctx.getWorkflowStaticData.mockReturnValue(staticData);
		return { ctx, response };
	};

	it('rejectDelivery answers 401 itself and starts nothing', () => {
		const { ctx, response } = delivery({});
		expect(rejectDelivery(ctx)).toEqual({ noWebhookResponse: true });
		expect(response.status).toHaveBeenCalledWith(401);
	});

	it('acknowledgeOnly answers 200 and starts nothing', () => {
		const { ctx, response } = delivery({});
		expect(acknowledgeOnly(ctx)).toEqual({ noWebhookResponse: true });
		expect(response.status).toHaveBeenCalledWith(200);
	});

	it('headerOf reads lower-cased names and the first of repeated values', () => {
		const { ctx } = delivery({ headers: { 'x-token': ['a', 'b'], 'x-one': 'z' } });
		expect([headerOf(ctx, 'X-Token'), headerOf(ctx, 'X-One'), headerOf(ctx, 'X-None')]).toEqual([
			'a',
			'z',
			undefined,
		]);
	});

	it('rawBodyOf prefers the exact bytes received', () => {
		expect(
			rawBodyOf(delivery({ rawBody: Buffer.from('{ "a" : 1 }'), body: { a: 1 } }).ctx).toString(),
		).toBe('{ "a" : 1 }');
		expect(rawBodyOf(delivery({ rawBody: 'text' }).ctx).toString()).toBe('text');
		expect(rawBodyOf(delivery({ body: { a: 1 } }).ctx).toString()).toBe('{"a":1}');
	});

	let registrations = 0;
	const registration = () => `registration-${registrations++}`;

	it('firstDelivery remembers ids in static data and in the process, each bounded to 500', () => {
		const staticData: IDataObject = {};
		const { ctx } = delivery({}, staticData);
		const key = registration();
		expect([
			firstDelivery(ctx, 'e1', key),
			firstDelivery(ctx, 'e1', key),
			firstDelivery(ctx, 'e2', key),
			firstDelivery(ctx, undefined, key),
		]).toEqual([true, false, true, true]);
		for (let index = 0; index < 600; index++) firstDelivery(ctx, `n${index}`, key);
		expect((staticData.recentDeliveries as string[]).length).toBe(500);
		expect(firstDelivery(ctx, 'e1', key)).toBe(true);
	});

	it('firstDelivery refuses a retry when n8n did not save the static data of the first delivery', () => {
		const key = registration();
		expect(firstDelivery(delivery({}, {}).ctx, 'e1', key)).toBe(true);
		expect(firstDelivery(delivery({}, {}).ctx, 'e1', key)).toBe(false);
		// ...and when the process restarted (a new process copy), from the static data.
		const staticData: IDataObject = {};
		expect(firstDelivery(delivery({}, staticData).ctx, 'e9', registration())).toBe(true);
		expect(firstDelivery(delivery({}, staticData).ctx, 'e9', registration())).toBe(false);
	});

	it('registrationKey separates workflows, nodes and secrets without keeping the secret', () => {
		const context = (workflowId: string, name: string) => {
			const ctx = mock<IWebhookFunctions>();
			ctx.getWorkflow.mockReturnValue({ id: workflowId, active: true } as never);
			ctx.getNode.mockReturnValue({ ...node, name });
			return ctx;
		};
		const keys = [
			registrationKey(context('w1', 'A'), 'secret-one'),
			registrationKey(context('w2', 'A'), 'secret-one'),
			registrationKey(context('w1', 'B'), 'secret-one'),
			registrationKey(context('w1', 'A'), 'secret-two'),
		];
		expect(new Set(keys).size).toBe(4);
		expect(keys.join()).not.toMatch(/secret-/);
		expect(registrationKey(context('w1', 'A'), 'secret-one')).toBe(keys[0]);
	});

	it('the process copy forgets the least recently used registrations beyond 1,000', () => {
		const { ctx } = delivery({}, {});
		const first = registration();
		firstDelivery(ctx, 'kept', first);
		for (let index = 0; index < 1_200; index++) firstDelivery(ctx, 'x', registration());
		expect(rememberedRegistrations()).toBe(1_000);
		expect(firstDelivery(delivery({}, {}).ctx, 'kept', first)).toBe(true);
	});

	it('startWith gives one item per record; forget removes keys', () => {
		expect(startWith([{ a: 1 }])).toEqual({
			workflowData: [[{ json: { a: 1 }, pairedItem: { item: 0 } }]],
		});
		const staticData: IDataObject = { webhookId: 'w', secret: 's', keep: 1 };
		const ctx = mock<IHookFunctions>();
		ctx.getWorkflowStaticData.mockReturnValue(staticData);
		forget(ctx, 'webhookId', 'secret');
		expect(staticData).toEqual({ keep: 1 });
	});
});
