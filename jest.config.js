/** Unit, contract and engine tests. The engine tests load the built package from dist/ (run `npm run build` first; `npm test` does). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// Transpile only (tsconfig.test.json has isolatedModules): `npm test` type-checks with tsc separately.
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	testTimeout: 60_000,
	maxWorkers: 2,
};
