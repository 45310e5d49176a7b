// The two builds the deployment tests serve: tests/run-all.mjs makes both before running them.
// DEPLOY_ROOT_DIR and DEPLOY_SUBPATH_DIR point the tests at other copies (a build of a content copy).
export const builds = [
  { name: 'root build', root: process.env.DEPLOY_ROOT_DIR ?? 'dist', base: '/' },
  { name: 'sub-path build', root: process.env.DEPLOY_SUBPATH_DIR ?? '.test-builds/subpath', base: '/explainers/' },
];

export const missingBuild = (root: string) => `No build in ${root}: build it first (tests/run-all.mjs builds dist/ and .test-builds/subpath).`;
