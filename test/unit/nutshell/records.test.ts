import { contractProblems } from '../../contract/nutshell/spec';
import { calls, contractRecorder } from './context';

const { node } = contractRecorder(contractProblems);

describe('Activity', () => {
	it('creates with Unix times, type and participants in the activities envelope', async () => {
		const { requests, error } = await node({
			resource: 'activity',
			operation: 'create',
			name: 'Call with Andy',
			startTime: '2026-02-01T10:00:00Z',
			endTime: '2026-02-01T10:30:00Z',
			additionalFields: {
				activityType: '1',
				isLogged: true,
				personIds: '5',
				userIds: ['1-users'],
				description: 'Agenda',
			},
		});
		expect(error).toBeUndefined();
		expect(calls(requests)).toEqual(['POST /rest/activities']);
		expect(requests[0].body).toEqual({
			activities: [
				{
					name: 'Call with Andy',
					startTime: 1769940000,
					endTime: 1769941800,
					activityType: '1-activityTypes',
					isLogged: true,
					description: 'Agenda',
					links: { participants: ['5-contacts', '1-users'] },
				},
			],
		});
	});

	it('refuses an end before the start', async () => {
		const { error, requests } = await node({
			resource: 'activity',
			operation: 'create',
			name: 'X',
			startTime: '2026-02-01T10:00:00Z',
			endTime: '2026-02-01T09:00:00Z',
		});
		expect(error?.message).toMatch(/Parameter 'End Time' is before Start Time \[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('updates with PUT of the full object (read, merge, replace)', async () => {
		const current = {
			id: '7-activities',
			name: 'Call',
			agenda: 'Old',
			startTime: 100,
			endTime: 200,
			isLogged: false,
			status: 'scheduled',
			links: { contacts: ['5-contacts'], users: ['1-users'], activityType: '1-activityTypes' },
		};
		const { requests } = await node(
			{
				resource: 'activity',
				operation: 'update',
				activityId: '7',
				updateFields: { name: 'Call (moved)', isLogged: true },
			},
			{ responder: (r) => (r.method === 'GET' ? { body: { activities: [current] } } : undefined) },
		);
		expect(calls(requests)).toEqual([
			'GET /rest/activities/7-activities',
			'PUT /rest/activities/7-activities',
		]);
		expect(requests[1].headers['content-type']).toBe('application/json');
		expect(requests[1].body).toEqual({
			activities: [
				{
					name: 'Call (moved)',
					isLogged: true,
					startTime: 100,
					endTime: 200,
					description: 'Old',
					activityType: '1-activityTypes',
					links: { participants: ['5-contacts', '1-users'] },
				},
			],
		});
	});

	it('gets many with limit (no page parameters) and participant, status, type and date filters', async () => {
		const { requests } = await node({
			resource: 'activity',
			operation: 'getMany',
			returnAll: false,
			limit: 20,
			filters: {
				participants: '5, 1-users',
				status: ['logged', 'scheduled'],
				activityType: '2',
				dateMin: '2026-01-01',
				dateMax: '2026-01-31T10:00:00Z',
			},
		});
		expect(calls(requests)).toEqual(['GET /rest/activities']);
		expect(requests[0].qs).toEqual({
			limit: 20,
			'filter[participant][]': ['5-contacts', '1-users'],
			'filter[status][]': ['logged', 'scheduled'],
			'filter[activityType]': 2,
			'filter[dateMin]': '2026-01-01',
			'filter[dateMax]': '2026-01-31',
		});
		expect(requests[0].qs['page[page]']).toBeUndefined();
	});

	it('gets one and lists activity types', async () => {
		expect(
			calls((await node({ resource: 'activity', operation: 'get', activityId: '7' })).requests),
		).toEqual(['GET /rest/activities/7-activities']);
		expect(calls((await node({ resource: 'activity', operation: 'getTypes' })).requests)).toEqual([
			'GET /rest/activitytypes',
		]);
	});
});

describe('Task', () => {
	it('creates unwrapped with a string Unix due time, related record and assignee', async () => {
		const { requests } = await node({
			resource: 'task',
			operation: 'create',
			title: 'Send proposal',
			additionalFields: {
				dueTime: '2026-02-01T00:00:00Z',
				relatedEntity: '5-leads',
				assignee: '2',
				rule: 'FREQ=WEEKLY;BYDAY=MO',
			},
		});
		expect(calls(requests)).toEqual(['POST /rest/tasks']);
		expect(requests[0].body).toEqual({
			title: 'Send proposal',
			dueTime: '1769904000',
			recurrenceRule: { rule: 'FREQ=WEEKLY;BYDAY=MO', mode: 'dueDate' },
			links: { relatedEntity: '5-leads', assignee: '2-users' },
		});
	});

	it('refuses a related record without its type', async () => {
		const { error, requests } = await node({
			resource: 'task',
			operation: 'create',
			title: 'X',
			additionalFields: { relatedEntity: '5' },
		});
		expect(error?.message).toMatch(
			/Parameter 'Related Record ID' "5" must be a lead, person or company ID.*\[item 0\]/,
		);
		expect(requests).toHaveLength(0);
	});

	it('gets, lists with filters and page parameters, updates by JSON Patch and deletes', async () => {
		expect(
			calls((await node({ resource: 'task', operation: 'get', taskId: '4' })).requests),
		).toEqual(['GET /rest/tasks/4-tasks']);
		const many = await node({
			resource: 'task',
			operation: 'getMany',
			returnAll: false,
			limit: 3,
			filters: { assignee: '1', relatedEntity: '3-contacts', dateMin: '2026-01-01', q: 'call' },
		});
		expect(many.requests[0].qs).toEqual({
			q: 'call',
			'filter[assignee]': '1-users',
			'filter[relatedEntity]': '3-contacts',
			'filter[dateMin]': '2026-01-01',
			'page[limit]': 3,
			'page[page]': 0,
		});
		const updated = await node({
			resource: 'task',
			operation: 'update',
			taskId: '4',
			updateFields: { title: 'New', assignee: '2' },
		});
		expect(calls(updated.requests)).toEqual([
			'PATCH /rest/tasks/4-tasks',
			'GET /rest/tasks/4-tasks',
		]);
		expect(updated.requests[0].headers['content-type']).toBe('application/json-patch+json');
		expect(updated.requests[0].body).toEqual([
			{ op: 'replace', path: '/tasks/0/title', value: 'New' },
			{ op: 'replace', path: '/tasks/0/links/assignee', value: '2-users' },
		]);
		const deleted = await node({ resource: 'task', operation: 'delete', taskId: '4' });
		expect(deleted.output[0].json).toEqual({ deleted: true, id: '4-tasks' });
	});
});

describe('Note', () => {
	it('creates on a lead, person or company with the {"data": {...}} wrapper', async () => {
		for (const [parentType, parent] of [
			['lead', '5-leads'],
			['person', '6-contacts'],
			['company', '7-accounts'],
		]) {
			const { requests } = await node({
				resource: 'note',
				operation: 'create',
				parentType,
				parentId: parent.split('-')[0],
				body: 'Met at the fair',
			});
			expect(calls(requests)).toEqual(['POST /rest/notes']);
			expect(requests[0].body).toEqual({ data: { body: 'Met at the fair', links: { parent } } });
		}
	});

	it('deletes a note', async () => {
		expect(
			calls((await node({ resource: 'note', operation: 'delete', noteId: '9' })).requests),
		).toEqual(['DELETE /rest/notes/9-notes']);
	});
});
