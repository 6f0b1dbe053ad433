/** Unit, contract and engine tests. The engine tests load the built package from dist/ (run `npm run build` first; `npm test` does). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: { warnOnly: false } }] },
	testTimeout: 60_000,
	maxWorkers: 2,
};
