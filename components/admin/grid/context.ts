// How a cell reads what its grid page passed besides the rows (Grid's `context`):
// e.g. whether the viewer may end a session. Plain data, so a server page can pass it.

export function gridContext<C>(table: { options: { meta?: { context?: unknown } } }): C {
  return table.options.meta?.context as C;
}
