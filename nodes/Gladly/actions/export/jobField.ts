/** The export job ID field, shared by the job operations. */
import { idField } from '../../fields';

export const jobField = idField('jobId', 'Job ID', 'The ID of the export job');
