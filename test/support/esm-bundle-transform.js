/**
 * Jest runs tests as CommonJS; pdf.js ships only as an ES module bundle. This turns that
 * one self-contained bundle (a single `export{…}` at its end, no imports) into CommonJS.
 */
module.exports = {
  process(source) {
    const exportAt = source.lastIndexOf('export{');
    const end = source.indexOf('}', exportAt);
    const names = source.slice(exportAt + 'export{'.length, end).split(',').map((pair) => {
      const [local, exported] = pair.trim().split(/\s+as\s+/);
      return `${JSON.stringify(exported ?? local)}: ${local}`;
    });
    const code = source.slice(0, exportAt).replace(/import\.meta\.url/g, 'require("node:url").pathToFileURL(__filename).href') +
      `module.exports = {${names.join(',')}};` + source.slice(end + 1).replace(/^;/, '');
    return { code };
  },
};
