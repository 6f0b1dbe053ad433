/**
 * The Nutshell operations that change data, through n8n-core's real engine against the sandbox: the
 * sandbox's records must change as the operation says (and not change where it refuses). Every request
 * sent here must conform to the OpenAPI document.
 */
import type { IDataObject } from 'n8n-workflow';

import type { LoggedRequest } from '../../sandbox';
import { expectConforming } from '../../contract/nutshell/spec';
import { basicAuth, rl, useNutshellSandbox } from './helpers';

const logged: LoggedRequest[] = [];
afterAll(() => expectConforming(logged));
const ns = useNutshellSandbox(logged);

const record = (store: string, id: string) =>
	ns.provider().state[store].records.get(id) as IDataObject | undefined;

async function newLead(): Promise<string> {
	const created = await ns.run({
		resource: 'lead',
		operation: 'create',
		description: 'Acme: 50 seats',
	});
	expect(created.error).toBeUndefined();
	return String(created.items[0].json.id);
}

describe('Nutshell coverage on the engine', () => {
	it('Mark Won refuses a lost outcome from an expression and leaves the lead open; a won one closes it', async () => {
		const lead = await newLead();
		const refused = await ns.run(
			{ resource: 'lead', operation: 'markWon', leadId: rl(lead), outcome: '={{ $json.outcome }}' },
			{ items: [{ outcome: '2-outcomes' }] },
		);
		expect(refused.error?.message).toMatch(
			/Parameter 'Outcome' is "Lost on price" \(2-outcomes\), a lost outcome.*\[item 0\]/,
		);
		expect(record('leads', lead)?.status).toBe('open');
		expect(ns.calls().filter((call) => call.endsWith('/status'))).toEqual([]);

		const won = await ns.run(
			{ resource: 'lead', operation: 'markWon', leadId: rl(lead), outcome: '={{ $json.outcome }}' },
			{ items: [{ outcome: '1' }] },
		);
		expect(won.error).toBeUndefined();
		expect(won.items[0].json.status).toBe('won');
		expect(record('leads', lead)?.status).toBe('won');
	});

	it('adds a product to a lead, changes its quantity and price, and removes it', async () => {
		const lead = await newLead();
		const added = await ns.run({
			resource: 'leadProduct',
			operation: 'add',
			leadId: rl(lead),
			productId: '1',
			quantity: 3,
			price: '90',
		});
		expect(added.error).toBeUndefined();
		const [mapId] = (added.items[0].json.links as { productMaps: string[] }).productMaps;
		expect(record('productMaps', mapId)).toMatchObject({
			quantity: 3,
			price: { amount: '90' },
			links: { product: '1-products', lead },
		});

		const listed = await ns.run({
			resource: 'leadProduct',
			operation: 'getMany',
			returnAll: true,
			filters: { lead },
		});
		expect(listed.items.map((item) => item.json.id)).toEqual([mapId]);

		const updated = await ns.run({
			resource: 'leadProduct',
			operation: 'update',
			productMapId: mapId,
			updateFields: { quantity: 5, price: '80.00' },
		});
		expect(updated.error).toBeUndefined();
		expect(updated.items[0].json).toMatchObject({
			id: mapId,
			quantity: 5,
			price: { amount: '80.00' },
		});

		const removed = await ns.run({
			resource: 'leadProduct',
			operation: 'remove',
			productMapId: mapId,
		});
		expect(removed.items[0].json).toEqual({ deleted: true, id: mapId });
		expect(record('productMaps', mapId)?.deletedTime).toBeDefined();
		expect(record('leads', lead)?.links).toMatchObject({ productMaps: [] });
		const patch = ns
			.log()
			.find(
				(request) => request.method === 'PATCH' && request.path === `/rest/productmaps/${mapId}`,
			);
		expect(patch?.headers.authorization).toBe(basicAuth());
		expect(patch?.headers['content-type']).toBe('application/json-patch+json');
	});

	it('adds a competitor to a lead, records that it was beaten, and removes it', async () => {
		const lead = await newLead();
		const added = await ns.run({
			resource: 'leadCompetitor',
			operation: 'add',
			leadId: rl(lead),
			competitorId: '1',
		});
		expect(added.error).toBeUndefined();
		const [mapId] = (added.items[0].json.links as { competitorMaps: string[] }).competitorMaps;
		expect(record('competitorMaps', mapId)).toMatchObject({
			status: 'potential',
			links: { lead, competitor: '1-competitors' },
		});
		const beaten = await ns.run({
			resource: 'leadCompetitor',
			operation: 'update',
			competitorMapId: mapId,
			status: 'beat',
		});
		expect(beaten.items[0].json.status).toBe('beat');
		expect(record('competitorMaps', mapId)?.status).toBe('beat');
		await ns.run({ resource: 'leadCompetitor', operation: 'remove', competitorMapId: mapId });
		expect(record('competitorMaps', mapId)?.deletedTime).toBeDefined();
	});

	it('accepts a quote, invoices it once, and marks the invoice paid', async () => {
		const accepted = await ns.run({
			resource: 'quote',
			operation: 'updateStatus',
			quoteId: '1',
			status: 'ACCEPTED',
			additionalFields: { acceptedName: 'Ana Lima', acceptedEmail: 'ana@acme.com' },
		});
		expect(accepted.items[0].json).toMatchObject({
			id: '1-quotes',
			displayStatus: 'ACCEPTED',
			acceptedName: 'Ana Lima',
		});
		const invoiced = await ns.run({ resource: 'quote', operation: 'createInvoice', quoteId: '1' });
		expect(invoiced.error).toBeUndefined();
		const invoice = String(invoiced.items[0].json.id);
		expect(ns.provider().state.invoices.records.size).toBe(2);
		const paid = await ns.run({
			resource: 'invoice',
			operation: 'updateStatus',
			invoiceId: invoice,
			status: 'ACCEPTED',
			additionalFields: { comment: 'Paid via ACH' },
		});
		expect(paid.items[0].json).toMatchObject({
			id: invoice,
			displayStatus: 'ACCEPTED',
			completionComment: 'Paid via ACH',
		});
		const ofLead = await ns.run({
			resource: 'invoice',
			operation: 'getMany',
			returnAll: true,
			filters: { lead: '1' },
		});
		expect(ofLead.items.map((item) => item.json.id).sort()).toEqual(['500-quotes', invoice].sort());
	});

	it('undeletes a note and a product, creates a product category and a custom field', async () => {
		const lead = await newLead();
		const note = await ns.run({
			resource: 'note',
			operation: 'create',
			parentType: 'lead',
			parentId: lead,
			body: 'Called',
		});
		const noteId = String(note.items[0].json.id);
		await ns.run({ resource: 'note', operation: 'delete', noteId });
		expect(record('notes', noteId)?.deletedTime).toBeDefined();
		await ns.run({ resource: 'note', operation: 'undelete', noteId });
		expect(record('notes', noteId)?.deletedTime).toBeUndefined();

		await ns.run({ resource: 'product', operation: 'delete', productId: '1' });
		expect(record('products', '1-products')?.deletedTime).toBeDefined();
		const restored = await ns.run({ resource: 'product', operation: 'undelete', productId: '1' });
		expect(restored.items[0].json.id).toBe('1-products');
		expect(record('products', '1-products')?.deletedTime).toBeUndefined();

		const category = await ns.run({
			resource: 'productCategory',
			operation: 'create',
			name: 'Software',
		});
		expect(record('productCategories', String(category.items[0].json.id))?.name).toBe('Software');

		const field = await ns.run({
			resource: 'customField',
			operation: 'create',
			entity: 'person',
			name: 'Hobby',
			fieldType: 'Text',
		});
		expect(field.error).toBeUndefined();
		const person = await ns.run({ resource: 'person', operation: 'create', name: 'Ana Lima' });
		const values = await ns.run({
			resource: 'customField',
			operation: 'getValues',
			entity: 'person',
			recordId: String(person.items[0].json.id),
		});
		expect(values.items.map((item) => item.json.name)).toContain('Hobby');
		const refused = await ns.run({
			resource: 'customField',
			operation: 'create',
			entity: 'person',
			name: 'Cell',
			fieldType: 'Phone',
		});
		expect(refused.error?.message).toMatch(
			/Parameter 'Type' "Phone" fields exist only on leads \[item 0\]/,
		);
		expect(ns.calls().filter((call) => call === 'POST /rest/contacts/customfield')).toHaveLength(1);
	});

	it('exports a pipeline as a CSV file in the binary field', async () => {
		const lead = await newLead();
		const out = await ns.run({
			resource: 'pipeline',
			operation: 'export',
			pipelineId: '1',
			binaryPropertyName: 'csv',
		});
		expect(out.error).toBeUndefined();
		const file = out.items[0].binary?.csv;
		expect(file?.mimeType).toBe('text/csv');
		expect(file?.fileName).toBe('Sales-lead-movements.csv');
		expect(out.items[0].json).toMatchObject({
			pipeline: '1-stagesets',
			fileName: 'Sales-lead-movements.csv',
		});
		expect(Buffer.from(String(file?.data), 'base64').toString('utf8')).toContain(
			`${lead},"Acme: 50 seats",Qualify`,
		);
	});
});
