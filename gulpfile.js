// Optional mirror of `n8n-node build`'s static-file copy: `npx gulp build:icons`.
// The build script stays `n8n-node build`; this exists for contributors who only changed an icon.
const { src, dest } = require('gulp');

function buildIcons() {
	return src(['{nodes,credentials,icons}/**/*.{png,svg}'], { encoding: false }).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
