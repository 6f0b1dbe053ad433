/** A jest spy on crypto.timingSafeEqual (calls through to the real function). */
export declare function spyOnTimingSafeEqual(): jest.SpyInstance<
	boolean,
	[a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView]
>;
