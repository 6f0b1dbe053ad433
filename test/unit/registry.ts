/**
 * The operations an action node runs (the kit's registry, from the operation files) and the ones its
 * built description offers (loaded from dist/ as n8n loads it) are the same: every registry entry is
 * an option of its resource's Operation dropdown, every option runs, and no field is shown for an
 * operation that does not exist. Each app's registry test calls this once.
 */
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import type { Registry } from '../../nodes/shared/kit';
import { nodeTypes } from '../harness/engine';

const values = (property: INodeProperties | undefined): string[] =>
	((property?.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));

export function describeRegistry(
	app: string,
	nodeName: string,
	registry: Registry,
	minimumOperations: number,
): void {
	let properties: INodeProperties[];
	beforeAll(async () => {
		properties = ((await nodeTypes()).getByName(nodeName) as INodeType).description.properties;
	});

	const registered = (): string[] =>
		Object.entries(registry).flatMap(([resource, operations]) =>
			Object.keys(operations).map((operation) => `${resource}.${operation}`),
		);

	describe(`the ${app} registry and the built description`, () => {
		it('offers exactly the registered resources in the Resource dropdown', () => {
			const resource = properties.find((property) => property.name === 'resource');
			expect(values(resource).sort()).toEqual(Object.keys(registry).sort());
			expect(values(resource)).toContain(resource?.default);
		});

		it('offers every registered operation in its dropdown, and registers every option', () => {
			const offered = properties
				.filter((property) => property.name === 'operation')
				.flatMap((property) => {
					const shownFor = property.displayOptions?.show?.resource ?? [];
					expect(shownFor).toHaveLength(1);
					expect(values(property)).toContain(property.default);
					return values(property).map((operation) => `${String(shownFor[0])}.${operation}`);
				});
			expect(new Set(offered).size).toBe(offered.length);
			expect(registered().sort()).toEqual(offered.sort());
			expect(offered.length).toBeGreaterThan(minimumOperations);
		});

		it('shows every field for registered operations only', () => {
			const known = new Set(registered());
			const orphans = properties
				.filter((property) => !['resource', 'operation'].includes(property.name))
				.flatMap((property) => {
					const show = property.displayOptions?.show ?? {};
					const resources = (show.resource ?? []) as string[];
					const operations = (show.operation ?? []) as string[];
					if (!resources.length || !operations.length)
						return [`${property.name}: shown everywhere`];
					return resources.flatMap((resource) =>
						operations
							.map((operation) => `${resource}.${operation}`)
							.filter((key) => !known.has(key)),
					);
				});
			expect(orphans).toEqual([]);
		});
	});
}
