import { defineResource } from '../../../shared/kit';
import { changePipeline } from './changePipeline';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { getReport } from './getReport';
import { getStageHistory } from './getStageHistory';
import { markCancelled } from './markCancelled';
import { markLost } from './markLost';
import { markWon } from './markWon';
import { moveStage } from './moveStage';
import { reopen } from './reopen';
import { undelete } from './undelete';
import { update } from './update';
import { watch } from './watch';

export const lead = defineResource('lead', {
	name: 'Lead',
	description: 'Sales opportunities',
	operations: [
		changePipeline,
		create,
		remove,
		get,
		getMany,
		getReport,
		getStageHistory,
		markCancelled,
		markLost,
		markWon,
		moveStage,
		reopen,
		undelete,
		update,
		watch,
	],
});
