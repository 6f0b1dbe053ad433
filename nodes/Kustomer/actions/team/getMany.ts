import { listOperation } from '../common';

/** Teams: GET /v1/teams, up to 500 per page. */
export const { description, execute } = listOperation({ resource: 'team', operation: 'getMany', maxPageSize: 500, build: () => ({ path: '/v1/teams', kind: 'record' }) });
