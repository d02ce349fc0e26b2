// The one place that names Vue's WebJar (version filled in by the build).
export * from '../webjars/vue/${version.vue}/dist/vue.esm-browser.prod.js';
