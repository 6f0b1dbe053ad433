/**
 * Products and competitors on leads, product categories, product delete/undelete and notes: requests,
 * outputs, and bad input refused before anything is sent.
 */
import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder, expectAuthenticated, rl } from './context';
import type { Responder } from './context';

const { node } = contractRecorder(contractProblems);

const LEAD = {
	id: '9-leads',
	name: 'Acme',
	links: { productMaps: ['1-productMaps', '3-productMaps'], competitorMaps: ['2-competitorMaps'] },
};

describe('Lead Product', () => {
	it('adds a product with quantity and unit price by JSON Patch of the lead, then reads the lead back', async () => {
		const { output, requests, error } = await node(
			{
				resource: 'leadProduct',
				operation: 'add',
				leadId: rl('9'),
				productId: '4',
				quantity: 3,
				price: '99.50',
			},
			{ responder: (r) => (r.method === 'GET' ? { body: { leads: [LEAD] } } : undefined) },
		);
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['PATCH /rest/leads/9-leads', 'GET /rest/leads/9-leads']);
		expectAuthenticated(requests[0]);
		expect(requests[0].headers['content-type']).toBe('application/json-patch+json');
		expect(requests[0].body).toEqual([
			{
				op: 'add',
				path: '/leads/0/links/productMaps/-',
				value: {
					productType: 'product',
					quantity: 3,
					price: { amount: '99.50' },
					links: { product: '4-products' },
				},
			},
		]);
		expect(output.map((item) => item.json)).toEqual([LEAD]);
	});

	it('adds by lead number: the lead is looked up first', async () => {
		const { requests } = await node(
			{
				resource: 'leadProduct',
				operation: 'add',
				leadId: rl('Lead-1000', 'number'),
				productId: '4',
				quantity: 1,
			},
			{
				responder: (r) =>
					r.url === '/rest/leads'
						? { body: { meta: { total: 1 }, leads: [{ id: '9-leads', number: '1000' }] } }
						: undefined,
			},
		);
		expect(calls(requests)).toEqual([
			'GET /rest/leads',
			'PATCH /rest/leads/9-leads',
			'GET /rest/leads/9-leads',
		]);
		expect(requests[0].qs['filter[number]']).toBe('1000');
	});

	it.each([
		[{ productId: '4-contacts' }, /Parameter 'Product' is a contacts ID/],
		[{ productId: '' }, /Parameter 'Product' is empty/],
		[{ quantity: -1 }, /Parameter 'Product' has a quantity -1 that is not a number of 0 or more/],
		[{ quantity: 'many' }, /Parameter 'Product' has a quantity "many"/],
		[{ price: '12,50' }, /Parameter 'Product' has a unit price "12,50" that is not a number/],
		[{ leadId: rl('4-accounts') }, /Parameter 'Lead' is a accounts ID/],
	])('refuses %j before sending', async (parameters, message) => {
		const { error, requests } = await node({
			resource: 'leadProduct',
			operation: 'add',
			leadId: rl('9'),
			productId: '4',
			quantity: 1,
			...parameters,
		});
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('gets one map from its productMaps array', async () => {
		const map = { id: '1-productMaps', quantity: 2, links: { product: '4-products' } };
		const { output, requests } = await node(
			{ resource: 'leadProduct', operation: 'get', productMapId: '1' },
			{ responder: () => ({ body: { meta: {}, productMaps: [map] } }) },
		);
		expect(calls(requests)).toEqual(['GET /rest/productmaps/1-productMaps']);
		expect(output.map((item) => item.json)).toEqual([map]);
	});

	it("gets the maps of one lead: the lead's links choose them from the list", async () => {
		const responder: Responder = (r) =>
			r.url === '/rest/leads/9-leads'
				? { body: { leads: [LEAD] } }
				: {
						body: {
							productMaps: ['1', '2', '3', '4'].map((n) => ({
								id: `${n}-productMaps`,
								quantity: Number(n),
							})),
						},
					};
		const { output, requests } = await node(
			{ resource: 'leadProduct', operation: 'getMany', returnAll: true, filters: { lead: '9' } },
			{ responder },
		);
		expect(calls(requests)).toEqual(['GET /rest/leads/9-leads', 'GET /rest/productmaps']);
		expect(requests[1].qs).toEqual({});
		expect(output.map((item) => item.json.id)).toEqual(['1-productMaps', '3-productMaps']);

		const limited = await node(
			{ resource: 'leadProduct', operation: 'getMany', returnAll: false, limit: 3 },
			{ responder },
		);
		expect(calls(limited.requests)).toEqual(['GET /rest/productmaps']);
		expect(limited.output).toHaveLength(3);
	});

	it('updates quantity and price by JSON Patch of the map, then reads it back', async () => {
		const { requests, error } = await node({
			resource: 'leadProduct',
			operation: 'update',
			productMapId: '1',
			updateFields: { quantity: 5, price: '80' },
		});
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual([
			'PATCH /rest/productmaps/1-productMaps',
			'GET /rest/productmaps/1-productMaps',
		]);
		expect(requests[0].headers['content-type']).toBe('application/json-patch+json');
		expect(requests[0].body).toEqual([
			{ op: 'replace', path: '/productMaps/0/quantity', value: 5 },
			{ op: 'replace', path: '/productMaps/0/price', value: { amount: '80' } },
		]);
	});

	it('refuses an update that changes nothing, or a bad price, before sending', async () => {
		const empty = await node({
			resource: 'leadProduct',
			operation: 'update',
			productMapId: '1',
			updateFields: {},
		});
		expect(empty.error?.message).toMatch(/Parameter 'Update Fields' is empty.*\[item 0\]/);
		const price = await node({
			resource: 'leadProduct',
			operation: 'update',
			productMapId: '1',
			updateFields: { price: 'free' },
		});
		expect(price.error?.message).toMatch(/Parameter 'Unit Price' has a unit price "free"/);
		expect([...empty.requests, ...price.requests]).toHaveLength(0);
	});

	it('removes at /productMaps/{id}, the path the document spells with a capital M', async () => {
		const { output, requests } = await node(
			{ resource: 'leadProduct', operation: 'remove', productMapId: '1-productMaps' },
			{ responder: () => ({ statusCode: 204, body: '' }) },
		);
		expect(calls(requests)).toEqual(['DELETE /rest/productMaps/1-productMaps']);
		expect(output.map((item) => item.json)).toEqual([{ deleted: true, id: '1-productMaps' }]);
	});
});

describe('Lead Competitor', () => {
	it('adds a competitor by JSON Patch of the lead, then reads the lead back', async () => {
		const { requests, error } = await node({
			resource: 'leadCompetitor',
			operation: 'add',
			leadId: rl('9'),
			competitorId: '2',
		});
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['PATCH /rest/leads/9-leads', 'GET /rest/leads/9-leads']);
		expect(requests[0].body).toEqual([
			{ op: 'add', path: '/leads/0/links/competitors/-', value: '2-competitors' },
		]);
	});

	it('gets a map from a response that side-loads leads and competitors', async () => {
		const map = {
			id: '2-competitorMaps',
			status: 'beat',
			links: { lead: '9-leads', competitor: '2-competitors' },
		};
		const { output, requests } = await node(
			{ resource: 'leadCompetitor', operation: 'get', competitorMapId: '2' },
			{
				responder: () => ({
					body: { competitorMaps: [map], leads: [LEAD], competitors: [{ id: '2-competitors' }] },
				}),
			},
		);
		expect(calls(requests)).toEqual(['GET /rest/competitormaps/2-competitorMaps']);
		expect(output.map((item) => item.json)).toEqual([map]);
	});

	it.each([
		['beat', 'beat'],
		['none', null],
	])('updates the status to %s by JSON Patch', async (status, value) => {
		const { requests } = await node({
			resource: 'leadCompetitor',
			operation: 'update',
			competitorMapId: '2',
			status,
		});
		expect(calls(requests)).toEqual([
			'PATCH /rest/competitormaps/2-competitorMaps',
			'GET /rest/competitormaps/2-competitorMaps',
		]);
		expect(requests[0].body).toEqual([{ op: 'replace', path: '/competitorMaps/0/status', value }]);
	});

	it('refuses a status outside the list before sending', async () => {
		const { error, requests } = await node({
			resource: 'leadCompetitor',
			operation: 'update',
			competitorMapId: '2',
			status: 'won',
		});
		expect(error?.message).toMatch(/Parameter 'Status' must be one of .* not "won" \[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('removes with DELETE /competitormaps/{id}', async () => {
		const { requests, output } = await node(
			{ resource: 'leadCompetitor', operation: 'remove', competitorMapId: '2' },
			{ responder: () => ({ statusCode: 204, body: '' }) },
		);
		expect(calls(requests)).toEqual(['DELETE /rest/competitormaps/2-competitorMaps']);
		expect(output[0].json).toEqual({ deleted: true, id: '2-competitorMaps' });
	});
});

describe('Product and Product Category', () => {
	it('deletes and undeletes a product', async () => {
		const deleted = await node({ resource: 'product', operation: 'delete', productId: '4' });
		expect(calls(deleted.requests)).toEqual(['DELETE /rest/products/4-products']);
		expect(deleted.output[0].json).toEqual({ deleted: true, id: '4-products' });
		const restored = await node({ resource: 'product', operation: 'undelete', productId: '4' });
		expect(calls(restored.requests)).toEqual(['POST /rest/products/4-products/undelete']);
		expect(restored.requests[0].rawBody).toBeUndefined();
		expect(restored.output[0].json.id).toBe('4-products');
	});

	it('creates a category in the productCategories envelope, and lists and gets them', async () => {
		const created = await node(
			{ resource: 'productCategory', operation: 'create', name: ' Software ' },
			{
				responder: () => ({
					statusCode: 201,
					body: { productCategories: [{ id: '2-productCategories', name: 'Software' }] },
				}),
			},
		);
		expect(calls(created.requests)).toEqual(['POST /rest/productcategories']);
		expect(created.requests[0].body).toEqual({ productCategories: [{ name: 'Software' }] });
		expect(created.output[0].json).toEqual({ id: '2-productCategories', name: 'Software' });

		const categories = {
			productCategories: [1, 2, 3].map((n) => ({ id: `${n}-productCategories` })),
		};
		const listed = await node(
			{ resource: 'productCategory', operation: 'getMany', returnAll: false, limit: 2 },
			{ responder: () => ({ body: categories }) },
		);
		expect(calls(listed.requests)).toEqual(['GET /rest/productcategories']);
		expect(listed.output).toHaveLength(2);
		const one = await node(
			{ resource: 'productCategory', operation: 'get', productCategoryId: '3' },
			{ responder: () => ({ body: { productCategories: [{ id: '3-productCategories' }] } }) },
		);
		expect(calls(one.requests)).toEqual(['GET /rest/productcategories/3-productCategories']);
		expect(one.output[0].json.id).toBe('3-productCategories');
	});

	it('refuses a category without a name before sending', async () => {
		const { error, requests } = await node({
			resource: 'productCategory',
			operation: 'create',
			name: '  ',
		});
		expect(error?.message).toMatch(/Parameter 'Name' is empty \[item 0\]/);
		expect(requests).toHaveLength(0);
	});
});

describe('Note', () => {
	it('gets one, gets many paged, and undeletes', async () => {
		const one = await node({ resource: 'note', operation: 'get', noteId: '7' });
		expect(calls(one.requests)).toEqual(['GET /rest/notes/7-notes']);
		expect(one.output[0].json.id).toBe('7-notes');

		const many = await node(
			{ resource: 'note', operation: 'getMany', returnAll: false, limit: 2 },
			{
				responder: () => ({
					body: { meta: { total: 5 }, notes: [{ id: '1-notes' }, { id: '2-notes' }] },
				}),
			},
		);
		expect(calls(many.requests)).toEqual(['GET /rest/notes']);
		expect(many.requests[0].qs).toEqual({ 'page[limit]': 2, 'page[page]': 0 });
		expect(many.output.map((item) => item.json.id)).toEqual(['1-notes', '2-notes']);

		const restored = await node({ resource: 'note', operation: 'undelete', noteId: '7-notes' });
		expect(calls(restored.requests)).toEqual(['POST /rest/notes/7-notes/undelete']);
		expect(restored.output).toHaveLength(1);
	});

	it('refuses an id of another kind before sending, and names the item', async () => {
		const { output, requests } = await node(
			{ resource: 'note', operation: 'get', noteId: '={{ $json.id }}' },
			{ items: [{ id: '7' }, { id: '7-leads' }], continueOnFail: true },
		);
		expect(calls(requests)).toEqual(['GET /rest/notes/7-notes']);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(output[1].json.error)).toMatch(/Parameter 'Note ID' is a leads ID .*\[item 1\]/);
	});
});
