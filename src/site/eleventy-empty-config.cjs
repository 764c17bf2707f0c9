// Intentionally empty: newscompare configures Eleventy in code (src/site/eleventy.ts).
module.exports = {}
