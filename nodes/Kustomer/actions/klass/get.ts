import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { readDefinitions } from '../../custom';
import { klassField, outputOptions } from '../../descriptions';
import { shapeRecord } from '../../output';
import { param } from '../../params';
import { kustomerGetMany } from '../../transport';

/** A Klass (custom object type) by name, with its attribute definitions (`GET /v1/metadata/kobject.<name>`). */
export const description = describeOperation('klass', 'get', [klassField, outputOptions()]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = param(this, 'klass', itemIndex, '').trim();
	if (!name) throw inputError(this.getNode(), 'Custom Object Type', 'is empty', itemIndex);
	// GET /v1/klasses/{x} takes an ID while the dropdown gives the name: find it in the list.
	const klasses = await kustomerGetMany.call(this, '/v1/klasses', { returnAll: true, qs: { status: 'existing_only' }, itemIndex });
	const klass = klasses.find((record) => record.attributes?.name === name || record.id === name);
	if (!klass) throw inputError(this.getNode(), 'Custom Object Type', `"${name}" is not a Klass of this organization`, itemIndex);
	const definitions = await readDefinitions.call(this, `kobject.${String(klass.attributes?.name ?? name)}`, itemIndex);
	return toItems({ ...shapeRecord(this, itemIndex, 'record', klass), attributeDefinitions: definitions }, itemIndex);
}
