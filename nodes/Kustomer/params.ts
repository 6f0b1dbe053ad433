import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

type Primitive = string | number | boolean;
type Widen<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean : never;

/**
 * A parameter of the expected primitive type, else the fallback. Reading only values of the
 * expected type keeps a hidden or unset parameter from leaking an odd value into a request.
 */
export function param<T extends Primitive>(context: IExecuteFunctions, name: string, itemIndex: number, fallback: T): Widen<T> {
	const value = context.getNodeParameter(name, itemIndex, fallback) as unknown;
	if (typeof fallback === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value) as Widen<T>;
	return (typeof value === typeof fallback ? value : fallback) as Widen<T>;
}

/** A collection parameter (Options, Additional Fields, Filters...) as a plain object. */
export function collection(context: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	const value = context.getNodeParameter(name, itemIndex, {}) as unknown;
	return value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as IDataObject) } : {};
}

/** One entry of a collection, of the fallback's type (e.g. Options › Raw Data). */
export function option<T extends Primitive>(context: IExecuteFunctions, itemIndex: number, name: string, fallback: T, parent = 'options'): Widen<T> {
	const value = collection(context, parent, itemIndex)[name];
	return (typeof value === typeof fallback ? value : fallback) as Widen<T>;
}

/** The entries of a repeatable fixedCollection group, e.g. customAttributes.attribute. */
export function entries(context: IExecuteFunctions, name: string, group: string, itemIndex: number): IDataObject[] {
	const value = collection(context, name, itemIndex)[group];
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}
