// Porffor reads `--page-size=N` as the string "N", and the page size then takes
// part in additions (`offset + pageSize`) as text: static data landed at wrong
// addresses whenever the option was given at all.

export default {
  id: 'page-size-number',
  why: '--page-size is used as a number',
  edits: [
    {
      file: 'compiler/index.js',
      find: 'globalThis.pageSize = Prefs.pageSize ?? (PageSize / 4);',
      replace: 'globalThis.pageSize = Number(Prefs.pageSize ?? (PageSize / 4)); // helix-sdk: the option arrives as a string',
    },
  ],
};
