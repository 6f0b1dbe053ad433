import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation, returnAllOrLimit } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/router';
import { listOptions, optionalFields } from '../../descriptions';
import { toItems } from '../../../shared/router';
import { filterDate, PatchBuilder, toUnixSeconds } from '../../helpers';
import { idParameter } from '../../ids';
import { getAllPages, getRecord, nutshellRequest, patchAndGet } from '../../transport';
import { assignee, assigneeField, relatedEntity, relatedField, taskIdField } from './fields';

const taskId = (context: IExecuteFunctions, itemIndex: number) =>
	idParameter(context, 'taskId', 'tasks', 'Task ID', itemIndex);

export const get: OperationModule = {
	description: describeOperation('task', 'get', [taskIdField]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		return toItems(
			await getRecord({ n8n: this, index: itemIndex }, 'tasks', taskId(this, itemIndex)),
			itemIndex,
		);
	},
};

export const remove: OperationModule = {
	description: describeOperation('task', 'delete', [taskIdField]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const id = taskId(this, itemIndex);
		await nutshellRequest({ n8n: this, index: itemIndex }, 'DELETE', `/tasks/${id}`, { itemIndex });
		return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
	},
};

export const getMany: OperationModule = {
	description: describeOperation('task', 'getMany', [
		...returnAllOrLimit(),
		optionalFields('Filters', 'filters', 'Add Filter', [
			assigneeField(),
			{
				displayName: 'Due After',
				name: 'dateMin',
				type: 'dateTime',
				default: '',
				description: 'Earliest due day to include',
			},
			{
				displayName: 'Due Before',
				name: 'dateMax',
				type: 'dateTime',
				default: '',
				description: 'Latest due day to include',
			},
			relatedField,
			{
				displayName: 'Search Text',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Free-text search',
			},
		]),
		listOptions,
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const node = this.getNode();
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.q) qs.q = filters.q;
		const user = assignee(this, filters, itemIndex);
		if (user) qs['filter[assignee]'] = user;
		if (filters.relatedEntity)
			qs['filter[relatedEntity]'] = relatedEntity(this, filters.relatedEntity, itemIndex);
		if (filters.dateMin)
			qs['filter[dateMin]'] = filterDate(node, filters.dateMin, 'Due After', itemIndex, 'day');
		if (filters.dateMax)
			qs['filter[dateMax]'] = filterDate(node, filters.dateMax, 'Due Before', itemIndex, 'day');
		return toItems(
			await getAllPages({ n8n: this, index: itemIndex }, '/tasks', 'tasks', { qs, returnAll, limit, }),
			itemIndex,
		);
	},
};

export const update: OperationModule = {
	description: describeOperation('task', 'update', [
		taskIdField,
		optionalFields('Update Fields', 'updateFields', 'Add Field', [
			assigneeField(),
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'New details',
			},
			{
				displayName: 'Due Time',
				name: 'dueTime',
				type: 'dateTime',
				default: '',
				description: 'New due time',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'New title',
			},
		]),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const node = this.getNode();
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const patch = new PatchBuilder('tasks');
		if (fields.title) patch.set('title', String(fields.title));
		if (fields.description) patch.set('description', String(fields.description));
		if (fields.dueTime)
			patch.set('dueTime', String(toUnixSeconds(node, fields.dueTime, 'Due Time', itemIndex)));
		patch.setLink('assignee', assignee(this, fields, itemIndex));
		const id = taskId(this, itemIndex);
		return toItems(
			await patchAndGet({ n8n: this, index: itemIndex }, 'tasks', id, patch.requireChanges(node, itemIndex)),
			itemIndex,
		);
	},
};
