// Prints the Node version the npm scripts run on; the project pins Node 24 through the `node` devDependency.
const major = Number(process.versions.node.split('.')[0]);
console.log(`npm scripts run on Node ${process.versions.node}`);
if (major < 24) {
  console.error(
    `Node ${process.versions.node} is too old: run \`npm ci\` so the pinned Node 24 in node_modules/.bin is used.`,
  );
  process.exit(1);
}
