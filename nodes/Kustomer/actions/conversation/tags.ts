import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { conversationLocator, listOf, outputOptions, tagsField } from '../../descriptions';
import { emit } from '../../output';
import { dataOf, kustomerRequest } from '../../transport';
import { idParam } from '../common';

/** Add Tags (POST) or Remove Tags (DELETE) on /v1/conversations/{id}/tags, body: an array of tag ids. */
function tagOperation(operation: 'addTags' | 'removeTags'): OperationModule {
	const properties: INodeProperties[] = [conversationLocator(), tagsField({ required: true }), simplifyField, outputOptions()];
	return {
		description: describeOperation('conversation', operation, properties),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = idParam(this, 'conversationId', 'Conversation', itemIndex);
			const tags = listOf(this.getNodeParameter('tags', itemIndex, []));
			if (tags.length === 0) throw inputError(this.getNode(), 'Tag Names or IDs', 'is empty: choose at least one tag', itemIndex);
			const response = await kustomerRequest.call(this, operation === 'addTags' ? 'POST' : 'DELETE', `/v1/conversations/${id}/tags`, { body: tags, itemIndex });
			return emit(this, itemIndex, 'conversation', dataOf(response.body));
		},
	};
}

export const addTags = tagOperation('addTags');
export const removeTags = tagOperation('removeTags');
