import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import { z } from 'zod';

import { inputError } from './errors';

/**
 * Validates user input with zod and turns the first problems into a NodeOperationError that
 * names the parameter and the item. Uses `safeParse` and `issues` (never `instanceof ZodError`),
 * since at run time zod is n8n's own copy.
 */
export function parseWith<T>(
	node: INode,
	schema: z.ZodType<T>,
	value: unknown,
	parameter: string,
	itemIndex: number,
): T {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const problems = result.error.issues
		.slice(0, 3)
		.map((issue) =>
			issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
		)
		.join('; ');
	throw inputError(node, parameter, `is invalid: ${problems}`, itemIndex);
}

/** Reads a JSON parameter that may hold text (typed JSON) or an object (from an expression). */
export function readJson(
	node: INode,
	value: unknown,
	parameter: string,
	itemIndex: number,
): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	try {
		return JSON.parse(value);
	} catch (error) {
		throw inputError(node, parameter, `is not valid JSON (${(error as Error).message})`, itemIndex);
	}
}

/** Reads a JSON parameter that must be an object, validated by `schema` (default: any object). */
export function jsonObjectParameter<T extends IDataObject = IDataObject>(
	context: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	schema: z.ZodType<T> = z.record(z.unknown()) as unknown as z.ZodType<T>,
): T | undefined {
	const node = context.getNode();
	const value = readJson(
		node,
		context.getNodeParameter(parameter, itemIndex, ''),
		parameter,
		itemIndex,
	);
	if (value === undefined || value === null) return undefined;
	return parseWith(node, schema, value, parameter, itemIndex);
}

export const emailSchema = z.string().trim().email('must be a valid email address');
/** E.164: a plus sign and 8 to 15 digits. */
export const e164Schema = z
	.string()
	.trim()
	.regex(/^\+[1-9]\d{7,14}$/, 'must be a phone number in E.164 format, such as +14155550100');
/**
 * A phone number as people type it: an optional +, digits, spaces, dots, dashes and parentheses, an
 * optional extension; at least 5 digits. (Strict E.164 is `e164Schema`.)
 */
export const phoneSchema = z
	.string()
	.trim()
	.refine(
		(value) =>
			/^\+?[\d\s().-]+(?:\s*(?:x|ext\.?)\s*\d+)?$/i.test(value) &&
			(value.match(/\d/g) ?? []).length >= 5,
		{
			message: 'must be a phone number, such as +1 415 555 0100',
		},
	);
export const isoDateSchema = z
	.string()
	.trim()
	.refine((value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
		message: 'must be a date in ISO 8601 format, such as 2026-01-31T09:00:00Z',
	});

/** Text that may not be empty (after trimming). */
export const requiredText = z.string().trim().min(1, 'is required');

/** Reads a string parameter and validates it; empty values are refused with the parameter's name. */
export function stringParameter(
	context: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	schema: z.ZodType<string> = requiredText,
): string {
	const raw = context.getNodeParameter(parameter, itemIndex, '') as unknown;
	const value = typeof raw === 'number' ? String(raw) : raw;
	return parseWith(context.getNode(), schema, value, parameter, itemIndex);
}
