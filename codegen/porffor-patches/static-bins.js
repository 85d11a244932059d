// Porffor packs static strings into "bins" one page long. Data in page 0 starts
// at address 16 (0 stays null), but the bin there was still filled up to a whole
// page, so its last 16 bytes spilled into page 1, where other static data (the
// function table) overwrote them: short strings such as "/" read back as empty.
// With the smaller pages the SDK uses this happened in most programs.

export default {
  id: 'static-bins',
  why: 'static strings in the first page do not spill into the next page',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: '    let bin = bins.find(x => (pageSize - x.used) >= alloc);',
      replace: '    // helix-sdk: page 0 begins at 16\n    let bin = bins.find(x => (pageSize - (x.page === 0 ? 16 : 0) - x.used) >= alloc);',
    },
  ],
};
