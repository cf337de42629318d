// The admin grid kit: import the grid and its column type from here.
export { Grid, type GridColumn, type GridProps } from "./grid";
export { gridContext } from "./context";
